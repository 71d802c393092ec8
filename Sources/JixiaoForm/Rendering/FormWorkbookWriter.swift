import Foundation
import XLSXReader
import XLSXWriter

/// Writes a form as a workbook in the official layout: the 自评表, the 评分表 when the form has one, and, for a
/// corrected table, the 校验结果 sheet listing every finding; or several units' forms into one workbook.
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

    /// Loads the bundled layout and templates.
    /// - Throws: ``TemplateLoadError`` when a template file is missing or malformed (a broken installation).
    public init(language: MessageLanguage = .zh) throws(TemplateLoadError) {
        self.init(layout: try OfficialLayout.standard.get(), templates: try TemplateBundle.standard.get(), language: language)
    }

    public init(layout: OfficialLayout, templates: TemplateBundle, language: MessageLanguage = .zh) {
        self.layout = layout
        self.templates = templates
        self.language = language
    }

    /// The corrector with the same layout and grade bands.
    public var corrector: FormCorrector { FormCorrector(layout: layout, template: templates.form) }

    /// The writer of corrected tables in the unit's own layout, with this writer's marks and 校验结果 sheet.
    public var ownLayout: OwnLayoutWriter { OwnLayoutWriter(layout: layout, templates: templates, language: language) }

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
            try FindingsSheetRenderer(layout: layout, language: language, rules: templates.rules)
                .draw(findings, changes: changes, positions: positions,
                      on: try workbook.addWorksheet(named: layout.findingsSheet.name))
        }
        try workbook.close()
        return positions
    }

    /// One form of a workbook holding several units' forms: the form to draw (already corrected), the cells to
    /// mark and the form's findings.
    public struct Part: Sendable {
        public var form: Form
        public var changes: [CellChange]
        public var findings: [Finding]

        public init(form: Form, changes: [CellChange] = [], findings: [Finding] = []) {
            self.form = form
            self.changes = changes
            self.findings = findings
        }
    }

    /// Writes several units' forms into one workbook atomically, as they came in: each form in the official layout
    /// on a sheet named as its own was, its 评分表 on a sheet named as its 评分表 was (`NAME评分表` when the scores
    /// were on the form's own sheet), then one 校验结果 sheet listing every form's findings, each cell named with
    /// its sheet (`机关!C7`).
    ///
    /// ```swift
    /// let parts = reports.map { report in
    ///     let correction = writer.corrector.correct(report.form!, findings: report.findings)
    ///     return FormWorkbookWriter.Part(form: correction.form, changes: correction.changes, findings: report.findings)
    /// }
    /// try writer.write(parts, to: URL(fileURLWithPath: "某局-下属单位.corrected.xlsx"))
    /// ```
    /// - Parameters:
    ///   - parts: the forms, in the order their sheets are written.
    ///   - overwrite: replace an existing file at `url`; otherwise an existing file is an error.
    public func write(_ parts: [Part], to url: URL, overwrite: Bool = false) throws(XLSXWriterError) {
        let workbook = try WorkbookWriter(writingTo: url, options: WorkbookOptions(overwrite: overwrite))
        try workbook.setProperties(DocumentProperties(title: parts.first?.form.title ?? layout.properties.title,
                                                      author: layout.properties.author,
                                                      comments: layout.properties.comments,
                                                      custom: OutputRecognizer.mark(.correctedTable)))
        // The findings sheet's name is kept for it: a unit's sheet of that name is written under another.
        var reserved = [layout.findingsSheet.name]
        var entries: [FindingsSheetRenderer.Entries] = []
        for part in parts {
            let formSheet = try workbook.addSheet(named: part.form.sheet, otherwise: layout.sheetName, reserved: reserved)
            var formRenderer = FormSheetRenderer(layout: layout, language: language, changes: part.changes)
            try formRenderer.draw(part.form, on: formSheet)
            var here = formRenderer.positions.mapValues { "\(formSheet.name)!\($0)" }
            if let score = part.form.score {
                let wanted = score.sheet == part.form.sheet ? String(part.form.sheet.prefix(28)) + layout.scoreSheet.name : score.sheet
                let scoreSheet = try workbook.addSheet(named: wanted, otherwise: layout.scoreSheet.name, reserved: reserved)
                var scoreRenderer = ScoreSheetRenderer(layout: layout, template: templates.form, language: language,
                                                       changes: part.changes)
                try scoreRenderer.draw(score, form: part.form, on: scoreSheet)
                here.merge(scoreRenderer.positions.mapValues { "\(scoreSheet.name)!\($0)" }) { first, _ in first }
            }
            reserved = []
            entries.append(FindingsSheetRenderer.Entries(findings: part.findings, changes: part.changes, here: here,
                                                         namesSourceSheets: true))
        }
        try FindingsSheetRenderer(layout: layout, language: language, rules: templates.rules)
            .draw(entries, on: try workbook.addWorksheet(named: layout.findingsSheet.name))
        try workbook.close()
    }
}
