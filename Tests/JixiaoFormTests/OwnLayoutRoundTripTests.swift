import Foundation
@testable import JixiaoForm
import JixiaoTestSupport
import XLSXCopy
import Testing
import XLSXReader

/// `fix` in the unit's own layout as a library, over every fixture form, variant, layout and own-layout file
/// (made by XlsxWriter, openpyxl and LibreOffice): the corrected workbook is the submission itself, every
/// sheet, cell, format, merge and layout read back equal apart from the changed cells and the 校验结果 sheet
/// after the unit's; each changed cell holds the corrected figure, marked; validating it again leaves only
/// the findings that cannot be corrected.
@Suite("Corrected tables in the unit's own layout round trip")
struct OwnLayoutRoundTripTests {
    static let files: [URL] = (Fixtures.files(in: Fixtures.forms, suffix: ".xlsx")
        + Fixtures.files(in: Fixtures.root.appendingPathComponent("variants"), suffix: ".xlsx")
        + Fixtures.files(in: Fixtures.root.appendingPathComponent("layouts"), suffix: ".xlsx")
        + Fixtures.files(in: Fixtures.root.appendingPathComponent("own-layout"), suffix: ".xlsx"))
    static let writer: FormWorkbookWriter? = try? FormWorkbookWriter()

    @Test func everyFileIsHere() {
        #expect(Self.files.count >= 60)
        #expect(Self.writer != nil)
    }

    @Test(arguments: files)
    func correctedWorkbookIsTheSubmissionChangedOnlyWhereWrong(_ file: URL) throws {
        let writer = try #require(Self.writer)
        let validator = FormValidator(readOptions: .copying)
        let (reports, read) = validator.validateWorkbook(fileAt: file)
        let forms = reports.compactMap(\.form)
        guard let original = read, forms.count == reports.count else { return }   // not a form: tested elsewhere
        let corrections = zip(forms, reports).map { writer.corrector.correct($0, findings: $1.findings) }
        let parts = zip(zip(forms, corrections), reports).map { pair, report in
            FormWorkbookWriter.Part(form: pair.0, changes: pair.1.changes, findings: report.findings)
        }
        let folder = TestFolder(file.lastPathComponent)
        let output = folder.file("corrected.xlsx")
        let written = try writer.ownLayout.write(parts, of: original, to: output)

        // Only the changed cells differ, and a 校验结果 sheet follows the unit's.
        var changed: [String: CellChange] = [:]
        for (form, changes) in zip(forms, written.changes) {
            for change in changes {
                let source = try #require(form.sources[change.field])
                let cell = try #require(source.cell)
                changed["\(source.sheet)!\(cell)"] = change
            }
        }
        let copy = try Workbook(contentsOf: output, options: .copying)
        #expect(copy.sheets.last?.name == "校验结果", "\(file.lastPathComponent)")
        let differences = WorkbookDifferences(original: original, copy: copy, except: Set(changed.keys), addedSheets: 1).lines
        #expect(differences.isEmpty, "\(file.lastPathComponent): \(differences.prefix(8).joined(separator: "\n"))")

        // Each changed cell: the corrected figure or grade, coloured, with a comment saying what it was.
        for (place, change) in changed {
            let parts = place.split(separator: "!", maxSplits: 1).map(String.init)
            let sheet = try #require(copy.sheet(named: parts[0]))
            let reference = try #require(CellReference(parts[1]))
            let cell = try #require(sheet.grid[reference], "\(place) is empty")
            switch change.corrected {
            case .number(let value):
                let read = try #require(cell.value.asDecimal(), "\(file.lastPathComponent) \(place): \(cell.value)")
                // A rate written as percentage points reads a hundred times the fraction.
                #expect(read == value.value || read == value.value * 100
                        || DecimalMath.rounded(read, places: value.places) == value.value,
                        "\(file.lastPathComponent) \(place): \(read) for \(value.text)")
            case .text(let text):
                #expect(cell.value.text == text, "\(file.lastPathComponent) \(place)")
            }
            let fill = copy.format(of: cell).fill.foreground?.argb.map { $0 & 0xFF_FFFF }
            #expect(fill == (change.kind == .corrected ? 0xFFE699 : 0xC6EFCE), "\(file.lastPathComponent) \(place)")
            let comment = sheet.layout.comments.first { $0.cell == cell.reference }?.text ?? ""
            #expect(comment.contains(change.kind == .corrected ? "原值：" : "原为空"), "\(file.lastPathComponent) \(place): \(comment)")
        }

