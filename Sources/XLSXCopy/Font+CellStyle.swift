import XLSXReader
import XLSXWriter

/// A read font as the writer's style: a style with only its font properties set, for a cell's format and for a
/// rich-text run. Theme and indexed colours become the RGB they resolve to; an unstated colour is left unset.
extension Font {
    var cellStyle: CellStyle {
        var style = CellStyle()
        style.fontName = name
        style.fontSize = size
        style.bold = bold
        style.italic = italic
        style.underlineStyle = switch underline {
        case .none: .none
        case .single: .single
        case .double: .double
        case .singleAccounting: .singleAccounting
        case .doubleAccounting: .doubleAccounting
        }
        style.strikethrough = strike
        style.fontScript = switch verticalAlign {
        case "superscript": .superscript
        case "subscript": .subscript
        default: .baseline
        }
        style.fontColor = color?.rgb
        // libxlsxwriter always states a family (2 unless told): an unstated one becomes 0, "not applicable".
        style.fontFamily = family ?? 0
        style.fontCharset = charset
        style.fontScheme = scheme
        style.fontOutline = outline
        style.fontShadow = shadow
        style.fontCondense = condense
        style.fontExtend = extend
        return style
    }
}
