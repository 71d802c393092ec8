import XLSXReader

/// Why a reference list was refused, with the row and column at fault: the command line turns it into words
/// (`ErrorPresenter`) and exits 2 before any form is read.
///
/// Rows and columns are as a person sees the file: 1-based, the header included (a CSV's first line is row 1,
/// a sheet's row 1 is row 1); ``columnName`` gives the column as Excel names it (`C`).
///
/// ```swift
/// do { _ = try ReferenceList(csv: data, template: templates.form, vocabulary: vocabulary) } catch {
///     error.kind      // .notANumber
///     error.row       // 4
///     error.column    // 3  (columnName "C")
///     error.detail    // "约1500"
/// }
/// ```
public struct ReferenceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The file is neither an XLSX workbook nor CSV text (UTF-8 or GB 18030); `detail` says why.
        case unreadable
        /// No sheet or header row has a column for the unit's name (部门名称, 单位名称 …).
        case noNameColumn
        /// Two columns mean the same thing (two 年度预算数); `detail` is the other column's header.
        case duplicateColumn
        /// A row with figures or a code has no unit name.
        case emptyName
        /// A second row for a unit already listed (the same code, or the same name once normalised); `detail`
        /// is the first row's number.
        case duplicateUnit
        /// A figure that is not a number; `detail` is the text.
        case notANumber
        /// The list names no unit at all.
        case noUnits
        /// The file is a 自评表, not a list (a form given where the list was meant); `detail` is its 部门名称.
        case isAForm
    }

    public var kind: Kind
    /// The row at fault (1-based), where there is one.
    public var row: Int?
    /// The column at fault (1-based), where there is one.
    public var column: Int?
    /// The column's header as written, where there is one.
    public var header: String?
    /// What was found: the text that is not a number, the first row of a duplicate, the reader's reason.
    public var detail: String?

    public init(_ kind: Kind, row: Int? = nil, column: Int? = nil, header: String? = nil, detail: String? = nil) {
        self.kind = kind
        self.row = row
        self.column = column
        self.header = header
        self.detail = detail
    }

    /// The column as Excel names it (`C`), where there is one.
    public var columnName: String? { column.map { CellReference.columnName($0 - 1) } }

    public var description: String {
        var text = kind.rawValue
        if let row { text += " row \(row)" }
        if let columnName { text += " column \(columnName)" }
        if let header { text += " (\(header))" }
        if let detail { text += ": \(detail)" }
        return text
    }
}
