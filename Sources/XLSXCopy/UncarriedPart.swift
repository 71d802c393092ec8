/// Something of the source workbook a copy leaves out (``WorkbookCopier/uncarriedParts``), named so a caller can
/// tell the person rather than drop it silently.
///
/// ```swift
/// for part in copier.uncarriedParts {
///     print(part.kind.rawValue, part.sheet ?? "", part.part ?? "")   // "chart" "Sheet1" "xl/charts/chart1.xml"
/// }
/// ```
public struct UncarriedPart: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case image, chart, drawing, conditionalFormat, pivotTable, table, vbaProject, externalLink, slicer,
             oleObject, other
        /// A chart on its own tab: the sheet itself is left out.
        case chartSheet
        /// A link from a cell (to a web page, a file or a place in the workbook).
        case hyperlink
        /// A gradient fill, written without its fill.
        case gradientFill
        /// A custom document property the writer cannot hold (a name or value over 255 characters).
        case documentProperties
        /// A sheet feature inside the sheet's own XML the copy does not write (sparklines, protected ranges,
        /// ignored errors, form controls…); ``UncarriedPart/part`` names the element.
        case sheetFeature
        /// A merged range overlapping another (a damaged or hand-edited sheet; Excel repairs such a file by
        /// dropping one): the later range is left unmerged; ``UncarriedPart/part`` names it.
        case overlappingMerge
    }

    public var kind: Kind
    /// The sheet it belongs to, when known.
    public var sheet: String?
    /// The package path (`xl/charts/chart1.xml`), or for a sheet feature its element name.
    public var part: String?

    public init(kind: Kind, sheet: String? = nil, part: String? = nil) {
        self.kind = kind
        self.sheet = sheet
        self.part = part
    }
}
