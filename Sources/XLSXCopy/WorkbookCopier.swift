import Foundation
import XLSXReader
import XLSXWriter

/// Rewrites a read workbook through libxlsxwriter, sheet by sheet, with cell edits: the unit's own workbook back,
/// changed only where edited.
///
/// Read the source with ``XLSXReader/ReadOptions/copying`` so its bordered empty cells, its rich-text runs and its
/// package listing come along (a workbook read without them copies without its empty styled cells, writes mixed-font
/// text in the cell's one font, and lists nothing as uncarried). The copy carries every worksheet in order with its
/// name and state, values, rich text in its runs, formulas with their cached results, every cell's format, merges, column widths and styles, row heights and styles, views, print
/// setup, print area and titles, defined names, data validations, comments, the autofilter range, sheet
/// protection and the custom document properties (as text). What it cannot carry is named in ``uncarriedParts``.
///
/// Known approximations (libxlsxwriter 1.1.4): column widths are snapped to whole pixels; a formula's cached
/// boolean or error is stored as text; an error value without a formula becomes the formula of that error; a
/// very hidden sheet becomes hidden; only the first print-area range, the odd-page header and footer, and the
/// first selection are written; a rich-text run's font loses its charset and scheme; the default column width,
/// cell `quotePrefix`, protection passwords, autofilter criteria and hidden defined names are not written.
///
/// ```swift
/// let source = try Workbook(contentsOf: input, options: .copying)
/// let copier = WorkbookCopier(source)
/// let writer = try copier.write(to: output, options: WorkbookOptions(), edits: [
///     CellEdit(sheet: "Sheet1", row: 4, column: 2, content: .number(1505.02), fill: RGBColor(hex: "FFF2CC")),
/// ])
/// let results = try writer.addWorksheet(named: "校验结果")   // the caller's own sheets after the unit's
/// try results.writeText("已更正 1 处", row: 0, column: 0)
/// try writer.close()
/// ```
public final class WorkbookCopier {
    /// The workbook being copied.
    public let workbook: Workbook

    /// Prepares a copy of `workbook` (read with ``XLSXReader/ReadOptions/copying``).
    public init(_ workbook: Workbook) {
        self.workbook = workbook
    }

    /// Reads the workbook at `url` with what a copy needs, and prepares its copy.
    /// - Throws: the reader's `XLSXError`.
    ///
    /// ```swift
    /// let copier = try WorkbookCopier(contentsOf: URL(fileURLWithPath: "黄浦区.xlsx"))
    /// ```
    public convenience init(contentsOf url: URL) throws(XLSXError) {
        self.init(try Workbook(contentsOf: url, options: .copying))
    }

    /// What the copy leaves out, named (never dropped silently): from the package's content types and
    /// relationships, and the sheet features the reader saw but does not read.
    /// After ``write(to:options:edits:)``, also the merged ranges it left unmerged because they overlap.
    public var uncarriedParts: [UncarriedPart] { UncarriedInventory.parts(of: workbook) + droppedMerges }

    /// Merged ranges of a damaged sheet that overlap an earlier one, left unmerged by the last write.
    private var droppedMerges: [UncarriedPart] = []

    /// Writes every sheet of `workbook`, in order, with `edits` applied, into a new WorkbookWriter that it returns
    /// OPEN: the caller adds its own sheets (e.g. 校验结果) after the unit's and calls close().
    /// - Throws: `.sheetNotFound` for an edit on a sheet the workbook lacks; otherwise the writer's errors, each
    ///   naming the sheet and cell (text over 32,767 characters, a font name over 31...). Nothing is written to
    ///   `url` unless the caller's `close()` succeeds.
    public func write(to url: URL, options: WorkbookOptions, edits: [CellEdit]) throws(XLSXWriterError) -> WorkbookWriter {
        droppedMerges = []
        let copied = workbook.sheets.filter { $0.kind == .worksheet }
        for edit in edits where !copied.contains(where: { $0.name == edit.sheet }) {
            throw XLSXWriterError(.sheetNotFound, sheet: edit.sheet,
                                  detail: "an edit names a sheet the workbook does not have (or a chart sheet)")
        }
        let writer = try WorkbookWriter(writingTo: url, options: options)
        let properties = UncarriedInventory.carriedCustomProperties(of: workbook)
        if !properties.isEmpty {
            try writer.setProperties(DocumentProperties(custom: properties))
        }
        var styles = StyleTable(workbook: workbook)
        var active: WorksheetWriter?
        var selected: [WorksheetWriter] = []
        var hidden: [WorksheetWriter] = []
        for sheet in copied {
            let target = try writer.addWorksheet(named: sheet.name)
            let sheetEdits = edits.filter { $0.sheet == sheet.name }
            // A formula saved without its result (openpyxl) is written with the result worked out where the
            // reader can (``Sheet/evaluatingUncachedFormulas()``), so the copy shows what the sheet meant.
            var dropped: [CellRange] = []
            try SheetCopier(sheet: sheet.evaluatingUncachedFormulas(), target: target, edits: sheetEdits)
                .copy(styles: &styles, droppedMerges: &dropped)
            droppedMerges += dropped.map { UncarriedPart(kind: .overlappingMerge, sheet: sheet.name, part: $0.description) }
            let tabSelected = sheet.layout.views.first?.tabSelected ?? false
            if sheet.state != .visible {
                hidden.append(target)
            } else if tabSelected, active == nil {
                active = target
            } else if tabSelected {
                selected.append(target)
            }
        }
        // The active sheet first: libxlsxwriter makes the first sheet active unless told, and will not hide it.
        if active == nil, !hidden.isEmpty {
            active = copied.firstIndex { $0.state == .visible }.flatMap { writer.worksheet(named: copied[$0].name) }
        }
        try active?.activate()
        for sheet in selected { try sheet.select() }
        for sheet in hidden { try sheet.hide() }
        try copyDefinedNames(into: writer, sheets: copied)
        return writer
    }

    /// The workbook's names other than print areas and titles (written with each sheet's print setup) and the
    /// autofilter's own name; a local name is scoped to its sheet by name.
    private func copyDefinedNames(into writer: WorkbookWriter, sheets: [Sheet]) throws(XLSXWriterError) {
        for name in workbook.definedNames where !name.name.hasPrefix("_xlnm.") {
            var scope: String?
            if let index = name.sheetIndex {
                guard workbook.sheets.indices.contains(index),
                      sheets.contains(where: { $0.name == workbook.sheets[index].name }) else { continue }
                scope = workbook.sheets[index].name
            }
            try writer.defineName(name.name, refersTo: "=" + name.text, sheet: scope)
        }
    }
}
