/// How a picture is placed: its offset into the anchor cell, its size, how it follows the cells, its alt text.
///
/// ```swift
/// var options = PictureOptions(xOffset: 10, yOffset: 5, description: "单位公章")
/// options.size = .pixels(width: 120, height: 80)
/// options.positioning = .moveOnly
/// try sheet.insertPicture(png, row: 1, column: 1, options: options)
/// ```
public struct PictureOptions: Hashable, Sendable {
    /// The picture's size: a scale of its own (1 is its size at its stated resolution), or a size in pixels.
    public enum Size: Hashable, Sendable {
        case scale(x: Double, y: Double)
        case pixels(width: Double, height: Double)
    }

    /// How the picture follows the cells under it when rows and columns are inserted or resized.
    public enum Positioning: Hashable, Sendable, CaseIterable {
        /// Moves and resizes with the cells (a two-cell anchor).
        case moveAndSize
        /// Moves with its top-left cell, keeps its size (Excel's default for pictures).
        case moveOnly
        /// Stays where it is.
        case fixed
    }

    /// Pixels right from the anchor cell's left edge, 0 or more (past the cell's width it moves into the next).
    public var xOffset: Int
    /// Pixels down from the anchor cell's top edge, 0 or more.
    public var yOffset: Int
    public var size: Size
    /// Nil leaves libxlsxwriter's default (move and size).
    public var positioning: Positioning?
    /// The alternative text read aloud by screen readers; nil for none.
    public var description: String?
    /// Marks the picture as decoration (no alt text is written then).
    public var isDecorative: Bool

    public init(xOffset: Int = 0, yOffset: Int = 0, size: Size = .scale(x: 1, y: 1), positioning: Positioning? = nil,
                description: String? = nil, isDecorative: Bool = false) {
        self.xOffset = xOffset
        self.yOffset = yOffset
        self.size = size
        self.positioning = positioning
        self.description = description
        self.isDecorative = isDecorative
    }
}
