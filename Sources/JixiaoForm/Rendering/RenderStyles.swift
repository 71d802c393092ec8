import XLSXWriter

/// The cell styles of the official layout, derived from its font and the mark colours.
struct RenderStyles {
    let layout: OfficialLayout

    private var base: CellStyle {
        CellStyle(fontName: layout.font.name, fontSize: layout.font.size, borders: .all(.thin),
                  horizontalAlignment: .left, verticalAlignment: .center, wrapsText: true)
    }

    var title: CellStyle {
        CellStyle(fontName: layout.font.name, fontSize: layout.title.size, bold: true,
                  horizontalAlignment: .center, verticalAlignment: .center)
    }

    var yearLine: CellStyle {
        CellStyle(fontName: layout.font.name, fontSize: layout.yearLine.size ?? layout.font.size,
                  horizontalAlignment: .center, verticalAlignment: .center)
    }

    var unitLine: CellStyle {
        CellStyle(fontName: layout.font.name, fontSize: layout.unitLine.size ?? layout.font.size,
                  horizontalAlignment: .right, verticalAlignment: .center)
    }

    var label: CellStyle {
        var style = base
        style.bold = true
        style.horizontalAlignment = .center
        return style
    }

    var text: CellStyle { base }

    var centredText: CellStyle {
        var style = base
        style.horizontalAlignment = .center
        return style
    }

    /// An amount with `places` decimals (`0.00`), or a rate shown as a percentage with `places − 2` decimals.
    func number(places: Int, percent: Bool, mark: CellChange.Kind? = nil) -> CellStyle {
        var style = base
        style.horizontalAlignment = .right
        style.wrapsText = false
        let shown = percent ? max(0, places - 2) : max(0, places)
        style.numberFormat = "0" + (shown > 0 ? "." + String(repeating: "0", count: shown) : "") + (percent ? "%" : "")
        style.fillColor = mark.flatMap { CellMarks(layout: layout, language: .zh).fill(for: $0) }
        return style
    }

    func marked(_ style: CellStyle, _ mark: CellChange.Kind?) -> CellStyle {
        var style = style
        style.fillColor = mark.flatMap { CellMarks(layout: layout, language: .zh).fill(for: $0) }
        return style
    }
}
