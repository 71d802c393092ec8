import Foundation

/// Decimal arithmetic the rules need and Foundation leaves out: half-up rounding, plain text with a fixed
/// number of decimals, and the "half a unit of the last shown digit" of form-model.md §3.
///
/// Everything stays in `Decimal`: a figure such as 1505.02 never passes through binary floating point.
///
/// ```swift
/// DecimalMath.rounded(Decimal(string: "0.976279")!, places: 4)   // 0.9763
/// DecimalMath.text(Decimal(string: "-0.19")!, places: 3)          // "-0.190"
/// DecimalMath.halfUnit(places: 2)                                  // 0.005
/// ```
package enum DecimalMath {
    /// Rounds half away from zero ("half-up" as finance and Python's `ROUND_HALF_UP` mean it).
    package static func rounded(_ value: Decimal, places: Int) -> Decimal {
        if let fast = roundedFast(value, places: places) { return fast }
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, places, .plain)
        return result
    }

    /// ``rounded(_:places:)`` on the digits of the value, as `NSDecimalRound` gives it (the same compact digits):
    /// Foundation's rounding costs thousands of instructions on Linux. All 128 bits of the digits are read, so
    /// a quotient's 38 digits (a computed rate) round here too. Nil when it does not apply, or when the rounded
    /// digits need more than 64 bits.
    private static func roundedFast(_ value: Decimal, places: Int) -> Decimal? {
        guard places >= 0, places <= 127, let parts = WideDecimalParts(value) else { return nil }
        // Nothing beyond `places` decimals: the value is its own rounding.
        if parts.mantissa == 0 || parts.exponent >= -places { return value }
        let dropped = -places - parts.exponent
        var kept: UInt128 = 0
        // 10^38 is the largest power of ten in 128 bits; a mantissa below 2^128 (< 3.5 × 10^38) rounds to 0 when
        // more digits go.
        if dropped <= 38 {
            let divisor = widePowersOfTen[dropped]
            kept = parts.mantissa / divisor
            if parts.mantissa % divisor >= divisor / 2 { kept += 1 }   // half away from zero
        }
        guard let digits = UInt64(exactly: kept) else { return nil }
        return make(negative: parts.negative && digits != 0, exponent: -places, mantissa: digits)
    }

    /// `lhs + rhs` as Foundation's `+` gives it (the same compact digits), worked out on the digits when both
    /// operands and the sum fit 64 bits: Foundation's addition costs thousands of instructions on Linux, and the
    /// rules add up every sum and tolerance.
    package static func sum(_ lhs: Decimal, _ rhs: Decimal) -> Decimal {
        addedFast(lhs, rhs, subtracting: false) ?? lhs + rhs
    }

    /// `lhs − rhs`, as ``sum(_:_:)`` works it out.
    package static func difference(_ lhs: Decimal, _ rhs: Decimal) -> Decimal {
        addedFast(lhs, rhs, subtracting: true) ?? lhs - rhs
    }

    /// The sum of the values, from zero as `reduce(0, +)` adds them.
    package static func total(_ values: some Sequence<Decimal>) -> Decimal {
        values.reduce(Decimal(0), sum)
    }

    /// ``sum(_:_:)`` or ``difference(_:_:)`` on the digits; nil when it does not apply (digits or a result beyond
    /// 64 bits, or a zero result, whose form Foundation decides).
    private static func addedFast(_ lhs: Decimal, _ rhs: Decimal, subtracting: Bool) -> Decimal? {
        guard let left = DecimalParts(lhs), let right = DecimalParts(rhs) else { return nil }
        let rightNegative = right.negative != subtracting
        // Adding zero gives the other operand, its digits compacted.
        if right.mantissa == 0 { return left.mantissa == 0 ? nil : compacted(negative: left.negative, left.exponent, left.mantissa) }
        if left.mantissa == 0 { return compacted(negative: rightNegative, right.exponent, right.mantissa) }
        // Both on the smaller exponent: whole numbers of the same unit.
        let exponent = min(left.exponent, right.exponent)
        guard let a = scaled(left.mantissa, by: left.exponent - exponent),
              let b = scaled(right.mantissa, by: right.exponent - exponent) else { return nil }
        var negative = left.negative
        let magnitude: UInt64
        if left.negative == rightNegative {
            let (total, overflow) = a.addingReportingOverflow(b)
            guard !overflow else { return nil }
            magnitude = total
        } else if a >= b {
            magnitude = a - b
        } else {
            magnitude = b - a
            negative = rightNegative
        }
        guard magnitude != 0 else { return nil }
        return compacted(negative: negative, exponent, magnitude)
    }

    /// ±`mantissa` × 10^`exponent` without trailing zeros in the digits, as Foundation's arithmetic leaves it.
    private static func compacted(negative: Bool, _ exponent: Int, _ mantissa: UInt64) -> Decimal? {
        var mantissa = mantissa, exponent = exponent
        while mantissa % 10 == 0 {
            mantissa /= 10
            exponent += 1
        }
        guard (-128...127).contains(exponent) else { return nil }
        return make(negative: negative, exponent: exponent, mantissa: mantissa)
    }

    /// `mantissa` × 10^`shift`, nil when it does not fit 64 bits.
    private static func scaled(_ mantissa: UInt64, by shift: Int) -> UInt64? {
        guard shift < narrowPowersOfTen.count else { return nil }
        let (product, overflow) = mantissa.multipliedReportingOverflow(by: narrowPowersOfTen[shift])
        return overflow ? nil : product
    }

    /// The value × 10^`shift`, exact: `0.978` → `97.8` for 2, back for −2. Moving the point costs nothing on the
    /// digits, while Foundation's division by 100 costs tens of thousands of instructions.
    static func movingPoint(_ value: Decimal, by shift: Int) -> Decimal {
        if let parts = DecimalParts(value), parts.mantissa != 0, (-128...127).contains(parts.exponent + shift) {
            return make(negative: parts.negative, exponent: parts.exponent + shift, mantissa: parts.mantissa)
        }
        let power = Decimal(sign: .plus, exponent: abs(shift), significand: 1)
        return shift >= 0 ? value * power : value / power
    }

    /// `Decimal(string:locale:)` with the POSIX locale, for the plain number texts a sheet holds (`1505.02`,
    /// `-0.19`, `9.7836648283743738E-2`): a nonzero value of at most 19 significant digits is read digit by digit
    /// into the same compact `Decimal` Foundation makes; anything else goes to Foundation's parser, which costs
    /// thousands of instructions a figure on Linux.
    static func decimal(fromText text: String) -> Decimal? {
        if let fast = text.utf8.withContiguousStorageIfAvailable(plainDecimal(_:)), let fast { return fast }
        return Decimal(string: text, locale: posix)
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// `-?digits(.digits)?([eE][+-]?digits)?` with a nonzero value of at most 19 significant digits; nil otherwise.
    private static func plainDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Decimal? {
        let count = bytes.count
        var index = 0
        let negative = count > 0 && bytes[0] == UInt8(ascii: "-")
        if negative { index = 1 }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var exponent = 0
        // Digits of the integer part (`fraction` false) or of the fraction; false when there are none.
        func digits(fraction: Bool) -> Bool {
            let start = index
            while index < count, bytes[index] &- UInt8(ascii: "0") < 10 {
                let digit = UInt64(bytes[index] &- UInt8(ascii: "0"))
                index += 1
                if fraction { exponent -= 1 }
                if mantissa == 0 && digit == 0 { continue }   // leading zeros
                significantDigits += 1
                if significantDigits > 19 { return false }
                mantissa = mantissa * 10 + digit
            }
            return index > start && significantDigits <= 19
        }
        guard digits(fraction: false) else { return nil }
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(fraction: true) else { return nil }
        }
        if index < count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            var exponentNegative = false
            if index < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            let start = index
            var written = 0
            while index < count, index - start < 4, bytes[index] &- UInt8(ascii: "0") < 10 {
                written = written * 10 + Int(bytes[index] &- UInt8(ascii: "0"))
                index += 1
            }
            guard index > start else { return nil }
            exponent += exponentNegative ? -written : written
        }
        guard index == count, mantissa != 0 else { return nil }
        // Foundation keeps no trailing zeros in the digits (`1500` is 15 × 10^2).
        while mantissa % 10 == 0 {
            mantissa /= 10
            exponent += 1
        }
        guard (-128...127).contains(exponent) else { return nil }
        return make(negative: negative, exponent: exponent, mantissa: mantissa)
    }

    /// ±`mantissa` × 10^`exponent`; `Decimal(UInt64)` drops trailing zeros as Foundation's own arithmetic does.
    @inline(__always)
    /// `value` × 10^`shift`, exactly: the exponent moved, where Decimal's multiplication costs thousands of
    /// instructions (万元 to 元 for every figure of a round's list).
    package static func shifted(_ value: Decimal, by shift: Int) -> Decimal {
        if let parts = DecimalParts(value), (-128...127).contains(parts.exponent + shift) {
            return make(negative: parts.negative, exponent: parts.exponent + shift, mantissa: parts.mantissa)
        }
        return value * Decimal(sign: .plus, exponent: shift, significand: 1)
    }

    private static func make(negative: Bool, exponent: Int, mantissa: UInt64) -> Decimal {
        Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(mantissa))
    }

    private static let narrowPowersOfTen: [UInt64] = (0...19).map { UInt64(widePowersOfTen[$0]) }
    private static let widePowersOfTen: [UInt128] = (0...38).map { power in (0..<power).reduce(1) { result, _ in result * 10 } }

    /// Half a unit of the digit `places` after the point: 0.005 for 2, 0.5 for 0.
    package static func halfUnit(places: Int) -> Decimal {
        // Looked up: the rules add one per part of every sum, and a Decimal division costs tens of thousands of
        // instructions.
        if halfUnits.indices.contains(places) { return halfUnits[places] }
        return Decimal(sign: .plus, exponent: -places, significand: 5) / 10
    }

    private static let halfUnits: [Decimal] = (0...38).map { Decimal(sign: .plus, exponent: -$0 - 1, significand: 5) }

    /// The value with exactly `places` decimals, rounded half-up, with `-` for negatives: `"-0.190"`.
    package static func text(_ value: Decimal, places: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        appendText(value, places: places, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``text(_:places:)`` as UTF-8, for writers that fill a byte buffer (the JSON report).
    package static func appendText(_ value: Decimal, places: Int, to out: inout [UInt8]) {
        let places = max(0, places)
        let rounded = rounded(value, places: places)
        if let parts = DecimalParts(rounded), parts.exponent >= -places {
            // |rounded| × 10^places as a whole number: its digits are the text's, the point `places` from the end.
            var scaled = parts.mantissa
            var overflow = false
            for _ in 0..<(parts.exponent + places) where !overflow {
                (scaled, overflow) = scaled.multipliedReportingOverflow(by: 10)
            }
            if !overflow {
                return appendFixed(scaled, negative: parts.negative, places: places, to: &out)
            }
        }
        out.append(contentsOf: textFromDescription(rounded, places: places).utf8)
    }

    /// `digits` (the value × 10^places) written with `places` decimals: 190, 3 → `0.190`.
    private static func appendFixed(_ digits: UInt64, negative: Bool, places: Int, to out: inout [UInt8]) {
        if negative && digits != 0 { out.append(UInt8(ascii: "-")) }
        // At most 20 digits, padded with zeros to at least one digit before the point.
        let count = max(decimalDigitCount(digits), places + 1)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { text in
            var rest = digits
            for index in stride(from: count - 1, through: 0, by: -1) {
                text[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            }
            out.append(contentsOf: text[0..<(count - places)])
            guard places > 0 else { return }
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: text[(count - places)...])
        }
    }

    /// How many decimal digits `value` has (1 for 0).
    private static func decimalDigitCount(_ value: UInt64) -> Int {
        var count = 1
        var rest = value / 10
        while rest != 0 {
            count += 1
            rest /= 10
        }
        return count
    }

    /// The text made from `Decimal`'s own description: the general path, for values beyond 64 bits of digits.
    private static func textFromDescription(_ rounded: Decimal, places: Int) -> String {
        var digits = plain(rounded)
        let negative = digits.hasPrefix("-")
        if negative { digits.removeFirst() }
        var integer = digits
        var fraction = ""
        if let dot = digits.firstIndex(of: ".") {
            integer = String(digits[..<dot])
            fraction = String(digits[digits.index(after: dot)...])
        }
        if fraction.count < places { fraction += String(repeating: "0", count: places - fraction.count) }
        if fraction.count > places { fraction = String(fraction.prefix(places)) }
        let isZero = integer.allSatisfy { $0 == "0" } && fraction.allSatisfy { $0 == "0" }
        let sign = negative && !isZero ? "-" : ""
        return sign + integer + (places > 0 ? "." + fraction : "")
    }

    /// The number of digits after the point in the value's shortest exact text (`3.30` → 1, `4` → 0).
    package static func fractionDigits(_ value: Decimal) -> Int {
        if let parts = DecimalParts(value) {
            guard parts.mantissa != 0 else { return 0 }
            var mantissa = parts.mantissa
            var exponent = parts.exponent
            while exponent < 0 && mantissa % 10 == 0 {
                mantissa /= 10
                exponent += 1
            }
            return max(0, -exponent)
        }
        let digits = plain(value)
        guard let dot = digits.firstIndex(of: ".") else { return 0 }
        return digits[digits.index(after: dot)...].count
    }

    /// The value rounded to `digits` significant digits, as General format shows a number in a cell
    /// (a formula's binary result 0.97836648283743738 shows as 0.9783664828).
    package static func roundedToSignificantDigits(_ value: Decimal, digits: Int) -> Decimal {
        guard !value.isZero else { return value }
        let magnitude = integerDigits(value)
        return rounded(value, places: max(0, digits - magnitude))
    }

    /// The count of digits before the point for |value| ≥ 1, or minus the count of zeros right after the point
    /// for |value| < 1 (0.0012 → −2).
    static func integerDigits(_ value: Decimal) -> Int {
        if let parts = DecimalParts(value), parts.mantissa != 0 {
            // mantissa × 10^exponent has (digits + exponent) digits before the point when that is positive;
            // otherwise as many zeros follow the point as it is below zero.
            return decimalDigitCount(parts.mantissa) + parts.exponent
        }
        var digits = plain(value)
        if digits.hasPrefix("-") { digits.removeFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let integer = parts.first.map(String.init) ?? ""
        if integer != "0" && !integer.isEmpty { return integer.count }
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        return -fraction.prefix { $0 == "0" }.count
    }

    /// `Decimal`'s own text, which is plain (no exponent) and uses `.` whatever the locale.
    static func plain(_ value: Decimal) -> String {
        value.description
    }

    /// |value|.
    package static func magnitude(_ value: Decimal) -> Decimal { value < 0 ? -value : value }
}

/// A `Decimal`'s sign, exponent and mantissa (when it fits 64 bits), read from its storage
/// (``WideDecimalParts``).
struct DecimalParts {
    var negative: Bool
    var exponent: Int
    var mantissa: UInt64

    init?(_ value: Decimal) {
        guard let parts = WideDecimalParts(value), let mantissa = UInt64(exactly: parts.mantissa) else { return nil }
        negative = parts.negative
        exponent = parts.exponent
        self.mantissa = mantissa
    }
}

/// A `Decimal`'s sign, exponent and whole mantissa (up to 128 bits), read from its storage.
///
/// Why: on Linux `Decimal.description` costs thousands of instructions per figure and its fields are
/// internal, while every report writes dozens of figures. The storage layout (exponent byte, length and sign
/// bits, then eight 16-bit mantissa words) is checked once against known values; if a Foundation ever lays it
/// out otherwise, ``init(_:)`` gives nil and callers use the description.
struct WideDecimalParts {
    var negative: Bool
    var exponent: Int
    var mantissa: UInt128

    init?(_ value: Decimal) {
        guard Self.layoutIsKnown else { return nil }
        self.init(reading: value)
    }

    private init?(reading value: Decimal) {
        guard MemoryLayout<Decimal>.size == 20 else { return nil }
        let fields = withUnsafeBytes(of: value) { raw in
            var mantissa: UInt128 = 0
            for index in 0..<8 { mantissa |= (UInt128(raw[4 + 2 * index]) | UInt128(raw[5 + 2 * index]) << 8) << (16 * index) }
            return (exponent: Int8(bitPattern: raw[0]), flags: raw[1], mantissa: mantissa)
        }
        let length = Int(fields.flags >> 4)
        let negative = fields.flags & 0x08 != 0
        // Length 0 with the sign set is NaN; words beyond the length are zero.
        guard length <= 8, !(length == 0 && negative) else { return nil }
        guard length == 8 || fields.mantissa >> (16 * length) == 0 else { return nil }
        self.negative = negative
        exponent = Int(fields.exponent)
        mantissa = fields.mantissa
    }

    /// Whether this Foundation stores `Decimal` as read above: a few values with known fields.
    private static let layoutIsKnown: Bool = {
        let samples: [(String, Bool, Int, UInt128)] = [
            ("-123.45", true, -2, 12345), ("3.3", false, -1, 33), ("1500", false, 2, 15), ("0", false, 0, 0),
            ("70000.5", false, -1, 700005), ("123456789012345678", false, 0, 123456789012345678),
            ("-0.000001", true, -6, 1),
            ("12345678901234567890123456789012345678", false, 0, 12345678901234567890123456789012345678),
        ]
        for (text, negative, exponent, mantissa) in samples {
            guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")),
                  let parts = WideDecimalParts(reading: value),
                  parts.negative == negative, parts.exponent == exponent, parts.mantissa == mantissa,
                  value.exponent == exponent || mantissa == 0 else { return false }
        }
        return WideDecimalParts(reading: .nan) == nil
    }()
}
