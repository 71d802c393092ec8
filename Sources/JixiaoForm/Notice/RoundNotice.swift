/// The covering summary of a round's notices (退回意见汇总): what was received, what passed, which units are
/// returned (with how many items of each kind), which units sent nothing, which files could not be read and which
/// units are not on the list. Plain values the caller gathers from its run.
///
/// Without a reference list there is no missing unit and no unit off the list to speak of: ``missing`` and
/// ``notOnList`` are nil, and the summary says that they were not counted rather than showing 0.
///
/// ```swift
/// let round = RoundNotice(files: 12, forms: 12, passed: 8,
///                         returned: notices.map(RoundNotice.Returned.init(notice:)),
///                         missing: ["广州市黄埔区档案馆"],
///                         unreadable: [.init(file: "城管局.xlsx", reason: "文件已加密")],
///                         notOnList: [.init(unit: "黄埔区老干部局", file: "老干部局.xlsx")])
/// round.returned.count   // 3
/// ```
public struct RoundNotice: Sendable, Hashable {
    /// A returned unit, with its notice's counts.
    ///
    /// ```swift
    /// RoundNotice.Returned(notice: notice).errors   // notice.count(.error)
    /// ```
    public struct Returned: Sendable, Hashable {
        public var unit: String
        /// Its files, the counted one first.
        public var files: [String]
        /// Items that must be corrected (errors).
        public var errors: Int
        /// Items to explain (warnings).
        public var warnings: Int
        /// Items for reference (info).
        public var notes: Int

        public init(unit: String, files: [String], errors: Int, warnings: Int, notes: Int) {
            self.unit = unit
            self.files = files
            self.errors = errors
            self.warnings = warnings
            self.notes = notes
        }

        /// The line for `notice`.
        public init(notice: ReturnNotice) {
            self.init(unit: notice.unit, files: notice.files, errors: notice.count(.error),
                      warnings: notice.count(.warning), notes: notice.count(.info))
        }
    }

    /// A file that could not be read, and why, in the summary's language (the caller's presenter's words).
    public struct Unreadable: Sendable, Hashable {
        public var file: String
        public var reason: String

        public init(file: String, reason: String) {
            self.file = file
            self.reason = reason
        }
    }

    /// A form whose unit is not on the reference list.
    public struct Unlisted: Sendable, Hashable {
        /// The unit as the form names it.
        public var unit: String
        public var file: String

        public init(unit: String, file: String) {
            self.unit = unit
            self.file = file
        }
    }

    /// Files received (read or not; files left out on purpose, such as jixiao's own outputs, not counted).
    public var files: Int
    /// Forms read from them (a workbook may hold several).
    public var forms: Int
    /// Forms without any finding.
    public var passed: Int
    /// The units with a notice, in the order they are listed.
    public var returned: [Returned]
    /// The units on the reference list that sent no readable form; nil when there is no list.
    public var missing: [String]?
    /// The files that could not be read.
    public var unreadable: [Unreadable]
    /// The forms whose unit is not on the list; nil when there is no list.
    public var notOnList: [Unlisted]?

    public init(files: Int, forms: Int, passed: Int, returned: [Returned], missing: [String]? = nil,
                unreadable: [Unreadable] = [], notOnList: [Unlisted]? = nil) {
        self.files = files
        self.forms = forms
        self.passed = passed
        self.returned = returned
        self.missing = missing
        self.unreadable = unreadable
        self.notOnList = notOnList
    }
}
