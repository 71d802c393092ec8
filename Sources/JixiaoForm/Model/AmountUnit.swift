import Foundation

/// The money unit of a form's amounts (`万元` or `元`, as its unit line says), and the exact conversion between
/// them: 1 万元 = 10,000 元, a shift of the decimal point on a `Decimal`, never a `Double`.
///
/// ```swift
/// let huangpu = ShownDecimal(Decimal(string: "1505.02")!, places: 2)
/// AmountUnit.yuan.converting(huangpu, from: .tenThousandYuan)   // 15050200 (0 places)
/// AmountUnit.tenThousandYuan.converting(ShownDecimal(15050200, places: 0), from: .yuan)   // 1505.0200
/// AmountUnit(rawValue: "万元")                                 // .tenThousandYuan
/// ```
public enum AmountUnit: String, CaseIterable, Sendable {
    case yuan = "元"
    case tenThousandYuan = "万元"

    /// The power of ten one unit is in 元.
    private var exponent: Int {
        switch self {
        case .yuan: 0
        case .tenThousandYuan: 4
        }
    }

    /// `figure`, stated in `unit`, in this unit: exactly the same amount, its shown places moved with the point
    /// (never below zero), so nothing shown is lost.
    public func converting(_ figure: ShownDecimal, from unit: AmountUnit) -> ShownDecimal {
        let shift = unit.exponent - exponent
        guard shift != 0 else { return figure }
        // × 10^shift: a power of ten, so the product is exact in a Decimal.
        let power = Decimal(sign: .plus, exponent: shift, significand: 1)
        return ShownDecimal(figure.value * power, places: max(0, figure.places - shift))
    }
}
