import Foundation

/// The 评分表's grade bands, highest first (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差, unless the template says otherwise):
/// the grade a total earns and the grade a stated text names, decided here for the `score-grade` rule, the
/// corrector and the corrected table's grade formula.
///
/// ```swift
/// let bands = try TemplateBundle.standard.get().form.gradeBands
/// bands.grade(for: 96.39)?.name   // "优"
/// bands.grade(named: "良好")?.name  // "良" (an alias)
/// ```
public struct GradeBands: Sendable {
    /// The bands from highest to lowest minimum.
    public let bands: [FormTemplate.Grade]

    public init(_ grades: [FormTemplate.Grade]) {
        bands = grades.sorted { $0.minimum > $1.minimum }
    }

    /// The band a total falls in; nil below every band's minimum.
    public func grade(for total: Decimal) -> FormTemplate.Grade? {
        bands.first { total >= $0.minimum }
    }

    /// The band a stated grade names, by name or alias (compared without spaces); nil when it names none.
    public func grade(named text: String) -> FormTemplate.Grade? {
        let name = TextForm.compact(text)
        return bands.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// The grade as a live formula over the total's cell, from the bands; nil without bands.
    ///
    /// ```swift
    /// bands.formula(totalCell: "E12")   // IF(E12>=90,"优",IF(E12>=80,"良",IF(E12>=60,"中","差")))
    /// ```
    public func formula(totalCell: String) -> String? {
        guard let last = bands.last else { return nil }
        var formula = "\"\(last.name)\""
        for band in bands.dropLast().reversed() {
            formula = "IF(\(totalCell)>=\(band.minimum),\"\(band.name)\",\(formula))"
        }
        return formula
    }
}
