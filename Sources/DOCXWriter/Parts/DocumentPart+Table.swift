extension DocumentPart {
    /// A `w:tbl` in the Table Grid style with fixed column widths; the header row bold, shaded and repeated on
    /// each page.
    /// - Throws: `.invalidTable` for a table without cells or with widths that do not fit.
    static func appendTable(_ table: Table, to xml: inout String) throws(DOCXWriterError) {
        let widths = try columnTwips(table)
        xml += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>"
        xml += "<w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
        xml += StylesPart.tableBorders + "<w:tblLayout w:type=\"fixed\"/>" + StylesPart.cellMargins
        xml += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" "
            + "w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
        for width in widths { xml += "<w:gridCol w:w=\"\(width)\"/>" }
        xml += "</w:tblGrid>"
        if !table.header.isEmpty {
            try appendRow(table.header, widths: widths, header: true, to: &xml)
        }
        for row in table.rows {
            try appendRow(row, widths: widths, header: false, to: &xml)
        }
        xml += "</w:tbl>"
    }

    private static func appendRow(_ cells: [String], widths: [Int], header: Bool,
                                  to xml: inout String) throws(DOCXWriterError) {
        xml += header ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        for (column, width) in widths.enumerated() {
            let text = column < cells.count ? cells[column] : ""
            xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
            if header { xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9D9D9\"/>" }
            xml += "<w:vAlign w:val=\"center\"/></w:tcPr>"
            // Every cell holds a paragraph, even an empty one: Word refuses a cell without.
            try appendParagraph([Run(text, bold: header)], properties: "", to: &xml)
            xml += "</w:tc>"
        }
        xml += "</w:tr>"
    }

    /// Each column's width in twips.
    static func columnTwips(_ table: Table) throws(DOCXWriterError) -> [Int] {
        let count = table.columnCount
        guard count > 0 else { throw DOCXWriterError(.invalidTable, detail: "a table with no cells") }
        switch table.columnWidths {
        case .equal:
            return Array(repeating: PageSetup.textWidth / count, count: count)
        case .percent(let shares):
            guard shares.count == count else {
                throw DOCXWriterError(.invalidTable, detail: "\(shares.count) widths for \(count) columns")
            }
            guard shares.allSatisfy({ $0.isFinite && $0 > 0 }), shares.reduce(0, +) <= 100.000_001 else {
                throw DOCXWriterError(.invalidTable, detail: "widths \(shares) % are not shares of 100")
            }
            return shares.map { max(1, Int((Double(PageSetup.textWidth) * $0 / 100).rounded(.down))) }
        case .twips(let widths):
            guard widths.count == count else {
                throw DOCXWriterError(.invalidTable, detail: "\(widths.count) widths for \(count) columns")
            }
            // 31,680 twips (22 inches) is Word's widest page.
            guard widths.allSatisfy({ $0 > 0 && $0 <= 31_680 }) else {
                throw DOCXWriterError(.invalidTable, detail: "widths \(widths) twips")
            }
            return widths
        }
    }
}
