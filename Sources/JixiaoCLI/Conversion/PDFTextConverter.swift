import Foundation
import JixiaoForm

/// Reads a PDF 绩效自评报告's text through poppler's `pdftotext`, where it is installed: `pdftotext -layout -enc
/// UTF-8` on a copy of the input named `input.pdf`, in a private temporary folder that also holds its output, as
/// ``LegacyConverter`` does for LibreOffice: the input is never touched, a file name cannot be read as an
/// option, the folder is removed however the run ends, a run past the time limit is killed with its process
/// group, and one under way when the run is interrupted too (``InterruptCleanup``).
///
/// `pdftotext` is looked for in `JIXIAO_PDFTOTEXT` (``environmentKey``; a path there that is not a program means
/// none, which tests use to hide poppler), then on `PATH`, then in `/usr/bin` and `/usr/local/bin`. Without it
/// a PDF is refused with ``NarrativeReadError/Kind/pdfToolMissing`` (its message names the package to install).
///
/// ```swift
/// let converter = PDFTextConverter(timeLimit: .seconds(30))
/// let document = try NarrativeDocument.read(from: url, pdfText: converter.text(ofPDFAt:))
/// ```
struct PDFTextConverter: Sendable {
    /// The environment variable naming the `pdftotext` to run.
    static let environmentKey = "JIXIAO_PDFTOTEXT"
    /// The Debian package that holds `pdftotext`.
    static let package = "poppler-utils"

    /// poppler's `pdftotext`; nil when none was found.
    let pdftotext: String?
    /// How long one run may take before it is killed.
    let timeLimit: Duration

    init(timeLimit: Duration, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.timeLimit = timeLimit
        pdftotext = Self.locate(environment: environment)
    }

    /// Whether `pdftotext` was found.
    var isAvailable: Bool { pdftotext != nil }

    /// The text of the PDF at `url`, pages separated by form feeds.
    /// - Throws: `.pdfToolMissing` without `pdftotext`; `.pdfEncrypted` for a password-protected PDF;
    ///   `.pdfDamaged` for one pdftotext cannot read; `.timeLimitExceeded`; `.fileUnreadable` when the input
    ///   cannot be copied.
    func text(ofPDFAt url: URL) throws(NarrativeReadError) -> String {
        guard let pdftotext else {
            throw NarrativeReadError(.pdfToolMissing, detail: "pdftotext not found (\(Self.package))")
        }
        guard let folder = TemporaryFolder(prefix: "jixiao-pdf-") else {
            throw NarrativeReadError(.fileUnreadable, detail: "no temporary folder")
        }
        InterruptCleanup.begin(folder: folder.path)
        defer {
            folder.remove()
            InterruptCleanup.end(folder: folder.path)
        }
        let result = run(pdftotext, on: url.path, in: folder)
        InterruptCleanup.holdIfInterrupted()
        return try result.get()
    }

    private func run(_ pdftotext: String, on path: String, in folder: TemporaryFolder) -> Result<String, NarrativeReadError> {
        let input = folder.path + "/input.pdf"
        let output = folder.path + "/output.txt"
        do {
            try FileManager.default.copyItem(atPath: path, toPath: input)
        } catch {
            return .failure(NarrativeReadError(.fileUnreadable, detail: "copying for pdftotext: \(error.localizedDescription)"))
        }
        let outcome = ConversionProcess.run(pdftotext, ["-layout", "-enc", "UTF-8", input, output], in: folder,
                                            timeLimit: timeLimit)
        switch outcome {
        case .notStarted(let why):
            return .failure(NarrativeReadError(.pdfToolMissing, detail: why))
        case .timedOut:
            return .failure(NarrativeReadError(.timeLimitExceeded, detail: "pdftotext, limit \(timeLimit)"))
        case .signalled(let signal, let said):
            return .failure(NarrativeReadError(.pdfDamaged, detail: ["signal \(signal)", said].compactMap { $0 }.joined(separator: ": ")))
        case .exited(let status, let said) where status != 0:
            // pdftotext says "Incorrect password" for a PDF that needs one to open; status 3 is its permissions error.
            let encrypted = said?.lowercased().contains("password") == true || status == 3
            return .failure(NarrativeReadError(encrypted ? .pdfEncrypted : .pdfDamaged,
                                               detail: ["exit status \(status)", said].compactMap { $0 }.joined(separator: ": ")))
        case .exited(_, let said):
            guard let data = FileManager.default.contents(atPath: output) else {
                return .failure(NarrativeReadError(.pdfDamaged, detail: said ?? "pdftotext wrote no text"))
            }
            return .success(String(decoding: data, as: UTF8.self))
        }
    }

    /// `pdftotext`: `JIXIAO_PDFTOTEXT` when set (nil when that is no program), else the first found on `PATH`
    /// and in the usual places.
    static func locate(environment: [String: String]) -> String? {
        ConversionProcess.locate("pdftotext", namedBy: environmentKey,
                                 places: ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"], environment: environment)
    }
}
