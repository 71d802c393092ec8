import DOCXReader
import OOXMLPackage
import Testing
import XLSXReader

/// Every package failure becomes a kind each reader knows (by the same name, or the one it names otherwise),
/// and reads back as the same package failure where the reader keeps it apart.
@Suite("Package failures in each reader's words")
struct PackageFailureNamesTests {
    @Test func everyPackageKindIsAKnownKindOfEachReader() {
        for kind in PackageFailureKind.allCases {
            let docx = DOCXError(packageFailure: kind, part: nil, detail: nil)
            #expect(DOCXError.Kind.allKnown.contains(docx.kind), "\(kind)")
            #expect(docx.packageKind == kind, "\(kind)")
            let xlsx = XLSXError(packageFailure: kind, part: nil, detail: nil)
            #expect(XLSXError.Kind.allKnown.contains(xlsx.kind), "\(kind)")
        }
        #expect(DOCXError(packageFailure: .compoundFile, part: nil, detail: nil).kind == .legacyDOC)
        #expect(XLSXError(packageFailure: .compoundFile, part: nil, detail: nil).kind == .legacyXLS)
        #expect(XLSXError(packageFailure: .markupText, part: nil, detail: nil).kind == .notZip)
        #expect(XLSXError(packageFailure: .corruptEntry, part: "xl/styles.xml", detail: nil).packageKind == .corruptEntry)
    }
}
