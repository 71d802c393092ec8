/// Whether a sheet shows in Excel's tab bar.
public enum SheetState: String, Sendable, Hashable, CaseIterable {
    case visible
    /// Hidden, and can be unhidden from Excel's menu.
    case hidden
    /// Hidden, and can be unhidden only by a macro or by editing the file.
    case veryHidden
}
