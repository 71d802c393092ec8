import Foundation
import XLSXReader

/// The one place where a failure becomes words and an exit code: the reader's errors here, the form's
/// (`ErrorPresenter+Form.swift`), the writer's and the outputs' (`ErrorPresenter+Writer.swift`), fill data's
/// (`ErrorPresenter+Input.swift`), a reference list's (`ErrorPresenter+Reference.swift`) and the templates'
/// (`ErrorPresenter+Templates.swift`), each put together by
/// ``compose(file:text:places:detail:language:)``.
///
/// Every `XLSXError.Kind` and `FormError.Kind` has a Chinese and an English message; a unit test fails if a kind
/// is added without one.
public enum ErrorPresenter {
    /// A message for each reader error kind: what happened and what the person can do about it.
    static let readerMessages: [XLSXError.Kind: (zh: String, en: String)] = [
        .fileUnreadable: ("无法打开文件", "the file cannot be opened"),
        .notZip: ("不是 Excel 工作簿（.xlsx）：文件内容不是 zip 压缩包，可能是网页、文本或改了扩展名的其他文件，请在 Excel 或 WPS 中打开并另存为 .xlsx",
                  "not an Excel workbook (.xlsx): the content is not a zip package; it may be a web page, text, or another file renamed to .xlsx. Open it in Excel or WPS and save it as .xlsx"),
        .legacyXLS: ("这是旧版 Excel 97-2003 文件（.xls，或 WPS 的 .et），请在 Excel 或 WPS 中另存为 .xlsx 后再试；"
                        + "或者安装 LibreOffice，jixiao 即可自动转换读取（Debian/Ubuntu：sudo apt-get install libreoffice-calc-nogui；"
                        + "Windows、macOS：从 https://www.libreoffice.org 下载安装）",
                     "this is an old Excel 97–2003 workbook (.xls, or WPS's .et); please save it as .xlsx and try again, "
                        + "or install LibreOffice and jixiao converts it itself (Debian/Ubuntu: sudo apt-get install "
                        + "libreoffice-calc-nogui; Windows, macOS: download it from https://www.libreoffice.org)"),
        .conversionFailed: ("LibreOffice 未能把这个旧版 Excel 文件（.xls 或 .et）转换为 .xlsx，文件可能已损坏；请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试",
                            "LibreOffice could not convert this old Excel workbook (.xls or .et) to .xlsx; the file may be damaged. Open it in Excel or WPS and save it as .xlsx"),
        .encrypted: ("工作簿设置了打开密码（已加密），请去掉密码后另存为 .xlsx",
                     "the workbook is password-encrypted; remove the password and save it again as .xlsx"),
        .damagedZip: ("文件已损坏或不完整（zip 目录损坏），请让报送单位重新发送",
                      "the file is damaged or incomplete (broken zip directory); ask the sender for a new copy"),
        .corruptEntry: ("文件已损坏：其中一个部件校验失败（CRC 错误、解压失败或大小与声明不符），请让报送单位重新发送",
                        "the file is damaged: one of its parts fails its checksum, does not inflate, or its size differs from what it declares; ask the sender for a new copy"),
        .duplicateEntry: ("文件已损坏：压缩包中有两个同名的部件（名称相同，或只差大小写、斜杠方向），无法判断哪个是真的，请让报送单位重新发送",
                          "the file is damaged: two entries of the zip name the same part (the same name, or names differing only in case or slash direction), so which one is meant cannot be told; ask the sender for a new copy"),
        .missingPart: ("文件不完整：缺少必需的部件", "the file is incomplete: a required part is missing"),
        .forbiddenDTD: ("文件含有 DTD 或实体声明（<!DOCTYPE / <!ENTITY），电子表格软件不会写出这种内容，为安全起见拒绝读取",
                        "the file declares a DTD or entities (<!DOCTYPE / <!ENTITY), which spreadsheet programs never write; refused for safety"),
        .entryTooLarge: ("文件中的部件解压后过大（超过上限或压缩比异常），为防止耗尽内存拒绝读取",
                         "a part of the file inflates too large (over the cap or an implausible compression ratio); refused to protect memory"),
        .fileTooLarge: ("文件过大，超过读取上限", "the file is larger than the reading limit"),
        .timeLimitExceeded: ("读取超时：文件处理时间超过上限，已跳过", "reading took longer than the time limit; the file was skipped"),
        .malformedXML: ("文件内容格式错误（XML 不完整或不合法）", "a part of the file is not well-formed XML"),
        .invalidEncoding: ("文件已损坏：部件中有不合法的字符编码（不是有效的 UTF-8 或 UTF-16 文本），请让报送单位重新发送",
                           "the file is damaged: a part holds bytes that are not valid text (not UTF-8 or UTF-16); ask the sender for a new copy"),
        .emptyPart: ("文件已损坏：必需的部件是空的（没有内容），请让报送单位重新发送",
                     "the file is damaged: a part it needs is empty (no content); ask the sender for a new copy"),
        .nestingTooDeep: ("文件结构异常：部件中的元素嵌套超过 64 层，电子表格软件不会写出这种文件，拒绝读取",
                          "the file's structure is implausible: a part nests elements more than 64 levels deep, which no spreadsheet program writes; refused"),
        .tooManySheets: ("工作簿中的工作表超过 4096 个，电子表格软件不会写出这种文件，拒绝读取",
                         "the workbook lists more than 4,096 sheets, which no spreadsheet program writes; refused"),
        .duplicateSheet: ("文件已损坏：工作簿中有两个工作表同名（不区分大小写）或指向同一部件，Excel 不允许这样，请在 Excel 或 WPS 中打开检查后另存",
                          "the file is damaged: two sheets of the workbook have the same name (ignoring case) or are the same part, which Excel does not allow; open it in Excel or WPS, check and save it again"),
        .cellOutOfRange: ("单元格地址无效或超出 Excel 的范围（1048576 行 × 16384 列）",
                          "a cell reference is invalid or outside Excel's grid (1,048,576 rows × 16,384 columns)"),
        .sheetNotFound: ("找不到指定的工作表", "the sheet asked for does not exist"),
        .readingCrashed: ("读取此文件时程序异常终止，文件可能已损坏，请让报送单位重新发送",
                          "reading this file made the program stop abnormally; the file may be damaged, ask the sender for a new copy"),
    ]

