import Foundation
import Testing
@testable import XLSXReader

/// The layout elements of a worksheet part, parsed from hand-written XML by the worksheet parser itself, and the
/// reference syntax of defined names.
@Suite("Sheet layout parsing")
struct SheetLayoutParsingTests {
    static func parse(_ body: String) throws -> (layout: SheetLayout, cells: [Cell]) {
        let xml = #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
            + #"xmlns:x14ac="urn:x14ac" xmlns:x14="urn:x14" xmlns:xm="urn:xm">"# + body + "</worksheet>"
        var cells: [Cell] = []
        let parser = WorksheetParser(sheetName: "S", sharedStrings: [], formats: []) { cells.append($0) }
        try XMLPartParser.parse(bytes: Array(xml.utf8), part: "xl/worksheets/sheet1.xml", delegate: parser)
        return (parser.layout(), cells)
    }

    @Test func ordinaryRowsHaveNoRowInfo() throws {
        let (layout, cells) = try Self.parse("""
            <sheetData><row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1"><v>1</v></c></row>\
            <row r="2" ht="30"><c r="A2"><v>2</v></c></row><row><c><v>3</v></c></row>\
            <row r="9" s="4" customFormat="1"/><row r="10" collapsed="1"/>\
            <row r="11" customFormat="false" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"/>\
            </sheetData>
            """)
        #expect(cells.map(\.reference.description) == ["A1", "A2", "A3"])
        #expect(layout.rows == [RowInfo(row: 1, height: 30), RowInfo(row: 8, style: 4, customFormat: true),
                                RowInfo(row: 9, collapsed: true)])
        #expect(layout.rowInfo(8)?.style == 4 && layout.rowInfo(2) == nil && !layout.isRowHidden(1))
    }

    @Test func rowsOutOfOrderAreSorted() throws {
        let (layout, _) = try Self.parse(#"<sheetData><row r="5" hidden="1"/><row r="2" hidden="1"/></sheetData>"#)
        #expect(layout.rows.map(\.row) == [1, 4])
        #expect(layout.isRowHidden(1) && layout.isRowHidden(4) && !layout.isRowHidden(3))
    }

    @Test func columnsClampAndSkipNonsense() throws {
        let (layout, _) = try Self.parse("""
            <cols><col min="3" max="1" width="9"/><col min="0" max="2" width="9"/><col max="2" width="9"/>\
            <col min="16384" max="99999" width="2.5" style="1"/><col min="2" max="2" width="1e1" hidden="on"/></cols>
            """)
        #expect(layout.columns == [ColumnInfo(firstColumn: 16383, lastColumn: 16383, width: 2.5, style: 1),
                                   ColumnInfo(firstColumn: 1, lastColumn: 1, width: 10, hidden: true)])
    }

    @Test func elementsInsideCellsAndExtensionsAreNotLayout() throws {
        let (layout, _) = try Self.parse("""
            <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>pane</t></is></c></row></sheetData>\
            <extLst><ext><x14:conditionalFormattings><x14:conditionalFormatting><x14:cfRule type="expression">\
            <xm:f>A1&gt;0</xm:f></x14:cfRule><xm:sqref>A1</xm:sqref></x14:conditionalFormatting>\
            </x14:conditionalFormattings><x14:pageSetup orientation="landscape"/></ext></extLst>
            """)
        // The extension's conditional format is noted as unread, and nothing else.
        var expected = SheetLayout()
        expected.unreadElements = ["conditionalFormatting"]
        #expect(layout == expected)
    }

    @Test func featuresTheReaderDoesNotReadAreNotedOnce() throws {
        let (layout, _) = try Self.parse("""
            <sheetData/><conditionalFormatting sqref="A1"><cfRule type="cellIs" priority="1"/></conditionalFormatting>            <conditionalFormatting sqref="B1"><cfRule type="cellIs" priority="2"/></conditionalFormatting>            <hyperlinks><hyperlink ref="A1" location="'Sheet2'!A1"/></hyperlinks>            <ignoredErrors><ignoredError sqref="C3" numberStoredAsText="1"/></ignoredErrors>
            """)
        // The conditional formats are read (``SheetLayout/conditionalFormats``), so not noted.
        #expect(layout.conditionalFormats.count == 2)
        #expect(layout.unreadElements == ["hyperlink", "ignoredError"])
    }

    @Test func headerTextKeepsEscapesAndSpaces() throws {
        let (layout, _) = try Self.parse("""
            <headerFooter><oddHeader>&amp;L&amp;"宋体,加粗"  左 &amp;&amp; 右  </oddHeader><oddFooter><![CDATA[&C&P]]></oddFooter></headerFooter>
            """)
        #expect(layout.printSetup.headerFooter?.oddHeader == #"&L&"宋体,加粗"  左 && 右  "#)
        #expect(layout.printSetup.headerFooter?.oddFooter == "&C&P")
    }

    @Test func pageMarginsDefaultWhatIsLeftOut() throws {
        let (layout, _) = try Self.parse(#"<pageMargins left="0.1" top="x"/>"#)
        #expect(layout.printSetup.margins == PageMargins(left: 0.1))
    }

    @Test func areaReferences() throws {
        let areas = try #require(AreaReference.list("'It''s, 表'!$A$1:$F$20,'It''s, 表'!$H:$J,Sheet2!$2:$3,B4"))
        #expect(areas.map(\.sheet) == ["It's, 表", "It's, 表", "Sheet2", nil])
        #expect(areas.map(\.range.description) == ["A1:F20", "H1:J1048576", "A2:XFD3", "B4"])
        #expect(areas.map(\.wholeColumns) == [false, true, false, false])
        #expect(areas.map(\.wholeRows) == [false, false, true, false])
        for text in ["#REF!", "Sheet1!#REF!", "SUM(A1:A3)", "'open!A1", "[1]Sheet1!$A$1", "\"text\"", "1.5", "A1:B2:C3", ""] {
            #expect(AreaReference.list(text) == nil, "\(text)")
        }
        #expect(DefinedName(name: "x", text: "Data!$B$3").areas?.first?.range == CellRange("B3"))
    }

    @Test func booleanAttributes() {
        #expect(XMLValue.boolean("1") == true && XMLValue.boolean("true") == true && XMLValue.boolean(" On ") == true)
        #expect(XMLValue.boolean("0") == false && XMLValue.boolean("FALSE") == false)
        #expect(XMLValue.boolean("2") == nil && XMLValue.boolean(nil) == nil)
        #expect(XMLValue.integer("9") == 9 && XMLValue.integer("9.0") == 9 && XMLValue.integer("9.5") == nil)
    }
}
