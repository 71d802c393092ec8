/// A file a command writes: its path as given, the option that named it (`--summary`), and whether it is
/// streamed (a report: a device or a pipe may take it) or a workbook (written whole, to a regular file).
struct OutputTarget: Sendable {
    var path: String
    var option: String?
    var streamed: Bool

    init(_ path: String, option: String? = nil, streamed: Bool = false) {
        self.path = path
        self.option = option
        self.streamed = streamed
    }
}
