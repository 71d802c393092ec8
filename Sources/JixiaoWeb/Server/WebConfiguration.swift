import Foundation

/// How `jixiao serve` runs: where it listens, where it keeps rounds, which `jixiao` checks them, the upload
/// caps, and the access token any address other than loopback requires.
///
/// ```swift
/// var configuration = WebConfiguration(data: URL(fileURLWithPath: "jixiao-data"), executable: "/usr/bin/jixiao")
/// configuration.host = "0.0.0.0"
/// configuration.accessToken = WebConfiguration.makeToken()
/// ```
public struct WebConfiguration: Sendable {
    public var host = "127.0.0.1"
    /// 0 picks a free port (the running server reports it).
    public var port = 8080
    /// The data folder: rounds live in `data/rounds/`.
    public var data: URL
    /// The `jixiao` executable that checks rounds.
    public var executable: String?
    public var limits = UploadLimits()
    /// Required of every request when set (`?token=` once, then a cookie): set it for any non-loopback host.
    public var accessToken: String?

    public init(data: URL, executable: String?) {
        self.data = data
        self.executable = executable
    }

    /// Whether `host` is only reachable from this machine.
    public var isLoopback: Bool { WebConfiguration.isLoopback(host) }

    /// `localhost`, `127.0.0.0/8` and `::1`.
    public static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if bare == "localhost" || bare == "::1" { return true }
        let parts = bare.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// A random token: 32 hexadecimal digits (128 bits).
    public static func makeToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%08x", UInt32.random(in: 0...UInt32.max, using: &generator)) }.joined()
    }
}
