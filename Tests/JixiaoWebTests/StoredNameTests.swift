import Foundation
@testable import JixiaoWeb
import Testing

@Suite("Web: names and ids")
struct StoredNameTests {
    @Test func uploadNamesBecomeSafeBasenames() {
        let free: (String) -> Bool = { _ in false }
        #expect(StoredName.make(from: "回收/黄埔区/../../x.xlsx", taken: free) == "x.xlsx")
        #expect(StoredName.make(from: "C:\\Users\\a\\黄埔区（第2版）.xlsx", taken: free) == "黄埔区（第2版）.xlsx")
        #expect(StoredName.make(from: "..", taken: free) == "upload")
        #expect(StoredName.make(from: "a\u{0}b\u{1F}c\u{202E}.xlsx", taken: free) == "abc.xlsx")
        #expect(StoredName.make(from: ".hidden.xlsx", taken: free) == "hidden.xlsx")
        // NFD (a Mac's names) becomes NFC.
        #expect(StoredName.sanitised("e\u{301}.xlsx") == "\u{E9}.xlsx")
        let long = StoredName.make(from: String(repeating: "黄", count: 100) + ".xlsx", taken: free)
        #expect(long.utf8.count <= StoredName.maxLength && long.hasSuffix("黄.xlsx"))
        // A name in use gets the next free copy number, and stays within the length.
        let used: Set = ["自评表.xlsx", "自评表 (2).xlsx"]
        #expect(StoredName.make(from: "回收/番禺区/自评表.xlsx", taken: used.contains) == "自评表 (3).xlsx")
        #expect(StoredName.make(from: "README", taken: { $0 == "README" }) == "README (2)")
        let longUsed = StoredName.make(from: String(repeating: "黄", count: 100) + ".xlsx") { $0 == long }
        #expect(longUsed.utf8.count <= StoredName.maxLength && longUsed.hasSuffix(" (2).xlsx"))
        // However many copies, the number stays whole.
        let hundredth = StoredName.make(from: String(repeating: "黄", count: 100) + ".xlsx") { !$0.hasSuffix(" (100).xlsx") }
        #expect(hundredth.utf8.count <= StoredName.maxLength && hundredth.hasSuffix("黄 (100).xlsx"))
        #expect(StoredName.retired("自评表.xlsx", number: 7) == "007-自评表.xlsx")
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
