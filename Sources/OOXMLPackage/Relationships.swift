import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
/// The relationships of one part (`xl/_rels/workbook.xml.rels`, `word/_rels/document.xml.rels`): id → type and
/// resolved target part.
///
/// ```swift
/// let root = try Relationships.read(for: "", in: archive)
/// root.first(ofType: "officeDocument")?.target   // "word/document.xml"
/// ```
package struct Relationships: Sendable {
    package struct Relationship: Sendable {
        package var type: String
        /// The target as a normalised part name inside the package.
        package var target: String
    }

    /// None: what a part without a `.rels` file has.
    package init() {}

    package private(set) var byID: [String: Relationship] = [:]
    package private(set) var inOrder: [Relationship] = []
    /// Relationships to outside the package (`TargetMode="External"`: hyperlinks, linked files), targets as
    /// written; never in ``byID`` or ``inOrder``.
    package private(set) var external: [Relationship] = []

    /// The first relationship whose type ends with `/suffix` (`officeDocument`, `styles`, `sharedStrings`).
    /// Matching the last path segment covers Transitional and Strict relationship URIs alike.
    package func first(ofType suffix: String) -> Relationship? {
        inOrder.first { $0.type.hasSuffix("/" + suffix) }
    }

    /// Reads the relationships of `part`; a part without a `.rels` file has none.
    package static func read<Failure: PackageFailure>(for part: String,
                                                      in archive: ZipArchive<Failure>) throws(Failure) -> Relationships {
        let relsPart = relationshipsPart(of: part)
        guard archive.contains(relsPart) else { return Relationships() }
        let base = directory(of: part)
        return try XMLPartParser.parse(relsPart, in: archive, cache: cache, context: base,
                                       makeDelegate: { RelationshipsDelegate<Failure>(base: base) }, result: { $0.result })
    }

    /// Relationship parts seen before, by their bytes and folder.
    private static let cache = PartCache<Relationships>()

    /// `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package root `""` → `_rels/.rels`.
    package static func relationshipsPart(of part: String) -> String {
        let directory = directory(of: part)
        let file = part.split(separator: "/").last.map(String.init) ?? ""
        return (directory.isEmpty ? "" : directory + "/") + "_rels/" + file + ".rels"
    }

    package static func directory(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[..<slash])
    }

    /// Resolves a relationship target against the source part's folder: relative (`worksheets/sheet1.xml`,
    /// `../xl/x.xml`), absolute (`/xl/worksheets/sheet1.xml`) and backslash (`worksheets\sheet1.xml`) forms.
    package static func resolve(_ target: String, from base: String) -> String {
        var target = target.replacingOccurrences(of: "\\", with: "/")
        if let hash = target.firstIndex(of: "#") { target = String(target[..<hash]) }
        var segments: [Substring]
        if target.hasPrefix("/") {
            segments = []
        } else {
            segments = base.split(separator: "/")
        }
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/").removingPercentEncoding ?? segments.joined(separator: "/")
    }

    fileprivate mutating func addExternal(_ relationship: Relationship) {
        external.append(relationship)
    }

    fileprivate mutating func add(id: String, _ relationship: Relationship) {
        if byID[id] == nil { byID[id] = relationship }
        inOrder.append(relationship)
    }
}

private final class RelationshipsDelegate<Failure: PackageFailure>: NSObject, PartDelegate {
    let base: String
    var result = Relationships()
    var abortError: Failure?
    var nesting = ElementNesting()

    init(base: String) { self.base = base }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String]) {
        guard nesting.enter() else { return nestingTooDeep(parser) }
        guard localName(elementName) == "Relationship" else { return }
        guard let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"] else { return }
        if attributes["TargetMode"] == "External" {
            result.addExternal(.init(type: type, target: target))
            return
        }
        result.add(id: id, .init(type: type, target: Relationships.resolve(target, from: base)))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        nesting.leave()
    }
}
