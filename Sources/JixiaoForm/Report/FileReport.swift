/// What validating one file gave: its status, why it was unreadable, the form read and the findings. A workbook
/// holding several units' forms gives one report per form, each naming its ``sheet``.
///
/// ```swift
/// let report = FormValidator().validate(fileAt: url)
/// switch report.status {
/// case .ok: print("通过")
/// case .findings: report.findings.forEach { print($0.cell?.description ?? "-", $0.message) }
/// case .unreadable: print(report.error?.description ?? "")
/// case .skipped: print(report.skipReason?.rawValue ?? "")
/// }
/// ```
public struct FileReport: Sendable, Hashable {
    /// The file's path as given (for output and sorting).
    public var path: String
    /// The form's sheet when the workbook holds several forms (each its own report); nil for a workbook of one
    /// form, which its path alone names.
    public var sheet: String?
    public var status: FileStatus
    /// Why the file is unreadable; nil otherwise.
    public var error: ValidationFailure?
    /// The form, when one was read.
    public var form: Form?
    /// The findings, in rule order; empty for an unreadable file.
    public var findings: [Finding]
    /// Why the file was skipped; nil otherwise.
    public var skipReason: SkipReason?
    /// The format the file was converted from before it was read (`"xls"`, `"et"`), set by a caller that
    /// had it converted (jixiao's command line, through LibreOffice); nil for a file read as it is.
    ///
    /// ```swift
    /// var report = FormValidator().validate(fileAt: convertedCopy, path: "黄埔区.xls")
    /// report.convertedFrom = "xls"      // JSON: "convertedFrom": "xls"
    /// ```
    public var convertedFrom: String?
    /// A form, or a 绩效自评报告 (whose ``form`` is nil and whose ``statements`` are its figures).
    public var kind: FileKind = .form
    /// The other file of the unit's pair: a form's report, a report's table (its path, as the run names it);
    /// nil when the run has none for it.
    public var pairedWith: String?
    /// A report's figures as it states them (``ReportStatement``), in the order written; empty for a form.
    public var statements: [ReportStatement] = []

    public init(path: String, status: FileStatus, error: ValidationFailure? = nil, form: Form? = nil,
                findings: [Finding] = [], sheet: String? = nil, skipReason: SkipReason? = nil) {
        self.path = path
        self.sheet = sheet
        self.status = status
        self.error = error
        self.form = form
        self.findings = findings
        self.skipReason = skipReason
    }

    /// A report for a file that could not be read.
    public static func unreadable(_ path: String, _ error: ValidationFailure) -> FileReport {
        FileReport(path: path, status: .unreadable, error: error)
    }

    /// A report for a file left out on purpose.
    public static func skipped(_ path: String, _ reason: SkipReason) -> FileReport {
        FileReport(path: path, status: .skipped, skipReason: reason)
    }

    /// How many findings have this severity.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
}
