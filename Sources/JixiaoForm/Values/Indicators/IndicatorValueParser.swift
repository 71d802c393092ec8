import Foundation

/// Reads the figure in a 预期实现值 or 指标完成情况 text, per the grammar in `indicator-grammar.json`
/// (domain.md §6.2): `[operator] [verb] number [unit] [operator suffix]`, possibly inside a sentence.
///
/// Years, months, ordinals and list numbers are not figures. When a sentence carries several figures,
/// the one after a keyword wins (实际 for a result, 计划 for a target); if none does, the text carries no
/// single figure and nothing is read.
///
/// ```swift
/// let parser = IndicatorValueParser(grammar: grammar)
/// parser.parse("2021年度计划新增基层工会80家，实际新增99家", side: .result)?.value   // 99
/// parser.parse("新增80家", side: .target)?.unit                                     // "家"
/// parser.parse("全年完成各类工作任务", side: .result)                               // nil
/// ```
///
/// A class: it holds a score of word tables, and each memo lookup's closure would otherwise copy them all.
final class IndicatorValueParser: Sendable {
    /// Which cell the text comes from: it decides which keywords pick a figure out of a sentence.
    enum Side: Sendable { case target, result }

    private struct Candidate {
        var value: IndicatorValue
        var clausePrefix: String
    }

    let grammar: IndicatorGrammar
    private let units: [String]
    private let symbols: [(String, ComparisonOperator)]
    private let prefixes: [(String, ComparisonOperator)]
    private let suffixes: [(String, ComparisonOperator)]
    private let verbs: [String]
    private let separators: Set<Character>
    private let rangeSeparators: [String]
    // The grammar's word lists in compact form, worked out once rather than per text.
    private let resultKeywords: [String]
    private let targetKeywords: [String]
    private let nonValuePrecursors: [String]
    private let nonValueFollowers: [String]
    private let operatorColumnTerms: [(String, ComparisonOperator)]
    /// The units, operator suffixes and range separators as characters, for matching inside a text.
    private let unitCharacters: [[Character]]
    /// Words that end a unit read from the letters after a number: the grammar's unit breaks, the operator
    /// suffixes, the keywords and the verbs.
    private let unitBreakCharacters: [[Character]]
    /// Other spellings of a unit by their compact form, each to its one spelling.
    private let unitSpellings: [String: String]
    private let suffixCharacters: [([Character], ComparisonOperator)]
    private let rangeSeparatorCharacters: [[Character]]
    /// Direction words as characters, lower-is-better first, as ``direction(forName:)`` weighs them.
    private let directionWords: [(word: [Character], kind: DirectionWordKind)]
    /// Negations (不, 未, 无) as characters.
    private let negations: [[Character]]

    /// What a word of the name says about direction.
    private enum DirectionWordKind { case lower, lowerMeasure, higher, action }
    /// Texts already read: indicator names and targets recur from form to form (they come from the budget
    /// plan), so each is scanned once per run.
    private let readings = BoundedMemo<MemoKey, IndicatorValue?>(capacity: 10_000, keeps: { $0.text.utf8.count <= 512 })
    private let directions = BoundedMemo<TextBytes, IndicatorDirection>(capacity: 10_000, keeps: { $0.text.utf8.count <= 512 })

    /// A text (by its bytes) read as a target or as a result.
    private struct MemoKey: Hashable, Sendable {
        var text: String
        var side: Side

        static func == (lhs: MemoKey, rhs: MemoKey) -> Bool {
            lhs.side == rhs.side && TextBytes(lhs.text) == TextBytes(rhs.text)
        }

        func hash(into hasher: inout Hasher) {
            TextBytes(text).hash(into: &hasher)
            hasher.combine(side)
        }
    }

