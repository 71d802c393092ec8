import Foundation

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
