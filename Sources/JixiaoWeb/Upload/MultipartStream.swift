import Foundation

/// A streaming `multipart/form-data` parser (RFC 7578): bytes go in as they arrive, and each part comes out as
/// its headers, its body in pieces, and its end. Only a delimiter's length of bytes is held back between
/// chunks, so a body of any size streams through in constant memory; delimiters are found with `memchr`.
///
/// ```swift
/// let stream = MultipartStream(boundary: "XyZ")
/// try chunk.withUnsafeReadableBytes { bytes in try stream.feed(bytes) { event in
///     switch event {
///     case .part(let headers): …          // ["content-disposition": "form-data; name=\"files\"; …"]
///     case .body(let bytes): …            // some of the part's bytes
///     case .end: …                        // the part is complete
///     }
/// }
/// try stream.finish()                     // throws unless the closing delimiter came
/// ```
final class MultipartStream {
    enum Event {
        case part([String: String])
        case body(UnsafeRawBufferPointer)
        case end
    }

    struct Malformed: Error {}

    /// The most bytes a part's header block may have.
    static let maxHeaderBytes = 16 << 10

    private enum State { case preamble, afterDelimiter, headers, body, done }

    private let delimiter: [UInt8]
    private var pending: [UInt8]
    private var state = State.preamble

    init(boundary: String) {
        delimiter = Array("\r\n--\(boundary)".utf8)
        // The first delimiter has no line break before it: one is supplied.
        pending = [13, 10]
    }

    /// Parses `bytes`, calling `handle` for what they complete.
    func feed(_ bytes: UnsafeRawBufferPointer, _ handle: (Event) throws -> Void) throws {
        pending.append(contentsOf: bytes.assumingMemoryBound(to: UInt8.self))
        var start = 0
        defer { pending.removeFirst(start) }
        while start < pending.count {
            switch state {
            case .done:
                start = pending.count
            case .preamble:
                if let found = find(delimiter, from: start) {
                    start = found + delimiter.count
                    state = .afterDelimiter
                } else {
                    start = max(start, pending.count - delimiter.count + 1)
                    return
                }
            case .afterDelimiter:
                guard pending.count - start >= 2 else { return }
                if pending[start] == UInt8(ascii: "-"), pending[start + 1] == UInt8(ascii: "-") {
                    state = .done
                    start = pending.count
                } else if pending[start] == 13, pending[start + 1] == 10 {
                    start += 2
                    state = .headers
                } else {
                    throw Malformed()
                }
            case .headers:
                guard pending.count - start >= 2 else { return }
                // A part with no headers starts with the blank line.
                if pending[start] == 13, pending[start + 1] == 10 {
                    start += 2
                    try handle(.part([:]))
                    state = .body
                    continue
                }
                guard let end = find([13, 10, 13, 10], from: start), end - start <= Self.maxHeaderBytes else {
                    if pending.count - start > Self.maxHeaderBytes { throw Malformed() }
                    return
                }
                try handle(.part(Self.headers(pending[start..<end])))
                start = end + 4
                state = .body
            case .body:
                if let found = find(delimiter, from: start) {
                    try emit(start..<found, handle)
                    try handle(.end)
                    start = found + delimiter.count
                    state = .afterDelimiter
                } else {
                    let keep = max(start, pending.count - delimiter.count + 1)
                    try emit(start..<keep, handle)
                    start = keep
                    return
                }
            }
        }
    }

    /// Throws unless the body ended with the closing delimiter.
    func finish() throws {
        guard state == .done else { throw Malformed() }
    }

    private func emit(_ range: Range<Int>, _ handle: (Event) throws -> Void) throws {
        guard !range.isEmpty else { return }
        try pending.withUnsafeBytes { try handle(.body(UnsafeRawBufferPointer(rebasing: $0[range]))) }
    }

    /// Where `needle` first occurs in `pending` at or after `start`: `memchr` to its first byte, `memcmp` the rest
    /// (Glibc's `memmem` is not visible to Swift).
    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        pending.withUnsafeBytes { haystack in
            needle.withUnsafeBytes { needle in
                guard let base = haystack.baseAddress, let first = needle.first else { return nil }
                var position = start
                while haystack.count - position >= needle.count {
                    guard let hit = memchr(base + position, Int32(first), haystack.count - position - needle.count + 1)
                    else { return nil }
                    let offset = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + offset, needle.baseAddress!, needle.count) == 0 { return offset }
                    position = offset + 1
                }
                return nil
            }
        }
    }

    /// `Name: value` lines, names lower-cased; values as UTF-8 (browsers send file names so).
    private static func headers(_ block: ArraySlice<UInt8>) -> [String: String] {
        var headers: [String: String] = [:]
        for line in String(decoding: block, as: UTF8.self).components(separatedBy: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] =
                line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return headers
    }
}
