import Foundation

/// Attribute values of the spreadsheet schema read as the file states them.
///
/// ```swift
/// XMLValue.boolean("1")           // true ("true", "0", "false" too; nil for anything else)
/// XMLValue.number("20.7109375")   // 20.7109375
/// ```
enum XMLValue {
    /// An `xsd:boolean`: `1`/`true` or `0`/`false` (surrounding spaces and letter case are forgiven, and the
    /// `on`/`off`/`none` some producers write).
    static func boolean(_ text: String?) -> Bool? {
        guard let text else { return nil }
        switch text {
        case "1", "true": return true
        case "0", "false": return false
        default:
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "1", "true", "on": return true
            case "0", "false", "off", "none": return false
            default: return nil
            }
        }
    }

    /// An `xsd:int` (`12`, or `12.0` as some producers write it), surrounding spaces forgiven.
    static func integer(_ text: String?) -> Int? {
        guard let text else { return nil }
        if let value = Int(text) { return value }
        return number(text).flatMap { $0 == $0.rounded() && abs($0) < 1e15 ? Int($0) : nil }
    }

    /// An `xsd:double`, surrounding spaces forgiven. Every row with a height goes through here: the number is
    /// read as written first, and only a text that is not one is trimmed (Foundation's trimming costs more than
    /// the reading).
    static func number(_ text: String?) -> Double? {
        guard let text else { return nil }
        if let value = Double(text) { return value.isFinite ? value : nil }
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else { return nil }
        return value
    }

    /// `sqref`: space-separated ranges; the ones that do not parse are skipped.
    static func ranges(_ text: String?) -> [CellRange] {
        guard let text else { return [] }
        return text.split(separator: " ").compactMap { CellRange($0) }
    }
}
