/// Why a template file could not be loaded: the file and what went wrong.
///
/// ```swift
/// TemplateLoadError(file: "form.json", detail: "not found").description   // "form.json: not found"
/// ```
public struct TemplateLoadError: Error, Sendable, CustomStringConvertible {
    /// The file that failed.
    public var file: String
    /// What went wrong.
    public var detail: String
    public var description: String { "\(file): \(detail)" }

    public init(file: String, detail: String) {
        self.file = file
        self.detail = detail
    }
}
