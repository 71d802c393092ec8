import Foundation
import JixiaoForm
import XLSXWriter

/// The two sheets a round with a reference list adds to the summary:
/// - 收表情况: every unit of the list in the list's order, then each form of a unit not on the list: its status
///   (已交 · 通过 / 有问题, 无法读取, 未交, 重复, 名单外, filled like 汇总's rows), the file that counts (a link), how
///   it was matched, the fields whose figures differ from the list's, and the other files with the round
///   finding's message;
/// - 抽查建议: one row per signal, its kind in words, the units and files involved and what was found.
extension SummaryWorkbook {
    func writeRound(_ round: RoundReport) throws {
        guard let sheets = roundSheets else { return }
        let messages = language.messages
        let vocabulary = try? ReferenceVocabulary.standard.get()
        let catalog = try? TemplateBundle.standard.get().rules
        let separator = messages == .zh ? "、" : ", "
        let fills = RowFill.allCases.count
        let entries = round.outcome.entries
        var links = LinkPaths(summaryFolder: folder)
        var widths = ColumnWidths(count: layout.roundColumns.count)

        for (index, line) in round.outcome.units.enumerated() {
            let row = index + 1
            let unit = round.listUnit(of: line)
            let counted = line.counted.map { entries[$0] }
            let fill: RowFill = switch line.status {
            case .passed: .none
            case .findings, .duplicate, .unknown: .warning
            case .unreadable: .unreadable
            case .missing: .error
            }
            var note: [String] = []
            let others = round.outcome.others(of: line).map { links.path(of: entries[$0].path) }
            if !others.isEmpty { note.append(layout.text("otherFiles", in: messages, ["files": others.joined(separator: separator)])) }
            let unreadable = round.outcome.unreadable(of: line).map { entries[$0].path }
            let unreadableShown = unreadable.map { links.path(of: $0) }
            if !unreadable.isEmpty {
                note.append(layout.text("unreadableFiles", in: messages, ["files": unreadableShown.joined(separator: separator)]))
            }
            note += round.outcome.findings(of: line).map(\.finding.message)

            var cells: [SummaryEntry.Cell] = []
            func cell(_ base: SummaryStyles.Base, _ value: SummaryEntry.Value, _ column: Int) {
                cells.append(SummaryEntry.Cell(column: column, style: base.index * fills + fill.rawValue, value: value))
            }
            for (column, spec) in layout.roundColumns.enumerated() {
                switch RoundColumnKey(rawValue: spec.key) {
                case .row?: cell(.integer, unit.map { .integer($0.row) } ?? .blank, column)
                case .unit?: cell(.prose, .text(SummaryText.cellSafe(round.unitName(of: line))), column)
                case .code?: cell(.plain, unit?.code.map { .text(SummaryText.cellSafe($0)) } ?? .blank, column)
                case .status?: cell(.plain, .text(vocabulary?.words(for: line.status, in: messages) ?? line.status.rawValue), column)
                case .file?:
                    let path = counted?.path ?? unreadable.first
                    guard let path else { cell(.plain, .blank, column); continue }
                    let target = links.path(of: path)
                    let sheet = counted?.sheet
                    let shown = SummaryText.cellSafe(target + (sheet.map { messages == .zh ? "（\($0)）" : " (\($0))" } ?? ""))
                    let location = sheet.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'!A1" }
                    if let formula = HyperlinkFormulas(target: target, text: shown).formula(location: location) {
                        cell(.link, .link(formula, text: shown), column)
                    } else {
                        cell(.plain, .text(shown), column)
                    }
                case .match?:
                    cell(.plain, counted?.match.map { .text(layout.text("match.\($0.kind.rawValue)", in: messages)) } ?? .blank, column)
                case .department?: cell(.prose, counted?.department.map { .text(SummaryText.cellSafe($0)) } ?? .blank, column)
                case .mismatches?:
                    let names = (counted?.mismatches ?? []).map { catalog?.fieldName($0, in: messages) ?? $0.rawValue }
                    cell(.prose, names.isEmpty ? .blank : .text(names.joined(separator: separator)), column)
                case .note?: cell(.prose, note.isEmpty ? .blank : .text(SummaryText.cellSafe(note.joined(separator: "\n"))), column)
                case nil: cell(.plain, .blank, column)
                }
            }
            try writeRow(cells, row: row, columns: layout.roundColumns, on: sheets.units, widths: &widths)
        }
        try sheets.units.setAutofilter(CellRect(firstRow: 0, firstColumn: 0, lastRow: round.outcome.units.count,
                                                lastColumn: max(layout.roundColumns.count - 1, 1)))
        try setWidths(layout.roundColumns, widths, on: sheets.units)

        var signalWidths = ColumnWidths(count: layout.signalColumns.count)
        let signalCatalog = try? RoundSignalCatalog.standard.get()
        for (index, signal) in round.signals.enumerated() {
            var cells: [SummaryEntry.Cell] = []
            for (column, spec) in layout.signalColumns.enumerated() {
                let value: SummaryEntry.Value
                switch SignalColumnKey(rawValue: spec.key) {
                case .kind?: value = .text(signalCatalog?.name(of: signal.kind, in: messages) ?? signal.kind.rawValue)
                case .units?: value = .text(SummaryText.cellSafe(signal.members.map { $0.department ?? $0.path }.joined(separator: separator)))
                case .file?: value = .text(SummaryText.cellSafe(RoundText.files(of: signal).joined(separator: "\n")))
                case .message?: value = .text(SummaryText.cellSafe(signal.message.text(in: messages)))
                case nil: value = .blank
                }
                cells.append(SummaryEntry.Cell(column: column, style: SummaryStyles.Base.prose.index * fills, value: value))
            }
            try writeRow(cells, row: index + 1, columns: layout.signalColumns, on: sheets.signals, widths: &signalWidths)
        }
        try sheets.signals.setAutofilter(CellRect(firstRow: 0, firstColumn: 0, lastRow: max(round.signals.count, 1),
                                                  lastColumn: max(layout.signalColumns.count - 1, 1)))
        try setWidths(layout.signalColumns, signalWidths, on: sheets.signals)
    }

    /// One row: its cells, as tall as its wrapped texts need, measured for the columns' widths.
    private func writeRow(_ cells: [SummaryEntry.Cell], row: Int, columns: [SummaryLayout.Column], on sheet: WorksheetWriter,
                          widths: inout ColumnWidths) throws {
        var height = ColumnWidths.lineHeight
        for cell in cells where columns.indices.contains(cell.column) {
            switch cell.value {
            case .text(let text), .link(_, let text):
                height = max(height, ColumnWidths.height(of: text, width: columns[cell.column].width))
            default: break
            }
        }
        if height > ColumnWidths.lineHeight { try sheet.setRowHeight(height, row: row) }
        for cell in cells {
            try write(cell, on: sheet, row: row)
            widths.measure(cell.value, column: cell.column)
        }
    }
}
