import Foundation
@testable import JixiaoCLI
import JixiaoTestSupport
import Testing
import XLSXReader

/// Each sheet's layout against openpyxl's reading of the same corpus file (`conformance/layout/*.layout.json`,
/// made by `make_layout_expected.py`): widths, heights, hidden rows and columns, default sizes, views, tab
/// colour, print setup, print area and titles, data validations, comments, autofilter and protection, field by
/// field, in the shape of `jixiao cells --layout --format json`. Where openpyxl reports a default it applied
/// (or computes a field rather than reading it) the rules of `conformance/layout/README.md` apply, and only
/// there.
@Suite("Layout conformance with openpyxl")
struct LayoutConformanceTests {
    static let folder = Fixtures.conformance.appendingPathComponent("layout")
    static let cases: [String] = Fixtures.files(in: folder, suffix: ".layout.json").map(\.lastPathComponent).sorted()

    @Test func everyFileOpenpyxlOpensHasAnExpectedLayout() {
        #expect(Self.cases.count == 120)
    }

    @Test(arguments: cases)
    func agreesWithOpenpyxl(_ name: String) throws {
        let expected = try #require(try JSONDiff.parse(contentsOf: Self.folder.appendingPathComponent(name)) as? [String: Any])
        let file = try #require(expected["file"] as? String)
        let workbook = try Workbook(contentsOf: Fixtures.conformance.appendingPathComponent(file))
        for theirs in expected["sheets"] as? [[String: Any]] ?? [] {
            let sheetName = theirs["name"] as? String ?? ""
            let sheet = try #require(workbook.sheet(named: sheetName), "\(file): no sheet \(sheetName)")
            let ours = try Self.roundTrip(LayoutDump.jsonObject(sheet.layout, name: sheet.name))
            let difference = JSONDiff.firstDifference(expected: Self.withoutSizeSpaces(theirs),
                                                      actual: Self.withoutSizeSpaces(Self.inOpenpyxlTerms(ours, theirs: theirs)))
            #expect(difference == nil, "\(file) [\(sheetName)]: \(difference ?? "")")
        }
    }

