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
    /// Nil leaves the printer's default paper.
    public var paper: Paper?
    public var orientation: Orientation
    /// Print scale in percent, 10–400 (nil: 100); ignored by Excel when fitting to pages.
    public var scale: Int?
    /// Scale to this many pages wide (nil: no fitting).
    public var fitToPagesWide: Int?
    /// Scale to this many pages tall; nil or 0 with ``fitToPagesWide`` means as many as needed.
    public var fitToPagesTall: Int?
    /// Nil keeps Excel's defaults (0.7 in left and right, 0.75 in top and bottom).
    public var margins: Margins?
    /// 0-based rows printed at the top of every page.
    public var repeatRows: ClosedRange<Int>?
    /// 0-based columns printed at the left of every page.
    public var repeatColumns: ClosedRange<Int>?
    /// Only this range is printed.
    public var printArea: CellRect?
    public var centersHorizontally: Bool
    public var centersVertically: Bool
    /// The header text with Excel's codes (`&C第 &P 页`), at most 255 characters.
    public var header: String?
    /// The footer text with Excel's codes, at most 255 characters.
    public var footer: String?
    /// The number printed on the first page (nil: 1, or continuing).
    public var firstPageNumber: Int?
    /// Print across then down (Excel's "Over, then down"); false prints down then across.
    public var overThenDown: Bool
    public var printsGridlines: Bool
    /// Print row numbers and column letters.
    public var printsHeadings: Bool
    /// Manual page breaks before these 0-based rows (1–1,048,575), at most 1,023.
    public var rowBreaks: [Int]
    /// Manual page breaks before these 0-based columns (1–16,383), at most 1,023.
    public var columnBreaks: [Int]

    public init(paper: Paper? = .a4, orientation: Orientation = .portrait, fitToPagesWide: Int? = nil,
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
        self.overThenDown = false
        self.printsGridlines = false
        self.printsHeadings = false
        self.rowBreaks = []
        self.columnBreaks = []
    }

    /// Paper sizes, with Excel's paper codes.
    public enum Paper: Hashable, Sendable, CaseIterable {
        case a4, a3, letter
        /// Any other of Excel's paper codes, 0–255 (11 is A5, 13 B5, 9 A4…).
        case code(Int)

        public static let allCases: [Paper] = [.a4, .a3, .letter]

        var code: Int {
            switch self {
            case .a4: 9
            case .a3: 8
            case .letter: 1
            case .code(let code): code
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
        /// From the page's top edge to the header; nil for Excel's 0.3.
        public var header: Double?
        /// From the page's bottom edge to the footer; nil for Excel's 0.3.
        public var footer: Double?

        public init(left: Double, right: Double, top: Double, bottom: Double, header: Double? = nil,
                    footer: Double? = nil) {
            self.left = left
            self.right = right
            self.top = top
            self.bottom = bottom
            self.header = header
            self.footer = footer
        }
    }
}
