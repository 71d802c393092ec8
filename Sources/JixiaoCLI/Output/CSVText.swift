import Foundation

/// RFC 4180 CSV fields.
enum CSVText {
    static func field(_ text: String) -> String {
        // Without any of these bytes no character can be one of them; the character test runs only when one is
        // there (it treats "\r\n" as one character, which is neither "\r" nor "\n").
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }),
              text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") }
}
