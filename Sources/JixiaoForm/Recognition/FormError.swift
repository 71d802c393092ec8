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

        /// No sheet shows enough of the form's labels.
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
    /// Technical detail.
    public var detail: String?

    public init(_ kind: Kind, closestSheet: String? = nil, labelsFound: Int = 0, labelsNeeded: Int = 0,
                labelsSought: [String] = [], detail: String? = nil) {
        self.kind = kind
        self.closestSheet = closestSheet
        self.labelsFound = labelsFound
        self.labelsNeeded = labelsNeeded
        self.labelsSought = labelsSought
        self.detail = detail
    }

    public var description: String {
        var text = kind.rawValue
        if let closestSheet { text += " sheet=\(closestSheet) labels=\(labelsFound)/\(labelsNeeded)" }
        if let detail { text += " (\(detail))" }
        return text
    }
}
