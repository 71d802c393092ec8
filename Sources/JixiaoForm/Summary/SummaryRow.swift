/// One file's line in the summary of a bulk run, beside the form's own fields (which its columns show as
/// ``SummaryColumnKey/field(_:)``, so the summary's numbers are the JSON output's): how the key indicators fared,
/// how many findings of each severity, and the file's status.
///
/// ```swift
/// let row = SummaryRow(FormValidator().validate(fileAt: url))
/// row.indicators.unmet           // 1
/// row.errors                     // 0
/// ```
public struct SummaryRow: Sendable, Hashable {
    /// How a key indicator fared: met, unmet, or not comparable (target and result do not both carry one
    /// figure in the same unit), judged as the `indicator-unmet` rule judges it.
    public enum Attainment: String, Sendable, Hashable, CaseIterable {
        case met, unmet, notComparable

        public init(_ indicator: KeyIndicator) {
            switch indicator.isMet {
            case true?: self = .met
            case false?: self = .unmet
            case nil: self = .notComparable
            }
        }
    }

    /// Counts of the key indicators by attainment.
    public struct IndicatorTally: Sendable, Hashable {
        public var met = 0
        public var unmet = 0
        public var notComparable = 0

        public init(_ indicators: [KeyIndicator] = []) {
            for indicator in indicators {
                switch Attainment(indicator) {
                case .met: met += 1
                case .unmet: unmet += 1
                case .notComparable: notComparable += 1
                }
            }
        }
    }

    /// The file's path as reported.
    public var path: String
    public var status: FileStatus
    public var indicators: IndicatorTally
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    /// The rules with findings, each once, in the order of the findings.
    public var rules: [RuleID]

    /// The row of a file's report; an unreadable file has only its path, status and zero counts.
    public init(_ report: FileReport) {
        path = report.path
        status = report.status
        indicators = IndicatorTally(report.form?.keyIndicators ?? [])
        errors = 0
        warnings = 0
        infos = 0
        rules = []
        for finding in report.findings {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
            if !rules.contains(finding.rule) { rules.append(finding.rule) }
        }
    }
}
