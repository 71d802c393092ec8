/// Finds the figures a 绩效自评报告 states and the relations it states between them (issue 18), by the report
/// grammar: each sentence's figures (``FigureScanner``), named by the words before them back to the clause's
/// start (年度, 完成, 为 … dropped; a generic 本年度支出 takes its item's name, 一是基层组织建设。), then
///
/// - a rate after a budget figure (完成预算 Y 万元的 Z%) is the rate of the amount the sentence states before it;
///   a 预算执行率 is the rate of the sentence's amount and budget;
/// - amounts after 其中 are the parts of the sentence's subject amount (its first amount, not the budget just
///   before them), or of the previous sentence's when 其中 opens the sentence;
/// - numbered items after 具体情况如下 are the parts of the amount stated just before it;
/// - 分值 and 自评分 make scored indicators, nested by the report's outline: an item's first indicator holds the
///   rest the item names (1、管理效能… 资金管理…), items sit under the indicator stated before them.
///
/// ```swift
/// let finder = StatementFinder(grammar: try ReportGrammar.standard.get(), gradeNames: ["优", "良", "中", "差"])
/// let found = finder.find(in: document)
/// found.statements.count; found.relations.count; found.scores.count
/// ```
struct StatementFinder: Sendable {
    /// What the finder found.
    struct Found: Sendable {
        var statements: [ReportStatement] = []
        var relations: [StatementRelation] = []
        var scores: [ReportScore] = []
    }

    private let joiner: SentenceJoiner
    private let scanner: FigureScanner
    private let clauseBreaks: ScalarSet
    private let itemNameEnds: ScalarSet
    private let itemNameAtMost: Int
    private let trailingFillers: WordList
    private let leadingWords: WordList
    private let yearMarks: WordList
    private let partMarkers: WordList
    private let budgetLabels: WordList
    private let rateLinks: WordList
    private let rateLabels: WordList
    private let listIntroductions: WordList
    private let genericLabels: WordList
    private let outline: OutlineReader
    private let weightWords: WordList
    private let scoreWords: WordList
    private let nameTrims: WordList
    private let gradeWords: WordList

    init(grammar: ReportGrammar, gradeNames: [String]) {
        joiner = SentenceJoiner(grammar: grammar)
        scanner = FigureScanner(grammar: grammar, gradeNames: gradeNames)
        clauseBreaks = ScalarSet(grammar.clauseBreaks)
        itemNameEnds = ScalarSet(grammar.itemNameEnds)
        itemNameAtMost = grammar.itemNameAtMost
        trailingFillers = WordList(grammar.trailingFillers)
        leadingWords = WordList(grammar.leadingWords)
        yearMarks = WordList(grammar.yearMarks)
        partMarkers = WordList(grammar.partMarkers)
        budgetLabels = WordList(grammar.budgetLabels)
        rateLinks = WordList(grammar.rateLinks)
        rateLabels = WordList(grammar.rateLabels)
        listIntroductions = WordList(grammar.listIntroductions)
        genericLabels = WordList(grammar.genericLabels)
        outline = OutlineReader(grammar: grammar)
        weightWords = WordList(grammar.weightWords)
        scoreWords = WordList(grammar.scoreWords)
        nameTrims = WordList(grammar.nameTrims)
        gradeWords = WordList(grammar.gradeWords)
    }

    /// A figure of the sentence being read, named and classified.
    private struct Named {
        var figure: ReportFigure
        /// The words before it back to the clause's start, as written (compact).
        var region: ArraySlice<Unicode.Scalar>
        var label: [Unicode.Scalar]
        var role: StatementRole?
        /// For a score: whether the words before it make it a 分值, a 自评分, or neither (a bare "15 分").
        var scoreWord: ScoreWord?
        var isPart = false
        var statement = 0
    }

    /// What the words before a score say it is.
    private enum ScoreWord { case weight, score, bare }

    /// A numbered list under a stated total, being read.
    private struct OpenList {
        var total: Int
        var style: String?
        var ordinal = 0
        var items: [Int?] = []
    }

