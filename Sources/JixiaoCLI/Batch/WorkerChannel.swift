import Foundation

/// One end of the socket between the parent and a worker process: messages of any length, each sent as its
/// length (4 bytes, little-endian) and then its bytes. Sends never raise `SIGPIPE`: a closed peer is a
/// failed send.
///
/// ```swift
/// let channel = WorkerChannel(descriptor: socket)
/// guard channel.send(Array("a.xlsx".utf8)) else { … }               // the peer is gone
/// if case .message(let answer) = channel.receive(within: .seconds(30)) { … }
/// ```
struct WorkerChannel: Sendable {
    let descriptor: Int32

    /// The longest message taken: longer lengths mean the stream is out of step.
    static let longestMessage = 1 << 30

    enum Received: Equatable {
        case message([UInt8])
        /// The peer closed its end (a worker that exited or died), or the stream is out of step.
        case closed
        /// Nothing complete came in the time allowed.
        case timedOut
    }

    /// Sends one message whole. Returns false when the peer is gone.
    func send(_ message: [UInt8]) -> Bool {
        let length = UInt32(message.count)
        let header = (0..<4).map { UInt8(truncatingIfNeeded: length >> UInt32($0 * 8)) }
        return header.withUnsafeBytes { sendAll($0, more: !message.isEmpty) }
            && message.withUnsafeBytes { sendAll($0, more: false) }
    }

    private func sendAll(_ buffer: UnsafeRawBufferPointer, more: Bool) -> Bool {
        var offset = 0
        let flags = Int32(MSG_NOSIGNAL) | (more ? Int32(MSG_MORE) : 0)
        while offset < buffer.count {
            let sent = Glibc.send(descriptor, buffer.baseAddress! + offset, buffer.count - offset, flags)
            if sent < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += sent
        }
        return true
    }

    /// Waits for the next message, for at most `limit` (nil: as long as it takes).
    func receive(within limit: Duration? = nil) -> Received {
        let deadline = limit.map { ContinuousClock.now + $0 }
        var header = [UInt8](repeating: 0, count: 4)
        if let failure = read(into: &header, deadline: deadline) { return failure }
        let length = header.reversed().reduce(0) { $0 << 8 | Int($1) }
        guard length <= Self.longestMessage else { return .closed }
        var failure: Received?
        // Filled by the socket: not cleared first.
        let message = [UInt8](unsafeUninitializedCapacity: length) { buffer, count in
            count = length
            var bytes = buffer
            failure = read(into: &bytes, deadline: deadline)
        }
        return failure ?? .message(message)
    }

    /// Fills `bytes` from the socket; nil when filled, else why not.
    private func read(into bytes: inout [UInt8], deadline: ContinuousClock.Instant?) -> Received? {
        bytes.withUnsafeMutableBufferPointer { read(into: &$0, deadline: deadline) }
    }

    private func read(into bytes: inout UnsafeMutableBufferPointer<UInt8>, deadline: ContinuousClock.Instant?) -> Received? {
        var filled = 0
        while filled < bytes.count {
            if let deadline {
                let left = ContinuousClock.now.duration(to: deadline)
                guard left > .zero else { return .timedOut }
                let (seconds, attoseconds) = left.components
                let milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
                var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&poller, 1, milliseconds)
                if ready < 0 && errno != EINTR { return .closed }
                if ready <= 0 { continue }
            }
            let count = recv(descriptor, bytes.baseAddress! + filled, bytes.count - filled, 0)
            if count == 0 { return .closed }
            if count < 0 {
                if errno == EINTR { continue }
                return .closed
            }
            filled += count
        }
        return nil
    }
}
