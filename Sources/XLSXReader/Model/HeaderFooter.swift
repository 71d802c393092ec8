/// `<headerFooter>`: the printed header and footer texts, with Excel's codes kept as written (`&C&"宋体"第 &P 页`).
///
/// ```swift
/// let texts = sheet.layout.printSetup.headerFooter!
/// texts.oddFooter          // "&C第 &P 页，共 &N 页"
/// texts.differentFirst     // false
/// ```
public struct HeaderFooter: Sendable, Hashable {
    /// The header of every page (odd pages when ``differentOddEven``).
    public var oddHeader: String?
    public var oddFooter: String?
    public var evenHeader: String?
    public var evenFooter: String?
    public var firstHeader: String?
    public var firstFooter: String?
    public var differentOddEven: Bool
    public var differentFirst: Bool
    /// `scaleWithDoc`, nil when unstated (true).
    public var scaleWithDocument: Bool?
    /// `alignWithMargins`, nil when unstated (true).
    public var alignWithMargins: Bool?

    public init(oddHeader: String? = nil, oddFooter: String? = nil, evenHeader: String? = nil,
                evenFooter: String? = nil, firstHeader: String? = nil, firstFooter: String? = nil,
                differentOddEven: Bool = false, differentFirst: Bool = false, scaleWithDocument: Bool? = nil,
                alignWithMargins: Bool? = nil) {
        self.oddHeader = oddHeader
        self.oddFooter = oddFooter
        self.evenHeader = evenHeader
        self.evenFooter = evenFooter
        self.firstHeader = firstHeader
        self.firstFooter = firstFooter
        self.differentOddEven = differentOddEven
        self.differentFirst = differentFirst
        self.scaleWithDocument = scaleWithDocument
        self.alignWithMargins = alignWithMargins
    }
}
