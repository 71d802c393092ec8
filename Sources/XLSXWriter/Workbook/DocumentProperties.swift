import Foundation

/// The document properties Excel shows under File › Info (`docProps/core.xml` and `app.xml`), and custom
/// text properties (File › Properties › Custom, `docProps/custom.xml`), which Excel, WPS and LibreOffice keep
/// when they save the file again.
///
/// ```swift
/// try workbook.setProperties(DocumentProperties(title: "2021年度部门整体支出绩效自评表",
///                                               author: "jixiao", company: "黄浦区财政局",
///                                               custom: ["jixiao-output": "summary"]))
/// ```
public struct DocumentProperties: Hashable, Sendable {
    public var title: String?
    public var subject: String?
    public var author: String?
    public var manager: String?
    public var company: String?
    public var category: String?
    public var keywords: String?
    public var comments: String?
    public var status: String?
    /// The creation time stored in the file; nil for now. Set it to make byte-identical output for equal input.
    public var created: Date?
    /// Custom text properties by name, written in name order.
    public var custom: [String: String]

    public init(title: String? = nil, subject: String? = nil, author: String? = nil, manager: String? = nil,
                company: String? = nil, category: String? = nil, keywords: String? = nil, comments: String? = nil,
                status: String? = nil, created: Date? = nil, custom: [String: String] = [:]) {
        self.title = title
        self.subject = subject
        self.author = author
        self.manager = manager
        self.company = company
        self.category = category
        self.keywords = keywords
        self.comments = comments
        self.status = status
        self.created = created
        self.custom = custom
    }

    /// Each text property with its label, for checking.
    var labelledTexts: [(label: String, text: String)] {
        let all: [(String, String?)] = [
            ("title", title), ("subject", subject), ("author", author), ("manager", manager), ("company", company),
            ("category", category), ("keywords", keywords), ("comments", comments), ("status", status),
        ]
        return all.compactMap { label, text in text.map { (label, $0) } }
    }
}
