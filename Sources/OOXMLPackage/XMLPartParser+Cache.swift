import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

extension XMLPartParser {
    /// Parses a small part through `cache`: a part stored as before gives its earlier result (the size caps
    /// checked again); a new one is inflated (every cap and the CRC checked), parsed from those bytes and
    /// stored. A part over ``PartCache/largestCached`` bytes (declared or actual) is parsed as it streams, as
    /// ``parse(_:in:delegate:filtersEmptyCells:)`` does, and not stored.
    /// - Parameters:
    ///   - context: what else the result depends on (a relationship part's folder).
    ///   - makeDelegate: a fresh delegate for a parse.
    ///   - result: the value a finished delegate gives.
    package static func parse<Delegate: PartDelegate, Value: Sendable>(
        _ part: String, in archive: ZipArchive<Delegate.Failure>, cache: PartCache<Value>, context: String = "",
        makeDelegate: () -> Delegate, result: (Delegate) -> Value
    ) throws(Delegate.Failure) -> Value {
        let limit = PartCache<Value>.largestCached
        let key = archive.storedEntry(part, limit: limit).map { PartCacheKey(context: context, entry: $0) }
        if let key, let known = cache.entry(for: key) {
            do throws(PackageError) {
                try ZipEntryReader.checkSize(inflated: known.inflatedSize, compressed: UInt64(key.entry.compressed.count),
                                             part: part, limits: archive.limits)
            } catch {
                throw error.converted()
            }
            return known.value
        }
        guard let bytes = try archive.read(part, limit: limit) else {
            let delegate = makeDelegate()
            try parse(part, in: archive, delegate: delegate)
            return result(delegate)
        }
        let delegate = makeDelegate()
        try parse(bytes: bytes, part: part, delegate: delegate)
        let value = result(delegate)
        if let key { cache.store(.init(value: value, inflatedSize: UInt64(bytes.count)), for: key) }
        return value
    }

    /// Parses a part already inflated, with the same checks as the streaming parse: a DTD in the prolog is
    /// refused, a parse error is `.malformedXML` with libxml2's line.
    package static func parse<Delegate: PartDelegate>(bytes: [UInt8], part: String,
                                                      delegate: Delegate) throws(Delegate.Failure) {
        let stream = MemoryPartStream(bytes: bytes, part: part)
        let parser = makeParser(stream: stream, delegate: delegate)
        let succeeded = parser.parse()
        if let failure = stream.failure { throw failure.converted() }
        if var abort = delegate.abortError {
            if abort.part == nil { abort.part = part }
            throw abort
        }
        if !succeeded || parser.parserError != nil {
            let nsError = parser.parserError.map { $0 as NSError }
            var detail = "line \(parser.lineNumber)"
            if let nsError { detail += ", libxml2 code \(nsError.code)" }
            throw Delegate.Failure.failure(.malformedXML, part: part, detail: detail)
        }
        try checkRootClosed(delegate, part: part)
    }
}
