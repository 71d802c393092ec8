import Foundation

/// Reads what ``WireWriter`` wrote, in the same order. A message cut short or out of shape stops the reading:
/// every call after that returns an empty value and ``isDamaged`` is true, so the caller checks once at the end.
/// Runs of bytes come out as slices of the message (``run()``), not copies.
///
/// ```swift
/// var reader = WireReader(bytes)
/// let year = reader.integer()
/// let unit = reader.text()
/// guard !reader.isDamaged else { throw … }
/// ```
struct WireReader {
    private let bytes: ArraySlice<UInt8>
    private var position: Int
    /// Whether a value ran past the end or was out of range.
    private(set) var isDamaged = false

    init(_ bytes: [UInt8]) {
        self.init(bytes[...])
    }

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    /// A reader of the message in the file at `path` (``WireWriter/writeTemporaryFile(named:)``); nil when the file
    /// cannot be read.
    init?(contentsOf path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        self.init(Array(data))
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { position >= bytes.endIndex }

    mutating func byte() -> UInt8 {
        guard position < bytes.endIndex else {
            isDamaged = true
            return 0
        }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func flag() -> Bool { byte() != 0 }

    mutating func count() -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while !isDamaged {
            let next = byte()
            value |= UInt64(next & 0x7F) << shift
            if next & 0x80 == 0 { break }
            shift += 7
            if shift > 63 { isDamaged = true }
        }
        guard !isDamaged else { return 0 }
        return Int(truncatingIfNeeded: value)
    }

    mutating func integer() -> Int {
        let raw = UInt64(UInt(bitPattern: count()))
        return Int(truncatingIfNeeded: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    mutating func double() -> Double {
        var bits: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 8) { bits |= UInt64(byte()) << UInt64(shift) }
        return Double(bitPattern: bits)
    }

    mutating func decimal() -> Decimal {
        var value = Decimal()
        let part = take(MemoryLayout<Decimal>.size)
        guard !isDamaged else { return value }
        withUnsafeMutableBytes(of: &value) { target in
            part.withUnsafeBytes { target.copyMemory(from: $0) }
        }
        return value
    }

    mutating func text() -> String {
        let part = run()
        return part.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    mutating func optionalText() -> String? { flag() ? text() : nil }

    /// What ``WireWriter/list(_:_:)`` wrote; empty when damaged (a count larger than the bytes left is damage:
    /// every element takes at least one byte).
    mutating func list<Element>(_ read: (inout WireReader) -> Element) -> [Element] {
        let count = count()
        guard count <= bytes.endIndex - position else {
            isDamaged = true
            return []
        }
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count where !isDamaged { elements.append(read(&self)) }
        return isDamaged ? [] : elements
    }

    /// A run of bytes with its count first: a slice of the message.
    mutating func run() -> ArraySlice<UInt8> { take(count()) }

    private mutating func take(_ length: Int) -> ArraySlice<UInt8> {
        guard !isDamaged, length >= 0, length <= bytes.endIndex - position else {
            isDamaged = true
            return []
        }
        defer { position += length }
        return bytes[position..<(position + length)]
    }
}
