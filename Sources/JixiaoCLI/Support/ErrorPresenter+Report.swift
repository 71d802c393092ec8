import DOCXReader
import JixiaoForm

/// Words for a 绩效自评报告 that cannot be read: every ``NarrativeReadError`` kind and, for a `.docx` the reader
/// refuses, every `DOCXError` kind, in both languages. Exit code 2, as for any file that cannot be read.
extension ErrorPresenter {
    /// What each document reader kind says: what happened and what the person can do.
    static let documentMessages: [DOCXError.Kind: (zh: String, en: String)] = [
        .fileUnreadable: ("无法打开文件", "the file cannot be opened"),
        .notZip: ("不是 Word 文档（.docx）：文件内容不是 zip 压缩包，可能是文本或改了扩展名的其他文件，请在 Word 或 WPS 中打开并另存为 .docx",
                  "not a Word document (.docx): the content is not a zip package; it may be text or another file renamed. Open it in Word or WPS and save it as .docx"),
        .legacyDOC: ("这是旧版 Word 97-2003 文件（.doc，或 WPS 的 .wps），请在 Word 或 WPS 中另存为 .docx 后再试",
                     "this is an old Word 97–2003 document (.doc, or WPS's .wps); please save it as .docx and try again"),
        .encrypted: ("文档设置了打开密码（已加密），请去掉密码后另存为 .docx",
                     "the document is password-encrypted; remove the password and save it again as .docx"),
        .htmlDocument: ("这是网页文件（HTML），只是扩展名为 Word 文档，请在 Word 或 WPS 中打开并另存为 .docx",
                        "this is a web page (HTML) named as a Word document; open it in Word or WPS and save it as .docx"),
        .rtfDocument: ("这是 RTF 文件，只是扩展名为 Word 文档，请在 Word 或 WPS 中打开并另存为 .docx",
                       "this is an RTF file named as a Word document; open it in Word or WPS and save it as .docx"),
        .damagedZip: ("文件已损坏或不完整（zip 目录损坏），请让报送单位重新发送",
                      "the file is damaged or incomplete (broken zip directory); ask the sender for a new copy"),
        .corruptEntry: ("文件已损坏：其中一个部件校验失败（CRC 错误、解压失败或大小与声明不符），请让报送单位重新发送",
                        "the file is damaged: one of its parts fails its checksum, does not inflate, or its size differs from what it declares; ask the sender for a new copy"),
        .duplicateEntry: ("文件已损坏：压缩包中有两个同名的部件，无法判断哪个是真的，请让报送单位重新发送",
                          "the file is damaged: two entries of the zip name the same part, so which one is meant cannot be told; ask the sender for a new copy"),
        .missingPart: ("不是 Word 文档：压缩包中没有文档正文（word/document.xml）",
                       "not a Word document: the package has no document body (word/document.xml)"),
        .forbiddenDTD: ("文件含有 DTD 或实体声明（<!DOCTYPE / <!ENTITY），文字处理软件不会写出这种内容，为安全起见拒绝读取",
                        "the file declares a DTD or entities (<!DOCTYPE / <!ENTITY), which word processors never write; refused for safety"),
        .entryTooLarge: ("文件中的部件解压后过大（超过上限或压缩比异常），为防止耗尽内存拒绝读取",
                         "a part of the file inflates too large (over the cap or an implausible compression ratio); refused to protect memory"),
        .fileTooLarge: ("文件过大，超过读取上限", "the file is larger than the reading limit"),
        .timeLimitExceeded: ("读取超时：文件处理时间超过上限，已跳过", "reading took longer than the time limit; the file was skipped"),
        .malformedXML: ("文件内容格式错误（XML 不完整或不合法）", "a part of the file is not well-formed XML"),
        .invalidEncoding: ("文件已损坏：部件中有不合法的字符编码，请让报送单位重新发送",
                           "the file is damaged: a part holds bytes that are not valid text; ask the sender for a new copy"),
        .emptyPart: ("文件已损坏：文档正文是空的（没有内容），请让报送单位重新发送",
                     "the file is damaged: the document body is empty (no content); ask the sender for a new copy"),
        .nestingTooDeep: ("文件结构异常：元素嵌套超过 64 层，文字处理软件不会写出这种文件，拒绝读取",
                          "the file's structure is implausible: elements nest more than 64 levels deep, which no word processor writes; refused"),
    ]

