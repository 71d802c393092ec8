/// The keys a JSON text gives twice in one object. JSONDecoder keeps one of them without a word, so a template
/// edited by hand (a district adding a label to form.json that is already there) would lose an entry silently;
/// ``TemplateCatalog`` refuses such a file instead, naming the key.
///
/// One pass over the bytes, keeping the keys of each open object; strings are skipped with their escapes. It
/// does not check that the text is JSON (the decoder does that), only where keys repeat.
///
/// ```swift
/// JSONDuplicateKeys.find(in: Array(#"{"a": 1, "b": {"c": 2, "c": 3}}"#.utf8))   // ["b.c"]
/// ```
enum JSONDuplicateKeys {
    static func find(in bytes: [UInt8]) -> [String] {
        // Each open container: its keys so far (nil for an array) and the key it sits under.
        var open: [(keys: Set<String>?, path: String)] = []
        var duplicates: [String] = []
        var expectingKey = false
        var lastKey = ""
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"):
                open.append((keys: [], path: pendingPath(open, lastKey: lastKey)))
                expectingKey = true
            case UInt8(ascii: "["):
                open.append((keys: nil, path: pendingPath(open, lastKey: lastKey)))
                expectingKey = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !open.isEmpty { open.removeLast() }
                expectingKey = false
            case UInt8(ascii: ","):
                expectingKey = open.last?.keys != nil
            case UInt8(ascii: "\""):
                let start = index + 1
                index = start
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                if expectingKey, !open.isEmpty {
                    let key = String(decoding: bytes[start..<min(index, bytes.count)], as: UTF8.self)
                    if open[open.count - 1].keys?.insert(key).inserted == false {
                        duplicates.append(open[open.count - 1].path.isEmpty ? key : open[open.count - 1].path + "." + key)
                    }
                    lastKey = key
                    expectingKey = false
                }
            default:
                break
            }
            index += 1
        }
        return duplicates
    }

    /// The path of a container about to open: under the last key in an object, as `[]` in an array.
    private static func pendingPath(_ open: [(keys: Set<String>?, path: String)], lastKey: String) -> String {
        guard let parent = open.last else { return "" }
        let step = parent.keys == nil ? "[]" : lastKey
        return parent.path.isEmpty ? step : parent.path + (parent.keys == nil ? "" : ".") + step
    }
}
