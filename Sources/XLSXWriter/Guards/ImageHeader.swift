/// What libxlsxwriter 1.1.4 reads from an image before it places it: its kind, size in pixels and resolution,
/// read the same way so the writer can refuse what the library would and size a picture to a target in pixels.
///
/// PNG: `IHDR` and `pHYs`; JPEG: the first `SOFn` and the JFIF `APP0` density; GIF and BMP: their fixed headers
/// (96 dpi). A resolution of 0 or none stated is 96 dpi, as in the library.
///
/// ```swift
/// let header = try ImageHeader(bytes)
/// header.kind, header.width, header.height   // .png, 40, 24
/// header.displayedWidth                      // 40.0 pixels at scale 1
/// ```
struct ImageHeader: Hashable {
    enum Kind: Hashable { case png, jpeg, gif, bmp }

    let kind: Kind
    let width: Int
    let height: Int
    let horizontalDPI: Double
    let verticalDPI: Double

    /// Pixels shown at scale 1: libxlsxwriter draws `width × 96 / dpi`.
    var displayedWidth: Double { Double(width) * 96 / horizontalDPI }
    var displayedHeight: Double { Double(height) * 96 / verticalDPI }

    /// - Throws: `.invalidPicture` for no bytes, a kind the library does not take, or no size in the header.
    init(_ bytes: [UInt8]) throws(XLSXWriterError) {
        var kind: Kind?
        var size: (width: Int, height: Int)?
        var dpi = (x: 96.0, y: 96.0)
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            kind = .png
            (size, dpi) = Self.png(bytes)
        } else if bytes.starts(with: [0xFF, 0xD8]) {
            kind = .jpeg
            (size, dpi) = Self.jpeg(bytes)
        } else if bytes.starts(with: Array("GIF8".utf8)), bytes.count >= 10 {
            kind = .gif
            size = (Self.little(bytes, 6, 2), Self.little(bytes, 8, 2))
        } else if bytes.starts(with: Array("BM".utf8)), bytes.count >= 26 {
            kind = .bmp
            size = (Self.little(bytes, 18, 4), Self.little(bytes, 22, 4))
        }
        guard let kind else {
            throw XLSXWriterError(.invalidPicture,
                                  detail: bytes.isEmpty ? "the image has no bytes" : "the image is not PNG, JPEG, GIF or BMP")
        }
        guard let size, size.width > 0, size.height > 0, size.width < 1 << 24, size.height < 1 << 24 else {
            throw XLSXWriterError(.invalidPicture, detail: "the image's header states no usable width and height")
        }
        self.kind = kind
        width = size.width
        height = size.height
        horizontalDPI = dpi.x > 0 ? dpi.x : 96
        verticalDPI = dpi.y > 0 ? dpi.y : 96
    }

    private static func png(_ bytes: [UInt8]) -> ((width: Int, height: Int)?, (x: Double, y: Double)) {
        var size: (width: Int, height: Int)?
        var dpi = (x: 96.0, y: 96.0)
        var offset = 8
        while offset + 8 <= bytes.count {
            let length = big(bytes, offset, 4)
            let type = bytes[(offset + 4)..<(offset + 8)]
            let data = offset + 8
            guard length >= 0, data + length <= bytes.count else { break }
            if type.elementsEqual("IHDR".utf8), length >= 8 {
                size = (big(bytes, data, 4), big(bytes, data + 4, 4))
            } else if type.elementsEqual("pHYs".utf8), length >= 9, bytes[data + 8] == 1 {
                dpi = (Double(big(bytes, data, 4)) * 0.0254, Double(big(bytes, data + 4, 4)) * 0.0254)
            } else if type.elementsEqual("IEND".utf8) {
                break
            }
            offset = data + length + 4
        }
        return (size, dpi)
    }

    private static func jpeg(_ bytes: [UInt8]) -> ((width: Int, height: Int)?, (x: Double, y: Double)) {
        var size: (width: Int, height: Int)?
        var dpi = (x: 96.0, y: 96.0)
        var offset = 2
        while offset + 4 <= bytes.count, bytes[offset] == 0xFF {
            let marker = bytes[offset + 1]
            let length = big(bytes, offset + 2, 2)
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker), offset + 9 <= bytes.count {
                size = (big(bytes, offset + 7, 2), big(bytes, offset + 5, 2))
                break
            }
            if marker == 0xE0, offset + 18 <= bytes.count {
                let units = bytes[offset + 11]
                let density = (Double(big(bytes, offset + 12, 2)), Double(big(bytes, offset + 14, 2)))
                if units == 1 { dpi = density }
                if units == 2 { dpi = (density.0 * 2.54, density.1 * 2.54) }
            }
            guard length >= 2 else { break }
            offset += 2 + length
        }
        return (size, dpi)
    }

    private static func big(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
        guard offset >= 0, offset + count <= bytes.count else { return 0 }
        return bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
    }

    private static func little(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
        guard offset >= 0, offset + count <= bytes.count else { return 0 }
        let value = bytes[offset..<(offset + count)].reversed().reduce(0) { $0 << 8 | Int($1) }
        // A BMP's height is negative for top-down rows.
        return count == 4 ? abs(Int(Int32(truncatingIfNeeded: value))) : value
    }
}
