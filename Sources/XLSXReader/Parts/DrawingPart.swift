import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OOXMLPackage

/// A sheet's drawing part (`xl/drawings/drawing1.xml`): each anchor's picture with the relationship id of its
/// image (`a:blip r:embed`), and the kinds of the other objects (charts, shapes, groups).
///
/// Objects are the anchors' direct children (`xdr:pic`, `xdr:graphicFrame`, `xdr:sp`, `xdr:cxnSp`,
/// `xdr:grpSp`, `xdr:contentPart`); inside `mc:AlternateContent` only the first choice counts, so an object and
/// its fallback are one. A picture without an `r:embed` (linked to a file) is a ``DrawingObjectKind/linkedPicture``.
///
/// ```swift
/// let drawing = try DrawingPart.read("xl/drawings/drawing1.xml", in: archive)
/// drawing.pictures[0].anchor.from.cell.description   // "B2"
/// drawing.pictures[0].imageRelationshipID            // "rId1"
/// drawing.others                                     // [.chart]
/// ```
enum DrawingPart {
    /// A picture as the drawing states it, its image not yet looked up.
    struct PictureEntry: Sendable, Hashable {
        var anchor: PictureAnchor
        var imageRelationshipID: String
        var size: DrawingExtent?
        var name: String?
        var description: String?
    }

    struct Contents: Sendable, Hashable {
        var pictures: [PictureEntry] = []
        var others: [DrawingObjectKind] = []
    }

    /// The most objects kept from one drawing; a part listing millions would otherwise cost memory for nothing.
    static let maxObjects = 1 << 14

    static func read(_ part: String, in archive: ZipArchive) throws(XLSXError) -> Contents {
        try XMLPartParser.parse(part, in: archive, cache: cache, makeDelegate: { DrawingDelegate() },
                                result: { $0.contents })
    }

    /// Reads a drawing part already inflated (`part` names it in errors).
    static func parse(bytes: [UInt8], part: String = "xl/drawings/drawing1.xml") throws(XLSXError) -> Contents {
        let delegate = DrawingDelegate()
        try XMLPartParser.parse(bytes: bytes, part: part, delegate: delegate)
        return delegate.contents
    }

    /// Drawing parts seen before, by their bytes (a template's logo repeats across a batch).
    private static let cache = PartCache<Contents>()
}

private final class DrawingDelegate: NSObject, PartDelegate {
    var contents = DrawingPart.Contents()
    var abortError: XLSXError?
    var nesting = ElementNesting()

    /// The anchor being read: its kind and `editAs`, nil outside one.
    private var anchorKind: PictureAnchor.Kind?
    /// The nesting depth of the anchor's element.
    private var anchorDepth = 0
    private var editAs: String?
    private var from = AnchorPoint(row: 0, column: 0)
    private var to: AnchorPoint?
    private var extent: DrawingExtent?
    /// `xdr:from` or `xdr:to` being read.
    private var marker: Marker?
    private enum Marker { case from, to }
    private var markerField: WritableKeyPath<AnchorPoint, Int>?
    private var text = ""

