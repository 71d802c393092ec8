import Foundation

/// Finds the figures of a compact sentence in one pass over its scalars, no regular expression: numbers with
/// thousands separators and decimals followed by an amount unit (元, 万元, 亿元; a loose 万 before no other
/// word), a percent sign (or `--%`, a rate that cannot be computed, as is one followed by 基数为0 or 不可比), or
/// 分 (not 分钟, 分别); and grades after 自评等级为. Numbers with any other unit (113家, 2021年) are no figures.
///
/// ```swift
/// let scanner = FigureScanner(grammar: grammar, gradeNames: ["优", "良", "中", "差", "优秀"])
/// scanner.figures(in: Array("完成预算1,576.21万元的97.63%".unicodeScalars)).map(\.unit)   // ["万元", "%"]
/// ```
struct FigureScanner: Sendable {
    private let amountUnits: [([Unicode.Scalar], String, Int)]
    private let looseUnits: [([Unicode.Scalar], String, Int)]
    private let percentSigns: [[Unicode.Scalar]]
    private let notApplicable: [[Unicode.Scalar]]
    private let notApplicableWords: [[Unicode.Scalar]]
    private let scoreUnit: [Unicode.Scalar]
    private let notScoreAfter: ScalarSet
    private let gradeWords: [[Unicode.Scalar]]
    private let gradeLinks: [[Unicode.Scalar]]
    private let gradeNames: [[Unicode.Scalar]]
    private let gradeStarts: ScalarSet
    private let dashStarts: ScalarSet

    init(grammar: ReportGrammar, gradeNames: [String]) {
        func scalars(_ words: [String]) -> [[Unicode.Scalar]] {
            words.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        }
        amountUnits = grammar.amountUnits.map { (Array($0.key.unicodeScalars), $0.key, $0.value) }.sorted { $0.0.count > $1.0.count }
        looseUnits = grammar.looseAmountUnits.map { (Array($0.key.unicodeScalars), $0.key, $0.value) }.sorted { $0.0.count > $1.0.count }
        percentSigns = scalars(grammar.percentSigns)
        notApplicable = scalars(grammar.notApplicableRate)
        notApplicableWords = scalars(grammar.notApplicableWords)
        scoreUnit = Array(grammar.scoreUnit.unicodeScalars)
        notScoreAfter = ScalarSet(grammar.notScoreAfterUnit)
        gradeWords = scalars(grammar.gradeWords)
        gradeLinks = scalars(grammar.gradeLinks)
        self.gradeNames = scalars(gradeNames.map(TextForm.compact))
        gradeStarts = ScalarSet(scalars: gradeWords.compactMap(\.first))
        dashStarts = ScalarSet(scalars: notApplicable.compactMap(\.first))
    }

    func figures(in text: [Unicode.Scalar]) -> [ReportFigure] {
        var figures: [ReportFigure] = []
        var index = 0
        while index < text.count {
            let scalar = text[index]
            if OutlineMarker.isDigit(scalar), index == 0 || !Self.continuesNumber(text[index - 1]) {
                if let figure = number(in: text, at: index) {
                    figures.append(figure)
                    index = figure.end
                } else {
                    index += 1
                    while index < text.count, OutlineMarker.isDigit(text[index]) || text[index] == "." { index += 1 }
                }
                continue
            }
            if dashStarts.contains(scalar), let figure = notApplicableRate(in: text, at: index) {
                figures.append(figure)
                index = figure.end
                continue
            }
            if gradeStarts.contains(scalar), let figure = grade(in: text, at: index) {
                figures.append(figure)
                index = figure.end
                continue
            }
            index += 1
        }
        return figures
    }

    private static func continuesNumber(_ scalar: Unicode.Scalar) -> Bool {
        OutlineMarker.isDigit(scalar) || scalar == "." || (scalar.isASCII && scalar.properties.isAlphabetic)
    }

