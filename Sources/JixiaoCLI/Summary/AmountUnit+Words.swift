import ArgumentParser
import JixiaoForm

/// How the command line names a money unit (`--summary-unit 元`) and how a heading shows it. The unit and its
/// exact conversion are JixiaoForm's ``AmountUnit``.
///
/// ```swift
/// AmountUnit.tenThousandYuan.label(in: .en)   // "10,000 yuan"
/// ```
extension AmountUnit: ExpressibleByArgument {
    /// The unit as a heading names it: `万元`, or `10,000 yuan` in English.
    func label(in language: Language) -> String {
        switch self {
        case .yuan: language.pick(rawValue, "yuan")
        case .tenThousandYuan: language.pick(rawValue, "10,000 yuan")
        }
    }
}
