import XLSXReader

/// A cell's format as one line an officer can read, for `jixiao cells --formats` (text): the font always, then
/// fill, border, alignment and protection where they are not Excel's defaults. Chinese, or English with
/// `--lang en`; property values (`solid`, `thin`, `center`) are the file's own words.
///
/// ```swift
/// CellFormatText.line(workbook.format(of: cell), index: 3, language: .zh)
/// // "样式 3：字体 宋体 14 粗体 颜色 FF000000（主题 1）；填充 solid 前景 FFFFFF00；边框 下 thin；对齐 水平 center"
/// ```
enum CellFormatText {
    static func line(_ format: CellFormat, index: Int, language: Language) -> String {
        let words = { (zh: String, en: String) in language.pick(zh, en) }
        let font = format.font
        var fontParts = [words("字体", "font"), font.name ?? "-"]
        if let size = font.size { fontParts.append(CellFormatJSON.number(size)) }
        if font.bold { fontParts.append(words("粗体", "bold")) }
        if font.italic { fontParts.append(words("斜体", "italic")) }
        if font.underline != .none { fontParts.append(words("下划线 ", "underline ") + font.underline.rawValue) }
        if font.strike { fontParts.append(words("删除线", "strike")) }
        if let color = font.color { fontParts.append(words("颜色 ", "colour ") + describe(color, language)) }
        var sections = [fontParts.joined(separator: " ")]

        let fill = format.fill
        if fill.isGradient {
            let stops = fill.gradientStops.map { "\(CellFormatJSON.number($0.position)):\(describe($0.color, language))" }
            sections.append(([words("渐变填充", "gradient fill"), fill.gradientType ?? "linear",
                              CellFormatJSON.number(fill.gradientDegree) + "°"] + stops).joined(separator: " "))
        } else if fill.pattern != .none {
            var parts = [words("填充", "fill"), fill.pattern.rawValue]
            if let color = fill.foreground { parts.append(words("前景 ", "fg ") + describe(color, language)) }
            if let color = fill.background { parts.append(words("背景 ", "bg ") + describe(color, language)) }
            sections.append(parts.joined(separator: " "))
        }

        let border = format.border
        var borderParts: [String] = []
        for (zh, en, side) in [("左", "left", border.left), ("右", "right", border.right), ("上", "top", border.top),
                               ("下", "bottom", border.bottom), ("对角", "diagonal", border.diagonal)]
        where side.style != .none {
            var text = words(zh, en) + " " + side.style.rawValue
            if let color = side.color { text += " " + describe(color, language) }
            borderParts.append(text)
        }
        if border.diagonalUp { borderParts.append(words("左下至右上", "up")) }
        if border.diagonalDown { borderParts.append(words("左上至右下", "down")) }
        if !borderParts.isEmpty { sections.append(([words("边框", "border")] + borderParts).joined(separator: " ")) }

        let alignment = format.alignment
        var alignParts: [String] = []
        if alignment.horizontal != .general { alignParts.append(words("水平 ", "horizontal ") + alignment.horizontal.rawValue) }
        if alignment.vertical != .bottom { alignParts.append(words("垂直 ", "vertical ") + alignment.vertical.rawValue) }
        if alignment.wrapText { alignParts.append(words("自动换行", "wrap")) }
        if alignment.shrinkToFit { alignParts.append(words("缩小字体填充", "shrink")) }
        if alignment.indent != 0 { alignParts.append(words("缩进 ", "indent ") + String(alignment.indent)) }
        if alignment.textRotation != 0 { alignParts.append(words("旋转 ", "rotation ") + String(alignment.textRotation)) }
        if !alignParts.isEmpty { sections.append(([words("对齐", "alignment")] + alignParts).joined(separator: " ")) }

        var protectionParts: [String] = []
        if !format.protection.locked { protectionParts.append(words("未锁定", "unlocked")) }
        if format.protection.hidden { protectionParts.append(words("隐藏公式", "formula hidden")) }
        if !protectionParts.isEmpty { sections.append(([words("保护", "protection")] + protectionParts).joined(separator: " ")) }

        return words("样式 \(index)：", "style \(index): ") + sections.joined(separator: words("；", "; "))
    }

    /// `FF9DC3E6（主题 4，色调 0.4）`, `FFFF0000`, `FF000000（索引 64）`, `自动`.
    static func describe(_ color: Color, _ language: Language) -> String {
        var origin: String?
        switch color.source {
        case .rgb: origin = nil
        case .theme(let index): origin = language.pick("主题 \(index)", "theme \(index)")
        case .indexed(let index): origin = language.pick("索引 \(index)", "indexed \(index)")
        case .automatic: return language.pick("自动", "automatic")
        }
        if color.tint != 0 {
            let tint = language.pick("色调 ", "tint ") + CellFormatJSON.number((color.tint * 1000).rounded() / 1000)
            origin = origin.map { $0 + language.pick("，", ", ") + tint } ?? tint
        }
        let shown = color.hexARGB ?? "?"
        guard let origin else { return shown }
        return shown + language.pick("（\(origin)）", " (\(origin))")
    }
}
