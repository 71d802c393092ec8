/// What the parent of a bulk run sends a worker for one file (``WorkerPool/ask(_:)``): the path to report,
/// whether it was named on the command line, and, for an old workbook the parent had LibreOffice convert
/// (``LegacyConverter``), the converted copy the worker reads instead.
///
/// ```swift
/// let request = WorkerRequest(path: "回收表格/黄埔区.xls", named: false,
///                             converted: ConvertedCopy(path: "/tmp/jixiao-convert-a1B2c3/input.xlsx", format: "xls"))
/// WorkerRequest(bytes: request.bytes) == request   // true
/// ```
struct WorkerRequest: Sendable, Equatable {
    /// The file as the run names it.
    var path: String
    /// Named on the command line rather than found in a folder.
    var named: Bool
    /// What the worker reads in place of `path`; nil to read `path` itself.
    var converted: ConvertedCopy?
    /// A 绩效自评报告 rather than a workbook.
    var isReport = false
    /// For a report: the run's forms to pair it with (``ReportTables``); nil for none.
    var tables: String?
    /// A document found under a name that does not say it is a report: kept only if its title says so.
    var unconfirmed = false

    init(path: String, named: Bool, converted: ConvertedCopy? = nil, isReport: Bool = false, tables: String? = nil,
         unconfirmed: Bool = false) {
        self.path = path
        self.named = named
        self.converted = converted
        self.isReport = isReport
        self.tables = tables
        self.unconfirmed = unconfirmed
    }

    /// The request as it goes over the socket.
    var bytes: [UInt8] {
        var wire = WireWriter()
        wire.text(path)
        wire.flag(named)
        wire.flag(converted != nil)
        if let converted {
            wire.text(converted.path)
            wire.text(converted.format)
        }
        wire.flag(isReport)
        wire.optionalText(tables)
        wire.flag(unconfirmed)
        return wire.bytes
    }

    /// Reads what ``bytes`` wrote; nil when the message is damaged.
    init?(bytes: [UInt8]) {
        var wire = WireReader(bytes)
        path = wire.text()
        named = wire.flag()
        converted = wire.flag() ? ConvertedCopy(path: wire.text(), format: wire.text()) : nil
        isReport = wire.flag()
        tables = wire.optionalText()
        unconfirmed = wire.flag()
        if wire.isDamaged || !wire.isAtEnd { return nil }
    }
}
