import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// The web page of `jixiao serve`: the rounds on disk (``RoundStore``), their checks (``RoundChecker``) and the
/// router with its middleware (security headers, access token, session, CSRF) and routes (``RoundRoutes``,
/// ``AssetRoutes``). Tests build the same server and drive ``application(onRunning:)`` with HummingbirdTesting.
///
/// ```swift
/// let server = try WebServer(configuration)
/// try await server.application { port in print("http://127.0.0.1:\(port)/") }.runService()
/// ```
public struct WebServer: Sendable {
    let configuration: WebConfiguration
    let store: RoundStore
    let checker: RoundChecker

    /// Opens the data folder (made on first use) and resumes the checks a stop cut short.
    public init(_ configuration: WebConfiguration) throws {
        self.configuration = configuration
        store = try RoundStore(data: configuration.data)
        checker = RoundChecker(store: store, executable: configuration.executable)
        checker.resumeUnfinished()
    }

    /// The application: `onRunning` gets the port it listens on (the one picked, for port 0).
    /// The server logs warnings and errors only (`LOG_LEVEL=info` for more): its start is announced by `onRunning`.
    public func application(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        var logger = Logger(label: "jixiao")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        return Application(router: router(),
                           configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                                serverName: "jixiao"),
                           onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
                           logger: logger)
    }

    func router() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        if let token = configuration.accessToken {
            router.add(middleware: AccessTokenMiddleware(token: token))
        }
        router.add(middleware: SessionMiddleware())
        router.add(middleware: CSRFMiddleware())
        AssetRoutes().add(to: router)
        RoundRoutes(store: store, checker: checker, limits: configuration.limits,
                    executable: configuration.executable).add(to: router)
        return router
    }

    /// An HTML page as a response.
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A redirect after a POST.
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// Compares secrets in time that does not depend on where they differ.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8), right = Array(b.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// The system's error number behind a failure to start or to open the data folder (`EADDRINUSE` for a port
    /// in use, `EACCES` …), for the CLI's words; nil when there is none.
    ///
    /// ```swift
    /// WebServer.systemCode(of: error) == EADDRINUSE
    /// ```
    public static func systemCode(of error: any Error) -> Int32? {
        if let error = error as? IOError { return error.errnoCode }
        if let error = error as? POSIXError { return error.code.rawValue }
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain { return Int32(underlying.code) }
        return nil
    }

    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
}
