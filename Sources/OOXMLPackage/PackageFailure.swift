/// A reader's own error type, as the package layer makes and inspects it: ``ZipArchive``, the part streams and
/// ``XMLPartParser`` are generic over it, so they throw `XLSXError` for the workbook reader and `DOCXError` for
/// the document reader without a conversion at every call.
///
/// ```swift
/// extension DOCXError: PackageFailure {
///     init(packageFailure kind: PackageFailureKind, part: String?, detail: String?) { … }
///     var packageKind: PackageFailureKind? { … }
/// }
/// ```
package protocol PackageFailure: Error {
    /// The reader's error for a package-layer failure.
    init(packageFailure kind: PackageFailureKind, part: String?, detail: String?)
    /// The package-layer kind of this error, or nil for one of the reader's own kinds.
    var packageKind: PackageFailureKind? { get }
    /// The package part the error belongs to.
    var part: String? { get set }
}

extension PackageFailure {
    /// A package-layer failure: `throw Failure.failure(.missingPart, part: name)`.
    @inlinable
    package static func failure(_ kind: PackageFailureKind, part: String? = nil, detail: String? = nil) -> Self {
        Self(packageFailure: kind, part: part, detail: detail)
    }
}
