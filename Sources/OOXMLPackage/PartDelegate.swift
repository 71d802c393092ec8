import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parser delegate that can stop the parse with a precise error. Every delegate calls `nesting.enter()` first
/// thing at each start tag (``nestingTooDeep(_:)`` when it is false) and `nesting.leave()` at each end tag.
///
/// The count is kept by the delegate's own code, not by a method of this protocol: Swift does not inline a
/// `package` protocol's extension methods into another module, and a call per start tag, generic over the
/// delegate, cost more than the count itself (``ElementNesting``'s methods are inlined).
///
/// ```swift
/// final class BodyDelegate: NSObject, PartDelegate {
///     var abortError: DOCXError?
///     var nesting = ElementNesting()
///     func parser(_ parser: XMLParser, didStartElement name: String, …) {
///         guard nesting.enter() else { return nestingTooDeep(parser) }
///     }
/// }
/// ```
package protocol PartDelegate: NSObject, XMLParserDelegate {
    /// The reader's error type, which a parse of this delegate throws.
    associatedtype Failure: PackageFailure
    var abortError: Failure? { get set }
    /// Read by the parse only (the delegate alone changes it): no `set` or `modify` witness for other modules
    /// to reach, so the delegate's accesses to its own count need no run-time exclusivity check.
    var nesting: ElementNesting { get }
}

extension PartDelegate {
    /// Stops the parse with `.nestingTooDeep`: for a start tag past ``ElementNesting/limit`` (`nesting.enter()`
    /// returned false).
    package func nestingTooDeep(_ parser: XMLParser) {
        stop(parser, Failure.failure(.nestingTooDeep, detail: "more than \(ElementNesting.limit) levels of elements"))
    }

    /// Stops the parse with `error` (the first one wins).
    package func stop(_ parser: XMLParser, _ error: Failure) {
        if abortError == nil { abortError = error }
        parser.abortParsing()
    }
}
