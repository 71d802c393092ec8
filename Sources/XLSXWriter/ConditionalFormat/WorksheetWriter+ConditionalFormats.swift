import CXlsxWriter

/// Conditional formats.
extension WorksheetWriter {
    /// Adds a conditional format to a range (and to the rule's ``ConditionalFormatOptions/otherRanges``).
    /// - Throws: `.invalidConditionalFormat` for a top or bottom rank other than 10 (libxlsxwriter 1.1.4 writes
    ///   10 whatever it is given: write a `.formula` rule with `LARGE` or `SMALL` instead), a text with a
    ///   double quote or over 255 characters, an empty value, or ranges that join to more than 2,079
    ///   characters; `.invalidFormula` for a formula with unbalanced parentheses or quotes; `.nonFiniteNumber`
    ///   for a threshold; the style's errors; `.cellOutOfRange`.
    ///
    /// ```swift
    /// try sheet.addConditionalFormat(ConditionalFormatOptions(.formula("$C2<0"), style: CellStyle(bold: true)),
    ///                                to: CellRect("C2:C10")!)
    /// ```
    public func addConditionalFormat(_ format: ConditionalFormatOptions, to range: CellRect) throws(XLSXWriterError) {
        try configuring(place: range.description) { sheet throws(XLSXWriterError) in
            let bounds = try GridBounds.rect(range)
            let texts = CStringList()
            var library = lxw_conditional_format()
            try Self.describe(format.rule, in: &library, texts: texts)
            if !format.otherRanges.isEmpty {
                for other in format.otherRanges { _ = try GridBounds.rect(other) }
                let joined = ([range] + format.otherRanges).map(\.description).joined(separator: " ")
                guard joined.utf8.count < Int(LXW_MAX_ATTRIBUTE_LENGTH) else {
                    throw XLSXWriterError(.invalidConditionalFormat,
                                          detail: "the ranges join to \(joined.utf8.count) characters; at most \(Int(LXW_MAX_ATTRIBUTE_LENGTH) - 1)")
                }
                library.multi_range = texts.copy(joined)
            }
            library.stop_if_true = format.stopIfTrue ? 1 : 0
            if let style = format.style { library.format = try workbook.format(for: style) }
            try workbook.call(sheet: nil, cell: nil) {
                worksheet_conditional_format_range(sheet, bounds.firstRow, bounds.firstColumn, bounds.lastRow,
                                                   bounds.lastColumn, &library)
            }
            withExtendedLifetime(texts) {}
        }
    }

