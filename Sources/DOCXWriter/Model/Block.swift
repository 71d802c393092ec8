/// One block of a document's body, in reading order.
///
/// ```swift
/// let blocks: [Block] = [
///     .heading("一、强制性问题", level: .two),
///     .paragraph([Run("单元格 "), Run("C7", bold: true), Run(" 的金额与批复不符。")]),
///     .bulletList([["第一项"], ["第二项"]]),
///     .pageBreak,
/// ]
/// ```
public enum Block: Sendable, Hashable {
    /// A heading in the document's Heading 1 or Heading 2 style (黑体, bold; Heading 1 centred).
    case heading(String, level: HeadingLevel)
    /// A paragraph of runs in the Normal style (宋体 12 pt); an empty list is an empty line.
    case paragraph([Run])
    /// A bulleted list: one paragraph (a list of runs) per item, in the List Bullet style.
    case bulletList([[Run]])
    /// A table with a header row, full text width, single borders.
    case table(Table)
    /// Starts a new page.
    case pageBreak
}
