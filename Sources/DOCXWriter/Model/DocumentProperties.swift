import Foundation

/// A document's core properties (`docProps/core.xml`): what Word shows as 标题, 作者 and 创建时间.
///
/// ```swift
/// let properties = DocumentProperties(title: "退回意见", author: "黄埔区财政局", created: Date())
/// ```
public struct DocumentProperties: Sendable, Hashable {
    /// The title, or nil for none.
    public var title: String?
    /// The author (also written as the last to modify it), or nil for none.
    public var author: String?
    /// When it was made: written as the created and modified times (UTC) and as the zip entries' dates, so the
    /// same document and date give the same bytes. Nil: the time of writing, and no created time in the
    /// properties.
    public var created: Date?

    public init(title: String? = nil, author: String? = nil, created: Date? = nil) {
        self.title = title
        self.author = author
        self.created = created
    }
}
