import XLSXReader
import XLSXWriter

extension ConditionalFormat {
    /// Adds this conditional format's rules to `sheet`, on the same ranges, in order of their priority (the
    /// writer numbers priorities in the order rules are added, so a sheet's formats keep their order when they
    /// are copied in the order of their first rule's priority).
    ///
    /// Each rule's differential format becomes a ``CellStyle`` (font bold, italic, underline and colour, fill
    /// colour, borders, number format; theme colours as the RGB they resolve to). Not carried, because
    /// libxlsxwriter 1.1.4 cannot write them: an icon set's own thresholds (the set's defaults are written), a
    /// data bar's lengths, a struck-through font, a rule's Excel 2010 extensions.
    /// - Throws: `.invalidConditionalFormat` for a rule type the writer does not know or one without the
    ///   formulas it needs (nothing of the format is written then); the writer's other errors.
    ///
    /// ```swift
    /// for format in sheet.layout.conditionalFormats {
    ///     try format.copy(to: writerSheet)
    /// }
    /// ```
    package func copy(to sheet: WorksheetWriter) throws(XLSXWriterError) {
        guard let first = ranges.first else { return }
        let range = CellRect(firstRow: first.first.row, firstColumn: first.first.column, lastRow: first.last.row,
                             lastColumn: first.last.column)
        let others = ranges.dropFirst().map {
            CellRect(firstRow: $0.first.row, firstColumn: $0.first.column, lastRow: $0.last.row,
                     lastColumn: $0.last.column)
        }
        let ordered = rules.enumerated().sorted { ($0.element.priority ?? Int.max, $0.offset) < ($1.element.priority ?? Int.max, $1.offset) }
        var options: [ConditionalFormatOptions] = []
        for rule in ordered.map(\.element) {
            options.append(ConditionalFormatOptions(try Self.writerRule(rule, ranges: ranges), style: rule.format.map(Self.style),
                                                    stopIfTrue: rule.stopIfTrue, otherRanges: Array(others)))
        }
        for option in options { try sheet.addConditionalFormat(option, to: range) }
    }

    private static func writerRule(_ rule: ConditionalFormatRule, ranges: [CellRange])
        throws(XLSXWriterError) -> ConditionalFormatOptions.Rule {
        func formula(_ index: Int) throws(XLSXWriterError) -> String {
            guard rule.formulas.indices.contains(index) else { throw unusable(rule, "lacks its formula") }
            return rule.formulas[index]
        }
        switch rule.type {
        case "cellIs":
            switch rule.operator {
            case "equal": return .cell(.equal, try formula(0))
            case "notEqual": return .cell(.notEqual, try formula(0))
            case "greaterThan": return .cell(.greaterThan, try formula(0))
            case "lessThan": return .cell(.lessThan, try formula(0))
            case "greaterThanOrEqual": return .cell(.greaterThanOrEqual, try formula(0))
            case "lessThanOrEqual": return .cell(.lessThanOrEqual, try formula(0))
            case "between": return .cellBetween(try formula(0), try formula(1))
            case "notBetween": return .cellNotBetween(try formula(0), try formula(1))
            default: throw unusable(rule, "has the operator \(rule.operator ?? "none")")
            }
        case "expression": return .formula(try formula(0))
        case "containsText", "notContainsText", "beginsWith", "endsWith":
            guard let text = rule.text else { throw unusable(rule, "has no text") }
            let match: ConditionalFormatOptions.TextMatch = switch rule.type {
            case "containsText": .containing
            case "notContainsText": .notContaining
            case "beginsWith": .beginsWith
            default: .endsWith
            }
            return .text(match, text)
        case "timePeriod":
            let periods: [String: ConditionalFormatOptions.TimePeriod] = [
                "yesterday": .yesterday, "today": .today, "tomorrow": .tomorrow, "last7Days": .last7Days,
                "lastWeek": .lastWeek, "thisWeek": .thisWeek, "nextWeek": .nextWeek, "lastMonth": .lastMonth,
                "thisMonth": .thisMonth, "nextMonth": .nextMonth,
            ]
            guard let period = rule.timePeriod.flatMap({ periods[$0] }) else { throw unusable(rule, "has no known period") }
            return .timePeriod(period)
        case "aboveAverage":
            let kind: ConditionalFormatOptions.AverageKind = switch (rule.aboveAverage, rule.standardDeviations ?? 0) {
            case (true, 1): .oneDeviationAbove
            case (false, 1): .oneDeviationBelow
            case (true, 2): .twoDeviationsAbove
            case (false, 2): .twoDeviationsBelow
            case (true, 3...): .threeDeviationsAbove
            case (false, 3...): .threeDeviationsBelow
            case (true, _): rule.equalAverage ? .aboveOrEqual : .above
            case (false, _): rule.equalAverage ? .belowOrEqual : .below
            }
            return .average(kind)
        case "duplicateValues": return .duplicate
        case "uniqueValues": return .unique
        case "top10":
            let rank = rule.rank ?? ExcelLimits.conditionalFormatRank
            if rank == ExcelLimits.conditionalFormatRank {
                return rule.bottom ? .bottom(rank, percent: rule.percent) : .top(rank, percent: rule.percent)
            }
            return .formula(rankFormula(rank, percent: rule.percent, bottom: rule.bottom, ranges: ranges))
        case "containsBlanks": return .blanks
        case "notContainsBlanks": return .noBlanks
        case "containsErrors": return .errors
        case "notContainsErrors": return .noErrors
        case "colorScale":
            guard let scale = rule.colorScale, scale.values.count == scale.colors.count,
                  (2...3).contains(scale.values.count) else { throw unusable(rule, "is not a two- or three-colour scale") }
            var points: [ConditionalFormatOptions.ScalePoint] = []
            for (value, color) in zip(scale.values, scale.colors) {
                points.append(.init(try threshold(value, of: rule), color: color.rgb ?? .black))
            }
            return points.count == 2 ? .twoColorScale(minimum: points[0], maximum: points[1])
                : .threeColorScale(minimum: points[0], middle: points[1], maximum: points[2])
        case "dataBar":
            guard let bar = rule.dataBar else { throw unusable(rule, "has no bar") }
            let minimum = try bar.values.first.map { (value) throws(XLSXWriterError) in try threshold(value, of: rule) }
            let maximum = try bar.values.dropFirst().first.map { (value) throws(XLSXWriterError) in
                try threshold(value, of: rule)
            }
            return .dataBar(minimum: minimum, maximum: maximum, color: bar.color?.rgb, barOnly: !bar.showValue)
        case "iconSet":
            let styles: [String: ConditionalFormatOptions.IconStyle] = [
                "3Arrows": .threeArrows, "3ArrowsGray": .threeArrowsGray, "3Flags": .threeFlags,
                "3TrafficLights1": .threeTrafficLights, "3TrafficLights2": .threeTrafficLightsRimmed,
                "3Signs": .threeSigns, "3Symbols": .threeSymbolsCircled, "3Symbols2": .threeSymbols,
                "4Arrows": .fourArrows, "4ArrowsGray": .fourArrowsGray, "4RedToBlack": .fourRedToBlack,
                "4Rating": .fourRatings, "4TrafficLights": .fourTrafficLights, "5Arrows": .fiveArrows,
                "5ArrowsGray": .fiveArrowsGray, "5Rating": .fiveRatings, "5Quarters": .fiveQuarters,
            ]
            guard let set = rule.iconSet, let style = styles[set.style] else { throw unusable(rule, "has no known icons") }
            return .iconSet(style, reversed: set.reverse, iconsOnly: !set.showValue)
        default:
            throw unusable(rule, "is of a kind the writer does not know")
        }
    }

