/// What went wrong in the package layer (zip, part bytes, XML), before any reader's own rules: each reader's
/// error type (``PackageFailure``) turns these into its own kinds, so an `.xlsx` and a `.docx` refuse a bad
/// file the same way and name it in their own terms. The raw values are the readers' kind names: a reader's
/// kind of the same name is the same failure, and a reader lists only the kinds it names otherwise.
///
/// ```swift
/// XLSXError(packageFailure: .compoundFile, part: nil, detail: nil).kind   // .legacyXLS
/// ```
package enum PackageFailureKind: String, Sendable, Hashable, CaseIterable {
    /// The file could not be opened or read (missing, a folder, no permission).
    case fileUnreadable = "file-unreadable"
    /// Not a zip package at all (text, an image, an empty file…).
    case notZip = "not-zip"
    /// HTML or XML text under a package's name (a web page saved as `.doc`, or renamed `.docx`).
    case markupText = "markup-text"
    /// RTF text under a package's name (`{\rtf`: WordPad's and WPS's "Word" files).
    case richText = "rich-text"
    /// An OLE2 compound file without an encrypted package: an Office 97–2003 file (`.xls`, `.doc`, `.et`, `.wps`).
    case compoundFile = "compound-file"
    /// A password-encrypted package (an OLE2 file holding `EncryptedPackage`), or an encrypted zip entry.
    case encrypted = "encrypted"
    /// The zip is truncated or its directory is damaged.
    case damagedZip = "damaged-zip"
    /// An entry failed its CRC, did not inflate, or inflated to another size than declared.
    case corruptEntry = "corrupt-entry"
    /// Two entries name the same part.
    case duplicateEntry = "duplicate-entry"
    /// A part the reader needs is not in the package.
    case missingPart = "missing-part"
    /// A part declares a DTD or entities.
    case forbiddenDTD = "forbidden-dtd"
    /// An entry is larger than the cap, or inflates far more than its compressed size allows (a zip bomb).
    case entryTooLarge = "entry-too-large"
    /// The file is larger than the cap.
    case fileTooLarge = "file-too-large"
    /// Reading took longer than the time limit.
    case timeLimitExceeded = "time-limit-exceeded"
    /// A part is not well-formed XML.
    case malformedXML = "malformed-xml"
    /// A part's bytes are not valid UTF-8 (or not in an encoding a package may use).
    case invalidEncoding = "invalid-encoding"
    /// A part is present but empty: no bytes, or no root element.
    case emptyPart = "empty-part"
    /// A part nests elements deeper than ``ElementNesting/limit``.
    case nestingTooDeep = "nesting-too-deep"
}
