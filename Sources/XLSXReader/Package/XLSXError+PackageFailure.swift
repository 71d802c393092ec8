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
        self.init(Self.kind(kind), part: part, detail: detail)
    }

    package var packageKind: PackageFailureKind? {
        switch kind {
        case .fileUnreadable: .fileUnreadable
        case .notZip: .notZip
        case .legacyXLS: .compoundFile
        case .encrypted: .encrypted
        case .damagedZip: .damagedZip
        case .corruptEntry: .corruptEntry
        case .duplicateEntry: .duplicateEntry
        case .missingPart: .missingPart
        case .forbiddenDTD: .forbiddenDTD
        case .entryTooLarge: .entryTooLarge
        case .fileTooLarge: .fileTooLarge
        case .timeLimitExceeded: .timeLimitExceeded
        case .malformedXML: .malformedXML
        case .invalidEncoding: .invalidEncoding
        case .emptyPart: .emptyPart
        case .nestingTooDeep: .nestingTooDeep
        default: nil
        }
    }

    private static func kind(_ kind: PackageFailureKind) -> Kind {
        switch kind {
        case .fileUnreadable: .fileUnreadable
        case .notZip, .markupText, .richText: .notZip
        case .compoundFile: .legacyXLS
        case .encrypted: .encrypted
        case .damagedZip: .damagedZip
        case .corruptEntry: .corruptEntry
        case .duplicateEntry: .duplicateEntry
        case .missingPart: .missingPart
        case .forbiddenDTD: .forbiddenDTD
        case .entryTooLarge: .entryTooLarge
        case .fileTooLarge: .fileTooLarge
        case .timeLimitExceeded: .timeLimitExceeded
        case .malformedXML: .malformedXML
        case .invalidEncoding: .invalidEncoding
        case .emptyPart: .emptyPart
        case .nestingTooDeep: .nestingTooDeep
        }
    }
}
