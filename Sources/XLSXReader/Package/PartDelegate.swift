import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parser delegate that can stop the parse with a precise error. Every delegate calls ``enterElement(_:)``
/// first thing at each start tag and `nesting.leave()` at each end tag.
protocol PartDelegate: NSObject, XMLParserDelegate {
    var abortError: XLSXError? { get set }
    var nesting: ElementNesting { get set }
}

extension PartDelegate {
    /// Counts a start tag: false, with the parse stopped by `.nestingTooDeep`, past ``ElementNesting/limit``.
    @inline(__always)
    func enterElement(_ parser: XMLParser) -> Bool {
        if nesting.enter() { return true }
        stop(parser, XLSXError(.nestingTooDeep, detail: "more than \(ElementNesting.limit) levels of elements"))
        return false
    }

    /// Stops the parse with `error` (the first one wins).
    func stop(_ parser: XMLParser, _ error: XLSXError) {
        if abortError == nil { abortError = error }
        parser.abortParsing()
    }
}
