import Foundation

/// How the server writes and reads its own JSON: a round's `manifest.json` and `check.json` on disk, and the
/// check's state the page asks for. Dates are ISO 8601 throughout; made once, not per request or per write.
///
/// ```swift
/// let data = try StoreJSON.encoder.encode(state)               // {"done":120,"phase":"running",…}
/// let state = try StoreJSON.decoder.decode(CheckState.self, from: data)
/// ```
enum StoreJSON {
    /// Compact, keys sorted: what the page reads (`/status`) and `check.json`.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    /// Indented, for `manifest.json`: a file an administrator may open to see what a round holds.
    static let readableEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()
}
