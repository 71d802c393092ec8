import JixiaoForm
import XLSXReader

/// What a cell shows in the sheet, as text: a number as its number format shows it (decimals, `%`, thousands,
/// dates), text as typed, `TRUE`/`FALSE`, an error code.
///
/// Decimals and percentages are the form library's own reading of a format (``FigureReader/shownText(_:)``,
/// the one the rules compare with); this adds what only a display needs: thousands separators and dates.
///
/// ```swift
/// // E5 holds 1859.01 formatted #,##0.00; C8 0.978 formatted 0.0%; G7 44562 formatted yyyy"年"m"月"d"日"
/// CellText.shown(e5, date1904: false)   // "1,859.01"
/// CellText.shown(c8, date1904: false)   // "97.8%"
/// CellText.shown(g7, date1904: false)   // "2022年1月1日"
/// ```
enum CellText {
    /// The text `cell` shows.
    static func shown(_ cell: Cell, date1904: Bool) -> String {
        switch cell.value {
        case .number(let text):
            let format = cell.numberFormat
            if format.isText { return text }
            if format.isDate { return date(cell, date1904: date1904) ?? text }
            guard let shown = FigureReader.shownText(cell) else { return text }
            return format.usesThousandsSeparator ? grouped(shown) : shown
        case .text(let text), .error(let text), .isoDate(let text):
            return text
        case .boolean, .empty:
            return cell.value.displayText
        }
    }

    /// A date-formatted number as its code reads: `2022年1月1日`, `2022年1月`, `1月1日` for the Chinese codes,
    /// `2022-01-01` (and `12:30` where the code shows time) otherwise.
    static func date(_ cell: Cell, date1904: Bool) -> String? {
        guard let serial = cell.value.asDouble(), let iso = ExcelDate.isoText(serial: serial, date1904: date1904) else {
            return nil
        }
        // iso: yyyy-mm-ddThh:mm:ss
        let parts = iso.split(separator: "T")
        let day = parts[0].split(separator: "-").map { String(Int($0) ?? 0) }
        let time = parts.count > 1 ? String(parts[1].prefix(5)) : "00:00"
        let code = cell.numberFormat.code ?? ""
        let showsDay = code.lowercased().contains("d")
        let showsYear = code.lowercased().contains("y")
        let showsTime = code.lowercased().contains("h")
        if code.contains("年") || code.contains("月") {
            var text = showsYear ? day[0] + "年" + day[1] + "月" : day[1] + "月"
            if showsDay { text += day[2] + "日" }
            return showsTime ? text + " " + time : text
        }
        if !showsYear && !showsDay && showsTime { return time }
        return showsTime ? String(parts[0]) + " " + time : String(parts[0])
    }

    /// Decimal text with its whole part grouped by thousands: `-1859.01` → `-1,859.01`, `97.8%` stays.
    static func grouped(_ text: String) -> String {
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let whole = unsigned.prefix { $0.isASCII && $0.isNumber }
        guard whole.count > 3 else { return text }
        var groupedWhole = ""
        for (index, digit) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { groupedWhole.append(",") }
            groupedWhole.append(digit)
        }
        return (negative ? "-" : "") + groupedWhole + unsigned.dropFirst(whole.count)
    }
}
