import Foundation
import XLSXReader
import XLSXWriter

/// Copies one worksheet into a sheet of the writer: layout first (columns, rows, merges), then styled blanks and
/// cells with the edits applied (rich text in its runs, unless an edit replaces the cell; a formula's cached text
/// is never rich), then comments, validations, pictures, conditional formats, autofilter, view,
/// print setup and protection.
struct SheetCopier {
    let sheet: Sheet
    let target: WorksheetWriter
    let edits: [CellEdit]

    /// `droppedMerges`: the merged ranges left unmerged because they overlap an earlier one.
    func copy(styles: inout StyleTable, droppedMerges: inout [CellRange]) throws(XLSXWriterError) {
        let layout = sheet.layout
        try copyColumns(layout, styles: &styles)
        try copyRows(layout, styles: &styles)
        for range in sheet.merges where range.first != range.last {
            do {
                try target.mergeCells(CellRect(range))
            } catch where error.kind == .overlappingMerge {
                droppedMerges.append(range)
            }
        }
        let editsByCell = editedCells()
        for blank in sheet.styledBlanks where blank.styleIndex != 0 && editsByCell[Position(blank)] == nil {
            try target.writeBlank(row: blank.row, column: blank.column, style: styles.style(blank.styleIndex))
        }
        var styleIndexByCell: [Position: Int] = [:]
        for blank in sheet.styledBlanks { styleIndexByCell[Position(blank)] = blank.styleIndex }
        for cell in sheet.cells {
            styleIndexByCell[Position(cell)] = cell.styleIndex
            guard editsByCell[Position(cell)] == nil else { continue }
            try write(cell, style: styles.style(cell.styleIndex))
        }
        for (position, edit) in editsByCell.sorted(by: { $0.key < $1.key }) {
            let index = styleIndexByCell[position] ?? defaultStyleIndex(at: position)
            var style = styles.style(index)
            if let numberFormat = edit.numberFormat {
                style.numberFormat = numberFormat
                style.numberFormatID = nil
            }
            if let fill = edit.fill { style.fillColor = fill }
            try write(edit.content, at: position, style: style)
        }
        try copyComments(layout.comments)
        try copyValidations(layout.dataValidations)
        for picture in layout.pictures { try picture.copy(to: target, layout: layout) }
        for format in layout.conditionalFormats { try format.copy(to: target) }
        if let filter = layout.autoFilter { try target.setAutofilter(CellRect(filter)) }
        if let view = layout.views.first { try target.setView(ViewSetup(view, tabColor: layout.tabColor)) }
        try target.setPrintSetup(XLSXWriter.PrintSetup(layout.printSetup))
        if layout.isProtected { try target.protect() }
    }

    // MARK: - Cells

    /// A cell's place, ordered row by row.
    struct Position: Hashable, Comparable {
        let row: Int
        let column: Int

        init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }

        init(_ cell: Cell) {
            self.init(row: cell.row, column: cell.column)
        }

