import Foundation
import OOXMLPackage
import XLSXReader

/// Reads old workbooks through LibreOffice, where it is installed: an Excel 97–2003 `.xls` or a WPS `.et`
/// (the same format, BIFF8 in an OLE2 compound file), or any file whose content is one whatever its name (an
/// `.xls` renamed `.xlsx`), is converted to a temporary `.xlsx` and read as that. A password-encrypted
/// `.xlsx` (also OLE2) is not converted: it is reported encrypted, as before.
///
/// Each conversion runs `soffice --headless --norestore --nologo -env:UserInstallation=… --infilter="MS Excel 97"
/// --convert-to xlsx` on a copy of the input named `input.xls`, in a private temporary folder holding also its
/// own LibreOffice profile, its temporary files (`TMPDIR`) and its output: the input is never touched, a file
/// name cannot be read as an option, and two files of the same name converted at once cannot meet. The folder
/// is removed however the conversion ends. The import filter is named (BIFF8, which Excel 97–2003 and WPS
/// write): a damaged compound file is refused rather than read as text.
/// A conversion past the time limit is killed with its whole process group (LibreOffice starts
/// `oosplash` and `soffice.bin`), as is every one under way when the run is interrupted (``InterruptCleanup``).
///
/// Conversions happen in the parent of a bulk run, on ``BatchRunner``'s threads, before the file is sent to a
/// worker (which then reads an ordinary `.xlsx`); at most one runs per core at a time (``slots``), so
/// LibreOffice (a few hundred MB each) never outnumbers the cores, and the reading keeps its own time limit.
///
/// `soffice` is looked for in `JIXIAO_SOFFICE` (``environmentKey``; a path there that is not a program means
/// none, which tests use to hide LibreOffice), then on `PATH`, then in `/usr/bin`,
/// `/usr/lib/libreoffice/program` and `/opt/libreoffice*/program`. Without it, an old workbook is reported as
/// before (``XLSXError/Kind/legacyXLS``), with how to install LibreOffice.
///
/// ```swift
/// let converter = LegacyConverter(timeLimit: .seconds(30))
/// if converter.isAvailable, LegacyConverter.needsConversion("回收表格/黄埔区.xls") {
///     converter.withConverted("回收表格/黄埔区.xls") { result in
///         if case .success(let copy) = result { print(copy.path, copy.format) }   // …/input.xlsx xls
///     }
/// }
/// ```
struct LegacyConverter: Sendable {
    /// The environment variable naming the `soffice` to run.
    static let environmentKey = "JIXIAO_SOFFICE"

    /// LibreOffice's `soffice`; nil when none was found.
    let soffice: String?
    /// How long one conversion may take before it is killed.
    let timeLimit: Duration

    /// The time limit of a command without one of its own (`fix`, `cells`): `validate`'s default.
    static let defaultTimeLimit: Duration = .seconds(30)

    /// LibreOffice's import filter for BIFF8, named rather than detected: a damaged compound file is refused
    /// ("source file could not be loaded") instead of being read as text into a sheet of noise.
    static let importFilter = "MS Excel 97"

    /// Conversions running at once in this process: at most one per core.
    private static let slots = DispatchSemaphore(value: max(1, ProcessInfo.processInfo.activeProcessorCount))

    /// - Parameters:
    ///   - timeLimit: the time one conversion may take (a run's time limit for one file).
    ///   - environment: where `JIXIAO_SOFFICE` and `PATH` are read.
    init(timeLimit: Duration, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.timeLimit = timeLimit
        soffice = Self.locate(environment: environment)
    }

    /// Whether LibreOffice was found.
    var isAvailable: Bool { soffice != nil }

    /// Whether the file is an old workbook to convert: an OLE2 compound file that is not an encrypted package.
    static func needsConversion(_ path: String) -> Bool {
        FileSignature.isLegacyWorkbook(atPath: path)
    }

    /// The format a report names: `et` for a file named `….et` (any case), `xls` for every other.
    static func format(of path: String) -> String {
        (path as NSString).pathExtension.lowercased() == "et" ? "et" : "xls"
    }

