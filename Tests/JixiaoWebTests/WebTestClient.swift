import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import JixiaoWeb
import JixiaoTestSupport


/// A web server on a fresh data folder, run by the built `jixiao`, and what tests send it: multipart bodies,
/// the session cookie and its CSRF token.
struct WebTestServer {
    let data: URL
    let server: WebServer

    init(data: URL? = nil, configure: (inout WebConfiguration) -> Void = { _ in }) throws {
        let folder = data ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("jixiao-web-\(UUID().uuidString)", isDirectory: true)
        var configuration = WebConfiguration(data: folder, executable: CommandRunner.jixiao.path)
        configure(&configuration)
        self.data = folder
        server = try WebServer(configuration)
    }

    /// Runs `body` with a client of the application, in memory.
    func test<T>(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        try await server.application().test(.router, body)
    }
}

/// One part of a multipart body.
struct FormPart {
    var name: String
    var filename: String?
    var bytes: [UInt8]

    static func file(_ name: String, _ url: URL, as filename: String? = nil) throws -> FormPart {
        FormPart(name: name, filename: filename ?? url.lastPathComponent, bytes: [UInt8](try Data(contentsOf: url)))
    }

    static func field(_ name: String, _ value: String) -> FormPart {
        FormPart(name: name, filename: nil, bytes: Array(value.utf8))
    }
}

enum Multipart {
    static let boundary = "----jixiao-test-boundary-7d93"

    static func body(_ parts: [FormPart]) -> ByteBuffer {
        var buffer = ByteBuffer()
        for part in parts {
            buffer.writeString("--\(boundary)\r\n")
            var disposition = "Content-Disposition: form-data; name=\"\(part.name)\""
            if let filename = part.filename {
                disposition += "; filename=\"\(filename.replacingOccurrences(of: "\"", with: "%22"))\""
            }
            buffer.writeString(disposition + "\r\n")
            if part.filename != nil { buffer.writeString("Content-Type: application/octet-stream\r\n") }
            buffer.writeString("\r\n")
            buffer.writeBytes(part.bytes)
            buffer.writeString("\r\n")
        }
        buffer.writeString("--\(boundary)--\r\n")
        return buffer
    }

    static var contentType: String { "multipart/form-data; boundary=\(boundary)" }
}

/// The session a browser keeps: its cookie and the CSRF token the pages carry.
struct Session {
    var token: String

    /// Opens `/` and takes the session cookie it sets.
    static func start(_ client: any TestClientProtocol) async throws -> Session {
        let response = try await client.execute(uri: "/", method: .get)
        let cookie = response.headers[values: .setCookie].first { $0.hasPrefix("jixiao_session=") } ?? ""
        let value = cookie.dropFirst("jixiao_session=".count).prefix { $0 != ";" }
        return Session(token: String(value))
    }

    var cookie: HTTPFields { [.cookie: "jixiao_session=\(token)"] }

    /// POSTs a multipart upload to `path` with the token.
    func upload(_ client: any TestClientProtocol, _ path: String, _ parts: [FormPart]) async throws -> TestResponse {
        var headers = cookie
        headers[.contentType] = Multipart.contentType
        return try await client.execute(uri: path + "?csrf=\(token)", method: .post, headers: headers, body: Multipart.body(parts))
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var location: String { headers[.location] ?? "" }
}
