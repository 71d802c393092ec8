import Foundation
import JixiaoTestSupport
@testable import JixiaoWeb
import Testing

/// A .zip made by Python's zipfile unpacked as an upload unpacks it: a long archive in two halves side by side,
/// every entry in the archive's order with its name, bytes and date, and a cap passed anywhere refusing the whole.
@Suite("Zip extractor")
struct ZipExtractorTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-zip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func fixture(_ name: String) -> URL { Fixtures.root.appendingPathComponent("web/\(name)") }

    @Test func aHundredEntriesComeOutInOrderWithTheirBytesAndDates() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var budget = (bytes: UInt64(1 << 30), files: 500)
        let files = try #require(try ZipExtractor(limits: UploadLimits()).extract(fixture("many.zip"), named: "many.zip",
                                                                               into: folder, budget: &budget))
        #expect(files.map(\.displayName) == (0..<100).map { String(format: "单位%03d.xlsx", $0) })
        for (index, file) in files.enumerated() {
            let expected = Data(String(repeating: "第\(index)份", count: 50).utf8)
            #expect(try Data(contentsOf: file.temporary) == expected, "entry \(index)")
            #expect(file.size == UInt64(expected.count))
            #expect(file.archive == "many.zip")
            // zipfile's local time, as libzip reads it back: 2021-03-(1 + i % 28) 09:(i % 60).
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = .current
            let parts = file.lastModified.map { calendar.dateComponents([.month, .day, .hour, .minute], from: $0) }
            #expect(parts?.month == 3 && parts?.day == 1 + index % 28 && parts?.hour == 9 && parts?.minute == index % 60,
                    "entry \(index)")
        }
        #expect(budget.files == 400)
        #expect(budget.bytes == UInt64(1 << 30) - files.reduce(0) { $0 + $1.size })
    }

    @Test func aBombInTheSecondHalfRefusesTheArchive() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var budget = (bytes: UInt64(1 << 30), files: 500)
        #expect(throws: UploadError.suspiciousArchive(name: "many-bomb.zip")) {
            _ = try ZipExtractor(limits: UploadLimits()).extract(fixture("many-bomb.zip"), named: "many-bomb.zip",
                                                                 into: folder, budget: &budget)
        }
        #expect(budget.files == 500)
    }

    @Test func theRoundsCapsHoldAcrossBothHalves() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        // Room for 99 entries' bytes but not 100: passed only once both halves have written.
        let total = (0..<100).reduce(UInt64(0)) { $0 + UInt64(String(repeating: "第\($1)份", count: 50).utf8.count) }
        var tight = (bytes: total - 1, files: 500)
        #expect(throws: UploadError.self) {
            _ = try ZipExtractor(limits: UploadLimits()).extract(fixture("many.zip"), named: "many.zip", into: folder,
                                                                 budget: &tight)
        }
        var few = (bytes: UInt64(1 << 30), files: 99)
        #expect(throws: UploadError.tooManyFiles(limit: 5_000)) {
            _ = try ZipExtractor(limits: UploadLimits()).extract(fixture("many.zip"), named: "many.zip", into: folder,
                                                                 budget: &few)
        }
        var exact = (bytes: total, files: 100)
        let files = try ZipExtractor(limits: UploadLimits()).extract(fixture("many.zip"), named: "many.zip", into: folder,
                                                                     budget: &exact)
        #expect(files?.count == 100)
        #expect(exact.bytes == 0 && exact.files == 0)
    }
}
