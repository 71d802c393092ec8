import Foundation
import Testing
@testable import XLSXReader

/// Drawing parts, conditional formats and differential formats parsed from hand-written XML: what no fixture's
/// producer writes (absolute anchors, groups, shapes, Excel's AlternateContent, icon sets, text and time rules).
@Suite("Drawing and conditional format parsing")
struct MediaParsingTests {
    static func drawing(_ body: String) throws -> DrawingPart.Contents {
        let xml = #"<xdr:wsDr xmlns:xdr="x" xmlns:a="a" xmlns:r="r" xmlns:mc="mc">"# + body + "</xdr:wsDr>"
        return try DrawingPart.parse(bytes: Array(xml.utf8))
    }

    static func layout(_ body: String) throws -> SheetLayout {
        let xml = #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="urn:r">"# + body + "</worksheet>"
        let parser = WorksheetParser(sheetName: "S", sharedStrings: [], formats: []) { _ in }
        try XMLPartParser.parse(bytes: Array(xml.utf8), part: "xl/worksheets/sheet1.xml", delegate: parser)
        return parser.layout()
    }

    static let picture = """
        <xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="公章" descr="单位公章"/></xdr:nvPicPr>\
        <xdr:blipFill><a:blip r:embed="rId7"><a:extLst><a:ext uri="{X}"/></a:extLst></a:blip></xdr:blipFill>\
        <xdr:spPr><a:xfrm><a:off x="1" y="2"/><a:ext cx="952500" cy="476250"/></a:xfrm></xdr:spPr></xdr:pic>
        """

