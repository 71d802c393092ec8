/// The CLI's `--json` document (form-model.md §4 and `summary.round`): the part the pages show.
///
/// ```swift
/// let report = try JSONDecoder().decode(ValidationReportJSON.self, from: data)
/// report.summary.errors      // 3
/// ```
struct ValidationReportJSON: Decodable, Sendable {
    struct File: Decodable, Sendable {
        var path: String
        var status: String
        var error: String?
        var message: String?
        var sheet: String?
        var form: Form?
        var findings: [Finding]?
    }

    struct Form: Decodable, Sendable {
        var department: String?
        var year: Int?
        var unit: String?
        var funds: Funds?
    }

    struct Funds: Decodable, Sendable {
        var annualBudget: Double?
        var actual: Double?
        var completionRate: Double?
    }

    struct Finding: Decodable, Sendable {
        var rule: String
        var severity: String
        var field: String?
        var sheet: String?
        var cell: String?
        var message: String
    }

    struct Summary: Decodable, Sendable {
        var files: Int
        var ok: Int
        var withFindings: Int
        var unreadable: Int
        var errors: Int
        var warnings: Int
        /// 收表情况, with `--reference`.
        var round: Round?
    }

    struct Round: Decodable, Sendable {
        var expected: Int
        var submitted: Int
        var missing: Int
        var duplicates: Int
        var unknown: Int
        var units: [RoundUnit]
        var findings: [RoundFinding]
    }

    struct RoundUnit: Decodable, Sendable {
        var row: Int?
        var unit: String?
        var status: String
        var path: String?
    }

    struct RoundFinding: Decodable, Sendable {
        var severity: String
        var message: String
    }

    /// Files the CLI passed over (not workbooks, its own outputs), with why.
    struct Skipped: Decodable, Sendable {
        var path: String
        var message: String?
    }

    var files: [File]
    var skipped: [Skipped]?
    var summary: Summary
}
