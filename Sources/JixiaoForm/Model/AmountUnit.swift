import Foundation

/// The money unit of an amount, 元 or 万元, and the exact conversion between them: 1 万元 = 10,000 元, a shift of
/// the decimal point on a `Decimal`, never a `Double`. The raw value is the unit's size in 元 as a power of ten;
/// the units' texts are data (`form.json`, `unit.powersOfTen`).
///
/// ```swift
/// let huangpu = ShownDecimal(Decimal(string: "1505.02")!, places: 2)
/// AmountUnit.yuan.converting(huangpu, from: .tenThousandYuan)   // 15050200 (0 places)
/// AmountUnit.tenThousandYuan.converting(ShownDecimal(15050200, places: 0), from: .yuan)   // 1505.0200
/// AmountUnit(text: "万元", template: templates.form)            // .tenThousandYuan
/// ```
public enum AmountUnit: Int, CaseIterable, Sendable {
    /// 元.
    case yuan = 0
    /// 万元: 10,000 元.
    case tenThousandYuan = 4

    /// The unit a text names (`万元`, full or half width), as the template's `unit.powersOfTen` says; nil for
    /// any other text.
    public init?(text: String, template: FormTemplate) {
        guard let power = template.unit.powersOfTen?[TextForm.compact(text)] else { return nil }
        self.init(rawValue: power)
    }

    /// `figure`, stated in `unit`, in this unit: exactly the same amount, its shown places moved with the point
    /// (never below zero), so nothing shown is lost.
    public func converting(_ figure: ShownDecimal, from unit: AmountUnit) -> ShownDecimal {
        let shift = unit.rawValue - rawValue
        guard shift != 0 else { return figure }
        // × 10^shift: a power of ten, so the product is exact in a Decimal.
        return ShownDecimal(DecimalMath.shifted(figure.value, by: shift), places: max(0, figure.places - shift))
    }
}
