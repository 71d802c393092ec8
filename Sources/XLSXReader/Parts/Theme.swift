import Foundation

/// The colour scheme of a workbook's theme (`xl/theme/theme1.xml`, `<a:clrScheme>`), by the index a styles
/// part's `theme="…"` attribute uses, and Excel's tint arithmetic.
///
/// The scheme lists its colours dk1, lt1, dk2, lt2, accent1–6, hlink, folHlink, but a `theme` index counts
/// lt1 first: 0 lt1, 1 dk1, 2 lt2, 3 dk2, 4–9 accent1–6, 10 hlink, 11 folHlink (what Excel shows for
/// `theme="0"` is the window background, white; LibreOffice's import maps the indices the same way). A system
/// colour (`<a:sysClr val="windowText" lastClr="000000"/>`) is its `lastClr`.
///
/// ```swift
/// let theme = Theme.office   // the theme Excel 2013–2021 uses when a file has none
/// theme.argb(index: 4)       // 0xFF5B9BD5 (accent1)
/// Theme.applyTint(0.3999755851924192, to: 0xFF5B_9BD5)   // 0xFF9DC3E6
/// ```
struct Theme: Hashable, Sendable {
    /// ARGB colours in the file's scheme order: dk1, lt1, dk2, lt2, accent1–6, hlink, folHlink.
    var scheme: [UInt32]

    /// The colour for a styles `theme` index, nil outside the scheme.
    func argb(index: Int) -> UInt32? {
        let position: Int
        switch index {
        case 0: position = 1
        case 1: position = 0
        case 2: position = 3
        case 3: position = 2
        default: position = index
        }
        return scheme.indices.contains(position) ? scheme[position] : nil
    }

    /// The Office theme of Excel 2013–2021, used when a workbook has no theme part.
    static let office = Theme(scheme: [0xFF00_0000, 0xFFFF_FFFF, 0xFF44_546A, 0xFFE7_E6E6, 0xFF5B_9BD5,
                                       0xFFED_7D31, 0xFFA5_A5A5, 0xFFFF_C000, 0xFF44_72C4, 0xFF70_AD47,
                                       0xFF05_63C1, 0xFF95_4F72])

    /// The scheme element names in file order.
    static let schemeNames = ["dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5",
                              "accent6", "hlink", "folHlink"]

    /// Reads the theme part; a scheme colour the part leaves out keeps the Office theme's.
    static func read(_ part: String, in archive: ZipArchive) throws(XLSXError) -> Theme {
        try XMLPartParser.parse(part, in: archive, cache: cache, makeDelegate: { ThemeDelegate() }, result: { $0.theme })
    }

    /// Reads a theme part already inflated (`part` names it in errors).
    static func parse(bytes: [UInt8], part: String = "xl/theme/theme1.xml") throws(XLSXError) -> Theme {
        let delegate = ThemeDelegate()
        try XMLPartParser.parse(bytes: bytes, part: part, delegate: delegate)
        return delegate.theme
    }

    /// Theme parts seen before (forms from one template share theirs), by their bytes.
    private static let cache = PartCache<Theme>()

    /// A tint applied to a colour as ECMA-376 §18.8.19 describes it: the colour turned into hue, luminance and
    /// saturation, the luminance moved (`tint < 0`: `L × (1 + tint)`; otherwise `L × (1 − tint) + tint`), and
    /// back, each channel rounded to the nearest of 0…255. Hue and saturation are kept unrounded, as
    /// LibreOffice's import does (its lumMod/lumOff transformation is the same arithmetic); Excel's own
    /// palette can differ from it by one or two steps in a channel (it shows `9BC2E6` for accent1 lighter
    /// 40%, this gives `9DC3E6`). The alpha is kept.
    static func applyTint(_ tint: Double, to argb: UInt32) -> UInt32 {
        guard tint != 0, tint.isFinite else { return argb }
        let tint = min(max(tint, -1), 1)
        let red = Double((argb >> 16) & 0xFF) / 255, green = Double((argb >> 8) & 0xFF) / 255
        let blue = Double(argb & 0xFF) / 255
        let high = max(red, green, blue), low = min(red, green, blue)
        var lightness = (high + low) / 2
        var hue = 0.0, saturation = 0.0
        if high != low {
            let delta = high - low
            saturation = lightness <= 0.5 ? delta / (high + low) : delta / (2 - high - low)
            if high == red {
                hue = (green - blue) / delta
            } else if high == green {
                hue = 2 + (blue - red) / delta
            } else {
                hue = 4 + (red - green) / delta
            }
            hue = (hue / 6).truncatingRemainder(dividingBy: 1)
            if hue < 0 { hue += 1 }
        }
        lightness = tint < 0 ? lightness * (1 + tint) : lightness * (1 - tint) + tint
        let channels: (Double, Double, Double)
        if saturation == 0 {
            channels = (lightness, lightness, lightness)
        } else {
            let upper = lightness <= 0.5 ? lightness * (1 + saturation) : lightness + saturation - lightness * saturation
            let lower = 2 * lightness - upper
            func channel(_ shift: Double) -> Double {
                var hue = (hue + shift).truncatingRemainder(dividingBy: 1)
                if hue < 0 { hue += 1 }
                if hue < 1.0 / 6 { return lower + (upper - lower) * hue * 6 }
                if hue < 0.5 { return upper }
                if hue < 2.0 / 3 { return lower + (upper - lower) * (2.0 / 3 - hue) * 6 }
                return lower
            }
            channels = (channel(1.0 / 3), channel(0), channel(-1.0 / 3))
        }
        func byte(_ value: Double) -> UInt32 { UInt32(min(max((value * 255).rounded(), 0), 255)) }
        return (argb & 0xFF00_0000) | byte(channels.0) << 16 | byte(channels.1) << 8 | byte(channels.2)
    }
}
