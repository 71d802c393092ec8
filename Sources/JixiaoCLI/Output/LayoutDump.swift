import Foundation
import XLSXReader

/// What `jixiao cells FILE --layout` prints: each sheet's layout as the reader saw it (widths, heights, hidden
/// rows and columns, views, print setup, data validations, comments), as JSON (`--format json`: one object per
/// sheet, raw values, keys sorted; a field the file leaves unstated is absent) or as text for reading.
///
/// ```swift
/// let reader = try WorkbookReader(contentsOf: url)
/// let sheets = try reader.sheets.indices.map { (reader.sheets[$0].name, try reader.layout(ofSheetAt: $0)) }
/// print(LayoutDump.json(sheets, path: "a.xlsx"))      // {"path": "a.xlsx", "sheets": [{"name": …, "columns": …}]}
/// print(LayoutDump.text(sheets, path: "a.xlsx", language: .zh))
/// ```
enum LayoutDump {
    // MARK: - JSON

    static func json(_ sheets: [(name: String, layout: SheetLayout)], path: String) -> String {
        let document: [String: Any] = ["path": path, "sheets": sheets.map { jsonObject($0.layout, name: $0.name) }]
        let data = (try? JSONSerialization.data(withJSONObject: document,
                                                options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// One sheet's layout as a JSON object: rows 1-based and columns and cells in A1 notation, as Excel shows them.
    static func jsonObject(_ layout: SheetLayout, name: String) -> [String: Any] {
        var object: [String: Any] = [
            "name": name,
            "columns": layout.columns.map { column -> [String: Any] in
                var item: [String: Any] = ["columns": columnSpan(column.firstColumn, column.lastColumn),
                                           "customWidth": column.customWidth, "hidden": column.hidden,
                                           "bestFit": column.bestFit, "outlineLevel": column.outlineLevel,
                                           "collapsed": column.collapsed]
                item["width"] = column.width
                item["style"] = column.style
                return item
            },
            "rows": layout.rows.map { row -> [String: Any] in
                var item: [String: Any] = ["row": row.row + 1, "customHeight": row.customHeight, "hidden": row.hidden,
                                           "customFormat": row.customFormat, "outlineLevel": row.outlineLevel,
                                           "collapsed": row.collapsed]
                item["height"] = row.height
                item["style"] = row.style
                return item
            },
            "customDefaultRowHeight": layout.customDefaultRowHeight,
            "rowsHiddenByDefault": layout.rowsHiddenByDefault,
            "views": layout.views.map(viewObject),
            "printSetup": printObject(layout.printSetup),
            "dataValidations": layout.dataValidations.map(validationObject),
            "comments": layout.comments.map { comment -> [String: Any] in
                var item: [String: Any] = ["cell": comment.cell.description, "text": comment.text]
                item["author"] = comment.author
                return item
            },
            "protected": layout.isProtected,
        ]
        object["defaultColumnWidth"] = layout.defaultColumnWidth
        object["baseColumnWidth"] = layout.baseColumnWidth
        object["defaultRowHeight"] = layout.defaultRowHeight
        object["autoFilter"] = layout.autoFilter?.description
        if let color = layout.tabColor {
            var item: [String: Any] = ["auto": color.source == .automatic]
            switch color.source {
            case .rgb(let value): item["rgb"] = Color(rgb: value).hexARGB
            case .theme(let index): item["theme"] = index
            case .indexed(let index): item["indexed"] = index
            case .automatic: break
            }
            if color.tint != 0 { item["tint"] = color.tint }
            item["argb"] = color.hexARGB
            object["tabColor"] = item
        }
        return object
    }

    private static func viewObject(_ view: SheetView) -> [String: Any] {
        var item: [String: Any] = [
            "tabSelected": view.tabSelected, "showGridLines": view.showGridLines,
            "showRowColHeaders": view.showRowColHeaders, "showZeros": view.showZeros,
            "rightToLeft": view.rightToLeft, "workbookViewId": view.workbookViewID,
            "selections": view.selections.map { selection -> [String: Any] in
                var item: [String: Any] = ["sqref": selection.ranges.map(\.description).joined(separator: " ")]
                item["pane"] = selection.pane
                item["activeCell"] = selection.activeCell?.description
                item["activeCellId"] = selection.activeCellID
                return item
            },
        ]
        item["zoomScale"] = view.zoomScale
        item["zoomScaleNormal"] = view.zoomScaleNormal
        item["zoomScalePageLayoutView"] = view.zoomScalePageLayoutView
        item["zoomScaleSheetLayoutView"] = view.zoomScaleSheetLayoutView
        item["view"] = view.view
        item["topLeftCell"] = view.topLeftCell?.description
        item["activeCell"] = view.activeCell?.description
        if let pane = view.pane {
            var paneItem: [String: Any] = [:]
            paneItem["xSplit"] = pane.xSplit
            paneItem["ySplit"] = pane.ySplit
            paneItem["topLeftCell"] = pane.topLeftCell?.description
            paneItem["activePane"] = pane.activePane
            paneItem["state"] = pane.state
            item["pane"] = paneItem
        }
        return item
    }

    private static func printObject(_ setup: PrintSetup) -> [String: Any] {
        var item: [String: Any] = [
            "fitToPage": setup.fitToPage, "useFirstPageNumber": setup.useFirstPageNumber,
            "blackAndWhite": setup.blackAndWhite, "draft": setup.draft, "gridLines": setup.printGridLines,
            "headings": setup.printHeadings, "horizontalCentered": setup.horizontalCentered,
            "verticalCentered": setup.verticalCentered, "rowBreaks": setup.rowBreaks,
            "columnBreaks": setup.columnBreaks, "printArea": setup.printArea.map(\.description),
        ]
        item["orientation"] = setup.orientation
        item["paperSize"] = setup.paperSize
        item["scale"] = setup.scale
        item["fitToWidth"] = setup.fitToWidth
        item["fitToHeight"] = setup.fitToHeight
        item["firstPageNumber"] = setup.firstPageNumber
        item["pageOrder"] = setup.pageOrder
        item["cellComments"] = setup.cellComments
        item["errors"] = setup.errors
        item["horizontalDpi"] = setup.horizontalDpi
        item["verticalDpi"] = setup.verticalDpi
        item["copies"] = setup.copies
        item["titleRows"] = setup.titleRows.map { "\($0.lowerBound + 1):\($0.upperBound + 1)" }
        item["titleColumns"] = setup.titleColumns.map { columnSpan($0.lowerBound, $0.upperBound, alwaysPair: true) }
        if let margins = setup.margins {
            item["margins"] = ["left": margins.left, "right": margins.right, "top": margins.top,
                               "bottom": margins.bottom, "header": margins.header, "footer": margins.footer]
        }
        if let texts = setup.headerFooter {
            var headerFooter: [String: Any] = ["differentOddEven": texts.differentOddEven,
                                               "differentFirst": texts.differentFirst]
            headerFooter["oddHeader"] = texts.oddHeader
            headerFooter["oddFooter"] = texts.oddFooter
            headerFooter["evenHeader"] = texts.evenHeader
            headerFooter["evenFooter"] = texts.evenFooter
            headerFooter["firstHeader"] = texts.firstHeader
            headerFooter["firstFooter"] = texts.firstFooter
            headerFooter["scaleWithDoc"] = texts.scaleWithDocument
            headerFooter["alignWithMargins"] = texts.alignWithMargins
            item["headerFooter"] = headerFooter
        }
        return item
    }

    private static func validationObject(_ rule: DataValidation) -> [String: Any] {
        var item: [String: Any] = [
            "allowBlank": rule.allowBlank, "showDropDown": rule.showDropDown,
            "showInputMessage": rule.showInputMessage, "showErrorMessage": rule.showErrorMessage,
            "sqref": rule.ranges.map(\.description).joined(separator: " "),
        ]
        item["type"] = rule.type
        item["operator"] = rule.operator
        item["errorStyle"] = rule.errorStyle
        item["promptTitle"] = rule.promptTitle
        item["prompt"] = rule.prompt
        item["errorTitle"] = rule.errorTitle
        item["error"] = rule.error
        item["formula1"] = rule.formula1
        item["formula2"] = rule.formula2
        return item
    }

    /// `B:C`, or `B` for one column (`B:B` with `alwaysPair`, as print titles are written).
    private static func columnSpan(_ first: Int, _ last: Int, alwaysPair: Bool = false) -> String {
        let from = CellReference.columnName(first), to = CellReference.columnName(last)
        return first == last && !alwaysPair ? from : "\(from):\(to)"
    }

    // MARK: - Text

    static func text(_ sheets: [(name: String, layout: SheetLayout)], path: String, language: Language) -> String {
        var out = path + "\n"
        for (name, layout) in sheets {
            out += "\n== \(name)\n"
            for line in lines(layout, language: language) { out += "  " + line + "\n" }
        }
        return out
    }

    private static func lines(_ layout: SheetLayout, language: Language) -> [String] {
        let separator = language.pick("；", "; ")
        var lines: [String] = []
        func add(_ zh: String, _ en: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append(language.pick(zh, en) + items.joined(separator: separator))
        }
        func number(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(value) }
        let hidden = language.pick("隐藏", "hidden"), custom = language.pick("自定", "custom")

        var defaults: [String] = []
        if let width = layout.defaultColumnWidth { defaults.append(language.pick("列宽 ", "width ") + number(width)) }
        if let base = layout.baseColumnWidth { defaults.append(language.pick("基本列宽 ", "base width ") + String(base)) }
        if let height = layout.defaultRowHeight {
            defaults.append(language.pick("行高 ", "height ") + number(height)
                            + (layout.customDefaultRowHeight ? " (\(custom))" : ""))
        }
        if layout.rowsHiddenByDefault { defaults.append(language.pick("未列出的行隐藏", "rows hidden unless listed")) }
        add("默认：", "defaults: ", defaults)
        add("列：", "columns: ", layout.columns.map { column in
            var parts = [columnSpan(column.firstColumn, column.lastColumn)]
            if let width = column.width { parts.append(number(width) + (column.customWidth ? " (\(custom))" : "")) }
            if column.hidden { parts.append(hidden) }
            if let style = column.style { parts.append(language.pick("样式 ", "style ") + String(style)) }
            if column.outlineLevel > 0 { parts.append(language.pick("分级 ", "outline ") + String(column.outlineLevel)) }
            return parts.joined(separator: " ")
        })
        add("行：", "rows: ", layout.rows.map { row in
            var parts = [String(row.row + 1)]
            if let height = row.height { parts.append(number(height) + (row.customHeight ? " (\(custom))" : "")) }
            if row.hidden { parts.append(hidden) }
            if let style = row.style { parts.append(language.pick("样式 ", "style ") + String(style)) }
            if row.outlineLevel > 0 { parts.append(language.pick("分级 ", "outline ") + String(row.outlineLevel)) }
            return parts.joined(separator: " ")
        })
        add("视图：", "view: ", layout.views.map { view in
            var parts: [String] = []
            if let pane = view.pane {
                let cell = pane.topLeftCell?.description ?? "?"
                parts.append(pane.isFrozen ? language.pick("冻结于 ", "frozen at ") + cell
                                           : language.pick("拆分于 ", "split at ") + cell)
            }
            if let cell = view.activeCell { parts.append(language.pick("活动单元格 ", "active cell ") + cell.description) }
            if let zoom = view.zoomScale { parts.append(language.pick("缩放 ", "zoom ") + "\(zoom)%") }
            if !view.showGridLines { parts.append(language.pick("不显示网格线", "no gridlines")) }
            if view.rightToLeft { parts.append(language.pick("从右到左", "right to left")) }
            if let mode = view.view, mode != "normal" { parts.append(mode) }
            if view.tabSelected { parts.append(language.pick("选中", "selected")) }
            return parts.isEmpty ? language.pick("默认", "default") : parts.joined(separator: language.pick("，", ", "))
        })
        if let color = layout.tabColor {
            add("标签颜色：", "tab colour: ", [CellFormatText.describe(color, language)])
        }
        let setup = layout.printSetup
        var page: [String] = []
        if let orientation = setup.orientation {
            page.append(orientation == "landscape" ? language.pick("横向", "landscape")
                        : orientation == "portrait" ? language.pick("纵向", "portrait") : orientation)
        }
        if let paper = setup.paperSize { page.append(language.pick("纸张 ", "paper ") + String(paper)) }
        if setup.fitToPage {
            page.append(language.pick("适应 ", "fit to ") + "\(setup.fitToWidth ?? 1)×\(setup.fitToHeight ?? 1)"
                        + language.pick(" 页", " pages"))
        } else if let scale = setup.scale {
            page.append(language.pick("缩放 ", "scale ") + "\(scale)%")
        }
        if setup.printGridLines { page.append(language.pick("打印网格线", "gridlines")) }
        if setup.printHeadings { page.append(language.pick("打印行号列标", "headings")) }
        if setup.horizontalCentered { page.append(language.pick("水平居中", "centred horizontally")) }
        if setup.verticalCentered { page.append(language.pick("垂直居中", "centred vertically")) }
        if setup.blackAndWhite { page.append(language.pick("单色", "black and white")) }
        add("打印：", "print: ", page.isEmpty ? [] : [page.joined(separator: language.pick("，", ", "))])
        if let margins = setup.margins {
            add("页边距：", "margins: ", [[(language.pick("左 ", "left "), margins.left),
                                        (language.pick("右 ", "right "), margins.right),
                                        (language.pick("上 ", "top "), margins.top),
                                        (language.pick("下 ", "bottom "), margins.bottom),
                                        (language.pick("页眉 ", "header "), margins.header),
                                        (language.pick("页脚 ", "footer "), margins.footer)]
                .map { $0.0 + number($0.1) }.joined(separator: " ")])
        }
        if let texts = setup.headerFooter {
            let named: [(String, String, String?)] = [
                ("页眉", "header", texts.oddHeader), ("页脚", "footer", texts.oddFooter),
                ("偶数页页眉", "even header", texts.evenHeader), ("偶数页页脚", "even footer", texts.evenFooter),
                ("首页页眉", "first header", texts.firstHeader), ("首页页脚", "first footer", texts.firstFooter),
            ]
            for (zh, en, text) in named { if let text, !text.isEmpty { add(zh + "：", en + ": ", [text]) } }
        }
        var area: [String] = []
        if !setup.printArea.isEmpty { area.append(setup.printArea.map(\.description).joined(separator: ",")) }
        if let rows = setup.titleRows {
            area.append(language.pick("标题行 ", "title rows ") + "\(rows.lowerBound + 1):\(rows.upperBound + 1)")
        }
        if let columns = setup.titleColumns {
            area.append(language.pick("标题列 ", "title columns ")
                        + columnSpan(columns.lowerBound, columns.upperBound, alwaysPair: true))
        }
        add("打印区域：", "print area: ", area)
        var breaks: [String] = []
        if !setup.rowBreaks.isEmpty {
            breaks.append(language.pick("行 ", "rows ") + setup.rowBreaks.map(String.init).joined(separator: ","))
        }
        if !setup.columnBreaks.isEmpty {
            breaks.append(language.pick("列 ", "columns ") + setup.columnBreaks.map(String.init).joined(separator: ","))
        }
        add("分页符：", "page breaks: ", breaks)
        add("数据验证：", "validation: ", layout.dataValidations.map { rule in
            var parts = [rule.ranges.map(\.description).joined(separator: " "), rule.type ?? "none"]
            if let op = rule.operator { parts.append(op) }
            if let formula = rule.formula1 { parts.append(formula) }
            if let formula = rule.formula2 { parts.append(formula) }
            return parts.joined(separator: " ")
        })
        add("批注：", "comments: ", layout.comments.map { comment in
            comment.cell.description + " " + (comment.author.map { $0 + language.pick("：", ": ") } ?? "")
                + comment.text.replacingOccurrences(of: "\n", with: "⏎")
        })
        if let filter = layout.autoFilter { add("筛选：", "autofilter: ", [filter.description]) }
        if layout.isProtected { lines.append(language.pick("工作表受保护", "sheet protected")) }
        return lines
    }
}
