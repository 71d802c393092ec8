import XLSXReader

/// Turns a workbook into a ``Form`` by labels, never by fixed cell addresses.
///
/// It computes formulas saved without their results (``XLSXReader/Sheet/evaluatingUncachedFormulas()``), takes
/// every sheet that is the form (enough of its labels, and its title or its distinctive blocks: another budget
/// table is refused; visible sheets first, so a hidden copy does not count), reads the header lines, every field
/// next to or below its label, and the key-indicator and task tables below their header rows, and reads each
/// form's 评分表 from another sheet when there is one.
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
    private let classifier: SheetClassifier
    /// ``FormTemplate/Recognition/sheetNameWords`` in compact form, longest first.
    private let sheetNameWords: [String]

    /// A recognizer using `templates`.
    public init(templates: TemplateBundle) {
        self.templates = templates
        vocabulary = LabelVocabulary(template: templates.form,
                                     normalizer: LabelNormalizer(stripPatterns: templates.form.normalisation.stripPatterns))
        figures = FigureReader(template: templates.form)
        indicatorParser = IndicatorValueParser(grammar: templates.indicatorGrammar)
        readingPlan = FormSheetReader.Plan(template: templates.form)
        classifier = SheetClassifier(template: templates.form, vocabulary: vocabulary)
        sheetNameWords = templates.form.recognition.sheetNameWords.map(TextForm.compact).sorted { $0.count > $1.count }
    }

    /// A recognizer using the bundled templates.
    /// - Throws: ``TemplateLoadError`` if the bundled template files are missing or malformed.
    public init() throws(TemplateLoadError) {
        self.init(templates: try TemplateBundle.standard.get())
    }

    /// Reads the form of a workbook: its first form when it holds several (see ``recognizeAll(_:)``).
    /// - Throws: ``FormError`` when no sheet is the form.
    public func recognize(_ workbook: Workbook) throws(FormError) -> Form {
        try recognizeAll(workbook)[0]
    }

    /// Every form of a workbook, in workbook order: a 主管部门 returns its 下属单位' forms in one workbook, one
    /// sheet each. Each form carries its 评分表: with one form, the workbook's 评分表 (another sheet first, the
    /// form's own sheet last); with several, the 评分表 of the same unit (a sheet named after the form's sheet,
    /// `机关评分表` for `机关`, else one whose title names the form's 部门名称), or one on the form's own sheet.
    ///
    /// Every visible sheet that is the form is read (``SheetClassifier``: its title, its distinctive blocks;
    /// another budget table is not), but a blank template beside filled forms; a hidden one only when no visible
    /// sheet is.
    ///
    /// ```swift
    /// let forms = try FormRecognizer().recognizeAll(Workbook(contentsOf: url))
    /// forms.map(\.sheet)          // ["机关", "信息中心", "执法大队"]
    /// forms.map(\.score?.sheet)   // ["机关评分表", "信息中心评分表", nil]
    /// ```
    /// - Returns: at least one form.
    /// - Throws: ``FormError`` when no sheet is the form, saying what the closest sheet is where that can be told.
    public func recognizeAll(_ workbook: Workbook) throws(FormError) -> [Form] {
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
        let candidates = ranked.filter { $0.formLabelCount >= needed }
        // Every visible sheet that is the form; a hidden one (an old copy, a blank template) only when none is.
        var chosen = candidates.filter { $0.sheet.state == .visible && classifier.classify($0).isForm }
        if chosen.isEmpty, let hidden = candidates.first(where: { $0.sheet.state != .visible && classifier.classify($0).isForm }) {
            chosen = [hidden]
        }
        guard !chosen.isEmpty else { throw refusal(scanned) }
        if chosen.count > 1 {
            let order = Dictionary(uniqueKeysWithValues: scanned.enumerated().map { (ObjectIdentifier($1), $0) })
            chosen.sort { order[ObjectIdentifier($0), default: 0] < order[ObjectIdentifier($1), default: 0] }
        }
        var forms = chosen.map { labels in
            FormSheetReader(templates: templates, labels: labels, figures: figures, indicatorParser: indicatorParser,
                            plan: readingPlan).read()
        }
        // A copy of the empty template among the units' filled sheets holds no unit's form.
        if forms.count > 1, forms.contains(where: { !Self.isBlank($0) }) {
            let filled = forms.indices.filter { !Self.isBlank(forms[$0]) }
            forms = filled.map { forms[$0] }
            chosen = filled.map { chosen[$0] }
        }
        attachScoreSheets(to: &forms, formSheets: chosen, ranked: ranked)
        return forms
    }

    /// Whether a form read from a sheet holds nothing a unit filled in: no department, figure, text or table row
    /// (its header lines aside).
    private static func isBlank(_ form: Form) -> Bool {
        FormField.all.allSatisfy { $0.isHeader || !$0.isFilled(in: form) }
    }

    /// Reads each form's 评分表 into it.
    private func attachScoreSheets(to forms: inout [Form], formSheets: [SheetLabels], ranked: [SheetLabels]) {
        let minimum = templates.form.scoreSheet.required.count + 1
        func read(_ labels: SheetLabels, into form: inout Form) -> Bool {
            ScoreSheetReader(template: templates.form, labels: labels, figures: figures).read(into: &form)
        }
        guard forms.count > 1 else {
            // The 评分表: another sheet first (visible first), the form's own sheet last.
            let only = formSheets[0]
            for labels in ranked.filter({ $0 !== only }) + [only] where labels.scoreLabelCount >= minimum {
                if read(labels, into: &forms[0]) { break }
            }
            return
        }
        // Several units: each 评分表 joins the unit it names, by sheet name first, then by the department in its
        // title; first come (visible first) first served.
        let isFormSheet = Set(formSheets.map(ObjectIdentifier.init))
        var scoreSheets = ranked.filter { $0.scoreLabelCount >= minimum && !isFormSheet.contains(ObjectIdentifier($0)) }
        for byName in [true, false] {
            scoreSheets.removeAll { labels in
                let match = byName ? unitByName(of: labels, formSheets: formSheets) : unitByDepartment(of: labels, forms: forms)
                guard let index = match, forms[index].score == nil else { return false }
                return read(labels, into: &forms[index])
            }
        }
        // A score grid on the form's own sheet (MOF and Sichuan grids) belongs to that form.
        for index in forms.indices where forms[index].score == nil && formSheets[index].scoreLabelCount >= minimum {
            _ = read(formSheets[index], into: &forms[index])
        }
    }

    /// The form whose sheet has the 评分表's sheet name once the words naming the kind of sheet are dropped
    /// (`机关评分表` → `机关`).
    private func unitByName(of score: SheetLabels, formSheets: [SheetLabels]) -> Int? {
        let name = unitName(score.sheet.name)
        guard !name.isEmpty else { return nil }
        return formSheets.firstIndex { unitName($0.sheet.name) == name }
    }

    /// The form whose 部门名称 the 评分表's title (or a line above its header) names, the longest such name winning
    /// (`某局执法大队` before `某局`).
    private func unitByDepartment(of score: SheetLabels, forms: [Form]) -> Int? {
        guard let header = ScoreSheetReader(template: templates.form, labels: score, figures: figures).locateHeader()
        else { return nil }
        let texts = score.anchors.prefix { $0.reference.row < header.row }.filter(\.cell.value.isText)
            .map { TextForm.compact($0.cleanedText) }
        var best: (index: Int, length: Int)?
        for (index, form) in forms.enumerated() {
            guard let department = form.department.map(TextForm.compact), !department.isEmpty,
                  department.count > best?.length ?? 0, texts.contains(where: { $0.contains(department) }) else { continue }
            best = (index, department.count)
        }
        return best?.index
    }

    /// A sheet's name without the words that name the kind of sheet (form.json `recognition.sheetNameWords`).
    private func unitName(_ sheetName: String) -> String {
        var name = TextForm.compact(sheetName)
        for word in sheetNameWords { name = name.replacingOccurrences(of: word, with: "") }
        return name
    }

    /// Why no sheet is the form, told of the sheet showing most of its labels.
    private func refusal(_ scanned: [SheetLabels]) -> FormError {
        let needed = templates.form.minimumLabels
        let recognition = templates.form.recognition
        let closest = scanned.max { $0.formLabelCount < $1.formLabelCount }
        var error = FormError(.notRecognised, closestSheet: closest?.sheet.name, labelsFound: closest?.formLabelCount ?? 0,
                              labelsNeeded: needed, labelsSought: soughtLabels(), blocksNeeded: recognition.minimumBlocks,
                              blocksSought: recognition.blocks.map(\.name))
        if let closest {
            let verdict = classifier.classify(closest)
            if closest.formLabelCount >= needed { error.blocksFound = verdict.blocksFound }
            error.otherTable = verdict.otherTable.map { FormError.OtherTable(name: $0.name, english: $0.english) }
        }
        return error
    }

    private func soughtLabels() -> [String] {
        let keys: [FieldKey] = [.department, .annualBudget, .actual, .completionRate, .overallGoal, .problems, .improvements]
        return keys.compactMap { templates.form.fields[$0.rawValue]?.labels.first }
    }
}
