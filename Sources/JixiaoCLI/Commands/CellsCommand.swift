import ArgumentParser
import Foundation
import XLSXReader

/// `jixiao cells FILE`: prints what the XLSX reader saw, for checking it against another program.
struct CellsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "cells",
            abstract: Language.current.pick("列出工作簿中的每个非空单元格（读取器所见）。",
                                            "Print every non-empty cell of a workbook, as the reader saw it."),
            discussion: Language.current.pick("旧版 .xls/.et 在安装了 LibreOffice 时先转换为 .xlsx 再列出。\n退出码：0 读取成功；2 文件无法读取或命令行有误。",
                                              "An old .xls/.et is converted to .xlsx by LibreOffice (where installed) first.\nExit codes: 0 read; 2 unreadable file or usage error."))
    }

    @Argument(help: .pick("要读取的 .xlsx 文件", "The .xlsx file to read."))
    var file: String

    @Option(name: .long, help: .pick("输出格式", "Output format."))
    var format: CellsDump.Format = .text

    @Flag(name: .long, help: .pick("CSV 不带 UTF-8 BOM（供脚本读取）", "The CSV without the UTF-8 byte-order mark, for scripts."))
    var csvKeys = false

    @Option(name: .long, help: .pick("只列出这个工作表（按名称）", "Only this sheet (by name)."))
    var sheet: String?

    @Flag(name: .long, help: .pick("列出各工作表的版式（列宽、行高、隐藏行列、视图、打印设置、数据验证、批注），而不是单元格",
                                   "Print each sheet's layout (widths, heights, hidden rows and columns, views, print setup, data validations, comments) instead of its cells."))
    var layout = false

    @Flag(name: .long, help: .pick("同时列出每个单元格的格式（字体、填充、边框、对齐、保护；文本与 JSON）",
                                   "Also print each cell's format (font, fill, border, alignment, protection; text and JSON)."))
    var formats = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if layout && format == .csv {
            throw ValidationError(global.lang.pick("--layout 只能输出 text 或 json 格式", "--layout prints text or json only"))
        }
        if formats && format == .csv {
            throw ValidationError(global.lang.pick("--formats 只用于文本或 JSON 输出，不能与 --format csv 同用",
                                                   "--formats is for text or JSON output, not with --format csv"))
        }
        if formats && layout {
            throw ValidationError(global.lang.pick("--formats 列出单元格的格式，--layout 列出工作表的版式，请只选其一",
                                                   "--formats prints the cells' formats and --layout the sheets' layout: choose one"))
        }
    }

    func run() throws {
        // An old workbook (.xls, .et) is converted by LibreOffice where it is installed, and its copy dumped.
        let converter = LegacyConverter(timeLimit: LegacyConverter.defaultTimeLimit)
        guard converter.isAvailable, LegacyConverter.needsConversion(file) else { return try dump(reading: file) }
        try converter.withConverted(file) { result in
            switch result {
            case .success(let copy): try dump(reading: copy.path)
            case .failure(let error):
                throw CommandFailure(message: ErrorPresenter.message(for: error, file: file, language: global.lang),
                                     status: ErrorPresenter.exitStatus(for: error))
            }
        }
    }

    /// Dumps the workbook at `source` (the file, or its converted copy), naming it `file`.
    private func dump(reading source: String) throws {
        let language = global.lang
        let reader: WorkbookReader
        let cellFormats: [CellFormat]?
        do {
            reader = try WorkbookReader(contentsOf: URL(fileURLWithPath: source))
            cellFormats = formats ? try reader.cellFormats() : nil
        } catch {
            throw CommandFailure(message: ErrorPresenter.message(for: error, file: file, language: language),
                                 status: ErrorPresenter.exitStatus(for: error))
        }
        var sheets = Array(reader.sheets.indices)
        if let sheet {
            guard let found = reader.sheets.firstIndex(where: { $0.name == sheet }) else {
                let names = reader.sheets.map(\.name).joined(separator: language.pick("、", ", "))
                let error = XLSXError(.sheetNotFound, sheet: sheet,
                                      detail: language.pick("现有工作表：", "sheets: ") + names)
                throw CommandFailure(message: ErrorPresenter.message(for: error, file: file, language: language),
                                     status: .unreadableOrUsage)
            }
            sheets = [found]
        }
        if layout {
            try printLayout(reader, sheets: sheets, language: language)
            return
        }
        // Up to 4 MiB of output is held back, so a file found unreadable in a later sheet prints nothing; a bigger
        // dump streams, and such a failure ends it part-way (with the message and exit code 2).
        let output = try StreamingOutput(path: nil, holdingUpTo: 4 << 20)
        do {
            try CellsDump.write(reader, sheets: sheets, path: file, format: format, language: language, to: output,
                                byteOrderMark: !csvKeys, formats: cellFormats)
            try output.commit()
        } catch let error as XLSXError {
            output.discard()
            throw CommandFailure(message: ErrorPresenter.message(for: error, file: file, language: language),
                                 status: ErrorPresenter.exitStatus(for: error))
        } catch {
            output.discard()
            throw CommandFailure(message: language.pick("无法写出单元格列表：\(error.localizedDescription)",
                                                        "cannot write the cell list: \(error.localizedDescription)"),
                                 status: .unreadableOrUsage)
        }
    }

    /// `--layout`: every chosen sheet's layout, as text or JSON (``LayoutDump``).
    private func printLayout(_ reader: WorkbookReader, sheets: [Int], language: Language) throws {
        var layouts: [(name: String, layout: SheetLayout)] = []
        do {
            for index in sheets { layouts.append((reader.sheets[index].name, try reader.layout(ofSheetAt: index))) }
        } catch {
            throw CommandFailure(message: ErrorPresenter.message(for: error, file: file, language: language),
                                 status: ErrorPresenter.exitStatus(for: error))
        }
        let text = format == .json ? LayoutDump.json(layouts, path: file)
                                   : LayoutDump.text(layouts, path: file, language: language)
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

extension CellsDump.Format: ExpressibleByArgument {}
