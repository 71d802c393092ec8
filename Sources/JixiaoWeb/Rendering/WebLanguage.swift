import JixiaoForm

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

extension WebLanguage {
    /// The language of messages and templates.
    var messages: MessageLanguage { self == .zh ? .zh : .en }

    /// Every word a page says in this language (``PageWords``), read once; nil where a template of the install
    /// is missing.
    var words: PageWords? { (self == .zh ? Self.chinese : Self.english).flatMap { try? $0.get() } }

    private static let chinese: Result<PageWords, TemplateLoadError>? = Result { () throws(TemplateLoadError) in try PageWords.standard(.zh) }
    private static let english: Result<PageWords, TemplateLoadError>? = Result { () throws(TemplateLoadError) in try PageWords.standard(.en) }
}
