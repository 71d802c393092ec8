/// The caps every part of a package is read under: how large an entry may inflate, how far past its compressed
/// size, and for how long the whole package may be read. Each reader's options give one.
///
/// ```swift
/// var limits = PackageLimits()
/// limits.timeLimit = .seconds(5)
/// let archive = try ZipArchive<DOCXError>(path: path, limits: limits)
/// ```
package struct PackageLimits: Sendable, Hashable {
    /// The most bytes one zip entry may inflate to, declared or actual.
    package var maxEntrySize: UInt64 = 256 << 20
    /// The most an entry may inflate relative to its compressed size, once past ``ratioCheckThreshold`` bytes.
    package var maxCompressionRatio: UInt64 = 1000
    /// Below this many inflated bytes the ratio is not checked (tiny parts compress extremely well).
    package var ratioCheckThreshold: UInt64 = 1 << 20
    /// How long reading one package may take, from opening it; nil for no limit.
    package var timeLimit: Duration?

    package init() {}
}
