/// A picture placed over a sheet's cells (`xdr:pic` in the sheet's drawing part), with its image bytes.
///
/// Read from the sheet's drawing (`xl/drawings/drawingN.xml`, found through the sheet's relationships) and the
/// image its `a:blip r:embed` names (`xl/media/image1.png`). Where it sits is the anchor as the file states it:
/// cells and offsets in EMU (914,400 per inch, 9,525 per pixel at 96 dpi). Charts, shapes and groups in the same
/// drawing are not pictures: ``SheetLayout/otherDrawingObjects`` names them.
///
/// ```swift
/// let picture = try Workbook(contentsOf: url).sheets[0].layout.pictures[0]
/// picture.anchor.from.cell.description   // "B2"
/// picture.imageType                      // .png
/// picture.bytes.count                    // 107
/// picture.description                    // "校徽"
/// ```
public struct Picture: Sendable, Hashable {
    /// Where the picture sits and how it moves with the cells.
    public var anchor: PictureAnchor
    /// The image's bytes as stored in the package.
    public var bytes: [UInt8]
    /// The image's kind, told from its first bytes (not from its name).
    public var imageType: ImageType
    /// The picture's size as drawn (`spPr/a:xfrm/a:ext`), in EMU; nil when the file leaves it out.
    public var size: DrawingExtent?
    /// `cNvPr name` (`Picture 1`).
    public var name: String?
    /// `cNvPr descr`: the alternative text.
    public var description: String?
    /// The image's part in the package (`xl/media/image1.png`).
    public var mediaPart: String

    public init(anchor: PictureAnchor, bytes: [UInt8], imageType: ImageType? = nil, size: DrawingExtent? = nil,
                name: String? = nil, description: String? = nil, mediaPart: String = "") {
        self.anchor = anchor
        self.bytes = bytes
        self.imageType = imageType ?? ImageType(magic: bytes)
        self.size = size
        self.name = name
        self.description = description
        self.mediaPart = mediaPart
    }

    /// The size to draw the picture at, in EMU: the drawn size (``size``), else what the anchor states
    /// (a one-cell or absolute anchor's extent). Nil for a two-cell anchor without a drawn size, whose size
    /// depends on the cells' widths and heights.
    public var displayedSize: DrawingExtent? {
        if let size, size.width > 0, size.height > 0 { return size }
        return anchor.extent
    }
}
