import DOCXWriter

extension NoticeDocuments {
    /// The round's covering summary (退回意见汇总) as a Word document: the counts (files received, forms read,
    /// passed, returned, missing, unreadable, not on the list) as a table, then a section each for the units
    /// returned (with their 强制 / 提示 / 供参考 counts), the units that sent nothing, the files that could not be
    /// read and why, and the units not on the list. Without a reference list the two counts that need it say so,
    /// and their sections are replaced by one sentence saying why.
    ///
    /// ```swift
    /// let document = documents.document(RoundNotice(files: 3, forms: 3, passed: 1, returned: lines))
    /// ```
    public func document(_ round: RoundNotice) -> Document {
        let title = say(words.summaryTitle)
        let columns = words.columns
        var blocks: [Block] = [
            .heading(title, level: .one),
            .paragraph([Run(say(words.summaryIntro, ["round": self.round ?? say(words.thisRound)]))]),
        ]
        var section = 0
        func heading(_ name: RuleCatalog.Bilingual) {
            blocks.append(.heading(words.section(section, say(name), in: language), level: .two))
            section += 1
        }
        func table(_ header: [RuleCatalog.Bilingual], _ rows: [[String]], widths: [Double]) {
            guard !rows.isEmpty else { return blocks.append(.paragraph([Run(say(words.none))])) }
            let numbered = rows.enumerated().map { [String($0.offset + 1)] + $0.element }
            blocks.append(.table(Table(header: ([columns.number] + header).map { say($0) }, rows: numbered,
                                       columnWidths: .percent(widths))))
        }

        heading(words.summarySections.counts)
        let counts = words.counts
        func count(_ row: NoticeWords.CountRow, _ value: Int?) -> [String] {
            [say(row.label), value.map { say(row.value, ["count": String($0)]) } ?? say(words.noList)]
        }
        let countRows = [
            count(counts.files, round.files), count(counts.forms, round.forms), count(counts.passed, round.passed),
            count(counts.returned, round.returned.count), count(counts.missing, round.missing?.count),
            count(counts.unreadable, round.unreadable.count), count(counts.notOnList, round.notOnList?.count),
        ]
        blocks.append(.table(Table(header: [say(columns.item), say(columns.count)], rows: countRows,
                                   columnWidths: .percent([35, 25]))))
        if round.missing == nil || round.notOnList == nil {
            blocks.append(.paragraph([Run(say(words.noListSection))]))
        }

        heading(words.summarySections.returned)
        let separator = say(words.listSeparator)
        table([columns.unit, columns.file, columns.errors, columns.warnings, columns.notes],
              round.returned.map { [$0.unit, $0.files.joined(separator: separator), String($0.errors), String($0.warnings),
                                    String($0.notes)] },
              widths: [9, 24, 22, 15, 15, 15])
        if let missing = round.missing {
            heading(words.summarySections.missing)
            table([columns.unit], missing.map { [$0] }, widths: [10, 90])
        }
        heading(words.summarySections.unreadable)
        table([columns.file, columns.reason], round.unreadable.map { [$0.file, $0.reason] }, widths: [10, 40, 50])
        if let notOnList = round.notOnList {
            heading(words.summarySections.notOnList)
            table([columns.unit, columns.file], notOnList.map { [$0.unit, $0.file] }, widths: [10, 45, 45])
        }
        blocks += signature(contact: false)
        return Document(blocks: blocks, properties: DocumentProperties(title: title, author: issuer, created: date))
    }

    /// The summary as text: what its Word document says, line for line.
    public func text(_ round: RoundNotice) -> String {
        NoticeText.text(of: document(round))
    }
}
