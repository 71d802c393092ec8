import OOXMLPackage

/// The workbook reader's errors as the package layer (``ZipArchive``, the part streams, ``XMLPartParser``)
/// makes them: each package kind is the `XLSXError` kind of the same name, an OLE2 file that is not encrypted is
/// an old `.xls`, and HTML or RTF text is not a zip.
///
/// ```swift
/// XLSXError(packageFailure: .compoundFile, part: nil, detail: nil).kind   // .legacyXLS
/// ```
extension XLSXError: PackageFailure {
    package init(packageFailure kind: PackageFailureKind, part: String?, detail: String?) {
        self.init(Self.renamed[kind] ?? Kind(rawValue: kind.rawValue), part: part, detail: detail)
    }

    package var packageKind: PackageFailureKind? {
        kind == .legacyXLS ? .compoundFile : PackageFailureKind(rawValue: kind.rawValue)
    }

    /// The package kinds this reader names otherwise.
    private static let renamed: [PackageFailureKind: Kind] = [
        .markupText: .notZip, .richText: .notZip, .compoundFile: .legacyXLS,
    ]
}
