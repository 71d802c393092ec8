extension Color {
    /// A colour as the file states it, before the theme and palette are known: ``argb`` is left nil.
    init(stated source: Source, tint: Double) {
        self.init(source: source, tint: tint, argb: nil)
    }

    /// This colour with ``argb`` worked out: RGB as written (Excel ignores the alpha byte: it is shown opaque),
    /// theme from `theme`, indexed from `palette`, then the tint; automatic stays nil.
    func resolved(theme: Theme, palette: IndexedPalette) -> Color {
        var base: UInt32?
        switch source {
        case .rgb(let value): base = 0xFF00_0000 | (value & 0xFF_FFFF)
        case .theme(let index): base = theme.argb(index: index)
        case .indexed(let index): base = palette.argb(index: index)
        case .automatic: base = nil
        }
        return Color(source: source, tint: tint, argb: base.map { Theme.applyTint(tint, to: $0) })
    }
}
