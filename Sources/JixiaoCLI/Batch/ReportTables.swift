import Foundation
import JixiaoForm

/// The forms a run read (path, sheet, 部门名称), in a file its workers read when they pair a 绩效自评报告 with
/// its table (``ReportCheckJob``): written by the parent once every form is read, read once by each worker.
///
/// ```swift
/// let path = try ReportTables.write(tables)       // /tmp/jixiao-tables-…
/// let tables = ReportTables.read(path)            // the same, nil if damaged
/// ```
enum ReportTables {
    static func write(_ tables: [ReportPairing.Table]) throws -> String {
        var wire = WireWriter()
        wire.list(tables) { wire, table in
            wire.text(table.path)
            wire.optionalText(table.sheet)
            wire.optionalText(table.department)
        }
        return try wire.writeTemporaryFile(named: "tables")
    }

    static func read(_ path: String) -> [ReportPairing.Table]? {
        guard var wire = WireReader(contentsOf: path) else { return nil }
        let tables = wire.list { wire in
            ReportPairing.Table(path: wire.text(), sheet: wire.optionalText(), department: wire.optionalText())
        }
        return wire.isDamaged || !wire.isAtEnd ? nil : tables
    }
}