    /// The number at `start` and what follows it, when that makes it a figure.
    private func number(in text: [Unicode.Scalar], at start: Int) -> ReportFigure? {
        var index = start
        var digits = ""
        while index < text.count, OutlineMarker.isDigit(text[index]) {
            digits.unicodeScalars.append(text[index])
            index += 1
        }
        // Thousands separators: a comma followed by exactly three digits.
        while index + 3 < text.count, text[index] == ",", (1...3).allSatisfy({ OutlineMarker.isDigit(text[index + $0]) }),
              index + 4 >= text.count || !OutlineMarker.isDigit(text[index + 4]) {
            for offset in 1...3 { digits.unicodeScalars.append(text[index + offset]) }
            index += 4
        }
        var places = 0
        if index + 1 < text.count, text[index] == ".", OutlineMarker.isDigit(text[index + 1]) {
            digits.append(".")
            index += 1
            while index < text.count, OutlineMarker.isDigit(text[index]) {
                digits.unicodeScalars.append(text[index])
                index += 1
                places += 1
            }
        }
        guard let value = DecimalMath.decimal(fromText: digits) else { return nil }
        for sign in percentSigns where OutlineMarker.hasPrefix(text, sign, at: index) {
            let end = index + sign.count
            let rate = ShownDecimal(DecimalMath.movingPoint(value, by: -2), places: places + 2)
            return ReportFigure(kind: .rate, value: followedByNotApplicable(text, at: end) ? nil : rate, unit: "%",
                                start: start, end: end)
        }
        for (unit, name, power) in amountUnits where OutlineMarker.hasPrefix(text, unit, at: index) {
            return ReportFigure(kind: .amount, value: ShownDecimal(value, places: places), unit: name, power: power,
                                start: start, end: index + unit.count)
        }
        for (unit, name, power) in looseUnits where OutlineMarker.hasPrefix(text, unit, at: index) {
            let end = index + unit.count
            guard end >= text.count || !Self.isIdeograph(text[end]) else { continue }
            return ReportFigure(kind: .amount, value: ShownDecimal(value, places: places), unit: name, power: power,
                                start: start, end: end)
        }
        if OutlineMarker.hasPrefix(text, scoreUnit, at: index) {
            let end = index + scoreUnit.count
            guard end >= text.count || !notScoreAfter.contains(text[end]) else { return nil }
            return ReportFigure(kind: .score, value: ShownDecimal(value, places: places), unit: String(String.UnicodeScalarView(scoreUnit)),
                                start: start, end: end)
        }
        return nil
    }

    /// `--%` at `start`.
    private func notApplicableRate(in text: [Unicode.Scalar], at start: Int) -> ReportFigure? {
        for dash in notApplicable where OutlineMarker.hasPrefix(text, dash, at: start) {
            for sign in percentSigns where OutlineMarker.hasPrefix(text, sign, at: start + dash.count) {
                return ReportFigure(kind: .rate, value: nil, unit: "%", start: start, end: start + dash.count + sign.count)
            }
        }
        return nil
    }

    /// Whether a rate is followed, within its bracket or clause, by 基数为0 or 不可比.
    private func followedByNotApplicable(_ text: [Unicode.Scalar], at end: Int) -> Bool {
        var index = end
        if index < text.count, text[index] == "(" { index += 1 }
        for word in notApplicableWords where OutlineMarker.hasPrefix(text, word, at: index) { return true }
        return false
    }

    /// A grade after a grade word (自评等级为优).
    private func grade(in text: [Unicode.Scalar], at start: Int) -> ReportFigure? {
        guard let word = gradeWords.first(where: { OutlineMarker.hasPrefix(text, $0, at: start) }) else { return nil }
        var index = start + word.count
        var linked = true
        while linked {
            linked = false
            for link in gradeLinks where OutlineMarker.hasPrefix(text, link, at: index) {
                index += link.count
                linked = true
                break
            }
        }
        if index < text.count, text[index] == "\u{201C}" || text[index] == "\"" { index += 1 }
        for name in gradeNames where OutlineMarker.hasPrefix(text, name, at: index) {
            var end = index + name.count
            if end < text.count, text[end] == "\u{201D}" || text[end] == "\"" { end += 1 }
            return ReportFigure(kind: .grade, grade: OutlineMarker.string(name[...]), start: start, end: end)
        }
        return nil
    }

    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}
