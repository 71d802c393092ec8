import Foundation

/// A file received by an upload and written to the round's `incoming/` folder, not yet part of the round.
///
/// ```swift
/// IncomingFile(temporary: url, displayName: "黄埔区.xlsx", size: 10_240, lastModified: nil, archive: nil)
/// ```
struct IncomingFile: Sendable {
    /// Where it was written (inside the round's `incoming/` folder).
    var temporary: URL
    /// The name it came with (a folder upload's path and a zip entry's folders already dropped).
    var displayName: String
    var size: UInt64
    var lastModified: Date?
    var archive: String?
}
