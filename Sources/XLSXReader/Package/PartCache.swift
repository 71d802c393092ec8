import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Locking

/// Parsed package parts kept by their stored bytes, so a part that repeats byte for byte across the files of a
/// batch is neither inflated nor parsed again.
///
/// Forms made from one template carry the same `styles.xml`, `workbook.xml` and relationship parts; each costs
/// inflating and a parser with a few hundred XML events per file. The key is the entry as stored (compressed
/// bytes, method, CRC, declared size: ``ZipArchive/StoredEntry``) and, where the meaning depends on it, the
/// part's folder. Inflating is deterministic, so equal stored entries inflate to equal bytes and a hit is the
/// same input with the same result; the size caps are checked again on a hit against the size the part
/// inflated to (the options may differ between reads). A part that failed to inflate or parse is never stored,
/// so a damaged copy misses and fails as it would uncached. Only parts up to ``largestCached`` bytes are kept,
/// at most ``capacity`` per cache; a full cache is emptied, so memory stays bounded whatever the batch.
final class PartCache<Value: Sendable>: Sendable {
    struct Key: Hashable, Sendable {
        var context: String
        var entry: ZipArchive.StoredEntry
    }

    /// A parsed part and the size it inflated to, for the caps.
    struct Entry: Sendable {
        var value: Value
        var inflatedSize: UInt64
    }

    /// Parts larger than this are parsed as they stream, not kept.
    static var largestCached: Int { 256 << 10 }
    let capacity: Int
    private let entries = Locked<[Key: Entry]>([:])

    init(capacity: Int = 16) {
        self.capacity = capacity
    }

    func entry(for key: Key) -> Entry? {
        entries.withLock { $0[key] }
    }

    func store(_ entry: Entry, for key: Key) {
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll() }
            entries[key] = entry
        }
    }
}

extension XMLPartParser {
    /// Parses a small part through `cache`: a part stored as before gives its earlier result (the size caps
    /// checked again); a new one is inflated (every cap and the CRC checked), parsed from those bytes and
    /// stored. A part over ``PartCache/largestCached`` bytes (declared or actual) is parsed as it streams, as
    /// ``parse(_:in:delegate:filtersEmptyCells:)`` does, and not stored.
    /// - Parameters:
    ///   - context: what else the result depends on (a relationship part's folder).
    ///   - makeDelegate: a fresh delegate for a parse.
    ///   - result: the value a finished delegate gives.
    static func parse<Delegate: PartDelegate, Value: Sendable>(
        _ part: String, in archive: ZipArchive, cache: PartCache<Value>, context: String = "",
        makeDelegate: () -> Delegate, result: (Delegate) -> Value
    ) throws(XLSXError) -> Value {
        let limit = PartCache<Value>.largestCached
        let key = archive.storedEntry(part, limit: limit).map { PartCache<Value>.Key(context: context, entry: $0) }
        if let key, let known = cache.entry(for: key) {
            try ZipEntryReader.checkSize(inflated: known.inflatedSize, compressed: UInt64(key.entry.compressed.count),
                                         part: part, options: archive.options)
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
    static func parse(bytes: [UInt8], part: String, delegate: some PartDelegate) throws(XLSXError) {
        let stream = MemoryPartStream(bytes: bytes, part: part)
        let parser = XMLParser(stream: stream)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let succeeded = parser.parse()
        if let failure = stream.failure { throw failure }
        if var abort = delegate.abortError {
            if abort.part == nil { abort.part = part }
            throw abort
        }
        if !succeeded || parser.parserError != nil {
            let nsError = parser.parserError.map { $0 as NSError }
            var detail = "line \(parser.lineNumber)"
            if let nsError { detail += ", libxml2 code \(nsError.code)" }
            throw XLSXError(.malformedXML, part: part, detail: detail)
        }
        try checkRootClosed(delegate, part: part)
    }
}

/// An `InputStream` over a part's inflated bytes, checked by ``PartBytesCheck`` as ``ZipEntryStream`` does.
final class MemoryPartStream: InputStream {
    private let bytes: [UInt8]
    private let part: String
    private var offset = 0
    private(set) var failure: XLSXError?
    private var status: Stream.Status = .notOpen
    private var check: PartBytesCheck

    init(bytes: [UInt8], part: String) {
        self.bytes = bytes
        self.part = part
        check = PartBytesCheck(part: part)
        super.init(data: Data())
    }

    override func open() { status = .open }
    override func close() { status = .closed }
    override var streamStatus: Stream.Status { status }
    override var hasBytesAvailable: Bool { status == .open }
    override var streamError: Error? { failure }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        guard status == .open else { return status == .atEnd ? 0 : -1 }
        let count = min(length, bytes.count - offset)
        do throws(XLSXError) {
            guard count > 0 else {
                try check.finish()
                status = .atEnd
                return 0
            }
            bytes.withUnsafeBufferPointer { source in
                if let base = source.baseAddress { buffer.update(from: base + offset, count: count) }
            }
            try check.scan(UnsafeBufferPointer(start: buffer, count: count))
        } catch {
            failure = error
            status = .error
            return -1
        }
        offset += count
        return count
    }

    override func getBuffer(_ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>,
                            length len: UnsafeMutablePointer<Int>) -> Bool { false }
}
