import JixiaoForm

/// What the round (`--reference`) needs from one report, made where the report is made: its entry in the
/// round's accounting (``RoundEntry``: the unit it was matched to, the figures that differ from the list's) and
/// what its form gives the round's signals (``RoundSignalMaterial``). Travels with ``RenderedReport`` from a
/// worker to the parent, which accounts for the round once every file is read.
///
/// ```swift
/// var report = validator.validate(fileAt: url, path: "a.xlsx")
/// let round = RenderedRound(entry: accounting.reconcile(&report), material: RoundSignalMaterial(report: report, …))
/// ```
struct RenderedRound: Sendable, Equatable {
    var entry: RoundEntry
    var material: RoundSignalMaterial?

    func write(to wire: inout WireWriter) {
        wire.text(entry.path)
        wire.optionalText(entry.sheet)
        wire.byte(UInt8(FileStatus.allCases.firstIndex(of: entry.status) ?? 0))
        wire.optionalText(entry.department)
        wire.flag(entry.match != nil)
        if let match = entry.match {
            wire.count(match.unit)
            wire.byte(UInt8(UnitMatch.Kind.allCases.firstIndex(of: match.kind) ?? 0))
        }
        wire.list(entry.mismatches) { $0.text($1.rawValue) }
        wire.flag(material != nil)
        guard let material else { return }
        wire.list(material.texts) { wire, text in
            wire.text(text.field.rawValue)
            wire.text(text.text)
            wire.text(text.key)
        }
        wire.flag(material.figures != nil)
        if let figures = material.figures {
            wire.text(figures.key)
            wire.list(figures.shown) { $0.text($1) }
            wire.optionalText(figures.unit)
        }
        wire.list(material.own) { wire, signal in
            wire.text(signal.kind.rawValue)
            wire.list(signal.members) { wire, member in
                wire.text(member.path)
                wire.optionalText(member.sheet)
                wire.optionalText(member.department)
                wire.optionalText(member.field?.rawValue)
            }
            wire.text(signal.field.rawValue)
            wire.text(signal.evidence)
            wire.text(signal.message.zh)
            wire.text(signal.message.en)
        }
    }

    init(entry: RoundEntry, material: RoundSignalMaterial?) {
        self.entry = entry
        self.material = material
    }

    /// Reads what ``write(to:)`` wrote; nil when the bytes are damaged.
    init?(from wire: inout WireReader) {
        let path = wire.text()
        let sheet = wire.optionalText()
        let statusIndex = Int(wire.byte())
        guard statusIndex < FileStatus.allCases.count else { return nil }
        entry = RoundEntry(path: path, sheet: sheet, status: FileStatus.allCases[statusIndex], department: wire.optionalText())
        if wire.flag() {
            let unit = wire.count()
            let kindIndex = Int(wire.byte())
            guard kindIndex < UnitMatch.Kind.allCases.count else { return nil }
            entry.match = UnitMatch(unit: unit, kind: UnitMatch.Kind.allCases[kindIndex])
        }
        entry.mismatches = wire.list { FieldKey(rawValue: $0.text()) }
        if wire.flag() {
            let texts = wire.list { wire in
                RoundSignalMaterial.Text(field: FieldKey(rawValue: wire.text()), text: wire.text(), key: wire.text())
            }
            var figures: RoundSignalMaterial.Figures?
            if wire.flag() {
                figures = RoundSignalMaterial.Figures(key: wire.text(), shown: wire.list { $0.text() }, unit: wire.optionalText())
            }
            let own = wire.list { wire in
                RoundSignal(kind: RoundSignalKind(rawValue: wire.text()),
                            members: wire.list { wire in
                                RoundSignal.Member(path: wire.text(), sheet: wire.optionalText(),
                                                   department: wire.optionalText(),
                                                   field: wire.optionalText().map(FieldKey.init(rawValue:)))
                            },
                            field: FieldKey(rawValue: wire.text()), evidence: wire.text(),
                            message: RuleCatalog.Bilingual(zh: wire.text(), en: wire.text()))
            }
            material = RoundSignalMaterial(path: entry.path, sheet: entry.sheet, department: entry.department, texts: texts,
                                           figures: figures, own: own)
        }
        if wire.isDamaged { return nil }
    }
}
