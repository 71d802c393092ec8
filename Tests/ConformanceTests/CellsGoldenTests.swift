import Foundation
import JixiaoTestSupport
import Testing

/// `jixiao cells` as streamed by the built executable, in each format, against the conformance goldens
/// (`Tests/Fixtures/conformance/NAME.expected.json`, from independent readers), with the cells of `left-out.json`
/// dropped as the reader's own conformance test drops them. CSV and text carry the same facts as the JSON: each
/// golden cell is looked for as its CSV row and its text line.
@Suite("jixiao cells against the conformance goldens (end to end)")
struct CellsGoldenTests {
    @Test(arguments: ConformanceCorpus.cases)
    func json(_ file: String) throws {
        let result = try CommandRunner.run(["cells", ConformanceCorpus.folder.appendingPathComponent(file).path,
                                            "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let actual = ConformanceCorpus.normalise(try JSONDiff.parse(result.stdout),
                                                 dropping: ConformanceCorpus.leftOut[file] ?? [:])
        let expected = ConformanceCorpus.normalise(try ConformanceCorpus.expected(file), dropping: [:])
        let difference = JSONDiff.firstDifference(expected: expected, actual: actual)
        #expect(difference == nil, "\(file): \(difference ?? "")")
    }

    @Test(arguments: ConformanceCorpus.cases)
    func csv(_ file: String) throws {
        let result = try CommandRunner.run(["cells", ConformanceCorpus.folder.appendingPathComponent(file).path,
                                            "--format", "csv", "--csv-keys"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = Self.csvRows(result.stdout)
        #expect(rows.first == ["sheet", "ref", "type", "value", "format", "formula", "date"])
        #expect(rows.dropFirst().allSatisfy { $0.count == 7 }, "\(file): every row has 7 fields")
        var actual: [String: [String: [String: Any]]] = [:]   // sheet → ref → cell, in the JSON's shape
        for row in rows.dropFirst() where row.count == 7 {
            var cell: [String: Any] = ["ref": row[1], "type": row[2]]
            cell["value"] = row[2] == "b" ? (row[3] == "TRUE") as Any : row[3] as Any
            for (key, index) in [("format", 4), ("formula", 5), ("date", 6)] where !row[index].isEmpty {
                cell[key] = row[index]
            }
            actual[row[0], default: [:]][row[1]] = cell
        }
        let leftOut = ConformanceCorpus.leftOut[file] ?? [:]
        for sheet in try Self.expectedSheets(file) {
            let name = sheet["name"] as? String ?? ""
            let drop = leftOut[name] ?? []
            let mine = (actual[name] ?? [:]).filter { !drop.contains($0.key) }
            let expected = Self.cellsByRef(sheet)
            let difference = JSONDiff.firstDifference(expected: expected, actual: mine, path: name)
            #expect(difference == nil, "\(file): \(difference ?? "")")
        }
    }

    @Test(arguments: ConformanceCorpus.cases)
    func text(_ file: String) throws {
        let path = ConformanceCorpus.folder.appendingPathComponent(file).path
        let result = try CommandRunner.run(["cells", path, "--format", "text"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.components(separatedBy: "\n")
        let golden = try #require(try ConformanceCorpus.expected(file) as? [String: Any])
        #expect(lines.first == path + (golden["date1904"] as? Bool == true ? "（1904 日期系统）" : ""))
        // Sections in sheet order: "== NAME[ [state]]: N 个单元格[，合并区域 …]", then N cell lines.
        var sections: [(header: String, cells: [String])] = []
        for line in lines.dropFirst() where !line.isEmpty {
            if line.hasPrefix("== ") {
                sections.append((line, []))
            } else if !sections.isEmpty {
                sections[sections.count - 1].cells.append(line)
            }
        }
        let sheets = try Self.expectedSheets(file)
        try #require(sections.count == sheets.count, "\(file): one section per sheet")
        let leftOut = ConformanceCorpus.leftOut[file] ?? [:]
        for (sheet, section) in zip(sheets, sections) {
            let name = sheet["name"] as? String ?? ""
            let state = sheet["state"] as? String ?? "visible"
            let merges = (sheet["merges"] as? [String] ?? [])
            var header = "== \(name)\(state == "visible" ? "" : " [\(state)]"): \(section.cells.count) 个单元格"
            if !merges.isEmpty { header += "，合并区域 " }
            #expect(section.header.hasPrefix(header), "\(file): \(section.header)")
            #expect(Set(section.header.components(separatedBy: "，合并区域 ").dropFirst().first?
                .split(separator: " ").map(String.init) ?? []) == Set(merges), "\(file): merges of \(name)")
            let drop = leftOut[name] ?? []
            let shown = section.cells.filter { line in !drop.contains(where: { line.hasPrefix("  " + Self.padded($0)) }) }
            let expected = (sheet["cells"] as? [[String: Any]] ?? []).map(Self.textLine)
            #expect(shown.sorted() == expected.sorted(), "\(file), \(name)")
        }
    }

    // MARK: - The golden's facts in each format

    static func expectedSheets(_ file: String) throws -> [[String: Any]] {
        let golden = try #require(try ConformanceCorpus.expected(file) as? [String: Any])
        return golden["sheets"] as? [[String: Any]] ?? []
    }

    static func cellsByRef(_ sheet: [String: Any]) -> [String: Any] {
        var byRef: [String: Any] = [:]
        for cell in sheet["cells"] as? [[String: Any]] ?? [] { byRef[cell["ref"] as? String ?? ""] = cell }
        return byRef
    }

    /// The text format's line for a golden cell: the ref padded to 8, type, value (⏎ for line feeds),
    /// `[format]`, `=formula`, date.
    static func textLine(_ cell: [String: Any]) -> String {
        let value: String
        if let flag = cell["value"] as? Bool, cell["type"] as? String == "b" { value = flag ? "TRUE" : "FALSE" } else {
            value = (cell["value"] as? String ?? "").replacingOccurrences(of: "\n", with: "⏎")
        }
        var line = "  " + padded(cell["ref"] as? String ?? "") + (cell["type"] as? String ?? "") + "  " + value
        if let format = cell["format"] as? String { line += "   [\(format)]" }
        if let formula = cell["formula"] as? String { line += "   =\(formula)" }
        if let date = cell["date"] as? String { line += "   \(date)" }
        return line
    }

    static func padded(_ ref: String) -> String {
        ref.count < 8 ? ref + String(repeating: " ", count: 8 - ref.count) : ref + " "
    }

    /// RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks.
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field: [UInt8] = []
        var quoted = false, position = 0
        let bytes = Array(text.utf8)
        while position < bytes.count {
            let byte = bytes[position]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        position += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") && field.isEmpty {
                quoted = true
            } else if byte == UInt8(ascii: ",") {
                row.append(String(decoding: field, as: UTF8.self))
                field = []
            } else if byte == UInt8(ascii: "\n") {
                row.append(String(decoding: field, as: UTF8.self))
                rows.append(row)
                row = []
                field = []
            } else {
                field.append(byte)
            }
            position += 1
        }
        return rows
    }
}
