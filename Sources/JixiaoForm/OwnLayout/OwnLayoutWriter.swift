import Foundation
import XLSXCopy
import XLSXReader
import XLSXWriter

/// Writes corrected tables in the unit's own layout: the submitted workbook itself, every sheet, value, format,
/// merge, width, height, view and print setting as it came (``WorkbookCopier``), changed only in the corrected
/// and filled cells, each marked with its fill and a comment (the original value, the rule and the arithmetic),
/// and the 校验结果 sheet added after the unit's sheets. What the copy cannot carry (a chart, a pivot table,
/// VBA, …) is named on that sheet and returned, never dropped silently; so is a change whose field has no cell
/// of its own.
///
/// ```swift
/// let writer = OwnLayoutWriter(layout: try OfficialLayout.standard.get(), templates: try TemplateBundle.standard.get())
/// let written = try writer.write([FormWorkbookWriter.Part(form: corrected.form, changes: corrected.changes,
///                                                         findings: report.findings)],
///                                of: workbook, to: URL(fileURLWithPath: "a.corrected.xlsx"))
/// written.changes[0].count   // the changes written into the unit's cells
/// written.uncarried          // [UncarriedPart(kind: .chart, sheet: "Sheet1", …)]
/// ```
public struct OwnLayoutWriter: Sendable {
    public let layout: OfficialLayout
    public let templates: TemplateBundle
    public let language: MessageLanguage

    public init(layout: OfficialLayout, templates: TemplateBundle, language: MessageLanguage = .zh) {
        self.layout = layout
        self.templates = templates
        self.language = language
    }

    /// What was written.
    public struct Written: Sendable {
        /// Each part's changes that went into a cell, in the parts' order.
        public var changes: [[CellChange]]
        /// What the copy left out.
        public var uncarried: [UncarriedPart]
    }

    /// Writes `workbook` with each part's changes into its own cells, and one 校验结果 sheet for all parts.
    /// - Parameters:
    ///   - parts: one per form of the workbook (a 主管部门's workbook holds several), with its findings.
    ///   - workbook: the submission as read, with its formats and layout.
    /// - Throws: the writer's errors (the file cannot be written, a cell libxlsxwriter refuses).
    @discardableResult
    public func write(_ parts: [FormWorkbookWriter.Part], of workbook: Workbook, to url: URL,
                      overwrite: Bool = false) throws(XLSXWriterError) -> Written {
        let marks = CellMarks(layout: layout, language: language)
        var edits: [CellEdit] = []
        var placed: [[CellChange]] = []
        var entries: [FindingsSheetRenderer.Entries] = []
        let several = parts.count > 1
        for part in parts {
            var planned = OwnLayoutEdits(form: part.form, workbook: workbook, marks: marks,
                                         bands: templates.form.gradeBands, ratePlaces: layout.funds.ratePlaces)
            planned.add(part.changes)
            edits += planned.edits
            let written = part.changes.filter { !planned.unplaced.contains($0) }
            placed.append(written)
            // The cells here are the submission's own: named with their sheet where it is not the form's.
            let here = part.form.sources.compactMapValues { source -> String? in
                guard let cell = source.cell, source.takenFrom == nil else { return nil }
                return several || source.sheet != part.form.sheet ? "\(source.sheet)!\(cell)" : cell.description
            }
            entries.append(FindingsSheetRenderer.Entries(findings: part.findings, changes: written, here: here,
                                                         namesSourceSheets: several))
        }
        let copier = WorkbookCopier(workbook)
        let writer = try copier.write(to: url, options: WorkbookOptions(overwrite: overwrite), edits: edits)
        try writer.setProperties(DocumentProperties(title: parts.first?.form.title ?? layout.properties.title,
                                                    author: layout.properties.author,
                                                    comments: layout.properties.comments,
                                                    custom: OutputRecognizer.mark(.correctedTable)))
        let uncarried = copier.uncarriedParts
        let sheet = try writer.addSheet(named: layout.findingsSheet.name, otherwise: layout.findingsSheet.name)
        try FindingsSheetRenderer(layout: layout, language: language, rules: templates.rules)
            .draw(entries, uncarried: uncarried, on: sheet)
        try writer.close()
        return Written(changes: placed, uncarried: uncarried)
    }
}
