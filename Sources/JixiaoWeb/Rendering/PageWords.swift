import JixiaoForm

/// Everything a page says, in one language: the web's own words (``WebWords``) and the command line's
/// vocabulary where it already has the word (status and severity labels, column headers and the chart's
/// texts from `summary-layout.json`, rule and field names from `rules.json`, the 收表情况 words from
/// `reference.json`), so the page and the summary workbook say the same.
///
/// The server makes one per language at start (``standard(_:)`` fails only on a broken build) and picks one
/// per request.
///
/// ```swift
/// let words = try PageWords.standard(.zh)
/// words[.upload]                          // "上传并核对"
/// words(.chosenFiles, ["count": "3"])     // "已选 3 个文件"
/// words.fileStatus("warningsOnly")        // "仅有警告"
/// words.ruleName("adjustment-amount")     // "年度调整额"
/// ```
struct PageWords: Sendable {
    let language: MessageLanguage
    let web: WebWords
    let layout: SummaryLayout
    let rules: RuleCatalog
    let reference: ReferenceVocabulary

    /// The bundled words in `language`.
    /// - Throws: ``TemplateLoadError`` when a bundled words file is missing or broken.
    static func standard(_ language: MessageLanguage) throws(TemplateLoadError) -> PageWords {
        PageWords(language: language, web: try WebWords.standard.get(), layout: try SummaryLayout.standard.get(),
                  rules: try TemplateBundle.standard.get().rules, reference: try ReferenceVocabulary.standard.get())
    }

    /// A web word.
    subscript(_ word: WebWord) -> String { web.text(word, in: language) }

    /// A web word with its `{name}`s filled.
    func callAsFunction(_ word: WebWord, _ values: [String: String]) -> String { web.text(word, in: language, values) }

    /// A text of the summary layout by name (`chartTitle`, `bandUncomputable` …), its `{name}`s filled.
    func layoutText(_ name: String, _ values: [String: String] = [:]) -> String {
        layout.text(name, in: language, values)
    }

    /// The label of a file's status as the 汇总 gives it: `ok` 通过, `findings` 有问题, `warningsOnly` 仅有警告,
    /// `unreadable` 无法读取; the raw value for one the layout does not name.
    func fileStatus(_ status: String) -> String { layout.statuses[status]?.text(in: language) ?? status }

    /// The label of a severity (`error` 错误, `warning` 警告, `info` 提示).
    func severity(_ severity: String) -> String { layout.severities[severity]?.text(in: language) ?? severity }

    /// What the 收表情况 calls a unit's status (`passed` 已交 · 通过 …); the raw value for an unknown one.
    func roundStatus(_ status: String) -> String {
        RoundUnitStatus(rawValue: status).map { reference.words(for: $0, in: language) } ?? status
    }

    /// What a person calls a rule.
    func ruleName(_ rule: String) -> String { rules.name(of: RuleID(rawValue: rule), in: language) }

    /// What a person calls a field (`funds.actual` 实际支出数).
    func fieldName(_ field: String) -> String { rules.fieldName(FieldKey(rawValue: field), in: language) }

    /// The header of a 汇总 column by key, `{unit}` filled; the key itself for one the layout lacks.
    func summaryHeader(_ key: String, unit: String = "") -> String {
        layout.summaryColumns.first { $0.key == key }?.header(in: language, unit: unit) ?? key
    }

    /// The header of a 收表情况 column by key.
    func roundHeader(_ key: String) -> String {
        layout.roundColumns.first { $0.key == key }?.header(in: language, unit: "") ?? key
    }

    /// The header of a 问题清单 column by key.
    func findingHeader(_ key: String) -> String {
        layout.findingColumns.first { $0.key == key }?.header(in: language, unit: "") ?? key
    }
}
