/// A set of characters (Unicode scalars of the Basic Multilingual Plane, where a report's punctuation and CJK
/// are) as a bitmap: `contains` is one shift and one mask, where a `Set` would hash every scalar of every
/// sentence. Scalars above U+FFFF are never members.
///
/// ```swift
/// let ends = ScalarSet(["。", ";", "!", "?"])
/// ends.contains("。")   // true
/// ```
struct ScalarSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    /// The first scalar of each text.
    init(_ texts: some Sequence<String>) {
        for text in texts { if let scalar = text.unicodeScalars.first { insert(scalar) } }
    }

    init(scalars: some Sequence<Unicode.Scalar>) {
        for scalar in scalars { insert(scalar) }
    }

    mutating func insert(_ scalar: Unicode.Scalar) {
        guard scalar.value < 0x10000 else { return }
        bits[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x10000 && bits[Int(scalar.value >> 6)] & (1 << UInt64(scalar.value & 63)) != 0
    }
}
