import Foundation

/// `xl/styles.xml` as written: number formats, fonts, fills, borders, the named-style and cell formats
/// (`cellStyleXfs`, `cellXfs`), the conditional formats' differential formats (`dxfs`) and the custom palette. Colours are kept as stated; ``cellFormats(theme:)``
/// resolves them against the workbook's theme.
///
/// Parsed once per distinct part (by its bytes, ``PartCache``): the forms of a bulk run share their template's.
/// The per-cell reader needs only ``numberFormats``, worked out here once.
///
/// How a `cellXfs` entry and its named style (`xfId` → `cellStyleXfs`) combine, decided as Excel draws a
/// cell: an id the entry states (`fontId`, `fillId`, `borderId`, `numFmtId`) wins; one it leaves out is the
/// named style's, else 0. Its `<alignment>` and `<protection>` are its own: absent means Excel's defaults
/// (general/bottom, locked), not the named style's — Excel writes a cell format in full, and LibreOffice uses
/// the cell's own settings wherever they differ from the style's. The `apply…` flags change nothing shown
/// (``CellStyleRecord``).
///
/// ```swift
/// let styles = try Styles.read("xl/styles.xml", in: archive)
/// styles.numberFormats[3].code                   // "0.00%"
/// styles.cellFormats(theme: .office)[3].font.bold  // true
/// ```
struct Styles: Sendable {
    var customCodes: [Int: String] = [:]
    var fonts: [Font] = []
    var fills: [Fill] = []
    var borders: [Border] = []
    var cellStyleRecords: [CellStyleRecord] = []
    var cellRecords: [CellStyleRecord] = []
    /// `<dxfs>`: what conditional formats apply, by `dxfId`, colours as stated.
    var differentialFormats: [DifferentialFormat] = []
    /// `<colors><indexedColors>`, else the default palette.
    var palette = IndexedPalette.standard
    /// The number format of every `cellXfs` entry, in order.
    var numberFormats: [NumberFormat] = []

    /// Reads the part.
    static func read(_ part: String, in archive: ZipArchive) throws(XLSXError) -> Styles {
        try XMLPartParser.parse(part, in: archive, cache: cache, makeDelegate: { StylesDelegate() },
                                result: { $0.styles.withNumberFormats() })
    }

    /// Reads a styles part already inflated (`part` names it in errors).
    static func parse(bytes: [UInt8], part: String = "xl/styles.xml") throws(XLSXError) -> Styles {
        let delegate = StylesDelegate()
        try XMLPartParser.parse(bytes: bytes, part: part, delegate: delegate)
        return delegate.styles.withNumberFormats()
    }

    /// These styles with ``numberFormats`` worked out from the `cellXfs` entries.
    private func withNumberFormats() -> Styles {
        var styles = self
        styles.numberFormats = cellRecords.map { record in
            let id = effective(record, \.numberFormatID)
            if let code = customCodes[id] { return NumberFormat(id: id, customCode: code) }
            return NumberFormat(builtInID: id)
        }
        return styles
    }

    /// Styles parts seen before (forms from one template share theirs), by their bytes.
    private static let cache = PartCache<Styles>()

    /// The most entries kept of each list (fonts, fills, borders, `cellStyleXfs`, `cellXfs`). Excel keeps at
    /// most 64,000 cell formats; a part listing millions (a few hundred KB compressed) would otherwise cost
    /// gigabytes. Entries past it are not read: a cell naming one shows the first format (General).
    static let maxEntries = 1 << 16

    /// Every `cellXfs` entry as a cell shows it, colours resolved against `theme` and the palette.
    func cellFormats(theme: Theme) -> [CellFormat] {
        let fonts = self.fonts.map { resolved($0, theme: theme) }
        let fills = self.fills.map { resolved($0, theme: theme) }
        let borders = self.borders.map { resolved($0, theme: theme) }
        return cellRecords.indices.map { index in
            let record = cellRecords[index]
            let font = effective(record, \.fontID), fill = effective(record, \.fillID)
            let border = effective(record, \.borderID)
            return CellFormat(numberFormat: numberFormats[index],
                              font: fonts.indices.contains(font) ? fonts[font] : fonts.first ?? Font(),
                              fill: fills.indices.contains(fill) ? fills[fill] : .none,
                              border: borders.indices.contains(border) ? borders[border] : .none,
                              alignment: record.alignment ?? .standard,
                              protection: record.protection ?? .standard,
                              quotePrefix: record.quotePrefix, styleIndex: record.parentID ?? 0)
        }
    }

    /// Every `<dxf>`, by `dxfId`, colours resolved against `theme` and the palette.
    func differentialFormats(theme: Theme) -> [DifferentialFormat] {
        differentialFormats.map { format in
            var format = format
            format.font = format.font.map { resolved($0, theme: theme) }
            format.fill = format.fill.map { resolved($0, theme: theme) }
            format.border = format.border.map { resolved($0, theme: theme) }
            return format
        }
    }

    private func resolved(_ font: Font, theme: Theme) -> Font {
        var font = font
        font.color = font.color?.resolved(theme: theme, palette: palette)
        return font
    }

    private func resolved(_ fill: Fill, theme: Theme) -> Fill {
        var fill = fill
        fill.foreground = fill.foreground?.resolved(theme: theme, palette: palette)
        fill.background = fill.background?.resolved(theme: theme, palette: palette)
        fill.gradientStops = fill.gradientStops.map {
            GradientStop(position: $0.position, color: $0.color.resolved(theme: theme, palette: palette))
        }
        return fill
    }

    private func resolved(_ border: Border, theme: Theme) -> Border {
        var border = border
        for side in [\Border.left, \.right, \.top, \.bottom, \.diagonal] {
            border[keyPath: side].color = border[keyPath: side].color?.resolved(theme: theme, palette: palette)
        }
        return border
    }

    /// An id of a `cellXfs` entry: its own, else its named style's, else 0.
    private func effective(_ record: CellStyleRecord, _ id: KeyPath<CellStyleRecord, Int?>) -> Int {
        if let own = record[keyPath: id] { return own }
        let parent = record.parentID ?? 0
        if cellStyleRecords.indices.contains(parent), let inherited = cellStyleRecords[parent][keyPath: id] {
            return inherited
        }
        return 0
    }
}
