/// What a value cell holds where a figure is expected.
enum FigureReading: Sendable, Hashable {
    /// Nothing (or only whitespace, or a formula without a saved result).
    case blank
    /// A mark such as `--` or `基数为0`: not applicable, not zero.
    case notApplicable(text: String)
    /// A number.
    case figure(CellFigure)
    /// Something that is not a number (prose, an error value).
    case unreadable(text: String)

    var figure: CellFigure? { if case .figure(let figure) = self { figure } else { nil } }
}
