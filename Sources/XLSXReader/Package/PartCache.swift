import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Synchronization

/// Parsed package parts kept by their exact bytes, so a part that repeats byte for byte across the files of a
/// batch is parsed once.
///
/// Forms made from one template carry the same `styles.xml`, `workbook.xml` and relationship parts; each costs
/// a parser and a few hundred XML events per file. The key is the inflated bytes themselves (and, where the
/// meaning depends on it, the part's folder), so a hit is the same input and gives the same result: the
/// entry is still inflated (its size caps and CRC checked) and only the parse is skipped. A part that failed
/// to parse is never stored. Only parts up to ``largestCached`` bytes are kept, at most ``capacity`` per cache;
/// a full cache is emptied, so memory stays bounded whatever the batch.
final class PartCache<Value: Sendable>: Sendable {
    struct Key: Hashable, Sendable {
        var context: String
        var bytes: [UInt8]

        /// The bytes as one block: `Array`'s own hashing feeds the hasher byte by byte, which cost more than
        /// the parse it saves on a 3 KiB styles part.
        func hash(into hasher: inout Hasher) {
            hasher.combine(context)
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// Parts larger than this are parsed as they stream, not kept.
    static var largestCached: Int { 256 << 10 }
    let capacity: Int
    private let entries = Mutex<[Key: Value]>([:])

    init(capacity: Int = 16) {
        self.capacity = capacity
    }

    func value(for key: Key) -> Value? {
        entries.withLock { $0[key] }
    }

    func store(_ value: Value, for key: Key) {
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll() }
            entries[key] = value
        }
    }
}

extension XMLPartParser {
    /// Parses a small part through `cache`: its bytes are inflated (with every cap and the CRC checked); a part
    /// seen before gives its stored result, a new one is parsed from those bytes and stored. A part over
    /// ``PartCache/largestCached`` bytes (declared or actual) is parsed as it streams, as ``parse(_:in:delegate:)``
    /// does, and not stored.
    /// - Parameters:
    ///   - context: what else the result depends on (a relationship part's folder).
    ///   - makeDelegate: a fresh delegate for a parse.
    ///   - result: the value a finished delegate gives.
    static func parse<Delegate: PartDelegate, Value: Sendable>(
        _ part: String, in archive: ZipArchive, cache: PartCache<Value>, context: String = "",
        makeDelegate: () -> Delegate, result: (Delegate) -> Value
    ) throws(XLSXError) -> Value {
        let limit = PartCache<Value>.largestCached
        guard let bytes = try archive.read(part, limit: limit) else {
            let delegate = makeDelegate()
            try parse(part, in: archive, delegate: delegate)
            return result(delegate)
        }
        let key = PartCache<Value>.Key(context: context, bytes: bytes)
        if let known = cache.value(for: key) { return known }
        let delegate = makeDelegate()
        try parse(bytes: bytes, part: part, delegate: delegate)
        let value = result(delegate)
        cache.store(value, for: key)
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
    }
}

/// An `InputStream` over a part's inflated bytes, refusing a DTD in the prolog as ``ZipEntryStream`` does.
final class MemoryPartStream: InputStream {
    private let bytes: [UInt8]
    private let part: String
    private var offset = 0
    private(set) var failure: XLSXError?
    private var status: Stream.Status = .notOpen
    private var prolog = PrologScanner()

    init(bytes: [UInt8], part: String) {
        self.bytes = bytes
        self.part = part
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
        guard count > 0 else {
            status = .atEnd
            return 0
        }
        bytes.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { buffer.update(from: base + offset, count: count) }
        }
        if !prolog.isDone, prolog.scan(UnsafeBufferPointer(start: buffer, count: count)) == .refused {
            failure = XLSXError(.forbiddenDTD, part: part)
            status = .error
            return -1
        }
        offset += count
        return count
    }

    override func getBuffer(_ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>,
                            length len: UnsafeMutablePointer<Int>) -> Bool { false }
}
