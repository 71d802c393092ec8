/// One run of a rich-text string: a piece of a cell's text with its own font (`<r><rPr>…</rPr><t>…</t></r>`).
///
/// A cell whose text is made of runs keeps its whole text as its value; the runs, read only with
/// ``ReadOptions/keepsRichText``, are on ``Sheet/richTexts``. Joined, the runs' texts are the cell's text.
/// Colours are resolved against the workbook's theme and palette, as cell fonts are.
///
/// ```swift
/// let workbook = try Workbook(contentsOf: url, options: .copying)
/// let runs = workbook.sheets[0].richTexts[CellReference(row: 4, column: 3)] ?? []
/// runs.map(\.text)          // ["全年预算数", "(A)"]
/// runs.map(\.font?.name)    // ["WenQuanYi Micro Hei", "宋体"]
/// ```
public struct TextRun: Hashable, Sendable {
    /// The run's text, `_xHHHH_` escapes decoded.
    public var text: String
    /// The run's font (`<rPr>`); nil when the run states none and shows in the cell's font.
    public var font: Font?

    public init(text: String, font: Font? = nil) {
        self.text = text
        self.font = font
    }
}
