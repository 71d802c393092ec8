import ArgumentParser
import Foundation
import JixiaoForm

/// The money unit the summary states its amounts in (`--summary-unit 元|万元`), in the option's and the headings'
/// words; the exact conversion is the library's (`JixiaoForm.AmountUnit`): 1 万元 = 10,000 元, a shift of the
/// decimal point on a `Decimal`, never a `Double`.
///
/// ```swift
/// let huangpu = ShownDecimal(Decimal(string: "1505.02")!, places: 2)
/// SummaryUnit.yuan.converting(huangpu, from: .tenThousandYuan)   // 15050200 (0 places)
/// SummaryUnit.tenThousandYuan.converting(ShownDecimal(15050200, places: 0), from: .yuan)   // 1505.0200
/// SummaryUnit(rawValue: "万元")                                 // .tenThousandYuan
/// ```
enum SummaryUnit: String, CaseIterable, Sendable, ExpressibleByArgument {
    case yuan = "元"
    case tenThousandYuan = "万元"

    /// The unit as a heading names it: `万元`, or `10,000 yuan` in English.
    func label(in language: Language) -> String {
        switch self {
        case .yuan: language.pick(rawValue, "yuan")
        case .tenThousandYuan: language.pick(rawValue, "10,000 yuan")
        }
    }

    /// The library's unit (`JixiaoForm.AmountUnit`), which does the conversion. This enum is the option's and the
    /// heading's words (ArgumentParser shows a `CaseIterable` option's raw values, so they stay `元` and `万元` here).
    var scale: JixiaoForm.AmountUnit {
        switch self {
        case .yuan: .yuan
        case .tenThousandYuan: .tenThousandYuan
        }
    }

    /// `figure`, stated in `unit`, in this unit: exactly the same amount, its shown places moved with the point
    /// (never below zero), so nothing shown is lost (`JixiaoForm.AmountUnit.converting(_:from:)`).
    func converting(_ figure: ShownDecimal, from unit: SummaryUnit) -> ShownDecimal {
        scale.converting(figure, from: unit.scale)
    }
}
