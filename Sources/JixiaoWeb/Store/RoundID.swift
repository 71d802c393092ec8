import Foundation

/// A round's id: the name of its folder under `DATA/rounds/`. Made here (date, time and random letters) and
/// checked against a strict pattern wherever one comes from a URL, so no id can name anything but a round folder.
///
/// ```swift
/// RoundID("20261207-214855-a3f9")      // a round id
/// RoundID("../../etc")                  // nil
/// ```
struct RoundID: Hashable, Sendable, CustomStringConvertible {
    let value: String

    /// Accepts `yyyyMMdd-HHmmss-xxxx` (x lower-case hex) and nothing else.
    init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[8] == UInt8(ascii: "-"), bytes[15] == UInt8(ascii: "-") else { return nil }
        for (index, byte) in bytes.enumerated() where index != 8 && index != 15 {
            let digit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            let hex = index > 15 && (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            guard digit || hex else { return nil }
        }
        value = text
    }

    /// A new id for a round made now.
    static func make(at date: Date = Date()) -> RoundID {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let stamp = String(format: "%04d%02d%02d-%02d%02d%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                           parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
        let random = String(format: "%04x", UInt16.random(in: 0...UInt16.max))
        return RoundID("\(stamp)-\(random)")!
    }

    var description: String { value }
}
