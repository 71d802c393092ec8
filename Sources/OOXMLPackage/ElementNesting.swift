/// How deep a parse is inside elements, kept by each part's delegate: it refuses a part nested deeper than any
/// spreadsheet program writes, and tells whether the root element was closed.
///
/// Real parts the reader reads nest 8 levels at most (a worksheet's `extLst`; charts, which are not read, reach
/// 14): 64 leaves room for any producer while a part of thousands of nested elements, which costs XMLParser
/// and the delegates for nothing, stops at its 65th level. XMLParser on Linux reports success on a document
/// whose root element never closed when it has under four bytes, so the parse is only trusted once the root
/// element closed.
///
/// `@usableFromInline`, with the members its inlinable methods touch: without it Swift 6.3 keeps the `@inlinable`
/// bodies of a `package` type out of its clients, and every start and end tag of every part became a call.
@usableFromInline
package struct ElementNesting {
    /// The deepest nesting accepted.
    @usableFromInline package static let limit = 64
    /// Set only by ``enter()`` and ``leave()`` (settable for them to be inlined into the delegates).
    @usableFromInline package var depth = 0
    /// Whether the root element (the first to open) has closed.
    @usableFromInline package var rootClosed = false

    package init() {}

    /// A start tag: false past ``limit``.
    @inlinable @inline(__always)
    package mutating func enter() -> Bool {
        depth += 1
        return depth <= Self.limit
    }

    /// An end tag.
    @inlinable @inline(__always)
    package mutating func leave() {
        depth -= 1
        if depth == 0 { rootClosed = true }
    }
}
