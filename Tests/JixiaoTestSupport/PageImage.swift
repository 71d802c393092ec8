import Foundation

/// One rendered page in grey levels (0 black … 255 white), row by row from the top left, as
/// ``PageRenderer`` makes it from `pdftoppm -gray`'s binary PGM (`P5`).
///
/// ```swift
/// let page = try PageImage(pgm: Data(contentsOf: pageURL))
/// page.width, page.height        // 877, 621 (an A4 landscape page at 75 dpi)
/// page[10, 20]                   // 255: white at x 10, y 20
/// ```
public struct PageImage: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// `width × height` grey levels, row after row.
    public let pixels: [UInt8]

    /// An image of the given size; `pixels` must hold `width × height` levels.
    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(width >= 0 && height >= 0 && pixels.count == width * height, "pixels do not fill \(width)×\(height)")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// The grey level at column `x`, row `y`.
    public subscript(x: Int, y: Int) -> UInt8 { pixels[y * width + x] }

    /// Decodes a binary PGM (`P5`): the magic, width, height and maximum level separated by white space (with
    /// `#` comments to the end of a line), one white-space character, then the levels; a maximum above 255 gives
    /// two bytes a level (most significant first), scaled to 0…255 here, as is a maximum below 255.
    /// - Throws: ``PageRenderError/unreadableImage(_:)`` for anything else (another format, a short file).
    public init(pgm data: Data) throws {
        let bytes = [UInt8](data)
        var index = 0
        func fail(_ why: String) -> PageRenderError { .unreadableImage(why) }
        func skipSpaceAndComments() {
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "#") {
                    while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                } else if Self.isSpace(bytes[index]) {
                    index += 1
                } else {
                    return
                }
            }
        }
        func number() throws -> Int {
            skipSpaceAndComments()
            var value = 0, digits = 0
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                guard value <= 1 << 20 else { throw fail("a header number is too large") }
                index += 1
                digits += 1
            }
            guard digits > 0 else { throw fail("the header is not three numbers") }
            return value
        }
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "P"), bytes[1] == UInt8(ascii: "5") else {
            throw fail("not a binary PGM (P5)")
        }
        index = 2
        let width = try number(), height = try number(), maximum = try number()
        guard (1...65535).contains(maximum) else { throw fail("maximum level \(maximum) is not 1…65535") }
        guard index < bytes.count, Self.isSpace(bytes[index]) else { throw fail("no white space after the header") }
        index += 1
        let count = width * height, size = maximum > 255 ? 2 : 1
        guard bytes.count - index >= count * size else {
            throw fail("\(bytes.count - index) bytes of levels for \(width)×\(height)")
        }
        var levels = [UInt8](repeating: 0, count: count)
        for i in 0..<count {
            let raw = size == 1 ? Int(bytes[index + i]) : Int(bytes[index + 2 * i]) << 8 | Int(bytes[index + 2 * i + 1])
            levels[i] = maximum == 255 ? UInt8(raw) : UInt8(min(255, (raw * 255 + maximum / 2) / maximum))
        }
        self.init(width: width, height: height, pixels: levels)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
}
