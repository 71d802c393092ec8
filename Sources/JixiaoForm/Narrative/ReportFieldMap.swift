/// Which table field each report statement states, by the grammar's `tableFields`: an amount by its label
/// (总收入 → `funds.actual`), a budget or a rate by its rate's subject (总收入 完成预算 1576.21 → `funds.annualBudget`),
/// a task's spending by the table's task names (`tasks[0].funds`), the report's total score and its level-1 and
/// level-2 scores by the 评分表's rows, matched by name (信息公开管理 is the 评分表's 信息公开), the grade.
/// Tasks and score rows need the form; the rest is known from the report alone.
///
/// ```swift
/// let entries = ReportFieldMap.entries(of: grammar)     // once, with the checker
/// let map = ReportFieldMap(found: found, entries: entries, nameTrims: grammar.nameTrims, form: form)
/// map.fields[0]   // funds.actual, for 总收入1538.82万元
/// ```
struct ReportFieldMap: Sendable {
    /// A `tableFields` entry with its words ready to match.
    struct Entry: Sendable {
        var key: FieldKey
        var figure: String
        var labels: WordList?
        var subjects: WordList?
        var byName: String?
    }

    /// Statement index → the table field it states.
    private(set) var fields: [Int: FieldKey] = [:]

    /// The grammar's `tableFields`, compiled.
    static func entries(of grammar: ReportGrammar) -> [Entry] {
        grammar.tableFields.map { field in
            Entry(key: FieldKey(rawValue: field.field), figure: field.figure, labels: field.labels.map(WordList.init),
                  subjects: field.subjects.map(WordList.init), byName: field.byName)
        }
    }

    init(found: StatementFinder.Found, entries: [Entry], nameTrims: [String], form: Form?) {
        var subjects: [Int: [Unicode.Scalar]] = [:]
        for case let .rate(subject, _, base, rate) in found.relations {
            subjects[base] = Array(subject.unicodeScalars)
            subjects[rate] = subjects[base]
        }
        let scoreRows = form.map { Self.scoreRowMatches(found.scores, sheet: $0.score, trims: nameTrims) } ?? [:]
        let total = StatementFinder.totalEntry(of: found.scores).flatMap { found.scores[$0].score }
        let tasks = form?.tasks.map { $0.name.map { Array(TextForm.compact($0).unicodeScalars) } ?? [] } ?? []
        for (index, statement) in found.statements.enumerated() {
            // Labels are made from compact text already.
            let label = Array(statement.label.unicodeScalars)
            for entry in entries {
                if let field = Self.field(entry, statement: statement, index: index, label: label,
                                          subject: subjects[index], tasks: tasks, scoreRows: scoreRows, total: total) {
                    fields[index] = field
                    break
                }
            }
        }
    }

    private static func field(_ entry: Entry, statement: ReportStatement, index: Int, label: [Unicode.Scalar],
                              subject: [Unicode.Scalar]?, tasks: [[Unicode.Scalar]], scoreRows: [Int: Int],
                              total: Int?) -> FieldKey? {
        let key = entry.key
        func ends(_ text: [Unicode.Scalar]?, _ words: WordList?) -> Bool {
            guard let text, let words else { return false }
            return words.suffix(of: text[...]) != nil
        }
        switch (entry.figure, statement.kind) {
        case ("amount", .amount):
            if entry.byName == "tasks" {
                guard statement.role == nil, let task = taskIndex(label, in: tasks) else { return nil }
                return .task(task, .funds)
            }
            // A budget a rate is taken of states the table's budget only through its subject (the "budget" entries).
            if statement.role == .budget && subject != nil { return nil }
            return ends(label, entry.labels) ? key : nil
        case ("budget", .amount):
            return statement.role == .budget && ends(subject, entry.subjects) ? key : nil
        case ("rate", .rate):
            guard statement.value != nil else { return nil }
            if let subject { return ends(subject, entry.subjects) ? key : nil }
            return ends(label, entry.labels) ? key : nil
        case ("score", .score):
            guard statement.role == nil else { return nil }
            switch entry.byName {
            case "scoreTotal": return index == total ? key : nil
            case "scoreRows": return scoreRows[index].map { .scoreRow($0) }
            default: return ends(label, entry.labels) ? key : nil
            }
        case ("grade", .grade):
            return key
        default:
            return nil
        }
    }

    /// The table's task a label names (the tasks' names compact): equal, or one ending with the other
    /// (实施职工素质提升工程).
    private static func taskIndex(_ label: [Unicode.Scalar], in tasks: [[Unicode.Scalar]]) -> Int? {
        guard label.count >= 2 else { return nil }
        return tasks.indices.first { index in
            let name = tasks[index]
            guard name.count >= 2 else { return false }
            return label.count >= name.count ? label.suffix(name.count).elementsEqual(name)
                                             : name.suffix(label.count).elementsEqual(label)
        }
    }

    /// Score statement → 评分表 row: the total's children against the level-1 rows, their children against
    /// the rows under the matched level-1 row, by name.
    private static func scoreRowMatches(_ scores: [ReportScore], sheet: ScoreSheet?, trims: [String]) -> [Int: Int] {
        guard let sheet, let total = StatementFinder.totalEntry(of: scores) else { return [:] }
        let derived = DerivedScores(sheet)
        var matches: [Int: Int] = [:]
        func match(_ entries: [Int], among rows: [Int]) {
            for entry in entries {
                let name = scores[entry].name
                guard let row = rows.first(where: { Self.sameName(name, sheet.rows[$0].level1 ?? sheet.rows[$0].level2 ?? "", trims: trims) })
                else { continue }
                if let score = scores[entry].score { matches[score] = row }
                match(scores.indices.filter { scores[$0].parent == entry }, among: derived.children(of: row))
            }
        }
        match(scores.indices.filter { scores[$0].parent == total }, among: derived.topLevelRows)
        return matches
    }

    /// Whether a report's indicator name and a 评分表 row's name are the same indicator: equal once compact and
    /// without a trailing word of `trims` (指标), or one the other's start (信息公开 and 信息公开管理).
    static func sameName(_ report: String, _ table: String, trims: [String]) -> Bool {
        func plain(_ text: String) -> String {
            let compact = TextForm.compact(text)
            guard let trim = trims.first(where: { compact.hasSuffix($0) && compact.count > $0.count }) else { return compact }
            return String(compact.dropLast(trim.count))
        }
        let left = plain(report), right = plain(table)
        guard left.count >= 2, right.count >= 2 else { return left == right && !left.isEmpty }
        return left == right || left.hasPrefix(right) || right.hasPrefix(left)
    }
}
