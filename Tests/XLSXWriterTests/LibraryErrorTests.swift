import CXlsxWriter
import Testing
@testable import XLSXWriter

/// libxlsxwriter's `lxw_error` codes and the writer's error kinds stay in step, as libxlsxwriter's own
/// `test_strerror.c` keeps its codes and messages in step.
@Suite("libxlsxwriter errors")
struct LibraryErrorTests {
    static let codes = Array((LXW_NO_ERROR.rawValue + 1)..<LXW_MAX_ERRNO.rawValue)

    @Test func theLibraryIsTheVersionTheGuardsWereMeasuredOn() {
        #expect(lxw_version_id() == 114)
        #expect(LXW_MAX_ERRNO.rawValue == 27)
    }

    @Test(arguments: codes)
    func everyCodeHasTextAndAKind(_ code: UInt32) {
        let libraryCode = lxw_error(rawValue: code)
        let message = XLSXWriterError.libraryMessage(libraryCode)
        #expect(!message.isEmpty)
        // Codes past the table get the library's fallback text; every real code has its own.
        #expect(message != XLSXWriterError.libraryMessage(LXW_MAX_ERRNO), "\(code): \(message)")
        let kind = XLSXWriterError.kindByLibraryCode[code]
        #expect(kind != nil, "lxw_error \(code) has no kind")
        if let kind { #expect(XLSXWriterError.Kind.allKnown.contains(kind)) }

        let error = XLSXWriterError(library: libraryCode, sheet: "表", cell: "C5")
        #expect(error.libraryCode == Int(code))
        #expect(error.detail == message)
        #expect(error.description.contains("lxw_error=\(code)"))
    }

    @Test func theTableHoldsNoStaleCodes() {
        #expect(Set(XLSXWriterError.kindByLibraryCode.keys) == Set(Self.codes))
    }

    @Test func kindsAreDistinct() {
        let raw = XLSXWriterError.Kind.allKnown.map(\.rawValue)
        #expect(Set(raw).count == raw.count)
    }
}
