import Foundation
import XLSXReader

/// The live formulas of derived cells in the unit's own workbook, in terms of the cells the form's figures were
/// read from (``Form/sources``): `ROUND(D7/D6,4)` for a 预算完成率 written as a fraction, `ROUND(D7/D6*100,2)` where
/// the sheet writes percentage points, `D6-C6` for 年度调整额, `F9+F10+F11` for a score over its parts, and the
/// grade over the total's cell. A figure on another sheet is named with its sheet (`'评分表'!E12`).
///
/// Nil where an input has no cell of its own holding its number (typed as text, taken from a total of parts, or
/// not in the sheet at all): the value is then written as it is.
///
/// ```swift
/// let formulas = SourceFormulas(form: form, bands: template.gradeBands)
/// formulas.formula(for: .completionRate, places: 4, points: false, on: "Sheet1")   // "ROUND(D7/D6,4)"
/// ```
struct SourceFormulas {
    let form: Form
    let bands: GradeBands

    /// A funds figure's formula; `places` are the decimals of the value written (of the points when `points`).
    /// `guarded`: a rate shows nothing while its denominator is blank or zero (a blank form sent out).
    func formula(for field: FieldKey, places: Int, points: Bool, on sheet: String, guarded: Bool = false) -> String? {
        switch DerivedFigures.definition(of: field) {
        case .ratio(let numerator, let denominator)?:
            guard let top = reference(numerator, from: sheet), let bottom = reference(denominator, from: sheet) else { return nil }
            let rate = points ? "ROUND(\(top)/\(bottom)*100,\(places))" : "ROUND(\(top)/\(bottom),\(places))"
            return guarded ? "IF(N(\(bottom))=0,\"\",\(rate))" : rate
        case .difference(let first, let second)?:
            guard let left = reference(first, from: sheet), let right = reference(second, from: sheet) else { return nil }
            return "\(left)-\(right)"
        case nil:
            return nil
        }
    }

    /// A score row's formula over its children, the total's over the top-level rows (and a funds grid's own
    /// score where the total counts it), the grade's over the total. `guarded`: the grade shows nothing while
    /// the total is zero (a blank form sent out).
    func scoreFormula(for field: FieldKey, on sheet: String, guarded: Bool = false) -> String? {
        guard let score = form.score else { return nil }
        let derived = DerivedScores(score)
        func sum(_ rows: [Int], plus extra: [String] = []) -> String? {
            let cells = rows.map { reference(.scoreRow($0, .score), from: sheet) }
            guard !rows.isEmpty, cells.allSatisfy({ $0 != nil }) else { return nil }
            return (extra + cells.compactMap { $0 }).joined(separator: "+")
        }
        if field == .scoreTotal {
            var extra: [String] = []
            if score.totalCountsFundsBlock, let block = score.fundsBlock {
                guard let cell = block.source.cell else { return nil }
                extra.append(Self.name(cell, on: block.source.sheet, from: sheet))
            }
            return sum(derived.topLevelRows, plus: extra)
        }
        if field == .scoreGrade {
            guard let total = reference(.scoreTotal, from: sheet), let grade = bands.formula(totalCell: total) else { return nil }
            return guarded ? "IF(N(\(total))=0,\"\",\(grade))" : grade
        }
        for (index, _) in score.rows.enumerated() where FieldKey.scoreRow(index, .score) == field {
            return sum(derived.children(of: index))
        }
        return nil
    }

    /// The cell a figure was read from, as a formula names it from `sheet`; nil when no cell holds its number.
    private func reference(_ key: FieldKey, from sheet: String) -> String? {
        guard let source = form.sources[key], let cell = source.cell, !source.typedAsText, !source.notApplicable,
              source.takenFrom == nil, !source.withoutTotalRow else { return nil }
        return Self.name(cell, on: source.sheet, from: sheet)
    }

    /// `E12`, or `'评分表'!E12` from another sheet (an apostrophe in the name doubled).
    static func name(_ cell: CellReference, on cellSheet: String, from sheet: String) -> String {
        guard cellSheet != sheet else { return cell.description }
        return "'" + cellSheet.replacingOccurrences(of: "'", with: "''") + "'!" + cell.description
    }
}
