import XLSXReader

/// What one round may take in: bytes per file, bytes in all, files in all (options of `jixiao serve`), and
/// for a .zip the reader's own caps on inflation (``ReadOptions``).
///
/// ```swift
/// var limits = UploadLimits()
/// limits.maxFileBytes = 50 << 20
/// ```
public struct UploadLimits: Sendable {
    /// The largest file, a .zip's entries included. Default 100 MiB (the CLI's `--max-file-size`).
    public var maxFileBytes: UInt64 = 100 << 20
    /// The most bytes a round holds, uploads and unpacked archives together. Default 2 GiB.
    public var maxRoundBytes: UInt64 = 2 << 30
    /// The most files a round holds. Default 5,000.
    public var maxFiles = 5_000
    /// The reader's caps on inflating one entry of a .zip (ratio and the size past which it is checked).
    public var zip = ReadOptions()

    public init() {}
}
