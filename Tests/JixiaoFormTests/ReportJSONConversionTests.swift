import Foundation
@testable import JixiaoForm
import JixiaoTestSupport
import Testing

/// A file read through a conversion says so in its JSON entry (`convertedFrom`, right after `status`); every
/// other entry is as it always was.
@Suite("JSON entry of a converted file")
struct ReportJSONConversionTests {
    @Test func convertedFromFollowsStatusOnlyWhenSet() throws {
        var report = FormValidator().validate(fileAt: Fixtures.form("panyu-2021.xlsx"), path: "回收/番禺区.xls")
        let plain = ReportJSON.fileText(report, errorMessage: nil)
        #expect(!plain.contains("convertedFrom"))
        report.convertedFrom = "xls"
        let converted = ReportJSON.fileText(report, errorMessage: nil)
        #expect(converted.hasPrefix("{\n  \"path\": \"回收/番禺区.xls\",\n  \"kind\": \"form\",\n  \"pairedWith\": null,\n  \"status\": \"ok\",\n  \"convertedFrom\": \"xls\",\n  \"error\": null,"))
        // Nothing else changes.
        #expect(converted.replacingOccurrences(of: "\n  \"convertedFrom\": \"xls\",", with: "") == plain)
    }
}
