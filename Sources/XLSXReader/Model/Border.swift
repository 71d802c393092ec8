/// The border of a cell format (`<border>`): four sides, the diagonal and which diagonals are drawn.
///
/// ```swift
/// let border = workbook.format(of: cell).border
/// border.top.style      // .thin
/// border.diagonalDown   // false
/// ```
public struct Border: Hashable, Sendable {
    public var left: BorderSide
    public var right: BorderSide
    public var top: BorderSide
    public var bottom: BorderSide
    /// The line of the diagonals ``diagonalUp`` and ``diagonalDown`` say are drawn.
    public var diagonal: BorderSide
    /// Bottom-left to top-right.
    public var diagonalUp: Bool
    /// Top-left to bottom-right.
    public var diagonalDown: Bool

    public init(left: BorderSide = .none, right: BorderSide = .none, top: BorderSide = .none,
                bottom: BorderSide = .none, diagonal: BorderSide = .none, diagonalUp: Bool = false,
                diagonalDown: Bool = false) {
        self.left = left
        self.right = right
        self.top = top
        self.bottom = bottom
        self.diagonal = diagonal
        self.diagonalUp = diagonalUp
        self.diagonalDown = diagonalDown
    }

    /// No lines.
    public static let none = Border()
}