        static func < (lhs: Position, rhs: Position) -> Bool {
            (lhs.row, lhs.column) < (rhs.row, rhs.column)
        }
    }

    /// The edits by the cell they land on (a merged range's top-left cell for any of its cells); a later edit
    /// of the same cell replaces the content of an earlier one.
    private func editedCells() -> [Position: CellEdit] {
        var byCell: [Position: CellEdit] = [:]
        for edit in edits {
            var position = Position(row: edit.row, column: edit.column)
            let reference = CellReference(row: edit.row, column: edit.column)
            if let merge = sheet.merges.first(where: { $0.contains(reference) }) {
                position = Position(row: merge.first.row, column: merge.first.column)
            }
            byCell[position] = edit
        }
        return byCell
    }

    /// The comments the edits add, by the cell they land on, in edit order.
    private func editComments() -> [Position: [CellEdit]] {
        var byCell: [Position: [CellEdit]] = [:]
        for edit in edits where edit.comment != nil {
            var position = Position(row: edit.row, column: edit.column)
            let reference = CellReference(row: edit.row, column: edit.column)
            if let merge = sheet.merges.first(where: { $0.contains(reference) }) {
                position = Position(row: merge.first.row, column: merge.first.column)
            }
            byCell[position, default: []].append(edit)
        }
        return byCell
    }

    /// The style an empty cell shows: its row's (when the row states one), else its column's, else Normal.
    private func defaultStyleIndex(at position: Position) -> Int {
        if let row = sheet.layout.rowInfo(position.row), row.customFormat, let style = row.style { return style }
        if let column = sheet.layout.columns.first(where: { $0.contains(position.column) }), let style = column.style {
            return style
        }
        return 0
    }

    private func write(_ cell: Cell, style: CellStyle) throws(XLSXWriterError) {
        let row = cell.row, column = cell.column
        if let formula = cell.formula {
            switch cell.value {
            case .number(let text):
                if let number = Double(text) {
                    try target.writeFormula(formula, cachedNumber: number, row: row, column: column, style: style)
                } else {
                    try target.writeFormula(formula, cachedText: text, row: row, column: column, style: style)
                }
            case .boolean(let value):
                // libxlsxwriter 1.1.4 has no cached boolean: Excel recalculates on opening.
                try target.writeFormula(formula, cachedText: value ? "TRUE" : "FALSE", row: row, column: column,
                                        style: style)
            case .text(let text), .error(let text), .isoDate(let text):
                try target.writeFormula(formula, cachedText: text, row: row, column: column, style: style)
            case .empty:
                try target.writeFormula(formula, cachedText: "", row: row, column: column, style: style)
            }
            return
        }
        switch cell.value {
        case .number(let text):
            guard let number = Double(text) ?? Double(text.trimmingCharacters(in: .whitespaces)) else {
                try target.writeText(text, row: row, column: column, style: style)
                return
            }
            try target.writeNumber(number, row: row, column: column, style: style)
        case .text(let text), .isoDate(let text):
            if let runs = sheet.richTexts[cell.reference] {
                // Each run in its own font; the writer falls back to plain text where the runs are too few.
                try target.writeRichText(runs.map { ($0.text, $0.font?.cellStyle) }, row: row, column: column,
                                         style: style)
            } else if text.isEmpty {
                try target.writeBlank(row: row, column: column, style: style)
            } else {
                try target.writeText(text, row: row, column: column, style: style)
            }
        case .boolean(let value):
            try target.writeBoolean(value, row: row, column: column, style: style)
        case .error(let code):
            // No error cells in libxlsxwriter 1.1.4: the formula `=#N/A` gives the same error.
            try target.writeFormula(code, cachedText: code, row: row, column: column, style: style)
        case .empty:
            try target.writeBlank(row: row, column: column, style: style)
        }
    }

    private func write(_ content: CellEdit.Content, at position: Position, style: CellStyle) throws(XLSXWriterError) {
        let row = position.row, column = position.column
        switch content {
        case .number(let number):
            try target.writeNumber(number, row: row, column: column, style: style)
        case .text(let text):
            try target.writeText(text, row: row, column: column, style: style)
        case .formula(let formula, let cached?):
            try target.writeFormula(formula, cachedNumber: cached, row: row, column: column, style: style)
        case .formula(let formula, nil):
            try target.writeFormula(formula, cachedText: "", row: row, column: column, style: style)
        case .formulaText(let formula, let cached):
            try target.writeFormula(formula, cachedText: cached, row: row, column: column, style: style)
        }
    }

    // MARK: - Layout

    private func copyColumns(_ layout: SheetLayout, styles: inout StyleTable) throws(XLSXWriterError) {
        for info in layout.columns {
            let style = info.style.map { styles.style($0) }
            try target.setColumnWidth(info.width.map(Self.libraryColumnWidth), columns: info.firstColumn...info.lastColumn,
                                      style: style, hidden: info.hidden, outlineLevel: info.outlineLevel,
                                      collapsed: info.collapsed)
        }
    }

    private func copyRows(_ layout: SheetLayout, styles: inout StyleTable) throws(XLSXWriterError) {
        if let height = layout.defaultRowHeight, height != 15 || layout.rowsHiddenByDefault {
            try target.setDefaultRowHeight(height, hidesUnusedRows: layout.rowsHiddenByDefault)
        }
        for info in layout.rows {
            let style = info.customFormat ? info.style.map { styles.style($0) } : nil
            try target.setRowHeight(info.height ?? layout.defaultRowHeight, row: info.row, style: style,
                                    hidden: info.hidden, outlineLevel: info.outlineLevel, collapsed: info.collapsed)
        }
    }

    /// The width to give libxlsxwriter for a width as a file states it (padding included): the library adds
    /// 5 pixels of padding to a width of at least 1 and writes whole pixels of a 7-pixel digit, so the stated
    /// width comes back to the pixel.
    static func libraryColumnWidth(_ stated: Double) -> Double {
        guard stated > 0 else { return 0 }
        let pixels = (stated * 7).rounded()
        return pixels >= 12 ? (pixels - 5) / 7 : pixels / 12
    }

    private func copyComments(_ comments: [Comment]) throws(XLSXWriterError) {
        var added = editComments()
        for comment in comments {
            let position = Position(row: comment.cell.row, column: comment.cell.column)
            var text = comment.text
            for edit in added.removeValue(forKey: position) ?? [] {
                text += "\n" + Self.commentText(of: edit, besides: comment.author)
            }
            try target.addComment(text, row: position.row, column: position.column,
                                  options: CommentOptions(author: comment.author))
        }
        for (position, cellEdits) in added.sorted(by: { $0.key < $1.key }) {
            let author = cellEdits.first?.commentAuthor
            let text = cellEdits.map { Self.commentText(of: $0, besides: author) }.joined(separator: "\n")
            try target.addComment(text, row: position.row, column: position.column,
                                  options: CommentOptions(author: author))
        }
    }

    /// An edit's comment, led by its author's name when the comment it joins has another author.
    private static func commentText(of edit: CellEdit, besides author: String?) -> String {
        let text = edit.comment ?? ""
        guard let editAuthor = edit.commentAuthor, editAuthor != author else { return text }
        return editAuthor + ": " + text
    }

    private func copyValidations(_ validations: [XLSXReader.DataValidation]) throws(XLSXWriterError) {
        for validation in validations {
            let copied = XLSXWriter.DataValidation(validation)
            for range in validation.ranges {
                try target.addValidation(copied, to: CellRect(range))
            }
        }
    }
}
