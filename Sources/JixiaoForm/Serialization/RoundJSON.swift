/// JSON's `summary.round` (with `validate --reference`): the five counts (`expected`, `submitted`, `missing`,
/// `duplicates`, `unknown`), the list's path, a line per unit in the list's order and then per form of a unit not
/// on the list (`units`: its status, the file that counts, the other files, how it was matched, the fields whose
/// figures differ from the list's), the round's findings and the signals for 抽查.
///
/// ```swift
/// var json = JSONWriter(indent: 1)
/// RoundJSON.write(round, language: .zh, to: &json)
/// ```
enum RoundJSON {
    static func write(_ round: RoundReport, language: MessageLanguage, to json: inout JSONWriter) {
        let outcome = round.outcome
        let entries = outcome.entries
        json.beginObject()
        json.key("reference"); json.string(round.reference)
        json.key("expected"); json.number(outcome.summary.expected)
        json.key("submitted"); json.number(outcome.summary.submitted)
        json.key("missing"); json.number(outcome.summary.missing)
        json.key("duplicates"); json.number(outcome.summary.duplicates)
        json.key("unknown"); json.number(outcome.summary.unknown)
        json.key("units")
        json.beginArray()
        json.elements(outcome.units) { json, line in
            let unit = round.listUnit(of: line)
            let counted = line.counted.map { entries[$0] }
            json.beginObject()
            json.key("row"); json.number(unit?.row)
            json.key("unit"); json.string(unit?.name)
            json.key("code"); json.string(unit?.code)
            json.key("status"); json.string(line.status.rawValue)
            json.key("path"); json.string(counted?.path)
            json.key("sheet"); json.string(counted?.sheet)
            json.key("department"); json.string(counted?.department)
            json.key("match"); json.string(counted?.match?.kind.rawValue)
            json.key("mismatches"); strings(counted?.mismatches.map(\.rawValue) ?? [], to: &json)
            json.key("others")
            strings(outcome.others(of: line).map { entries[$0].path }, to: &json)
            json.key("unreadable")
            strings(outcome.unreadable(of: line).map { entries[$0].path }, to: &json)
            json.endObject()
        }
        json.endArray()
        json.key("findings")
        json.beginArray()
        for item in outcome.findings {
            let unit = item.unit.flatMap { round.list.units.indices.contains($0) ? round.list.units[$0] : nil }
            json.element()
            json.beginObject()
            json.key("rule"); json.string(item.finding.rule.rawValue)
            json.key("severity"); json.string(item.finding.severity.rawValue)
            json.key("row"); json.number(unit?.row)
            json.key("unit"); json.string(unit?.name)
            json.key("paths"); strings(item.forms.map { entries[$0].path }, to: &json)
            json.key("closest"); strings(item.closest, to: &json)
            json.key("message"); json.string(item.finding.message)
            json.endObject()
        }
        json.endArray()
        json.key("signals")
        json.beginArray()
        for signal in round.signals {
            json.element()
            json.beginObject()
            json.key("kind"); json.string(signal.kind.rawValue)
            json.key("field"); json.string(signal.field.rawValue)
            json.key("members")
            json.beginArray()
            json.elements(signal.members) { json, member in
                json.beginObject()
                json.key("path"); json.string(member.path)
                json.key("sheet"); json.string(member.sheet)
                json.key("department"); json.string(member.department)
                json.key("field"); json.string(member.field?.rawValue)
                json.endObject()
            }
            json.endArray()
            json.key("evidence"); json.string(signal.evidence)
            json.key("message"); json.string(signal.message.text(in: language))
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    private static func strings(_ values: [String], to json: inout JSONWriter) {
        json.beginArray()
        for value in values {
            json.element()
            json.string(value)
        }
        json.endArray()
    }
}
