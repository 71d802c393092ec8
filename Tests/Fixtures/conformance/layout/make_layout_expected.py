"""Writes NAME.layout.json for each corpus file openpyxl can open: each worksheet's layout as openpyxl 3.1.5
reports it, in the shape `jixiao cells FILE --layout --format json` prints (see README.md in this folder for
the fields and for the rules where the two readers legitimately differ).

    /work/venv/bin/python make_layout_expected.py     # from this folder
"""
import glob
import json
import os
import warnings

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)


def put(target, key, value):
    if value is not None:
        target[key] = value


def columns(ws):
    out = []
    for dim in sorted(ws.column_dimensions.values(), key=lambda d: d.min or 0):
        if dim.min is None or dim.max is None:
            continue
        first = openpyxl.utils.get_column_letter(dim.min)
        last = openpyxl.utils.get_column_letter(min(dim.max, 16384))
        item = {"columns": first if first == last else f"{first}:{last}", "width": dim.width,
                "hidden": bool(dim.hidden), "bestFit": bool(dim.bestFit),
                "outlineLevel": dim.outlineLevel or 0, "collapsed": bool(dim.collapsed)}
        out.append(item)
    return out


def rows(ws):
    out = []
    for key, dim in sorted(ws.row_dimensions.items(), key=lambda kv: int(kv[0])):
        if dim.ht is None and not dim.hidden:
            continue
        item = {"row": int(key), "hidden": bool(dim.hidden), "outlineLevel": dim.outlineLevel or 0,
                "collapsed": bool(dim.collapsed)}
        put(item, "height", dim.ht)
        out.append(item)
    return out


def views(ws):
    out = []
    for view in ws.views.sheetView:
        item = {"workbookViewId": view.workbookViewId or 0}
        for name in ["tabSelected", "showGridLines", "showRowColHeaders", "showZeros", "rightToLeft"]:
            put(item, name, getattr(view, name))
        for name in ["zoomScale", "zoomScaleNormal", "zoomScalePageLayoutView", "zoomScaleSheetLayoutView",
                     "view", "topLeftCell"]:
            put(item, name, getattr(view, name))
        if view.pane is not None:
            pane = {}
            for name in ["xSplit", "ySplit", "topLeftCell", "activePane", "state"]:
                put(pane, name, getattr(view.pane, name))
            item["pane"] = pane
        item["selections"] = []
        for selection in view.selection:
            entry = {"sqref": selection.sqref or ""}
            for name in ["pane", "activeCell", "activeCellId"]:
                put(entry, name, getattr(selection, name))
            item["selections"].append(entry)
        out.append(item)
    return out


def print_setup(ws):
    setup = {}
    page = ws.page_setup
    for name in ["orientation", "paperSize", "scale", "fitToWidth", "fitToHeight", "firstPageNumber",
                 "pageOrder", "cellComments", "errors", "horizontalDpi", "verticalDpi", "copies"]:
        value = getattr(page, name)
        put(setup, name, int(value) if name not in ("orientation", "pageOrder", "cellComments", "errors")
            and value is not None else value)
    for name in ["useFirstPageNumber", "blackAndWhite", "draft"]:
        put(setup, name, getattr(page, name))
    pr = ws.sheet_properties.pageSetUpPr
    put(setup, "fitToPage", pr.fitToPage if pr is not None else None)
    options = ws.print_options
    for ours, theirs in [("gridLines", "gridLines"), ("headings", "headings"),
                         ("horizontalCentered", "horizontalCentered"), ("verticalCentered", "verticalCentered")]:
        put(setup, ours, getattr(options, theirs))
    m = ws.page_margins
    setup["margins"] = {"left": m.left, "right": m.right, "top": m.top, "bottom": m.bottom, "header": m.header,
                        "footer": m.footer}
    hf = ws.HeaderFooter
    texts = {}
    for name in ["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"]:
        text = str(getattr(hf, name))
        if text:
            texts[name] = text
    for name in ["differentOddEven", "differentFirst", "scaleWithDoc", "alignWithMargins"]:
        put(texts, name, getattr(hf, name))
    if texts:
        setup["headerFooter"] = texts
    setup["rowBreaks"] = [b.id for b in ws.row_breaks.brk]
    setup["columnBreaks"] = [b.id for b in ws.col_breaks.brk]
    area = ws.print_area
    if area:
        parts = area if isinstance(area, list) else area.split(",")
        setup["printArea"] = [p.split("!")[-1].replace("$", "") for p in parts]
    else:
        setup["printArea"] = []
    put(setup, "titleRows", ws.print_title_rows and ws.print_title_rows.replace("$", ""))
    put(setup, "titleColumns", ws.print_title_cols and ws.print_title_cols.replace("$", ""))
    return setup


def validations(ws):
    out = []
    for dv in ws.data_validations.dataValidation:
        item = {"sqref": str(dv.sqref), "allowBlank": bool(dv.allowBlank), "showDropDown": bool(dv.showDropDown),
                "showInputMessage": bool(dv.showInputMessage), "showErrorMessage": bool(dv.showErrorMessage)}
        for name in ["type", "operator", "errorStyle", "promptTitle", "prompt", "errorTitle", "error",
                     "formula1", "formula2"]:
            put(item, name, getattr(dv, name))
        out.append(item)
    return out


def comments(ws):
    out = []
    for cell in sorted(ws._cells.values(), key=lambda c: (c.row, c.column)):
        if cell.comment is not None:
            item = {"cell": cell.coordinate, "text": cell.comment.text}
            put(item, "author", cell.comment.author)
            out.append(item)
    return out


def sheet(ws):
    fmt = ws.sheet_format
    item = {"name": ws.title, "columns": columns(ws), "rows": rows(ws), "views": views(ws),
            "printSetup": print_setup(ws), "dataValidations": validations(ws), "comments": comments(ws),
            "protected": bool(ws.protection.sheet)}
    put(item, "defaultColumnWidth", fmt.defaultColWidth)
    put(item, "baseColumnWidth", fmt.baseColWidth)
    put(item, "defaultRowHeight", fmt.defaultRowHeight)
    put(item, "customDefaultRowHeight", fmt.customHeight)
    put(item, "rowsHiddenByDefault", fmt.zeroHeight)
    put(item, "autoFilter", ws.auto_filter.ref)
    color = ws.sheet_properties.tabColor
    if color is not None:
        tab = {}
        if color.type == "rgb":
            tab["rgb"] = color.rgb
        elif color.type == "theme":
            tab["theme"] = color.theme
        elif color.type == "indexed":
            tab["indexed"] = color.indexed
        elif color.type == "auto":
            tab["auto"] = True
        if color.tint:
            tab["tint"] = color.tint
        item["tabColor"] = tab
    return item


def main():
    skipped = []
    for path in sorted(glob.glob(os.path.join(CORPUS, "calamine", "*.xlsx")) +
                       glob.glob(os.path.join(CORPUS, "sheetjs", "*.xlsx"))):
        name = os.path.relpath(path, CORPUS)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                book = openpyxl.load_workbook(path)
        except Exception as error:  # openpyxl cannot open it as it is: no expected file
            skipped.append(f"{name}: {type(error).__name__}")
            continue
        document = {"file": name, "sheets": [sheet(ws) for ws in book.worksheets]}
        out = os.path.join(HERE, name.replace("/", "-").replace(".xlsx", ".layout.json"))
        with open(out, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=1, sort_keys=True)
            handle.write("\n")
    print("skipped:", *skipped, sep="\n  ")


if __name__ == "__main__":
    main()
