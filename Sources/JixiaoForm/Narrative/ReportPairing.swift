import Foundation

/// Pairs a 绩效自评报告 with the table of its unit among a run's forms: by the unit its title names (or a
/// 单位名称 line) against each form's 部门名称, normalised as the round matches names (``UnitName``: widths,
/// brackets, 广州市 and a district one name leaves out, a bracketed alias), or by a short name such as 区总工会
/// that ends one form's name only; failing that, by the two files' names (`番禺区总工会-自评表.xlsx` with
/// `番禺区总工会-自评报告.docx`); or as the user says (`--pair TABLE=REPORT`, which wins). A name two forms fit
/// pairs with neither. The words are data (`report-grammar.json`'s `pairing`).
///
/// ```swift
/// let pairing = ReportPairing(tables: [.init(path: "番禺/番禺区总工会-自评表.xlsx", sheet: nil, department: "广州市番禺区总工会")],
///                             grammar: grammar, vocabulary: vocabulary)
/// let unit = pairing.unit(of: document)                                   // "番禺区总工会"
/// pairing.pair(report: "番禺/番禺区总工会-自评报告.docx", unit: unit)     // Pair(table: 0, how: .unit)
/// ```
public struct ReportPairing: Sendable {
    /// A form of the run, as the pairing sees it.
    public struct Table: Sendable, Hashable {
        public var path: String
        /// The form's sheet where its workbook holds several.
        public var sheet: String?
        public var department: String?

        public init(path: String, sheet: String?, department: String?) {
            self.path = path
            self.sheet = sheet
            self.department = department
        }
    }

    /// How a report found its table.
    public enum How: String, Sendable, Hashable {
        /// `--pair TABLE=REPORT`.
        case explicit
        /// The unit the report names is the form's 部门名称.
        case unit
        /// The files' names, without their kind words, are the same.
        case fileName = "file-name"
    }

    public struct Pair: Sendable, Hashable {
        /// The index in ``tables``.
        public var table: Int
        public var how: How
    }

    public let tables: [Table]
    private let words: ReportGrammar.Pairing
    private let rules: UnitName.Rules
    private let names: [UnitName?]
    private let stems: [String]
    /// The grammar's year marks (年度, 年), longest first: a year in a file's name goes with its mark.
    private let yearMarks: [String]

    public init(tables: [Table], grammar: ReportGrammar, vocabulary: ReferenceVocabulary) {
        self.tables = tables
        words = grammar.pairing
        let rules = UnitName.Rules(vocabulary)
        self.rules = rules
        names = tables.map { table in table.department.flatMap(TextCleaner.clean).map { UnitName($0, rules: rules) } }
        yearMarks = grammar.yearMarks.sorted { $0.count > $1.count }
        stems = tables.map { [yearMarks] in ReportPairing.stem(of: $0.path, words: grammar.pairing, yearMarks: yearMarks) }
    }

    /// Whether a document found among the forms is a 绩效自评报告: one of its first paragraphs holds a title word
    /// (自评报告, 报告). A 说明 or a scanned 签章页 is not.
    public func isReport(_ document: NarrativeDocument) -> Bool {
        document.paragraphs.prefix(words.titleParagraphs).contains { paragraph in
            let text = TextForm.compact(paragraph.text)
            return words.titleWords.contains(where: text.contains)
        }
    }

    /// The unit a report names: in its title (one of its first paragraphs holding a title word, cut before the
    /// year or the first cut word: `番禺区总工会2021年度部门整体支出绩效自评报告` → 番禺区总工会), else on a line such as
    /// `单位名称：番禺区总工会`; nil when it names none.
    public func unit(of document: NarrativeDocument) -> String? {
        let opening = document.paragraphs.prefix(words.titleParagraphs).map { TextForm.compact($0.text) }
        for text in opening where words.titleWords.contains(where: text.contains) {
            if let unit = unit(inTitle: text) { return unit }
        }
        for text in document.paragraphs.prefix(words.titleParagraphs * 3).map({ TextForm.compact($0.text) }) {
            for label in words.unitLabels where text.hasPrefix(label) {
                let rest = text.dropFirst(label.count).drop { ":：".contains($0) }
                let unit = String(rest.prefix { !"，,。;；".contains($0) })
                if unit.count >= words.shortestName { return unit }
            }
        }
        return nil
    }

