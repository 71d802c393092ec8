import Foundation
import JixiaoTestSupport
import Testing
@testable import XLSXReader

/// `xl/styles.xml` read in full from hand-written parts: every element and attribute the reader keeps.
@Suite("Cell formats from styles.xml")
struct StylesPartTests {
    static let part = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>
      <fonts count="4">
        <font><sz val="11"/><color theme="1"/><name val="宋体"/><family val="2"/><charset val="134"/><scheme val="minor"/></font>
        <font><b/><i val="1"/><strike/><u val="double"/><sz val="10.5"/><color rgb="FF0000"/><name val="Arial"/><vertAlign val="superscript"/><outline/><shadow/></font>
        <font><b val="0"/><u/><color theme="4" tint="0.39997558519241921"/><name val="黑体"/></font>
        <font><color indexed="1"/><condense val="1"/><extend val="false"/></font>
      </fonts>
      <fills count="5">
        <fill><patternFill patternType="none"/></fill>
        <fill><patternFill patternType="gray125"/></fill>
        <fill><patternFill patternType="solid"><fgColor theme="0" tint="-4.9989318521683403E-2"/><bgColor indexed="64"/></patternFill></fill>
        <fill><gradientFill type="path" degree="45"><stop position="0"><color rgb="FFFFFFFF"/></stop><stop position="1"><color theme="5"/></stop></gradientFill></fill>
        <fill><patternFill><fgColor auto="1"/></patternFill></fill>
      </fills>
      <borders count="2">
        <border><left/><right/><top/><bottom/><diagonal/></border>
        <border diagonalUp="1" diagonalDown="true"><start style="thin"><color indexed="10"/></start><end style="mediumDashDot"><color auto="1"/></end><top style="double"/><bottom style="slantDashDot"><color rgb="FF7030A0"/></bottom><diagonal style="hair"><color theme="3" tint="-0.25"/></diagonal></border>
      </borders>
      <cellStyleXfs count="2">
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>
        <xf numFmtId="164" fontId="2" fillId="2" borderId="1"><alignment horizontal="center"/><protection locked="0"/></xf>
      </cellStyleXfs>
      <cellXfs count="3">
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
        <xf numFmtId="164" fontId="1" fillId="3" borderId="1" xfId="0" quotePrefix="1" applyFont="0" applyFill="1"><alignment horizontal="centerContinuous" vertical="distributed" wrapText="1" shrinkToFit="true" indent="3" textRotation="255" readingOrder="2" justifyLastLine="1" relativeIndent="-1"/><protection locked="false" hidden="1"/></xf>
        <xf xfId="1" fillId="4" applyAlignment="1"/>
      </cellXfs>
      <cellStyles count="2"><cellStyle name="Normal" xfId="0" builtinId="0"/><cellStyle name="Heading" xfId="1"/></cellStyles>
      <dxfs count="1"><dxf><font><b/><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill><border><left style="thick"/></border></dxf></dxfs>
      <colors><indexedColors><rgbColor rgb="FF112233"/><rgbColor rgb="FF445566"/></indexedColors><mruColors><color rgb="FF00FF00"/></mruColors></colors>
    </styleSheet>
    """

    static func formats() throws -> [CellFormat] {
        try Styles.parse(bytes: Array(part.utf8)).cellFormats(theme: .office)
    }

    @Test func listsCountOnlyInTheirOwnSection() throws {
        let styles = try Styles.parse(bytes: Array(Self.part.utf8))
        #expect(styles.fonts.count == 4)   // the dxf's font is not one of them
        #expect(styles.fills.count == 5)
        #expect(styles.borders.count == 2)
        #expect(styles.cellStyleRecords.count == 2)
        #expect(styles.cellRecords.count == 3)
        #expect(Array(styles.palette.colors.prefix(3)) == [0xFF11_2233, 0xFF44_5566, 0xFFFF_0000])
        #expect(styles.palette.colors.count == 64)
        #expect(styles.numberFormats.map(\.code) == [nil, "0.0%", "0.0%"])
        #expect(styles.cellRecords[1].applyFont == false && styles.cellRecords[1].applyFill == true)
        #expect(styles.cellRecords[1].applyBorder == nil)
    }

    @Test func fonts() throws {
        let formats = try Self.formats()
        let plain = formats[0].font
        #expect(plain.name == "宋体" && plain.size == 11 && plain.family == 2 && plain.charset == 134)
        #expect(plain.scheme == "minor" && !plain.bold && plain.underline == .none)
        #expect(plain.color == Color(source: .theme(1), argb: 0xFF00_0000))
        let rich = formats[1].font
        #expect(rich.name == "Arial" && rich.size == 10.5)
        #expect(rich.bold && rich.italic && rich.strike && rich.underline == .double)
        #expect(rich.outline && rich.shadow && !rich.condense && rich.verticalAlign == "superscript")
        #expect(rich.color == Color(source: .rgb(0xFFFF_0000), argb: 0xFFFF_0000))   // six digits: opaque
        let styled = formats[2].font   // fontId 2 from the named style
        #expect(styled.name == "黑体" && !styled.bold && styled.underline == .single)
        #expect(styled.color?.source == .theme(4) && styled.color?.tint == 0.39997558519241921)
        #expect(styled.color?.hexARGB == "FF9DC3E6")   // accent1 5B9BD5 of the Office theme, lighter 40%
    }

    @Test func fills() throws {
        let formats = try Self.formats()
        #expect(formats[0].fill == .none)
        let gradient = formats[1].fill
        #expect(gradient.isGradient && gradient.gradientType == "path" && gradient.gradientDegree == 45)
        #expect(gradient.pattern == .none)
        #expect(gradient.gradientStops.map(\.position) == [0, 1])
        #expect(gradient.gradientStops.map(\.color.hexARGB) == ["FFFFFFFF", "FFED7D31"])
        #expect(formats[2].fill.pattern == .none)   // <patternFill> without patternType
        #expect(formats[2].fill.foreground == Color(source: .automatic, argb: nil))
        let fills = try Styles.parse(bytes: Array(Self.part.utf8)).fills
        #expect(fills[1].pattern == .gray125)
        #expect(fills[2].pattern == .solid)
        #expect(fills[2].foreground?.source == .theme(0) && fills[2].foreground?.tint == -4.9989318521683403E-2)
        #expect(fills[2].background?.source == .indexed(64))
    }

    @Test func borders() throws {
        let border = try Self.formats()[1].border
        #expect(border.left.style == .thin)   // <start> is the left side
        #expect(border.left.color == Color(source: .indexed(10), argb: 0xFFFF_0000))   // past the custom two
        #expect(border.right.style == .mediumDashDot && border.right.color?.source == .automatic)
        #expect(border.right.color?.argb == nil)
        #expect(border.top.style == .double && border.top.color == nil)
        #expect(border.bottom.style == .slantDashDot && border.bottom.color?.hexARGB == "FF7030A0")
        #expect(border.diagonal.style == .hair && border.diagonal.color?.source == .theme(3))
        #expect(border.diagonalUp && border.diagonalDown)
        #expect(try Self.formats()[0].border == .none)
    }

    @Test func alignmentProtectionAndFlags() throws {
        let format = try Self.formats()[1]
        #expect(format.alignment == Alignment(horizontal: .centerContinuous, vertical: .distributed, wrapText: true,
                                              shrinkToFit: true, indent: 3, textRotation: 255, readingOrder: 2,
                                              justifyLastLine: true, relativeIndent: -1))
        #expect(format.protection == Protection(locked: false, hidden: true))
        #expect(format.quotePrefix && format.numberFormat.code == "0.0%" && format.styleIndex == 0)
        #expect(try Self.formats()[0].protection == .standard && Self.formats()[0].alignment == .standard)
    }

    /// A cellXfs entry's own ids win; one it leaves out comes from its named style; its alignment and
    /// protection are its own even when absent (defaults, not the named style's centre and unlocked).
    @Test func namedStyleFillsInOnlyWhatTheEntryLeavesOut() throws {
        let format = try Self.formats()[2]
        #expect(format.styleIndex == 1)
        #expect(format.font.name == "黑体")                 // fontId from the named style
        #expect(format.border.bottom.style == .slantDashDot)   // borderId too
        #expect(format.numberFormat.code == "0.0%")          // and numFmtId
        #expect(format.fill.foreground?.source == .automatic)   // its own fillId 4
        #expect(format.alignment == .standard && format.protection == .standard)
    }

    @Test func customPaletteReplacesTheDefaultOne() throws {
        let styles = try Styles.parse(bytes: Array(Self.part.utf8))
        let color = Color(stated: .indexed(1), tint: 0).resolved(theme: .office, palette: styles.palette)
        #expect(color.hexARGB == "FF445566")
        #expect(styles.fonts[3].condense && !styles.fonts[3].extend)
        #expect(Color(stated: .indexed(64), tint: 0).resolved(theme: .office, palette: styles.palette).argb
                == 0xFF00_0000)
        #expect(Color(stated: .indexed(5), tint: 0).resolved(theme: .office, palette: styles.palette).argb
                == 0xFFFF_FF00)   // the default colour after the custom ones
        #expect(Color(stated: .indexed(66), tint: 0).resolved(theme: .office, palette: styles.palette).argb == nil)
    }

    /// A part listing more formats than Excel can hold keeps the first 65,536 of each list (a few hundred KB
    /// compressed could otherwise cost gigabytes), the number formats with them.
    @Test func listsStopAtTheirLimit() throws {
        let xfs = String(repeating: "<xf numFmtId=\"10\"/>", count: 70_000)
        let stops = String(repeating: "<stop position=\"0\"><color rgb=\"FF000000\"/></stop>", count: 300)
        let part = "<styleSheet><fills><fill><gradientFill>\(stops)</gradientFill></fill></fills>"
            + "<cellXfs>\(xfs)</cellXfs></styleSheet>"
        let styles = try Styles.parse(bytes: Array(part.utf8))
        #expect(styles.cellRecords.count == 65_536 && styles.numberFormats.count == 65_536)
        #expect(styles.numberFormats.last?.code == "0.00%")
        #expect(styles.fills[0].gradientStops.count == 256)
    }

    @Test func prefixedElementsAreReadByLocalName() throws {
        let part = """
        <x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:fonts><x:font><x:b/><x:sz val="9"/><x:name val="Calibri"/></x:font></x:fonts><x:fills><x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FF00B050"/></x:patternFill></x:fill></x:fills><x:borders><x:border><x:left style="thin"/></x:border></x:borders><x:cellXfs><x:xf fontId="0" fillId="0" borderId="0"><x:alignment wrapText="1"/></x:xf></x:cellXfs></x:styleSheet>
        """
        let format = try #require(try Styles.parse(bytes: Array(part.utf8)).cellFormats(theme: .office).first)
        #expect(format.font.bold && format.font.size == 9)
        #expect(format.fill.pattern == .solid && format.fill.foreground?.hexARGB == "FF00B050")
        #expect(format.border.left.style == .thin && format.alignment.wrapText)
    }
}

/// Theme colours: the scheme read from `theme1.xml`, Excel's index order and the tint.
@Suite("Theme colours")
struct ThemeTests {
    @Test func schemeIndicesCountLightFirst() throws {
        let part = """
        <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="T"><a:themeElements><a:clrScheme name="Office">
        <a:dk1><a:sysClr val="windowText" lastClr="111111"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FEFEFE"/></a:lt1>
        <a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2>
        <a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2>
        <a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4>
        <a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6>
        <a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink>
        </a:clrScheme></a:themeElements><a:extraClrSchemeLst><a:extraClrScheme><a:clrScheme name="X"><a:dk1><a:srgbClr val="ABCDEF"/></a:dk1></a:clrScheme></a:extraClrScheme></a:extraClrSchemeLst></a:theme>
        """
        let theme = try Theme.parse(bytes: Array(part.utf8))
        #expect((0...11).map { theme.argb(index: $0) } == [
            0xFFFE_FEFE, 0xFF11_1111, 0xFFEE_ECE1, 0xFF1F_497D, 0xFF4F_81BD, 0xFFC0_504D, 0xFF9B_BB59, 0xFF80_64A2,
            0xFF4B_ACC6, 0xFFF7_9646, 0xFF00_00FF, 0xFF80_0080,
        ])
        #expect(theme.argb(index: 12) == nil)
    }

    @Test func missingThemeIsTheOfficeOne() throws {
        #expect(Theme.office.argb(index: 0) == 0xFFFF_FFFF && Theme.office.argb(index: 1) == 0xFF00_0000)
        #expect(Theme.office.argb(index: 4) == 0xFF5B_9BD5 && Theme.office.argb(index: 11) == 0xFF95_4F72)
        // A workbook without a theme part: resolved against the Office theme.
        let workbook = try Workbook(contentsOf: Fixtures.root.appendingPathComponent("formats/formats.xlsxwriter.xlsx"))
        #expect(!workbook.cellFormats.isEmpty)
    }

    /// Tints as LibreOffice 7 renders them (fills of the Office 2007 theme, sampled from its PDF at 72 dpi):
    /// the same arithmetic, to the step. Excel 2010 shows these same values in its palette.
    @Test(arguments: [
        (0xFF4F_81BD, 0.3999755851924192, 0xFF95_B3D7), (0xFFFF_FFFF, -0.499984740745262, 0xFF80_8080),
        (0xFF1F_497D, 0.7999816888943144, 0xFFC6_D9F1), (0xFFC0_504D, -0.249977111117893, 0xFF95_3735),
        (0xFFF7_9646, -0.499984740745262, 0xFF98_4807), (0xFFEE_ECE1, -0.499984740745262, 0xFF94_8A54),
        (0xFF00_0000, 0.5999938962981048, 0xFF99_9999), (0xFF4B_ACC6, 0.5999938962981048, 0xFFB7_DEE8),
        (0xFFFF_FFFF, -0.0499893185216834, 0xFFF2_F2F2), (0xFF80_64A2, -0.249977111117893, 0xFF60_4A7B),
    ] as [(UInt32, Double, UInt32)])
    func tintAsLibreOfficeShowsIt(_ base: UInt32, _ tint: Double, _ shown: UInt32) {
        #expect(Theme.applyTint(tint, to: base) == shown)
    }

    @Test func tintKeepsAlphaAndLimits() {
        #expect(Theme.applyTint(0, to: 0x8012_3456) == 0x8012_3456)
        #expect(Theme.applyTint(1, to: 0xFF12_3456) == 0xFFFF_FFFF)
        #expect(Theme.applyTint(-1, to: 0xFF12_3456) == 0xFF00_0000)
        #expect(Theme.applyTint(.nan, to: 0xFF12_3456) == 0xFF12_3456)
    }
}
