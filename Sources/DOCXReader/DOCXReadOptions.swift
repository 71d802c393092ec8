/// Limits that keep a hostile or broken document from exhausting memory or time.
///
/// ```swift
/// var options = DOCXReadOptions()
/// options.timeLimit = .seconds(2)
/// let document = try DOCXDocument(contentsOf: url, options: options)
/// ```
public struct DOCXReadOptions: Sendable, Hashable {
    /// The most bytes one zip entry may inflate to, declared or actual. Default 64 MiB (a long report's
    /// `document.xml` is a few MiB).
    public var maxEntrySize: UInt64 = 64 << 20
    /// The most an entry may inflate relative to its compressed size, past ``ratioCheckThreshold`` bytes.
    public var maxCompressionRatio: UInt64 = 1000
    /// Below this many inflated bytes the ratio is not checked.
    public var ratioCheckThreshold: UInt64 = 1 << 20
    /// The largest file accepted, in bytes, before anything is inflated. Default 256 MiB (pictures included).
    public var maxFileSize: UInt64 = 256 << 20
    /// How long reading one document may take; nil for no limit. Default 10 seconds.
    public var timeLimit: Duration? = .seconds(10)

    public init() {}
}
