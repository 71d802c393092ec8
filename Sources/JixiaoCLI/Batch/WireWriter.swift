import Foundation

/// Writes the compact binary form that worker processes and the parent exchange (see ``WireReader``): whole
/// numbers as LEB128 varints, texts and byte runs with their length first, doubles as their bit pattern, decimals
/// as their bytes. Nothing is self-describing: reader and writer agree on the order, and both are this one
/// binary (a worker is the same executable as its parent).
///
/// ```swift
/// var wire = WireWriter()
/// wire.integer(2021)
/// wire.text("黄浦区")
/// var reader = WireReader(wire.bytes)
/// reader.integer()   // 2021
/// reader.text()      // "黄浦区"
/// ```
struct WireWriter {
    var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// A non-negative whole number, 7 bits a byte.
    mutating func count(_ value: Int) {
        var rest = UInt64(truncatingIfNeeded: value)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Any whole number (zigzag: small negatives stay short).
    mutating func integer(_ value: Int) {
        let wide = Int64(value)
        count(Int(bitPattern: UInt(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))))
    }

    mutating func double(_ value: Double) {
        var bits = value.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    /// A decimal as its 20 bytes, so it comes back exactly (NaN included): both ends are the same build.
    mutating func decimal(_ value: Decimal) {
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
    }

    /// UTF-8 bytes with their count first.
    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A run of bytes with its count first.
    mutating func run(_ value: ArraySlice<UInt8>) {
        count(value.count)
        bytes.append(contentsOf: value)
    }

    /// A text that may be absent: a flag, then the text.
    mutating func optionalText(_ value: String?) {
        flag(value != nil)
        if let value { text(value) }
    }

    /// A list: its count, then each element as `write` writes it.
    mutating func list<Element>(_ elements: [Element], _ write: (inout WireWriter, Element) -> Void) {
        count(elements.count)
        for element in elements { write(&self, element) }
    }

    /// Writes the message to a new file in the temporary folder (`jixiao-NAME-PID-UUID.bin`) for worker processes
    /// to read (``WireReader/init(contentsOf:)``); its path. The caller removes it at the end of the run.
    func writeTemporaryFile(named name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("jixiao-\(name)-\(getpid())-\(UUID().uuidString).bin")
        try Data(bytes).write(to: url, options: .withoutOverwriting)
        return url.path
    }
}