    /// The message for a reader error, naming the file, part, sheet and cell where known.
    ///
    /// ```swift
    /// ErrorPresenter.message(for: XLSXError(.encrypted), file: "a.xlsx", language: .en)
    /// // "a.xlsx: the workbook is password-encrypted; remove the password and save it again as .xlsx"
    /// ```
    public static func message(for error: XLSXError, file: String, language: Language) -> String {
        let text = readerMessages[error.kind].map { language.pick($0.zh, $0.en) } ?? error.kind.rawValue
        var places: [String] = []
        if let sheet = error.sheet { places.append(language.pick("工作表「\(sheet)」", "sheet '\(sheet)'")) }
        if let cell = error.cell { places.append(language.pick("单元格 \(cell)", "cell \(cell)")) }
        if let part = error.part { places.append(language.pick("部件 \(part)", "part \(part)")) }
        return compose(file: file, text: text, places: places, detail: error.detail, language: language)
    }

    /// Every message about a file is put together here: `file：text（place，place） [详情: detail]`
    /// (`file: text (place, place) [detail: detail]` in English); places and detail only where there are any.
    static func compose(file: String, text: String, places: [String] = [], detail: String? = nil,
                        language: Language) -> String {
        var message = "\(file)\(language.pick("：", ": "))\(text)"
        if !places.isEmpty { message += language.pick("（\(places.joined(separator: "，"))）", " (\(places.joined(separator: ", ")))") }
        if let detail, !detail.isEmpty { message += language.pick(" [详情: \(detail)]", " [detail: \(detail)]") }
        return message
    }

    /// The exit code for a reader error: always `unreadableOrUsage` (2).
    public static func exitStatus(for error: XLSXError) -> ExitStatus { .unreadableOrUsage }
}

/// Writes to standard error (Glibc's `stderr` is not concurrency-safe under Swift 6).
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
