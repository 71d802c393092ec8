import Foundation

/// The worksheet elements the parser acts on, told from the local name's bytes. A `switch` over string
/// literals compares the name with each case in turn through generic string comparison; this reads the name
/// once, and it runs for every element of every sheet.
enum WorksheetElement: Equatable {
    case cell, value, formula, inlineString, row, sheetData, mergeCell, other

    init(_ qualifiedName: String) {
        var name = qualifiedName
        self = name.withUTF8 { bytes in
            // Any prefix (`x:c`) is dropped: producers bind the spreadsheet namespace to any prefix.
            var start = bytes.count
            while start > 0, bytes[start - 1] != UInt8(ascii: ":") { start -= 1 }
            return WorksheetElement(local: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    private init(local: UnsafeBufferPointer<UInt8>) {
        func equals(_ literal: StaticString) -> Bool {
            guard literal.utf8CodeUnitCount == local.count, let base = local.baseAddress else { return false }
            return memcmp(literal.utf8Start, base, local.count) == 0
        }
        switch local.count {
        case 1:
            switch local[0] {
            case UInt8(ascii: "c"): self = .cell
            case UInt8(ascii: "v"): self = .value
            case UInt8(ascii: "f"): self = .formula
            default: self = .other
            }
        case 2: self = equals("is") ? .inlineString : .other
        case 3: self = equals("row") ? .row : .other
        case 9: self = equals("sheetData") ? .sheetData : (equals("mergeCell") ? .mergeCell : .other)
        default: self = .other
        }
    }
}
