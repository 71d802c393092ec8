/// The colours of `indexed="…"`: Excel's default 64-colour palette with a styles part's own `<indexedColors>`
/// over it from index 0 (a shorter list keeps the default colours after it, as LibreOffice's import does);
/// 64 is the system foreground (black) and 65 the system background (white).
///
/// ```swift
/// IndexedPalette.standard.argb(index: 10)   // 0xFFFF0000
/// IndexedPalette.standard.argb(index: 64)   // 0xFF000000
/// ```
struct IndexedPalette: Hashable, Sendable {
    var colors: [UInt32]

    /// The default palette with `custom` written over it from index 0.
    init(overlaying custom: [UInt32]) {
        var colors = IndexedPalette.standard.colors
        for (index, color) in custom.enumerated() {
            if index < colors.count { colors[index] = color } else { colors.append(color) }
        }
        self.colors = colors
    }

    init(colors: [UInt32]) {
        self.colors = colors
    }

    func argb(index: Int) -> UInt32? {
        if colors.indices.contains(index) { return colors[index] }
        switch index {
        case 64: return 0xFF00_0000
        case 65: return 0xFFFF_FFFF
        default: return nil
        }
    }

    /// Excel's default palette (the BIFF8 one: 0–7 and 8–15 the eight basic colours, then the 48 others).
    static let standard = IndexedPalette(colors: [
        0x000000, 0xFFFFFF, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00, 0xFF00FF, 0x00FFFF,
        0x000000, 0xFFFFFF, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00, 0xFF00FF, 0x00FFFF,
        0x800000, 0x008000, 0x000080, 0x808000, 0x800080, 0x008080, 0xC0C0C0, 0x808080,
        0x9999FF, 0x993366, 0xFFFFCC, 0xCCFFFF, 0x660066, 0xFF8080, 0x0066CC, 0xCCCCFF,
        0x000080, 0xFF00FF, 0xFFFF00, 0x00FFFF, 0x800080, 0x800000, 0x008080, 0x0000FF,
        0x00CCFF, 0xCCFFFF, 0xCCFFCC, 0xFFFF99, 0x99CCFF, 0xFF99CC, 0xCC99FF, 0xFFCC99,
        0x3366FF, 0x33CCCC, 0x99CC00, 0xFFCC00, 0xFF9900, 0xFF6600, 0x666699, 0x969696,
        0x003366, 0x339966, 0x003300, 0x333300, 0x993300, 0x993366, 0x333399, 0x333333,
    ].map { 0xFF00_0000 | $0 })
}
