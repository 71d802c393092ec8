/// What a column of the summary's 收表情况 sheet (with `validate --reference`) holds: the keys
/// `summary-layout.json` may give its `roundColumns`.
///
/// ```swift
/// RoundColumnKey(rawValue: "status")   // .status
/// ```
public enum RoundColumnKey: String, CaseIterable, Sendable {
    /// `row` is the unit's row in the list; `department` the name the counted form gives; `match` how the form
    /// was matched (编码, 名称, 相近名称, 文件名); `mismatches` the fields whose figures differ from the list's;
    /// `note` the other files and the round finding's message.
    case row, unit, code, status, file, match, department, mismatches, note
}
