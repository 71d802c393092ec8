/// How a sheet prints: paper, orientation, scaling, margins, repeated rows, print area, centring.
///
/// ```swift
/// var setup = PrintSetup()                // A4 portrait
/// setup.fitToPagesWide = 1                // one page wide, as many pages tall as needed
/// setup.repeatRows = 0...3                // title and header rows on every page
/// setup.margins = PrintSetup.Margins(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75)
/// setup.centersHorizontally = true
/// try sheet.setPrintSetup(setup)
/// ```
public struct PrintSetup: Hashable, Sendable {
    public var paper: Paper
    public var orientation: Orientation
    /// Scale to this many pages wide (nil: no fitting).
    public var fitToPagesWide: Int?
    /// Scale to this many pages tall; nil or 0 with ``fitToPagesWide`` means as many as needed.
    public var fitToPagesTall: Int?
    /// Nil keeps Excel's defaults (0.7 in left and right, 0.75 in top and bottom).
    public var margins: Margins?
    /// 0-based rows printed at the top of every page.
    public var repeatRows: ClosedRange<Int>?
    /// Only this range is printed.
    public var printArea: CellRect?
    public var centersHorizontally: Bool
    public var centersVertically: Bool

    public init(paper: Paper = .a4, orientation: Orientation = .portrait, fitToPagesWide: Int? = nil,
                fitToPagesTall: Int? = nil, margins: Margins? = nil, repeatRows: ClosedRange<Int>? = nil,
                printArea: CellRect? = nil, centersHorizontally: Bool = false, centersVertically: Bool = false) {
        self.paper = paper
        self.orientation = orientation
        self.fitToPagesWide = fitToPagesWide
        self.fitToPagesTall = fitToPagesTall
        self.margins = margins
        self.repeatRows = repeatRows
        self.printArea = printArea
        self.centersHorizontally = centersHorizontally
        self.centersVertically = centersVertically
    }

    /// Paper sizes, with Excel's paper codes.
    public enum Paper: Hashable, Sendable, CaseIterable {
        case a4, a3, letter
        var code: UInt8 {
            switch self {
            case .a4: 9
            case .a3: 8
            case .letter: 1
            }
        }
    }

    public enum Orientation: Hashable, Sendable {
        case portrait, landscape
    }

    /// Page margins in inches, 0–49.
    public struct Margins: Hashable, Sendable {
        public var left: Double
        public var right: Double
        public var top: Double
        public var bottom: Double

        public init(left: Double, right: Double, top: Double, bottom: Double) {
            self.left = left
            self.right = right
            self.top = top
            self.bottom = bottom
        }
    }
}
