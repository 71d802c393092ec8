import Foundation

/// One unit's return notice (退回意见): whom it is addressed to, the files concerned and the items to deal with.
/// ``NoticeDocuments`` writes it as a Word document and as text, the items grouped by severity and numbered
/// within each group: 强制性问题（须先修改） (errors), 提示性问题（须作出说明） (warnings), then 其他提示（供参考）
/// (`info`, such as a number typed as text: listed so that the notice holds every finding of the unit, last and
/// apart because the form passes without them).
///
/// ```swift
/// let notice = ReturnNotice(report: report, listName: "广州市黄埔区教育局", catalog: catalog, language: .zh)
/// notice.unit                 // "广州市黄埔区教育局"
/// notice.files                // ["教育局.xlsx"]
/// notice.count(.error)        // 1
/// ```
public struct ReturnNotice: Sendable, Hashable {
    /// The name it is addressed to: the reference list's name when the unit is on the list, else the form's
    /// 部门名称, else the file's name.
    public var unit: String
    /// The files concerned, the counted one first (`教育局第2版.xlsx`, `教育局.xlsx`); a form on one sheet of a
    /// workbook of several as `file!sheet`.
    public var files: [String]
    /// The form's year (2024 → 《2024年度部门整体支出绩效自评表》), nil when not known.
    public var year: Int?
    /// The items, in the order given; grouped by severity when written.
    public var items: [NoticeItem]

    public init(unit: String, files: [String], year: Int? = nil, items: [NoticeItem]) {
        self.unit = unit
        self.files = files
        self.year = year
        self.items = items
    }

    /// The notice for the form of `report`, its findings as items.
    /// - Parameters:
    ///   - report: the counted form's report.
    ///   - listName: the unit's name on the reference list, nil when there is no list or the unit is not on it.
    ///   - otherFiles: the unit's other files (a duplicate submission's), listed after the report's.
    ///   - roundItems: items about the unit from the round (its ``RoundFinding``s as ``NoticeItem``s), listed
    ///     after the form's findings of the same severity.
    ///   - catalog: the rules' names and messages.
    public init(report: FileReport, listName: String? = nil, otherFiles: [String] = [], roundItems: [NoticeItem] = [],
                catalog: RuleCatalog, language: MessageLanguage) {
        let file = Self.file(of: report)
        let named = [listName, report.form?.department].lazy.compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }
            .first { !$0.isEmpty }
        let items = report.findings.map { NoticeItem(finding: $0, formSheet: report.form?.sheet, catalog: catalog, language: language) }
        self.init(unit: named ?? URL(fileURLWithPath: report.path).deletingPathExtension().lastPathComponent,
                  files: [file] + otherFiles.filter { $0 != file }, year: report.form?.year, items: items + roundItems)
    }

    /// How a report's file is named in a notice: its file name, with the sheet when the workbook holds several
    /// forms (`汇总表.xlsx!黄埔区教育局`).
    public static func file(of report: FileReport) -> String {
        file(path: report.path, sheet: report.sheet)
    }

    /// How a file is named in a notice, from its path and the form's sheet where the workbook holds several.
    public static func file(path: String, sheet: String?) -> String {
        let name = URL(fileURLWithPath: path).lastPathComponent
        return sheet.map { "\(name)!\($0)" } ?? name
    }

    /// How many items have this severity.
    public func count(_ severity: Severity) -> Int { items.filter { $0.severity == severity }.count }

    /// The items of each severity, errors first; severities without items left out.
    var groups: [(severity: Severity, items: [NoticeItem])] {
        Severity.allCases.sorted(by: >).compactMap { severity in
            let items = items.filter { $0.severity == severity }
            return items.isEmpty ? nil : (severity, items)
        }
    }
}