    func find(in document: NarrativeDocument) -> Found {
        var found = Found()
        let sentences = joiner.sentences(of: document)
        var contextName: [Unicode.Scalar]?
        var blockMarker: OutlineMarker?
        var previousSubject: Int?           // the previous sentence's first amount (not a budget)
        var previousLastAmount: Int?        // the previous sentence's last amount (not a budget)
        var list: OpenList?
        var entryBlock: [Int: Int] = [:]    // score entry → block
        var chapterStart = 0                // the first score entry of the current chapter

        func closeList() {
            if let open = list, open.items.count >= 2 {
                let parts = open.items.compactMap { $0 }
                if parts.count == open.items.count { found.relations.append(.sum(total: open.total, parts: parts)) }
            }
            list = nil
        }

        for sentence in sentences {
            let text = sentence.compact
            if sentence.opensBlock {
                blockMarker = sentence.marker
                if sentence.isHeading {
                    closeList()
                    contextName = clean(text[...], stripMarker: true)
                    if (sentence.marker?.level ?? 0) == 1 { chapterStart = found.scores.count }
                } else if sentence.marker != nil {
                    contextName = nil
                }
                // A numbered list goes on while the blocks are its next items.
                if var open = list, !sentence.isHeading {
                    if let marker = sentence.marker, open.style == nil ? marker.ordinal == 1 : (marker.style == open.style && marker.ordinal == open.ordinal + 1) {
                        open.style = marker.style
                        open.ordinal = marker.ordinal
                        open.items.append(nil)
                        list = open
                    } else {
                        closeList()
                    }
                }
            }

            var named = name(scanner.figures(in: text), in: text, opensBlock: sentence.opensBlock)
            if named.isEmpty {
                // 一是基层组织建设。: the item's name, for the generic labels that follow.
                if sentence.opensBlock, sentence.marker != nil, !sentence.isHeading, text.count <= itemNameAtMost {
                    var name = clean(text[...], stripMarker: true)
                    while let last = name.last, itemNameEnds.contains(last) { name.removeLast() }
                    contextName = name
                }
                if listIntroductions.firstIndex(in: text) != nil, let total = previousLastAmount {
                    closeList()
                    list = OpenList(total: total)
                }
                previousSubject = nil
                previousLastAmount = nil
                continue
            }

            // Rates: after a budget figure, or named 预算执行率.
            var rateSubjects: [Int: Int] = [:]     // rate → its amount
            var rateBases: [Int: Int] = [:]
            for index in named.indices where named[index].figure.kind == .rate {
                if index > 0, named[index - 1].role == .budget, rateLinks.contains(named[index].label) || named[index].label.isEmpty {
                    if let amount = named[..<(index - 1)].lastIndex(where: { $0.figure.kind == .amount && $0.role == nil }) {
                        rateSubjects[index] = amount
                        rateBases[index] = index - 1
                    }
                } else if rateLabels.suffix(of: named[index].label[...]) != nil,
                          let base = named[..<index].lastIndex(where: { $0.figure.kind == .amount && $0.role == .budget }),
                          let amount = named[..<index].lastIndex(where: { $0.figure.kind == .amount && $0.role == nil }) {
                    rateSubjects[index] = amount
                    rateBases[index] = base
                }
            }
            // Generic labels take the item's name.
            for index in named.indices where named[index].figure.kind == .amount && named[index].role == nil {
                if let contextName, named[index].label.isEmpty || genericLabels.contains(named[index].label) {
                    named[index].label = contextName
                }
            }
            for (rate, amount) in rateSubjects { named[rate].label = named[amount].label }

            // Scores: 分值 opens an indicator; its 自评分 follows in the same sentence or block.
            let scoreIndexes = named.indices.filter { named[$0].figure.kind == .score }
            for (position, index) in scoreIndexes.enumerated() {
                switch named[index].scoreWord {
                case .weight: named[index].role = .weight
                case .bare: named[index].role = scoreIndexes[(position + 1)...].contains { named[$0].scoreWord == .score } ? .weight : nil
                default: break
                }
            }

            // The statements.
            let first = found.statements.count
            for index in named.indices {
                let item = named[index]
                let figure = item.figure
                let kind: StatementKind = switch figure.kind {
                case .amount: .amount
                case .rate: .rate
                case .score: .score
                case .grade: .grade
                }
                named[index].statement = first + index
                found.statements.append(ReportStatement(
                    kind: kind, value: figure.value, unit: figure.unit, label: Self.string(item.label),
                    text: figure.grade, role: figure.kind == .score ? (item.role == .weight ? .weight : nil) : item.role,
                    quote: sentence.text, paragraph: sentence.paragraph, page: sentence.page))
            }
            for (rate, amount) in rateSubjects.sorted(by: { $0.key < $1.key }) where named[rate].figure.value != nil {
                found.relations.append(.rate(subject: Self.string(named[amount].label), amount: named[amount].statement,
                                             base: named[rateBases[rate]!].statement, rate: named[rate].statement))
            }

            // 其中: the parts of the sentence's subject, or of the previous sentence's.
            let amounts = named.indices.filter { named[$0].figure.kind == .amount && named[$0].role == nil }
            if let opening = amounts.first(where: { named[$0].isPart }) {
                let whole = amounts.first { $0 < opening }.map { named[$0].statement } ?? previousSubject
                let parts = amounts.filter { $0 >= opening }.map { named[$0].statement }
                if let whole {
                    found.relations.append(parts.count == 1 ? .part(whole: whole, part: parts[0]) : .sum(total: whole, parts: parts))
                }
            }
            // An item of an open list: its first amount.
            if var open = list, open.items.last == .some(nil), let subject = amounts.first {
                open.items[open.items.count - 1] = named[subject].statement
                list = open
            }
            // 具体情况如下: a list of the parts of the amount just before.
            if let position = listIntroductions.firstIndex(in: text) {
                let before = amounts.last { named[$0].figure.start < position }.map { named[$0].statement }
                if let total = before ?? previousLastAmount {
                    closeList()
                    list = OpenList(total: total)
                }
            }
            if !amounts.isEmpty {
                previousSubject = named[amounts[0]].statement
                previousLastAmount = named[amounts[amounts.count - 1]].statement
            } else {
                previousSubject = nil
                previousLastAmount = nil
            }

            // Scored indicators.
            var firstInBlock = !found.scores.indices.contains { entryBlock[$0] == sentence.block }
            for index in scoreIndexes {
                let item = named[index]
                let name = scoreName(item.region, stripMarker: sentence.opensBlock && item.region.startIndex == 0)
                let open = found.scores.indices.last.flatMap { last -> Int? in
                    entryBlock[last] == sentence.block && found.scores[last].score == nil ? last : nil
                }
                if item.role == .weight || open == nil || (!name.isEmpty && Self.string(name) != found.scores[open!].name) {
                    guard item.role == .weight || !name.isEmpty else { continue }
                    let depth = outlineDepth(marker: blockMarker, headingLevel: sentence.headingLevel, firstInBlock: firstInBlock)
                    firstInBlock = false
                    let parent = found.scores[chapterStart...].indices.last { found.scores[$0].depth < depth }
                    found.scores.append(ReportScore(name: Self.string(name), weight: item.role == .weight ? item.statement : nil,
                                                    score: item.role == .weight ? nil : item.statement, parent: parent, depth: depth))
                    entryBlock[found.scores.count - 1] = sentence.block
                } else if let open {
                    found.scores[open].score = item.statement
                }
                found.statements[item.statement].label = found.scores[found.scores.count - 1].name
            }
            // Grades follow the total, related once every score is known.
            for index in named.indices where named[index].figure.kind == .grade {
                found.statements[named[index].statement].label = Self.string(named[index].label)
            }
        }
        closeList()
        relateScores(&found)
        return found
    }

