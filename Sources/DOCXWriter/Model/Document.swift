/// A Word document to write: its blocks in order and its properties. Knows nothing of the 自评表.
///
/// ```swift
/// let document = Document(blocks: [
///     .heading("退回意见", level: .one),
///     .paragraph(["请于5个工作日内修改后重新报送。"]),
///     .bulletList([["A7 年度预算数与批复不符"], ["C12 偏差原因未填写"]]),
///     .table(Table(header: ["单元格", "问题"], rows: [["A7", "金额不符"]])),
/// ], properties: DocumentProperties(title: "退回意见", author: "财政局"))
/// try DocumentWriter().write(document, to: URL(fileURLWithPath: "退回意见.docx"))
/// ```
public struct Document: Sendable, Hashable {
    /// The body, top to bottom.
    public var blocks: [Block]
    /// Title, author and date, shown by Word under 文件 → 信息.
    public var properties: DocumentProperties

    public init(blocks: [Block] = [], properties: DocumentProperties = DocumentProperties()) {
        self.blocks = blocks
        self.properties = properties
    }
}
