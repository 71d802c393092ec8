import Foundation

/// An `InputStream` over one zip entry, inflated in chunks as XMLParser asks for bytes.
///
/// `XMLParser(data:)` fails on parts over 10,000,000 bytes on Linux ("Huge input lookup") and would need the
/// whole part in memory; streaming has neither problem. Every chunk passes ``PartBytesCheck`` before the parser
/// sees it: bytes that are not UTF-8, a DTD in the prolog (`<!DOCTYPE`, `<!ENTITY`) and a part without a root
/// element stop the read with the check's error.
package final class ZipEntryStream: InputStream {
    package let entry: ZipEntryReader
    /// The first error met while reading; XMLParser only sees "stream error", so the caller reads this.
    package private(set) var failure: PackageError?
    private var status: Stream.Status = .notOpen
    private var check: PartBytesCheck<PackageError>
    /// The reader's own pass over the bytes (``PartByteFilter``), and its output not yet handed out.
    package private(set) var filter: (any PartByteFilter)?
    private var filtered: [UInt8] = []
    private var filteredOffset = 0
    /// Inflated bytes before filtering; allocated on first use, not zero-filled.
    private var inflated: UnsafeMutableRawBufferPointer?
    private var entryFinished = false

    /// - Parameter byteFilter: a pass over the checked bytes before XMLParser sees them.
    package init(entry: ZipEntryReader, byteFilter: (any PartByteFilter)? = nil) {
        self.entry = entry
        check = PartBytesCheck(part: entry.part)
        filter = byteFilter
        super.init(data: Data())
    }

    deinit { inflated?.deallocate() }

    package override func open() { status = .open }
    package override func close() {
        status = .closed
    }
    package override var streamStatus: Stream.Status { status }
    package override var hasBytesAvailable: Bool { status == .open }
    package override var streamError: Error? { failure }

    package override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        guard status == .open else { return status == .atEnd ? 0 : -1 }
        if filter != nil { return readFiltered(buffer, maxLength: length) }
        do throws(PackageError) {
            let count = try entry.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: length))
            if count == 0 {
                try check.finish()
                status = .atEnd
                return 0
            }
            try check.scan(UnsafeBufferPointer(start: buffer, count: count))
            return count
        } catch {
            failure = error
            status = .error
            return -1
        }
    }

    /// Inflates, checks the bytes and filters until there is output to hand out (or the entry ends).
    private func readFiltered(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        do throws(PackageError) {
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
                    try check.finish()
                    entryFinished = true
                    filter?.finish(into: &filtered)
                    continue
                }
                let part = UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[0..<count])
                try check.scan(part)
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

    package override func getBuffer(_ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>,
                            length len: UnsafeMutablePointer<Int>) -> Bool { false }
}
