import Foundation
import XLSXReader

/// Tells the files jixiao wrote itself from the submissions beside them, by their content, whatever their names:
/// the summary workbook of `validate --summary`, a corrected table of `fix`, a JSON or CSV report of `validate`
/// saved under a workbook's name.
///
/// jixiao marks the workbooks it writes with a custom document property (``markProperty``, whose value is the
/// ``SkipReason`` raw value), which Excel, WPS and LibreOffice keep when they save the file again. The mark is
/// read only when the sheet names suggest one of these workbooks (汇总 and 问题清单, or 校验结果), so an
/// ordinary form costs a look at its sheet names. Workbooks written before the mark existed are told by their
/// header rows, which the layouts in `Templates/` describe. A report is told by its first bytes, and only looked
/// at when the file is not a zip package.
///
/// ```swift
/// let reader = try WorkbookReader(contentsOf: URL(fileURLWithPath: "回收表格/汇总.xlsx"))
/// OutputRecognizer.standard.output(of: reader)   // .summary
/// ```
package struct OutputRecognizer: Sendable {
    /// The custom document property that marks a workbook jixiao wrote.
    package static let markProperty = "jixiao-output"

    /// The custom properties marking a workbook of this kind (``SkipReason/summary`` or
    /// ``SkipReason/correctedTable``), for the writer's document properties.
    package static func mark(_ kind: SkipReason) -> [String: String] { [markProperty: kind.rawValue] }

    /// The names of the summary's 汇总 and 问题清单 sheets, in both languages.
    private let summarySheets: Set<String>
    private let summaryFindingSheets: Set<String>
    /// Every header a 汇总 column may have, in both languages.
    private let summaryHeaders: Set<String>
    /// The corrected table's findings sheet (校验结果) and its header rows, Chinese and English.
    private let correctedSheet: String?
    private let correctedHeaders: [[String]]
    /// A sheet name that makes a workbook worth a closer look.
    private let suggestive: Set<String>
    /// The header rows a CSV report may start with: the keys, the person's in Chinese and in English.
    private let csvHeaders: [[UInt8]]

    /// A recognizer for the outputs these layouts describe (nil: that kind is known by its mark only).
    /// - Parameter units: the money units a summary's headers may name (form.json's).
    package init(summary: SummaryLayout?, official: OfficialLayout?, units: [String] = []) {
        summarySheets = Set([summary?.sheets.summary.zh, summary?.sheets.summary.en].compactMap { $0 })
        summaryFindingSheets = Set([summary?.sheets.findings.zh, summary?.sheets.findings.en].compactMap { $0 })
        summaryHeaders = summary?.allSummaryHeaders(units: units) ?? []
        correctedSheet = official?.findingsSheet.name
        correctedHeaders = official.map {
            [$0.findingsSheet.headers, $0.findingsSheet.headersEnglish] + ($0.findingsSheet.formerHeaders ?? [])
        } ?? []
        suggestive = summarySheets.union(summaryFindingSheets).union([correctedSheet].compactMap { $0 })
        csvHeaders = ReportCSV.headers(summary?.csvColumns).map { Array(($0.joined(separator: ",") + "\n").utf8) }
    }

    /// The recognizer for the bundled layouts.
    package static let standard = OutputRecognizer(summary: try? SummaryLayout.standard.get(),
                                                  official: try? OfficialLayout.standard.get(),
                                                  units: (try? TemplateBundle.standard.get())?.form.unit.units ?? [])

    /// What jixiao output an opened workbook is, if it is one.
    /// - Parameters:
    ///   - reader: the workbook, opened (its sheet names read, no sheet yet).
    ///   - correctedTables: whether to tell corrected tables too (they are forms, and read as such when asked
    ///     for by name).
    /// - Returns: ``SkipReason/summary``, ``SkipReason/correctedTable``, or nil for anything else.
    package func output(of reader: WorkbookReader, correctedTables: Bool = true) -> SkipReason? {
        guard reader.sheets.contains(where: { suggestive.contains($0.name) }) else { return nil }
        let names = reader.sheets.map(\.name)
        let maySummarise = names.contains(where: summarySheets.contains) && names.contains(where: summaryFindingSheets.contains)
        let mayCorrect = correctedTables && correctedSheet.map(names.contains) == true
        guard maySummarise || mayCorrect else { return nil }
        if let mark = (try? reader.customProperties())?[Self.markProperty] {
            switch SkipReason(rawValue: mark) {
            case .summary?: return .summary
            case .correctedTable?: return correctedTables ? .correctedTable : nil
            default: break
            }
        }
        // Written before the mark existed: the header rows tell.
        if maySummarise, let index = names.firstIndex(where: summarySheets.contains) {
            let headers = headerRow(of: reader, sheet: index)
            if headers.count >= 5, headers.allSatisfy(summaryHeaders.contains) { return .summary }
        }
        if mayCorrect, let correctedSheet, let index = names.firstIndex(of: correctedSheet),
           correctedHeaders.contains(headerRow(of: reader, sheet: index)) {
            return .correctedTable
        }
        return nil
    }

    /// Whether a file that is not a zip package is a JSON or CSV report of `validate`, by its first bytes (a
    /// byte-order mark and Windows line ends allowed; a CSV's header in keys, Chinese or English).
    package func output(ofTextAt url: URL) -> SkipReason? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard var bytes = (try? handle.read(upToCount: 512)).map({ [UInt8]($0) }) else { return nil }
        if bytes.starts(with: ReportCSV.byteOrderMark) { bytes.removeFirst(ReportCSV.byteOrderMark.count) }
        bytes.removeAll { $0 == UInt8(ascii: "\r") }
        if bytes.starts(with: ReportJSON.opening.utf8) { return .report }
        return csvHeaders.contains(where: bytes.starts(with:)) ? .report : nil
    }

    /// What jixiao output the file at `url` is, if it is one: a workbook by its mark or header rows, a report
    /// by its first bytes. For a few files checked before a run (an output path that names one found in a
    /// folder); a bulk run asks ``output(of:correctedTables:)`` of the workbook it opens anyway.
    package func output(ofFileAt url: URL, options: ReadOptions = ReadOptions()) -> SkipReason? {
        do {
            return output(of: try WorkbookReader(contentsOf: url, options: options))
        } catch {
            return error.kind == .notZip ? output(ofTextAt: url) : nil
        }
    }

    /// The texts of a sheet's first row, left to right.
    private func headerRow(of reader: WorkbookReader, sheet index: Int) -> [String] {
        var cells: [(column: Int, text: String)] = []
        _ = try? reader.forEachCell(inSheetAt: index) { cell in
            if cell.row == 0, let text = cell.value.text { cells.append((cell.column, text)) }
        }
        return cells.sorted { $0.column < $1.column }.map(\.text)
    }
}
