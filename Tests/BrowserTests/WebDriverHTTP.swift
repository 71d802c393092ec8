import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// HTTP/1.1 to chromedriver on a plain socket. Not URLSession: chromedriver writes its headers without a space
/// after the colon (`Content-Length:251`), and swift-corelibs-foundation's URLSession (libcurl underneath) fails
/// on them with "Failed writing header" (swiftlang/swift-corelibs-foundation#4965). Each exchange has its own
/// connection and runs on a Dispatch thread, never on Swift's cooperative pool, the caller resumed through a
/// continuation.
///
/// ```swift
/// let (status, body) = try await WebDriverHTTP.send("GET", URL(string: "http://127.0.0.1:9515/status")!, body: nil)
/// ```
enum WebDriverHTTP {
    /// How long one answer may take (a check, a page load): two minutes.
    static let timeoutSeconds = 120

    static func send(_ method: String, _ url: URL, body: Data?) async throws -> (status: Int, body: Data) {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try exchange(method, url, body: body ?? Data()) })
            }
        }
    }

    private static func exchange(_ method: String, _ url: URL, body: Data) throws -> (status: Int, body: Data) {
        guard url.host == "127.0.0.1", let port = url.port else { throw WebDriverError("not a local address: \(url)") }
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw WebDriverError("no socket: errno \(errno)") }
        defer { close(socket) }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw WebDriverError("cannot connect to \(url): errno \(errno)") }

        let head = "\(method) \(url.path.isEmpty ? "/" : url.path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
            + "Content-Type: application/json; charset=utf-8\r\nContent-Length: \(body.count)\r\n\r\n"
        let request = Data(head.utf8) + body
        var sent = 0
        while sent < request.count {
            let count = request.withUnsafeBytes { Glibc.send(socket, $0.baseAddress! + sent, request.count - sent, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw WebDriverError("cannot send to \(url): errno \(errno)") }
            sent += count
        }

        // The answer: the head up to the blank line, then Content-Length bytes (or up to the close).
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        var bodyStart: Int?, length: Int?, status = 0
        while bodyStart.map({ received.count - $0 < length ?? Int.max }) ?? true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count < 0 { throw WebDriverError("no answer from \(url) (errno \(errno))") }
            if count == 0 { break }
            received.append(contentsOf: buffer[0..<count])
            if bodyStart == nil, let end = received.range(of: Data("\r\n\r\n".utf8)) {
                bodyStart = end.upperBound
                let lines = String(decoding: received[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
                status = lines.first.flatMap { $0.split(separator: " ").dropFirst().first.flatMap { Int($0) } } ?? 0
                for line in lines.dropFirst() {
                    let parts = line.split(separator: ":", maxSplits: 1)
                    if parts.count == 2, parts[0].lowercased() == "content-length" {
                        length = Int(parts[1].trimmingCharacters(in: .whitespaces))
                    }
                }
            }
        }
        guard let bodyStart, status > 0 else { throw WebDriverError("no HTTP answer from \(url)") }
        return (status, Data(received[bodyStart...]))
    }
}
