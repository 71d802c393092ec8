import Foundation

/// What ``RoundSignals`` looks for and how it words it (`Templates/round-signals.json`): the generic texts that
/// never count as copied, the least a text and a form's indicators must have to count, the score caps by
/// budget completion rate (the bundled table is an example), the money units, and a message per
/// ``RoundSignalKind`` in Chinese and English.
///
/// ```swift
/// let catalog = try RoundSignalCatalog.standard.get()
/// catalog.copyKey(of: "预算编制 不够精细。")   // "预算编制不够精细"
/// catalog.copyKey(of: "无。")                  // nil: generic
/// catalog.cap(forCompletionRate: 0.55)?.totalAtMost   // 60 (the example table)
/// ```
public struct RoundSignalCatalog: Sendable, Decodable {
    /// A cap on the 评分表 total: a completion rate below `completionRateBelow` (a fraction) allows at most
    /// `totalAtMost`.
    ///
    /// ```swift
    /// RoundSignalCatalog.ScoreCap(completionRateBelow: 0.6, totalAtMost: 60)   // below 60%: at most 60
    /// ```
    public struct ScoreCap: Sendable, Hashable, Decodable {
        /// The completion rate, a fraction, below which the cap applies.
        public var completionRateBelow: Decimal
        /// The highest total allowed below that rate.
        public var totalAtMost: Decimal

        public init(completionRateBelow: Decimal, totalAtMost: Decimal) {
            self.completionRateBelow = completionRateBelow
            self.totalAtMost = totalAtMost
        }
    }

    /// Texts too generic to count as copied (无, 不适用), written as ``copyKey(of:)`` normalises.
    public var ignoredTexts: [String] { didSet { ignored = Set(ignoredTexts.map { TextBytes(Self.normalised($0)) }) } }
    /// Texts shorter than this (in characters, normalised) never count as copied.
    public var minimumTextLength: Int
    /// The fewest quantified key indicators a form needs for `indicators-at-target`.
    public var minimumIndicators: Int
    /// The caps on the score total by completion rate; empty where the district sets none.
    public var scoreCaps: [ScoreCap]
    /// What separates the units listed in a message.
    public var listSeparator: RuleCatalog.Bilingual
    /// The most characters of a copied text a message quotes; longer texts end with ``ellipsis``.
    public var textShownAtMost: Int
    /// What ends a quoted text cut short (`…`).
    public var ellipsis: String
    /// The most units a message names; the rest are counted (`{count}`) and the list ends with ``moreUnits``.
    /// A text copied into every form of a round names a handful, not a thousand.
    public var unitsShownAtMost: Int
    /// What ends a list of units cut short (`等`, `, …`).
    public var moreUnits: RuleCatalog.Bilingual
    /// The message templates by kind id, with `{placeholders}`.
    public var messages: [String: RuleCatalog.Bilingual]
    /// What a person calls each kind (内容雷同), by kind id.
    public var names: [String: RuleCatalog.Bilingual]

    /// What a person calls `kind`; its id where the catalogue has no name.
    public func name(of kind: RoundSignalKind, in language: MessageLanguage) -> String {
        names[kind.rawValue]?.text(in: language) ?? kind.rawValue
    }

    /// The catalogue bundled with the library, read once.
    public static let standard: Result<RoundSignalCatalog, TemplateLoadError> =
        TemplateCatalog.standard(\.roundSignals, as: RoundSignalCatalog.self) { $0.problems() }

    /// What a text is compared by when looking for copies: NFKC, no whitespace, no punctuation or symbols,
    /// ASCII lower case. Nil for a text too short or too generic to count.
    public func copyKey(of text: String) -> String? {
        let key = Self.normalised(text)
        // Counted in scalars (after NFKC, the characters but for a rare combining mark): graphemes cost far more.
        guard key.unicodeScalars.count >= minimumTextLength, !ignored.contains(TextBytes(key)) else { return nil }
        return key
    }

    /// The cap that applies at `rate` (a fraction): the lowest of those whose threshold the rate is below.
    public func cap(forCompletionRate rate: Decimal) -> ScoreCap? {
        scoreCaps.filter { rate < $0.completionRateBelow }.min { $0.totalAtMost < $1.totalAtMost }
    }

    /// ``ignoredTexts`` normalised, for lookups.
    private var ignored: Set<TextBytes>

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        ignoredTexts = try container.decode([String].self, forKey: .ignoredTexts)
        minimumTextLength = try container.decode(Int.self, forKey: .minimumTextLength)
        minimumIndicators = try container.decode(Int.self, forKey: .minimumIndicators)
        scoreCaps = try container.decode([ScoreCap].self, forKey: .scoreCaps)
        listSeparator = try container.decode(RuleCatalog.Bilingual.self, forKey: .listSeparator)
        textShownAtMost = try container.decode(Int.self, forKey: .textShownAtMost)
        ellipsis = try container.decode(String.self, forKey: .ellipsis)
        unitsShownAtMost = try container.decode(Int.self, forKey: .unitsShownAtMost)
        moreUnits = try container.decode(RuleCatalog.Bilingual.self, forKey: .moreUnits)
        messages = try container.decode([String: RuleCatalog.Bilingual].self, forKey: .messages)
        names = try container.decode([String: RuleCatalog.Bilingual].self, forKey: .names)
        ignored = Set(ignoredTexts.map { TextBytes(Self.normalised($0)) })
    }

    private enum CodingKeys: String, CodingKey {
        case ignoredTexts, minimumTextLength, minimumIndicators, scoreCaps, listSeparator,
             textShownAtMost, ellipsis, unitsShownAtMost, moreUnits, messages, names
    }

    static func normalised(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in TextForm.compact(text).unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: result.append(UInt8(scalar.value + 0x20))
            // Letters and digits, ASCII or CJK ideographs (most of a text), kept without looking up their category.
            case 0x30...0x39, 0x61...0x7A, 0x4E00...0x9FFF: TextForm.appendUTF8(scalar, to: &result)
            default:
                switch scalar.properties.generalCategory {
                case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                     .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
                    continue
                default: TextForm.appendUTF8(scalar, to: &result)
                }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Problems that would make the signals wrong: a message missing for a kind, or a language, a cap that is
    /// not a rate.
    func problems() -> [String] {
        var problems: [String] = []
        for kind in RoundSignalKind.all {
            guard let message = messages[kind.rawValue] else { problems.append("no message for \(kind)"); continue }
            if message.zh.isEmpty || message.en.isEmpty { problems.append("the message for \(kind) lacks a language") }
            if names[kind.rawValue] == nil { problems.append("no name for \(kind)") }
        }
        if unitsShownAtMost < 1 { problems.append("unitsShownAtMost must be at least 1") }
        for cap in scoreCaps where cap.completionRateBelow <= 0 || cap.completionRateBelow > 1 {
            problems.append("the cap at \(cap.completionRateBelow) is not a rate between 0 and 1")
        }
        if minimumIndicators < 1 { problems.append("minimumIndicators must be at least 1") }
        return problems
    }
}