    /// A top or bottom rule of a rank libxlsxwriter 1.1.4 cannot write (it writes 10 whatever it is given) as the
    /// formula that picks the same numbers: `AND(ISNUMBER(B2),B2>=LARGE($B$2:$B$10,3))`, `SMALL` for the bottom,
    /// `PERCENTILE` for a percent.
    private static func rankFormula(_ rank: Int, percent: Bool, bottom: Bool, ranges: [CellRange]) -> String {
        func absolute(_ reference: CellReference) -> String {
            let text = reference.description
            let letters = text.prefix { $0.isLetter }
            return "$" + letters + "$" + text.dropFirst(letters.count)
        }
        let cell = ranges[0].first.description
        let area = ranges.map { absolute($0.first) + ":" + absolute($0.last) }.joined(separator: ",")
        let values = ranges.count == 1 ? area : "(" + area + ")"
        let limit: String
        if percent {
            let fraction = Double(bottom ? rank : 100 - rank) / 100
            limit = "PERCENTILE(\(values),\(fraction))"
        } else {
            limit = "\(bottom ? "SMALL" : "LARGE")(\(values),\(rank))"
        }
        return "AND(ISNUMBER(\(cell)),\(cell)\(bottom ? "<=" : ">=")\(limit))"
    }

    /// A colour scale's or data bar's threshold.
    private static func threshold(_ value: ConditionalValue, of rule: ConditionalFormatRule)
        throws(XLSXWriterError) -> ConditionalFormatOptions.Threshold {
        let number = value.value.flatMap { Double($0) }
        switch value.type {
        case "min", "autoMin": return .lowest
        case "max", "autoMax": return .highest
        case "num": return number.map { .number($0) } ?? .formula(value.value ?? "")
        case "percent": return .percent(number ?? 0)
        case "percentile": return .percentile(number ?? 50)
        case "formula": return .formula(value.value ?? "")
        default: throw unusable(rule, "has a threshold of kind \(value.type)")
        }
    }

    /// What the rule changes, as the writer's style.
    private static func style(_ format: DifferentialFormat) -> CellStyle {
        var style = CellStyle(numberFormat: format.numberFormat?.code)
        if let font = format.font {
            style.bold = font.bold
            style.italic = font.italic
            style.underline = font.underline != .none
            style.strikethrough = font.strike
            style.fontColor = font.color?.rgb
        }
        style.fillColor = format.fillColor?.rgb
        if let border = format.border {
            style.borders = CellStyle.Borders(top: border.top.writerBorder, bottom: border.bottom.writerBorder,
                                              left: border.left.writerBorder, right: border.right.writerBorder)
        }
        return style
    }

    private static func unusable(_ rule: ConditionalFormatRule, _ reason: String) -> XLSXWriterError {
        XLSXWriterError(.invalidConditionalFormat, detail: "a \(rule.type) rule \(reason)")
    }
}
