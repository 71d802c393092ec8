import Foundation

/// What the round's signals need from one form, taken where the form is read: the texts a copy is looked for
/// in, the key its figures are grouped by, and the signals that concern the form alone (indicators all at target,
/// a score above its cap), already found. Small and plain, so a worker process can send it and the run that
/// gathers the round keeps no form (``RoundSignals/find(in:templates:catalog:)`` groups materials).
///
/// ```swift
/// let material = RoundSignalMaterial(report: report, templates: templates, catalog: catalog)
/// material?.texts.map(\.field)     // [problems, improvements]
/// material?.own.map(\.kind)        // [indicators-at-target]
/// ```
public struct RoundSignalMaterial: Sendable, Hashable {
    /// A text the unit wrote in its own words, with the key copies are found by (``RoundSignalCatalog/copyKey(of:)``).
    public struct Text: Sendable, Hashable {
        public var field: FieldKey
        public var text: String
        public var key: String

        public init(field: FieldKey, text: String, key: String) {
            self.field = field
            self.text = text
            self.key = key
        }
    }

    /// The 年度预算数, 年初预算数 and 实际支出数 of a form, keyed so that the same figures in another unit (in 元
    /// where the unit is known) give the same key, and as the form shows them.
    public struct Figures: Sendable, Hashable {
        public var key: String
        public var shown: [String]
        public var unit: String?

        public init(key: String, shown: [String], unit: String?) {
            self.key = key
            self.shown = shown
            self.unit = unit
        }
    }

    public var path: String
    public var sheet: String?
    public var department: String?
    /// The texts that may be copies (generic ones such as 无 are left out).
    public var texts: [Text]
    /// The figures, when all three are stated and none is zero.
    public var figures: Figures?
    /// The signals about this form alone.
    public var own: [RoundSignal]

    public init(path: String, sheet: String?, department: String?, texts: [Text], figures: Figures?, own: [RoundSignal]) {
        self.path = path
        self.sheet = sheet
        self.department = department
        self.texts = texts
        self.figures = figures
        self.own = own
    }

    /// The material of a report's form; nil for a report without one.
    public init?(report: FileReport, templates: TemplateBundle, catalog: RoundSignalCatalog) {
        guard let form = report.form else { return nil }
        let words = RoundSignals.Words(rules: templates.rules, catalog: catalog, template: templates.form)
        path = report.path
        sheet = report.sheet
        department = form.department
        texts = RoundSignalMaterial.texts(of: form).compactMap { field, text in
            catalog.copyKey(of: text).map { Text(field: field, text: text, key: $0) }
        }
        figures = RoundSignalMaterial.figures(of: form, template: templates.form)
        own = []
        let member = RoundSignal.Member(path: path, sheet: sheet, department: department)
        own += [RoundSignals.indicatorsAtTarget(form, member, words), RoundSignals.scoreAboveCap(form, member, words)]
            .compactMap { $0 }
    }

    /// The unit the form stands for: its 部门名称 compacted, else the file and sheet (a form naming no unit is
    /// its own).
    var unit: String {
        if let department = department.map(TextForm.compact), !department.isEmpty { return "department:" + department }
        return "file:" + path + "\u{0}" + (sheet ?? "")
    }

    /// What a message calls the unit: its 部门名称, else its file's name (and sheet).
    var name: String {
        if let department, !department.isEmpty { return department }
        let file = URL(fileURLWithPath: path).lastPathComponent
        return sheet.map { "\(file)!\($0)" } ?? file
    }

    func member(_ field: FieldKey?) -> RoundSignal.Member {
        RoundSignal.Member(path: path, sheet: sheet, department: department, field: field)
    }

    /// The texts a unit writes in its own words: 存在问题, 改进措施 and each 评分表 row's 扣分（偏差）原因.
    private static func texts(of form: Form) -> [(FieldKey, String)] {
        var texts: [(FieldKey, String)] = []
        if let problems = form.problems { texts.append((.problems, problems)) }
        if let improvements = form.improvements { texts.append((.improvements, improvements)) }
        for (index, row) in (form.score?.rows ?? []).enumerated() {
            if let reason = row.reason { texts.append((.scoreRow(index, .reason), reason)) }
        }
        return texts
    }

    /// The three figures keyed in 元 where the unit is known (``AmountUnit``), else with the unit's text, so that
    /// forms in unknown units are compared only with forms in the same one.
    private static func figures(of form: Form, template: FormTemplate) -> Figures? {
        let funds = form.funds
        let stated = [funds.annualBudget, funds.initialBudget, funds.actual].compactMap { $0 }
        guard stated.count == 3, !stated.contains(where: \.value.isZero) else { return nil }
        let key: String
        if let amountUnit = form.unit.flatMap({ AmountUnit(text: $0, template: template) }) {
            key = stated.map { canonical(AmountUnit.yuan.converting(ShownDecimal($0.value, places: DecimalMath.fractionDigits($0.value)),
                                                                     from: amountUnit).value) }
                .joined(separator: "|")
        } else {
            key = "unit:" + (form.unit.map(TextForm.compact) ?? "") + "|" + stated.map { canonical($0.value) }.joined(separator: "|")
        }
        return Figures(key: key, shown: stated.map(\.text), unit: form.unit)
    }

    /// A figure's shortest exact text, so that 1505.020 and 1505.02 make one key.
    private static func canonical(_ value: Decimal) -> String {
        DecimalMath.text(value, places: DecimalMath.fractionDigits(value))
    }
}
