import OOXMLPackage

/// The document reader's errors as the package layer makes them: an OLE2 file that is not encrypted is an old
/// `.doc` (or `.wps`), HTML and RTF under a Word name are told apart from other text.
///
/// ```swift
/// DOCXError(packageFailure: .markupText, part: nil, detail: nil).kind   // .htmlDocument
/// ```
extension DOCXError: PackageFailure {
    package init(packageFailure kind: PackageFailureKind, part: String?, detail: String?) {
        let mapped: Kind = switch kind {
        case .fileUnreadable: .fileUnreadable
        case .notZip: .notZip
        case .markupText: .htmlDocument
        case .richText: .rtfDocument
        case .compoundFile: .legacyDOC
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
        self.init(mapped, part: part, detail: detail)
    }

    package var packageKind: PackageFailureKind? {
        switch kind {
        case .fileUnreadable: .fileUnreadable
        case .notZip: .notZip
        case .htmlDocument: .markupText
        case .rtfDocument: .richText
        case .legacyDOC: .compoundFile
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
}