    /// The real values of the layout fixtures made by the generator are in the expected files, not defaults.
    @Test func expectedFilesHoldRealLayouts() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("sheetjs-AutoFilter.layout.json"),
                              encoding: .utf8)
        #expect(text.contains("\"autoFilter\""))
        let all = try Self.cases.map { try String(contentsOf: Self.folder.appendingPathComponent($0), encoding: .utf8) }
        #expect(all.filter { $0.contains("\"hidden\": true") }.count >= 3)
        #expect(all.filter { $0.contains("\"pane\"") }.count >= 4)
        #expect(all.filter { $0.contains("\"author\"") }.count >= 2)
        #expect(all.filter { $0.contains("\"headerFooter\"") }.count >= 10)
    }

    static func roundTrip(_ object: [String: Any]) throws -> [String: Any] {
        let data = try JSONSerialization.data(withJSONObject: object)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Our layout restated as openpyxl states it (README rules 1–9).
    static func inOpenpyxlTerms(_ ours: [String: Any], theirs: [String: Any]) -> [String: Any] {
        var out: [String: Any] = ["name": ours["name"]!, "protected": ours["protected"]!]
        out["autoFilter"] = ours["autoFilter"]
        out["defaultColumnWidth"] = ours["defaultColumnWidth"]
        // 3. openpyxl's defaults for an absent sheetFormatPr attribute.
        out["baseColumnWidth"] = ours["baseColumnWidth"] ?? 8
        out["defaultRowHeight"] = ours["defaultRowHeight"] ?? 15
        // 4. A Boolean openpyxl reads as None when absent is compared only where the file states it.
        for key in ["customDefaultRowHeight", "rowsHiddenByDefault"] where theirs[key] != nil { out[key] = ours[key] }
        // 1. Columns: no style (openpyxl renumbers styles), no customWidth (openpyxl computes it), 13 for no width.
        out["columns"] = (ours["columns"] as? [[String: Any]] ?? []).map { column in
            var item = pick(column, ["columns", "hidden", "bestFit", "outlineLevel", "collapsed"])
            item["width"] = column["width"] ?? 13
            return item
        }
        // 2. Rows: those with a height or hidden, without style or customHeight.
        out["rows"] = (ours["rows"] as? [[String: Any]] ?? [])
            .filter { $0["height"] != nil || ($0["hidden"] as? Bool) == true }
            .map { pick($0, ["row", "hidden", "outlineLevel", "collapsed", "height"]) }
        // 5. Views: openpyxl makes one default view, and a default selection (A1), where the file has none.
        let theirViews = theirs["views"] as? [[String: Any]] ?? []
        var views = ours["views"] as? [[String: Any]] ?? []
        if views.isEmpty { views = [["workbookViewId": 0, "selections": []]] }
        out["views"] = views.enumerated().map { index, view -> [String: Any] in
            let their = index < theirViews.count ? theirViews[index] : [:]
            var item = pick(view, ["workbookViewId", "zoomScale", "zoomScaleNormal", "zoomScalePageLayoutView",
                                   "zoomScaleSheetLayoutView", "view", "topLeftCell", "pane"])
            for key in ["tabSelected", "showGridLines", "showRowColHeaders", "showZeros", "rightToLeft"]
            where their[key] != nil { item[key] = view[key] }
            var selections = view["selections"] as? [[String: Any]] ?? []
            if selections.isEmpty { selections = [["sqref": ""]] }
            item["selections"] = selections.map { selection -> [String: Any] in
                var entry = pick(selection, ["pane", "activeCell", "activeCellId", "sqref"])
                if entry["activeCell"] == nil { entry["activeCell"] = "A1" }
                if entry["sqref"] as? String == "" { entry["sqref"] = "A1" }
                return entry
            }
            return item
        }
        // 6. Tab colour: `auto` only when set, a zero tint as none, compared as stated (openpyxl resolves no
        //    colour against the theme; ours are resolved as cell colours are, `argb`).
        if var color = ours["tabColor"] as? [String: Any] {
            color["argb"] = nil
            if color["auto"] as? Bool == false { color["auto"] = nil }
            if (color["tint"] as? NSNumber)?.doubleValue == 0 { color["tint"] = nil }
            out["tabColor"] = color
        }
        out["printSetup"] = printSetup(ours["printSetup"] as? [String: Any] ?? [:],
                                       theirs: theirs["printSetup"] as? [String: Any] ?? [:])
        // 8. openpyxl does not read Excel 2010's x14 validations, which follow the others.
        let theirRules = (theirs["dataValidations"] as? [Any] ?? []).count
        out["dataValidations"] = Array((ours["dataValidations"] as? [[String: Any]] ?? []).prefix(theirRules))
        // 9. Comments in cell order (openpyxl hangs them on cells).
        out["comments"] = (ours["comments"] as? [[String: Any]] ?? []).sorted {
            CellReference($0["cell"] as? String ?? "")! < CellReference($1["cell"] as? String ?? "")!
        }
        return out
    }

    static func printSetup(_ ours: [String: Any], theirs: [String: Any]) -> [String: Any] {
        var out = pick(ours, ["orientation", "paperSize", "scale", "fitToWidth", "fitToHeight", "firstPageNumber",
                              "pageOrder", "cellComments", "errors", "horizontalDpi", "verticalDpi", "copies",
                              "rowBreaks", "columnBreaks", "printArea", "titleRows", "titleColumns"])
        // 7. openpyxl reads `cellComments="none"` (the default) as None.
        if out["cellComments"] as? String == "none", theirs["cellComments"] == nil { out["cellComments"] = nil }
        for key in ["useFirstPageNumber", "blackAndWhite", "draft", "fitToPage", "gridLines", "headings",
                    "horizontalCentered", "verticalCentered"] where theirs[key] != nil { out[key] = ours[key] }
        // 7. Margins: openpyxl's own defaults where the file has no pageMargins.
        out["margins"] = ours["margins"] ?? ["left": 0.75, "right": 0.75, "top": 1, "bottom": 1, "header": 0.5,
                                             "footer": 0.5]
        if let texts = ours["headerFooter"] as? [String: Any] {
            let theirTexts = theirs["headerFooter"] as? [String: Any] ?? [:]
            var item: [String: Any] = [:]
            for key in ["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"] {
                if let text = texts[key] as? String, !text.isEmpty { item[key] = text }
            }
            for key in ["differentOddEven", "differentFirst", "scaleWithDoc", "alignWithMargins"]
            where theirTexts[key] != nil { item[key] = texts[key] }
            if !item.isEmpty { out["headerFooter"] = item }
        }
        return out
    }

    /// 10. openpyxl writes a header or footer font size (`&12`) with a space after it; the file may have none.
    static func withoutSizeSpaces(_ sheet: [String: Any]) -> [String: Any] {
        guard var setup = sheet["printSetup"] as? [String: Any], var texts = setup["headerFooter"] as? [String: Any]
        else { return sheet }
        for (key, value) in texts {
            guard let text = value as? String else { continue }
            texts[key] = text.replacingOccurrences(of: #"(&[0-9]+) "#, with: "$1", options: .regularExpression)
        }
        setup["headerFooter"] = texts
        var sheet = sheet
        sheet["printSetup"] = setup
        return sheet
    }

    static func pick(_ object: [String: Any], _ keys: [String]) -> [String: Any] {
        var out: [String: Any] = [:]
        for key in keys { out[key] = object[key] }
        return out
    }
}
