import DOCXWriter

/// A notice's document as plain text, so that the `.txt` says exactly what the `.docx` says: headings and
/// paragraphs as lines, a blank line before each heading, bullets as `• `, tables as columns padded to line up in
/// a fixed-width font (a CJK character counts two columns), a page break as a blank line. Lines end with CRLF.
///
/// ```swift
/// NoticeText.text(of: Document(blocks: [.heading("退回意见", level: .one), .paragraph(["请修改。"])]))
/// // "退回意见\r\n\r\n请修改。\r\n"
/// ```
enum NoticeText {
    /// The line end: CRLF, what Windows Notepad (before Windows 10 1809 it shows LF-only text as one line), WPS
    /// and the OA systems a notice is pasted into expect; every other editor reads it too.
    static let lineEnd = "\r\n"

    static func text(of document: Document) -> String {
        var lines: [String] = []
        for (index, block) in document.blocks.enumerated() {
            switch block {
            case .heading(let text, let level):
                if index > 0, lines.last?.isEmpty == false { lines.append("") }
                lines.append(text)
                if level == .one { lines.append("") }
            case .paragraph(let runs):
                lines.append(contentsOf: lineBreaks(runs.map(\.text).joined()))
            case .bulletList(let items):
                for item in items { lines.append(contentsOf: lineBreaks("• " + item.map(\.text).joined())) }
            case .table(let table):
                lines.append(contentsOf: tableLines(table))
            case .pageBreak:
                lines.append("")
            }
        }
        return lines.map { $0 + lineEnd }.joined()
    }

    /// A text's own line breaks (LF, CR or CRLF) as separate lines.
    private static func lineBreaks(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    }

    /// The header and rows, each cell on one line, the columns but the last padded to their widest cell.
    private static func tableLines(_ table: Table) -> [String] {
        let rows = (table.header.isEmpty ? [] : [table.header]) + table.rows
        let cells = rows.map { row in
            (0..<table.columnCount).map { column in
                column < row.count ? lineBreaks(row[column]).joined(separator: " ") : ""
            }
        }
        let widths = (0..<table.columnCount).map { column in cells.map { width(of: $0[column]) }.max() ?? 0 }
        return cells.map { row in
            var line = row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - width(of: cell))
            }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// Columns `text` takes in a fixed-width font: two for a wide (CJK, full-width, emoji) character.
    static func width(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in sum + (isWide(scalar) ? 2 : 1) }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }
}
