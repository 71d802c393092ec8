@testable import JixiaoWeb
import Testing

@Suite("Web: multipart stream")
struct MultipartStreamTests {
    /// Parses `body` fed in chunks of `size` bytes into (headers, body) pairs.
    static func parse(_ body: [UInt8], boundary: String, chunk size: Int) throws -> [([String: String], [UInt8])] {
        let stream = MultipartStream(boundary: boundary)
        var parts: [([String: String], [UInt8])] = []
        var offset = 0
        while offset < body.count {
            let end = min(body.count, offset + size)
            try Array(body[offset..<end]).withUnsafeBytes { bytes in try stream.feed(bytes) { event in
                switch event {
                case .part(let headers): parts.append((headers, []))
                case .body(let bytes): parts[parts.count - 1].1 += bytes
                case .end: break
                }
            } }
            offset = end
        }
        try stream.finish()
        return parts
    }

    static let body = Array(("preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n"
        + "first\r\n--XyY no\r\n--Xy\r\n\r\n--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"黄.xlsx\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").utf8) + [0, 13, 10, 45, 45, 88, 255, 13] + Array("\r\n--XyZ--\r\nepilogue".utf8)

    @Test func everyChunkingGivesTheSameParts() throws {
        for size in [1, 2, 3, 7, 64, Self.body.count] {
            let parts = try Self.parse(Self.body, boundary: "XyZ", chunk: size)
            #expect(parts.count == 2, "chunk \(size)")
            #expect(parts.first?.0["content-disposition"] == "form-data; name=\"a\"")
            #expect(parts.first?.1 == Array("first\r\n--XyY no\r\n--Xy\r\n".utf8), "chunk \(size)")
            #expect(parts.last?.0["content-type"] == "application/octet-stream")
            #expect(parts.last?.1 == [0, 13, 10, 45, 45, 88, 255, 13], "chunk \(size)")
        }
    }

    @Test func aBodyCutShortIsMalformed() {
        #expect(throws: MultipartStream.Malformed.self) {
            _ = try Self.parse(Array(Self.body.prefix(Self.body.count - 20)), boundary: "XyZ", chunk: 5)
        }
        #expect(throws: MultipartStream.Malformed.self) {
            _ = try Self.parse(Array("--XyZ\r\nno blank line".utf8) + [UInt8](repeating: 65, count: 20_000), boundary: "XyZ", chunk: 4096)
        }
    }
}
