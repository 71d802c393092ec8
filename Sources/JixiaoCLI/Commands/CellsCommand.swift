import ArgumentParser
import Foundation
import XLSXReader

/// `jixiao cells FILE`: prints what the XLSX reader saw, for checking it against another program.
struct CellsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cells",
        abstract: "列出工作簿中的每个非空单元格 Print every non-empty cell of a workbook, as the reader saw it.",
        discussion: """
        退出码 Exit codes: 0 读取成功 read; 2 文件无法读取或参数错误 unreadable file or usage error.
        """)

    @Argument(help: "要读取的 .xlsx 文件 The .xlsx file to read.")
    var file: String

    @Option(name: .long, help: "输出格式 Output format: json, csv or text.")
    var format: CellsDump.Format = .text

    @Option(name: .long, help: "只列出这个工作表 Only this sheet (by name).")
    var sheet: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.lang
        var workbook: Workbook
        do {
            workbook = try Workbook(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CommandFailure(message: ErrorPresenter.message(for: error, file: file, language: language),
                                 status: ErrorPresenter.exitStatus(for: error))
        }
        if let sheet {
            guard let found = workbook.sheet(named: sheet) else {
                let names = workbook.sheets.map(\.name).joined(separator: language.pick("、", ", "))
                let error = XLSXError(.sheetNotFound, sheet: sheet,
                                      detail: language.pick("现有工作表：", "sheets: ") + names)
                throw CommandFailure(message: ErrorPresenter.message(for: error, file: file, language: language),
                                     status: .unreadableOrUsage)
            }
            workbook.sheets = [found]
        }
        let output = CellsDump.render(workbook, path: file, format: format, language: language)
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

extension CellsDump.Format: ExpressibleByArgument {}
