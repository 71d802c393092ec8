/// `word/styles.xml`: Normal, Heading 1–2, List Bullet and Table Grid, with East Asian fonts set so Chinese
/// shows in 宋体 (headings in 黑体) in Word and WPS, and Latin text in Times New Roman. LibreOffice uses the
/// same names and falls back to the CJK font fontconfig offers for them.
///
/// Style ids and names are Word's built-in ones (`Heading1` named `heading 1`, `TableGrid` named `Table Grid`),
/// so Word treats them as its own (the navigation pane, the table of contents) and python-docx reads them.
///
/// ```swift
/// StylesPart.xml.contains("w:eastAsia=\"宋体\"")   // true
/// ```
enum StylesPart {
    /// The Latin font of every style.
    static let latinFont = "Times New Roman"
    /// The Chinese font of body text.
    static let bodyFont = "宋体"
    /// The Chinese font of headings.
    static let headingFont = "黑体"

    static let xml = Namespaces.declaration + """
        <w:styles xmlns:w="\(Namespaces.wordprocessing)">\
        <w:docDefaults><w:rPrDefault><w:rPr>\
        <w:rFonts w:ascii="\(latinFont)" w:eastAsia="\(bodyFont)" w:hAnsi="\(latinFont)" w:cs="\(latinFont)"/>\
        <w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/>\
        <w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>\
        </w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="336" w:lineRule="auto"/></w:pPr></w:pPrDefault>\
        </w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:widowControl w:val="0"/></w:pPr></w:style>\
        \(heading(id: "Heading1", name: "heading 1", outline: 0, halfPoints: 36, before: 240, after: 240, centred: true))\
        \(heading(id: "Heading2", name: "heading 2", outline: 1, halfPoints: 28, before: 240, after: 120, centred: false))\
        <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>\
        <w:uiPriority w:val="99"/><w:unhideWhenUsed/>\
        <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/>\
        <w:ind w:left="420" w:hanging="420"/></w:pPr></w:style>\
        <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">\
        <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
        <w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>\
        <w:tblPr><w:tblInd w:w="0" w:type="dxa"/>\(cellMargins)</w:tblPr></w:style>\
        <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>\
        <w:uiPriority w:val="59"/>\
        <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr>\
        <w:tblPr>\(tableBorders)\(cellMargins)</w:tblPr></w:style>\
        </w:styles>
        """

    /// Single half-point borders round and inside a table: in the Table Grid style and on every table (LibreOffice
    /// and WPS do not always carry a style's borders over).
    static let tableBorders = """
        <w:tblBorders>\
        <w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
        <w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
        <w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
        <w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
        <w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
        <w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
        </w:tblBorders>
        """

    /// 0.19 cm left and right inside a cell, Word's default.
    static let cellMargins = """
        <w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>\
        <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>
        """

    private static func heading(id: String, name: String, outline: Int, halfPoints: Int, before: Int, after: Int,
                                centred: Bool) -> String {
        """
        <w:style w:type="paragraph" w:styleId="\(id)"><w:name w:val="\(name)"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="\(before)" w:after="\(after)"/>\
        \(centred ? "<w:jc w:val=\"center\"/>" : "<w:jc w:val=\"left\"/>")<w:outlineLvl w:val="\(outline)"/></w:pPr>\
        <w:rPr><w:rFonts w:ascii="\(latinFont)" w:eastAsia="\(headingFont)" w:hAnsi="\(latinFont)"/>\
        <w:b/><w:bCs/><w:sz w:val="\(halfPoints)"/><w:szCs w:val="\(halfPoints)"/></w:rPr></w:style>
        """
    }
}
