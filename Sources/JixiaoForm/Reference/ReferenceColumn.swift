import Foundation

/// What a reference list's column holds, read from its header: the unit's name, its code, a figure (by field key,
/// with the money unit the header states), or nothing the list needs.
///
/// Headers are matched as form labels are (``LabelNormalizer``: full width made half width, unit suffixes such as
/// `（万元）` dropped) against the labels `form.json` gives the department and the amount fields, the field keys
/// themselves, and the few header-only words of `reference.json`.
///
/// ```swift
/// let reader = ReferenceColumnReader(template: templates.form, vocabulary: vocabulary)
/// reader.column(for: "单位名称")              // .name
/// reader.column(for: "年度预算数（元）")       // .figure(.annualBudget, .yuan)
/// reader.column(for: "funds.actual")          // .figure(.actual, nil)
/// reader.column(for: "备注")                  // .unknown
/// ```
public enum ReferenceColumn: Sendable, Hashable {
    /// The unit's name; `rank` orders name columns (the lower the likelier: 部门名称 before 主管部门).
    case name(rank: Int)
    case code
    case figure(FieldKey, AmountUnit?)
    case unknown

    /// The amount fields a list may give: budgets, actual spending, the adjustment and the 其中 parts (rates are
    /// worked out on the form, not listed).
    public static let amountKeys: [FieldKey] = [.annualBudget, .initialBudget, .actual, .adjustment] + FieldKey.breakdown
}
