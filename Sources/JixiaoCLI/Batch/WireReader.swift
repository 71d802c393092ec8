import Foundation

/// Reads what ``WireWriter`` wrote, in the same order. A message cut short or out of shape stops the reading:
/// every call after that returns an empty value and ``isDamaged`` is true, so the caller checks once at the end.
///
/// ```swift
/// var reader = WireReader(bytes)
/// let year = reader.integer()
/// let unit = reader.text()
/// guard !reader.isDamaged else { throw … }
/// ```
struct WireReader {
    private let bytes: [UInt8]
    private var position = 0
    /// Whether a value ran past the end or was out of range.
    private(set) var isDamaged = false

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { position >= bytes.count }

    mutating func byte() -> UInt8 {
        guard position < bytes.count else {
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
        let size = MemoryLayout<Decimal>.size
        guard size <= bytes.count - position else {
            isDamaged = true
            return Decimal()
        }
        var value = Decimal()
        withUnsafeMutableBytes(of: &value) { target in
            bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[position..<(position + size)]))
            }
        }
        position += size
        return value
    }

    mutating func text() -> String {
        let length = count()
        guard !isDamaged, length <= bytes.count - position else {
            isDamaged = true
            return ""
        }
        defer { position += length }
        return String(decoding: bytes[position..<(position + length)], as: UTF8.self)
    }

    mutating func run() -> [UInt8] {
        let length = count()
        guard !isDamaged, length <= bytes.count - position else {
            isDamaged = true
            return []
        }
        defer { position += length }
        return Array(bytes[position..<(position + length)])
    }
}
