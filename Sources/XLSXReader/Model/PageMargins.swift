/// `<pageMargins>`: the printed page's margins in inches, as written.
///
/// ```swift
/// // <pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
/// sheet.layout.printSetup.margins?.left   // 0.7
/// ```
public struct PageMargins: Sendable, Hashable {
    public var left: Double
    public var right: Double
    public var top: Double
    public var bottom: Double
    /// From the page's top edge to the header.
    public var header: Double
    /// From the page's bottom edge to the footer.
    public var footer: Double

    /// Excel's defaults (“Normal” margins), used for any margin the element leaves out.
    public init(left: Double = 0.7, right: Double = 0.7, top: Double = 0.75, bottom: Double = 0.75,
                header: Double = 0.3, footer: Double = 0.3) {
        self.left = left
        self.right = right
        self.top = top
        self.bottom = bottom
        self.header = header
        self.footer = footer
    }
}
