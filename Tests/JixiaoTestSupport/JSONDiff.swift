import Foundation

/// Compares two JSON values and names the first place they differ, as a JSON path
/// (`sheets[0].cells[C8].value: expected "0.978", got "0.9784"`).
public enum JSONDiff {
    public static func parse(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    public static func parse(contentsOf url: URL) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url), options: [.fragmentsAllowed])
    }

    /// JSON `true`/`false` arrive as NSNumber too; their Objective-C type is `c`.
    static func isBoolean(_ number: NSNumber) -> Bool { String(cString: number.objCType) == "c" }

    /// The first difference, or nil when equal. Numbers compare by value (`-0.19` equals `-0.190`).
    public static func firstDifference(expected: Any, actual: Any, path: String = "$") -> String? {
        switch (expected, actual) {
        case (let e as [String: Any], let a as [String: Any]):
            for key in e.keys.sorted() {
                guard let value = a[key] else { return "\(path).\(key): missing" }
                if let difference = firstDifference(expected: e[key]!, actual: value, path: "\(path).\(key)") {
                    return difference
                }
            }
            for key in a.keys.sorted() where e[key] == nil { return "\(path).\(key): unexpected" }
            return nil
        case (let e as [Any], let a as [Any]):
            for index in 0..<min(e.count, a.count) {
                if let difference = firstDifference(expected: e[index], actual: a[index], path: "\(path)[\(index)]") {
                    return difference
                }
            }
            return e.count == a.count ? nil : "\(path): expected \(e.count) items, got \(a.count)"
        case (let e as NSNumber, let a as NSNumber):
            let eIsBool = isBoolean(e), aIsBool = isBoolean(a)
            if eIsBool != aIsBool { return "\(path): expected \(e), got \(a)" }
            return e.decimalValue == a.decimalValue ? nil : "\(path): expected \(e), got \(a)"
        case (let e as String, let a as String):
            return e == a ? nil : "\(path): expected \(e.debugDescription), got \(a.debugDescription)"
        case (is NSNull, is NSNull):
            return nil
        default:
            return "\(path): expected \(expected), got \(actual)"
        }
    }
}
