/// One unit of a reference list: its name, its code where the list has one, the row it was read from, and its
/// approved figures, each in the money unit its column states.
///
/// ```swift
/// let unit = list.units[0]
/// unit.name                                           // "广州市黄埔区总工会（广州开发区总工会）"
/// unit.figures[.annualBudget]?.text                   // "15050200"
/// unit.figure(.annualBudget, in: .tenThousandYuan)    // 1505.0200 (the column said 元)
/// ```
public struct ReferenceUnit: Sendable, Hashable {
    /// The name as the list writes it.
    public var name: String
    /// 单位编码, trimmed; nil when the list has no code column or the cell is blank.
    public var code: String?
    /// The row it was read from (1-based, as the file shows it).
    public var row: Int
    /// The figures given, by field key (amounts only: budgets, actual spending, the adjustment, the 其中 parts),
    /// as written.
    public var figures: [FieldKey: ShownDecimal]
    /// The money unit each figure's column states (a header suffix or the list's unit line); a figure without
    /// one is taken to be in the form's own unit.
    public var figureUnits: [FieldKey: AmountUnit]

    public init(name: String, code: String? = nil, row: Int, figures: [FieldKey: ShownDecimal] = [:],
                figureUnits: [FieldKey: AmountUnit] = [:]) {
        self.name = name
        self.code = code
        self.row = row
        self.figures = figures
        self.figureUnits = figureUnits
    }

    /// The figure for `key` expressed exactly in `unit` (a shift of the decimal point, see
    /// ``AmountUnit/converting(_:from:)``); as written when its column states no unit or `unit` is nil.
    public func figure(_ key: FieldKey, in unit: AmountUnit?) -> ShownDecimal? {
        guard let figure = figures[key] else { return nil }
        guard let unit, let stated = figureUnits[key] else { return figure }
        return unit.converting(figure, from: stated)
    }
}