    /// The score, weight, within-weight and grade relations of the scored indicators.
    private func relateScores(_ found: inout Found) {
        let scores = found.scores
        for (index, entry) in scores.enumerated() {
            let children = scores.indices.filter { scores[$0].parent == index }
            if !children.isEmpty {
                if let score = entry.score, children.allSatisfy({ scores[$0].score != nil }) {
                    found.relations.append(.scores(parent: score, children: children.map { scores[$0].score! }))
                }
                if let weight = entry.weight, children.allSatisfy({ scores[$0].weight != nil }) {
                    found.relations.append(.weights(parent: weight, children: children.map { scores[$0].weight! }))
                }
            }
            if let score = entry.score, let weight = entry.weight {
                found.relations.append(.withinWeight(score: score, weight: weight))
            }
        }
        guard let total = Self.total(of: scores) else { return }
        for (index, statement) in found.statements.enumerated() where statement.kind == .grade {
            found.relations.append(.grade(grade: index, total: total))
        }
    }

    /// The report's total score: the first top-level indicator with a score and indicators under it, else the
    /// first top-level one with a score.
    static func total(of scores: [ReportScore]) -> Int? {
        let roots = scores.indices.filter { scores[$0].parent == nil && scores[$0].score != nil }
        let withChildren = roots.first { root in scores.contains { $0.parent == root } }
        return (withChildren ?? roots.first).flatMap { scores[$0].score }
    }

