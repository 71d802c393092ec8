import Foundation
import JixiaoTestSupport
import Testing
@testable import XLSXReader

/// Parts that repeat byte for byte across files are inflated and parsed once, and a cached part never hides a
/// damaged or oversized one.
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

    @Test func aStoredValueIsFoundByItsStoredEntryAndContext() {
        func stored(_ text: String, crc: UInt32 = 1) -> ZipArchive.StoredEntry {
            .init(method: 8, encryption: 0, crc: crc, declaredSize: 10, compressed: Array(text.utf8))
        }
        let cache = PartCache<Int>(capacity: 2)
        let key = PartCache<Int>.Key(context: "xl", entry: stored("<a/>"))
        cache.store(.init(value: 1, inflatedSize: 10), for: key)
        #expect(cache.entry(for: key)?.value == 1)
        #expect(cache.entry(for: .init(context: "", entry: stored("<a/>"))) == nil)
        #expect(cache.entry(for: .init(context: "xl", entry: stored("<b/>"))) == nil)
        #expect(cache.entry(for: .init(context: "xl", entry: stored("<a/>", crc: 2))) == nil)
        cache.store(.init(value: 2, inflatedSize: 0), for: .init(context: "", entry: stored("")))
        cache.store(.init(value: 3, inflatedSize: 0), for: .init(context: "x", entry: stored("")))   // full: emptied
        #expect(cache.entry(for: key) == nil)
    }

    /// A hit is still held to the caps of the read that asks: the styles part, cached by a default read, is
    /// refused by a read whose entry cap is smaller than it, and the error names the part.
    @Test func aCachedPartIsStillHeldToTheCaps() throws {
        let path = Fixtures.form("huangpu-2021.xlsx").path
        let styles = try Styles.read("xl/styles.xml", in: ZipArchive(path: path, options: ReadOptions()))
        #expect(!styles.numberFormats.isEmpty)
        var strict = ReadOptions()
        strict.maxEntrySize = 1_000
        let archive = try ZipArchive(path: path, options: strict)
        #expect(throws: XLSXError.self) { try Styles.read("xl/styles.xml", in: archive) }
        do {
            _ = try Styles.read("xl/styles.xml", in: archive)
        } catch {
            #expect(error.kind == .entryTooLarge)
            #expect(error.part == "xl/styles.xml")
        }
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
