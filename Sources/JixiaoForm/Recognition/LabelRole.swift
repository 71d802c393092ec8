/// What a label cell names: a scalar field, a section, a table column, or a part of the score sheet.
///
/// `rank` is the synonym's position in its template list: a more specific label (整体支出年度预算数)
/// is preferred over a generic one (预算数) when both are on a sheet.
enum LabelRole: Hashable, Sendable {
    case field(FieldKey, rank: Int)
    case block(String)
    case column(table: String, column: String, rank: Int)
    case scoreColumn(String, rank: Int)
    case scoreTotal
    case scoreGrade

    /// The role without its rank, for counting distinct labels.
    var identity: String {
        switch self {
        case .field(let key, _): "field:\(key.rawValue)"
        case .block(let name): "block:\(name)"
        case .column(let table, let column, _): "column:\(table).\(column)"
        case .scoreColumn(let column, _): "score:\(column)"
        case .scoreTotal: "score:total"
        case .scoreGrade: "score:grade"
        }
    }

    /// Whether this role belongs to the form sheet (not the 评分表).
    var isFormRole: Bool {
        switch self {
        case .field, .block, .column: true
        case .scoreColumn, .scoreTotal, .scoreGrade: false
        }
    }
}