    init(grammar: IndicatorGrammar) {
        self.grammar = grammar
        func operators(_ table: [String: String]) -> [(String, ComparisonOperator)] {
            table.compactMap { key, value in ComparisonOperator(rawValue: value).map { (TextForm.compact(key), $0) } }
                .sorted { $0.0.count > $1.0.count }
        }
        units = grammar.units.map(TextForm.compact).sorted { $0.count > $1.count }
        symbols = operators(grammar.operatorSymbols)
        prefixes = operators(grammar.operatorPrefixes)
        suffixes = operators(grammar.operatorSuffixes)
        verbs = grammar.verbPrefixes.map(TextForm.compact).sorted { $0.count > $1.count }
        separators = Set(grammar.clauseSeparators.flatMap { TextForm.compact($0) })
        rangeSeparators = grammar.rangeSeparators.map(TextForm.compact).sorted { $0.count > $1.count }
        unitCharacters = units.map { Array($0) }
        unitBreakCharacters = (grammar.unitBreaks + Array(grammar.operatorSuffixes.keys) + grammar.resultKeywords
            + grammar.targetKeywords + grammar.verbPrefixes).map { Array(TextForm.compact($0)) }.filter { !$0.isEmpty }
        unitSpellings = Dictionary(grammar.unitSpellings.map { (TextForm.compact($0.key), TextForm.compact($0.value)) },
                                   uniquingKeysWith: { first, _ in first })
        suffixCharacters = suffixes.map { (Array($0.0), $0.1) }
        rangeSeparatorCharacters = rangeSeparators.map { Array($0) }
        resultKeywords = grammar.resultKeywords.map(TextForm.compact)
        targetKeywords = grammar.targetKeywords.map(TextForm.compact)
        nonValuePrecursors = grammar.nonValuePrecursors.map(TextForm.compact)
        nonValueFollowers = grammar.nonValueFollowers.map(TextForm.compact)
        operatorColumnTerms = grammar.operatorColumnTerms.compactMap { key, value in
            ComparisonOperator(rawValue: value).map { (TextForm.compact(key), $0) }
        }
        let words = grammar.directionWords
        directionWords = (words.lower.map { ($0, DirectionWordKind.lower) }
            + words.lowerMeasures.map { ($0, .lowerMeasure) }
            + words.higher.map { ($0, .higher) } + words.actions.map { ($0, .action) })
            .map { (Array(TextForm.compact($0.0)), $0.1) }
            .filter { !$0.0.isEmpty }
        negations = words.negations.map { Array(TextForm.compact($0)) }.filter { !$0.isEmpty }
    }

    func parse(_ raw: String?, side: Side) -> IndicatorValue? {
        guard let raw else { return nil }
        return readings.value(for: MemoKey(text: raw, side: side)) { parseAnew(raw, side: side) }
    }

    private func parseAnew(_ raw: String, side: Side) -> IndicatorValue? {
        guard let cleaned = TextCleaner.clean(raw) else { return nil }
        let text = Array(Self.withoutThousandsSeparators(TextForm.compact(cleaned)))
        let candidates = figures(in: text)
        if candidates.count <= 1 { return candidates.first?.value }
        let keywords = side == .result ? resultKeywords : targetKeywords
        for keyword in keywords {
            if let match = candidates.first(where: { $0.clausePrefix.contains(keyword) }) { return match.value }
        }
        return nil
    }

    /// A unit as a grid's 计量单位 column writes it, in the one spelling texts are read to (`千米` → `公里`).
    func unit(named raw: String) -> String {
        oneSpelling(TextForm.compact(raw))
    }

    /// A unit in its one spelling: itself unless the grammar lists it as another spelling of a unit.
    private func oneSpelling(_ unit: String) -> String {
        unitSpellings[unit] ?? unit
    }

    /// The comparison a separate 指标性质 column states (`≥`, `≤`, `正向`, `反向`).
    func comparison(inOperatorCell raw: String?) -> ComparisonOperator? {
        guard let raw, let cleaned = TextCleaner.clean(raw) else { return nil }
        let text = TextForm.compact(cleaned)
        for (word, comparison) in operatorColumnTerms + symbols + prefixes where text == word { return comparison }
        for (word, comparison) in symbols where text.hasPrefix(word) { return comparison }
        return nil
    }

    /// Which way is better for an indicator named `name`, higher by default: the counted thing decides, not the
    /// measure (`indicator-grammar.json`, `directionWords`). Of the listed words the one that ends last wins (the
    /// head of a Chinese noun phrase is at its end: 活动安全事故达标率 is a 达标率, 投诉下降率 a rate of decrease);
    /// a lower word right after an action is its object (挽回损失金额); a negation right before turns it (不合格率).
    ///
    /// ```swift
    /// parser.direction(forName: "安全事故发生次数")   // .lower: 次数 is the measure, 事故 the thing
    /// parser.direction(forName: "投诉下降率")         // .higher
    /// ```
    func direction(forName name: String?) -> IndicatorDirection {
        guard let name else { return .higher }
        return directions.value(for: TextBytes(name)) { directionAnew(forName: name) }
    }

