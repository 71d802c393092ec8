import Foundation

/// One file of a round as the manifest records it: the name it was uploaded as (shown, never used as a path),
/// the name it is stored under, its size and dates, and the earlier files of the same unit it replaced (those
/// live on under `replaced/`).
///
/// ```swift
/// file.displayName    // "黄埔区总工会.xlsx"
/// file.storedName     // "黄埔区总工会.xlsx" (under `files/`; "003-黄埔区总工会.xlsx" once replaced)
/// ```
struct StoredFile: Codable, Sendable, Equatable {
    /// The file's number in its round: its id in URLs (`/rounds/<id>/files/<number>`).
    var number: Int
    var displayName: String
    var storedName: String
    var size: UInt64
    var uploaded: Date
    /// The browser's `lastModified` (or the zip entry's date), set as the stored file's modification time so
    /// that the CLI tells the later of two submissions by date.
    var lastModified: Date?
    /// Which upload brought it (1, 2, …): a unit's file from a later upload replaces its earlier one.
    var upload: Int
    /// The .zip it came out of, if any.
    var archive: String?
    /// The files it replaced, oldest first; their stored names are under `replaced/`.
    var replaced: [StoredFile]?
}

extension StoredFile {
    /// The same file with another list of replaced files.
    init(_ file: StoredFile, replaced: [StoredFile]?) {
        self = file
        self.replaced = replaced
    }
}