        // Validating the corrected workbook leaves what no change answered (a text typed number that became a
        // number is no longer one).
        let again = validator.validateForms(fileAt: output, skippingCorrectedTables: false)
        #expect(again.count == reports.count, "\(file.lastPathComponent)")
        for ((report, changes), reread) in zip(zip(reports, written.changes), again) {
            let handled = Set(changes.compactMap(\.finding))
            let changedFields = Set(changes.map(\.field))
            let expected = Set(report.findings.filter { !handled.contains($0) && !($0.rule == .numberAsText && changedFields.contains($0.field)) }
                .map { "\($0.rule.rawValue) \($0.field.rawValue)" })
            let left = Set(reread.findings.map { "\($0.rule.rawValue) \($0.field.rawValue)" })
            // A total or grade found wrong only because a part was wrong is right once the part is corrected.
            // A damaged sheet's overlapping merge is left unmerged, and what it hid may read differently.
            let unmerged = written.uncarried.contains { $0.kind == .overlappingMerge }
            let cascaded = unmerged ? [] : expected.subtracting(left).filter { !$0.hasPrefix("score-total") && !$0.hasPrefix("score-grade") }
            #expect(left.isSubset(of: expected) && cascaded.isEmpty, "\(file.lastPathComponent): left \(left.sorted()), expected \(expected.sorted())")
        }
    }

    @Test func uncarriedPartsAreNamedOnTheFindingsSheet() throws {
        let writer = try #require(Self.writer)
        // The media fixture holds a chart besides its pictures; a form is written beside them on the same sheet.
        let source = Fixtures.root.appendingPathComponent("media/media.xlsxwriter.xlsx")
        let workbook = try Workbook(contentsOf: source, options: .copying)
        let form = Form(sheet: workbook.sheets[0].name)
        let folder = TestFolder()
        let output = folder.file("corrected.xlsx")
        let written = try writer.ownLayout.write([FormWorkbookWriter.Part(form: form)], of: workbook, to: output)
        #expect(written.uncarried.map(\.kind) == [.chart])
        let copy = try Workbook(contentsOf: output)
        let texts = try #require(copy.sheet(named: "校验结果")).cells.compactMap(\.value.text)
        #expect(texts.contains("原表中未能带入本表的内容（请对照原表补上）"))
        #expect(texts.contains { $0.hasPrefix("图表（\(workbook.sheets[0].name)，xl/charts/chart") })
        #expect(copy.sheets.first?.layout.pictures.count == workbook.sheets.first?.layout.pictures.count)
    }
}

/// Every kind of part a copy can leave out has its words in both languages.
@Suite("Uncarried parts in words")
struct UncarriedPartWordsTests {
    @Test func everyKindIsNamedInBothLanguages() throws {
        let layout = try OfficialLayout.standard.get()
        for kind in UncarriedPart.Kind.allCases {
            #expect(layout.findingsSheet.uncarriedKinds[kind.rawValue] != nil, "\(kind)")
            #expect(layout.findingsSheet.uncarriedKindsEnglish[kind.rawValue] != nil, "\(kind)")
        }
        let part = UncarriedPart(kind: .overlappingMerge, sheet: "自评表", part: "A11:H11")
        #expect(part.words(layout: layout, language: .zh) == "与其他合并区域重叠、未能合并的单元格区域（自评表，A11:H11）")
        #expect(part.words(layout: layout, language: .en) == "merged range overlapping another, left unmerged (自评表, A11:H11)")
    }
}