    private func directionAnew(forName name: String) -> IndicatorDirection {
        let text = Array(TextForm.compact(name))
        // The word ending last, the longest of those ending there.
        guard let head = lastWord(in: text, endingBy: text.count, kinds: [.lower, .lowerMeasure, .higher, .action])
        else { return .higher }
        var isLower = head.kind == .lower || head.kind == .lowerMeasure
        var start = head.start
        // 挽回损失: the bad thing is what the action acts on, and the action is what is counted.
        if head.kind == .lower, let action = lastWord(in: text, endingBy: start, kinds: [.action]),
           action.start + action.length == start {
            isLower = false
            start = action.start
        }
        if negations.contains(where: { $0.count <= start && text[(start - $0.count)..<start].elementsEqual($0) }) {
            isLower.toggle()
        }
        return isLower ? .lower : .higher
    }

    /// The listed word of one of `kinds` that ends last at or before `limit` (the longest where several end there).
    private func lastWord(in text: [Character], endingBy limit: Int, kinds: Set<DirectionWordKind>)
        -> (start: Int, length: Int, kind: DirectionWordKind)? {
        var best: (start: Int, length: Int, kind: DirectionWordKind)?
        for (word, kind) in directionWords where kinds.contains(kind) && word.count <= limit {
            var start = 0
            while start + word.count <= limit {
                guard text[start] == word[0], text[start..<(start + word.count)].elementsEqual(word) else {
                    start += 1
                    continue
                }
                let end = start + word.count
                let isBetter = best.map { end > $0.start + $0.length || (end == $0.start + $0.length && word.count > $0.length) }
                    ?? true
                if isBetter { best = (start, word.count, kind) }
                start += 1
            }
        }
        return best
    }

    // MARK: - Scanning

    private func figures(in text: [Character]) -> [Candidate] {
        var result: [Candidate] = []
        var index = 0
        while index < text.count {
            guard text[index].isASCII, text[index].isNumber else { index += 1; continue }
            let start = index
            guard let (number, end) = Self.number(in: text, at: index) else { index += 1; continue }
            index = end
            if isNotAValue(text, start: start, end: end) { continue }
            var cursor = end
            let written = unitText(in: text, at: cursor)
            let unit = written.map(oneSpelling)
            cursor += written?.count ?? 0
            var upper: ShownDecimal?
            if let separatorLength = match(rangeSeparatorCharacters, in: text, at: cursor),
               cursor + separatorLength < text.count, text[cursor + separatorLength].isASCII,
               text[cursor + separatorLength].isNumber,
               let (upperNumber, upperEnd) = Self.number(in: text, at: cursor + separatorLength) {
                upper = upperNumber
                cursor = upperEnd
                if let upperUnit = unitText(in: text, at: cursor), oneSpelling(upperUnit) == unit || unit == nil {
                    cursor += upperUnit.count
                }
                index = cursor
            }
            var comparison = comparisonBefore(text, start: start)
            if let suffix = matchOperator(suffixCharacters, in: text, at: cursor) { comparison = comparison ?? suffix }
            let prefix = clausePrefix(text, before: start)
            let value = IndicatorValue(value: number, upperValue: upper, unit: unit, comparison: comparison)
            result.append(Candidate(value: value, clausePrefix: prefix))
        }
        return result
    }

    /// Years (`2021年`), months, ordinals (`第3`), list numbers (`1.`, `1、`) and decimals glued to letters are
    /// not values.
    private func isNotAValue(_ text: [Character], start: Int, end: Int) -> Bool {
        if start > 0, text[start - 1].isLetter, text[start - 1].isASCII { return true }
        let before = String(text[max(0, start - 3)..<start])
        if nonValuePrecursors.contains(where: { before.hasSuffix($0) }) { return true }
        guard end < text.count else { return false }
        let after = String(text[end..<min(text.count, end + 2)])
        if unit(in: text, at: end) == nil,
           nonValueFollowers.contains(where: { after.hasPrefix($0) }) { return true }
        if text[end] == "." { return true }   // a list number ("1." then text): a decimal would have been read whole
        if grammar.dayFollowers.contains(where: { after.hasPrefix($0) }),
           grammar.monthMarkers.contains(where: { before.hasSuffix($0) }) { return true }
        return false
    }

