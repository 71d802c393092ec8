import Foundation

/// Computes the corrected form: every wrong derived value replaced by the computed one, every blank derived
/// value filled in where its inputs are given. Values typed by the department (amounts, texts, indicators) are
/// never changed: a wrong sum of parts or an unmet indicator stays a finding for a person.
///
/// Derived values: 预算完成率 = 实际支出数 ÷ 年度预算数; 年度调整额 = 年度预算数 − 年初预算数 (signed);
/// 预算调整率 = 年度调整额 ÷ 年初预算数; on the 评分表 a parent's score is the sum of its children's, the total the
/// sum of the level-1 scores (a funds grid's own 预算执行 score becoming one of them), and the grade follows the
/// total. Rates are rounded half-up to the precision the
/// sheet shows, or the template's for a blank cell.
///
/// ```swift
/// let correction = FormCorrector(layout: layout, template: templates.form).correct(form, findings: report.findings)
/// correction.form.funds.adjustment?.text   // "-353.99"
/// correction.changes.map(\.field)          // [.adjustment]
/// ```
public struct FormCorrector: Sendable {
    public let layout: OfficialLayout
    /// The grade bands come from the form template, shared with the `score-grade` rule.
    public let template: FormTemplate

    public init(layout: OfficialLayout, template: FormTemplate) {
        self.layout = layout
        self.template = template
    }

    /// The result: the corrected form and the list of cells that changed.
    public struct Correction: Sendable {
        public var form: Form
        public var changes: [CellChange]
    }

    public func correct(_ original: Form, findings: [Finding]) -> Correction {
        var form = original
        var changes: [CellChange] = []
        func finding(_ field: FieldKey, _ rule: RuleID) -> Finding? {
            findings.first { $0.field == field && $0.rule == rule }
        }

        func apply(_ field: FieldKey, rule: RuleID, computed: ShownDecimal?, stated: ShownDecimal?) {
            guard let computed else { return }
            if let stated {
                // A stated value within the rule's tolerance stays as the department wrote it.
                guard let finding = finding(field, rule) else { return }
                if stated.value == computed.value { return }
                changes.append(CellChange(field: field, kind: .corrected, original: .number(stated),
                                          corrected: .number(computed), finding: finding))
            } else {
                changes.append(CellChange(field: field, kind: .filled, original: nil, corrected: .number(computed)))
            }
            form.funds[field] = computed
        }

        let funds = original.funds
        let derived = DerivedFigures(funds)
        if let annual = funds.annualBudget, let initial = funds.initialBudget, let adjustment = derived.adjustment {
            apply(.adjustment, rule: .adjustmentAmount,
                  computed: ShownDecimal(adjustment, places: max(annual.places, initial.places)), stated: funds.adjustment)
        }
        if let rate = derived.adjustmentRate {
            apply(.adjustmentRate, rule: .adjustmentRate,
                  computed: ShownDecimal(rate, places: funds.adjustmentRate?.places ?? layout.funds.ratePlaces),
                  stated: funds.adjustmentRate)
        }
        if let rate = derived.completionRate {
            apply(.completionRate, rule: .completionRate,
                  computed: ShownDecimal(rate, places: funds.completionRate?.places ?? layout.funds.ratePlaces),
                  stated: funds.completionRate)
        }
        if let score = original.score {
            let corrected = correctScores(score, finding: finding, changes: &changes)
            form.score = corrected
        }
        return Correction(form: form, changes: changes)
    }

    /// Parent scores from their children, the total from the level-1 rows, the grade from the total.
    private func correctScores(_ original: ScoreSheet, finding: (FieldKey, RuleID) -> Finding?,
                               changes: inout [CellChange]) -> ScoreSheet {
        var score = original
        // A funds grid's own score, which the total counts, becomes a level-1 row of the official 评分表 (which
        // has no funds block): appended, so the rows the findings name keep their indexes.
        if original.totalParts.includesFundsBlock, let block = original.fundsBlock {
            score.rows.append(ScoreRow(level1: layout.scoreSheet.fundsBlockLabel, weight: block.weight, score: block.score))
        }
        score.fundsBlock = nil
        let derived = DerivedScores(score)
        let places = original.rows.compactMap(\.score?.places).max() ?? layout.scoreSheet.scorePlaces
        // Deepest parents first, so a level-1 sum uses corrected level-2 sums.
        var correctedRows: Set<Int> = []
        let parentRows = Set(derived.parents.compactMap { $0 }).sorted { (score.rows[$0].level ?? 0) > (score.rows[$1].level ?? 0) }
        for parent in parentRows {
            // The children's scores as corrected so far (the derived figures' rows are the sheet before).
            let children = derived.children(of: parent)
            let childScores = children.compactMap { score.rows[$0].score }
            guard childScores.count == children.count, !children.isEmpty else { continue }
            let sum = ShownDecimal(DerivedScores.sum(childScores), places: places)
            let field = FieldKey.scoreRow(parent)
            if let stated = score.rows[parent].score {
                let own = finding(field, .scoreTotal)
                guard stated.value != sum.value, own != nil || children.contains(where: correctedRows.contains) else { continue }
                changes.append(CellChange(field: FieldKey.scoreRow(parent, .score), kind: .corrected,
                                          original: .number(stated), corrected: .number(sum), finding: own))
                correctedRows.insert(parent)
            } else {
                changes.append(CellChange(field: FieldKey.scoreRow(parent, .score), kind: .filled, original: nil,
                                          corrected: .number(sum)))
            }
            score.rows[parent].score = sum
        }
        let topLevel = derived.topLevelRows
        let topScores = topLevel.compactMap { score.rows[$0].score }
        var totalChanged = false
        if !topLevel.isEmpty, topScores.count == topLevel.count {
            let total = ShownDecimal(DerivedScores.sum(topScores), places: places)
            if let stated = score.total {
                // Corrected when its own rule says so, or when a part it adds up was corrected.
                let own = finding(.scoreTotal, .scoreTotal)
                if stated.value != total.value, own != nil || topLevel.contains(where: correctedRows.contains) {
                    changes.append(CellChange(field: .scoreTotal, kind: .corrected, original: .number(stated),
                                              corrected: .number(total), finding: own))
                    score.total = total
                    totalChanged = true
                }
            } else {
                changes.append(CellChange(field: .scoreTotal, kind: .filled, original: nil, corrected: .number(total)))
                score.total = total
            }
            let topWeights = topLevel.compactMap { score.rows[$0].weight }
            if score.totalWeight == nil, topWeights.count == topLevel.count {
                score.totalWeight = ShownDecimal(DerivedScores.sum(topWeights),
                                                 places: topWeights.map(\.places).max() ?? 0)
            }
        }
        if let total = score.total, let grade = template.gradeBands.grade(for: total.value)?.name {
            if let stated = score.grade {
                let own = finding(.scoreGrade, .scoreGrade)
                if stated != grade, own != nil || totalChanged {
                    changes.append(CellChange(field: .scoreGrade, kind: .corrected, original: .text(stated),
                                              corrected: .text(grade), finding: own))
                    score.grade = grade
                }
            } else {
                changes.append(CellChange(field: .scoreGrade, kind: .filled, original: nil, corrected: .text(grade)))
                score.grade = grade
            }
        }
        return score
    }
}
