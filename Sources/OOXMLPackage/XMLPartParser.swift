import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs one package part through XMLParser, streamed from the zip, and turns any failure into the reader's error
/// that names the part.
package enum XMLPartParser {
    /// Parses `part` of `archive`, calling `delegate` for every event.
    /// - Throws: the stream's own error (corrupt entry, size cap, DTD), `.malformedXML` with libxml2's line,
    ///   or whatever the delegate stored in `abortError` before calling `abortParsing()`.
    ///
    /// ```swift
    /// try XMLPartParser.parse("word/document.xml", in: archive, delegate: BodyDelegate())
    /// ```
    package static func parse<Delegate: PartDelegate>(_ part: String, in archive: ZipArchive<Delegate.Failure>,
                                                      delegate: Delegate) throws(Delegate.Failure) {
        try parse(part, in: archive, delegate: delegate, byteFilter: nil)
    }

    /// Parses `part` as ``parse(_:in:delegate:)`` does, its checked bytes passed through `byteFilter` first.
    package static func parse<Delegate: PartDelegate>(
        _ part: String, in archive: ZipArchive<Delegate.Failure>, delegate: Delegate, byteFilter: (any PartByteFilter)?
    ) throws(Delegate.Failure) {
        let entry = try archive.openEntry(part)
        let stream = ZipEntryStream(entry: entry, byteFilter: byteFilter)
        let parser = makeParser(stream: stream, delegate: delegate)
        let succeeded = parser.parse()
        defer { entry.close() }
        if let failure = stream.failure {
            // A damaged entry inflates to garbage, which fails the byte check before its CRC is checked at the
            // end: read on to the end so the real cause is reported.
            if failure.kind == .invalidEncoding { try drainToVerifyChecksum(entry, as: Delegate.Failure.self) }
            throw failure.converted()
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
            try drainToVerifyChecksum(entry, as: Delegate.Failure.self)
            let nsError = parser.parserError.map { $0 as NSError }
            var detail = "line \(parser.lineNumber)"
            if let nsError { detail += ", libxml2 code \(nsError.code)" }
            throw Delegate.Failure.failure(.malformedXML, part: part, detail: detail)
        }
        try checkRootClosed(delegate, part: part)
    }

    /// ``ZipEntryReader/drainToVerifyChecksum()``, its error the reader's.
    private static func drainToVerifyChecksum<Failure: PackageFailure>(_ entry: ZipEntryReader,
                                                                     as _: Failure.Type) throws(Failure) {
        do throws(PackageError) {
            try entry.drainToVerifyChecksum()
        } catch {
            throw error.converted()
        }
    }

    /// A parse that reported success is trusted only when its root element closed.
    package static func checkRootClosed<Delegate: PartDelegate>(_ delegate: Delegate, part: String) throws(Delegate.Failure) {
        if !delegate.nesting.rootClosed {
            throw Delegate.Failure.failure(.malformedXML, part: part, detail: "the root element is not closed")
        }
    }

    /// An XMLParser over a part's bytes as every part is parsed: no namespaces, no external entities.
    package static func makeParser(stream: InputStream, delegate: some PartDelegate) -> XMLParser {
        let parser = XMLParser(stream: stream)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        return parser
    }
}

/// The local part of a possibly prefixed XML name: `x:row` → `row`. Producers bind the spreadsheet namespace to
/// any prefix (or none), so elements and attributes are matched by local name.
@inlinable @inline(__always)
package func localName(_ name: String) -> Substring {
    guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return Substring(name) }
    return name[name.index(after: colon)...]
}

/// An attribute by local name, ignoring its prefix (`r:id`, `x:id`, `id`).
@inlinable
package func attribute(_ local: String, in attributes: [String: String]) -> String? {
    if let value = attributes[local] { return value }
    for (key, value) in attributes where localName(key) == local { return value }
    return nil
}
