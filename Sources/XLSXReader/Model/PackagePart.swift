/// One part of an XLSX package as listed (``Workbook/packageParts``): its path, its content type and, where a
/// sheet's relationships lead to it, that sheet; also a sheet's links to outside the package.
///
/// Listed, not read: a program that rewrites a workbook uses the list to name what it does not carry over.
///
/// ```swift
/// let workbook = try Workbook(contentsOf: url, options: .copying)
/// for part in workbook.packageParts where part.relationshipType == "chart" {
///     print(part.path, part.sheet ?? "")   // "xl/charts/chart1.xml" "Sheet1"
/// }
/// ```
public struct PackagePart: Sendable, Hashable {
    /// The part's path inside the package (`xl/charts/chart1.xml`); for an external target, the target as
    /// written (`https://www.mof.gov.cn/`).
    public var path: String
    /// The content type `[Content_Types].xml` gives it, nil when it gives none (and for external targets).
    public var contentType: String?
    /// The sheet whose relationships name the part, directly or through the sheet's drawing; nil for parts of
    /// the workbook as a whole.
    public var sheet: String?
    /// The last segment of the relationship type that names it (`drawing`, `chart`, `image`, `hyperlink`,
    /// `comments`, `table`...), nil for a part no sheet names.
    public var relationshipType: String?
    /// A target outside the package (`TargetMode="External"`).
    public var isExternal: Bool

    public init(path: String, contentType: String? = nil, sheet: String? = nil, relationshipType: String? = nil,
                isExternal: Bool = false) {
        self.path = path
        self.contentType = contentType
        self.sheet = sheet
        self.relationshipType = relationshipType
        self.isExternal = isExternal
    }
}