    /// What each report kind says (a `.docx` refused by its reader says ``documentMessages``' words).
    static func reportText(_ kind: NarrativeReadError.Kind, language: Language) -> String {
        switch kind {
        case .unsupportedFormat:
            return language.pick("不是可读取的自评报告格式：报告应为 .docx、.pdf、.txt 或 .md 文件",
                                 "not a report format that can be read: a report must be a .docx, .pdf, .txt or .md file")
        case .legacyWordFile:
            return language.pick("这是旧版 Word 97-2003 文件（.doc）或 WPS 文件（.wps），jixiao 不转换此格式；请在 Word 或 WPS 中另存为 .docx 后再试",
                                 "this is an old Word 97–2003 (.doc) or WPS (.wps) file, which jixiao does not convert; please save it as .docx in Word or WPS and try again")
        case .document:
            return language.pick("无法读取 Word 文档", "the Word document cannot be read")
        case .fileUnreadable:
            return language.pick("无法打开文件", "the file cannot be opened")
        case .undecodableText:
            return language.pick("无法识别文本编码：文本文件应为 UTF-8、带 BOM 的 UTF-16 或 GB18030（GBK）编码",
                                 "the text's encoding is not recognised: a text file must be UTF-8, UTF-16 with a byte-order mark, or GB 18030 (GBK)")
        case .noText:
            return language.pick("文件中没有可读取的文字（空文件，或是扫描图片生成的 PDF）；请提供含文字的 .docx 或 PDF",
                                 "the file holds no text to read (an empty file, or a PDF of scanned pages); please provide a .docx or a PDF with text")
        case .pdfToolMissing:
            return language.pick("读取 PDF 需要 poppler-utils 中的 pdftotext，但本机未安装；请安装后再试（Debian/Ubuntu：sudo apt-get install poppler-utils），或改交 .docx 版本的报告",
                                 "reading a PDF needs pdftotext from poppler-utils, which is not installed; install it and try again (Debian/Ubuntu: sudo apt-get install poppler-utils), or provide the report as .docx")
        case .pdfEncrypted:
            return language.pick("PDF 设置了密码（已加密），无法读取文字；请去掉密码后重新导出，或改交 .docx 版本",
                                 "the PDF is password-protected and its text cannot be read; remove the password and export it again, or provide the .docx")
        case .pdfDamaged:
            return language.pick("PDF 文件已损坏或不是 PDF，无法读取文字；请让报送单位重新发送",
                                 "the PDF is damaged or is not a PDF, and its text cannot be read; ask the sender for a new copy")
        case .timeLimitExceeded:
            return language.pick("读取超时：文件处理时间超过上限，已跳过", "reading took longer than the time limit; the file was skipped")
        }
    }

    /// `报告.pdf：读取 PDF 需要 poppler-utils 中的 pdftotext…`; a `.docx`'s own error with its part and detail.
    ///
    /// ```swift
    /// ErrorPresenter.message(for: NarrativeReadError(.legacyWordFile), file: "报告.doc", language: .en)
    /// // "报告.doc: this is an old Word 97–2003 (.doc) or WPS (.wps) file, which jixiao does not convert; …"
    /// ```
    static func message(for error: NarrativeReadError, file: String, language: Language) -> String {
        if error.kind == .document, let docx = error.docx {
            let text = documentMessages[docx.kind].map { language.pick($0.zh, $0.en) } ?? docx.kind.rawValue
            let places = docx.part.map { [language.pick("部件 \($0)", "part \($0)")] } ?? []
            return compose(file: file, text: text, places: places, detail: docx.detail, language: language)
        }
        return compose(file: file, text: reportText(error.kind, language: language), detail: error.detail,
                       language: language)
    }

    /// The exit code for a report that cannot be read: always `unreadableOrUsage` (2).
    static func exitStatus(for error: NarrativeReadError) -> ExitStatus { .unreadableOrUsage }
}
