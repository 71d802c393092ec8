import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A CSV file read as rows of fields (RFC 4180: quoted fields may hold commas, quotes and line breaks).
///
/// Excel saves "CSV UTF-8" with a byte-order mark and plain "CSV" in the system code page, which on Chinese
/// Windows is GB 18030; both are read.
///
/// ```swift
/// let table = try CSVTable(data: Data("部门名称,年度预算数\n总工会,1505.02\n".utf8))
/// table.header      // ["部门名称", "年度预算数"]
/// table.rows[0][1]  // "1505.02"
/// ```
package struct CSVTable: Sendable {
    package var header: [String]
    package var rows: [[String]]

    /// Why a CSV could not be read.
    package struct ReadError: Error, Sendable, CustomStringConvertible {
        package var description: String
    }

    package init(data: Data) throws(ReadError) {
        guard let text = CSVTable.decode(data) else {
            throw ReadError(description: "not UTF-8 or GB 18030 text")
        }
        var records = CSVTable.parse(text)
        while let last = records.last, last.allSatisfy({ $0.isEmpty }) { records.removeLast() }
        guard let header = records.first else { throw ReadError(description: "empty file") }
        self.header = header.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        rows = records.dropFirst().filter { !$0.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
    }

    /// Text in UTF-8 (a byte-order mark dropped), else GB 18030, as Chinese Windows writes CSV files and zip
    /// entry names; nil when it is neither.
    ///
    /// ```swift
    /// CSVTable.decode(Data([0xBB, 0xC6]))    // "黄" (GBK)
    /// ```
    package static func decode(_ data: Data) -> String? {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return fromGB18030(bytes)
    }

    /// GB 18030 (a superset of GBK and GB 2312) through the C library's iconv.
    static func fromGB18030(_ data: Data) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = data.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: data.count * 4 + 4)
        var inputLeft = input.count, outputLeft = output.count
        let converted: Bool = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inputPointer = inputBuffer.baseAddress
                var outputPointer = outputBuffer.baseAddress
                return iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft) != -1
            }
        }
        guard converted else { return nil }
        return String(decoding: output[0..<(output.count - outputLeft)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func parse(_ text: String) -> [[String]] {
        // By bytes: the quote, comma and line ends are ASCII, and no byte of a longer UTF-8 character is one.
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var quoted = false
        let bytes = Array(text.utf8)
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        func endField() {
            record.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() {
            endField()
            records.append(record)
            record = []
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == quote {
                    if index < bytes.count, bytes[index] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case quote where field.isEmpty: quoted = true
            case comma: endField()
            case cr:
                if index < bytes.count, bytes[index] == lf { index += 1 }
                endRecord()
            case lf: endRecord()
            default: field.append(byte)
            }
        }
        if !field.isEmpty || !record.isEmpty { endRecord() }
        return records
    }
}
