/// A package-layer failure as the layer's own code throws it: the zip entry reader, the part streams and the
/// byte check are not generic over the reader's error type, so their per-chunk code is compiled once here
/// (Swift does not specialise a `package` generic for another module, and every call then looked its types up
/// at run time). ``converted(to:)`` turns it into the reader's error where it leaves the layer.
///
/// ```swift
/// let failure = PackageError(packageFailure: .corruptEntry, part: "word/document.xml", detail: nil)
/// failure.converted(to: DOCXError.self).kind   // .corruptEntry
/// ```
package struct PackageError: PackageFailure {
    package var kind: PackageFailureKind
    package var part: String?
    package var detail: String?

    package init(packageFailure kind: PackageFailureKind, part: String?, detail: String?) {
        self.kind = kind
        self.part = part
        self.detail = detail
    }

    package var packageKind: PackageFailureKind? { kind }

    /// The same failure as the reader's error type.
    package func converted<Failure: PackageFailure>(to _: Failure.Type = Failure.self) -> Failure {
        Failure(packageFailure: kind, part: part, detail: detail)
    }
}
