import XLSXReader

/// Turns a workbook into a ``Form`` by labels, never by fixed cell addresses.
///
/// It computes formulas saved without their results (``XLSXReader/Sheet/evaluatingUncachedFormulas()``), picks
/// the sheet that shows the most of the form's labels (visible sheets first, so a hidden copy or
/// an instructions sheet in front does not win), reads the header lines, every field next to or below its
/// label, and the key-indicator and task tables below their header rows, and reads a 评分表 from another
/// sheet when there is one.
///
/// ```swift
/// let recognizer = try FormRecognizer()
/// let form = try recognizer.recognize(Workbook(contentsOf: url))
/// print(form.sheet, form.funds.actual?.text ?? "-")   // Sheet1 1472.46
/// ```
public struct FormRecognizer: Sendable {
    /// The templates it reads labels and structure from.
    public let templates: TemplateBundle
    /// Worked out once from the templates, not per workbook: every label normalised, the figure and
    /// indicator readers. Keep one recognizer for a batch of files.
    private let vocabulary: LabelVocabulary
    private let figures: FigureReader
    private let indicatorParser: IndicatorValueParser
    private let readingPlan: FormSheetReader.Plan

    /// A recognizer using `templates`.
    public init(templates: TemplateBundle) {
        self.templates = templates
        vocabulary = LabelVocabulary(template: templates.form,
                                     normalizer: LabelNormalizer(stripPatterns: templates.form.normalisation.stripPatterns))
        figures = FigureReader(template: templates.form)
        indicatorParser = IndicatorValueParser(grammar: templates.indicatorGrammar)
        readingPlan = FormSheetReader.Plan(template: templates.form)
    }

    /// A recognizer using the bundled templates.
    /// - Throws: ``TemplateBundle/LoadError`` if the bundled template files are missing or malformed.
    public init() throws(TemplateBundle.LoadError) {
        self.init(templates: try TemplateBundle.standard.get())
    }

    /// Reads the form of a workbook.
    /// - Throws: ``FormError`` when no sheet looks like the form.
    public func recognize(_ workbook: Workbook) throws(FormError) -> Form {
        // Formulas a script saved without results are computed first: the officer opening the file sees them.
        let scanned = workbook.sheets.filter { $0.kind == .worksheet && !$0.cells.isEmpty }
            .map { SheetLabels(sheet: $0.evaluatingUncachedFormulas(), vocabulary: vocabulary) }
        guard !scanned.isEmpty else { throw FormError(.noSheets) }

        // Visible sheets before hidden ones, then the most labels, then workbook order.
        let ranked = scanned.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.sheet.state == .visible ? 0 : 1, -lhs.element.formLabelCount, lhs.offset)
            let right = (rhs.element.sheet.state == .visible ? 0 : 1, -rhs.element.formLabelCount, rhs.offset)
            return left < right
        }.map(\.element)
        let needed = templates.form.minimumLabels
        guard let chosen = ranked.first(where: { $0.formLabelCount >= needed }) else {
            let closest = scanned.max { $0.formLabelCount < $1.formLabelCount }
            throw FormError(.notRecognised, closestSheet: closest?.sheet.name, labelsFound: closest?.formLabelCount ?? 0,
                            labelsNeeded: needed, labelsSought: soughtLabels())
        }
        var form = FormSheetReader(templates: templates, labels: chosen, figures: figures,
                                   indicatorParser: indicatorParser, plan: readingPlan).read()

        // The 评分表: another sheet first (visible first), the form's own sheet last.
        let scoreCandidates = ranked.filter { $0.sheet.name != chosen.sheet.name } + [chosen]
        for labels in scoreCandidates where labels.scoreLabelCount >= templates.form.scoreSheet.required.count + 1 {
            if ScoreSheetReader(template: templates.form, labels: labels, figures: figures).read(into: &form) { break }
        }
        return form
    }

    private func soughtLabels() -> [String] {
        let keys: [FieldKey] = [.department, .annualBudget, .actual, .completionRate, .overallGoal, .problems, .improvements]
        return keys.compactMap { templates.form.fields[$0.rawValue]?.labels.first }
    }
}
