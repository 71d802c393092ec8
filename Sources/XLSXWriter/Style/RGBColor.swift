import CXlsxWriter

/// A 24-bit RGB colour for fonts, fills and borders.
///
/// Valid by construction: three 8-bit channels, or a hex text checked when parsed.
///
/// ```swift
/// let header = RGBColor(red: 0xD9, green: 0xE1, blue: 0xF2)
/// RGBColor(hex: "#FFFF00") == .yellow   // true
/// header.hex                             // "D9E1F2"
/// ```
public struct RGBColor: Hashable, Sendable, CustomStringConvertible {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses `RRGGBB` or `#RRGGBB`. Nil for anything else.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else { return nil }
        self.init(red: UInt8(value >> 16), green: UInt8((value >> 8) & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// `RRGGBB`, upper case.
    public var hex: String {
        let value = UInt32(red) << 16 | UInt32(green) << 8 | UInt32(blue)
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 6 - text.count) + text
    }

    public var description: String { "#" + hex }

    /// libxlsxwriter's value: black is `LXW_COLOR_BLACK` because 0 means "not set" to the library.
    var libraryValue: lxw_color_t {
        let value = UInt32(red) << 16 | UInt32(green) << 8 | UInt32(blue)
        return value == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : value
    }

    public static let black = RGBColor(red: 0, green: 0, blue: 0)
    public static let white = RGBColor(red: 0xFF, green: 0xFF, blue: 0xFF)
    public static let red = RGBColor(red: 0xFF, green: 0, blue: 0)
    public static let yellow = RGBColor(red: 0xFF, green: 0xFF, blue: 0)
    public static let lightGray = RGBColor(red: 0xD9, green: 0xD9, blue: 0xD9)
}
