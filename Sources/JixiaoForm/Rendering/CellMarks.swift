import XLSXWriter

/// How a changed cell is marked, in the official layout and in the unit's own: its fill (``OfficialLayout/Marks``'
/// colours) and its comment, the original value with the rule and the arithmetic, or the formula a blank cell was
/// filled with.
///
/// ```swift
/// let marks = CellMarks(layout: layout, language: .zh)
/// marks.text(for: change, formula: "ROUND(D6/D5,4)")   // "原值：0.5\n规则：completion-rate\n…"
/// marks.fill(for: .corrected)                         // #FFE699
/// ```
struct CellMarks {
    let layout: OfficialLayout
    let language: MessageLanguage

    /// The comment's text.
    func text(for change: CellChange, formula: String?) -> String {
        let marks = layout.marks
        switch change.kind {
        case .corrected where change.finding == nil:
            return OfficialLayout.fill(language == .zh ? marks.cascadedComment : marks.cascadedCommentEnglish,
                                       ["original": change.original?.description ?? "",
                                        "formula": formula.map { "=" + $0 } ?? change.corrected.description])
        case .corrected:
            return OfficialLayout.fill(language == .zh ? marks.correctedComment : marks.correctedCommentEnglish,
                                       ["original": change.original?.description ?? "",
                                        "rule": change.finding?.rule.rawValue ?? "",
                                        "message": change.finding?.message ?? ""])
        case .filled:
            return OfficialLayout.fill(language == .zh ? marks.filledComment : marks.filledCommentEnglish,
                                       ["formula": formula.map { "=" + $0 } ?? change.corrected.description])
        }
    }

    /// The fill that marks a corrected or a filled cell.
    func fill(for kind: CellChange.Kind) -> RGBColor? {
        switch kind {
        case .corrected: RGBColor(hex: layout.marks.correctedFill)
        case .filled: RGBColor(hex: layout.marks.filledFill)
        }
    }

    /// Adds the comment to a cell of a table being drawn.
    func comment(_ change: CellChange, formula: String?, row: Int, column: Int,
                 on sheet: WorksheetWriter) throws(XLSXWriterError) {
        try sheet.addComment(text(for: change, formula: formula), row: row, column: column,
                             options: CommentOptions(author: layout.marks.commentAuthor, width: 320, height: 140))
    }
}
