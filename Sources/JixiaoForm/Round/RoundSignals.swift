import Foundation

/// Finds the round's signals for 抽查 (``RoundSignal``) across the forms of one round: texts copied between
/// units, forms whose indicators are all exactly at target, score totals above the cap the completion rate sets,
/// units whose figures are identical to another's. Never errors, and never about one unit's two files: forms
/// naming the same 部门名称 are one unit (a resubmission is for the round's duplicate check).
///
/// Linear in the forms: each text and each set of figures is hashed once, normalised, and grouped; no form is
/// compared with every other. What one form contributes is its ``RoundSignalMaterial``, taken where the form is
/// read, so a run over many files keeps no form to find its signals.
///
/// ```swift
/// let reports = files.map { FormValidator().validate(fileAt: $0) }
/// for signal in try RoundSignals.find(in: reports) {
///     print(signal.kind.rawValue, signal.message.text(in: .zh))
/// }
/// // identical-figures 2 个单位的年度预算数、年初预算数、实际支出数完全相同（甲单位、乙单位）：1505.02、1859.01、1472.46 万元
/// ```
public enum RoundSignals {
    /// The signals of a round, with the bundled templates: by kind (``RoundSignalKind/all``), then by the first
    /// member's path, field and evidence; the same whatever the order of `reports`.
    /// - Throws: ``TemplateLoadError`` when a bundled template cannot be read.
    public static func find(in reports: [FileReport]) throws(TemplateLoadError) -> [RoundSignal] {
        find(in: reports, templates: try TemplateBundle.standard.get(), catalog: try RoundSignalCatalog.standard.get())
    }

    /// The signals of a round, naming fields as `templates`' rules do, reading money units as its form does,
    /// and looking for what `catalog` says.
    public static func find(in reports: [FileReport], templates: TemplateBundle, catalog: RoundSignalCatalog) -> [RoundSignal] {
        find(in: reports.compactMap { RoundSignalMaterial(report: $0, templates: templates, catalog: catalog) },
             templates: templates, catalog: catalog)
    }

    /// The signals of a round from its forms' materials (in any order).
    public static func find(in materials: [RoundSignalMaterial], templates: TemplateBundle,
                            catalog: RoundSignalCatalog) -> [RoundSignal] {
        let words = Words(rules: templates.rules, catalog: catalog, template: templates.form)
        let signals = copiedTexts(materials, words) + materials.flatMap(\.own) + identicalFigures(materials, words)
        return signals.sorted {
            ($0.kind, $0.members.first.map(order) ?? "", $0.field, $0.evidence)
                < ($1.kind, $1.members.first.map(order) ?? "", $1.field, $1.evidence)
        }
    }

    /// The catalogues a message is made from.
    struct Words {
        let rules: RuleCatalog
        let catalog: RoundSignalCatalog
        /// The form's template: what money units a unit line names (``AmountUnit``).
        let template: FormTemplate

        func message(_ kind: RoundSignalKind, _ arguments: (MessageLanguage) -> [String: String]) -> RuleCatalog.Bilingual {
            let template = catalog.messages[kind.rawValue] ?? RuleCatalog.Bilingual(zh: kind.rawValue, en: kind.rawValue)
            return RuleCatalog.Bilingual(zh: MessageRenderer.fill(template.zh, with: arguments(.zh)),
                                         en: MessageRenderer.fill(template.en, with: arguments(.en)))
        }
        /// The distinct `names` in order, joined; past ``RoundSignalCatalog/unitsShownAtMost`` the list stops
        /// and ends with ``RoundSignalCatalog/moreUnits`` (the message's count says how many there are).
        func list(_ names: [String], in language: MessageLanguage) -> String {
            var seen = Set<TextBytes>()
            var shown: [String] = []
            for name in names where seen.insert(TextBytes(name)).inserted {
                guard shown.count < catalog.unitsShownAtMost else {
                    return shown.joined(separator: catalog.listSeparator.text(in: language)) + catalog.moreUnits.text(in: language)
                }
                shown.append(name)
            }
            return shown.joined(separator: catalog.listSeparator.text(in: language))
        }

        /// A copied text as a message quotes it: at most ``RoundSignalCatalog/textShownAtMost`` characters.
        func quoted(_ text: String) -> String {
            let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
            guard flat.count > catalog.textShownAtMost else { return flat }
            return String(flat.prefix(catalog.textShownAtMost)) + catalog.ellipsis
        }
    }

    private static func order(_ member: RoundSignal.Member) -> String { member.path + "\u{0}" + (member.sheet ?? "") }

    // MARK: copied-text

