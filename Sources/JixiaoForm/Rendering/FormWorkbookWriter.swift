import Foundation
import XLSXReader
import XLSXWriter

/// Writes a form as a workbook in the official layout: the 自评表, the 评分表 when the form has one, and, for a
/// corrected table, the 校验结果 sheet listing every finding.
///
/// ```swift
/// let writer = try FormWorkbookWriter()
/// let correction = writer.corrector.correct(report.form!, findings: report.findings)
/// try writer.write(correction.form, changes: correction.changes, findings: report.findings,
///                  to: URL(fileURLWithPath: "huangpu-2021.corrected.xlsx"))
/// ```
public struct FormWorkbookWriter: Sendable {
    public let layout: OfficialLayout
    public let templates: TemplateBundle
    public let language: MessageLanguage

    /// Why the writer could not start: a template file is missing or malformed.
    public struct SetupError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Loads the bundled layout and templates.
    public init(language: MessageLanguage = .zh) throws(SetupError) {
        let layout: OfficialLayout
        switch OfficialLayout.standard {
        case .success(let loaded): layout = loaded
        case .failure(let error): throw SetupError(description: error.description)
        }
        switch TemplateBundle.standard {
        case .success(let loaded): self.init(layout: layout, templates: loaded, language: language)
        case .failure(let error): throw SetupError(description: error.description)
        }
    }

    public init(layout: OfficialLayout, templates: TemplateBundle, language: MessageLanguage = .zh) {
        self.layout = layout
        self.templates = templates
        self.language = language
    }

    /// The corrector with the same layout and grade bands.
    public var corrector: FormCorrector { FormCorrector(layout: layout, template: templates.form) }

    /// Writes the workbook atomically (a temporary file beside `url`, then a rename).
    /// - Parameters:
    ///   - form: the form to draw (already corrected or filled).
    ///   - changes: the cells to mark, with their comments.
    ///   - findings: the findings for the 校验结果 sheet; nil writes no such sheet.
    ///   - overwrite: replace an existing file at `url`; otherwise an existing file is an error.
    ///   - includeBlankScoreSheet: draw the 评分表 with the template's rows when the form has none.
    /// - Returns: where each field's value cell is on the 自评表.
    @discardableResult
    public func write(_ form: Form, changes: [CellChange] = [], findings: [Finding]? = nil, to url: URL,
                      overwrite: Bool = false, includeBlankScoreSheet: Bool = false) throws(XLSXWriterError)
        -> [FieldKey: CellReference] {
        let workbook = try WorkbookWriter(writingTo: url, options: WorkbookOptions(overwrite: overwrite))
        // A corrected table is marked, so a later run over its folder skips it instead of counting it twice.
        try workbook.setProperties(DocumentProperties(title: form.title ?? layout.properties.title,
                                                      author: layout.properties.author,
                                                      comments: layout.properties.comments,
                                                      custom: findings == nil ? [:] : OutputRecognizer.mark(.correctedTable)))
        var formRenderer = FormSheetRenderer(layout: layout, language: language, changes: changes)
        try formRenderer.draw(form, on: try workbook.addWorksheet(named: layout.sheetName))
        var positions = formRenderer.positions
        if let score = form.score ?? (includeBlankScoreSheet ? ScoreSheetRenderer.blankSheet(layout) : nil) {
            var scoreRenderer = ScoreSheetRenderer(layout: layout, template: templates.form, language: language,
                                                   changes: changes)
            try scoreRenderer.draw(score, form: form, on: try workbook.addWorksheet(named: layout.scoreSheet.name))
            positions.merge(scoreRenderer.positions) { first, _ in first }
        }
        if let findings {
            try FindingsSheetRenderer(layout: layout, language: language)
                .draw(findings, changes: changes, positions: positions,
                      on: try workbook.addWorksheet(named: layout.findingsSheet.name))
        }
        try workbook.close()
        return positions
    }
}
