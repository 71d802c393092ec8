/// The language of the page: Chinese by default, English when `?lang=en` or the `jixiao_lang` cookie asks.
///
/// ```swift
/// WebLanguage.en.pick("轮次", "Rounds")    // "Rounds"
/// ```
enum WebLanguage: String, Sendable, CaseIterable {
    case zh
    case en

    /// Picks the Chinese or the English text.
    func pick(_ zh: String, _ en: String) -> String { self == .zh ? zh : en }
}
