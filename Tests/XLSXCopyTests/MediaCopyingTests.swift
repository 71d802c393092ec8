import Foundation
import JixiaoTestSupport
import Testing
@testable import XLSXCopy
import XLSXReader
import XLSXWriter

/// The media fixtures' pictures and conditional formats copied through the writer (``Picture/copy(to:layout:)``,
/// ``ConditionalFormat/copy(to:)``) and read back: what the copy shows equals what the source showed. With
/// `RECORD_GOLDENS=1` the copy of each fixture is kept as `Tests/Fixtures/media/copied.<producer>.xlsx`, which
/// `Tests/Fixtures/media/check_copy.py` compares with its source through openpyxl.
@Suite("Pictures and conditional formats copied")
struct MediaCopyingTests {
    /// A picture as it shows: where, how large (whole pixels), how it follows the cells, what it is.
    struct Shown: Hashable {
        var cell: String
        var offset: [Int]
        var size: [Int]?
        var moves: Bool
        var sizes: Bool
        var bytes: [UInt8]
        var description: String?

        init(_ picture: Picture) {
            cell = picture.anchor.from.cell.description
            offset = [picture.anchor.from.columnOffset, picture.anchor.from.rowOffset].map { Self.pixels($0) }
            size = picture.displayedSize.map { [Self.pixels($0.width), Self.pixels($0.height)] }
            moves = picture.anchor.movesWithCells
            sizes = picture.anchor.sizesWithCells
            bytes = picture.bytes
            description = picture.description
        }

        static func pixels(_ emu: Int) -> Int { Int((Double(emu) / 9525).rounded()) }
    }

    /// A rule as it applies, priority aside (the writer numbers priorities in the order rules are added).
    struct Applied: Hashable {
        var ranges: [String]
        var type: String
        var `operator`: String?
        var formulas: [String]
        var text: String?
        var rank: Int?
        var stopIfTrue: Bool
        var thresholds: [String]
        var colors: [String?]
        var fill: String?
        var fontColor: String?
        var bold: Bool?
        var bottomBorder: BorderStyle?

        init(_ format: ConditionalFormat, _ rule: ConditionalFormatRule) {
            ranges = format.ranges.map(\.description)
            type = rule.type
            self.operator = rule.operator
            formulas = rule.formulas
            text = rule.text
            rank = rule.rank
            stopIfTrue = rule.stopIfTrue
            let values = rule.colorScale?.values ?? rule.dataBar?.values ?? []
            thresholds = values.map { ["min", "max"].contains($0.type) ? $0.type : "\($0.type) \($0.value ?? "")" }
            colors = (rule.colorScale?.colors ?? rule.dataBar?.color.map { [$0] } ?? []).map(\.hexARGB)
            fill = rule.format?.fillColor?.hexARGB
            fontColor = rule.format?.font?.color?.hexARGB
            bold = rule.format?.font?.bold
            bottomBorder = rule.format?.border?.bottom.style
        }
    }

    /// - Parameter keeps: keep the copy in the fixtures when recording (one test per producer does).
    static func copy(_ producer: String, keeps: Bool = false) throws -> (source: SheetLayout, copy: SheetLayout) {
        let source = try Workbook(contentsOf: Fixtures.root.appendingPathComponent("media/media.\(producer).xlsx"))
        let sheet = source.sheets[0]
        let folder = TestFolder()
        let url = folder.file("copied.\(producer).xlsx")
        let workbook = try WorkbookWriter(writingTo: url)
        let target = try workbook.addWorksheet(named: sheet.name)
        for cell in sheet.cells {
            switch cell.value {
            case .number(let text): try target.writeNumber(Decimal(string: text) ?? 0, row: cell.row, column: cell.column)
            case .text(let text): try target.writeText(text, row: cell.row, column: cell.column)
            default: break
            }
        }
        for picture in sheet.layout.pictures { try picture.copy(to: target, layout: sheet.layout) }
        let byPriority = sheet.layout.conditionalFormats.sorted {
            ($0.rules.compactMap(\.priority).min() ?? 0) < ($1.rules.compactMap(\.priority).min() ?? 0)
        }
        for format in byPriority { try format.copy(to: target) }
        try workbook.close()
        if keeps, Golden.isRecording {
            let kept = Fixtures.root.appendingPathComponent("media/copied.\(producer).xlsx")
            try? FileManager.default.removeItem(at: kept)
            try FileManager.default.copyItem(at: url, to: kept)
        }
        return (sheet.layout, try Workbook(contentsOf: url).sheets[0].layout)
    }

    @Test(arguments: ["xlsxwriter", "libreoffice"])
    func picturesShowAsBefore(producer: String) throws {
        let (source, copy) = try Self.copy(producer)
        #expect(copy.pictures.count == 2 && copy.otherDrawingObjects.isEmpty)
        let expected = source.pictures.map(Shown.init)
        #expect(expected.map(\.size) == (producer == "libreoffice" ? [[237, 139], [40, 24]] : [[40, 24], [32, 32]]))
        #expect(copy.pictures.map(Shown.init) == expected)
    }

    @Test func aTwoCellPictureWithoutASizeIsSizedFromItsCells() throws {
        let (source, copy) = try Self.copy("openpyxl")
        let jpeg = try #require(copy.pictures.first { $0.imageType == .jpeg })
        // C5 + 2 px to F12: three 64-pixel columns and seven 20-pixel rows, less the offsets.
        #expect(jpeg.size == DrawingExtent(width: 190 * 9525, height: 139 * 9525))
        #expect(jpeg.anchor.from == AnchorPoint(row: 4, column: 2, rowOffset: 9525, columnOffset: 19_050))
        #expect(jpeg.anchor.sizesWithCells)
        let png = try #require(copy.pictures.first { $0.imageType == .png })
        #expect(png.size == source.pictures[1].anchor.extent && png.anchor.movesWithCells && !png.anchor.sizesWithCells)
    }

    @Test(arguments: ["xlsxwriter", "openpyxl", "libreoffice"])
    func conditionalFormatsApplyAsBefore(producer: String) throws {
        let (source, copy) = try Self.copy(producer, keeps: true)
        func applied(_ layout: SheetLayout) -> Set<Applied> {
            Set(layout.conditionalFormats.flatMap { format in format.rules.map { Applied(format, $0) } })
        }
        var expected = applied(source)
        if producer == "xlsxwriter" {
            // libxlsxwriter writes a top-3 rule as rank 10, so the copy is the formula that picks the same cells.
            let top = try #require(expected.first { $0.type == "top10" })
            expected.remove(top)
            var formula = top
            formula.type = "expression"
            formula.rank = nil
            formula.formulas = ["AND(ISNUMBER(B2),B2>=LARGE($B$2:$B$10,3))"]
            expected.insert(formula)
        }
        #expect(applied(copy) == expected)
        #expect(copy.conditionalFormats.flatMap(\.rules).count == source.conditionalFormats.flatMap(\.rules).count)
    }
}
