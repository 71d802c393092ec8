import Foundation

/// An `InputStream` over one zip entry, inflated in chunks as XMLParser asks for bytes.
///
/// `XMLParser(data:)` fails on parts over 10,000,000 bytes on Linux ("Huge input lookup") and would need the
/// whole part in memory; streaming has neither problem. The stream also refuses a DTD in the prolog before the
/// parser sees it: any `<!…>` other than a comment before the root element (`<!DOCTYPE`, `<!ENTITY`) stops the
/// read with ``XLSXError/Kind-swift.struct/forbiddenDTD``.
final class ZipEntryStream: InputStream {
    let entry: ZipEntryReader
    /// The first error met while reading; XMLParser only sees "stream error", so the caller reads this.
    private(set) var failure: XLSXError?
    private var status: Stream.Status = .notOpen
    private var prolog = PrologScanner()
    /// For a worksheet: the filter that drops empty styled cells, and its output not yet handed out.
    private var filter: EmptyCellFilter?
    private var filtered: [UInt8] = []
    private var filteredOffset = 0
    /// Inflated bytes before filtering; allocated on first use, not zero-filled.
    private var inflated: UnsafeMutableRawBufferPointer?
    private var entryFinished = false

    /// - Parameter filtersEmptyCells: run a worksheet's bytes through ``EmptyCellFilter``.
    init(entry: ZipEntryReader, filtersEmptyCells: Bool = false) {
        self.entry = entry
        if filtersEmptyCells { filter = EmptyCellFilter() }
        super.init(data: Data())
    }

    deinit { inflated?.deallocate() }

    /// How many empty cells the filter took out.
    var emptyCellsRemoved: Int { filter?.removed ?? 0 }

    override func open() { status = .open }
    override func close() {
        status = .closed
    }
    override var streamStatus: Stream.Status { status }
    override var hasBytesAvailable: Bool { status == .open }
    override var streamError: Error? { failure }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        guard status == .open else { return status == .atEnd ? 0 : -1 }
        if filter != nil { return readFiltered(buffer, maxLength: length) }
        do throws(XLSXError) {
            let count = try entry.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: length))
            if count == 0 {
                status = .atEnd
                return 0
            }
            if !prolog.isDone {
                if prolog.scan(UnsafeBufferPointer(start: buffer, count: count)) == .refused {
                    throw XLSXError(.forbiddenDTD, part: entry.part)
                }
            }
            return count
        } catch {
            failure = error
            status = .error
            return -1
        }
    }

    /// Inflates, checks the prolog and filters until there is output to hand out (or the entry ends).
    private func readFiltered(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        do throws(XLSXError) {
            while filteredOffset == filtered.count {
                filtered.removeAll(keepingCapacity: true)
                filteredOffset = 0
                if entryFinished {
                    status = .atEnd
                    return 0
                }
                let buffer = inflated ?? UnsafeMutableRawBufferPointer.allocate(byteCount: entry.chunkSize,
                                                                               alignment: 1)
                inflated = buffer
                let count = try entry.read(into: buffer)
                if count == 0 {
                    entryFinished = true
                    filter?.finish(into: &filtered)
                    continue
                }
                let part = UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[0..<count])
                if !prolog.isDone, prolog.scan(part) == .refused {
                    throw XLSXError(.forbiddenDTD, part: entry.part)
                }
                filter?.process(part, into: &filtered)
            }
            let count = min(length, filtered.count - filteredOffset)
            filtered.withUnsafeBufferPointer { source in
                if let base = source.baseAddress { buffer.update(from: base + filteredOffset, count: count) }
            }
            filteredOffset += count
            return count
        } catch {
            failure = error
            status = .error
            return -1
        }
    }

    override func getBuffer(_ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>,
                            length len: UnsafeMutablePointer<Int>) -> Bool { false }
}

/// Looks at the bytes before the root element. The only markup allowed there is the XML declaration,
/// processing instructions and comments; anything else starting `<!` is a DTD and is refused.
struct PrologScanner {
    enum Verdict { case undecided, rootFound, refused }
    private(set) var isDone = false
    /// Bytes of a construct split across two chunks.
    private var carry: [UInt8] = []
    /// Bytes seen so far; a prolog longer than this is treated as hostile.
    private var seen = 0
    private static let limit = 1 << 20

    mutating func scan(_ chunk: UnsafeBufferPointer<UInt8>) -> Verdict {
        var bytes = carry
        bytes.append(contentsOf: chunk)
        carry.removeAll()
        seen += chunk.count
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            guard index + 1 < bytes.count else { carry = Array(bytes[index...]); return pending() }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "?") {
                guard let end = find([UInt8(ascii: "?"), UInt8(ascii: ">")], in: bytes, from: index + 2) else {
                    carry = Array(bytes[index...]); return pending()
                }
                index = end + 2
            } else if next == UInt8(ascii: "!") {
                guard index + 4 <= bytes.count else { carry = Array(bytes[index...]); return pending() }
                guard bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") else {
                    isDone = true
                    return .refused
                }
                guard let end = find(Array("-->".utf8), in: bytes, from: index + 4) else {
                    carry = Array(bytes[index...]); return pending()
                }
                index = end + 3
            } else {
                isDone = true
                return .rootFound
            }
        }
        return pending()
    }

    private mutating func pending() -> Verdict {
        if seen > PrologScanner.limit {
            isDone = true
            return .refused
        }
        return .undecided
    }

    private func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0] && Array(bytes[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }
}
