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
            discussion: Language.current.pick("退出码：0 读取成功；2 文件无法读取或命令行有误。",
                                              "Exit codes: 0 read; 2 unreadable file or usage error."))
    }

    @Argument(help: .pick("要读取的 .xlsx 文件", "The .xlsx file to read."))
    var file: String

    @Option(name: .long, help: .pick("输出格式", "Output format."))
    var format: CellsDump.Format = .text

    @Flag(name: .long, help: .pick("CSV 不带 UTF-8 BOM（供脚本读取）", "The CSV without the UTF-8 byte-order mark, for scripts."))
    var csvKeys = false

    @Option(name: .long, help: .pick("只列出这个工作表（按名称）", "Only this sheet (by name)."))
    var sheet: String?

    @Flag(name: .long, help: .pick("同时列出每个单元格的格式（字体、填充、边框、对齐、保护；文本与 JSON）",
                                   "Also print each cell's format (font, fill, border, alignment, protection; text and JSON)."))
    var formats = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.lang
        if formats && format == .csv {
            throw CommandFailure(message: language.pick("--formats 只用于文本或 JSON 输出，不能与 --format csv 同用。",
                                                        "--formats is for text or JSON output, not with --format csv."),
                                 status: .unreadableOrUsage)
        }
        let reader: WorkbookReader
        let cellFormats: [CellFormat]?
        do {
            reader = try WorkbookReader(contentsOf: URL(fileURLWithPath: file))
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
}

extension CellsDump.Format: ExpressibleByArgument {}
