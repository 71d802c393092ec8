import Foundation

/// One area of a reference as defined names write them: `'自评表'!$A$1:$F$20`, `Sheet1!$1:$3` (whole rows),
/// `Sheet1!$A:$B` (whole columns), `A1`.
///
/// ```swift
/// let areas = AreaReference.list("'It''s'!$A$1:$F$20,'It''s'!$H:$H")!
/// areas[0].sheet, areas[0].range.description   // "It's", "A1:F20"
/// areas[1].wholeColumns, areas[1].range.description   // true, "H1:H1048576"
/// ```
public struct AreaReference: Sendable, Hashable {
    /// The sheet named before `!` (quotes removed, `''` read as `'`), nil when none is named.
    public var sheet: String?
    /// The cells covered; whole rows or columns reach Excel's last column or row.
    public var range: CellRange
    /// Whether it was written as whole rows (`$1:$3`).
    public var wholeRows: Bool
    /// Whether it was written as whole columns (`$A:$B`).
    public var wholeColumns: Bool

    public init(sheet: String?, range: CellRange, wholeRows: Bool = false, wholeColumns: Bool = false) {
        self.sheet = sheet
        self.range = range
        self.wholeRows = wholeRows
        self.wholeColumns = wholeColumns
    }

    /// Reads a comma-separated list of areas; nil when any part is not an area on a sheet of this workbook.
    public static func list(_ text: String) -> [AreaReference]? {
        var areas: [AreaReference] = []
        var current = ""
        var inQuotes = false
        for character in text {
            if character == "'" { inQuotes.toggle() }
            if character == ",", !inQuotes {
                guard let area = AreaReference(current) else { return nil }
                areas.append(area)
                current = ""
            } else {
                current.append(character)
            }
        }
        guard !inQuotes, let last = AreaReference(current) else { return nil }
        areas.append(last)
        return areas
    }

    /// Reads one area: `Sheet!$A$1:$B$2`, `'My sheet'!A1`, `$1:$3`, `$A:$B`.
    public init?(_ text: String) {
        var text = Substring(text.trimmingCharacters(in: .whitespaces))
        if let bang = text.lastIndex(of: "!") {
            var name = text[..<bang]
            if name.hasPrefix("'") {
                guard name.count >= 2, name.hasSuffix("'") else { return nil }
                name = name.dropFirst().dropLast()
                sheet = name.replacingOccurrences(of: "''", with: "'")
            } else {
                guard !name.isEmpty, !name.contains("["), !name.contains("'") else { return nil }
                sheet = String(name)
            }
            text = text[text.index(after: bang)...]
        } else {
            sheet = nil
        }
        let ends = text.split(separator: ":", omittingEmptySubsequences: false)
        guard ends.count == 1 || ends.count == 2 else { return nil }
        let first = ends[0].filter { $0 != "$" }, last = ends[ends.count - 1].filter { $0 != "$" }
        if let from = CellReference(first), let to = CellReference(last) {
            range = CellRange(first: from, last: to)
            wholeRows = false
            wholeColumns = false
        } else if ends.count == 2, let from = Int(first), let to = Int(last),
                  from >= 1, to >= 1, from <= CellReference.maxRows, to <= CellReference.maxRows {
            range = CellRange(first: CellReference(row: from - 1, column: 0),
                              last: CellReference(row: to - 1, column: CellReference.maxColumns - 1))
            wholeRows = true
            wholeColumns = false
        } else if ends.count == 2, let from = CellReference.columnIndex(first),
                  let to = CellReference.columnIndex(last) {
            range = CellRange(first: CellReference(row: 0, column: from),
                              last: CellReference(row: CellReference.maxRows - 1, column: to))
            wholeRows = false
            wholeColumns = true
        } else {
            return nil
        }
    }
}
