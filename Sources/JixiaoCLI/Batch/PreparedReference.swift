import Foundation
import JixiaoForm

/// The reference list as the parent read it, names worked out, in a file its workers read instead of the list:
/// reading an .xlsx list and normalising a thousand names costs more than checking a form, and every worker would
/// do it again. Written to a temporary file for the run (``write(_:)``), read back by each worker (``read(_:)``).
///
/// ```swift
/// let path = try PreparedReference.write(list)           // /tmp/jixiao-reference-…
/// let (list, names) = try #require(PreparedReference.read(path))
/// ```
enum PreparedReference {
    /// Writes the list and its names (``ReferenceList/names``, worked out when it was read; worked out here
    /// otherwise) to a new temporary file; its path.
    static func write(_ list: ReferenceList) throws -> String {
        var wire = WireWriter()
        wire.optionalText(list.sheet)
        wire.list(list.ignoredColumns) { $0.text($1) }
        wire.flag(list.hasCodes)
        wire.optionalText(list.codeHeader)
        wire.list(list.figureHeaders.sorted { $0.key < $1.key }) { wire, header in
            wire.text(header.key.rawValue)
            wire.text(header.value)
        }
        wire.list(list.units) { wire, unit in
            wire.text(unit.name)
            wire.optionalText(unit.code)
            wire.count(unit.row)
            wire.list(unit.figures.sorted { $0.key < $1.key }) { wire, figure in
                wire.text(figure.key.rawValue)
                wire.decimal(figure.value.value)
                wire.count(figure.value.places)
                wire.integer(unit.figureUnits[figure.key]?.rawValue ?? -1)
            }
        }
        let names = list.names.count == list.units.count ? list.names : UnitMatcher(list: list, vocabulary: try ReferenceVocabulary.standard.get()).names
        wire.list(names) { wire, name in
            wire.text(name.exact)
            wire.list(name.parts) { wire, part in
                wire.text(part.local)
                wire.optionalText(part.withoutDistrict)
            }
        }
        return try wire.writeTemporaryFile(named: "reference")
    }

    /// The list and names a parent wrote; nil when the file is missing or damaged.
    static func read(_ path: String) -> (list: ReferenceList, names: [UnitName])? {
        guard var wire = WireReader(contentsOf: path) else { return nil }
        let sheet = wire.optionalText()
        let ignored = wire.list { $0.text() }
        let hasCodes = wire.flag()
        let codeHeader = wire.optionalText()
        let headers = wire.list { wire in (FieldKey(rawValue: wire.text()), wire.text()) }
        let units = wire.list { wire -> ReferenceUnit in
            var unit = ReferenceUnit(name: wire.text(), code: wire.optionalText(), row: wire.count())
            let figures = wire.list { wire in
                (FieldKey(rawValue: wire.text()), ShownDecimal(wire.decimal(), places: wire.count()), wire.integer())
            }
            // Sized once: a thousand units' dictionaries grown one figure at a time cost more than the rest.
            var values = [FieldKey: ShownDecimal](minimumCapacity: figures.count)
            var units = [FieldKey: AmountUnit](minimumCapacity: figures.count)
            for (key, value, unitIndex) in figures {
                values[key] = value
                if let amountUnit = AmountUnit(rawValue: unitIndex) { units[key] = amountUnit }
            }
            unit.figures = values
            unit.figureUnits = units
            return unit
        }
        let names = wire.list { wire in
            UnitName(exact: wire.text(), parts: wire.list { wire in
                UnitName.Part(local: wire.text(), withoutDistrict: wire.optionalText())
            })
        }
        guard !wire.isDamaged, wire.isAtEnd, names.count == units.count else { return nil }
        var list = ReferenceList(units: units, sheet: sheet, ignoredColumns: ignored, hasCodes: hasCodes, codeHeader: codeHeader,
                                 figureHeaders: Dictionary(headers) { first, _ in first })
        list.names = names
        return (list, names)
    }
}
