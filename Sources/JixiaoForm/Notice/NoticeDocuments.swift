import DOCXWriter
import Foundation

/// Turns return notices (``ReturnNotice``) and the round's summary (``RoundNotice``) into Word documents and
/// plain text with the same content, in Chinese or English, worded by ``NoticeWords`` (`Templates/notice.json`).
///
/// A unit's notice reads: the heading 关于《部门整体支出绩效自评表》的退回意见, the addressee (`黄埔区教育局：`), a
/// sentence naming the form's year, the round and the files, then one section per group — 一、强制性问题（须先修改）
/// (errors), 二、提示性问题（须作出说明） (warnings), 三、其他提示（供参考） (info) — each item a numbered paragraph
/// (`1. 【E6】年度调整额核对：… 请将 E6 改为 −353.99。`), a closing line asking for the corrected form, and lines for
/// the officer: contact, the issuer (or a blank to sign and seal) and the date (or a blank). Numbered paragraphs
/// rather than a table: each message is a whole sentence with its advice, which a narrow table column would
/// break into short lines, and the text file can say the same thing line for line.
///
/// ```swift
/// let documents = NoticeDocuments(words: try NoticeWords.standard.get(), language: .zh,
///                                 round: "2025年部门整体支出绩效自评", issuer: "黄埔区财政局", date: today)
/// let document = documents.document(notice)     // DOCXWriter's Document
/// let text = documents.text(notice)             // the same, as CRLF lines
/// try documents.write([notice], round: summary, to: URL(fileURLWithPath: "退回意见"))
/// ```
public struct NoticeDocuments: Sendable {
    public var words: NoticeWords
    public var language: MessageLanguage
    /// The round's name (2025年部门整体支出绩效自评), named in each notice's opening sentence and the summary's;
    /// nil for none.
    public var round: String?
    /// Who sends the notices (黄埔区财政局), written above the date; nil leaves a blank to sign and seal.
    public var issuer: String?
    /// The date written under the notices and into the documents' properties; nil leaves a blank for the
    /// officer. Never read from the clock here.
    public var date: Date?
    /// The time zone `date` is read in as a calendar day.
    public var timeZone: TimeZone

    public init(words: NoticeWords, language: MessageLanguage = .zh, round: String? = nil, issuer: String? = nil,
                date: Date? = nil, timeZone: TimeZone = .current) {
        self.words = words
        self.language = language
        self.round = round
        self.issuer = issuer
        self.date = date
        self.timeZone = timeZone
    }

    // MARK: - A unit's notice

    /// The notice as a Word document.
    public func document(_ notice: ReturnNotice) -> Document {
        let title = say(words.title)
        let files = notice.files.joined(separator: say(words.listSeparator))
        let form = notice.year.map { say(words.formNameWithYear, ["year": String($0)]) } ?? say(words.formName)
        let round = self.round.map { say(words.roundPhrase, ["round": $0]) } ?? ""
        var blocks: [Block] = [
            .heading(title, level: .one),
            .paragraph([Run(say(words.addressee, ["unit": notice.unit]))]),
            .paragraph([Run(say(words.intro, ["round": round, "form": form, "files": files]))]),
        ]
        for (index, group) in notice.groups.enumerated() {
            blocks.append(.heading(words.section(index, words.group(group.severity, in: language), in: language), level: .two))
            for (number, item) in group.items.enumerated() {
                blocks.append(.paragraph(itemRuns(item, number: number + 1)))
            }
        }
        blocks += [.paragraph([]), .paragraph([Run(say(words.closing))])]
        blocks += signature(contact: true)
        return Document(blocks: blocks, properties: DocumentProperties(title: title, author: issuer, created: date))
    }

    /// The notice as text: what its Word document says, line for line.
    public func text(_ notice: ReturnNotice) -> String {
        NoticeText.text(of: document(notice))
    }

    // MARK: - File names

    /// The file name (without extension) of each notice, in order: `<unit>-退回意见`, made safe for every
    /// system (no `/ \ : * ? " < > |`, control characters or leading dots, at most 80 characters, no reserved
    /// Windows name such as `CON`) and unique among them and with ``summaryStem``, ignoring case: a second
    /// `教育局-退回意见` becomes `教育局-退回意见-2`. The `.docx` and the `.txt` share the stem.
    public func fileStems(_ notices: [ReturnNotice]) -> [String] {
        let stems = notices.map { notice in
            NoticeFileName.stem(notice.unit, suffix: say(words.fileSuffix), fallback: say(words.unnamedUnit))
        }
        return NoticeFileName.unique(stems, reserved: [summaryStem])
    }

    /// The summary's file name without extension (退回意见汇总).
    public var summaryStem: String {
        NoticeFileName.stem(say(words.summaryFile), suffix: "", fallback: "summary")
    }

    // MARK: - Shared pieces

    /// `text` in the language, its placeholders filled.
    func say(_ text: RuleCatalog.Bilingual, _ arguments: [String: String] = [:]) -> String {
        MessageRenderer.fill(text.text(in: language), with: arguments)
    }

    /// An item's paragraph: the template of an item with or without a cell, the cell and the rule's name bold.
    private func itemRuns(_ item: NoticeItem, number: Int) -> [Run] {
        var message = item.message
        if let last = message.last, !"。．.！!？?".contains(last) { message += say(words.sentenceEnd) }
        var arguments = ["number": String(number), "rule": item.ruleName, "message": message]
        arguments["place"] = item.place
        return Self.runs(say(item.place == nil ? words.item : words.itemWithPlace), arguments, bold: ["place", "rule"])
    }

    /// The lines at the foot: an empty line, the contact line (on a unit's notice), the issuer (or a blank to
    /// sign) and the date (or a blank).
    func signature(contact: Bool) -> [Block] {
        [.paragraph([])] + (contact ? [.paragraph([Run(say(words.contact))])] : [])
            + [.paragraph([Run(issuer ?? say(words.signatureBlank))]), .paragraph([Run(dateLine)])]
    }

    /// The date as the notice writes it, or the blank for it.
    private var dateLine: String {
        guard let date else { return say(words.dateBlank) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let day = calendar.dateComponents([.year, .month, .day], from: date)
        let (y, m, d) = (day.year ?? 0, day.month ?? 0, day.day ?? 0)
        return say(words.date, ["year": String(y), "month": String(m), "day": String(d),
                                "month2": m < 10 ? "0\(m)" : String(m), "day2": d < 10 ? "0\(d)" : String(d)])
    }

    /// `template` (already in the language) as runs: its literal text plain, each `{name}` replaced by its
    /// argument, bold when `name` is in `bold`; an unknown placeholder stays as written.
    static func runs(_ template: String, _ arguments: [String: String], bold: Set<String>) -> [Run] {
        var runs: [Run] = []
        func add(_ text: String, bold: Bool) {
            guard !text.isEmpty else { return }
            if let last = runs.last, last.bold == bold {
                runs[runs.count - 1].text += text
            } else {
                runs.append(Run(text, bold: bold))
            }
        }
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            add(String(rest[..<open]), bold: false)
            let name = String(rest[rest.index(after: open)..<close])
            if let argument = arguments[name] {
                add(argument, bold: bold.contains(name))
            } else {
                add(String(rest[open...close]), bold: false)
            }
            rest = rest[rest.index(after: close)...]
        }
        add(String(rest), bold: false)
        return runs
    }
}
