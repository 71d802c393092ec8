import Foundation
import Hummingbird
import HummingbirdTesting
@testable import JixiaoWeb
import JixiaoTestSupport
import Testing

/// The page's defences: escaping of every file text, CSRF, the access token, the upload caps, ids in URLs and
/// zip entries that try to leave their folder, and the headers on every response.
@Suite("Web: security")
struct WebSecurityTests {
    static let scriptForm = Fixtures.root.appendingPathComponent("web/script-unit.xlsx")

    @Test func markupInCellsAndNamesIsEscaped() async throws {
        let web = try WebTestServer()
        try await web.test { client in
            let session = try await Session.start(client)
            let hostileName = "<img src=x onerror=alert(3)>.xlsx"
            let created = try await session.upload(client, "/rounds", [
                .field("name", "<script>alert(4)</script>"),
                try .file("files", Self.scriptForm, as: hostileName),
            ])
            let id = try RoundUploadTests.roundID(created.location)
            #expect(await web.server.checker.wait(id).phase == .done)
            for uri in ["/", "/rounds/\(id.value)", "/rounds/\(id.value)/files/1"] {
                let page = try await client.execute(uri: uri, method: .get).text
                #expect(!page.contains("<script>alert"), "\(uri)")
                #expect(!page.contains("<img"), "\(uri)")
            }
            let round = try await client.execute(uri: "/rounds/\(id.value)", method: .get).text
            #expect(round.contains("&lt;img src=x onerror=alert(3)&gt;.xlsx"))
            #expect(round.contains("<title>&lt;script&gt;alert(4)&lt;/script&gt; · jixiao</title>"))
            let file = try await client.execute(uri: "/rounds/\(id.value)/files/1", method: .get).text
            // The cell as text in the sheet drawn.
            #expect(file.contains("<td id=\"c-C4\" class=\"al-l va-m\" colspan=\"4\">&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;工会</td>"))
            // The only scripts are the server's own.
            #expect(file.components(separatedBy: "<script").count == 2)
            #expect(file.contains("<script src=\"/assets/app.js\" defer></script>"))
        }
    }

    @Test func postWithoutTheTokenIsRefused() async throws {
        let web = try WebTestServer()
        try await web.test { client in
            let session = try await Session.start(client)
            var headers = session.cookie
            headers[.contentType] = Multipart.contentType
            let body = Multipart.body([try .file("files", Fixtures.form("huangpu-2021.xlsx"))])
            let none = try await client.execute(uri: "/rounds", method: .post, headers: headers, body: body)
            #expect(none.status == .forbidden)
            #expect(none.text.contains("CSRF"))
            let wrong = try await client.execute(uri: "/rounds?csrf=\(String(repeating: "0", count: 32))&lang=en", method: .post,
                                                 headers: headers, body: body)
            #expect(wrong.status == .forbidden)
            #expect(wrong.text.contains("<title>Request refused · jixiao</title>"))
            // The token without the cookie it belongs to.
            let noCookie = try await client.execute(uri: "/rounds?csrf=\(session.token)", method: .post,
                                                    headers: [.contentType: Multipart.contentType], body: body)
            #expect(noCookie.status == .forbidden)
            #expect(web.server.store.list().isEmpty)
            // The header works as the query does.
            headers[CSRFMiddleware.header] = session.token
            let good = try await client.execute(uri: "/rounds", method: .post, headers: headers, body: body)
            #expect(good.status == .seeOther)
        }
    }

    @Test func nonLoopbackNeedsTheAccessToken() async throws {
        let token = WebConfiguration.makeToken()
        let web = try WebTestServer { $0.host = "0.0.0.0"; $0.accessToken = token }
        try await web.test { client in
            let refused = try await client.execute(uri: "/", method: .get)
            #expect(refused.status == .unauthorized)
            #expect(refused.text.contains("?token="))
            let asset = try await client.execute(uri: "/assets/app.js", method: .get)
            #expect(asset.status == .unauthorized)
            let wrong = try await client.execute(uri: "/?token=\(WebConfiguration.makeToken())", method: .get)
            #expect(wrong.status == .unauthorized)
            let given = try await client.execute(uri: "/rounds?token=\(token)", method: .get)
            #expect(given.status == .seeOther)
            #expect(given.location == "/rounds")
            #expect(given.headers[values: .setCookie].contains { $0.hasPrefix("jixiao_access=\(token);") })
            let withCookie = try await client.execute(uri: "/", method: .get, headers: [.cookie: "jixiao_access=\(token)"])
            #expect(withCookie.status == .ok)
        }
        #expect(WebConfiguration.isLoopback("127.0.0.1") && WebConfiguration.isLoopback("::1") && WebConfiguration.isLoopback("localhost"))
        #expect(!WebConfiguration.isLoopback("0.0.0.0") && !WebConfiguration.isLoopback("192.168.1.5"))
    }

