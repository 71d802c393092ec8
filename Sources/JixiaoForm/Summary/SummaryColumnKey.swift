/// What a column of the summary's 汇总 sheet holds: a field of the form, named as in the JSON form object
/// (``FormField``: `department`, `year`, `annualBudget`, `completionRate` …, any field that is not a table), or
/// one of the run's own columns. The keys `summary-layout.json` may give its `summaryColumns`, in one place the
/// layout's check and the renderer share.
///
/// ```swift
/// SummaryColumnKey(rawValue: "completionRate")   // .field(.completionRate)
/// SummaryColumnKey(rawValue: "errors")           // .errors
/// SummaryColumnKey(rawValue: "colour")           // nil: the layout is refused
/// ```
public enum SummaryColumnKey: Hashable, Sendable {
    /// A field of the form, shown as its kind is (text, year, amount, rate).
    case field(FieldKey)
    case file, link, indicatorsMet, indicatorsUnmet, indicatorsNotComparable, errors, warnings, infos, status, note
    /// The form's own money unit where it differs from the summary's (its amounts are converted).
    case originalUnit
    /// 预算完成率 as ``DerivedFigures`` works it out from the form's amounts, beside the stated one.
    case computedCompletionRate

    /// The run's own columns, by key.
    private static let ownColumns: [String: SummaryColumnKey] = [
        "file": .file, "link": .link, "indicatorsMet": .indicatorsMet, "indicatorsUnmet": .indicatorsUnmet,
        "indicatorsNotComparable": .indicatorsNotComparable, "errors": .errors, "warnings": .warnings,
        "infos": .infos, "status": .status, "note": .note,
        "originalUnit": .originalUnit, "computedCompletionRate": .computedCompletionRate,
    ]

    /// The fields a column may show, by their JSON name.
    private static let fields: [String: FieldKey] = Dictionary(uniqueKeysWithValues: FormField.all
        .filter { $0.kind != .table }.map { ($0.name, $0.key) })

    /// Every key a layout may give.
    public static let allRawValues: Set<String> = Set(ownColumns.keys).union(fields.keys)

    public init?(rawValue: String) {
        guard let key = Self.ownColumns[rawValue] ?? Self.fields[rawValue].map(SummaryColumnKey.field) else { return nil }
        self = key
    }

    /// The field a column shows, nil for the run's own columns.
    public var field: FormField? {
        if case .field(let key) = self { FormField.named(key) } else { nil }
    }
}
