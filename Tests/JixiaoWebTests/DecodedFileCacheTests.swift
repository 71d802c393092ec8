import Foundation
@testable import JixiaoWeb
import Locking
import Testing

/// The server's cache of decoded files gives the decoded value while the file is the same one, decodes again
/// once the file is replaced (as every writer of the store replaces files), and keeps only the most recent few.
@Suite("Decoded file cache")
struct DecodedFileCacheTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` by replacing the file, as AtomicOutput and the CLI's outputs do.
    func replace(_ name: String, with text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        return path
    }

    @Test func decodesOncePerVersionOfTheFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = DecodedFileCache<String>(capacity: 4)
        let decodes = Locked(0)
        let decode: (Data) throws -> String = { data in
            decodes.withLock { $0 += 1 }
            return String(decoding: data, as: UTF8.self)
        }
        let path = try replace("manifest.json", with: "黄埔区")
        #expect(cache.value(at: path, decode) == "黄埔区")
        #expect(cache.value(at: path, decode) == "黄埔区")
        #expect(decodes.withLock { $0 } == 1)
        _ = try replace("manifest.json", with: "番禺区")
        #expect(cache.value(at: path, decode) == "番禺区")
        #expect(decodes.withLock { $0 } == 2)
        try FileManager.default.removeItem(atPath: path)
        #expect(cache.value(at: path, decode) == nil)
    }

    @Test func keepsTheMostRecentlyUsed() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = DecodedFileCache<String>(capacity: 2)
        let decoded = Locked<[String]>([])
        let decode: (Data) throws -> String = { data in
            let text = String(decoding: data, as: UTF8.self)
            decoded.withLock { $0.append(text) }
            return text
        }
        let (a, b, c) = (try replace("a", with: "a"), try replace("b", with: "b"), try replace("c", with: "c"))
        _ = cache.value(at: a, decode)
        _ = cache.value(at: b, decode)
        _ = cache.value(at: a, decode)     // a used last: b is the one to go
        _ = cache.value(at: c, decode)
        _ = cache.value(at: a, decode)
        _ = cache.value(at: b, decode)
        #expect(decoded.withLock { $0 } == ["a", "b", "c", "b"])
    }

    @Test func aFileThatDoesNotDecodeIsNil() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        struct Refused: Error {}
        let cache = DecodedFileCache<String>(capacity: 2)
        let path = try replace("bad.json", with: "{")
        #expect(cache.value(at: path) { _ in throw Refused() } == nil)
    }
}
