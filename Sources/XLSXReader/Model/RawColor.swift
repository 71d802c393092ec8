/// A colour as the file states it (`<tabColor rgb="FFFF0000"/>`, `theme="4" tint="0.3999"`, `indexed="10"`,
/// `auto="1"`), kept raw so that it can be written back unchanged. Nothing is resolved against the theme or the
/// indexed palette here.
///
/// ```swift
/// let tab = sheet.layout.tabColor        // RawColor(rgb: "FFFF0000")
/// tab?.rgb                               // "FFFF0000" (ARGB hex, as written)
/// ```
public struct RawColor: Sendable, Hashable {
    /// ARGB hex as written (`FFFF0000`), nil when the colour is given another way.
    public var rgb: String?
    /// A theme colour index (0–11).
    public var theme: Int?
    /// Lightens (positive) or darkens (negative) a theme or indexed colour, -1…1.
    public var tint: Double?
    /// An index into the legacy 64-colour palette.
    public var indexed: Int?
    /// The automatic colour (`auto="1"`).
    public var automatic: Bool

    public init(rgb: String? = nil, theme: Int? = nil, tint: Double? = nil, indexed: Int? = nil,
                automatic: Bool = false) {
        self.rgb = rgb
        self.theme = theme
        self.tint = tint
        self.indexed = indexed
        self.automatic = automatic
    }
}