    /// The anchor's object: its kind (the local name), and the nesting depth at which it opened.
    private var object: (name: Substring, depth: Int)?
    private var holdsChart = false
    private var embedID: String?
    private var linkID: String?
    private var pictureName: String?
    private var pictureDescription: String?
    private var pictureSize: DrawingExtent?
    private var inTransform = false
    /// Depth inside an `mc:Fallback` (a copy of the choice before it): skipped.
    private var fallbackDepth = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String]) {
        guard nesting.enter() else { return nestingTooDeep(parser) }
        if fallbackDepth > 0 {
            fallbackDepth += 1
            return
        }
        let name = localName(elementName)
        guard anchorKind != nil else {
            switch name {
            case "twoCellAnchor": startAnchor(.twoCell, attributes)
            case "oneCellAnchor": startAnchor(.oneCell, attributes)
            case "absoluteAnchor": startAnchor(.absolute, attributes)
            default: break
            }
            return
        }
        if name == "Fallback" {
            fallbackDepth = 1
            return
        }
        guard let object else {
            switch name {
            case "from": marker = .from
            case "to":
                to = AnchorPoint(row: 0, column: 0)
                marker = .to
            case "col": startField(\.column)
            case "colOff": startField(\.columnOffset)
            case "row": startField(\.row)
            case "rowOff": startField(\.rowOffset)
            case "ext": extent = Self.extent(attributes)
            case "pos":
                from = AnchorPoint(row: 0, column: 0, rowOffset: XMLValue.integer(attributes["y"]) ?? 0,
                                   columnOffset: XMLValue.integer(attributes["x"]) ?? 0)
            case "pic", "graphicFrame", "sp", "cxnSp", "grpSp", "contentPart":
                self.object = (name, nesting.depth)
            default: break
            }
            return
        }
        guard object.name == "pic" || object.name == "graphicFrame" else { return }
        switch name {
        case "cNvPr" where object.name == "pic":
            pictureName = attributes["name"]
            pictureDescription = attributes["descr"]
        case "blip":
            embedID = attribute("embed", in: attributes)
            linkID = attribute("link", in: attributes)
        case "xfrm":
            inTransform = true
        case "ext" where inTransform && object.name == "pic":
            pictureSize = Self.extent(attributes)
        case "chart":
            holdsChart = true
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        let depth = nesting.depth
        nesting.leave()
        if fallbackDepth > 0 {
            fallbackDepth -= 1
            return
        }
        guard anchorKind != nil else { return }
        if depth == anchorDepth {
            anchorKind = nil
            object = nil
            return
        }
        let name = localName(elementName)
        if let object {
            if name == "xfrm" { inTransform = false }
            if depth == object.depth { finishObject(object.name) }
            return
        }
        switch name {
        case "col", "colOff", "row", "rowOff":
            if let marker, let markerField, let value = XMLValue.integer(text), value >= 0 {
                switch marker {
                case .from: from[keyPath: markerField] = value
                case .to: to?[keyPath: markerField] = value
                }
            }
            markerField = nil
        case "from", "to":
            marker = nil
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if markerField != nil { text += string }
    }

    private func startAnchor(_ kind: PictureAnchor.Kind, _ attributes: [String: String]) {
        anchorKind = kind
        anchorDepth = nesting.depth
        editAs = kind == .twoCell ? attributes["editAs"] : nil
        from = AnchorPoint(row: 0, column: 0)
        to = nil
        extent = nil
        object = nil
    }

    private func startField(_ field: WritableKeyPath<AnchorPoint, Int>) {
        guard marker != nil else { return }
        markerField = field
        text = ""
    }

    /// The anchor's object has closed: a picture or a kind of other object.
    private func finishObject(_ name: Substring) {
        defer {
            object = (name, Int.max)   // one object per anchor: anything after it is ignored
            holdsChart = false
            embedID = nil
            linkID = nil
            pictureName = nil
            pictureDescription = nil
            pictureSize = nil
            inTransform = false
        }
        guard contents.pictures.count + contents.others.count < DrawingPart.maxObjects, let kind = anchorKind else {
            return
        }
        switch name {
        case "pic":
            if let embedID, !embedID.isEmpty {
                let anchor = PictureAnchor(kind: kind, from: from, to: kind == .twoCell ? to : nil,
                                           extent: kind == .twoCell ? nil : extent, editAs: editAs)
                contents.pictures.append(.init(anchor: anchor, imageRelationshipID: embedID, size: pictureSize,
                                               name: pictureName, description: pictureDescription))
            } else {
                contents.others.append(.linkedPicture)
            }
        case "graphicFrame": contents.others.append(holdsChart ? .chart : .graphicFrame)
        case "sp": contents.others.append(.shape)
        case "cxnSp": contents.others.append(.connector)
        case "grpSp": contents.others.append(.group)
        default: contents.others.append(.contentPart)
        }
    }

    private static func extent(_ attributes: [String: String]) -> DrawingExtent? {
        guard let width = XMLValue.integer(attributes["cx"]), let height = XMLValue.integer(attributes["cy"]),
              width >= 0, height >= 0 else { return nil }
        return DrawingExtent(width: width, height: height)
    }
}
