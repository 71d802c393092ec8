extension FormField {
    /// A column of a table field (年度关键指标, 主要任务, the 评分表's rows) or a figure of the 评分表 itself: its
    /// name in the row's JSON object, its kind, whether it is worked out rather than read, and where it lives.
    ///
    /// ```swift
    /// FormField.taskColumns.map(\.name)        // ["name", "goal", "goalResult", "indicator", "indicatorResult", "funds"]
    /// FormField.indicatorColumns[3].isDerived  // true: targetValue is read from the target's text
    /// ```
    public struct Column<Row>: Sendable {
        public let name: String
        public let kind: Kind
        /// Read from another column (an indicator's figures and unit from its text) or worked out (the 评分表's
        /// totals and grade): `fill` does not read it.
        public let isDerived: Bool
        let place: Place

        /// Read and written through closures, as ``FormField``'s places are.
        enum Place: Sendable {
            case text(read: @Sendable (Row) -> String?, write: @Sendable (inout Row, String?) -> Void)
            /// A text worked out from others (an indicator's unit): written, never set.
            case shownText(read: @Sendable (Row) -> String?)
            case figure(read: @Sendable (Row) -> ShownDecimal?, write: @Sendable (inout Row, ShownDecimal?) -> Void)
        }

        init(_ name: some RawRepresentable<String>, _ kind: Kind, _ place: Place, derived: Bool = false) {
            self.init(name.rawValue, kind, place, derived: derived)
        }

        init(_ name: String, _ kind: Kind, _ place: Place, derived: Bool = false) {
            self.name = name
            self.kind = kind
            self.place = place
            isDerived = derived
        }

        /// The text of a text column; nil for a figure.
        public func text(in row: Row) -> String? {
            switch place {
            case .text(let read, _): read(row)
            case .shownText(let read): read(row)
            case .figure: nil
            }
        }

        /// The figure of a figure column; nil for a text.
        public func figure(in row: Row) -> ShownDecimal? {
            if case .figure(let read, _) = place { read(row) } else { nil }
        }

        /// Stores a text column's text or a figure column's figure; a worked-out text is left alone.
        func set(text: String?, in row: inout Row) {
            if case .text(_, let write) = place { write(&row, text) }
        }

        func set(figure: ShownDecimal?, in row: inout Row) {
            if case .figure(_, let write) = place { write(&row, figure) }
        }
    }

    /// The columns of a 年度关键指标 row, in the contract's order. (The comparison a target states,
    /// `targetOperator`, is a key findings may name but no column of the JSON.)
    public static let indicatorColumns: [Column<KeyIndicator>] = [
        Column(FieldKey.IndicatorColumn.name, .text, .text(read: { $0.name }, write: { $0.name = $1 })),
        Column(FieldKey.IndicatorColumn.target, .text, .text(read: { $0.target }, write: { $0.target = $1 })),
        Column(FieldKey.IndicatorColumn.result, .text, .text(read: { $0.result }, write: { $0.result = $1 })),
        Column(FieldKey.IndicatorColumn.targetValue, .amount,
               .figure(read: { $0.targetValue }, write: { $0.targetValue = $1 }), derived: true),
        Column(FieldKey.IndicatorColumn.resultValue, .amount,
               .figure(read: { $0.resultValue }, write: { $0.resultValue = $1 }), derived: true),
        Column(FieldKey.IndicatorColumn.unit, .text, .shownText(read: { $0.unit }), derived: true),
    ]

    /// The columns of a 主要任务 row, in the contract's order.
    public static let taskColumns: [Column<MainTask>] = [
        Column(FieldKey.TaskColumn.name, .text, .text(read: { $0.name }, write: { $0.name = $1 })),
        Column(FieldKey.TaskColumn.goal, .text, .text(read: { $0.goal }, write: { $0.goal = $1 })),
        Column(FieldKey.TaskColumn.goalResult, .text, .text(read: { $0.goalResult }, write: { $0.goalResult = $1 })),
        Column(FieldKey.TaskColumn.indicator, .text, .text(read: { $0.indicator }, write: { $0.indicator = $1 })),
        Column(FieldKey.TaskColumn.indicatorResult, .text, .text(read: { $0.indicatorResult }, write: { $0.indicatorResult = $1 })),
        Column(FieldKey.TaskColumn.funds, .amount, .figure(read: { $0.funds }, write: { $0.funds = $1 })),
    ]

    /// The columns of a 评分表 row, in the contract's order.
    public static let scoreRowColumns: [Column<ScoreRow>] = [
        Column(FieldKey.ScoreColumn.level1, .text, .text(read: { $0.level1 }, write: { $0.level1 = $1 })),
        Column(FieldKey.ScoreColumn.level2, .text, .text(read: { $0.level2 }, write: { $0.level2 = $1 })),
        Column(FieldKey.ScoreColumn.level3, .text, .text(read: { $0.level3 }, write: { $0.level3 = $1 })),
        Column(FieldKey.ScoreColumn.weight, .weight, .figure(read: { $0.weight }, write: { $0.weight = $1 })),
        Column(FieldKey.ScoreColumn.score, .score, .figure(read: { $0.score }, write: { $0.score = $1 })),
        Column(FieldKey.ScoreColumn.reason, .text, .text(read: { $0.reason }, write: { $0.reason = $1 })),
    ]

    /// The 评分表's own figures after its rows (`score.totalWeight`, `score.total`, `score.grade`), all worked
    /// out from the rows.
    public static let scoreSheetColumns: [Column<ScoreSheet>] = [
        Column("totalWeight", .weight, .figure(read: { $0.totalWeight }, write: { $0.totalWeight = $1 }), derived: true),
        Column("total", .score, .figure(read: { $0.total }, write: { $0.total = $1 }), derived: true),
        Column("grade", .text, .text(read: { $0.grade }, write: { $0.grade = $1 }), derived: true),
    ]
}