    /// The index of the total indicator in `scores`, by the same choice as ``total(of:)``.
    static func totalEntry(of scores: [ReportScore]) -> Int? {
        let roots = scores.indices.filter { scores[$0].parent == nil && scores[$0].score != nil }
        return roots.first { root in scores.contains { $0.parent == root } } ?? roots.first
    }

    /// How deep an indicator stands: an item's marker puts its first indicator at twice the marker's level and
    /// the rest of the item one deeper; a paragraph without a marker stands just under its heading.
    private func outlineDepth(marker: OutlineMarker?, headingLevel: Int, firstInBlock: Bool) -> Int {
        let base = marker.map { 2 * $0.level } ?? 2 * headingLevel + 1
        return firstInBlock ? base : base + 1
    }

    /// Names the figures: each one's label from the words before it, its role (a budget, a part after 其中),
    /// and for a score the word that says 分值 or 自评分.
    private func name(_ figures: [ReportFigure], in text: [Unicode.Scalar], opensBlock: Bool) -> [Named] {
        var result: [Named] = []
        var previousEnd = 0
        for figure in figures {
            var start = figure.start
            while start > previousEnd, !clauseBreaks.contains(text[start - 1]) { start -= 1 }
            let region = text[start..<figure.start]
            let stripMarker = opensBlock && start == 0
            var label = clean(region, stripMarker: stripMarker)
            var role: StatementRole?
            var scoreWord: ScoreWord?
            var isPart = false
            switch figure.kind {
            case .amount:
                if budgetLabels.contains(label) { role = .budget }
                let opening = stripMarker ? dropMarker(region) : region
                isPart = partMarkers.prefix(of: opening) != nil
                    || partMarkers.suffix(of: text[..<Self.skippingColon(text, before: start)]) != nil
            case .score:
                let trimmed = trimFillers(region)
                scoreWord = weightWords.suffix(of: trimmed) != nil ? .weight : scoreWords.suffix(of: trimmed) != nil ? .score : .bare
            case .grade:
                label = gradeWords.prefix(of: text[...], at: figure.start) ?? label
            case .rate:
                break
            }
            result.append(Named(figure: figure, region: region, label: label, role: role, scoreWord: scoreWord, isPart: isPart))
            previousEnd = figure.end
        }
        return result
    }

    private static func skippingColon(_ text: [Unicode.Scalar], before start: Int) -> Int {
        start > 0 && text[start - 1] == ":" ? start - 1 : start
    }

    /// A label from the words before a figure: numbering, the words up to a year (2021年度), leading verbs
    /// (完成, 其中) and trailing fillers (为, 约) dropped.
    private func clean(_ region: ArraySlice<Unicode.Scalar>, stripMarker: Bool) -> [Unicode.Scalar] {
        var label = stripMarker ? dropMarker(region) : region
        // The words up to the last year mark after digits.
        var cut: Int?
        var index = label.endIndex - 1
        while index > label.startIndex, cut == nil {
            if OutlineMarker.isDigit(label[index - 1]) {
                if let mark = yearMarks.prefix(of: label, at: index) { cut = index + mark.count }
            }
            index -= 1
        }
        if let cut { label = label[cut...] }
        var changed = true
        while changed {
            changed = false
            while let first = label.first, clauseBreaks.contains(first) {
                label = label.dropFirst()
                changed = true
            }
            if let word = leadingWords.prefix(of: label), label.count > word.count {
                label = label.dropFirst(word.count)
                changed = true
            }
        }
        return Array(trimFillers(label))
    }

    private func dropMarker(_ region: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        guard let marker = outline.marker(in: Array(region)) else { return region }
        return region.dropFirst(marker.length)
    }

    private func trimFillers(_ region: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var label = region
        while let word = trailingFillers.suffix(of: label), label.count > word.count {
            label = label.dropLast(word.count)
        }
        return label
    }

    /// A scored indicator's name: the label without 分值 or 自评分 and without a trailing 指标.
    private func scoreName(_ region: ArraySlice<Unicode.Scalar>, stripMarker: Bool) -> [Unicode.Scalar] {
        var name = clean(region, stripMarker: stripMarker)[...]
        if let word = weightWords.suffix(of: name) ?? scoreWords.suffix(of: name) { name = name.dropLast(word.count) }
        while let word = nameTrims.suffix(of: name), name.count > word.count {
            name = name.dropLast(word.count)
        }
        return Array(trimFillers(name))
    }

    static func string(_ scalars: [Unicode.Scalar]) -> String { OutlineMarker.string(scalars) }
}