    /// Puts a checked rule into the library's struct; its texts are copied into `texts`.
    private static func describe(_ rule: ConditionalFormatOptions.Rule, in library: inout lxw_conditional_format,
                                 texts: CStringList) throws(XLSXWriterError) {
        func type(_ value: lxw_conditional_format_types) { library.type = UInt8(value.rawValue) }
        func criteria(_ value: lxw_conditional_criteria) { library.criteria = UInt8(value.rawValue) }
        func value(_ text: String) throws(XLSXWriterError) -> UnsafeMutablePointer<CChar>? {
            try checkValue(text)
            return texts.copy(text)
        }
        switch rule {
        case .cell(let comparison, let text):
            type(LXW_CONDITIONAL_TYPE_CELL)
            criteria(comparison.libraryValue)
            library.value_string = try value(text)
        case .cellBetween(let low, let high), .cellNotBetween(let low, let high):
            type(LXW_CONDITIONAL_TYPE_CELL)
            if case .cellBetween = rule {
                criteria(LXW_CONDITIONAL_CRITERIA_BETWEEN)
            } else {
                criteria(LXW_CONDITIONAL_CRITERIA_NOT_BETWEEN)
            }
            library.min_value_string = try value(low)
            library.max_value_string = try value(high)
        case .text(let match, let text):
            guard !text.isEmpty, !text.contains("\""), text.utf16.count <= 255 else {
                throw XLSXWriterError(.invalidConditionalFormat,
                                      detail: "a text rule's text must be 1–255 characters without a double quote")
            }
            try TextRules.check(text, label: "conditional format text", maxLength: 255, placement: .singleLine)
            type(LXW_CONDITIONAL_TYPE_TEXT)
            criteria(match.libraryValue)
            library.value_string = texts.copy(text)
        case .timePeriod(let period):
            type(LXW_CONDITIONAL_TYPE_TIME_PERIOD)
            criteria(period.libraryValue)
        case .average(let kind):
            type(LXW_CONDITIONAL_TYPE_AVERAGE)
            criteria(kind.libraryValue)
        case .duplicate: type(LXW_CONDITIONAL_TYPE_DUPLICATE)
        case .unique: type(LXW_CONDITIONAL_TYPE_UNIQUE)
        case .top(let rank, let percent), .bottom(let rank, let percent):
            // libxlsxwriter 1.1.4 checks the rank but writes rank="10" whatever it is.
            guard rank == ExcelLimits.conditionalFormatRank else {
                throw XLSXWriterError(.invalidConditionalFormat,
                                      detail: "rank \(rank): libxlsxwriter 1.1.4 writes every top or bottom rule with rank 10 (use a formula rule with LARGE or SMALL)")
            }
            if case .top = rule { type(LXW_CONDITIONAL_TYPE_TOP) } else { type(LXW_CONDITIONAL_TYPE_BOTTOM) }
            if percent { criteria(LXW_CONDITIONAL_CRITERIA_TOP_OR_BOTTOM_PERCENT) }
            library.value = Double(rank)
        case .blanks: type(LXW_CONDITIONAL_TYPE_BLANKS)
        case .noBlanks: type(LXW_CONDITIONAL_TYPE_NO_BLANKS)
        case .errors: type(LXW_CONDITIONAL_TYPE_ERRORS)
        case .noErrors: type(LXW_CONDITIONAL_TYPE_NO_ERRORS)
        case .formula(let formula):
            try FormulaRules.check(formula, label: "conditional format formula")
            type(LXW_CONDITIONAL_TYPE_FORMULA)
            library.value_string = texts.copy(formula)
        case .twoColorScale(let minimum, let maximum):
            type(LXW_CONDITIONAL_2_COLOR_SCALE)
            (library.min_rule_type, library.min_value, library.min_value_string) =
                try threshold(minimum.threshold, texts: texts)
            (library.max_rule_type, library.max_value, library.max_value_string) =
                try threshold(maximum.threshold, texts: texts)
            library.min_color = minimum.color.libraryValue
            library.max_color = maximum.color.libraryValue
        case .threeColorScale(let minimum, let middle, let maximum):
            type(LXW_CONDITIONAL_3_COLOR_SCALE)
            (library.min_rule_type, library.min_value, library.min_value_string) =
                try threshold(minimum.threshold, texts: texts)
            (library.mid_rule_type, library.mid_value, library.mid_value_string) =
                try threshold(middle.threshold, texts: texts)
            (library.max_rule_type, library.max_value, library.max_value_string) =
                try threshold(maximum.threshold, texts: texts)
            library.min_color = minimum.color.libraryValue
            library.mid_color = middle.color.libraryValue
            library.max_color = maximum.color.libraryValue
        case .dataBar(let minimum, let maximum, let color, let barOnly):
            type(LXW_CONDITIONAL_DATA_BAR)
            if let minimum {
                (library.min_rule_type, library.min_value, library.min_value_string) = try threshold(minimum, texts: texts)
            }
            if let maximum {
                (library.max_rule_type, library.max_value, library.max_value_string) = try threshold(maximum, texts: texts)
            }
            if let color { library.bar_color = color.libraryValue }
            library.bar_only = barOnly ? 1 : 0
        case .iconSet(let style, let reversed, let iconsOnly):
            type(LXW_CONDITIONAL_TYPE_ICON_SETS)
            library.icon_style = style.libraryValue
            library.reverse_icons = reversed ? 1 : 0
            library.icons_only = iconsOnly ? 1 : 0
        }
    }

    /// A value or formula of a cell rule: not empty, balanced like a formula.
    private static func checkValue(_ text: String) throws(XLSXWriterError) {
        guard !text.isEmpty else {
            throw XLSXWriterError(.invalidConditionalFormat, detail: "a conditional format's value is empty")
        }
        try FormulaRules.check(text, label: "conditional format value")
    }

    /// A threshold as the library's rule type, number and text.
    private static func threshold(_ threshold: ConditionalFormatOptions.Threshold, texts: CStringList)
        throws(XLSXWriterError) -> (UInt8, Double, UnsafeMutablePointer<CChar>?) {
        func rule(_ value: lxw_conditional_format_rule_types) -> UInt8 { UInt8(value.rawValue) }
        switch threshold {
        case .lowest: return (rule(LXW_CONDITIONAL_RULE_TYPE_MINIMUM), 0, nil)
        case .highest: return (rule(LXW_CONDITIONAL_RULE_TYPE_MAXIMUM), 0, nil)
        case .number(let value):
            return (rule(LXW_CONDITIONAL_RULE_TYPE_NUMBER), try NumberRules.finite(value, label: "threshold"), nil)
        case .percent(let value):
            return (rule(LXW_CONDITIONAL_RULE_TYPE_PERCENT), try NumberRules.finite(value, label: "threshold"), nil)
        case .percentile(let value):
            return (rule(LXW_CONDITIONAL_RULE_TYPE_PERCENTILE), try NumberRules.finite(value, label: "threshold"), nil)
        case .formula(let formula):
            try checkValue(formula)
            return (rule(LXW_CONDITIONAL_RULE_TYPE_FORMULA), 0, texts.copy(formula))
        }
    }
}

extension ConditionalFormatOptions.Comparison {
    var libraryValue: lxw_conditional_criteria {
        switch self {
        case .equal: LXW_CONDITIONAL_CRITERIA_EQUAL_TO
        case .notEqual: LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO
        case .greaterThan: LXW_CONDITIONAL_CRITERIA_GREATER_THAN
        case .lessThan: LXW_CONDITIONAL_CRITERIA_LESS_THAN
        case .greaterThanOrEqual: LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO
        case .lessThanOrEqual: LXW_CONDITIONAL_CRITERIA_LESS_THAN_OR_EQUAL_TO
        }
    }
}

