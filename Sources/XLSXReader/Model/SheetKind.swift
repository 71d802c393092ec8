/// What a sheet holds.
public enum SheetKind: String, Sendable, Hashable {
    /// A grid of cells.
    case worksheet
    /// A chart on its own tab: listed, with no cells.
    case chartsheet
    /// A dialog or macro sheet, or a part the reader cannot identify: listed, with no cells.
    case other
}
