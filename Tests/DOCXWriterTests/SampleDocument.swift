import DOCXWriter
import Foundation

/// The document the read-back tests write: a notice with Chinese headings, paragraphs, bullets, a table,
/// hostile text (`<>&"'`, emoji, control characters) and a page break. `Tests/Fixtures/docx/sample.jixiao.docx`
/// is this document as written (see `Tests/Fixtures/docx/README.md`).
enum SampleDocument {
    static let created = Date(timeIntervalSince1970: 1_796_000_000)   // 2026-11-30T00:53:20Z

    static let document = Document(blocks: [
        .heading("关于2025年度部门整体支出绩效自评表的退回意见", level: .one),
        .paragraph([Run("单位："), Run("广州市黄埔区教育局", bold: true)]),
        .paragraph(["经审核，你单位报送的自评表存在以下问题，请于5个工作日内修改后重新报送。"]),
        .heading("一、强制性问题（须先更正）", level: .two),
        .bulletList([
            [Run("C7", bold: true), Run(" 年度预算数 1,250.00 与批复数 1,200.00 不符。", colour: .red)],
            ["D12 全年执行数大于年度预算数。"],
        ]),
        .heading("二、提示性问题（须附说明）", level: .two),
        .table(Table(header: ["单元格", "问题", "应改为"],
                     rows: [["E9", "执行率低于60%\n未说明偏差原因", "补充说明"], ["F3", "指标值为空"]],
                     columnWidths: .percent([15, 60, 25]))),
        .paragraph([Run("特殊字符：<a href=\"x\">&'</a> 😀 制表\t符", italic: true, size: 10.5),
                    Run("控制\u{1}字符\u{B}已\u{FFFE}删除")]),
        .pageBreak,
        .paragraph(["第二页"]),
    ], properties: DocumentProperties(title: "退回意见 <黄埔区教育局>", author: "黄埔区财政局", created: created))
}