    @Test func everyAnchorKind() throws {
        let contents = try Self.drawing("""
            <xdr:absoluteAnchor><xdr:pos x="190500" y="95250"/><xdr:ext cx="1905000" cy="952500"/>\(Self.picture)\
            <xdr:clientData/></xdr:absoluteAnchor>\
            <xdr:oneCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>9525</xdr:colOff><xdr:row>7</xdr:row>\
            <xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="100" cy="200"/>\(Self.picture)</xdr:oneCellAnchor>\
            <xdr:twoCellAnchor editAs="absolute"><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff>\
            <xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>2</xdr:col>\
            <xdr:colOff>5</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>6</xdr:rowOff></xdr:to>\(Self.picture)\
            </xdr:twoCellAnchor>
            """)
        #expect(contents.others.isEmpty)
        #expect(contents.pictures.map(\.anchor) == [
            PictureAnchor(kind: .absolute, from: AnchorPoint(row: 0, column: 0, rowOffset: 95_250, columnOffset: 190_500),
                          extent: DrawingExtent(width: 1_905_000, height: 952_500)),
            PictureAnchor(kind: .oneCell, from: AnchorPoint(row: 7, column: 3, columnOffset: 9525),
                          extent: DrawingExtent(width: 100, height: 200)),
            PictureAnchor(kind: .twoCell, from: AnchorPoint(row: 0, column: 0),
                          to: AnchorPoint(row: 3, column: 2, rowOffset: 6, columnOffset: 5), editAs: "absolute"),
        ])
        #expect(contents.pictures.allSatisfy {
            $0.imageRelationshipID == "rId7" && $0.name == "公章" && $0.description == "单位公章"
                && $0.size == DrawingExtent(width: 952_500, height: 476_250)
        })
        #expect(!contents.pictures[0].anchor.movesWithCells && !contents.pictures[2].anchor.movesWithCells)
    }

    @Test func otherObjectsAreNamedAndGroupedPicturesNotRead() throws {
        let from = "<xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
        let contents = try Self.drawing("""
            <xdr:oneCellAnchor>\(from)<xdr:ext cx="1" cy="1"/><xdr:sp><xdr:txBody/></xdr:sp></xdr:oneCellAnchor>\
            <xdr:oneCellAnchor>\(from)<xdr:ext cx="1" cy="1"/><xdr:grpSp>\(Self.picture)</xdr:grpSp></xdr:oneCellAnchor>\
            <xdr:oneCellAnchor>\(from)<xdr:ext cx="1" cy="1"/><xdr:cxnSp/></xdr:oneCellAnchor>\
            <xdr:oneCellAnchor>\(from)<xdr:ext cx="1" cy="1"/><xdr:graphicFrame><a:graphic><a:graphicData>\
            <c:chart xmlns:c="c" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame></xdr:oneCellAnchor>\
            <xdr:oneCellAnchor>\(from)<xdr:ext cx="1" cy="1"/><xdr:graphicFrame><a:graphic><a:graphicData>\
            <a:tbl/></a:graphicData></a:graphic></xdr:graphicFrame></xdr:oneCellAnchor>\
            <xdr:oneCellAnchor>\(from)<xdr:ext cx="1" cy="1"/><xdr:pic><xdr:blipFill><a:blip r:link="rId2"/>\
            </xdr:blipFill></xdr:pic></xdr:oneCellAnchor>\
            <xdr:twoCellAnchor>\(from)<mc:AlternateContent><mc:Choice Requires="a14">\(Self.picture)</mc:Choice>\
            <mc:Fallback>\(Self.picture)</mc:Fallback></mc:AlternateContent></xdr:twoCellAnchor>
            """)
        #expect(contents.others == [.shape, .group, .connector, .chart, .graphicFrame, .linkedPicture])
        #expect(contents.pictures.count == 1 && contents.pictures[0].anchor.from.cell.description == "B2")
    }

    @Test func damagedNumbersAreSkipped() throws {
        let contents = try Self.drawing("""
            <xdr:twoCellAnchor><xdr:from><xdr:col>-4</xdr:col><xdr:colOff>x</xdr:colOff><xdr:row>99999999999999999999</xdr:row>\
            </xdr:from>\(Self.picture)</xdr:twoCellAnchor><xdr:oneCellAnchor><xdr:ext cx="-1" cy="2"/>\(Self.picture)\
            </xdr:oneCellAnchor>
            """)
        #expect(contents.pictures.map(\.anchor.from) == [AnchorPoint(row: 0, column: 0), AnchorPoint(row: 0, column: 0)])
        #expect(contents.pictures[1].anchor.extent == nil)
    }

    @Test func conditionalRulesOfEachKind() throws {
        let layout = try Self.layout("""
            <sheetData/><conditionalFormatting sqref="A1:A9 C1:C9">\
            <cfRule type="iconSet" priority="3"><iconSet iconSet="5Quarters" showValue="0" reverse="1">\
            <cfvo type="percent" val="0"/><cfvo type="percent" val="20"/><cfvo type="num" val="3" gte="0"/>\
            </iconSet></cfRule>\
            <cfRule type="timePeriod" dxfId="9" priority="1" timePeriod="thisMonth"><formula>AND(MONTH(A1)=MONTH(TODAY()))</formula></cfRule>\
            <cfRule type="aboveAverage" priority="2" aboveAverage="0" stdDev="2"/>\
            <cfRule type="cellIs" operator="between" priority="4"><formula>1</formula><formula>$B$1</formula></cfRule>\
            <cfRule type="top10" priority="5" percent="1" bottom="1" rank="15"/>\
            </conditionalFormatting><drawing r:id="rId3"/>
            """)
        #expect(layout.conditionalFormats.count == 1)
        let format = layout.conditionalFormats[0]
        #expect(format.ranges.map(\.description) == ["A1:A9", "C1:C9"])
        #expect(format.rules.map(\.type) == ["iconSet", "timePeriod", "aboveAverage", "cellIs", "top10"])
        #expect(format.rules[0].iconSet == IconSet(style: "5Quarters", values: [
            ConditionalValue(type: "percent", value: "0"), ConditionalValue(type: "percent", value: "20"),
            ConditionalValue(type: "num", value: "3", greaterOrEqual: false)], showValue: false, reverse: true))
        #expect(format.rules[1].timePeriod == "thisMonth" && format.rules[1].formatIndex == 9)
        #expect(format.rules[1].formulas == ["AND(MONTH(A1)=MONTH(TODAY()))"])
        #expect(!format.rules[2].aboveAverage && format.rules[2].standardDeviations == 2)
        #expect(format.rules[3].formulas == ["1", "$B$1"] && format.rules[3].operator == "between")
        #expect(format.rules[4].rank == 15 && format.rules[4].percent && format.rules[4].bottom)
        #expect(format.rules[4].format == nil && format.rules[4].formatIndex == nil)
    }

    @Test func differentialFormatsStayOutOfTheCellFormats() throws {
        let styles = try Styles.parse(bytes: Array("""
            <styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>\
            <fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>\
            <fills count="1"><fill><patternFill patternType="none"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellXfs count="1"><xf numFmtId="164" fontId="0" fillId="0" borderId="0"/></cellXfs>\
            <dxfs count="2"><dxf><font><b/><i val="0"/><strike/><u val="double"/><color theme="4"/></font>\
            <numFmt numFmtId="164" formatCode="0.00%"/><fill><patternFill patternType="solid">\
            <fgColor indexed="10"/><bgColor rgb="FFFFC7CE"/></patternFill></fill>\
            <border><left style="dashed"><color rgb="FF0000FF"/></left></border></dxf><dxf/></dxfs>\
            </styleSheet>
            """.utf8))
        #expect(styles.fonts.count == 1 && styles.fills.count == 1 && styles.borders.count == 1)
        #expect(styles.numberFormats[0].code == "0.0")   // the dxf's own 164 does not replace the cell format's
        let formats = styles.differentialFormats(theme: .office)
        #expect(formats.count == 2 && formats[1] == DifferentialFormat())
        let font = try #require(formats[0].font)
        #expect(font.bold && !font.italic && font.strike && font.underline == .double)
        #expect(font.color?.source == .theme(4) && font.color?.argb != nil)
        #expect(formats[0].numberFormat?.code == "0.00%" && formats[0].numberFormat?.isPercent == true)
        #expect(formats[0].fillColor?.hexARGB == "FFFFC7CE" && formats[0].fill?.foreground?.hexARGB == "FFFF0000")
        #expect(formats[0].border?.left == BorderSide(style: .dashed, color: Color(rgb: 0xFF00_00FF)))
    }
}
