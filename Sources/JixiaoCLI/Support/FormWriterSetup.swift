import JixiaoForm

extension FormWorkbookWriter {
    /// The writer with the bundled layout and templates, or the command's failure when they cannot be loaded
    /// (a broken installation), shared by `fix`, `fill` and `template`.
    static func forCommand(_ language: Language) throws -> FormWorkbookWriter {
        do {
            return try FormWorkbookWriter(language: language.messages)
        } catch {
            throw CommandFailure(message: ErrorPresenter.message(for: error, language: language), status: .unreadableOrUsage)
        }
    }
}
