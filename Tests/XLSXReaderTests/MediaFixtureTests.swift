import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// Pictures, other drawing objects and conditional formats read from files made by XlsxWriter, openpyxl and
/// LibreOffice (`Tests/Fixtures/media/make_media.py`), every value as the file states it.
@Suite("Pictures and conditional formats from real producers")
struct MediaFixtureTests {
    static func layout(_ producer: String) throws -> SheetLayout {
        try Workbook(contentsOf: Fixtures.root.appendingPathComponent("media/media.\(producer).xlsx")).sheets[0].layout
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Fixtures.root.appendingPathComponent("media/\(name)")))
    }

    @Test func xlsxWriterPictures() throws {
        let layout = try Self.layout("xlsxwriter")
        #expect(layout.pictures.count == 2)
        let png = layout.pictures[0]
        #expect(png.anchor == PictureAnchor(kind: .twoCell, from: AnchorPoint(row: 1, column: 1, rowOffset: 47_625,
                                                                              columnOffset: 95_250),
                                            to: AnchorPoint(row: 2, column: 1, rowOffset: 85_725, columnOffset: 476_250),
                                            editAs: "oneCell"))
        #expect(png.anchor.movesWithCells && !png.anchor.sizesWithCells)
        let red = try Self.bytes("red.png"), python = try Self.bytes("python.jpg")
        #expect(png.imageType == .png && png.bytes == red && png.bytes.count == 107)
        #expect(png.size == DrawingExtent(width: 381_000, height: 228_600))
        #expect(png.name == "Picture 1" && png.description == "red.png" && png.mediaPart == "xl/media/image1.png")
        let jpeg = layout.pictures[1]
        #expect(jpeg.anchor.from.cell.description == "E8" && jpeg.anchor.to?.cell.description == "E9")
        #expect(jpeg.anchor.editAs == nil && jpeg.anchor.sizesWithCells)
        #expect(jpeg.imageType == .jpeg && jpeg.bytes == python)
        #expect(jpeg.description == "校徽" && jpeg.displayedSize == DrawingExtent(width: 304_800, height: 304_800))
        #expect(layout.otherDrawingObjects == [.chart])
    }

    @Test func openpyxlPictures() throws {
        let layout = try Self.layout("openpyxl")
        // openpyxl writes the two-cell anchor first, the chart, then the one-cell anchor.
        #expect(layout.pictures.map(\.imageType) == [.jpeg, .png])
        let jpeg = layout.pictures[0]
        #expect(jpeg.anchor == PictureAnchor(kind: .twoCell, from: AnchorPoint(row: 4, column: 2, rowOffset: 9525,
                                                                               columnOffset: 19_050),
                                             to: AnchorPoint(row: 11, column: 5)))
        #expect(jpeg.size == nil && jpeg.displayedSize == nil)
        let png = layout.pictures[1]
        #expect(png.anchor == PictureAnchor(kind: .oneCell, from: AnchorPoint(row: 1, column: 1),
                                            extent: DrawingExtent(width: 381_000, height: 228_600)))
        #expect(png.anchor.movesWithCells && !png.anchor.sizesWithCells)
        let red = try Self.bytes("red.png")
        #expect(png.displayedSize?.widthInPixels == 40 && png.bytes == red)
        #expect(layout.otherDrawingObjects == [.chart])
    }

    @Test func libreOfficePictures() throws {
        let layout = try Self.layout("libreoffice")
        #expect(layout.pictures.map(\.imageType) == [.jpeg, .png])
        // LibreOffice turns the one-cell anchor into a two-cell one edited as one cell, with its drawn size.
        let png = layout.pictures[1]
        #expect(png.anchor.kind == .twoCell && png.anchor.editAs == "oneCell" && png.anchor.from.cell.description == "B2")
        #expect(png.size == DrawingExtent(width: 380_520, height: 228_240) && png.bytes.count == 107)
        #expect(layout.pictures[0].anchor.editAs == "twoCell" && layout.pictures[0].anchor.from.columnOffset == 19_080)
        #expect(layout.otherDrawingObjects == [.chart])
    }

    @Test func xlsxWriterConditionalFormats() throws {
        let formats = try Self.layout("xlsxwriter").conditionalFormats
        #expect(formats.map { $0.ranges.map(\.description) } == [["B2:B10"], ["C2:C10"], ["D2:D10"], ["E2:E10"],
                                                                 ["F2:F10"], ["A2:A10"]])
        let greater = formats[0].rules[0]
        #expect(greater.type == "cellIs" && greater.operator == "greaterThan" && greater.formulas == ["100"])
        #expect(greater.priority == 1 && greater.formatIndex == 0 && !greater.stopIfTrue)
        #expect(greater.format?.fillColor == Color(rgb: 0xFFFF_C7CE))
        #expect(greater.format?.font?.color == Color(rgb: 0xFF9C_0006) && greater.format?.border == nil)
        let top = formats[0].rules[1]
        #expect(top.type == "top10" && top.rank == 3 && !top.percent && !top.bottom && top.priority == 7)
        #expect(top.format?.font?.bold == true && top.format?.font?.italic == true && top.format?.fill == nil)
        let formula = formats[1].rules[0]
        #expect(formula.type == "expression" && formula.formulas == ["$C2<0"] && formula.stopIfTrue)
        let scale = try #require(formats[2].rules[0].colorScale)
        #expect(scale.values == [ConditionalValue(type: "min", value: "0"), ConditionalValue(type: "percentile", value: "50"),
                                 ConditionalValue(type: "max", value: "0")])
        #expect(scale.colors.map(\.hexARGB) == ["FFF8696B", "FFFFEB84", "FF63BE7B"])
        let bar = try #require(formats[3].rules[0].dataBar)
        #expect(bar.color?.hexARGB == "FF638EC6" && bar.values.map(\.type) == ["min", "max"] && bar.showValue)
        #expect(formats[4].rules[0].type == "duplicateValues" && formats[4].rules[0].format?.fillColor?.hexARGB == "FFFFFF00")
        let text = formats[5].rules[0]
        #expect(text.type == "containsText" && text.operator == "containsText" && text.text == "未")
        #expect(text.formulas == ["NOT(ISERROR(SEARCH(\"未\",A2)))"])
    }

    @Test func openpyxlConditionalFormats() throws {
        let formats = try Self.layout("openpyxl").conditionalFormats
        #expect(formats.count == 5)
        let greater = formats[0].rules[0]
        #expect(greater.type == "cellIs" && greater.operator == "greaterThan" && greater.formulas == ["100"])
        #expect(greater.format?.fill?.pattern == .solid && greater.format?.fillColor?.hexARGB == "FFFF0000")
        let formula = formats[1].rules[0]
        #expect(formula.formulas == ["$C2<0"] && formula.stopIfTrue)
        #expect(formula.format?.font?.bold == true && formula.format?.font?.color?.hexARGB == "FFC00000")
        #expect(formats[2].rules[0].colorScale?.colors.map(\.hexARGB) == ["FFF8696B", "FF63BE7B"])
        #expect(formats[2].rules[0].colorScale?.values == [ConditionalValue(type: "min"), ConditionalValue(type: "max")])
        #expect(formats[3].rules[0].dataBar?.color?.hexARGB == "FF638EC6")
        let duplicate = formats[4].rules[0]
        #expect(duplicate.type == "duplicateValues" && duplicate.format?.fillColor?.hexARGB == "FFFFFF00")
        #expect(duplicate.format?.border?.bottom == BorderSide(style: .thin, color: Color(rgb: 0xFF00_0000)))
        #expect(duplicate.format?.border?.top == BorderSide.none)
    }

    @Test func libreOfficeConditionalFormats() throws {
        let formats = try Self.layout("libreoffice").conditionalFormats
        #expect(formats.map { $0.rules[0].type } == ["cellIs", "expression", "colorScale", "dataBar", "duplicateValues"])
        // LibreOffice restates defaults (rank="0", text=""): read as not stated.
        #expect(formats[0].rules[0].rank == nil && formats[0].rules[0].text == nil)
        #expect(formats[0].rules[0].format?.fillColor?.hexARGB == "FFFF0000")
        // The rule's Excel 2010 extension (an id) is skipped, the bar itself read.
        #expect(formats[3].rules[0].dataBar == DataBar(values: [ConditionalValue(type: "min", value: "0"),
                                                                ConditionalValue(type: "max", value: "0")],
                                                       color: Color(rgb: 0xFF63_8EC6)))
        #expect(formats[4].rules[0].format?.border?.bottom.style == .thin)
    }

    @Test func sheetsWithoutThemHaveNone() throws {
        let layout = try Workbook(contentsOf: Fixtures.root.appendingPathComponent("sheet-layout/xlsxwriter.xlsx"))
            .sheets[0].layout
        #expect(layout.pictures.isEmpty && layout.otherDrawingObjects.isEmpty && layout.conditionalFormats.isEmpty)
    }

    @Test func damagedDrawingLosesOnlyTheDrawing() throws {
        let workbook = try Workbook(contentsOf: Fixtures.root.appendingPathComponent("media/damaged-drawing.xlsx"))
        let layout = workbook.sheets[0].layout
        #expect(layout.pictures.isEmpty && layout.otherDrawingObjects == [.unreadable])
        #expect(layout.conditionalFormats.count == 6 && workbook.sheets[0].cells.count == 55)
    }

    @Test func missingImageIsNamed() throws {
        let layout = try Workbook(contentsOf: Fixtures.root.appendingPathComponent("media/missing-media.xlsx"))
            .sheets[0].layout
        #expect(layout.pictures.map(\.imageType) == [.jpeg])
        #expect(layout.otherDrawingObjects == [.chart, .linkedPicture])
    }
}
