/// The elements of shared strings and rich text, told from the local name's bytes (as ``WorksheetElement``
/// does for a sheet): every string of every workbook passes through here.
enum TextElement: Equatable {
    /// `sst`, the table.
    case table
    /// `si`, one string.
    case item
    /// `t`, text.
    case text
    /// `rPh`, a phonetic run (skipped).
    case phonetic
    case other

    init(_ qualifiedName: String) {
        var name = qualifiedName
        self = name.withUTF8 { bytes in
            var start = bytes.count
            while start > 0, bytes[start - 1] != UInt8(ascii: ":") { start -= 1 }
            let local = UnsafeBufferPointer(rebasing: bytes[start...])
            switch local.count {
            case 1 where local[0] == UInt8(ascii: "t"): return .text
            case 2 where local[0] == UInt8(ascii: "s") && local[1] == UInt8(ascii: "i"): return .item
            case 3 where local[0] == UInt8(ascii: "s") && local[1] == UInt8(ascii: "s") && local[2] == UInt8(ascii: "t"):
                return .table
            case 3 where local[0] == UInt8(ascii: "r") && local[1] == UInt8(ascii: "P") && local[2] == UInt8(ascii: "h"):
                return .phonetic
            default: return .other
            }
        }
    }
}
