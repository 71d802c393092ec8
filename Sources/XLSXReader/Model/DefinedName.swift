/// A workbook's `<definedName>`: a name, its scope and its formula text as written.
///
/// The print area and print titles are defined names (`_xlnm.Print_Area`, `_xlnm.Print_Titles`) scoped to
/// their sheet; the reader also puts them on that sheet's ``PrintSetup``.
/// ```swift
/// let name = reader.definedNames[0]
/// name.name, name.sheetIndex, name.text      // "_xlnm.Print_Area", 0, "'自评表'!$A$1:$F$20"
/// name.areas?.first?.range.description       // "A1:F20"
/// ```
public struct DefinedName: Sendable, Hashable {
    public var name: String
    /// `localSheetId`: the index of the sheet it is scoped to (in workbook order), nil for the whole workbook.
    public var sheetIndex: Int?
    /// The formula text as written, without `=`.
    public var text: String
    public var hidden: Bool

    public init(name: String, sheetIndex: Int? = nil, text: String, hidden: Bool = false) {
        self.name = name
        self.sheetIndex = sheetIndex
        self.text = text
        self.hidden = hidden
    }

    /// The text read as a list of areas (`Sheet1!$A$1:$F$20,Sheet1!$H$1`), nil when it is anything else
    /// (a constant, a formula, an external reference).
    public var areas: [AreaReference]? { AreaReference.list(text) }

    /// The name of the print area.
    public static let printArea = "_xlnm.Print_Area"
    /// The name of the rows and columns repeated on every printed page.
    public static let printTitles = "_xlnm.Print_Titles"
}
