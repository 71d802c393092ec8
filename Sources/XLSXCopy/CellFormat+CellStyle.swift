import XLSXReader
import XLSXWriter

/// A read cell format as the writer's style: everything libxlsxwriter 1.1.4 can write.
///
/// Theme and indexed colours become the RGB they resolve to (libxlsxwriter cannot write theme colours); a colour
/// that resolves to nothing (automatic) is left unset. Not carried, because the library has no way to write
/// them: `quotePrefix`, `justifyLastLine`, `relativeIndent`, gradient fills (listed as uncarried), a font
/// colour left unstated (libxlsxwriter states the theme's text colour, which shows the same).
extension CellFormat {
    var cellStyle: CellStyle {
        var style = font.cellStyle

        if !fill.isGradient, let pattern = CellStyle.FillPattern(fill.pattern) {
            style.fillPattern = pattern
            style.fillForeground = pattern == .none ? nil : fill.foreground?.rgb
            style.fillBackground = pattern == .none ? nil : fill.background?.rgb
        }

        style.borders = CellStyle.Borders(top: border.top.writerBorder, bottom: border.bottom.writerBorder,
                                          left: border.left.writerBorder, right: border.right.writerBorder,
                                          diagonal: border.diagonal.writerBorder, diagonalUp: border.diagonalUp,
                                          diagonalDown: border.diagonalDown)

        style.horizontalAlignment = switch alignment.horizontal {
        case .general: .general
        case .left: .left
        case .center: .center
        case .right: .right
        case .fill: .fill
        case .justify: .justify
        case .centerContinuous: .centerAcrossSelection
        case .distributed: .distributed
        }
        style.verticalAlignment = switch alignment.vertical {
        case .bottom: .bottom
        case .top: .top
        case .center: .center
        case .justify: .justify
        case .distributed: .distributed
        }
        style.wrapsText = alignment.wrapText
        style.shrinksToFit = alignment.shrinkToFit
        style.indent = alignment.indent
        // The file's 91–180 is -1…-90 degrees; 255 is stacked text, which libxlsxwriter takes as 270.
        style.rotation = switch alignment.textRotation {
        case 91...180: 90 - alignment.textRotation
        case 255: 270
        default: alignment.textRotation
        }
        style.readingOrder = alignment.readingOrder

        style.locked = protection.locked
        style.formulaHidden = protection.hidden

        let id = numberFormat.id
        if id > 0, id < 164, NumberFormat(builtInID: id).code == numberFormat.code {
            style.numberFormatID = id
        } else {
            style.numberFormat = numberFormat.code
        }
        return style
    }
}
