import OOXMLPackage

/// The document reader's errors as the package layer makes them: each package kind is the `DOCXError` kind of
/// the same name, an OLE2 file that is not encrypted is an old `.doc` (or `.wps`), and HTML and RTF under a Word
/// name are told apart from other text.
///
/// ```swift
/// DOCXError(packageFailure: .markupText, part: nil, detail: nil).kind   // .htmlDocument
/// ```
extension DOCXError: PackageFailure {
    package init(packageFailure kind: PackageFailureKind, part: String?, detail: String?) {
        self.init(Self.renamed[kind] ?? Kind(rawValue: kind.rawValue), part: part, detail: detail)
    }

    package var packageKind: PackageFailureKind? {
        PackageFailureKind(rawValue: kind.rawValue) ?? Self.renamed.first { $0.value == kind }?.key
    }

    /// The package kinds this reader names otherwise.
    private static let renamed: [PackageFailureKind: Kind] = [
        .markupText: .htmlDocument, .richText: .rtfDocument, .compoundFile: .legacyDOC,
    ]
}
