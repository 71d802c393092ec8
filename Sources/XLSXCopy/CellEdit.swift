import Foundation
import XLSXWriter

/// One change to make while copying a workbook (``WorkbookCopier``): a cell's new content, and optionally a new
/// number format, a fill that marks it, and a comment.
///
/// The cell keeps its own format (font, borders, alignment) apart from ``numberFormat`` and ``fill``. An edit on
/// a cell inside a merged range goes to the range's top-left cell.
///
/// ```swift
/// let fix = CellEdit(sheet: "Sheet1", row: 4, column: 2, content: .number(Decimal(string: "1505.02")!),
///                    fill: RGBColor(hex: "FFF2CC"), comment: "原为 1,505.20", commentAuthor: "jixiao")
/// let rate = CellEdit(sheet: "Sheet1", row: 6, column: 2, content: .formula("C6/C5", cachedNumber: 0.9784),
///                     numberFormat: "0.00%")
/// ```
public struct CellEdit: Sendable, Hashable {
    /// What the cell holds after the edit.
    public enum Content: Sendable, Hashable {
        case number(Decimal)
        case text(String)
        /// A formula without `=`, with its cached result (nil: none; readers that do not calculate see empty
        /// text until a spreadsheet program recalculates).
        case formula(String, cachedNumber: Decimal?)
        /// A formula without `=` whose result is text.
        case formulaText(String, cachedText: String)
    }

    /// The source sheet's name.
    public var sheet: String
    /// Zero-based.
    public var row: Int
    /// Zero-based.
    public var column: Int
    public var content: Content
    /// Replaces the cell's number format; nil keeps it.
    public var numberFormat: String?
    /// Marks the cell: a solid fill over its own format (font, borders kept).
    public var fill: RGBColor?
    /// The cell's comment; a comment already there is kept, this one below it.
    public var comment: String?
    public var commentAuthor: String?

    public init(sheet: String, row: Int, column: Int, content: Content, numberFormat: String? = nil,
                fill: RGBColor? = nil, comment: String? = nil, commentAuthor: String? = nil) {
        self.sheet = sheet
        self.row = row
        self.column = column
        self.content = content
        self.numberFormat = numberFormat
        self.fill = fill
        self.comment = comment
        self.commentAuthor = commentAuthor
    }
}
