/// Whether a sheet shows in Excel's tab bar.
public enum SheetState: String, Sendable, Hashable, CaseIterable {
    case visible
    /// Hidden, and can be unhidden from Excel's menu.
    case hidden
    /// Hidden, and can be unhidden only by a macro or by editing the file.
    case veryHidden
}

/// What a sheet holds.
public enum SheetKind: String, Sendable, Hashable {
    /// A grid of cells.
    case worksheet
    /// A chart on its own tab: listed, with no cells.
    case chartsheet
    /// A dialog or macro sheet, or a part the reader cannot identify: listed, with no cells.
    case other
}
