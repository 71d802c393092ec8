/// The language of finding messages: Chinese by default, English on request.
///
/// ```swift
/// let validator = FormValidator(language: .en)
/// ```
public enum MessageLanguage: String, Sendable, Hashable, CaseIterable {
    case zh, en
}
