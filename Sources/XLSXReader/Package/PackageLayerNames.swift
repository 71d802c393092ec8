import OOXMLPackage

// The package layer's types as the workbook reader uses them (their error type fixed to `XLSXError`), under the
// names they had when they lived in this module: its code and its tests name them so.

typealias ZipArchive = OOXMLPackage.ZipArchive<XLSXError>
typealias PartBytesCheck = OOXMLPackage.PartBytesCheck<XLSXError>
typealias FileSignature = OOXMLPackage.FileSignature
typealias XMLPartParser = OOXMLPackage.XMLPartParser
typealias PartCache = OOXMLPackage.PartCache
typealias UTF8Validator = OOXMLPackage.UTF8Validator
typealias PrologScanner = OOXMLPackage.PrologScanner
typealias Relationships = OOXMLPackage.Relationships
