/// Which heading style a ``Block/heading(_:level:)`` takes: the document defines two.
///
/// ```swift
/// let title = Block.heading("退回意见", level: .one)
/// ```
public enum HeadingLevel: Int, Sendable, Hashable, CaseIterable {
    /// Heading 1: the document's title, 18 pt 黑体, centred.
    case one = 1
    /// Heading 2: a section, 14 pt 黑体.
    case two = 2
}
