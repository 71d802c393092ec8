import Foundation
import JixiaoForm
import JixiaoTestSupport

/// Compares a file's report with its `NAME.expected.json`: the `form` value by value (numbers as decimals,
/// trailing zeros ignored) and the findings as a multiset of (rule, severity, field, sheet, cell, stated,
/// expected, kind), a missing key meaning null.
enum ExpectedReport {
    static let findingKeys = ["rule", "severity", "field", "sheet", "cell", "stated", "expected", "kind"]

    /// Every difference, described; empty when the report is as expected.
    static func differences(_ report: FileReport, expectedAt url: URL) throws -> [String] {
        guard let expected = try JSONDiff.parse(contentsOf: url) as? [String: Any] else { return ["\(url.lastPathComponent): not an object"] }
        return try differences(report, expected: expected)
    }

    /// Every difference from one expected report (`status`, `form`, `findings`, `error`), described.
    static func differences(_ report: FileReport, expected: [String: Any]) throws -> [String] {
        let actual = try JSONDiff.parse(ReportJSON.fileText(report, errorMessage: nil)) as? [String: Any] ?? [:]
        var problems: [String] = []
        if let status = expected["status"] as? String, status != report.status.rawValue {
            problems.append("status: expected \(status), got \(report.status.rawValue)")
        }
        if let form = expected["form"] {
            if let difference = JSONDiff.firstDifference(expected: form, actual: actual["form"] ?? NSNull(), path: "form") {
                problems.append(difference)
            }
        }
        if let error = expected["error"] as? [String: Any] { problems += differences(report.error, expected: error) }
        let expectedFindings = (expected["findings"] as? [[String: Any]] ?? [])
        let actualFindings = (actual["findings"] as? [[String: Any]] ?? [])
        var unmatched = actualFindings
        for finding in expectedFindings {
            if let index = unmatched.firstIndex(where: { matches(expected: finding, actual: $0) }) {
                unmatched.remove(at: index)
            } else {
                problems.append("missing finding \(describe(finding))")
            }
        }
        for finding in unmatched { problems.append("unexpected finding \(describe(finding))") }
        return problems
    }

    /// An unreadable file's reason against `{"kind", "sheet", "table"}`: the form error's kind, the closest sheet
    /// and the other table it was told to be (null: none told).
    static func differences(_ failure: ValidationFailure?, expected: [String: Any]) -> [String] {
        guard case .form(let error)? = failure else { return ["error: expected a form error, got \(failure.map { "\($0)" } ?? "none")"] }
        var problems: [String] = []
        if let kind = expected["kind"] as? String, kind != error.kind.rawValue {
            problems.append("error.kind: expected \(kind), got \(error.kind.rawValue)")
        }
        if let sheet = expected["sheet"] as? String, sheet != error.closestSheet {
            problems.append("error.sheet: expected \(sheet), got \(error.closestSheet ?? "nil")")
        }
        if expected.keys.contains("table"), (expected["table"] as? String) != error.otherTable?.name {
            problems.append("error.table: expected \(expected["table"] ?? "nil"), got \(error.otherTable?.name ?? "nil")")
        }
        return problems
    }

    static func matches(expected: [String: Any], actual: [String: Any]) -> Bool {
        for key in findingKeys {
            if key == "field", let alternatives = expected["fieldAlternatives"] as? [String],
               let field = actual["field"] as? String, alternatives.contains(field) { continue }
            let left = expected[key] ?? NSNull()
            let right = actual[key] ?? NSNull()
            if JSONDiff.firstDifference(expected: left, actual: right) != nil { return false }
        }
        return true
    }

    static func describe(_ finding: [String: Any]) -> String {
        findingKeys.map { "\($0)=\(finding[$0].map { "\($0)" } ?? "nil")" }.joined(separator: " ")
    }
}
