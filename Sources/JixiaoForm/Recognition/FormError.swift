/// Why no form could be read from a workbook that opened fine.
///
/// ```swift
/// do { let form = try recognizer.recognize(workbook) }
/// catch { print(error.kind, error.labelsSought.prefix(3)) }   // notRecognised 部门名称 …
/// ```
public struct FormError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong; a string-backed struct so kinds can be added.
    public struct Kind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// No sheet is the form: none shows enough of its labels, or the sheets that do are another table (a
        /// 项目支出明细表) or show too few of its distinctive blocks.
        public static let notRecognised = Kind(rawValue: "form-not-recognised")
        /// The workbook has no worksheet with cells.
        public static let noSheets = Kind(rawValue: "no-sheets")
        /// The bundled templates could not be loaded.
        public static let templatesMissing = Kind(rawValue: "templates-missing")
    }

    public var kind: Kind
    /// The sheet that came closest, if any.
    public var closestSheet: String?
    /// How many distinct form labels the closest sheet shows.
    public var labelsFound: Int
    /// How many it needed.
    public var labelsNeeded: Int
    /// Some labels that were looked for (the main fields' first synonyms).
    public var labelsSought: [String]
    /// How many of the form's distinctive blocks (部门名称, 年度整体目标, 年度关键指标 …) the closest sheet shows, when
    /// it showed enough labels to be looked at for them; nil otherwise.
    public var blocksFound: Int?
    /// How many a sheet without the form's title must show.
    public var blocksNeeded: Int
    /// The distinctive blocks looked for, by name.
    public var blocksSought: [String]
    /// The other kind of table the closest sheet is, when it can be told (a 项目支出绩效自评表).
    public var otherTable: OtherTable?
    /// Technical detail.
    public var detail: String?

    /// A kind of budget table that is not the form, named in Chinese and described in English.
    public struct OtherTable: Sendable, Hashable {
        /// `项目支出绩效自评表`.
        public var name: String
        /// `a project expenditure self-evaluation (项目支出绩效自评表)`.
        public var english: String

        public init(name: String, english: String) {
            self.name = name
            self.english = english
        }
    }

    public init(_ kind: Kind, closestSheet: String? = nil, labelsFound: Int = 0, labelsNeeded: Int = 0,
                labelsSought: [String] = [], blocksFound: Int? = nil, blocksNeeded: Int = 0, blocksSought: [String] = [],
                otherTable: OtherTable? = nil, detail: String? = nil) {
        self.kind = kind
        self.closestSheet = closestSheet
        self.labelsFound = labelsFound
        self.labelsNeeded = labelsNeeded
        self.labelsSought = labelsSought
        self.blocksFound = blocksFound
        self.blocksNeeded = blocksNeeded
        self.blocksSought = blocksSought
        self.otherTable = otherTable
        self.detail = detail
    }

    public var description: String {
        var text = kind.rawValue
        if let closestSheet { text += " sheet=\(closestSheet) labels=\(labelsFound)/\(labelsNeeded)" }
        if let blocksFound { text += " blocks=\(blocksFound)/\(blocksNeeded)" }
        if let otherTable { text += " table=\(otherTable.name)" }
        if let detail { text += " (\(detail))" }
        return text
    }
}
