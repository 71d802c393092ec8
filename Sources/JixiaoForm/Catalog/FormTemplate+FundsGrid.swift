extension FormTemplate {
    /// How the rows of a funds grid are told apart (form.json `fundsGrid`): a grid lists its figures by source of
    /// funds (资金来源, 收入性质) under a header row naming 年初预算数 / 全年预算数 / 全年执行数 / 执行率, and puts its
    /// total row (合计, 总计, 总额, 年度资金总额) first, last or after a 其中 block.
    ///
    /// Labels may be written as patterns (``LabelPattern``) and are compared normalised, as the fields' labels are.
    ///
    /// ```swift
    /// let grid = try TemplateBundle.standard.get().form.fundsGrid
    /// grid.partPrefixes   // ["其中"]
    /// ```
    public struct FundsGrid: Sendable, Decodable {
        /// Labels of a grid's total row.
        public var totalLabels: [String]
        /// Openings that make a row label a part of the total (`其中：财政拨款`).
        public var partPrefixes: [String]
        /// Names of sources of funds: a row so labelled is a part of the total, never the total itself.
        public var partLabels: [String]
    }
}
