/// A width and height in a drawing, in EMU (914,400 per inch; 9,525 per pixel at 96 dpi).
///
/// ```swift
/// let size = DrawingExtent(width: 381_000, height: 228_600)
/// size.widthInPixels    // 40
/// ```
public struct DrawingExtent: Sendable, Hashable {
    /// `cx`.
    public var width: Int
    /// `cy`.
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// EMU in one pixel at 96 dpi.
    public static let emuPerPixel = 9525

    /// ``width`` in pixels at 96 dpi.
    public var widthInPixels: Double { Double(width) / Double(Self.emuPerPixel) }
    /// ``height`` in pixels at 96 dpi.
    public var heightInPixels: Double { Double(height) / Double(Self.emuPerPixel) }
}
