import JixiaoForm

/// The language of the page: Chinese by default, English when `?lang=en` or the `jixiao_lang` cookie asks.
/// Its words are in `Resources/web-words.json` (``WebWord``), never in the code.
///
/// ```swift
/// WebLanguage.en[.roundsHeading]                      // "Rounds"
/// WebLanguage.zh(.tooManyFiles, ["limit": "500"])     // "本轮文件数将超过上限 500 个，本次上传未保存。"
/// ```
enum WebLanguage: String, Sendable, CaseIterable {
    case zh
    case en
}

extension WebLanguage {
    /// The language of messages and templates.
    var messages: MessageLanguage { self == .zh ? .zh : .en }

    /// The page's `lang` attribute.
    var htmlCode: String { self == .zh ? "zh-CN" : "en" }

    /// A web word in this language (its key where the bundled words are broken: a broken build, which the
    /// words' test catches).
    subscript(_ word: WebWord) -> String { self(word, [:]) }

    /// A web word in this language with its `{name}`s filled.
    func callAsFunction(_ word: WebWord, _ values: [String: String]) -> String {
        (try? WebWords.standard.get())?.text(word, in: messages, values) ?? word.rawValue
    }

    /// Every word a page says in this language (``PageWords``), read once; nil where a template of the install
    /// is missing.
    var words: PageWords? { (self == .zh ? Self.chinese : Self.english).flatMap { try? $0.get() } }

    private static let chinese: Result<PageWords, TemplateLoadError>? = Result { () throws(TemplateLoadError) in try PageWords.standard(.zh) }
    private static let english: Result<PageWords, TemplateLoadError>? = Result { () throws(TemplateLoadError) in try PageWords.standard(.en) }
}
