@testable import DOCXWriter
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import JixiaoTestSupport
import Testing

/// The XML the writer makes, part by part: well-formed, escaped, with the styles and fonts Word needs.
@Suite("DOCX parts")
struct DocumentPartsTests {
    /// Parses `text` as XML and returns the character data of every `w:t` (nil when it is not well-formed).
    static func texts(_ text: String) -> [String]? {
        final class Collector: NSObject, XMLParserDelegate {
            var texts: [String] = []
            var inText = false
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                        qualifiedName: String?, attributes: [String: String] = [:]) {
                if name == "w:t" { inText = true; texts.append("") }
            }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                if name == "w:t" { inText = false }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) {
                if inText { texts[texts.count - 1] += string }
            }
        }
        let parser = XMLParser(data: Data(text.utf8))
        let collector = Collector()
        parser.delegate = collector
        return parser.parse() ? collector.texts : nil
    }

    @Test func everyPartIsWellFormedXML() throws {
        let parts = try DocumentWriter.parts(of: SampleDocument.document)
        #expect(parts.map(\.name) == ["[Content_Types].xml", "_rels/.rels", "word/document.xml",
                                      "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml",
                                      "word/settings.xml", "docProps/core.xml", "docProps/app.xml"])
        for part in parts {
            #expect(Self.texts(String(decoding: part.bytes, as: UTF8.self)) != nil, "\(part.name)")
        }
    }

    @Test func hostileTextIsEscapedAndControlCharactersDropped() throws {
        let xml = try DocumentPart.xml(Document(blocks: [
            .paragraph([Run("<a href=\"x\">&'</a> 😀"), Run("控制\u{1}字符\u{B}\u{0}已\u{FFFE}删除\u{1F}")]),
        ]))
        #expect(xml.contains("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt; 😀"))
        #expect(Self.texts(xml) == ["<a href=\"x\">&'</a> 😀", "控制字符已删除"])
    }

    @Test func lineBreaksAndTabsBecomeWordBreaksAndTabs() throws {
        var xml = ""
        try DocumentPart.appendRun(Run(" 甲\r\n乙\n丙\r丁\t戊 "), to: &xml)
        #expect(xml == "<w:r><w:t xml:space=\"preserve\"> 甲</w:t><w:br/><w:t xml:space=\"preserve\">乙</w:t><w:br/>"
                + "<w:t xml:space=\"preserve\">丙</w:t><w:br/><w:t xml:space=\"preserve\">丁</w:t><w:tab/>"
                + "<w:t xml:space=\"preserve\">戊 </w:t></w:r>")
    }

    @Test func runPropertiesFollowTheSchemaOrder() throws {
        let run = Run("强制", bold: true, italic: true, colour: .red, size: 10.5)
        #expect(try DocumentPart.runProperties(run)
                == "<w:rPr><w:b/><w:bCs/><w:i/><w:iCs/><w:color w:val=\"C00000\"/><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/></w:rPr>")
        #expect(try DocumentPart.runProperties(Run("普通")) == "")
        for size in [0.5, 10.25, 1638.5, Double.nan] {
            let error = #expect(throws: DOCXWriterError.self) { try DocumentPart.runProperties(Run("x", size: size)) }
            #expect(error?.kind == .invalidFontSize)
        }
    }

    @Test func headingsBulletsAndPageBreaksNameTheirStyles() throws {
        let xml = try DocumentPart.xml(Document(blocks: [
            .heading("标题", level: .one), .heading("小节", level: .two), .bulletList([["一"], ["二"]]), .pageBreak,
        ]))
        #expect(xml.contains("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">标题</w:t></w:r></w:p>"))
        #expect(xml.contains("<w:pStyle w:val=\"Heading2\"/>"))
        #expect(xml.components(separatedBy: "<w:pStyle w:val=\"ListBullet\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>").count == 3)
        #expect(xml.contains("<w:br w:type=\"page\"/>"))
        #expect(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
    }

    @Test func stylesSetEastAsianFonts() {
        #expect(StylesPart.xml.contains("<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"宋体\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>"))
        #expect(StylesPart.xml.contains("w:eastAsia=\"黑体\""))
        for id in ["Normal", "Heading1", "Heading2", "ListBullet", "TableGrid"] {
            #expect(StylesPart.xml.contains("w:styleId=\"\(id)\""), "\(id)")
        }
    }

    @Test func tablesFillShortRowsAndEndTheBodyWithAParagraph() throws {
        let table = Table(header: ["甲", "乙"], rows: [["1"], ["2", "3", "4"]])
        #expect(table.columnCount == 3)
        #expect(try DocumentPart.columnTwips(table) == [2768, 2768, 2768])
        let xml = try DocumentPart.xml(Document(blocks: [.table(table)]))
        #expect(xml.components(separatedBy: "<w:tc>").count - 1 == 9)
        #expect(xml.contains("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"))
        #expect(xml.hasSuffix("</w:tbl><w:p/>" + PageSetup.sectionXML + "</w:body></w:document>"))
        #expect(try DocumentPart.columnTwips(Table(header: ["a", "b"], rows: [], columnWidths: .percent([25, 75])))
                == [2076, 6229])
    }

    @Test func unusableTablesAreRefused() {
        let tables = [
            Table(header: [], rows: []),
            Table(header: ["a", "b"], rows: [], columnWidths: .percent([50])),
            Table(header: ["a", "b"], rows: [], columnWidths: .percent([60, 60])),
            Table(header: ["a"], rows: [], columnWidths: .twips([0])),
        ]
        for table in tables {
            let error = #expect(throws: DOCXWriterError.self) { try DocumentPart.xml(Document(blocks: [.table(table)])) }
            #expect(error?.kind == .invalidTable)
        }
    }

    @Test func corePropertiesAreEscapedAndDated() {
        let xml = PropertiesParts.core(SampleDocument.document.properties)
        #expect(xml.contains("<dc:title>退回意见 &lt;黄埔区教育局&gt;</dc:title><dc:creator>黄埔区财政局</dc:creator>"))
        #expect(xml.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-30T00:53:20Z</dcterms:created>"))
        #expect(!PropertiesParts.core(DocumentProperties()).contains("dcterms:created"))
    }
}