    @Test func oversizeUploadIsRefusedWhole() async throws {
        let web = try WebTestServer { $0.limits.maxFileBytes = 9_500 }
        try await web.test { client in
            let session = try await Session.start(client)
            // huangpu (9,113 bytes) fits; panyu (10,371) does not: nothing of the upload is kept.
            let response = try await session.upload(client, "/rounds", [
                try .file("files", Fixtures.form("huangpu-2021.xlsx")), try .file("files", Fixtures.form("panyu-2021.xlsx")),
            ])
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("panyu-2021.xlsx"))
            #expect(web.server.store.list().isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: web.server.store.root.path).isEmpty)
            // A .zip's entries are held to the same cap.
            let zipped = try await session.upload(client, "/rounds", [
                try .file("files", Fixtures.root.appendingPathComponent("web/traversal.zip")),
            ])
            #expect(zipped.status == .contentTooLarge)
            #expect(web.server.store.list().isEmpty)
        }
        // A zip bomb under every size cap is refused by the reader's inflation ratio.
        let roomy = try WebTestServer()
        try await roomy.test { client in
            let session = try await Session.start(client)
            let bomb = try await session.upload(client, "/rounds", [try .file("files", Fixtures.root.appendingPathComponent("web/bomb.zip"))])
            #expect(bomb.status == .contentTooLarge)
            #expect(bomb.text.contains("压缩炸弹"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: roomy.server.store.root.path).isEmpty)
        }
        let few = try WebTestServer { $0.limits.maxFiles = 1 }
        try await few.test { client in
            let session = try await Session.start(client)
            let response = try await session.upload(client, "/rounds", [
                try .file("files", Fixtures.form("huangpu-2021.xlsx")), try .file("files", Fixtures.form("panyu-2021.xlsx")),
            ])
            #expect(response.status == .contentTooLarge)
            #expect(few.server.store.list().isEmpty)
        }
    }

    @Test func pathsFromURLsAndZipEntriesStayInside() async throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-web-\(UUID().uuidString)")
        let data = parent.appendingPathComponent("data/inner", isDirectory: true)
        let web = try WebTestServer(data: data)
        try await web.test { client in
            let session = try await Session.start(client)
            let created = try await session.upload(client, "/rounds", [try .file("files", Fixtures.root.appendingPathComponent("web/traversal.zip"))])
            let id = try RoundUploadTests.roundID(created.location)
            _ = await web.server.checker.wait(id)
            let stored = try FileManager.default.contentsOfDirectory(atPath: web.server.store.filesFolder(id).path).sorted()
            #expect(stored == ["evil.xlsx", "evil2.xlsx", "evil3.xlsx", "panyu-2021.xlsx", "说明.txt"])
            // Nothing was written beside or above the data folder.
            #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["data"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: data.deletingLastPathComponent().path) == ["inner"])
            for uri in ["/rounds/..%2F..%2Fetc", "/rounds/../../etc/passwd", "/rounds/%2e%2e/report",
                        "/rounds/\(id.value)/files/..%2Fmanifest.json", "/rounds/\(id.value)/files/-1",
                        "/rounds/\(id.value)/files/99", "/rounds/\(id.value)/download/..%2F..%2Fmanifest.json",
                        "/rounds/20990101-000000-abcd", "/rounds/\(id.value.replacingOccurrences(of: "-", with: "_"))",
                        "/rounds/\(id.value)X"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound, "\(uri)")
            }
        }
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        let web = try WebTestServer()
        try await web.test { client in
            for uri in ["/", "/assets/app.css", "/nowhere"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.headers[.contentSecurityPolicy] == SecurityHeadersMiddleware.contentSecurityPolicy, "\(uri)")
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                #expect(response.headers[WebServer.referrerPolicy] == "no-referrer", "\(uri)")
            }
            let cookie = try await client.execute(uri: "/", method: .get).headers[values: .setCookie].first ?? ""
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
        }
    }
}
