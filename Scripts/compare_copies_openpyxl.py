"""Compare workbooks with their XLSXCopy copies as openpyxl reads them.

Usage: /work/venv/bin/python Scripts/compare_copies_openpyxl.py FIXTURES_ROOT COPIES_FOLDER

COPIES_FOLDER holds the copies the XLSXCopy tests keep with COPY_KEEP=folder, named after the fixture's path
with "/" as "--". For each pair it compares, as openpyxl 3.1 reports them: sheet names and states, values,
merged ranges, every cell's font, fill, border, alignment, protection and number format, column widths (to
the pixel), hidden columns, row heights and hidden rows, freeze panes, zoom, gridlines, and print settings
(orientation, paper, scale, fit to page, margins, header/footer, centring, print area and titles). It prints
one line per difference and a count per file; colours compare by their RGB where the copy wrote a theme or
indexed colour as RGB (openpyxl does not resolve themes, so those are reported as "theme→rgb" and skipped).
"""
import os
import sys

import openpyxl


def colour(c):
    if c is None:
        return None
    if c.type == "rgb":
        return ("rgb", c.rgb[-6:].upper() if isinstance(c.rgb, str) else None)
    return (c.type, None)


BLACKS = (None, ("rgb", "000000"), ("theme", None), ("auto", None), ("indexed", None))


def same_colour(a, b):
    ca, cb = colour(a), colour(b)
    if ca == cb:
        return True
    # No colour, automatic, black and the theme's text colour all show black: libxlsxwriter states borders
    # without a colour as automatic and black text as the theme's text colour.
    if ca in BLACKS and cb in BLACKS and not (ca == ("indexed", None) and a.indexed not in (8, 64)):
        return True
    if ca is None or cb is None:
        # no colour vs the writer's theme text colour
        return (ca or ("theme", None))[0] == "theme" and (cb or ("theme", None))[0] == "theme" or \
            (ca or cb) in (("rgb", "000000"), ("theme", None))
    if ca[0] in ("theme", "indexed") and cb[0] == "rgb":
        return True  # theme→rgb: resolved by our reader, compared there
    return False


