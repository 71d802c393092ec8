/// The `validate --format json` document of form-model.md §4: `files` sorted by path, then `skipped` (files
/// left out on purpose, an addition to §4: `path`, `reason` (a ``SkipReason``) and `message`), then `summary`
/// (which adds `skipped`, their count).
///
/// ```swift
/// let reports = urls.map { FormValidator().validate(fileAt: $0) }
/// print(ReportJSON.document(reports, errorMessage: { $0.error?.description }))
/// ```
package enum ReportJSON {
    /// The whole run's document.
    /// - Parameters:
    ///   - reports: one per file (one per form of a workbook holding several), any order (written sorted by path,
    ///     a workbook's forms in their order); skipped files go to `skipped`.
    ///   - errorMessage: the `error` text of an unreadable file, or the `message` of a skipped one, in the
    ///     run's language.
    package static func document(_ reports: [FileReport], errorMessage: (FileReport) -> String?) -> String {
        let sorted = reports.enumerated().sorted { ($0.element.path, $0.offset) < ($1.element.path, $1.offset) }.map(\.element)
        let read = sorted.filter { $0.status != .skipped }
        var bytes: [UInt8] = []
        appendOpening(to: &bytes)
        for (position, report) in read.enumerated() {
            appendEntry(report, errorMessage: errorMessage(report), position: position, to: &bytes)
        }
        let skipped = sorted.filter { $0.status == .skipped }
        appendClosing(ValidationSummary(sorted), entries: read.count,
                      skipped: skipped.map { ($0, errorMessage($0)) }, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    // The document in pieces, for a writer that streams it file by file (the bulk run's `--json`).

    /// `{` and the opening of `files`.
    package static func appendOpening(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: opening.utf8)
    }

    /// How every report starts (how a report saved under a workbook's name is told from a workbook).
    package static let opening = "{\n  \"files\": ["

    /// The entry of the file at `position` (from 0) in `files`, with the separator before it.
    package static func appendEntry(_ report: FileReport, errorMessage: String?, position: Int, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: (position == 0 ? "\n    " : ",\n    ").utf8)
        appendFile(report, errorMessage: errorMessage, to: &bytes, indent: 2)
    }

    /// The end of `files` (after `entries` entries), the `skipped` files with their messages, the `summary`
    /// (with `round` when the run had a reference list, its messages in `language`), and the closing `}`.
    package static func appendClosing(_ totals: ValidationSummary, entries: Int,
                                     skipped: [(report: FileReport, message: String?)] = [], round: RoundReport? = nil,
                                     language: MessageLanguage = .zh, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: (entries == 0 ? "]" : "\n  ]").utf8)
        bytes.append(contentsOf: ",\n  \"skipped\": ".utf8)
        var json = JSONWriter(indent: 1)
        swap(&json.bytes, &bytes)
        json.beginArray()
        for (report, message) in skipped {
            json.element()
            json.beginObject()
            json.key("path"); json.string(report.path)
            json.key("reason"); json.string(report.skipReason?.rawValue)
            json.key("message"); json.string(message)
            json.endObject()
        }
        json.endArray()
        swap(&json.bytes, &bytes)
        bytes.append(contentsOf: ",\n  \"summary\": ".utf8)
        appendSummary(totals, round: round, language: language, to: &bytes, indent: 1)
        bytes.append(contentsOf: "\n}\n".utf8)
    }

    /// One file's entry as JSON text, at the top level.
    package static func fileText(_ report: FileReport, errorMessage: String?) -> String {
        var bytes: [UInt8] = []
        appendFile(report, errorMessage: errorMessage, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one file's entry straight into `bytes` (no tree of values in between: a bulk run streams
    /// every file's entry to its `--json` output this way).
    ///
    /// ```swift
    /// var bytes: [UInt8] = []
    /// ReportJSON.appendFile(report, errorMessage: nil, to: &bytes, indent: 2)
    /// ```
    static func appendFile(_ report: FileReport, errorMessage: String?, to bytes: inout [UInt8], indent: Int = 0) {
        var json = JSONWriter(indent: indent)
        swap(&json.bytes, &bytes)
        defer { swap(&json.bytes, &bytes) }
        json.beginObject()
        json.key("path"); json.string(report.path)
        // Only a workbook of several forms names the sheet: a one-form file's entry is as it always was.
        if let sheet = report.sheet { json.key("sheet"); json.string(sheet) }
        json.key("kind"); json.string(report.kind.rawValue)
        // Right after the path: a run that pairs forms with reports only learns a form's report once every
        // report is read, and sets it here (``pairedWithPlaceholder``).
        json.key("pairedWith"); json.string(report.pairedWith)
        json.key("status"); json.string(report.status.rawValue)
        // Only a file read through a conversion says so: every other entry is as it always was.
        if let format = report.convertedFrom { json.key("convertedFrom"); json.string(format) }
        json.key("error"); json.string(report.status == .unreadable ? errorMessage ?? report.error?.description : nil)
        json.key("form")
        if let form = report.form { write(form, to: &json) } else { json.null() }
        json.key("findings")
        json.beginArray()
        for finding in report.findings {
            json.element()
            write(finding, to: &json)
        }
        json.endArray()
        if report.kind == .report {
            json.key("statements")
            json.beginArray()
            for statement in report.statements {
                json.element()
                write(statement, to: &json)
            }
            json.endArray()
        }
        json.endObject()
    }

    /// What a form's entry holds before its pair is known: the first occurrence of these bytes in the entry
    /// (a path written before it is escaped, so it cannot hold them).
    package static let pairedWithPlaceholder = Array("\"pairedWith\": null".utf8)

    /// One figure a report states: its kind, value (a rate as a fraction, as the form's rates; a grade as its
    /// text), unit, what it is the figure of, the sentence and where it starts.
    private static func write(_ statement: ReportStatement, to json: inout JSONWriter) {
        json.beginObject()
        json.key("kind"); json.string(statement.kind.rawValue)
        json.key("value")
        if let value = statement.value { json.number(value) } else { json.string(statement.text) }
        json.key("unit"); json.string(statement.unit)
        json.key("label"); json.string(statement.label)
        json.key("role"); json.string(statement.role?.rawValue)
        json.key("quote"); json.string(statement.quote)
        json.key("paragraph"); json.number(statement.paragraph as Int?)
        json.key("page"); json.number(statement.page)
        json.endObject()
    }

    /// The form in the contract's shape, field by field as ``FormField`` lists them; `score` only when the
    /// workbook has a 评分表.
    private static func write(_ form: Form, to json: inout JSONWriter) {
        json.beginObject()
        var group: String?
        for field in FormField.all {
            if field.place.isScore, form.score == nil { continue }
            if field.group != group {
                if group != nil { json.endObject() }
                if let opened = field.group { json.key(named: opened); json.beginObject() }
                group = field.group
            }
            json.key(named: field.name)
            switch field.place {
            case .text(let read, _): json.string(read(form))
            case .year(let read, _): json.number(read(form))
            case .funds(let read, _): json.number(read(form.funds))
            case .keyIndicators: write(form.keyIndicators, FormField.indicatorColumns, to: &json)
            case .tasks: write(form.tasks, FormField.taskColumns, to: &json)
            case .score:
                guard let score = form.score else { continue }
                json.beginObject()
                json.key("rows")
                write(score.rows, FormField.scoreRowColumns, to: &json)
                write(score, FormField.scoreSheetColumns, to: &json)
                json.endObject()
            }
        }
        if group != nil { json.endObject() }
        json.endObject()
    }

    /// A table's rows as an array of objects, one key per column.
    private static func write<Row>(_ rows: [Row], _ columns: [FormField.Column<Row>], to json: inout JSONWriter) {
        json.beginArray()
        for row in rows {
            json.element()
            json.beginObject()
            write(row, columns, to: &json)
            json.endObject()
        }
        json.endArray()
    }

    /// A row's columns as keys of the object being written.
    private static func write<Row>(_ row: Row, _ columns: [FormField.Column<Row>], to json: inout JSONWriter) {
        for column in columns {
            json.key(named: column.name)
            switch column.place {
            case .text(let read, _), .shownText(let read): json.string(read(row))
            case .figure(let read, _): json.number(read(row))
            }
        }
    }

    /// One finding: every key always present, null where the rule has nothing to say.
    private static func write(_ finding: Finding, to json: inout JSONWriter) {
        json.beginObject()
        json.key("rule"); json.string(finding.rule.rawValue)
        json.key("severity"); json.string(finding.severity.rawValue)
        json.key("field"); json.string(finding.field.rawValue)
        json.key("sheet"); json.string(finding.sheet)
        json.key("cell"); json.string(finding.cell?.description)
        json.key("stated"); write(finding.stated, to: &json)
        json.key("expected"); write(finding.expected, to: &json)
        json.key("kind"); json.string(finding.kind?.rawValue)
        json.key("message"); json.string(finding.message)
        // Where in a report: the sentence and its paragraph (and page, for a PDF); null for a form's findings.
        json.key("quote"); json.string(finding.quote)
        json.key("paragraph"); json.number(finding.paragraph)
        json.key("page"); json.number(finding.page)
        json.endObject()
    }

    private static func write(_ value: FindingValue?, to json: inout JSONWriter) {
        switch value {
        case .number(let figure): json.number(figure)
        case .text(let text): json.string(text)
        case nil: json.null()
        }
    }

    /// Appends the run's `summary` object.
    private static func appendSummary(_ totals: ValidationSummary, round: RoundReport?, language: MessageLanguage,
                                      to bytes: inout [UInt8], indent: Int = 0) {
        var json = JSONWriter(indent: indent)
        swap(&json.bytes, &bytes)
        defer { swap(&json.bytes, &bytes) }
        json.beginObject()
        json.key("files"); json.number(totals.files)
        json.key("ok"); json.number(totals.ok)
        json.key("withFindings"); json.number(totals.withFindings)
        json.key("unreadable"); json.number(totals.unreadable)
        json.key("errors"); json.number(totals.errors)
        json.key("warnings"); json.number(totals.warnings)
        json.key("infos"); json.number(totals.infos)
        json.key("skipped"); json.number(totals.skippedCount)
        if let round {
            json.key("round")
            RoundJSON.write(round, language: language, to: &json)
        }
        json.endObject()
    }
}
