import DOCXWriter
import Foundation
import JixiaoTestSupport
import Testing

/// LibreOffice opens the written document and prints every text of it, in order, on two A4 pages.
@Suite("DOCX in LibreOffice")
struct LibreOfficeReadingTests {
    @Test func libreOfficePrintsTheSampleDocument() throws {
        let folder = TestFolder()
        let url = folder.file("退回意见.docx")
        try DocumentWriter().write(SampleDocument.document, to: url)
        let text: String
        do {
            text = try PageRenderer().text(of: url)
        } catch let error as PageRenderError {
            Issue.record("\(error) (and libreoffice-writer for .docx)")
            return
        }
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .filter { !$0.allSatisfy(\.isWhitespace) }
        #expect(pages.count == 2)
        // pdftotext lays out by position: compare the words in order, spaces and line ends aside.
        let words = text.filter { !$0.isWhitespace }
        let expected = [
            "关于2025年度部门整体支出绩效自评表的退回意见", "单位：广州市黄埔区教育局",
            "经审核，你单位报送的自评表存在以下问题，请于5个工作日内修改后重新报送。",
            "一、强制性问题（须先更正）", "•C7年度预算数1,250.00与批复数1,200.00不符。", "•D12全年执行数大于年度预算数。",
            "二、提示性问题（须附说明）", "单元格问题应改为", "执行率低于60%", "未说明偏差原因", "F3指标值为空",
            "特殊字符：<ahref=\"x\">&'</a>😀制表符控制字符已删除", "第二页",
        ]
        // The two-line cell's row is centred vertically, so its one-line cells print between its lines.
        #expect(words.contains("E9") && words.contains("补充说明"))
        var rest = Substring(words)
        for piece in expected {
            guard let found = rest.range(of: piece) else {
                Issue.record("\(piece) not found in order in: \(words)")
                return
            }
            rest = rest[found.upperBound...]
        }
        #expect(pages.last?.contains("第二页") == true)
    }
}
