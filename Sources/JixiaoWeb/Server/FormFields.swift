/// An `application/x-www-form-urlencoded` body (a plain form's POST): `+` as space, percent escapes decoded.
///
/// ```swift
/// FormFields("name=%E7%AC%AC%E4%BA%8C+%E8%BD%AE")["name"]    // "第二 轮"
/// ```
struct FormFields {
    private var values: [String: String] = [:]

    init(_ body: String) {
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let key = FormFields.decode(parts[0]) else { continue }
            let value = parts.count > 1 ? FormFields.decode(parts[1]) : ""
            if values[key] == nil, let value { values[key] = value }
        }
    }

    subscript(_ name: String) -> String? { values[name] }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
