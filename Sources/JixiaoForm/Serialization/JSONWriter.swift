import Dispatch
import Locking
import XLSXReader

/// Writes JSON by hand, straight into a byte buffer: keys in the contract's order, numbers as the exact decimal
/// text the sheet shows (`JSONSerialization` reorders keys and goes through `Double`), members on their own
/// lines with two spaces per level, `{}` and `[]` when empty. No tree of values is built first: a bulk run
/// writes every file's report this way, and a tree's allocations were most of its cost.
///
/// ```swift
/// var writer = JSONWriter(indent: 0)
/// writer.beginObject()
/// writer.key("annualBudget"); writer.number(ShownDecimal(text: "1505.02"))
/// writer.key("initialBudget"); writer.string(nil)
/// writer.endObject()
/// String(decoding: writer.bytes, as: UTF8.self)   // {\n  "annualBudget": 1505.02,\n  "initialBudget": null\n}
/// ```
struct JSONWriter {
    /// The text so far, as UTF-8.
    var bytes: [UInt8]
    /// The nesting level of the innermost open container.
    private var level: Int
    /// How deep the writer is in containers it opened, and for each (bit `depth`) whether it has had a member
    /// yet: the first goes without a comma, and an empty container closes right after its opening bracket.
    /// A bit set instead of an array: this is checked for every member of every report.
    private var depth = 0
    private var hasMembers: UInt64 = 0

    /// A writer appending to `bytes`, its containers' members indented `indent + 1` levels.
    init(bytes: [UInt8] = [], indent: Int = 0) {
        self.bytes = bytes
        level = indent
    }

    // MARK: - Containers

    mutating func beginObject() { begin(UInt8(ascii: "{")) }
    mutating func endObject() { end(UInt8(ascii: "}")) }
    mutating func beginArray() { begin(UInt8(ascii: "[")) }
    mutating func endArray() { end(UInt8(ascii: "]")) }

    /// Starts an object member: its key, then the value written next. Keys are the contract's ASCII names,
    /// which need no escaping.
    mutating func key(_ name: StaticString) {
        newMember()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// Starts an object member named by the field table (``FormField/name``), ASCII like every contract key.
    mutating func key(named name: String) {
        newMember()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: name.utf8)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// Starts an array element: the value written next.
    mutating func element() { newMember() }

    /// Writes each of `items` as an element of the open array (``element()`` then `write`). A long array is
    /// written in two halves side by side, the second into a buffer of its own appended after the first: the
    /// same bytes, in the time of one half (a round's thousand units are written after every form is read,
    /// while the run waits).
    mutating func elements<Item: Sendable>(_ items: [Item], _ write: @escaping @Sendable (inout JSONWriter, Item) -> Void) {
        guard items.count >= 256 else {
            for item in items {
                element()
                write(&self, item)
            }
            return
        }
        let half = items.count / 2
        // The second half continues the array: its first element takes a comma as every later one does.
        var rest = self
        rest.bytes = []
        rest.bytes.reserveCapacity(bytes.count / 4)
        rest.hasMembers |= 1 << UInt64(depth)
        let written = Locked<[UInt8]>([])
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { [rest] in
            var writer = rest
            for item in items[half...] {
                writer.element()
                write(&writer, item)
            }
            written.withLock { $0 = writer.bytes }
        }
        for item in items[..<half] {
            element()
            write(&self, item)
        }
        group.wait()
        written.withLock { bytes.append(contentsOf: $0) }
    }

    private mutating func begin(_ bracket: UInt8) {
        precondition(depth < 63, "JSONWriter nests at most 63 containers")
        bytes.append(bracket)
        depth += 1
        hasMembers &= ~(1 << UInt64(depth))
        level += 1
    }

    private mutating func end(_ bracket: UInt8) {
        level -= 1
        if hasMembers & (1 << UInt64(depth)) != 0 {
            bytes.append(UInt8(ascii: "\n"))
            pad(level)
        }
        depth -= 1
        bytes.append(bracket)
    }

    private mutating func newMember() {
        let bit: UInt64 = 1 << UInt64(depth)
        if hasMembers & bit != 0 {
            bytes.append(UInt8(ascii: ","))
        } else {
            hasMembers |= bit
        }
        bytes.append(UInt8(ascii: "\n"))
        pad(level)
    }

    /// Two spaces a level, copied from a run of spaces rather than appended one by one.
    private mutating func pad(_ level: Int) {
        var count = level * 2
        while count > 0 {
            let run = min(count, JSONWriter.spaces.count)
            bytes.append(contentsOf: JSONWriter.spaces[0..<run])
            count -= run
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 32)

    // MARK: - Values

    /// A string literal, or `null`.
    mutating func string(_ text: String?) {
        guard let text else { return null() }
        JSONText.append(text, to: &bytes)
    }

    /// A figure as its shown decimal text (``ShownDecimal/text``), or `null`.
    mutating func number(_ figure: ShownDecimal?) {
        guard let figure else { return null() }
        DecimalMath.appendText(figure.value, places: figure.places, to: &bytes)
    }

    /// A whole number, or `null`.
    mutating func number(_ value: Int?) {
        guard let value else { return null() }
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func null() {
        bytes.append(UInt8(ascii: "n"))
        bytes.append(UInt8(ascii: "u"))
        bytes.append(UInt8(ascii: "l"))
        bytes.append(UInt8(ascii: "l"))
    }
}
