import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parser delegate that can stop the parse with a precise error. Every delegate calls ``enterElement(_:)``
/// first thing at each start tag and `nesting.leave()` at each end tag.
///
/// ```swift
/// final class BodyDelegate: NSObject, PartDelegate {
///     var abortError: DOCXError?
///     var nesting = ElementNesting()
///     func parser(_ parser: XMLParser, didStartElement name: String, …) {
///         guard enterElement(parser) else { return }
///     }
/// }
/// ```
package protocol PartDelegate: NSObject, XMLParserDelegate {
    /// The reader's error type, which a parse of this delegate throws.
    associatedtype Failure: PackageFailure
    var abortError: Failure? { get set }
    var nesting: ElementNesting { get set }
}

extension PartDelegate {
    /// Counts a start tag: false, with the parse stopped by `.nestingTooDeep`, past ``ElementNesting/limit``.
    @inlinable @inline(__always)
    package func enterElement(_ parser: XMLParser) -> Bool {
        if nesting.enter() { return true }
        stop(parser, Failure.failure(.nestingTooDeep, detail: "more than \(ElementNesting.limit) levels of elements"))
        return false
    }

    /// Stops the parse with `error` (the first one wins).
    @inlinable
    package func stop(_ parser: XMLParser, _ error: Failure) {
        if abortError == nil { abortError = error }
        parser.abortParsing()
    }
}