    /// Converts the file at `path` and runs `body` with the converted copy, or with why it could not be made;
    /// the temporary folder is gone when this returns.
    func withConverted<Answer>(_ path: String, _ body: (Result<ConvertedCopy, XLSXError>) throws -> Answer) rethrows -> Answer {
        guard let soffice else { return try body(.failure(XLSXError(.legacyXLS, detail: "LibreOffice not found"))) }
        guard let folder = TemporaryFolder(prefix: "jixiao-convert-") else {
            return try body(.failure(XLSXError(.conversionFailed, detail: "no temporary folder")))
        }
        InterruptCleanup.begin(folder: folder.path)
        defer {
            folder.remove()
            InterruptCleanup.end(folder: folder.path)
        }
        Self.slots.wait()
        let converted = convert(path, with: soffice, in: folder)
        Self.slots.signal()
        InterruptCleanup.holdIfInterrupted()
        return try body(converted)
    }

    /// Copies the input into `folder`, runs LibreOffice on the copy and checks what it wrote.
    private func convert(_ path: String, with soffice: String, in folder: TemporaryFolder) -> Result<ConvertedCopy, XLSXError> {
        let input = folder.path + "/input.xls"
        let output = folder.path + "/input.xlsx"
        do {
            try FileManager.default.copyItem(atPath: path, toPath: input)
        } catch {
            return .failure(XLSXError(.fileUnreadable, detail: "copying for LibreOffice: \(error.localizedDescription)"))
        }
        // LibreOffice's own temporary files go in the folder too, and go with it.
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = folder.path
        let outcome = ConversionProcess.run(
            soffice, ["--headless", "--norestore", "--nologo",
                      "-env:UserInstallation=" + URL(fileURLWithPath: folder.path + "/profile").absoluteString,
                      "--infilter=" + Self.importFilter, "--convert-to", "xlsx", "--outdir", folder.path, input],
            in: folder, environment: environment, timeLimit: timeLimit,
            ignoring: { $0.hasPrefix("Warning: failed to launch javaldx") })
        let said: String?
        switch outcome {
        case .notStarted(let why):
            return .failure(XLSXError(.conversionFailed, detail: why))
        case .timedOut:
            return .failure(XLSXError(.timeLimitExceeded, detail: "converting with LibreOffice, limit \(timeLimit)"))
        case .exited(let status, let lastLine) where status != 0:
            return .failure(XLSXError(.conversionFailed, detail: ["exit status \(status)", lastLine].compactMap { $0 }.joined(separator: ": ")))
        case .signalled(let signal, let lastLine):
            return .failure(XLSXError(.conversionFailed, detail: ["signal \(signal)", lastLine].compactMap { $0 }.joined(separator: ": ")))
        case .exited(_, let lastLine):
            said = lastLine
        }
        // LibreOffice ends with status 0 even when it could not load the file: what it wrote decides.
        guard let head = FileHandle(forReadingAtPath: output).map({ handle in
            defer { try? handle.close() }
            return (try? handle.read(upToCount: 2)) ?? Data()
        }) else {
            return .failure(XLSXError(.conversionFailed, detail: said ?? "LibreOffice wrote no .xlsx"))
        }
        guard head == Data("PK".utf8) else {
            return .failure(XLSXError(.conversionFailed, detail: "LibreOffice's output is not a zip package"))
        }
        return .success(ConvertedCopy(path: output, format: Self.format(of: path)))
    }

    /// `soffice`: `JIXIAO_SOFFICE` when set (nil when that is no program), else the first found on `PATH` and
    /// in LibreOffice's usual places.
    static func locate(environment: [String: String]) -> String? {
        let opt = ((try? FileManager.default.contentsOfDirectory(atPath: "/opt")) ?? [])
            .filter { $0.hasPrefix("libreoffice") }.sorted(by: >).map { "/opt/\($0)/program/soffice" }
        return ConversionProcess.locate("soffice", namedBy: environmentKey,
                                        places: ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"] + opt,
                                        environment: environment)
    }
}
