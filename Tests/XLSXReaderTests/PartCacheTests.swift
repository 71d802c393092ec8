import Foundation
import JixiaoTestSupport
import Testing
@testable import XLSXReader

/// Parts that repeat byte for byte across files are parsed once, and a cached part never hides a damaged one.
@Suite("Part cache")
struct PartCacheTests {
    @Test func aCachedReadIsTheSameRead() throws {
        let huangpu = Fixtures.form("huangpu-2021.xlsx"), libreOffice = Fixtures.form("huangpu-2021.libreoffice.xlsx")
        let first = try Workbook(contentsOf: huangpu)
        // Read the other producer's file (different styles) in between, then the first again.
        let other = try Workbook(contentsOf: libreOffice)
        let again = try Workbook(contentsOf: huangpu)
        #expect(first.sheets.map(\.cells) == again.sheets.map(\.cells))
        #expect(first.sheets.map(\.merges) == again.sheets.map(\.merges))
        #expect(other.sheets[0].cells.first { $0.reference.description == "C8" }?.numberFormat.isPercent == true)
        #expect(again.sheets[0].cells.first { $0.reference.description == "E5" }?.numberFormat.code == "#,##0.00")
    }

    @Test func aStoredValueIsFoundByItsBytesAndContext() {
        let cache = PartCache<Int>(capacity: 2)
        let key = PartCache<Int>.Key(context: "xl", bytes: Array("<a/>".utf8))
        cache.store(1, for: key)
        #expect(cache.value(for: key) == 1)
        #expect(cache.value(for: .init(context: "", bytes: Array("<a/>".utf8))) == nil)
        #expect(cache.value(for: .init(context: "xl", bytes: Array("<b/>".utf8))) == nil)
        cache.store(2, for: .init(context: "", bytes: []))
        cache.store(3, for: .init(context: "x", bytes: []))   // full: emptied first
        #expect(cache.value(for: key) == nil)
    }

    /// A copy of the form whose `xl/styles.xml` is damaged inside its compressed data: the entry's header (and
    /// its CRC) is unchanged, so only inflating it shows the damage.
    @Test func aDamagedCopyOfACachedPartIsStillRefused() throws {
        let source = Fixtures.form("huangpu-2021.xlsx")
        _ = try Workbook(contentsOf: source)   // the intact styles.xml is now cached
        var bytes = [UInt8](try Data(contentsOf: source))
        let name = Array("xl/styles.xml".utf8)
        var header = 0
        search: while header + 30 < bytes.count {
            if bytes[header] == 0x50, bytes[header + 1] == 0x4B, bytes[header + 2] == 3, bytes[header + 3] == 4 {
                let nameLength = Int(bytes[header + 26]) | Int(bytes[header + 27]) << 8
                if Array(bytes[(header + 30)..<(header + 30 + nameLength)]) == name { break search }
            }
            header += 1
        }
        #expect(header + 30 < bytes.count)
        let nameLength = Int(bytes[header + 26]) | Int(bytes[header + 27]) << 8
        let extraLength = Int(bytes[header + 28]) | Int(bytes[header + 29]) << 8
        let compressed = Int(bytes[header + 18]) | Int(bytes[header + 19]) << 8 | Int(bytes[header + 20]) << 16
        let data = header + 30 + nameLength + extraLength
        for offset in (compressed / 3)..<(compressed / 3 + 8) { bytes[data + offset] ^= 0x5A }
        let folder = TestFolder()
        let damaged = folder.file("damaged.xlsx")
        try Data(bytes).write(to: damaged)
        #expect(throws: XLSXError.self) { try Workbook(contentsOf: damaged) }
        do {
            _ = try Workbook(contentsOf: damaged)
        } catch {
            #expect([.corruptEntry, .malformedXML].contains(error.kind))
            #expect(error.part == "xl/styles.xml")
        }
    }
}
