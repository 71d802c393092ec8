/// How a cell comment (note) looks: its author, whether it shows without hovering, and its box size.
///
/// ```swift
/// try sheet.addComment("预算执行率 = 执行数 / 预算数", row: 6, column: 2,
///                      options: CommentOptions(author: "jixiao", isVisible: true, width: 240, height: 90))
/// ```
public struct CommentOptions: Hashable, Sendable {
    /// Shown in Excel's status bar; at most 255 characters.
    public var author: String?
    /// True shows the comment when the sheet opens; nil or false shows it on hover only.
    public var isVisible: Bool?
    /// Box width in pixels, 1–65,535 (Excel's default is 128).
    public var width: Int?
    /// Box height in pixels, 1–65,535 (Excel's default is 74).
    public var height: Int?

    public init(author: String? = nil, isVisible: Bool? = nil, width: Int? = nil, height: Int? = nil) {
        self.author = author
        self.isVisible = isVisible
        self.width = width
        self.height = height
    }
}
