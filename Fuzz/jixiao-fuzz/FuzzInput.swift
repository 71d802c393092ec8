import Foundation
import JixiaoForm
import XLSXReader

/// What one fuzz input goes through: everything `jixiao validate` does with a file's bytes.
///
/// The bytes are written to a scratch file (the reader reads files, as the tool does), then read twice as
/// the tool reads them: sheet by sheet through the streaming path that `jixiao cells` uses, and whole, then
/// recognised (every form of the workbook), checked and rendered as the JSON report and a correction. Every refusal is a normal outcome;
/// only a crash, a trap, a hang or a memory blow-up is a finding.
///
/// ```swift
/// FuzzInput.check(Array(try Data(contentsOf: url)))   // returns; a bug traps
/// ```
enum FuzzInput {
    /// Built once: templates, recognizer and rules, as a bulk run builds them once.
    /// Without its templates every input would stop at "unreadable" and the fuzzer would see nothing past the
    /// reader: refuse to run instead.
    static let validator: FormValidator = {
        let validator = FormValidator()
        if case .failure(let error) = validator.templates { fatalError("jixiao-fuzz: templates not found: \(error)") }
        return validator
    }()
    static let corrector: FormCorrector? = {
        guard let layout = try? OfficialLayout.standard.get(), let templates = try? TemplateBundle.standard.get()
        else { return nil }
        return FormCorrector(layout: layout, template: templates.form)
    }()
    /// One scratch file per process, rewritten for each input (libFuzzer runs inputs one at a time), and removed
    /// when the process exits (a fuzzing session with `-jobs` runs hundreds of processes; only a crash, which is
    /// a finding, leaves its file behind).
    static let scratch: URL = {
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        atexit { unlink(FuzzInput.scratch.path) }
        return URL(fileURLWithPath: folder).appendingPathComponent("jixiao-fuzz-\(getpid()).xlsx")
    }()

    static func check(_ bytes: UnsafeRawBufferPointer) {
        let descriptor = open(scratch.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { fatalError("cannot write the scratch file \(scratch.path)") }
        var written = 0
        while written < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            guard count > 0 else { fatalError("cannot write the scratch file \(scratch.path)") }
            written += count
        }
        close(descriptor)
        checkFile(scratch)
    }

    static func checkFile(_ url: URL) {
        // The streaming path: every cell of every sheet, none kept.
        if let reader = try? WorkbookReader(contentsOf: url) {
            var cells = 0
            for index in reader.sheets.indices {
                _ = try? reader.forEachCell(inSheetAt: index) { _ in cells += 1 }
            }
        }
        // The whole read, recognition, rules, the JSON report and a correction.
        for report in validator.validateForms(fileAt: url, path: "fuzz.xlsx", skippingCorrectedTables: true) {
            _ = ReportJSON.fileText(report, errorMessage: report.error.map { "\($0)" })
            if let form = report.form, let corrector {
                _ = corrector.correct(form, findings: report.findings)
            }
        }
    }
}
