import Foundation

/// `DATA/rounds/<id>/manifest.json`: what a round holds. Written whole and atomically after each change, under
/// the round's lock (``RoundStore``).
///
/// ```swift
/// manifest.name            // "2021 年度部门整体自评"
/// manifest.files.count     // 42
/// ```
struct RoundManifest: Codable, Sendable {
    var name: String
    var created: Date
    /// The files the CLI checks (in `files/`), in the order they came.
    var files: [StoredFile] = []
    /// The reference list (`--reference`), in `reference/`.
    var reference: StoredFile?
    /// The next number a stored name gets.
    var nextNumber = 1
    /// How many uploads the round has had.
    var uploads = 0

    init(name: String, created: Date) {
        self.name = name
        self.created = created
    }

    /// The file with this number, among the current files or the reference list.
    func file(number: Int) -> StoredFile? {
        files.first { $0.number == number } ?? (reference?.number == number ? reference : nil)
    }
}
