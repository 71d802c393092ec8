import Foundation

/// The 评分表's arithmetic (domain.md §3): scores within weights, parents as sums of children, the total
/// as the sum of the level-1 scores, the grade from the total.
///
/// ```swift
/// ScoreRules.ScoreTotal(severity: .error).check(panyu)   // [] (43.89 + 50 + 2.5 = 96.39)
/// ```
public enum ScoreRules {
    /// `score-over-weight`: no score exceeds its weight (nor the total its total weight).
    public struct ScoreOverWeight: Rule {
        public let id = RuleID.scoreOverWeight
        public let defaultSeverity: Severity
        public init(severity: Severity) { defaultSeverity = severity }

        public func check(_ form: Form) -> [Finding] {
            guard let sheet = form.score else { return [] }
            var findings: [Finding] = []
            for (index, row) in sheet.rows.enumerated() {
                guard let weight = row.weight, let score = row.score, score.value > weight.value else { continue }
                findings.append(finding(.scoreRow(index), source: form.sources[.scoreRow(index, .score)], sheet: sheet,
                                        name: row.name ?? "#\(index + 1)", score: score, weight: weight))
            }
            if let total = sheet.total, let weight = sheet.totalWeight, total.value > weight.value {
                findings.append(finding(.scoreTotal, source: form.sources[.scoreTotal], sheet: sheet, name: "∑",
                                        score: total, weight: weight))
            }
            return findings
        }

        private func finding(_ field: FieldKey, source: FieldSource?, sheet: ScoreSheet, name: String,
                             score: ShownDecimal, weight: ShownDecimal) -> Finding {
            Finding(rule: id, severity: defaultSeverity, field: field, sheet: source?.sheet ?? sheet.sheet, cell: source?.cell,
                    arguments: ["name": name, "score": MessageNumber.amount(score), "weight": MessageNumber.amount(weight)])
        }
    }

    /// `score-total`: a parent's score is the sum of its children's; the total is the sum of the top-level
    /// scores (with the funds block's score on a grid that scores budget execution beside its figures, see
    /// ``ScoreSheet/totalParts``), each within the parts' rounding.
    public struct ScoreTotal: Rule {
        public let id = RuleID.scoreTotal
        public let defaultSeverity: Severity
        public init(severity: Severity) { defaultSeverity = severity }

        public func check(_ form: Form) -> [Finding] {
            guard let sheet = form.score else { return [] }
            let derived = DerivedScores(sheet)
            var findings: [Finding] = []
            for (index, row) in sheet.rows.enumerated() {
                guard let stated = row.score else { continue }
                let children = derived.childScores(of: index)
                guard !children.isEmpty, let finding = compare(stated, children, field: .scoreRow(index),
                                                               source: form.sources[.scoreRow(index, .score)],
                                                               sheet: sheet, messageKey: nil,
                                                               name: row.name ?? "#\(index + 1)") else { continue }
                findings.append(finding)
            }
            // The total: the level-1 scores, plus the funds block's score where the grid counts it (MOF, Sichuan).
            let (topLevel, withFunds) = sheet.totalParts
            if let total = sheet.total, !topLevel.isEmpty,
               var finding = compare(total, topLevel, field: .scoreTotal, source: form.sources[.scoreTotal], sheet: sheet,
                                     messageKey: withFunds ? "\(id.rawValue).total-with-funds" : "\(id.rawValue).total",
                                     name: "") {
                if withFunds, let cell = sheet.fundsBlock?.source.cell { finding.arguments["fundsCell"] = cell.description }
                findings.append(finding)
            }
            return findings
        }

        private func compare(_ stated: ShownDecimal, _ parts: [ShownDecimal], field: FieldKey, source: FieldSource?,
                             sheet: ScoreSheet, messageKey: String?, name: String) -> Finding? {
            let sum = DerivedScores.sum(parts)
            guard !Tolerance.amountMatches(stated: stated, computed: sum, parts: parts) else { return nil }
            // One part reads as an equality, not as a sum of one (`5 = 5`): the catalogue's variants for a parent
            // and for the total (the total with the funds block's score always has two parts or more).
            let singles = [nil: "\(id.rawValue).single", "\(id.rawValue).total": "\(id.rawValue).total-single"]
            let key = parts.count == 1 ? singles[messageKey] ?? messageKey : messageKey
            return Finding(rule: id, severity: defaultSeverity, field: field, sheet: source?.sheet ?? sheet.sheet,
                           cell: source?.cell, messageKey: key,
                           arguments: ["name": name, "parts": MessageNumber.sum(parts),
                                       "sum": MessageNumber.amount(sum, places: MessageNumber.places(parts)),
                                       "stated": MessageNumber.amount(stated)])
        }
    }

    /// `score-grade`: a stated grade matches the total (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差, unless the
    /// template's bands say otherwise).
    public struct ScoreGrade: Rule {
        public let id = RuleID.scoreGrade
        public let defaultSeverity: Severity
        public let bands: GradeBands
        public init(severity: Severity, bands: GradeBands) {
            defaultSeverity = severity
            self.bands = bands
        }

        public func check(_ form: Form) -> [Finding] {
            guard let sheet = form.score, let stated = sheet.grade else { return [] }
            guard let total = DerivedScores(sheet).gradedTotal, let expected = bands.grade(for: total) else { return [] }
            guard bands.grade(named: stated)?.name != expected.name else { return [] }
            let places = sheet.total?.places ?? MessageNumber.places(sheet.totalParts.parts)
            let source = form.sources[.scoreGrade]
            return [Finding(rule: id, severity: defaultSeverity, field: .scoreGrade, sheet: source?.sheet ?? sheet.sheet,
                            cell: source?.cell,
                            arguments: ["total": MessageNumber.amount(total, places: places), "expected": expected.name,
                                        "stated": stated])]
        }
    }
}
