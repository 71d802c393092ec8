import Foundation
import JixiaoForm
import XLSXWriter

/// The summary's cell styles: one libxlsxwriter format each, cached by the writer.
enum SummaryStyles {
    static let errorFill = RGBColor(red: 0xFF, green: 0xC7, blue: 0xCE)
    static let unreadableFill = RGBColor(red: 0xFC, green: 0xE4, blue: 0xD6)
    static let warningFill = RGBColor(red: 0xFF, green: 0xF2, blue: 0xCC)
    /// The decimals every amount of money in 汇总 is shown with, whatever its form showed: one unit, one look.
    static let moneyPlaces = 2
    static let plain = CellStyle(verticalAlignment: .top)
    /// Long texts (reasons, messages) wrap within their column.
    static let prose = CellStyle(verticalAlignment: .top, wrapsText: true)
    static let alert = CellStyle(bold: true, fontColor: RGBColor(red: 0x9C, green: 0x00, blue: 0x06), verticalAlignment: .top)
    static let link = CellStyle(underline: true, fontColor: RGBColor(red: 0x05, green: 0x63, blue: 0xC1),
                                verticalAlignment: .top, wrapsText: true)
    static let integer = CellStyle(verticalAlignment: .top, numberFormat: "0")
    static let header: CellStyle = {
        var style = CellStyle(bold: true, fillColor: RGBColor(red: 0xD9, green: 0xE1, blue: 0xF2),
                              horizontalAlignment: .center, verticalAlignment: .center, wrapsText: true)
        style.borders = CellStyle.Borders(bottom: CellStyle.Border(.thin))
        return style
    }()

    /// An amount with its shown decimals and thousands separators: `#,##0.00`.
    static func amount(_ places: Int) -> CellStyle { amounts[min(max(places, 0), 10)] }

    /// A rate (a fraction) as a percentage with its shown decimals: 0.978 (3 places) is `0.0%`.
    static func rate(_ places: Int) -> CellStyle { rates[min(max(places - 2, 0), 10)] }

    /// The amount and rate styles by decimals (0–10), made once: every figure of every row needs one.
    fileprivate static let amounts: [CellStyle] = (0...10).map { decimals in
        CellStyle(verticalAlignment: .top,
                  numberFormat: decimals == 0 ? "#,##0" : "#,##0." + String(repeating: "0", count: decimals))
    }
    fileprivate static let rates: [CellStyle] = (0...10).map { decimals in
        CellStyle(verticalAlignment: .top,
                  numberFormat: decimals == 0 ? "0%" : "0." + String(repeating: "0", count: decimals) + "%")
    }

    /// A data cell's style before its row's fill, numbered so a writer can keep one prepared format per style.
    enum Base {
        case plain, prose, alert, link, integer
        /// An amount with this many shown decimals (0–10).
        case amount(Int)
        /// A rate with this many shown decimals of the fraction (2–12).
        case rate(Int)

        static let count = 5 + SummaryStyles.amounts.count + SummaryStyles.rates.count

        /// The position in 0..<count: amounts and rates by their clamped decimals, as their styles are chosen.
        var index: Int {
            switch self {
            case .plain: 0
            case .prose: 1
            case .alert: 2
            case .link: 3
            case .integer: 4
            case .amount(let places): 5 + min(max(places, 0), 10)
            case .rate(let places): 5 + SummaryStyles.amounts.count + min(max(places - 2, 0), 10)
            }
        }

        /// The style at `index` (the inverse of ``index`` for every index below ``count``).
        static func at(_ index: Int) -> Base {
            switch index {
            case 0: .plain
            case 1: .prose
            case 2: .alert
            case 3: .link
            case 4: .integer
            case 5..<(5 + SummaryStyles.amounts.count): .amount(index - 5)
            default: .rate(index - 5 - SummaryStyles.amounts.count + 2)
            }
        }

        var style: CellStyle {
            switch self {
            case .plain: SummaryStyles.plain
            case .prose: SummaryStyles.prose
            case .alert: SummaryStyles.alert
            case .link: SummaryStyles.link
            case .integer: SummaryStyles.integer
            case .amount(let places): SummaryStyles.amount(places)
            case .rate(let places): SummaryStyles.rate(places)
            }
        }
    }

    static func filled(_ style: CellStyle, _ fill: RGBColor?) -> CellStyle {
        guard let fill else { return style }
        var filled = style
        filled.fillColor = fill
        return filled
    }
}
