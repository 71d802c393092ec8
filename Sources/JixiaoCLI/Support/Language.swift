import ArgumentParser
import JixiaoForm

/// The language of everything jixiao says to a person. Chinese by default: the users are Chinese finance
/// officers; `--lang en` for everyone else.
public enum Language: String, ExpressibleByArgument, CaseIterable, Sendable {
    case zh
    case en

    /// Picks the Chinese or the English text.
    public func pick(_ zh: String, _ en: String) -> String { self == .zh ? zh : en }

    /// "1 file", "3 files": English counts files with a plural (Chinese says 个文件 either way).
    static func englishFiles(_ count: Int) -> String { count == 1 ? "1 file" : "\(count) files" }

    /// The same language for messages from the form library.
    var messages: MessageLanguage { self == .zh ? .zh : .en }
}
