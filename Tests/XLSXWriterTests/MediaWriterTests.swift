import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader
import XLSXWriter

/// Pictures and conditional formats written, then read back with our reader (openpyxl reads the same things
/// from the copy the XLSXCopy tests record: `Tests/Fixtures/media/check_copy.py`).
@Suite("Pictures and conditional formats written")
struct MediaWriterTests {
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Fixtures.root.appendingPathComponent("media/\(name)")))
    }

    @Test func picturesKeepTheirAnchorSizeAndBytes() throws {
        let folder = TestFolder()
        let url = folder.file("pictures.xlsx")
        let png = try Self.bytes("red.png"), jpeg = try Self.bytes("python.jpg")
        let workbook = try WorkbookWriter(writingTo: url)
        let sheet = try workbook.addWorksheet(named: "自评表")
        try sheet.insertPicture(png, row: 1, column: 1,
                                options: PictureOptions(xOffset: 10, yOffset: 5, positioning: .moveOnly))
        try sheet.insertPicture(jpeg, row: 7, column: 4,
                                options: PictureOptions(size: .pixels(width: 48, height: 32), positioning: .fixed,
                                                        description: "校徽"))
        try sheet.insertPicture(png, row: 20, column: 0, options: PictureOptions(size: .scale(x: 2, y: 0.5)))
        try workbook.close()

        let layout = try ReadBack(url).workbook.sheets[0].layout
        #expect(layout.pictures.count == 3 && layout.otherDrawingObjects.isEmpty)
        let first = layout.pictures[0]
        #expect(first.anchor.from == AnchorPoint(row: 1, column: 1, rowOffset: 5 * 9525, columnOffset: 10 * 9525))
        #expect(first.anchor.kind == .twoCell && first.anchor.editAs == "oneCell")
        #expect(first.size == DrawingExtent(width: 40 * 9525, height: 24 * 9525))
        #expect(first.bytes == png && first.imageType == .png && first.description == nil)
        let second = layout.pictures[1]
        #expect(second.anchor.from.cell.description == "E8" && second.anchor.editAs == "absolute")
        #expect(second.size == DrawingExtent(width: 48 * 9525, height: 32 * 9525))
        #expect(second.bytes == jpeg && second.imageType == .jpeg && second.description == "校徽")
        let third = layout.pictures[2]
        #expect(third.anchor.editAs == "oneCell" && !third.anchor.sizesWithCells)   // the library's default
        #expect(third.size == DrawingExtent(width: 80 * 9525, height: 12 * 9525))
    }

    @Test func conditionalFormatsOfEachKindReadBack() throws {
        let folder = TestFolder()
        let url = folder.file("conditional.xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        let sheet = try workbook.addWorksheet(named: "自评表")
        for row in 1...9 { try sheet.writeNumber(row * 20, row: row, column: 1) }
        let red = CellStyle(fontColor: RGBColor(hex: "9C0006"), fillColor: RGBColor(hex: "FFC7CE"))
        let cases: [(ConditionalFormatOptions, String)] = [
            (ConditionalFormatOptions(.cell(.greaterThan, "100"), style: red), "B2:B10"),
            (ConditionalFormatOptions(.cellBetween("10", "$A$1"), style: CellStyle(bold: true)), "B2:B10"),
            (ConditionalFormatOptions(.formula("$C2<0"), style: CellStyle(italic: true, borders: .all(.thin)),
                                      stopIfTrue: true), "C2:C10"),
            (ConditionalFormatOptions(.text(.containing, "未"), style: red), "A2:A10"),
            (ConditionalFormatOptions(.duplicate, style: CellStyle(fillColor: .yellow)), "F2:F10"),
            (ConditionalFormatOptions(.top(10, percent: false), style: CellStyle(numberFormat: "0.0%")), "B2:B10"),
            (ConditionalFormatOptions(.average(.belowOrEqual), style: red), "B2:B10"),
            (ConditionalFormatOptions(.timePeriod(.last7Days), style: red), "G2:G10"),
            (ConditionalFormatOptions(.threeColorScale(minimum: .init(.lowest, color: .red),
                                                       middle: .init(.percentile(50), color: .yellow),
                                                       maximum: .init(.highest, color: RGBColor(hex: "63BE7B")!))),
             "D2:D10"),
            (ConditionalFormatOptions(.dataBar(minimum: nil, maximum: nil, color: RGBColor(hex: "638EC6"), barOnly: false)),
             "E2:E10"),
            (ConditionalFormatOptions(.iconSet(.threeArrows, reversed: true, iconsOnly: false),
                                      otherRanges: [CellRect("J2:J10")!]), "H2:H10"),
        ]
        for (format, range) in cases { try sheet.addConditionalFormat(format, to: CellRect(range)!) }
        try workbook.close()

        let formats = try ReadBack(url).workbook.sheets[0].layout.conditionalFormats
        let rules = formats.flatMap { format in format.rules.map { (format.ranges.map(\.description), $0) } }
            .sorted { ($0.1.priority ?? 0) < ($1.1.priority ?? 0) }
        #expect(rules.map(\.1.type) == ["cellIs", "cellIs", "expression", "containsText", "duplicateValues", "top10",
                                        "aboveAverage", "timePeriod", "colorScale", "dataBar", "iconSet"])
        #expect(rules.map(\.1.priority) == Array(1...11).map { Optional($0) })
        let greater = rules[0].1
        #expect(rules[0].0 == ["B2:B10"] && greater.operator == "greaterThan" && greater.formulas == ["100"])
        #expect(greater.format?.fillColor?.hexARGB == "FFFFC7CE" && greater.format?.font?.color?.hexARGB == "FF9C0006")
        #expect(rules[1].1.operator == "between" && rules[1].1.formulas == ["10", "$A$1"])
        #expect(rules[1].1.format?.font?.bold == true)
        #expect(rules[2].1.formulas == ["$C2<0"] && rules[2].1.stopIfTrue)
        #expect(rules[2].1.format?.border?.left.style == .thin && rules[2].1.format?.font?.italic == true)
        #expect(rules[3].1.text == "未" && rules[3].1.operator == "containsText")
        #expect(rules[4].1.format?.fillColor?.hexARGB == "FFFFFF00")
        #expect(rules[5].1.rank == 10 && !rules[5].1.bottom && rules[5].1.format?.numberFormat?.code == "0.0%")
        #expect(!rules[6].1.aboveAverage && rules[6].1.equalAverage)
        #expect(rules[7].1.timePeriod == "last7Days")
        let scale = try #require(rules[8].1.colorScale)
        #expect(scale.values.map(\.type) == ["min", "percentile", "max"] && scale.values[1].value == "50")
        #expect(scale.colors.map(\.hexARGB) == ["FFFF0000", "FFFFFF00", "FF63BE7B"])
        #expect(rules[9].1.dataBar?.color?.hexARGB == "FF638EC6" && rules[9].1.dataBar?.values.map(\.type) == ["min", "max"])
        #expect(rules[10].0 == ["H2:H10", "J2:J10"] && rules[10].1.iconSet?.style == "3Arrows")
        #expect(rules[10].1.iconSet?.reverse == true)
    }

    @Test func unusablePicturesAreRefusedBeforeTheLibrary() throws {
        let folder = TestFolder()
        let workbook = try WorkbookWriter(writingTo: folder.file("refused.xlsx"))
        let sheet = try workbook.addWorksheet(named: "表")
        let png = try Self.bytes("red.png")
        func kind(_ body: () throws(XLSXWriterError) -> Void) -> XLSXWriterError.Kind? {
            do throws(XLSXWriterError) { try body(); return nil } catch { return error.kind }
        }
        #expect(kind { () throws(XLSXWriterError) in try sheet.insertPicture([], row: 0, column: 0) } == .invalidPicture)
        #expect(kind { () throws(XLSXWriterError) in
            try sheet.insertPicture(Array("%PDF-1.4".utf8), row: 0, column: 0)
        } == .invalidPicture)
        #expect(kind { () throws(XLSXWriterError) in
            try sheet.insertPicture(Array(png.prefix(12)), row: 0, column: 0)   // no IHDR: no size
        } == .invalidPicture)
        #expect(kind { () throws(XLSXWriterError) in
            try sheet.insertPicture(png, row: 0, column: 0, options: PictureOptions(xOffset: -1))
        } == .invalidPicture)
        #expect(kind { () throws(XLSXWriterError) in
            try sheet.insertPicture(png, row: 0, column: 0, options: PictureOptions(size: .scale(x: 0, y: 1)))
        } == .invalidPicture)
        #expect(kind { () throws(XLSXWriterError) in
            try sheet.insertPicture(png, row: 0, column: 0, options: PictureOptions(size: .pixels(width: .nan, height: 1)))
        } == .invalidPicture)
        #expect(kind { () throws(XLSXWriterError) in
            try sheet.insertPicture(png, row: 2_000_000, column: 0)
        } == .cellOutOfRange)
        try workbook.close()
    }

    @Test func unusableRulesAreRefusedBeforeTheLibrary() throws {
        let folder = TestFolder()
        let workbook = try WorkbookWriter(writingTo: folder.file("refused.xlsx"))
        let sheet = try workbook.addWorksheet(named: "表")
        let range = CellRect("A1:A9")!
        func kind(_ rule: ConditionalFormatOptions.Rule, others: [CellRect] = []) -> XLSXWriterError.Kind? {
            do throws(XLSXWriterError) {
                try sheet.addConditionalFormat(ConditionalFormatOptions(rule, otherRanges: others), to: range)
                return nil
            } catch {
                return error.kind
            }
        }
        #expect(kind(.text(.containing, "\"是\"")) == .invalidConditionalFormat)
        #expect(kind(.text(.beginsWith, "")) == .invalidConditionalFormat)
        #expect(kind(.top(3, percent: false)) == .invalidConditionalFormat)   // libxlsxwriter would write 10
        #expect(kind(.bottom(0, percent: true)) == .invalidConditionalFormat)
        #expect(kind(.cell(.equal, "")) == .invalidConditionalFormat)
        #expect(kind(.formula("SUM(A1")) == .invalidFormula)
        #expect(kind(.twoColorScale(minimum: .init(.number(.infinity), color: .red),
                                    maximum: .init(.highest, color: .white))) == .nonFiniteNumber)
        let many = (0..<700).map { CellRect(row: $0, column: 3) }
        #expect(kind(.duplicate, others: many) == .invalidConditionalFormat)
        #expect(kind(.duplicate, others: [CellRect(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 20_000)])
                    == .cellOutOfRange)
        try workbook.close()
    }
}