    /// The unit before the year or the first cut word of a title.
    private func unit(inTitle title: String) -> String? {
        var text = Substring(title)
        for start in words.titleStarts where text.hasPrefix(start) { text = text.dropFirst(start.count) }
        var end = text.endIndex
        // A year: four digits from 19xx or 20xx.
        var index = text.startIndex
        while index < text.endIndex {
            let digits = text[index...].prefix(4)
            if digits.count == 4, digits.allSatisfy(\.isASCIIDigit), digits.hasPrefix("19") || digits.hasPrefix("20") {
                end = index
                break
            }
            index = text.index(after: index)
        }
        for cut in words.titleCuts {
            if let range = text[..<end].range(of: cut) { end = range.lowerBound }
        }
        let unit = String(text[..<end]).trimmingCharacters(in: CharacterSet(charactersIn: "“”\"《》<>()（）-—_ "))
        return unit.count >= words.shortestName ? unit : nil
    }

    /// The report's table: the one `explicit` names for it (table path by report path), else the one form its
    /// unit fits, else the one form whose file's name is the report's; nil when none, or several, fit.
    public func pair(report path: String, unit: String?, explicit: [String: String] = [:]) -> Pair? {
        if let table = explicit[ReportPairing.key(path)], let index = tables.firstIndex(where: { ReportPairing.key($0.path) == ReportPairing.key(table) }) {
            return Pair(table: index, how: .explicit)
        }
        if let unit, let index = byUnit(unit) { return Pair(table: index, how: .unit) }
        let stem = ReportPairing.stem(of: path, words: words, yearMarks: yearMarks)
        guard stem.count >= words.shortestName else { return nil }
        let fits = stems.indices.filter { stems[$0] == stem }
        return fits.count == 1 ? Pair(table: fits[0], how: .fileName) : nil
    }

    /// The one form whose 部门名称 is the unit (as names are matched in a round), or whose name ends with it
    /// (a short name: 区总工会, 总工会).
    private func byUnit(_ unit: String) -> Int? {
        let name = UnitName(unit, rules: rules)
        let same = names.indices.filter { index in
            guard let other = names[index] else { return false }
            return other.exact == name.exact || other.sharesPart(with: name)
        }
        if same.count == 1 { return same[0] }
        guard same.isEmpty else { return nil }
        let short = name.exact
        let ending = names.indices.filter { index in
            guard let other = names[index] else { return false }
            return other.parts.contains { $0.local.hasSuffix(short) } || other.exact.hasSuffix(short)
        }
        return ending.count == 1 ? ending[0] : nil
    }

    /// A file's name without its folder, extension, kind words, years and separators.
    static func stem(of path: String, words: ReportGrammar.Pairing, yearMarks: [String]) -> String {
        var name = TextForm.compact(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
        // A year (19xx, 20xx) goes, with its mark: 黄埔区总工会2021年 and 黄埔区总工会2021年度 are one stem; other
        // numbers stay (单位0001 is not 单位0002).
        var kept = ""
        var index = name.startIndex
        while index < name.endIndex {
            guard name[index].isASCIIDigit else {
                kept.append(name[index])
                index = name.index(after: index)
                continue
            }
            var end = index
            while end < name.endIndex, name[end].isASCIIDigit { end = name.index(after: end) }
            let digits = name[index..<end]
            guard digits.count == 4, digits.hasPrefix("19") || digits.hasPrefix("20") else {
                kept += digits
                index = end
                continue
            }
            index = end
            if let mark = yearMarks.first(where: { name[index...].hasPrefix($0) }) {
                index = name.index(index, offsetBy: mark.count)
            }
        }
        name = kept
        for word in words.fileWords.sorted(by: { $0.count > $1.count }) { name = name.replacingOccurrences(of: word, with: "") }
        name = String(name.filter { !"-_—–.·()（）[]【】 ".contains($0) })
        return UnitName.normalise(name)
    }

    /// A path as `--pair` names it and as the run lists it, compared alike (`./a.xlsx` is `a.xlsx`).
    package static func key(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
