import Foundation
import XLSXReader

/// What `jixiao cells` prints: every non-empty cell of every sheet, as the reader saw it. The JSON shape is the
/// contract of `spec/cells-dump.md` (written by `CellsDumpJSON`); CSV has one row per cell, its header the keys
/// (cell coordinates and types are no words to translate), after the UTF-8 byte-order mark Excel on Chinese
/// Windows needs to read it as UTF-8 (`byteOrderMark: false` for scripts, `--csv-keys`); text is for reading.
///
/// The cells are streamed from the reader (``WorkbookReader/forEachCell(inSheetAt:_:)``) and written as bytes in
/// file order, so memory stays flat whatever the size of a sheet: a sheet's cell count and merged ranges, which
/// the JSON and text print before its cells, are known only at its end, so its cells wait in a ``SpillBuffer``.
///
/// ```swift
/// let output = try StreamingOutput(path: nil)
/// try CellsDump.write(reader, sheets: Array(reader.sheets.indices), path: "a.xlsx", format: .csv,
///                     language: .zh, to: output)
/// try output.commit()
/// ```
enum CellsDump {
    enum Format: String, CaseIterable {
        case json, csv, text
    }

    /// Writes the dump of the sheets at `sheets` (indices into `reader.sheets`, in that order) to `output`.
    /// - Parameters:
    ///   - path: the file as the user named it (the JSON's `path`, the text's first line).
    ///   - chunkSize: cells are formatted into a chunk of this many bytes before it is handed on.
    ///   - spillAfter: bytes of a sheet's cells kept in memory while they wait (``SpillBuffer/memoryLimit``).
    ///   - byteOrderMark: whether the CSV starts with the UTF-8 byte-order mark.
    ///   - formats: the workbook's cell formats (``WorkbookReader/cellFormats()``) to print each cell's format
    ///     with it (`--formats`: a `style` object in JSON, a second line in text); nil for none. Not for CSV.
    /// - Throws: `XLSXError` for a sheet that cannot be read; `POSIXError` when waiting cells cannot be read back.
    static func write(_ reader: WorkbookReader, sheets: [Int], path: String, format: Format, language: Language,
                      to output: StreamingOutput, chunkSize: Int = 1 << 16, spillAfter: Int = 4 << 20,
                      byteOrderMark: Bool = true, formats: [CellFormat]? = nil) throws {
        switch format {
        case .json: output.append { CellsDumpJSON.appendDocumentStart(path: path, date1904: reader.date1904, to: &$0) }
        case .csv: output.write((byteOrderMark ? "\u{FEFF}" : "") + "sheet,ref,type,value,format,formula,date\n")
        case .text: output.write(path + (reader.date1904 ? language.pick("（1904 日期系统）", " (1904 date system)") : "") + "\n")
        }
        for (position, index) in sheets.enumerated() {
            let info = reader.sheets[index]
            // CSV has nothing to say before a sheet's cells: they go straight out. The others wait for the end.
            let body = format == .csv ? nil : SpillBuffer(memoryLimit: spillAfter)
            var sheetName: [UInt8] = []
            if format == .csv { CSVText.append(info.name, to: &sheetName) }
            var chunk: [UInt8] = []
            chunk.reserveCapacity(chunkSize + 4096)
            var count = 0
            let date1904 = reader.date1904
            let merges = try reader.forEachCell(inSheetAt: index) { cell in
                guard !cell.value.isEmpty else { return }
                let cellFormat = formats?.format(of: cell)
                switch format {
                case .json: CellsDumpJSON.appendCell(cell, date1904: date1904, isFirst: count == 0,
                                                     format: cellFormat, to: &chunk)
                case .csv: appendCSVRow(cell, sheetName: sheetName, date1904: date1904, to: &chunk)
                case .text:
                    appendTextLine(cell, date1904: date1904, to: &chunk)
                    if let cellFormat {
                        chunk.append(contentsOf: "          ".utf8)
                        chunk.append(contentsOf: CellFormatText.line(cellFormat, index: cell.styleIndex,
                                                                     language: language).utf8)
                        chunk.append(UInt8(ascii: "\n"))
                    }
                }
                count += 1
                if chunk.count >= chunkSize {
                    if let body { body.append(chunk) } else { output.append { $0.append(contentsOf: chunk) } }
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            switch format {
            case .json:
                output.append { CellsDumpJSON.appendSheetStart(name: info.name, state: info.state, merges: merges,
                                                               isFirst: position == 0, to: &$0) }
            case .csv: break
            case .text:
                let state = info.state == .visible ? "" : " [\(info.state.rawValue)]"
                var header = "\n== \(info.name)\(state): " + language.pick("\(count) 个单元格", "\(count) cells")
                if !merges.isEmpty {
                    header += language.pick("，合并区域 ", ", merged ") + merges.map(\.description).joined(separator: " ")
                }
                output.write(header + "\n")
            }
            try body?.drain(into: output)
            output.append { $0.append(contentsOf: chunk) }
            if format == .json { output.append { CellsDumpJSON.appendSheetEnd(hasCells: count > 0, to: &$0) } }
        }
        if format == .json { output.append { CellsDumpJSON.appendDocumentEnd(hasSheets: !sheets.isEmpty, to: &$0) } }
    }

    /// `sheet,ref,type,value,format,formula,date`
    private static func appendCSVRow(_ cell: Cell, sheetName: [UInt8], date1904: Bool, to out: inout [UInt8]) {
        out.append(contentsOf: sheetName)
        out.append(UInt8(ascii: ","))
        cell.reference.appendDescription(to: &out)
        out.append(UInt8(ascii: ","))
        out.append(cell.value.dumpType)
        out.append(UInt8(ascii: ","))
        CSVText.append(cell.value.displayText, to: &out)
        out.append(UInt8(ascii: ","))
        if let code = cell.numberFormat.code { CSVText.append(code, to: &out) }
        out.append(UInt8(ascii: ","))
        if let formula = cell.formula { CSVText.append(formula, to: &out) }
        out.append(UInt8(ascii: ","))
        cell.appendISODate(date1904: date1904, to: &out)
        out.append(UInt8(ascii: "\n"))
    }

    /// `  C8      n  0.978   [0.0%]   =C5/B5   2022-01-01T00:00:00`: the reference padded to 8, the type, the
    /// value (line feeds shown as ⏎), then the format, formula and date where the cell has them.
    private static func appendTextLine(_ cell: Cell, date1904: Bool, to out: inout [UInt8]) {
        out.append(contentsOf: "  ".utf8)
        let start = out.count
        cell.reference.appendDescription(to: &out)
        let width = out.count - start
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width < 8 ? 8 - width : 1))
        out.append(cell.value.dumpType)
        out.append(contentsOf: "  ".utf8)
        var value = cell.value.displayText
        value.withUTF8 { bytes in
            var start = 0
            while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<newline]))
                out.append(contentsOf: "⏎".utf8)
                start = newline + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        if let code = cell.numberFormat.code {
            out.append(contentsOf: "   [".utf8)
            out.append(contentsOf: code.utf8)
            out.append(UInt8(ascii: "]"))
        }
        if let formula = cell.formula {
            out.append(contentsOf: "   =".utf8)
            out.append(contentsOf: formula.utf8)
        }
        if cell.numberFormat.isDate {
            let mark = out.count
            out.append(contentsOf: "   ".utf8)
            if !cell.appendISODate(date1904: date1904, to: &out) { out.removeSubrange(mark...) }
        }
        out.append(UInt8(ascii: "\n"))
    }
}
