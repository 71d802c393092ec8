import Foundation

/// An `InputStream` over a part's inflated bytes, checked by ``PartBytesCheck`` as ``ZipEntryStream`` does.
package final class MemoryPartStream: InputStream {
    private let bytes: [UInt8]
    private let part: String
    private var offset = 0
    package private(set) var failure: PackageError?
    private var status: Stream.Status = .notOpen
    private var check: PartBytesCheck<PackageError>

    package init(bytes: [UInt8], part: String) {
        self.bytes = bytes
        self.part = part
        check = PartBytesCheck(part: part)
        super.init(data: Data())
    }

    package override func open() { status = .open }
    package override func close() { status = .closed }
    package override var streamStatus: Stream.Status { status }
    package override var hasBytesAvailable: Bool { status == .open }
    package override var streamError: Error? { failure }

    package override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        guard status == .open else { return status == .atEnd ? 0 : -1 }
        let count = min(length, bytes.count - offset)
        do throws(PackageError) {
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

    package override func getBuffer(_ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>,
                            length len: UnsafeMutablePointer<Int>) -> Bool { false }
}
