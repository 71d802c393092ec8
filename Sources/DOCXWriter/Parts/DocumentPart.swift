/// `word/document.xml`: the body, block by block, ending with the A4 section.
///
/// Every paragraph names its style (`Heading1`, `ListBullet`; Normal by default); runs carry only what differs
/// from the style. Bullet items also carry the list's numbering directly, which WPS and older LibreOffice need.
/// A body that would end with a table gets an empty paragraph after it, as Word itself does.
///
/// ```swift
/// let xml = try DocumentPart.xml(Document(blocks: [.heading("退回意见", level: .one)]))
/// // …<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">退回意见</w:t></w:r></w:p>…
/// ```
enum DocumentPart {
    /// The whole part.
    /// - Throws: `.invalidTable`, `.invalidFontSize` (nothing is written for a document that fails).
    static func xml(_ document: Document) throws(DOCXWriterError) -> String {
        var xml = Namespaces.declaration
        xml += "<w:document xmlns:w=\"\(Namespaces.wordprocessing)\" xmlns:r=\"\(Namespaces.officeRelationships)\"><w:body>"
        for block in document.blocks {
            try append(block, to: &xml)
        }
        if case .table = document.blocks.last { xml += "<w:p/>" }
        if document.blocks.isEmpty { xml += "<w:p/>" }
        return xml + PageSetup.sectionXML + "</w:body></w:document>"
    }

    private static func append(_ block: Block, to xml: inout String) throws(DOCXWriterError) {
        switch block {
        case .heading(let text, let level):
            xml += "<w:p><w:pPr><w:pStyle w:val=\"Heading\(level.rawValue)\"/></w:pPr>"
            try appendRun(Run(text), to: &xml)
            xml += "</w:p>"
        case .paragraph(let runs):
            try appendParagraph(runs, properties: "", to: &xml)
        case .bulletList(let items):
            for item in items {
                try appendParagraph(item, properties: "<w:pPr><w:pStyle w:val=\"ListBullet\"/>"
                                        + "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>",
                                    to: &xml)
            }
        case .table(let table):
            try appendTable(table, to: &xml)
        case .pageBreak:
            xml += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
        }
    }

    /// A `w:p` with `properties` (a whole `w:pPr`, or nothing) and the runs.
    static func appendParagraph(_ runs: [Run], properties: String, to xml: inout String) throws(DOCXWriterError) {
        xml += "<w:p>" + properties
        for run in runs { try appendRun(run, to: &xml) }
        xml += "</w:p>"
    }

    /// A `w:r`: its properties, then the text cut at line breaks and tabs (`\r\n`, `\r` and `\n` each one
    /// break), each piece escaped with forbidden characters dropped (``XMLText``). An empty run is left out.
    static func appendRun(_ run: Run, to xml: inout String) throws(DOCXWriterError) {
        guard !run.text.isEmpty else { return }
        xml += "<w:r>" + (try runProperties(run))
        var piece = ""
        var previous: Unicode.Scalar?
        func flush() {
            if !piece.isEmpty { xml += "<w:t xml:space=\"preserve\">\(XMLText.escaped(piece))</w:t>" }
            piece = ""
        }
        for scalar in run.text.unicodeScalars {
            switch scalar {
            case "\n":
                flush()
                if previous != "\r" { xml += "<w:br/>" }
            case "\r":
                flush()
                xml += "<w:br/>"
            case "\t":
                flush()
                xml += "<w:tab/>"
            default:
                piece.unicodeScalars.append(scalar)
            }
            previous = scalar
        }
        flush()
        xml += "</w:r>"
    }

    /// The `w:rPr` of a run, in the schema's order (b, bCs, i, iCs, color, sz, szCs); empty for a plain run.
    static func runProperties(_ run: Run) throws(DOCXWriterError) -> String {
        var properties = ""
        if run.bold { properties += "<w:b/><w:bCs/>" }
        if run.italic { properties += "<w:i/><w:iCs/>" }
        if let colour = run.colour { properties += "<w:color w:val=\"\(colour.hex)\"/>" }
        if let size = run.size {
            let halfPoints = size * 2
            guard halfPoints.isFinite, halfPoints >= 2, halfPoints <= 3276, halfPoints == halfPoints.rounded() else {
                throw DOCXWriterError(.invalidFontSize, detail: "\(size) pt")
            }
            properties += "<w:sz w:val=\"\(Int(halfPoints))\"/><w:szCs w:val=\"\(Int(halfPoints))\"/>"
        }
        return properties.isEmpty ? "" : "<w:rPr>" + properties + "</w:rPr>"
    }
}
