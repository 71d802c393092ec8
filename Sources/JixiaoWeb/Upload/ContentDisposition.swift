import Foundation

/// A multipart part's `Content-Disposition` header: the form field's name and, for a file, the name the browser
/// gave it (for a folder upload, its path inside the folder).
///
/// ```swift
/// ContentDisposition(#"form-data; name="files"; filename="回收/黄埔区.xlsx""#)?.filename   // "回收/黄埔区.xlsx"
/// ```
struct ContentDisposition: Equatable {
    var name: String
    var filename: String?

    init?(_ header: String) {
        var parameters: [String: String] = [:]
        var rest = Substring(header)
        // The disposition type, then `; key=value` pairs; values may be quoted with backslash escapes.
        guard let first = rest.firstIndex(of: ";") else { return nil }
        rest = rest[rest.index(after: first)...]
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == ";" }
            guard let equals = rest.firstIndex(of: "=") else { break }
            let key = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            rest = rest[rest.index(after: equals)...]
            var value = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                var escaped = false
                while let character = rest.first {
                    rest = rest.dropFirst()
                    if escaped { value.append(character); escaped = false; continue }
                    if character == "\\" { escaped = true; continue }
                    if character == "\"" { break }
                    value.append(character)
                }
            } else {
                let end = rest.firstIndex(of: ";") ?? rest.endIndex
                value = rest[..<end].trimmingCharacters(in: .whitespaces)
                rest = rest[end...]
            }
            parameters[key] = value
        }
        guard let name = parameters["name"] else { return nil }
        self.name = name
        if let extended = parameters["filename*"], let decoded = ContentDisposition.decodeExtended(extended) {
            filename = decoded
        } else {
            // Browsers write `"` and line breaks in a file name as %22, %0D, %0A.
            filename = parameters["filename"].map {
                $0.replacingOccurrences(of: "%22", with: "\"").replacingOccurrences(of: "%0D", with: "")
                    .replacingOccurrences(of: "%0A", with: "")
            }
        }
    }

    /// RFC 5987 `UTF-8''%E9%BB%84…`.
    private static func decodeExtended(_ value: String) -> String? {
        let parts = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].lowercased() == "utf-8" else { return nil }
        return String(parts[2]).removingPercentEncoding
    }
}