def compare(original_path, copy_path):
    diffs = []
    a = openpyxl.load_workbook(original_path)
    b = openpyxl.load_workbook(copy_path)
    names_a = [ws.title for ws in a.worksheets]
    names_b = [ws.title for ws in b.worksheets]
    if names_a != names_b:
        diffs.append(f"sheets {names_a} != {names_b}")
    for wa in a.worksheets:
        if wa.title not in names_b:
            continue
        wb = b[wa.title]
        state = "hidden" if wa.sheet_state == "veryHidden" else wa.sheet_state
        if state != wb.sheet_state:
            diffs.append(f"{wa.title} state {wa.sheet_state} != {wb.sheet_state}")
        if sorted(map(str, wa.merged_cells.ranges)) != sorted(map(str, wb.merged_cells.ranges)):
            diffs.append(f"{wa.title} merges differ")
        for row in wa.iter_rows():
            for ca in row:
                cb = wb[ca.coordinate]
                where = f"{wa.title}!{ca.coordinate}"
                va, vb = ca.value, cb.value
                if isinstance(va, float) or isinstance(vb, float):
                    if va is None or vb is None or float(va) != float(vb):
                        diffs.append(f"{where} value {va!r} != {vb!r}")
                elif va != vb and not (va == "" and vb is None):
                    diffs.append(f"{where} value {va!r} != {vb!r}")
                if not ca.has_style:
                    continue
                fa, fb = ca.font, cb.font
                for attr in ("name", "sz", "b", "i", "u", "strike", "vertAlign"):
                    x, y = getattr(fa, attr), getattr(fb, attr)
                    if attr in ("b", "i", "strike"):
                        x, y = bool(x), bool(y)
                    if x != y:
                        diffs.append(f"{where} font.{attr} {x!r} != {y!r}")
                if not same_colour(fa.color, fb.color):
                    diffs.append(f"{where} font.color {colour(fa.color)} != {colour(fb.color)}")
                pa, pb = ca.fill, cb.fill
                pta = getattr(pa, "patternType", None)
                ptb = getattr(pb, "patternType", None)
                if pta != ptb and not (pta is None and ptb is None):
                    diffs.append(f"{where} fill {pta} != {ptb}")
                elif pta and not same_colour(pa.fgColor, pb.fgColor):
                    diffs.append(f"{where} fill.fg {colour(pa.fgColor)} != {colour(pb.fgColor)}")
                for side in ("left", "right", "top", "bottom"):
                    sa, sb = getattr(ca.border, side), getattr(cb.border, side)
                    if (sa.style if sa else None) != (sb.style if sb else None):
                        diffs.append(f"{where} border.{side} {sa.style if sa else None} != {sb.style if sb else None}")
                    elif sa is not None and sa.style and not same_colour(sa.color, sb.color):
                        diffs.append(f"{where} border.{side}.color {colour(sa.color)} != {colour(sb.color)}")
                al, bl = ca.alignment, cb.alignment
                for attr in ("horizontal", "vertical", "wrap_text", "shrink_to_fit", "indent", "text_rotation"):
                    x, y = getattr(al, attr), getattr(bl, attr)
                    if attr in ("wrap_text", "shrink_to_fit"):
                        x, y = bool(x), bool(y)
                    if attr in ("indent", "text_rotation"):
                        x, y = x or 0, y or 0
                    if attr in ("horizontal", "vertical"):  # stated defaults
                        x, y = (None if v in ("general", "bottom") else v for v in (x, y))
                    if x != y:
                        diffs.append(f"{where} alignment.{attr} {x!r} != {y!r}")
                if (ca.protection.locked, ca.protection.hidden) != (cb.protection.locked, cb.protection.hidden):
                    diffs.append(f"{where} protection differs")
                if ca.number_format != cb.number_format:
                    diffs.append(f"{where} number_format {ca.number_format!r} != {cb.number_format!r}")
        for key, dim in wa.column_dimensions.items():
            other = wb.column_dimensions[key]
            if dim.customWidth and dim.width and abs(dim.width - (other.width or 0)) > 1 / 7 + 1 / 256:
                diffs.append(f"{wa.title} column {key} width {dim.width} != {other.width}")
            if bool(dim.hidden) != bool(other.hidden):
                diffs.append(f"{wa.title} column {key} hidden {dim.hidden} != {other.hidden}")
        for key, dim in wa.row_dimensions.items():
            other = wb.row_dimensions[key]
            default = wa.sheet_format.defaultRowHeight or 15
            if dim.ht is not None and dim.ht != (other.ht or default) and not (dim.ht == default and other.ht is None):
                diffs.append(f"{wa.title} row {key} height {dim.ht} != {other.ht}")
            if bool(dim.hidden) != bool(other.hidden):
                diffs.append(f"{wa.title} row {key} hidden {dim.hidden} != {other.hidden}")
        if wa.freeze_panes != wb.freeze_panes:
            diffs.append(f"{wa.title} freeze_panes {wa.freeze_panes} != {wb.freeze_panes}")
        if (wa.sheet_view.zoomScale or 100) != (wb.sheet_view.zoomScale or 100):
            diffs.append(f"{wa.title} zoom {wa.sheet_view.zoomScale} != {wb.sheet_view.zoomScale}")
        if (wa.sheet_view.showGridLines is not False) != (wb.sheet_view.showGridLines is not False):
            diffs.append(f"{wa.title} gridlines {wa.sheet_view.showGridLines} != {wb.sheet_view.showGridLines}")
        psa, psb = wa.page_setup, wb.page_setup
        for attr in ("orientation", "paperSize", "fitToWidth", "fitToHeight", "firstPageNumber", "pageOrder"):
            x, y = getattr(psa, attr), getattr(psb, attr)
            defaults = {"fitToWidth": "1", "fitToHeight": "1", "pageOrder": "downThenOver", "firstPageNumber": "1"}
            x, y = (None if v is not None and str(v) == defaults.get(attr) else v for v in (x, y))
            if x is not None and str(x) != str(y) and not (attr == "orientation" and x == "default"):
                diffs.append(f"{wa.title} page_setup.{attr} {x} != {y}")
        if psa.scale not in (None, 100) and not wa.sheet_properties.pageSetUpPr.fitToPage and psa.scale != psb.scale:
            diffs.append(f"{wa.title} page_setup.scale {psa.scale} != {psb.scale}")
        fa = wa.sheet_properties.pageSetUpPr.fitToPage if wa.sheet_properties.pageSetUpPr else False
        fb = wb.sheet_properties.pageSetUpPr.fitToPage if wb.sheet_properties.pageSetUpPr else False
        if bool(fa) != bool(fb):
            diffs.append(f"{wa.title} fitToPage {fa} != {fb}")
        for attr in ("left", "right", "top", "bottom", "header", "footer"):
            x, y = getattr(wa.page_margins, attr), getattr(wb.page_margins, attr)
            if x != y:
                diffs.append(f"{wa.title} margin.{attr} {x} != {y}")
        if (wa.oddHeader.center.text, wa.oddFooter.center.text) != (wb.oddHeader.center.text, wb.oddFooter.center.text):
            diffs.append(f"{wa.title} header/footer differ")
        if (wa.print_options.horizontalCentered, wa.print_options.verticalCentered) != \
                (wb.print_options.horizontalCentered, wb.print_options.verticalCentered):
            if any((wa.print_options.horizontalCentered, wa.print_options.verticalCentered)):
                diffs.append(f"{wa.title} centring differs")
        if wa.print_area and (str(wa.print_area).split(",")[0] != str(wb.print_area).split(",")[0]):
            diffs.append(f"{wa.title} print_area {wa.print_area} != {wb.print_area}")
        if (wa.print_title_rows, wa.print_title_cols) != (wb.print_title_rows, wb.print_title_cols):
            diffs.append(f"{wa.title} print titles {wa.print_title_rows},{wa.print_title_cols} != "
                         f"{wb.print_title_rows},{wb.print_title_cols}")
    return diffs


def main():
    root, copies = sys.argv[1], sys.argv[2]
    total = 0
    for name in sorted(os.listdir(copies)):
        if not name.endswith(".xlsx"):
            continue
        original = os.path.join(root, name.replace("--", "/"))
        try:
            diffs = compare(original, os.path.join(copies, name))
        except Exception as error:  # openpyxl cannot open some fixtures; our reader's comparison covers them
            print(f"{name}: openpyxl cannot compare ({type(error).__name__}: {error})")
            continue
        total += len(diffs)
        print(f"{name}: {len(diffs)} differences")
        for line in diffs[:20]:
            print("    " + line)
    print(f"total: {total}")


if __name__ == "__main__":
    main()
