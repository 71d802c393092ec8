import JixiaoForm
import XLSXReader

/// A cell's format as the JSON object `jixiao cells --format json --formats` writes under each cell's `style`
/// key (an addition to the `spec/cells-dump.md` shape, only with `--formats`): the style index, then font, fill,
/// border, alignment and protection with every property, colours as the file states them plus the ARGB shown.
/// Without its `index` and `argb` keys it is the shape `Tests/Fixtures/formats/make_formats.py` writes from
/// openpyxl.
///
/// ```swift
/// var out: [UInt8] = []
/// CellFormatJSON.append(workbook.format(of: cell), index: cell.styleIndex, to: &out)
/// // {"index": 3, "font": {"name": "宋体", "size": 11, "bold": true, …}, "fill": {"pattern": "solid", …}, …}
/// ```
enum CellFormatJSON {
    static func append(_ format: CellFormat, index: Int, to out: inout [UInt8]) {
        out.append(contentsOf: "{\"index\": \(index), \"font\": {\"name\": ".utf8)
        let font = format.font
        if let name = font.name { JSONText.append(name, to: &out) } else { out.append(contentsOf: "null".utf8) }
        out.append(contentsOf: ", \"size\": \(font.size.map(number) ?? "null"), \"bold\": \(font.bold), ".utf8)
        out.append(contentsOf: "\"italic\": \(font.italic), \"underline\": \"\(font.underline.rawValue)\", ".utf8)
        out.append(contentsOf: "\"strike\": \(font.strike), \"color\": ".utf8)
        appendColor(font.color, to: &out)
        out.append(contentsOf: "}, \"fill\": ".utf8)
        appendFill(format.fill, to: &out)
        out.append(contentsOf: ", \"border\": {".utf8)
        let border = format.border
        for (name, side) in [("left", border.left), ("right", border.right), ("top", border.top),
                             ("bottom", border.bottom), ("diagonal", border.diagonal)] {
            out.append(contentsOf: "\"\(name)\": {\"style\": \"\(side.style.rawValue)\", \"color\": ".utf8)
            appendColor(side.color, to: &out)
            out.append(contentsOf: "}, ".utf8)
        }
        out.append(contentsOf: "\"diagonalUp\": \(border.diagonalUp), \"diagonalDown\": \(border.diagonalDown)}".utf8)
        let alignment = format.alignment
        out.append(contentsOf: ", \"alignment\": {\"horizontal\": \"\(alignment.horizontal.rawValue)\", ".utf8)
        out.append(contentsOf: "\"vertical\": \"\(alignment.vertical.rawValue)\", \"wrapText\": \(alignment.wrapText), ".utf8)
        out.append(contentsOf: "\"shrinkToFit\": \(alignment.shrinkToFit), \"indent\": \(alignment.indent), ".utf8)
        out.append(contentsOf: "\"textRotation\": \(alignment.textRotation)}".utf8)
        out.append(contentsOf: ", \"protection\": {\"locked\": \(format.protection.locked), ".utf8)
        out.append(contentsOf: "\"hidden\": \(format.protection.hidden)}}".utf8)
    }

    /// `{"pattern": "solid", "fg": …, "bg": …}`, or for a gradient `{"gradient": "linear", "degree": 90,
    /// "stops": [{"position": 0, "color": …}, …]}`.
    private static func appendFill(_ fill: Fill, to out: inout [UInt8]) {
        guard fill.isGradient else {
            out.append(contentsOf: "{\"pattern\": \"\(fill.pattern.rawValue)\", \"fg\": ".utf8)
            appendColor(fill.foreground, to: &out)
            out.append(contentsOf: ", \"bg\": ".utf8)
            appendColor(fill.background, to: &out)
            out.append(UInt8(ascii: "}"))
            return
        }
        out.append(contentsOf: "{\"gradient\": \"\(fill.gradientType ?? "linear")\", ".utf8)
        out.append(contentsOf: "\"degree\": \(number(fill.gradientDegree)), \"stops\": [".utf8)
        for (position, stop) in fill.gradientStops.enumerated() {
            if position > 0 { out.append(contentsOf: ", ".utf8) }
            out.append(contentsOf: "{\"position\": \(number(stop.position)), \"color\": ".utf8)
            appendColor(stop.color, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: "]}".utf8)
    }

    /// `{"rgb": "FFFF0000", "tint": 0, "argb": "FFFF0000"}`, `{"theme": 4, …}`, `{"indexed": 64, …}`,
    /// `{"auto": true, "tint": 0, "argb": null}`, or `null` for none.
    private static func appendColor(_ color: Color?, to out: inout [UInt8]) {
        guard let color else {
            out.append(contentsOf: "null".utf8)
            return
        }
        switch color.source {
        case .rgb(let value): out.append(contentsOf: "{\"rgb\": \"\(Color(rgb: value).hexARGB ?? "")\"".utf8)
        case .theme(let index): out.append(contentsOf: "{\"theme\": \(index)".utf8)
        case .indexed(let index): out.append(contentsOf: "{\"indexed\": \(index)".utf8)
        case .automatic: out.append(contentsOf: "{\"auto\": true".utf8)
        }
        out.append(contentsOf: ", \"tint\": \(number(color.tint)), \"argb\": ".utf8)
        if let hex = color.hexARGB { JSONText.append(hex, to: &out) } else { out.append(contentsOf: "null".utf8) }
        out.append(UInt8(ascii: "}"))
    }

    /// A double as JSON: `11`, `10.5`, `0.3999755851924192`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
