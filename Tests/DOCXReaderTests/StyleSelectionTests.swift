@testable import DOCXReader
import Testing

/// The styles part cut down to the styles named and their bases before parsing; a part it does not follow is
/// left whole.
@Suite("Style selection")
struct StyleSelectionTests {
    static let part = """
        <?xml version="1.0"?><w:styles xmlns:w="w"><w:docDefaults/><w:latentStyles w:count="1"><w:lsdException w:name="x"/></w:latentStyles>\
        <w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Base2"><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading9"><w:basedOn w:val="Base2"/></w:style>\
        <w:style w:type="character" w:styleId="Empty"/></w:styles>
        """

    @Test func theNamedStylesAndTheirBasesAreKept() {
        let kept = String(decoding: StyleSelection.select(["Heading9"], from: Array(Self.part.utf8)), as: UTF8.self)
        #expect(kept == """
            <?xml version="1.0"?><w:styles xmlns:w="w"><w:docDefaults/>\
            <w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
            <w:style w:type="paragraph" w:styleId="Base2"><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Heading9"><w:basedOn w:val="Base2"/></w:style></w:styles>
            """)
    }

    @Test func aPartWithACommentIsLeftWhole() {
        let commented = Self.part.replacingOccurrences(of: "<w:docDefaults/>", with: "<!-- <w:style w:styleId=\"x\"> --><w:docDefaults/>")
        #expect(StyleSelection.select(["Normal"], from: Array(commented.utf8)) == Array(commented.utf8))
        let unclosed = Self.part.replacingOccurrences(of: "</w:styles>", with: "").replacingOccurrences(of: "<w:style w:type=\"character\" w:styleId=\"Empty\"/>", with: "<w:style w:styleId=\"Open\">")
        #expect(StyleSelection.select(["Normal"], from: Array(unclosed.utf8)) == Array(unclosed.utf8))
    }

    /// The inherited outline level comes through the cut: Heading9's own name would say 9, its base says 2.
    @Test func anOutlineLevelIsInheritedFromTheBase() {
        var styles = StylesPart()
        styles.byID = ["Base2": .init(basedOn: "Normal", outlineLevel: 1), "Heading9": .init(name: "heading 9", basedOn: "Base2"),
                       "Normal": .init(name: "Normal")]
        #expect(styles.outlineLevel(of: "Heading9") == 9)   // the name first, as Word's built-in headings
        styles.byID["Heading9"]?.name = "Report heading"
        #expect(styles.outlineLevel(of: "Heading9") == 2)
        #expect(StylesPart.headingLevel("标题 3") == 3)
        #expect(StylesPart.headingLevel("heading 10") == nil)
    }
}
