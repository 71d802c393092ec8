import CXlsxWriter

/// Checking a ``CellStyle`` and copying it into a libxlsxwriter format.
extension CellStyle {
    /// Throws when libxlsxwriter 1.1.4 would store the style wrongly or Excel would refuse it.
    func validate() throws(XLSXWriterError) {
        if let fontName {
            try TextRules.checkNotEmpty(fontName, label: "font name", kind: .invalidStyle)
            try TextRules.check(fontName, label: "font name", maxLength: nil, placement: .singleLine)
            if fontName.utf16.count > ExcelLimits.fontNameLength || fontName.utf8.count > ExcelLimits.numberFormatBytes {
                throw XLSXWriterError(.fontNameTooLong,
                                      detail: "font name '\(fontName.prefix(40))…' has \(fontName.utf16.count) characters; Excel allows \(ExcelLimits.fontNameLength)")
            }
        }
        if let fontSize, !(fontSize.isFinite && ExcelLimits.fontSize.contains(fontSize)) {
            throw XLSXWriterError(.invalidStyle, detail: "font size \(fontSize) is outside 1–409 points")
        }
        if let numberFormat {
            try TextRules.checkNotEmpty(numberFormat, label: "number format", kind: .invalidStyle)
            try TextRules.check(numberFormat, label: "number format", maxLength: nil, placement: .singleLine)
            let bytes = numberFormat.utf8.count
            if bytes > ExcelLimits.numberFormatBytes {
                throw XLSXWriterError(.numberFormatTooLong,
                                      detail: "number format has \(bytes) UTF-8 bytes; libxlsxwriter keeps \(ExcelLimits.numberFormatBytes) and would cut the rest")
            }
        }
        if !ExcelLimits.indentLevel.contains(indent) {
            throw XLSXWriterError(.invalidStyle, detail: "indent \(indent) is outside 0–15")
        }
    }

    /// Sets every property of a fresh format. Call ``validate()`` first.
    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        if let fontName { format_set_font_name(format, fontName) }
        if let fontSize { format_set_font_size(format, fontSize) }
        if bold { format_set_bold(format) }
        if italic { format_set_italic(format) }
        if underline { format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        if let fontColor { format_set_font_color(format, fontColor.libraryValue) }
        if let fillColor {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, fillColor.libraryValue)
        }
        if let top = borders.top {
            format_set_top(format, top.line.libraryValue)
            if let color = top.color { format_set_top_color(format, color.libraryValue) }
        }
        if let bottom = borders.bottom {
            format_set_bottom(format, bottom.line.libraryValue)
            if let color = bottom.color { format_set_bottom_color(format, color.libraryValue) }
        }
        if let left = borders.left {
            format_set_left(format, left.line.libraryValue)
            if let color = left.color { format_set_left_color(format, color.libraryValue) }
        }
        if let right = borders.right {
            format_set_right(format, right.line.libraryValue)
            if let color = right.color { format_set_right_color(format, color.libraryValue) }
        }
        if let horizontal = horizontalAlignment.libraryValue { format_set_align(format, horizontal) }
        if let vertical = verticalAlignment.libraryValue { format_set_align(format, vertical) }
        if wrapsText { format_set_text_wrap(format) }
        if shrinksToFit { format_set_shrink(format) }
        if let numberFormat { format_set_num_format(format, numberFormat) }
        if indent > 0 { format_set_indent(format, UInt8(indent)) }
    }
}

extension CellStyle.LineStyle {
    var libraryValue: UInt8 {
        let border: lxw_format_borders = switch self {
        case .thin: LXW_BORDER_THIN
        case .medium: LXW_BORDER_MEDIUM
        case .thick: LXW_BORDER_THICK
        case .dashed: LXW_BORDER_DASHED
        case .dotted: LXW_BORDER_DOTTED
        case .double: LXW_BORDER_DOUBLE
        case .hair: LXW_BORDER_HAIR
        case .mediumDashed: LXW_BORDER_MEDIUM_DASHED
        case .dashDot: LXW_BORDER_DASH_DOT
        case .mediumDashDot: LXW_BORDER_MEDIUM_DASH_DOT
        case .dashDotDot: LXW_BORDER_DASH_DOT_DOT
        case .mediumDashDotDot: LXW_BORDER_MEDIUM_DASH_DOT_DOT
        case .slantDashDot: LXW_BORDER_SLANT_DASH_DOT
        }
        return UInt8(border.rawValue)
    }
}

extension CellStyle.HorizontalAlignment {
    /// Nil for General, which is the library's default.
    var libraryValue: UInt8? {
        let alignment: lxw_format_alignments? = switch self {
        case .general: nil
        case .left: LXW_ALIGN_LEFT
        case .center: LXW_ALIGN_CENTER
        case .right: LXW_ALIGN_RIGHT
        case .fill: LXW_ALIGN_FILL
        case .justify: LXW_ALIGN_JUSTIFY
        case .centerAcrossSelection: LXW_ALIGN_CENTER_ACROSS
        case .distributed: LXW_ALIGN_DISTRIBUTED
        }
        return alignment.map { UInt8($0.rawValue) }
    }
}

extension CellStyle.VerticalAlignment {
    /// Nil for bottom, which is Excel's default.
    var libraryValue: UInt8? {
        let alignment: lxw_format_alignments? = switch self {
        case .bottom: nil
        case .top: LXW_ALIGN_VERTICAL_TOP
        case .center: LXW_ALIGN_VERTICAL_CENTER
        case .justify: LXW_ALIGN_VERTICAL_JUSTIFY
        case .distributed: LXW_ALIGN_VERTICAL_DISTRIBUTED
        }
        return alignment.map { UInt8($0.rawValue) }
    }
}
