/// How much two renderings of a workbook differ: per page, the pixels whose grey levels differ by more than
/// ``tolerance`` (anti-aliasing and font hinting move a few levels; a changed glyph or line moves many).
///
/// A corrected workbook should look like the original except in the corrected cells: the test allows 1 % of
/// each page plus the cells' own area (``CellArea``, which bounds it: it ignores the print scale's shrinking).
///
/// ```swift
/// let comparison = try PageComparison(renderer.render(original), renderer.render(corrected))
/// let sheet = try Workbook(contentsOf: original).sheets[0]
/// let allowance = CellArea.pixels(of: ["G6", "H16"], in: sheet, dpi: renderer.dpi)
/// #expect(comparison.isWithin(fraction: 0.01, plus: allowance), "\(comparison)")
/// ```
public struct PageComparison: Sendable, CustomStringConvertible {
    /// Grey levels two pixels may differ by and still count as alike.
    public let tolerance: Int
    /// Per page, the pixels that differ by more than ``tolerance``.
    public let differing: [Int]
    /// Per page, its pixels.
    public let pixels: [Int]

    /// Compares two renderings page by page.
    /// - Throws: ``PageMismatch`` when the page counts or a page's size differ.
    public init(_ original: [PageImage], _ other: [PageImage], tolerance: Int = 32) throws(PageMismatch) {
        guard original.count == other.count else { throw .pageCount(original.count, other.count) }
        var differing: [Int] = []
        for (index, (a, b)) in zip(original, other).enumerated() {
            guard a.width == b.width, a.height == b.height else {
                throw .pageSize(page: index, original: [a.width, a.height], other: [b.width, b.height])
            }
            var count = 0
            a.pixels.withUnsafeBufferPointer { left in
                b.pixels.withUnsafeBufferPointer { right in
                    for i in 0..<left.count where abs(Int(left[i]) - Int(right[i])) > tolerance { count += 1 }
                }
            }
            differing.append(count)
        }
        self.tolerance = tolerance
        self.differing = differing
        self.pixels = original.map { $0.width * $0.height }
    }

    /// The fraction of all pages' pixels that differ.
    public var fraction: Double {
        let total = pixels.reduce(0, +)
        return total == 0 ? 0 : Double(differing.reduce(0, +)) / Double(total)
    }

    /// The fraction of page `page`'s (0-based) pixels that differ.
    public func fraction(page: Int) -> Double {
        pixels[page] == 0 ? 0 : Double(differing[page]) / Double(pixels[page])
    }

    /// Whether on every page the differing pixels are at most `fraction` of the page plus `allowance` pixels
    /// (the area of the cells that were meant to change).
    public func isWithin(fraction: Double, plus allowance: Int = 0) -> Bool {
        zip(differing, pixels).allSatisfy { Double($0) <= fraction * Double($1) + Double(allowance) }
    }

    /// `2 pages: 412 of 242190 (0.170 %), 0 of 242190 (0.000 %)`.
    public var description: String {
        let pages = zip(differing, pixels).map { differing, pixels in
            "\(differing) of \(pixels) (\(Self.percent(pixels == 0 ? 0 : Double(differing) / Double(pixels))))"
        }
        return "\(pixels.count) page\(pixels.count == 1 ? "" : "s"): " + pages.joined(separator: ", ")
    }

    private static func percent(_ fraction: Double) -> String {
        let thousandths = Int((fraction * 100_000).rounded())
        let fractional = String(thousandths % 1000)
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fractional.count))\(fractional) %"
    }
}
