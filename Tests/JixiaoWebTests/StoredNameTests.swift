import Foundation
@testable import JixiaoWeb
import Testing

@Suite("Web: names and ids")
struct StoredNameTests {
    @Test func uploadNamesBecomeSafeBasenames() {
        #expect(StoredName.make(number: 7, from: "回收/黄埔区/../../x.xlsx") == "007-x.xlsx")
        #expect(StoredName.make(number: 12, from: "C:\\Users\\a\\黄埔区（第2版）.xlsx") == "012-黄埔区（第2版）.xlsx")
        #expect(StoredName.make(number: 1, from: "..") == "001-upload")
        #expect(StoredName.make(number: 1, from: "a\u{0}b\u{1F}c\u{202E}.xlsx") == "001-abc.xlsx")
        #expect(StoredName.make(number: 1, from: ".hidden.xlsx") == "001-hidden.xlsx")
        // NFD (a Mac's names) becomes NFC.
        #expect(StoredName.sanitised("e\u{301}.xlsx") == "\u{E9}.xlsx")
        let long = StoredName.make(number: 1, from: String(repeating: "黄", count: 100) + ".xlsx")
        #expect(long.utf8.count <= StoredName.maxLength && long.hasSuffix("黄.xlsx"))
        #expect(StoredName.number(of: "042-a.xlsx") == 42)
        #expect(StoredName.displayPart(of: "files/042-黄埔-1.xlsx") == "黄埔-1.xlsx")
    }

    @Test func roundIdsHaveOnePattern() {
        #expect(RoundID("20261207-214855-a3f9") != nil)
        for bad in ["../../etc", "20261207-214855-A3F9", "20261207-214855-a3f", "20261207/214855-a3f9", "", "20261207-214855-a3f9x"] {
            #expect(RoundID(bad) == nil, "\(bad)")
        }
        #expect(RoundID(RoundID.make().value) != nil)
    }

    @Test func contentDispositionOfUploads() {
        let folder = ContentDisposition(#"form-data; name="files"; filename="回收/黄埔区.xlsx""#)
        #expect(folder?.name == "files")
        #expect(folder?.filename == "回收/黄埔区.xlsx")
        #expect(ContentDisposition(#"form-data; name="files"; filename="a%22b.xlsx""#)?.filename == "a\"b.xlsx")
        #expect(ContentDisposition(#"form-data; name="name""#)?.filename == nil)
        #expect(ContentDisposition("form-data; filename=\"x\"") == nil)
        #expect(FormFields("name=%E7%AC%AC%E4%BA%8C+%E8%BD%AE&x=1&name=2")["name"] == "第二 轮")
        #expect(Download.disposition("汇总 \"1\".xlsx")
                == "attachment; filename=\"__ _1_.xlsx\"; filename*=UTF-8''%E6%B1%87%E6%80%BB%20%221%22.xlsx")
    }
}
