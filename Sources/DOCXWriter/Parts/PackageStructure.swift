/// The parts that are the same in every document: content types, relationships, settings and numbering.
///
/// ```swift
/// PackageStructure.contentTypes   // [Content_Types].xml
/// ```
enum PackageStructure {
    /// `[Content_Types].xml`.
    static let contentTypes = Namespaces.declaration + """
        <Types xmlns="\(Namespaces.contentTypes)">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/numbering.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
        <Override PartName="/word/settings.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        <Override PartName="/docProps/app.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
        </Types>
        """

    /// `_rels/.rels`: the main document and the two property parts.
    static let packageRelationships = Namespaces.declaration + """
        <Relationships xmlns="\(Namespaces.packageRelationships)">\
        <Relationship Id="rId1" Type="\(Namespaces.officeRelationships)/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="\(Namespaces.packageRelationships)/metadata/core-properties" \
        Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="\(Namespaces.officeRelationships)/extended-properties" Target="docProps/app.xml"/>\
        </Relationships>
        """

    /// `word/_rels/document.xml.rels`: styles, numbering, settings.
    static let documentRelationships = Namespaces.declaration + """
        <Relationships xmlns="\(Namespaces.packageRelationships)">\
        <Relationship Id="rId1" Type="\(Namespaces.officeRelationships)/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="\(Namespaces.officeRelationships)/numbering" Target="numbering.xml"/>\
        <Relationship Id="rId3" Type="\(Namespaces.officeRelationships)/settings" Target="settings.xml"/>\
        </Relationships>
        """

    /// `word/settings.xml`: Word 2013+ layout (no 兼容模式), Chinese punctuation compression, 0.74 cm tab stops.
    static let settings = Namespaces.declaration + """
        <w:settings xmlns:w="\(Namespaces.wordprocessing)">\
        <w:defaultTabStop w:val="420"/>\
        <w:characterSpacingControl w:val="compressPunctuation"/>\
        <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" \
        w:val="15"/></w:compat>\
        </w:settings>
        """

    /// `word/numbering.xml`: one bullet list (numId 1), used by the List Bullet style.
    static let numbering = Namespaces.declaration + """
        <w:numbering xmlns:w="\(Namespaces.wordprocessing)">\
        <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:pStyle w:val="ListBullet"/>\
        <w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr>\
        <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
        </w:numbering>
        """
}
