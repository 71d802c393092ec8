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
        if let numberFormatID, !(0..<164).contains(numberFormatID) {
            throw XLSXWriterError(.invalidStyle, detail: "built-in number format id \(numberFormatID) is outside 0–163")
        }
        if !((-90...90).contains(rotation) || rotation == 270) {
            throw XLSXWriterError(.invalidStyle, detail: "rotation \(rotation) is not -90…90 or 270")
        }
        if !(0...2).contains(readingOrder) {
            throw XLSXWriterError(.invalidStyle, detail: "reading order \(readingOrder) is not 0, 1 or 2")
        }
        for (label, value) in [("font family", fontFamily), ("font charset", fontCharset)] {
            if let value, !(0...255).contains(value) {
                throw XLSXWriterError(.invalidStyle, detail: "\(label) \(value) is outside 0–255")
            }
        }
        if let fontScheme {
            try TextRules.checkNotEmpty(fontScheme, label: "font scheme", kind: .invalidStyle)
            try TextRules.check(fontScheme, label: "font scheme", maxLength: 31, placement: .singleLine)
        }
    }

    /// Sets every property of a fresh format. Call ``validate()`` first.
    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        if let fontName { format_set_font_name(format, fontName) }
        if let fontSize { format_set_font_size(format, fontSize) }
        if bold { format_set_bold(format) }
        if italic { format_set_italic(format) }
        if let underline = underlineStyle.libraryValue { format_set_underline(format, underline) }
        if strikethrough { format_set_font_strikeout(format) }
        if let script = fontScript.libraryValue { format_set_font_script(format, script) }
        if let fontColor { format_set_font_color(format, fontColor.libraryValue) }
        if let fontFamily { format_set_font_family(format, UInt8(fontFamily)) }
        if let fontCharset { format_set_font_charset(format, UInt8(fontCharset)) }
        if let fontScheme { format_set_font_scheme(format, fontScheme) }
        if fontOutline { format_set_font_outline(format) }
        if fontShadow { format_set_font_shadow(format) }
        if fontCondense { format_set_font_condense(format) }
        if fontExtend { format_set_font_extend(format) }
        applyFill(to: format)
        applyBorders(to: format)
        if let horizontal = horizontalAlignment.libraryValue { format_set_align(format, horizontal) }
        if let vertical = verticalAlignment.libraryValue { format_set_align(format, vertical) }
        if wrapsText { format_set_text_wrap(format) }
        if shrinksToFit { format_set_shrink(format) }
        if let numberFormatID {
            format_set_num_format_index(format, UInt8(numberFormatID))
        } else if let numberFormat {
            format_set_num_format(format, numberFormat)
        }
        if indent > 0 { format_set_indent(format, UInt8(indent)) }
        if rotation != 0 { format_set_rotation(format, Int16(rotation)) }
        if readingOrder != 0 { format_set_reading_order(format, UInt8(readingOrder)) }
        if !locked { format_set_unlocked(format) }
        if formulaHidden { format_set_hidden(format) }
    }

    /// libxlsxwriter writes a solid fill's colour from `bg_color` when only that is set, and swaps the two
    /// colours of a solid fill that has both; other patterns are written as set.
    private func applyFill(to format: UnsafeMutablePointer<lxw_format>) {
        guard fillPattern != .none else { return }
        format_set_pattern(format, fillPattern.libraryValue)
        if fillPattern == .solid, let foreground = fillForeground, let background = fillBackground {
            format_set_fg_color(format, background.libraryValue)
            format_set_bg_color(format, foreground.libraryValue)
        } else if fillPattern == .solid {
            if let foreground = fillForeground { format_set_bg_color(format, foreground.libraryValue) }
        } else {
            if let foreground = fillForeground { format_set_fg_color(format, foreground.libraryValue) }
            if let background = fillBackground { format_set_bg_color(format, background.libraryValue) }
        }
    }

    private func applyBorders(to format: UnsafeMutablePointer<lxw_format>) {
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
        if let diagonal = borders.diagonal, borders.diagonalUp || borders.diagonalDown {
            format_set_diag_border(format, diagonal.line.libraryValue)
            if let color = diagonal.color { format_set_diag_color(format, color.libraryValue) }
            let type: lxw_format_diagonal_types = switch (borders.diagonalUp, borders.diagonalDown) {
            case (true, true): LXW_DIAGONAL_BORDER_UP_DOWN
            case (true, false): LXW_DIAGONAL_BORDER_UP
            default: LXW_DIAGONAL_BORDER_DOWN
            }
            format_set_diag_type(format, UInt8(type.rawValue))
        }
    }
}

extension CellStyle.UnderlineStyle {
    /// Nil for no underline.
    var libraryValue: UInt8? {
        let underline: lxw_format_underlines? = switch self {
        case .none: nil
        case .single: LXW_UNDERLINE_SINGLE
        case .double: LXW_UNDERLINE_DOUBLE
        case .singleAccounting: LXW_UNDERLINE_SINGLE_ACCOUNTING
        case .doubleAccounting: LXW_UNDERLINE_DOUBLE_ACCOUNTING
        }
        return underline.map { UInt8($0.rawValue) }
    }
}

extension CellStyle.FontScript {
    /// Nil for the baseline.
    var libraryValue: UInt8? {
        let script: lxw_format_scripts? = switch self {
        case .baseline: nil
        case .superscript: LXW_FONT_SUPERSCRIPT
        case .`subscript`: LXW_FONT_SUBSCRIPT
        }
        return script.map { UInt8($0.rawValue) }
    }
}

extension CellStyle.FillPattern {
    var libraryValue: UInt8 {
        let pattern: lxw_format_patterns = switch self {
        case .none: LXW_PATTERN_NONE
        case .solid: LXW_PATTERN_SOLID
        case .mediumGray: LXW_PATTERN_MEDIUM_GRAY
        case .darkGray: LXW_PATTERN_DARK_GRAY
        case .lightGray: LXW_PATTERN_LIGHT_GRAY
        case .darkHorizontal: LXW_PATTERN_DARK_HORIZONTAL
        case .darkVertical: LXW_PATTERN_DARK_VERTICAL
        case .darkDown: LXW_PATTERN_DARK_DOWN
        case .darkUp: LXW_PATTERN_DARK_UP
        case .darkGrid: LXW_PATTERN_DARK_GRID
        case .darkTrellis: LXW_PATTERN_DARK_TRELLIS
        case .lightHorizontal: LXW_PATTERN_LIGHT_HORIZONTAL
        case .lightVertical: LXW_PATTERN_LIGHT_VERTICAL
        case .lightDown: LXW_PATTERN_LIGHT_DOWN
        case .lightUp: LXW_PATTERN_LIGHT_UP
        case .lightGrid: LXW_PATTERN_LIGHT_GRID
        case .lightTrellis: LXW_PATTERN_LIGHT_TRELLIS
        case .gray125: LXW_PATTERN_GRAY_125
        case .gray0625: LXW_PATTERN_GRAY_0625
        }
        return UInt8(pattern.rawValue)
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
