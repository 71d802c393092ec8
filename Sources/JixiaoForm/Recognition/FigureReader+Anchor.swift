extension FigureReader {
    /// The figure an anchor's cell shows. A text cell's text was cleaned once when the sheet was read
    /// (``LabelAnchor/cleanedText``) and is not cleaned again.
    func read(_ anchor: LabelAnchor?) -> FigureReading {
        guard let anchor else { return .blank }
        return anchor.cell.value.isText ? read(cleaned: anchor.cleanedText) : read(anchor.cell)
    }
}
