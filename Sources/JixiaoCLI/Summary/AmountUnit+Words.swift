import ArgumentParser
import JixiaoForm

/// How the command line writes a money unit (`--summary-unit 元`, the form's own unit text) and how a heading
/// shows it. The unit and its exact conversion are JixiaoForm's ``AmountUnit``.
///
/// ```swift
/// AmountUnit(word: "万元")                     // .tenThousandYuan
/// AmountUnit.tenThousandYuan.label(in: .en)   // "10,000 yuan"
/// ```
extension AmountUnit: ExpressibleByArgument {
    /// The unit as an option and a form write it: `元`, `万元`.
    var word: String {
        switch self {
        case .yuan: "元"
        case .tenThousandYuan: "万元"
        }
    }

    /// The unit a word names; nil for any other text.
    init?(word: String) {
        guard let unit = AmountUnit.allCases.first(where: { $0.word == word }) else { return nil }
        self = unit
    }

    public init?(argument: String) { self.init(word: argument) }
    public var defaultValueDescription: String { word }
    public static var allValueStrings: [String] { allCases.map(\.word) }

    /// The unit as a heading names it: `万元`, or `10,000 yuan` in English.
    func label(in language: Language) -> String {
        switch self {
        case .yuan: language.pick(word, "yuan")
        case .tenThousandYuan: language.pick(word, "10,000 yuan")
        }
    }
}
