/// The score a funds grid gives budget execution beside its figures (MOF: `分值 | 执行率 | 得分`; Sichuan:
/// `权重 | 得分` on the 总额 row), typically 10 points. It is no row of the indicator grid, but the 总分 below
/// that grid counts it.
///
/// ```swift
/// form.score?.fundsBlock?.score?.text    // "9.8"
/// form.score?.fundsBlock?.source.cell    // H5
/// ```
///
/// A grid whose 得分 is blank (a blank form) has one without a score: its cell is where the score belongs.
public struct FundsBlockScore: Sendable, Hashable {
    /// The 分值 (权重) beside it, when the grid states one.
    public var weight: ShownDecimal?
    /// The 得分; nil where its cell is blank.
    public var score: ShownDecimal?
    /// Where the score was read.
    public var source: FieldSource

    public init(weight: ShownDecimal?, score: ShownDecimal?, source: FieldSource) {
        self.weight = weight
        self.score = score
        self.source = source
    }
}
