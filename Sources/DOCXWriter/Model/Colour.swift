/// A text colour as red, green and blue.
///
/// ```swift
/// let warning = Run("强制", bold: true, colour: Colour(red: 0xC0, green: 0, blue: 0))
/// Colour.red.hex   // "C00000"
/// ```
public struct Colour: Sendable, Hashable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Word's dark red (C00000), for errors.
    public static let red = Colour(red: 0xC0, green: 0x00, blue: 0x00)
    /// A dark orange (C55A11), for warnings.
    public static let orange = Colour(red: 0xC5, green: 0x5A, blue: 0x11)
    /// A grey (595959), for notes.
    public static let grey = Colour(red: 0x59, green: 0x59, blue: 0x59)

    /// Six upper-case hex digits, as WordprocessingML writes colours: `C00000`.
    public var hex: String {
        [red, green, blue].map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }
}
