import AtomicFiles
import Foundation

/// Writes a ``Document`` as a WordprocessingML package (`.docx`) that Word, WPS and LibreOffice open: the
/// content types, the package and document relationships, `word/document.xml`, `styles.xml` (Normal,
/// Heading 1–2, List Bullet, Table Grid, with 宋体 / 黑体 as East Asian fonts), `numbering.xml`,
/// `settings.xml` and `docProps/core.xml` / `app.xml`, on A4 portrait.
///
/// The whole document is checked and turned into XML before any file is touched. Output is atomic
/// (``AtomicOutput``, shared with the XLSX writer): the package is written to a hidden temporary file in the
/// destination's folder and moved into place only when complete, so the destination holds the old file or
/// the new one and nothing is left behind on failure. An existing destination is refused unless `overwrite`.
///
/// ```swift
/// let document = Document(blocks: [.heading("退回意见", level: .one), .paragraph(["请更正后重新报送。"])],
///                         properties: DocumentProperties(title: "退回意见", author: "财政局"))
/// try DocumentWriter().write(document, to: URL(fileURLWithPath: "out/黄埔区教育局.docx"), overwrite: true)
/// ```
public struct DocumentWriter: Sendable {
    public init() {}

    /// Writes `document` to `url`.
    /// - Parameters:
    ///   - document: what to write.
    ///   - url: the `.docx` file to create; its folder must exist. A symbolic link is written through.
    ///   - overwrite: whether an existing file may be replaced.
    /// - Throws: `.invalidTable` and `.invalidFontSize` before anything is written; `.destinationExists`
    ///   (unless `overwrite`), `.destinationUnusable`, `.zip` and `.fileSystem` with the system's `errno`.
    public func write(_ document: Document, to url: URL, overwrite: Bool = false) throws(DOCXWriterError) {
        let parts = try Self.parts(of: document)
        let output: AtomicOutput
        do throws(AtomicOutputError) {
            output = try AtomicOutput.prepare(destination: url, overwrite: overwrite)
        } catch {
            throw DOCXWriterError(output: error)
        }
        do throws(DOCXWriterError) {
            try ZipPackage.write(parts, to: output.temporaryFile.path, modified: document.properties.created ?? Date())
        } catch {
            output.discard()
            throw error
        }
        do throws(AtomicOutputError) {
            try output.commit()
        } catch {
            throw DOCXWriterError(output: error)
        }
    }

    /// The package's parts in the order they are stored.
    static func parts(of document: Document) throws(DOCXWriterError) -> [PackagePart] {
        [
            PackagePart(name: "[Content_Types].xml", text: PackageStructure.contentTypes),
            PackagePart(name: "_rels/.rels", text: PackageStructure.packageRelationships),
            PackagePart(name: "word/document.xml", text: try DocumentPart.xml(document)),
            PackagePart(name: "word/_rels/document.xml.rels", text: PackageStructure.documentRelationships),
            PackagePart(name: "word/styles.xml", text: StylesPart.xml),
            PackagePart(name: "word/numbering.xml", text: PackageStructure.numbering),
            PackagePart(name: "word/settings.xml", text: PackageStructure.settings),
            PackagePart(name: "docProps/core.xml", text: PropertiesParts.core(document.properties)),
            PackagePart(name: "docProps/app.xml", text: PropertiesParts.app),
        ]
    }
}
