import Foundation

/// How a ``WorkbookWriter`` writes its file.
///
/// ```swift
/// var options = WorkbookOptions()
/// options.overwrite = true        // replace an existing file (default: refuse)
/// options.constantMemory = true   // rows in order only, memory stays flat
/// let workbook = try WorkbookWriter(writingTo: url, options: options)
/// ```
public struct WorkbookOptions: Hashable, Sendable {
    /// Replace an existing destination. Off by default: an existing file is an error (`.destinationExists`),
    /// checked when the writer is made and again, atomically, when the finished file is moved into place.
    public var overwrite: Bool
    /// libxlsxwriter's `constant_memory` mode: each row goes to disk when the next one starts, so rows must be
    /// written in order (an earlier row is `.rowAlreadyWritten`) and memory stays flat for huge sheets.
    /// Merges spanning rows and chart data caches do not work in this mode.
    public var constantMemory: Bool
    /// Where libxlsxwriter keeps its own temporary files while assembling the zip (they are unlinked as soon as
    /// they are made). Nil for the system's temporary directory.
    public var temporaryDirectory: URL?
    /// ZIP64 extensions, needed only for parts over 4 GB.
    public var useZip64: Bool

    public init(overwrite: Bool = false, constantMemory: Bool = false, temporaryDirectory: URL? = nil,
                useZip64: Bool = false) {
        self.overwrite = overwrite
        self.constantMemory = constantMemory
        self.temporaryDirectory = temporaryDirectory
        self.useZip64 = useZip64
    }
}
