/// Why two renderings cannot be compared pixel by pixel: ``PageComparison`` needs the same pages, each the
/// same size (a workbook that gained a page, or a page that changed size, already looks different).
///
/// ```swift
/// do { _ = try PageComparison(onePage, twoPages) }
/// catch { print(error) }                     // 1 pages against 2
/// ```
public enum PageMismatch: Error, Equatable, CustomStringConvertible {
    /// The page counts: the original's, the other's.
    case pageCount(Int, Int)
    /// The page (0-based) and both sizes, width by height.
    case pageSize(page: Int, original: [Int], other: [Int])

    public var description: String {
        switch self {
        case .pageCount(let original, let other): return "\(original) pages against \(other)"
        case .pageSize(let page, let original, let other):
            return "page \(page + 1) is \(original[0])×\(original[1]) against \(other[0])×\(other[1])"
        }
    }
}