    /// The listed unit starting at `index`, the longest.
    private func unit(in text: [Character], at index: Int) -> String? {
        for (position, unit) in unitCharacters.enumerated() where matches(unit, in: text, at: index) {
            return units[position]
        }
        return nil
    }

    /// The unit written at `index`, as written: a listed unit (with `/` and a second unit after it, one unit:
    /// 万元/公里), else the run of letters there (公顷, 平方公里, 万人), up to the grammar's longest and before
    /// a break word. A run opening with a non-value follower (年, 月) is none.
    private func unitText(in text: [Character], at index: Int) -> String? {
        if let listed = unit(in: text, at: index) {
            let after = index + listed.count
            guard after + 1 < text.count, text[after] == "/", let second = unitText(in: text, at: after + 1) else { return listed }
            return listed + "/" + second
        }
        guard index < text.count, !nonValueFollowers.contains(where: { matches(Array($0), in: text, at: index) }) else {
            return nil
        }
        var end = index
        while end < text.count, end - index < grammar.maxUnitLength, Self.isUnitLetter(text[end]),
              !unitBreakCharacters.contains(where: { matches($0, in: text, at: end) }) {
            end += 1
        }
        guard end > index else { return nil }
        // km2, m3: a square or cube written as a digit after Latin letters (km² compacts to km2).
        if text[end - 1].isASCII, end < text.count, text[end] == "2" || text[end] == "3",
           end + 1 == text.count || !(text[end + 1].isASCII && text[end + 1].isNumber) {
            end += 1
        }
        if end + 1 < text.count, text[end] == "/", let second = unitText(in: text, at: end + 1) {
            return String(text[index..<end]) + "/" + second
        }
        return String(text[index..<end])
    }

    /// A letter a unit is written with: a CJK ideograph, a Latin letter, or a superscript two or three (km²).
    private static func isUnitLetter(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: return true
        case 0x41...0x5A, 0x61...0x7A, 0xB2, 0xB3: return true
        default: return false
        }
    }

    private func comparisonBefore(_ text: [Character], start: Int) -> ComparisonOperator? {
        var prefix = String(text[max(0, start - 8)..<start])
        var stripped = true
        while stripped {
            stripped = false
            for verb in verbs where prefix.hasSuffix(verb) {
                prefix.removeLast(verb.count)
                stripped = true
            }
        }
        for (word, comparison) in symbols + prefixes where prefix.hasSuffix(word) { return comparison }
        return nil
    }

    private func matchOperator(_ table: [([Character], ComparisonOperator)], in text: [Character], at index: Int)
        -> ComparisonOperator? {
        table.first { matches($0.0, in: text, at: index) }?.1
    }

    private func match(_ words: [[Character]], in text: [Character], at index: Int) -> Int? {
        words.first { matches($0, in: text, at: index) }?.count
    }

    private func matches(_ word: [Character], in text: [Character], at index: Int) -> Bool {
        guard !word.isEmpty, index + word.count <= text.count else { return false }
        return text[index..<(index + word.count)].elementsEqual(word)
    }

    private func clausePrefix(_ text: [Character], before index: Int) -> String {
        var start = index
        while start > 0 && !separators.contains(text[start - 1]) { start -= 1 }
        return String(text[start..<index])
    }

    /// The number starting at `index` (digits, optionally `.` and more digits) and where it ends.
    private static func number(in text: [Character], at index: Int) -> (ShownDecimal, Int)? {
        var end = index
        while end < text.count, text[end].isASCII, text[end].isNumber { end += 1 }
        if end + 1 < text.count, text[end] == ".", text[end + 1].isASCII, text[end + 1].isNumber {
            end += 1
            while end < text.count, text[end].isASCII, text[end].isNumber { end += 1 }
        }
        guard let value = ShownDecimal(text: String(text[index..<end])) else { return nil }
        return (value, end)
    }

    private static func withoutThousandsSeparators(_ text: String) -> String {
        guard UTF8Bytes.contains(text, byte: UInt8(ascii: ",")) else { return text }
        return TextCleaner.replace(#"(?<=\d),(?=\d{3}(?!\d))"#, in: text, with: "")
    }
}
