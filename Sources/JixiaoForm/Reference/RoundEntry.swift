/// One returned form (or a file that could not be read) as the round's accounting needs it: where it is, how it
/// fared, the unit it names and how that was matched to the list, and which figures differ from the list's.
/// Made where the form is read (``RoundAccounting/reconcile(_:)``), so a run that gathers the round keeps no
/// form.
///
/// ```swift
/// var report = FormValidator().validate(fileAt: url, path: "黄埔区.xlsx")
/// let entry = accounting.reconcile(&report)
/// entry.match          // UnitMatch(unit: 5, kind: .name)
/// entry.mismatches     // [funds.actual]
/// entry.status         // .findings
/// ```
public struct RoundEntry: Sendable, Hashable {
    public var path: String
    /// The form's sheet when the workbook holds several forms; nil otherwise (as ``FileReport/sheet``).
    public var sheet: String?
    /// The report's status once the list's figures were compared (`ok`, `findings` or `unreadable`).
    public var status: FileStatus
    /// The 部门名称 the form gives; nil when it gives none or the file could not be read.
    public var department: String?
    /// The unit of the list it belongs to; nil when none fits.
    public var match: UnitMatch?
    /// The fields whose figures differ from the list's (`reference-mismatch`), in the order compared.
    public var mismatches: [FieldKey]

    public init(path: String, sheet: String? = nil, status: FileStatus, department: String? = nil, match: UnitMatch? = nil,
                mismatches: [FieldKey] = []) {
        self.path = path
        self.sheet = sheet
        self.status = status
        self.department = department
        self.match = match
        self.mismatches = mismatches
    }

    /// Whether the entry is a form that was read (a readable submission), not an unreadable file.
    public var isReadable: Bool { status == .ok || status == .findings }
}
