import Foundation

/// The command line's JSON report (`jixiao validate … --json FILE`, form-model.md §4 and `summary.round`), the
/// part the pages show: each file's status, reason, form figures and findings; the totals; the round against a
/// reference list. Keys the pages do not need are ignored, so the report may grow.
///
/// ```swift
/// let report = try ValidationReportJSON.decode(Data(contentsOf: roundFolder.appendingPathComponent("report.json")))
/// report.files[0].status                  // "findings"
/// report.files[0].findings[0].cell        // "E6"
/// report.summary.round?.units.count       // 3
/// ```
struct ValidationReportJSON: Decodable, Sendable {
    var files: [File]
    var skipped: [Skipped]
    var summary: Summary

    /// Reads a report.
    /// - Throws: `DecodingError` when the data is not such a report.
    static func decode(_ data: Data) throws -> ValidationReportJSON {
        try JSONDecoder().decode(ValidationReportJSON.self, from: data)
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        files = try container.decode([File].self, forKey: .files)
        skipped = try container.decodeIfPresent([Skipped].self, forKey: .skipped) ?? []
        summary = try container.decode(Summary.self, forKey: .summary)
    }

    private enum CodingKeys: String, CodingKey { case files, skipped, summary }

    /// One file checked.
    struct File: Decodable, Sendable {
        var path: String
        var sheet: String?
        /// `form` or `report` (a 绩效自评报告); nil in a report written before reports were read.
        var kind: String?
        /// The other file of the unit's pair (a form's report, a report's table).
        var pairedWith: String?
        /// `ok`, `findings` or `unreadable`.
        var status: String
        /// Why an unreadable file could not be read.
        var error: String?
        var form: Form?
        var findings: [Finding]

        /// The status the 汇总 shows (as the summary workbook's): `warningsOnly` for warnings without an error,
        /// else ``status`` (a file with notes only has `findings`).
        var shownStatus: String {
            status == "findings" && count("error") == 0 && count("warning") > 0 ? "warningsOnly" : status
        }

        /// Why the file could not be read, without the path the CLI's message opens with (the server's own
        /// folder, no news to the reader), as the summary workbook's 说明 gives it.
        var reason: String? {
            guard let error else { return nil }
            for separator in ["：", ": "] where error.hasPrefix(path + separator) {
                return String(error.dropFirst(path.count + separator.count))
            }
            return error
        }

        /// How many findings have `severity`.
        func count(_ severity: String) -> Int { findings.filter { $0.severity == severity }.count }
    }

    /// The form's fields the pages show.
    struct Form: Decodable, Sendable {
        var department: String?
        var year: Int?
        /// `万元` or `元`.
        var unit: String?
        var funds: Funds?
    }

    /// The funds block: amounts in the form's unit, rates as fractions (0.978 for 97.8%).
    struct Funds: Decodable, Sendable {
        var annualBudget: Double?
        var initialBudget: Double?
        var actual: Double?
        var adjustment: Double?
        var completionRate: Double?
        var adjustmentRate: Double?

        /// actual ÷ annual budget, where both are there and the budget is not zero.
        var computedCompletionRate: Double? {
            guard let actual, let annualBudget, annualBudget != 0 else { return nil }
            return actual / annualBudget
        }
    }

    /// One finding, every key of §4.
    struct Finding: Decodable, Sendable {
        var rule: String
        /// `error`, `warning` or `info`.
        var severity: String
        var field: String?
        var sheet: String?
        var cell: String?
        var stated: Value?
        var expected: Value?
        var kind: String?
        var message: String
    }

    /// A stated or expected value: a number as the sheet shows it, or text.
    enum Value: Decodable, Sendable, Equatable {
        case number(Double)
        case text(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }

        /// The value as text: a number in its shortest exact form (`353.99`, `-0.19`).
        var text: String {
            switch self {
            case .number(let number): ReportNumber.text(number)
            case .text(let text): text
            }
        }
    }

    /// A file left out of the check (the reference list itself, a summary written earlier …).
    struct Skipped: Decodable, Sendable {
        var path: String
        var reason: String?
        var message: String?
    }

    /// The run's totals and, with a reference list, the round.
    struct Summary: Decodable, Sendable {
        var files: Int
        var ok: Int
        var withFindings: Int
        var unreadable: Int
        var errors: Int
        var warnings: Int
        var infos: Int?
        var round: Round?
    }

    /// The round against its reference list (`summary.round`).
    struct Round: Decodable, Sendable {
        var reference: String?
        var expected: Int
        var submitted: Int
        var missing: Int
        var duplicates: Int
        var unknown: Int
        var units: [Unit]
        var findings: [RoundFinding]
        /// The signals for 抽查 (copied texts, indicators all at target …): never errors.
        var signals: [Signal]?
    }

    /// A signal for 抽查: its kind (`copied-text`) and its message in the check's language.
    struct Signal: Decodable, Sendable {
        var kind: String
        var message: String
    }

    /// One unit of the list (or a form of a unit not on it).
    struct Unit: Decodable, Sendable {
        var row: Int?
        var unit: String?
        var code: String?
        /// ``JixiaoForm/RoundUnitStatus``'s raw value: `passed`, `findings`, `unreadable`, `missing`,
        /// `duplicate`, `unknown`.
        var status: String
        var path: String?
        var sheet: String?
        var department: String?
        /// `code`, `name`, `fuzzy` or `fileName`.
        var match: String?
        var mismatches: [String]
        var others: [String]
        var unreadable: [String]

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            row = try container.decodeIfPresent(Int.self, forKey: .row)
            unit = try container.decodeIfPresent(String.self, forKey: .unit)
            code = try container.decodeIfPresent(String.self, forKey: .code)
            status = try container.decode(String.self, forKey: .status)
            path = try container.decodeIfPresent(String.self, forKey: .path)
            sheet = try container.decodeIfPresent(String.self, forKey: .sheet)
            department = try container.decodeIfPresent(String.self, forKey: .department)
            match = try container.decodeIfPresent(String.self, forKey: .match)
            mismatches = try container.decodeIfPresent([String].self, forKey: .mismatches) ?? []
            others = try container.decodeIfPresent([String].self, forKey: .others) ?? []
            unreadable = try container.decodeIfPresent([String].self, forKey: .unreadable) ?? []
        }

        private enum CodingKeys: String, CodingKey {
            case row, unit, code, status, path, sheet, department, match, mismatches, others, unreadable
        }
    }

    /// A finding of the round (a unit that did not return, a duplicate, a unit not on the list).
    struct RoundFinding: Decodable, Sendable {
        var rule: String
        var severity: String
        var row: Int?
        var unit: String?
        var paths: [String]?
        var message: String
    }
}