extension ConditionalFormatOptions.TextMatch {
    var libraryValue: lxw_conditional_criteria {
        switch self {
        case .containing: LXW_CONDITIONAL_CRITERIA_TEXT_CONTAINING
        case .notContaining: LXW_CONDITIONAL_CRITERIA_TEXT_NOT_CONTAINING
        case .beginsWith: LXW_CONDITIONAL_CRITERIA_TEXT_BEGINS_WITH
        case .endsWith: LXW_CONDITIONAL_CRITERIA_TEXT_ENDS_WITH
        }
    }
}

extension ConditionalFormatOptions.TimePeriod {
    var libraryValue: lxw_conditional_criteria {
        switch self {
        case .yesterday: LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_YESTERDAY
        case .today: LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_TODAY
        case .tomorrow: LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_TOMORROW
        case .last7Days: LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_LAST_7_DAYS
        case .lastWeek: LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_LAST_WEEK
        case .thisWeek: LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_THIS_WEEK
        case .nextWeek: LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_NEXT_WEEK
        case .lastMonth: LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_LAST_MONTH
        case .thisMonth: LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_THIS_MONTH
        case .nextMonth: LXW_CONDITIONAL_CRITERIA_TIME_PERIOD_NEXT_MONTH
        }
    }
}

extension ConditionalFormatOptions.AverageKind {
    var libraryValue: lxw_conditional_criteria {
        switch self {
        case .above: LXW_CONDITIONAL_CRITERIA_AVERAGE_ABOVE
        case .below: LXW_CONDITIONAL_CRITERIA_AVERAGE_BELOW
        case .aboveOrEqual: LXW_CONDITIONAL_CRITERIA_AVERAGE_ABOVE_OR_EQUAL
        case .belowOrEqual: LXW_CONDITIONAL_CRITERIA_AVERAGE_BELOW_OR_EQUAL
        case .oneDeviationAbove: LXW_CONDITIONAL_CRITERIA_AVERAGE_1_STD_DEV_ABOVE
        case .oneDeviationBelow: LXW_CONDITIONAL_CRITERIA_AVERAGE_1_STD_DEV_BELOW
        case .twoDeviationsAbove: LXW_CONDITIONAL_CRITERIA_AVERAGE_2_STD_DEV_ABOVE
        case .twoDeviationsBelow: LXW_CONDITIONAL_CRITERIA_AVERAGE_2_STD_DEV_BELOW
        case .threeDeviationsAbove: LXW_CONDITIONAL_CRITERIA_AVERAGE_3_STD_DEV_ABOVE
        case .threeDeviationsBelow: LXW_CONDITIONAL_CRITERIA_AVERAGE_3_STD_DEV_BELOW
        }
    }
}

extension ConditionalFormatOptions.IconStyle {
    var libraryValue: UInt8 {
        let style: lxw_conditional_icon_types = switch self {
        case .threeArrows: LXW_CONDITIONAL_ICONS_3_ARROWS_COLORED
        case .threeArrowsGray: LXW_CONDITIONAL_ICONS_3_ARROWS_GRAY
        case .threeFlags: LXW_CONDITIONAL_ICONS_3_FLAGS
        case .threeTrafficLights: LXW_CONDITIONAL_ICONS_3_TRAFFIC_LIGHTS_UNRIMMED
        case .threeTrafficLightsRimmed: LXW_CONDITIONAL_ICONS_3_TRAFFIC_LIGHTS_RIMMED
        case .threeSigns: LXW_CONDITIONAL_ICONS_3_SIGNS
        case .threeSymbolsCircled: LXW_CONDITIONAL_ICONS_3_SYMBOLS_CIRCLED
        case .threeSymbols: LXW_CONDITIONAL_ICONS_3_SYMBOLS_UNCIRCLED
        case .fourArrows: LXW_CONDITIONAL_ICONS_4_ARROWS_COLORED
        case .fourArrowsGray: LXW_CONDITIONAL_ICONS_4_ARROWS_GRAY
        case .fourRedToBlack: LXW_CONDITIONAL_ICONS_4_RED_TO_BLACK
        case .fourRatings: LXW_CONDITIONAL_ICONS_4_RATINGS
        case .fourTrafficLights: LXW_CONDITIONAL_ICONS_4_TRAFFIC_LIGHTS
        case .fiveArrows: LXW_CONDITIONAL_ICONS_5_ARROWS_COLORED
        case .fiveArrowsGray: LXW_CONDITIONAL_ICONS_5_ARROWS_GRAY
        case .fiveRatings: LXW_CONDITIONAL_ICONS_5_RATINGS
        case .fiveQuarters: LXW_CONDITIONAL_ICONS_5_QUARTERS
        }
        return UInt8(style.rawValue)
    }
}
