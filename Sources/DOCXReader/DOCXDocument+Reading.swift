import Foundation
import OOXMLPackage

extension DOCXDocument {
    /// Reads the body of the `.docx` at `url`: one pass over the main document part, then its styles and list
    /// definitions only when a paragraph names a style or a list.
    ///
    /// ```swift
    /// let document = try DOCXDocument(contentsOf: url)
    /// ```
    /// - Throws: `DOCXError` for a file that is not a Word package (an old `.doc`, HTML or RTF under a Word
    ///   name, a damaged zip), is encrypted or hostile (a zip bomb, a DTD), or takes longer than the time limit.
    public init(contentsOf url: URL, options: DOCXReadOptions = DOCXReadOptions()) throws(DOCXError) {
        var limits = PackageLimits()
        limits.maxEntrySize = options.maxEntrySize
        limits.maxCompressionRatio = options.maxCompressionRatio
        limits.ratioCheckThreshold = options.ratioCheckThreshold
        limits.timeLimit = options.timeLimit
        let whole = try FileSignature.check(path: url.path, maxFileSize: options.maxFileSize, as: DOCXError.self)
        let archive = try ZipArchive<DOCXError>(path: url.path, limits: limits, whole: whole)
        let root = try Relationships.read(for: "", in: archive)
        let main: String
        if let target = root.first(ofType: "officeDocument")?.target, archive.contains(target) {
            main = target
        } else if archive.contains("word/document.xml") {
            main = "word/document.xml"
        } else {
            throw DOCXError(.missingPart, part: "word/document.xml", detail: "no main document part")
        }
        let body = BodyDelegate()
        try XMLPartParser.parse(main, in: archive, delegate: body)

        var styles = StylesPart()
        var relationships: Relationships?
        if body.namesStyles {
            relationships = try Relationships.read(for: main, in: archive)
            if let part = relationships?.first(ofType: "styles")?.target, archive.contains(part) {
                styles = try StylesPart.read(part, in: archive, needed: Set(body.lines.compactMap(\.styleID)))
            }
        }
        let styleLists = body.namesStyles && body.lines.contains { $0.styleID.flatMap(styles.numbering(of:)) != nil }
        var counters: ListCounters?
        if body.namesLists || styleLists {
            if relationships == nil { relationships = try Relationships.read(for: main, in: archive) }
            if let part = relationships?.first(ofType: "numbering")?.target, archive.contains(part) {
                counters = ListCounters(numbering: try NumberingPart.read(part, in: archive))
            }
        }
        self.init(paragraphs: Self.assemble(body, styles: styles, counters: &counters))
    }

    /// Each output paragraph from its lines: labels written, outline levels resolved, a cell's lines joined.
    private static func assemble(_ body: BodyDelegate, styles: StylesPart,
                                 counters: inout ListCounters?) -> [DOCXParagraph] {
        var paragraphs = body.groups.map { DOCXParagraph(text: "", cell: $0) }
        var filled = [Bool](repeating: false, count: paragraphs.count)
        for line in body.lines {
            let styleList = line.styleID.flatMap(styles.numbering(of:))
            var label: String?
            if let numID = line.numID ?? styleList?.numID {
                label = counters?.label(numID: numID, level: line.level ?? styleList?.level ?? 0)
            }
            let text = (label ?? "") + line.text
            let group = line.group
            if paragraphs[group].cell == nil {
                paragraphs[group].text = text
                paragraphs[group].numberLabel = label
                paragraphs[group].styleID = line.styleID
                if let own = line.outlineLevel {
                    paragraphs[group].outlineLevel = own < 9 ? own + 1 : nil
                } else {
                    paragraphs[group].outlineLevel = line.styleID.flatMap(styles.outlineLevel(of:))
                }
            } else if filled[group] {
                paragraphs[group].text += "\n" + text
            } else {
                paragraphs[group].text = text
                paragraphs[group].numberLabel = label
            }
            filled[group] = true
        }
        // A cell's empty paragraphs around its text (the one Word keeps after a nested table) add nothing.
        for index in paragraphs.indices where paragraphs[index].cell != nil {
            let text = paragraphs[index].text
            if text.first == "\n" || text.last == "\n" {
                paragraphs[index].text = String(text.drop { $0 == "\n" }.reversed().drop { $0 == "\n" }.reversed())
            }
        }
        return paragraphs
    }
}
