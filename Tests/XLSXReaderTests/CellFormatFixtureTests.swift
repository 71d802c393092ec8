import Foundation
import JixiaoTestSupport
import Testing
import XLSXReader

/// The format fixtures of `Tests/Fixtures/formats` (made by `make_format_fixtures.py`): the same formats as
/// XlsxWriter and LibreOffice write them, and theme colours as openpyxl writes them, each value exact.
@Suite("Cell formats of XlsxWriter, LibreOffice and openpyxl files")
struct CellFormatFixtureTests {
    static func formats(_ producer: String) throws -> [String: CellFormat] {
        let url = Fixtures.root.appendingPathComponent("formats/formats.\(producer).xlsx")
        let workbook = try Workbook(contentsOf: url)
        var byReference: [String: CellFormat] = [:]
        for cell in workbook.sheets[0].cells { byReference[cell.reference.description] = workbook.format(of: cell) }
        return byReference
    }

    @Test(arguments: ["xlsxwriter", "libreoffice"])
    func sameFormatsFromBothProducers(_ producer: String) throws {
        let formats = try Self.formats(producer)
        let a1 = try #require(formats["A1"])
        #expect(a1.font.bold && a1.font.italic && a1.font.strike && a1.font.underline == .single)
        #expect(a1.font.size == 14 && a1.font.color?.hexARGB == "FFFF0000")
        #expect(formats["A2"]?.font.underline == .double && formats["A2"]?.font.size == 10.5)
        #expect(formats["A4"]?.fill.pattern == .solid && formats["A4"]?.fill.foreground?.hexARGB == "FFFFFF00")
        let sides = try #require(formats["A6"]?.border)
        #expect(sides.left == BorderSide(style: .thin, color: Color(rgb: 0xFFFF_0000)))
        #expect(sides.right == BorderSide(style: .medium, color: Color(rgb: 0xFF00_B050)))
        #expect(sides.top == BorderSide(style: .dashed, color: Color(rgb: 0xFF00_70C0)))
        #expect(sides.bottom == BorderSide(style: .double, color: Color(rgb: 0xFF70_30A0)))
        let diagonal = try #require(formats["A7"]?.border)
        #expect(diagonal.diagonalUp && diagonal.diagonalDown)
        #expect(diagonal.diagonal == BorderSide(style: .dotted, color: Color(rgb: 0xFF80_8080)))
        let wrapped = try #require(formats["A8"]?.alignment)
        #expect(wrapped.wrapText && wrapped.horizontal == .center && wrapped.vertical == .center)
        #expect(formats["A9"]?.alignment.textRotation == 90)
        #expect(formats["A10"]?.alignment.textRotation == 135)   // -45° is stored as 90 + 45
        #expect(formats["A11"]?.alignment.textRotation == 255)   // stacked
        #expect(formats["A12"]?.alignment.indent == 2 && formats["A12"]?.alignment.horizontal == .left)
        let shrunk = try #require(formats["A13"]?.alignment)
        #expect(shrunk.shrinkToFit && shrunk.horizontal == .right && shrunk.vertical == .top)
        #expect(formats["A14"]?.protection == Protection(locked: false, hidden: true))
        let merged = try #require(formats["B16"])
        #expect([merged.border.left, merged.border.right, merged.border.top, merged.border.bottom]
            .allSatisfy { $0.style == .thin })
        #expect(formats["A21"]?.alignment.horizontal == .distributed && formats["A21"]?.alignment.vertical == .distributed)
        let percent = try #require(formats["A20"])
        #expect(percent.numberFormat.code == "0.0%" && percent.font.color?.hexARGB == "FF00FF00")
        #expect(percent.border.left.style == .thick && percent.border.top.style == .hair)
    }

    /// What each producer writes in its own way.
    @Test func producersDifferWhereTheyWriteDifferently() throws {
        let xlsxwriter = try Self.formats("xlsxwriter"), libreoffice = try Self.formats("libreoffice")
        // XlsxWriter keeps the gray125 pattern with both colours and the accounting underline ...
        #expect(xlsxwriter["A5"]?.fill == Fill(pattern: .gray125, foreground: Color(rgb: 0xFF00_00FF),
                                               background: Color(rgb: 0xFF00_FF00)))
        #expect(xlsxwriter["A3"]?.font.underline == .doubleAccounting)
        #expect(xlsxwriter["A1"]?.font.name == "宋体")
        #expect(xlsxwriter["B16"]?.border.top.color == Color(rgb: 0xFF00_0000))
        // ... LibreOffice blends the pattern into one solid colour, drops accounting underlines and
        // automatic border colours, and names the font it rendered with.
        #expect(libreoffice["A5"]?.fill.pattern == .solid)
        #expect(libreoffice["A5"]?.fill.foreground?.hexARGB == "FF00E01F")
        #expect(libreoffice["A3"]?.font.underline == .double)
        #expect(libreoffice["B16"]?.border.top.color == nil)
        #expect(libreoffice["A9"]?.alignment.horizontal == .right)
    }

    /// Theme colours as openpyxl writes them (its theme is Office 2007's): the raw index and tint kept, the
    /// colour shown worked out; indexed colours, a gradient and automatic colours.
    @Test func themeAndIndexedColours() throws {
        let formats = try Self.formats("openpyxl")
        let lighter = try #require(formats["A1"]?.fill.foreground)
        #expect(lighter.source == .theme(4) && lighter.tint == 0.3999755851924192)
        #expect(lighter.hexARGB == "FF95B3D7")   // accent1 4F81BD lighter 40%, as LibreOffice draws it
        #expect(formats["A2"]?.font.color?.hexARGB == "FF7F7F7F")   // text 1 (black) lighter 50%
        #expect(formats["A3"]?.fill.foreground?.hexARGB == "FFF2F2F2")   // background 1 (white) darker 5%
        let indexed = try #require(formats["A4"])
        #expect(indexed.font.color == Color(source: .indexed(10), argb: 0xFFFF_0000))
        #expect(indexed.fill.foreground == Color(source: .indexed(22), argb: 0xFFC0_C0C0))
        #expect(indexed.fill.background == Color(source: .indexed(64), argb: 0xFF00_0000))
        let gradient = try #require(formats["A5"]?.fill)
        #expect(gradient.isGradient && gradient.gradientType == "linear" && gradient.gradientDegree == 90)
        #expect(gradient.gradientStops == [GradientStop(position: 0, color: Color(rgb: 0xFFFF_FFFF)),
                                           GradientStop(position: 1, color: Color(source: .theme(4), argb: 0xFF4F_81BD))])
        let border = try #require(formats["A6"]?.border)
        #expect(border.bottom == BorderSide(style: .thick, color: Color(source: .automatic, argb: nil)))
        #expect(border.diagonal.style == .hair && border.diagonal.color?.hexARGB == "FF953735" && border.diagonalDown)
        let a7 = try #require(formats["A7"])
        #expect(a7.font.bold && a7.font.verticalAlign == "superscript" && a7.font.color?.hexARGB == "FF17375E")
        #expect(a7.alignment.horizontal == .centerContinuous && a7.alignment.vertical == .distributed)
        #expect(a7.alignment.textRotation == 180 && a7.protection == Protection(locked: true, hidden: true))
    }

    /// The style index reaches the cell, and a cell's number format is its format's.
    @Test func cellsCarryTheirStyleIndex() throws {
        let workbook = try Workbook(contentsOf: Fixtures.root.appendingPathComponent("formats/formats.xlsxwriter.xlsx"))
        let cells = workbook.sheets[0].cells
        #expect(cells.map(\.styleIndex).prefix(4) == [1, 2, 3, 4])
        for cell in cells { #expect(workbook.format(of: cell).numberFormat == cell.numberFormat) }
        let stray = Cell(row: 0, column: 0, value: .text("x"), styleIndex: 9_999)
        #expect(workbook.format(of: stray) == workbook.cellFormats[0])
        #expect(Workbook(sheets: []).format(of: stray) == .standard)
    }
}

/// The style index rides in the padding after a cell's value: a sheet of a million cells costs no more memory
/// than before it was read.
@Suite("Cell layout")
struct CellLayoutTests {
    @Test func styleIndexCostsNoBytes() {
        // row, column (8) + value (17: a String payload and its tag) + style (4, in the padding) + formula (16)
        // + number format (8).
        #expect(MemoryLayout<Cell>.size == 56)
        #expect(Cell(row: 0, column: 0, value: .empty, styleIndex: 70_000).styleIndex == 70_000)
    }
}
