import Foundation
@testable import JixiaoForm
import JixiaoTestSupport
import Testing
import XLSXReader

/// The byte-level writers of the bulk outputs give what the general ones give.
@Suite("Fast output paths")
struct FastOutputTests {
    /// Figures' text from the Decimal's stored digits matches the text made from its description.
    @Test func decimalTextMatchesTheDescription() {
        let values = ["0", "1505.02", "-353.99", "-0.0001", "0.978", "15050200", "1e5", "-7.5e-8", "123456789012345678",
                      "0.0000000000000000000000001", "99999999999999999999", "3.30"].map(dec)
            + [Decimal(1) / Decimal(3), Decimal(15388200) / Decimal(15762100), dec("1472.46") / dec("1505.02")]
        for value in values {
            for places in [-1, 0, 1, 2, 3, 4, 8, 12] {
                #expect(DecimalMath.text(value, places: places) == Self.textFromDescription(value, places: places),
                        "\(value) at \(places)")
            }
            #expect(DecimalMath.fractionDigits(value) == (value.description.split(separator: ".").dropFirst().first?.count ?? 0))
        }
        #expect(DecimalMath.integerDigits(dec("0.0012")) == -2)
        #expect(DecimalMath.integerDigits(dec("1500")) == 4)
        #expect(DecimalMath.integerDigits(dec("-12.5")) == 2)
        for places in 0...20 {
            #expect(DecimalMath.halfUnit(places: places) == Decimal(sign: .plus, exponent: -places, significand: 5) / 10)
        }
    }

    /// The digit-level parsing, rounding and point moving give exactly Foundation's results: the same value and
    /// the same description, over texts a sheet holds and thousands of generated ones (a fixed seed).
    @Test func decimalFastPathsMatchFoundation() {
        var generator = SeededGenerator(seed: 2021)
        var texts = ["0", "-0", "1505.02", "-353.99", "0.978", "1500", "007.50", "1e5", "-7.5e-8", "9.7836648283743738E-2",
                     "123456789012345678", "1234567890123456789", "12345678901234567890", "0.0000000000000000000001",
                     "1.", ".5", "1e", "1e+", "--1", "+1", "1,505.02", " 1", "1 ", "١٢٣", "1e999", "12E-3", "5E+2"]
        for _ in 0..<3_000 {
            let digits = String(generator.next() % 10_000_000_000_000)
            let point = Int(generator.next() % UInt64(digits.count + 1))
            var text = String(digits.prefix(point)) + (point < digits.count ? "." + digits.dropFirst(point) : "")
            if text.hasPrefix(".") { text = "0" + text }
            if generator.next() % 3 == 0 { text = "-" + text }
            texts.append(text)
        }
        let posix = Locale(identifier: "en_US_POSIX")
        for text in texts {
            let fast = DecimalMath.decimal(fromText: text)
            let foundation = Decimal(string: text, locale: posix)
            #expect(fast == foundation && fast?.description == foundation?.description, "\(text)")
            guard let value = foundation else { continue }
            for places in [0, 1, 2, 3, 4, 6, 10] {
                var input = value, expected = Decimal()
                NSDecimalRound(&expected, &input, places, .plain)
                let rounded = DecimalMath.rounded(value, places: places)
                #expect(rounded == expected && rounded.description == expected.description, "\(text) at \(places)")
            }
            for shift in [-2, 2] {
                let power = Decimal(sign: .plus, exponent: abs(shift), significand: 1)
                let expected = shift > 0 ? value * power : value / power
                #expect(DecimalMath.movingPoint(value, by: shift) == expected, "\(text) by \(shift)")
            }
        }
    }

    /// The writer's layout, escaping and numbers, written out by hand.
    @Test func writerLayout() throws {
        let tricky = "引号\" 反斜杠\\ 换行\n 回车\r 制表\t 控制\u{1} \u{1F}\u{7F} 分隔\u{2028}\u{2029} — ✓"
        var writer = JSONWriter(indent: 1)
        writer.beginObject()
        writer.key("a"); writer.beginArray(); writer.endArray()
        writer.key("b"); writer.beginObject(); writer.endObject()
        writer.key("c"); writer.beginArray(); writer.element(); writer.number(ShownDecimal(text: "-0.190")); writer.element()
        writer.null(); writer.endArray()
        writer.key("d"); writer.number(2021 as Int?)
        writer.key("e"); writer.string(tricky)
        writer.key("f"); writer.string(nil)
        writer.endObject()
        let text = String(decoding: writer.bytes, as: UTF8.self)
        #expect(text == """
            {
                "a": [],
                "b": {},
                "c": [
                  -0.190,
                  null
                ],
                "d": 2021,
                "e": "引号\\" 反斜杠\\\\ 换行\\n 回车\\r 制表\\t 控制\\u0001 \\u001f\u{7F} 分隔\\u2028\\u2029 — ✓",
                "f": null
              }
            """)
        let parsed = try #require(try JSONDiff.parse(text) as? [String: Any])
        #expect(parsed["e"] as? String == tricky)
    }

    /// A long array written in two halves side by side gives the bytes of one written element by element, short
    /// and long, nested in an object and followed by another member.
    @Test func elementsInHalvesWriteWhatOneByOneWrites() throws {
        for count in [0, 1, 255, 256, 257, 1001] {
            let items = (0..<count).map { "单位\($0)\"" }
            func written(halves: Bool) -> String {
                var writer = JSONWriter(indent: 1)
                writer.beginObject()
                writer.key("units")
                writer.beginArray()
                if halves {
                    writer.elements(items) { json, item in
                        json.beginObject(); json.key("unit"); json.string(item); json.endObject()
                    }
                } else {
                    for item in items {
                        writer.element()
                        writer.beginObject(); writer.key("unit"); writer.string(item); writer.endObject()
                    }
                }
                writer.endArray()
                writer.key("after"); writer.number(count as Int?)
                writer.endObject()
                return String(decoding: writer.bytes, as: UTF8.self)
            }
            let text = written(halves: true)
            #expect(text == written(halves: false), "\(count) items")
            let parsed = try #require(try JSONDiff.parse(text) as? [String: Any])
            #expect((parsed["units"] as? [[String: Any]])?.last?["unit"] as? String == items.last, "\(count) items")
        }
    }

    /// The text the old path made: `Decimal.description`, padded or cut to `places`.
    static func textFromDescription(_ value: Decimal, places: Int) -> String {
        let places = max(0, places)
        var digits = DecimalMath.rounded(value, places: places).description
        let negative = digits.hasPrefix("-")
        if negative { digits.removeFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let integer = String(parts[0])
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        if fraction.count < places { fraction += String(repeating: "0", count: places - fraction.count) }
        if fraction.count > places { fraction = String(fraction.prefix(places)) }
        let isZero = integer.allSatisfy { $0 == "0" } && fraction.allSatisfy { $0 == "0" }
        return (negative && !isZero ? "-" : "") + integer + (places > 0 ? "." + fraction : "")
    }
}
