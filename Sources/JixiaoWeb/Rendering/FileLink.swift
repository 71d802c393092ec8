/// How a page names a file of the report and where its page is: the server knows both (the report's paths are
/// its own folders'), the renderers only show them.
///
/// ```swift
/// let link: (String) -> FileLink = { path in
///     FileLink(name: String(path.dropFirst(filesFolder.count + 1)), url: "/rounds/\(id)/files/\(index[path]!)")
/// }
/// ```
struct FileLink: Sendable, Hashable {
    /// The name shown (the file's path inside the round, as uploaded).
    var name: String
    /// The file page's URL; nil where there is none (the name is shown as text).
    var url: String?
}
