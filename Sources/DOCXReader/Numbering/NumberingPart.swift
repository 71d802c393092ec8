import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OOXMLPackage

/// The lists of `word/numbering.xml`: each `w:num` with its abstract definition's levels and any level
/// overrides. Read only when a paragraph (or its style) is in a list.
///
/// ```swift
/// let numbering = try NumberingPart.read("word/numbering.xml", in: archive)
/// numbering.level(numID: "1", level: 0)?.text   // "%1、"
/// ```
struct NumberingPart {
    struct Level {
        var start = 1
        /// `w:numFmt` (`decimal`, `chineseCounting`, `bullet`…).
        var format = "decimal"
        /// `w:lvlText`, `%1` standing for level 1's number.
        var text = ""
        /// `w:suff`: `tab` (the default), `space` or `nothing`.
        var suffix = "tab"
        /// `w:isLgl`: every number in the label as a decimal.
        var isLegal = false
    }

    struct Instance {
        var abstractID: String
        /// `w:startOverride` by level.
        var startOverrides: [Int: Int] = [:]
        /// A whole `w:lvl` given in a `w:lvlOverride`.
        var levelOverrides: [Int: Level] = [:]
    }

    var abstracts: [String: [Int: Level]] = [:]
    var instances: [String: Instance] = [:]

    static func read(_ part: String, in archive: ZipArchive<DOCXError>) throws(DOCXError) -> NumberingPart {
        let delegate = NumberingDelegate()
        try XMLPartParser.parse(part, in: archive, delegate: delegate)
        return delegate.result
    }

    /// Level `level` of list `numID` with its overrides, or nil when the list or level is not defined.
    func level(numID: String, level: Int) -> Level? {
        guard let instance = instances[numID] else { return nil }
        if let override = instance.levelOverrides[level] { return override }
        guard var definition = abstracts[instance.abstractID]?[level] else { return nil }
        if let start = instance.startOverrides[level] { definition.start = start }
        return definition
    }
}

private final class NumberingDelegate: NSObject, PartDelegate {
    var abortError: DOCXError?
    var nesting = ElementNesting()
    var result = NumberingPart()
    private var abstractID: String?
    private var numID: String?
    private var overrideLevel: Int?
    private var levelIndex: Int?
    private var level: NumberingPart.Level?
    private var skipDepth = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String]) {
        guard nesting.enter() else { return nestingTooDeep(parser) }
        guard skipDepth == 0 else { return }
        let value = { BodyDelegate.value(attributes, "w:val") }
        switch localName(elementName) {
        case "abstractNum":
            abstractID = BodyDelegate.value(attributes, "w:abstractNumId")
        case "num":
            numID = BodyDelegate.value(attributes, "w:numId")
        case "abstractNumId":
            if let numID, let id = value() { result.instances[numID] = .init(abstractID: id) }
        case "lvlOverride":
            overrideLevel = BodyDelegate.value(attributes, "w:ilvl").flatMap(Int.init)
        case "startOverride":
            if let numID, let overrideLevel, let start = value().flatMap(Int.init) {
                result.instances[numID]?.startOverrides[overrideLevel] = start
            }
        case "lvl":
            levelIndex = BodyDelegate.value(attributes, "w:ilvl").flatMap(Int.init)
            level = NumberingPart.Level()
        case "start": if let start = value().flatMap(Int.init) { level?.start = start }
        case "numFmt": if let format = value(), format != "custom" { level?.format = format }
        case "lvlText": level?.text = value() ?? ""
        case "suff": if let suffix = value() { level?.suffix = suffix }
        case "isLgl": level?.isLegal = !BodyDelegate.isOff(value())
        case "pPr", "rPr": skipDepth = nesting.depth
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        defer { nesting.leave() }
        if skipDepth > 0 {
            if nesting.depth == skipDepth { skipDepth = 0 }
            return
        }
        switch localName(elementName) {
        case "lvl":
            if let index = levelIndex, let level {
                if let numID, let overrideLevel {
                    result.instances[numID]?.levelOverrides[overrideLevel] = level
                } else if let abstractID {
                    result.abstracts[abstractID, default: [:]][index] = level
                }
            }
            level = nil
            levelIndex = nil
        case "lvlOverride": overrideLevel = nil
        case "abstractNum": abstractID = nil
        case "num": numID = nil
        default: break
        }
    }
}