    /// The same 存在问题, 改进措施 or 扣分（偏差）原因 text, normalised, in two or more units.
    private static func copiedTexts(_ forms: [RoundSignalMaterial], _ words: Words) -> [RoundSignal] {
        struct Occurrence { let form: Int; let field: FieldKey; let text: String }
        var byText: [TextBytes: [Occurrence]] = [:]
        for (index, material) in forms.enumerated() {
            var seen = Set<TextBytes>()   // a text repeated within one form is one occurrence
            for text in material.texts {
                let key = TextBytes(text.key)
                guard seen.insert(key).inserted else { continue }
                byText[key, default: []].append(Occurrence(form: index, field: text.field, text: text.text))
            }
        }
        let keys = forms.map { order($0.member(nil)) }
        let units = forms.map { TextBytes($0.unit) }
        return byText.values.compactMap { occurrences -> RoundSignal? in
            let unitCount = Set(occurrences.map { units[$0.form] }).count
            guard unitCount >= 2 else { return nil }
            let ordered = occurrences.sorted { keys[$0.form] < keys[$1.form] }
            let first = ordered[0]
            // Each field once, before it is named (every member may have written it in the same field).
            var seenFields = Set<FieldKey>()
            let fields = ordered.map(\.field.pattern).filter { seenFields.insert($0).inserted }
            let names = ordered.map { forms[$0.form].name }
            let message = words.message(.copiedText) { language in
                ["count": "\(unitCount)",
                 "fieldName": words.list(fields.map { words.rules.fieldName($0, in: language) }, in: language),
                 "units": words.list(names, in: language),
                 "text": words.quoted(first.text)]
            }
            return RoundSignal(kind: .copiedText, members: ordered.map { forms[$0.form].member($0.field) },
                               field: first.field.pattern, evidence: first.text, message: message)
        }
    }

    // MARK: indicators-at-target

    /// A form whose quantified key indicators (target and result both a figure, in one unit), at least
    /// ``RoundSignalCatalog/minimumIndicators`` of them, all have the result exactly equal to the target.
    static func indicatorsAtTarget(_ form: Form, _ member: RoundSignal.Member, _ words: Words) -> RoundSignal? {
        let quantified = form.keyIndicators.filter(\.isComparable)
        guard quantified.count >= words.catalog.minimumIndicators,
              quantified.allSatisfy({ $0.targetValue?.value == $0.resultValue?.value }) else { return nil }
        let evidence = quantified.map { indicator in
            [indicator.name, indicator.target, indicator.result].compactMap { $0 }.joined(separator: " | ")
        }.joined(separator: "\n")
        let message = words.message(.indicatorsAtTarget) { _ in ["count": "\(quantified.count)"] }
        var member = member
        member.field = .keyIndicators
        return RoundSignal(kind: .indicatorsAtTarget, members: [member], field: .keyIndicators, evidence: evidence,
                           message: message)
    }

    // MARK: score-above-cap

    /// A form whose 评分表 total is above the cap its completion rate (worked out from its amounts, else as
    /// stated) sets in ``RoundSignalCatalog/scoreCaps``.
    static func scoreAboveCap(_ form: Form, _ member: RoundSignal.Member, _ words: Words) -> RoundSignal? {
        guard !words.catalog.scoreCaps.isEmpty else { return nil }
        let funds = form.funds
        guard let total = form.score?.total,
              let rate = DerivedFigures(funds).completionRate ?? funds.completionRate?.value,
              let cap = words.catalog.cap(forCompletionRate: rate), total.value > cap.totalAtMost else { return nil }
        let shownRate = ShownDecimal(rate, places: max(funds.completionRate?.places ?? 0, 3))
        let below = ShownDecimal(cap.completionRateBelow, places: DecimalMath.fractionDigits(cap.completionRateBelow))
        let capText = DecimalMath.text(cap.totalAtMost, places: DecimalMath.fractionDigits(cap.totalAtMost))
        let message = words.message(.scoreAboveCap) { _ in
            ["rate": shownRate.percentText, "below": below.percentText, "cap": capText, "total": total.text]
        }
        var member = member
        member.field = .scoreTotal
        return RoundSignal(kind: .scoreAboveCap, members: [member], field: .scoreTotal,
                           evidence: "\(total.text) > \(capText)", message: message)
    }

    // MARK: identical-figures

    /// The field an identical-figures signal is about: the 部门资金情况 block's amounts as a whole.
    private static let fundsField = FieldKey(rawValue: "funds")

    /// Two or more units giving the same 年度预算数, 年初预算数 and 实际支出数 (all stated, none zero), compared in
    /// 元 where the unit is known (``AmountUnit``), else only with forms in the same unit.
    private static func identicalFigures(_ forms: [RoundSignalMaterial], _ words: Words) -> [RoundSignal] {
        var byFigures: [String: [Int]] = [:]
        for (index, material) in forms.enumerated() {
            guard let figures = material.figures else { continue }
            byFigures[figures.key, default: []].append(index)
        }
        let keys = forms.map { order($0.member(nil)) }
        let unitOf = forms.map { TextBytes($0.unit) }
        return byFigures.values.compactMap { indices -> RoundSignal? in
            guard indices.count >= 2 else { return nil }
            let units = Set(indices.map { unitOf[$0] })
            guard units.count >= 2 else { return nil }
            let ordered = indices.sorted { keys[$0] < keys[$1] }
            let first = forms[ordered[0]]
            guard let figures = first.figures else { return nil }
            let shown = figures.shown
            let names = ordered.map { forms[$0].name }
            let message = words.message(.identicalFigures) { language in
                ["count": "\(units.count)", "units": words.list(names, in: language), "annual": shown[0],
                 "initial": shown[1], "actual": shown[2], "unit": figures.unit ?? ""]
            }
            return RoundSignal(kind: .identicalFigures, members: ordered.map { forms[$0].member(nil) }, field: fundsField,
                               evidence: shown.joined(separator: " / "), message: message)
        }
    }
}
