import Foundation
import JixiaoTestSupport
import Testing

/// The PGM decoder that reads pdftoppm's pages: the header with a comment, 8-bit and 16-bit levels, levels
/// scaled to 0…255, and what it refuses.
@Suite("Page images (PGM)")
struct PageImageTests {
    static func pgm(_ header: String, _ levels: [UInt8]) -> Data { Data(header.utf8) + Data(levels) }

    @Test func decodesAnEightBitPGMWithAComment() throws {
        let image = try PageImage(pgm: Self.pgm("P5\n# pdftoppm\n3 2\n255\n", [0, 128, 255, 10, 20, 30]))
        #expect(image.width == 3 && image.height == 2)
        #expect(image.pixels == [0, 128, 255, 10, 20, 30])
        #expect(image[2, 0] == 255 && image[0, 1] == 10)
    }

    @Test func scalesOtherMaximaToEightBits() throws {
        let small = try PageImage(pgm: Self.pgm("P5 2 1 15 ", [8, 15]))
        #expect(small.pixels == [136, 255])          // 8 × 255 / 15 = 136
        let wide = try PageImage(pgm: Self.pgm("P5\n2 1\n65535\n", [0x80, 0x00, 0xFF, 0xFF]))
        #expect(wide.pixels == [128, 255])           // 32768 × 255 / 65535 = 127.5 → 128
    }

    @Test func refusesWhatIsNotABinaryPGM() {
        #expect(throws: PageRenderError.unreadableImage("not a binary PGM (P5)")) {
            try PageImage(pgm: Self.pgm("P2\n1 1\n255\n", [0]))
        }
        #expect(throws: PageRenderError.unreadableImage("3 bytes of levels for 2×2")) {
            try PageImage(pgm: Self.pgm("P5\n2 2\n255\n", [1, 2, 3]))
        }
        #expect(throws: PageRenderError.unreadableImage("the header is not three numbers")) {
            try PageImage(pgm: Self.pgm("P5\n2 x\n255\n", [1, 2]))
        }
    }
}
