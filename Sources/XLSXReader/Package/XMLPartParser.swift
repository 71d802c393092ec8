import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs one package part through XMLParser, streamed from the zip, and turns any failure into an `XLSXError`
/// that names the part.
enum XMLPartParser {
    /// Parses `part` of `archive`, calling `delegate` for every event.
    /// - Throws: the stream's own error (corrupt entry, size cap, DTD), `.malformedXML` with libxml2's line,
    ///   or whatever the delegate stored in `abortError` before calling `abortParsing()`.
    /// - Parameter filtersEmptyCells: for a worksheet, drop empty styled cells before parsing (``EmptyCellFilter``).
    static func parse(_ part: String, in archive: ZipArchive, delegate: some PartDelegate,
                      filtersEmptyCells: Bool = false) throws(XLSXError) {
        let entry = try archive.openEntry(part)
        let stream = ZipEntryStream(entry: entry, filtersEmptyCells: filtersEmptyCells)
        let parser = makeParser(stream: stream, delegate: delegate)
        let succeeded = parser.parse()
        defer { entry.close() }
        if let failure = stream.failure {
            // A damaged entry inflates to garbage, which fails the byte check before its CRC is checked at the
            // end: read on to the end so the real cause is reported.
            if failure.kind == .invalidEncoding { try entry.drainToVerifyChecksum() }
            throw failure
        }
        if var abort = delegate.abortError {
            if abort.part == nil { abort.part = part }
            throw abort
        }
        // parse() can return true after libxml2 reported an error (a truncated part ends "successfully"),
        // so the recorded error is checked too.
        if !succeeded || parser.parserError != nil {
            // A damaged entry inflates to garbage and the XML fails before its CRC is checked at the end:
            // read on to the end so the real cause is reported.
            try entry.drainToVerifyChecksum()
            let nsError = parser.parserError.map { $0 as NSError }
            var detail = "line \(parser.lineNumber)"
            if let nsError { detail += ", libxml2 code \(nsError.code)" }
            throw XLSXError(.malformedXML, part: part, detail: detail)
        }
        try checkRootClosed(delegate, part: part)
    }

    /// A parse that reported success is trusted only when its root element closed.
    static func checkRootClosed(_ delegate: some PartDelegate, part: String) throws(XLSXError) {
        if !delegate.nesting.rootClosed {
            throw XLSXError(.malformedXML, part: part, detail: "the root element is not closed")
        }
    }

    /// An XMLParser over a part's bytes as every part is parsed: no namespaces, no external entities.
    static func makeParser(stream: InputStream, delegate: some PartDelegate) -> XMLParser {
        let parser = XMLParser(stream: stream)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        return parser
    }
}

/// The local part of a possibly prefixed XML name: `x:row` → `row`. Producers bind the spreadsheet namespace to
/// any prefix (or none), so elements and attributes are matched by local name.
@inline(__always)
func localName(_ name: String) -> Substring {
    guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return Substring(name) }
    return name[name.index(after: colon)...]
}

/// An attribute by local name, ignoring its prefix (`r:id`, `x:id`, `id`).
func attribute(_ local: String, in attributes: [String: String]) -> String? {
    if let value = attributes[local] { return value }
    for (key, value) in attributes where localName(key) == local { return value }
    return nil
}
