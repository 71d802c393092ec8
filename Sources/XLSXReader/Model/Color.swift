/// A colour as a styles part states it, with the ARGB it resolves to.
///
/// The raw statement is kept (an RGB value, a theme index with its tint, an index into the palette, or
/// "automatic") so a writer can put back exactly what the file said; ``argb`` is what it shows, with theme
/// colours taken from the workbook's theme (``Theme``) and indexed ones from its palette
/// (``IndexedPalette``), the tint applied as ``Theme/applyTint(_:to:)`` does.
///
/// ```swift
/// let heading = Color(source: .theme(4), tint: 0.3999755851924192, argb: 0xFF9D_C3E6)
/// heading.hexARGB          // "FF9DC3E6"
/// Color(rgb: 0xFFFF_0000).hexARGB   // "FFFF0000"
/// ```
public struct Color: Hashable, Sendable {
    /// What the file says the colour is.
    public enum Source: Hashable, Sendable {
        /// `rgb="FFFF0000"`: alpha, red, green, blue.
        case rgb(UInt32)
        /// `theme="4"`: an index into the theme's colour scheme (0 lt1, 1 dk1, 2 lt2, 3 dk2, 4–9 accent1–6,
        /// 10 hlink, 11 folHlink).
        case theme(Int)
        /// `indexed="10"`: an index into the palette (64 system foreground, 65 system background).
        case indexed(Int)
        /// `auto="1"`: the program's automatic colour (black for text and borders).
        case automatic
    }

    /// What the file says.
    public var source: Source
    /// The tint (-1 darker … 1 lighter), 0 when the file gives none.
    public var tint: Double
    /// The colour shown, as 0xAARRGGBB; nil for ``Source/automatic`` and for a theme or palette index the
    /// workbook does not define.
    public var argb: UInt32?

    public init(source: Source, tint: Double = 0, argb: UInt32?) {
        self.source = source
        self.tint = tint
        self.argb = argb
    }

    /// A plain RGB colour, shown as written.
    public init(rgb: UInt32) {
        self.init(source: .rgb(rgb), argb: rgb)
    }

    /// ``argb`` as eight hex digits (`FF9DC3E6`), nil where it is nil.
    public var hexARGB: String? {
        argb.map { value in
            let digits = String(value, radix: 16, uppercase: true)
            return String(repeating: "0", count: max(0, 8 - digits.count)) + digits
        }
    }
}
