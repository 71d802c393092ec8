import JixiaoForm

/// What a return notice (`validate --feedback`) needs from one report, made where the report is made: the
/// unit the form names, its year, its findings as a notice lists them (``NoticeItem``), and for a file that
/// could not be read the reason in words. Travels with ``RenderedReport`` from a worker to the parent.
///
/// ```swift
/// let notice = RenderedNotice(report: report, catalog: catalog, language: .zh, reason: nil)
/// notice.items.first?.place    // "E6"
/// ```
struct RenderedNotice: Sendable, Equatable {
    /// The form's sheet when the workbook holds several forms (as ``FileReport/sheet``).
    var sheet: String?
    var department: String?
    var year: Int?
    var items: [NoticeItem]
    /// Why the file could not be read; nil for a form that was read.
    var reason: String?

    init(sheet: String?, department: String?, year: Int?, items: [NoticeItem], reason: String?) {
        self.sheet = sheet
        self.department = department
        self.year = year
        self.items = items
        self.reason = reason
    }

    init(report: FileReport, catalog: RuleCatalog, language: MessageLanguage, reason: String?) {
        sheet = report.sheet
        department = report.form?.department
        year = report.form?.year
        items = report.findings.map { NoticeItem(finding: $0, formSheet: report.form?.sheet, catalog: catalog, language: language) }
        self.reason = reason
    }

    func write(to wire: inout WireWriter) {
        wire.optionalText(sheet)
        wire.optionalText(department)
        wire.flag(year != nil)
        if let year { wire.integer(year) }
        wire.list(items) { wire, item in
            wire.byte(UInt8(Severity.allCases.firstIndex(of: item.severity) ?? 0))
            wire.text(item.rule.rawValue)
            wire.text(item.ruleName)
            wire.optionalText(item.place)
            wire.text(item.message)
        }
        wire.optionalText(reason)
    }

    /// Reads what ``write(to:)`` wrote; nil when the bytes are damaged.
    init?(from wire: inout WireReader) {
        sheet = wire.optionalText()
        department = wire.optionalText()
        year = wire.flag() ? wire.integer() : nil
        var damaged = false
        items = wire.list { wire in
            let index = Int(wire.byte())
            if index >= Severity.allCases.count { damaged = true }
            return NoticeItem(severity: Severity.allCases[min(index, Severity.allCases.count - 1)],
                              rule: RuleID(rawValue: wire.text()), ruleName: wire.text(), place: wire.optionalText(),
                              message: wire.text())
        }
        reason = wire.optionalText()
        if damaged || wire.isDamaged { return nil }
    }
}
