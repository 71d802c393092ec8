/// What went wrong in the package layer (zip, part bytes, XML), before any reader's own rules: each reader's
/// error type (``PackageFailure``) turns these into its own kinds, so an `.xlsx` and a `.docx` refuse a bad
/// file the same way and name it in their own terms.
///
/// ```swift
/// XLSXError(packageFailure: .compoundFile, part: nil, detail: nil).kind   // .legacyXLS
/// ```
package enum PackageFailureKind: Sendable, Hashable {
    /// The file could not be opened or read (missing, a folder, no permission).
    case fileUnreadable
    /// Not a zip package at all (text, an image, an empty file…).
    case notZip
    /// HTML or XML text under a package's name (a web page saved as `.doc`, or renamed `.docx`).
    case markupText
    /// RTF text under a package's name (`{\rtf`: WordPad's and WPS's "Word" files).
    case richText
    /// An OLE2 compound file without an encrypted package: an Office 97–2003 file (`.xls`, `.doc`, `.et`, `.wps`).
    case compoundFile
    /// A password-encrypted package (an OLE2 file holding `EncryptedPackage`), or an encrypted zip entry.
    case encrypted
    /// The zip is truncated or its directory is damaged.
    case damagedZip
    /// An entry failed its CRC, did not inflate, or inflated to another size than declared.
    case corruptEntry
    /// Two entries name the same part.
    case duplicateEntry
    /// A part the reader needs is not in the package.
    case missingPart
    /// A part declares a DTD or entities.
    case forbiddenDTD
    /// An entry is larger than the cap, or inflates far more than its compressed size allows (a zip bomb).
    case entryTooLarge
    /// The file is larger than the cap.
    case fileTooLarge
    /// Reading took longer than the time limit.
    case timeLimitExceeded
    /// A part is not well-formed XML.
    case malformedXML
    /// A part's bytes are not valid UTF-8 (or not in an encoding a package may use).
    case invalidEncoding
    /// A part is present but empty: no bytes, or no root element.
    case emptyPart
    /// A part nests elements deeper than ``ElementNesting/limit``.
    case nestingTooDeep
}
