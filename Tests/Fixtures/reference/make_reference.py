"""Reference lists (issue 16) for JixiaoFormTests/ReferenceListTests and RoundAccountingTests.

Run with /work/venv/bin/python (openpyxl). The lists are checked against the fixture forms:
Tests/Fixtures/workbooks/five-units.openpyxl.xlsx (five 广州市某某局… units, in 万元) and
Tests/Fixtures/forms/huangpu-2021.xlsx, panyu-2021.xlsx.
"""
import csv
import io
import os

from openpyxl import Workbook, load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))

# The round list, in 元 (a unit line above the header), with a title row, a code column and a note column.
ROUND_HEADER = ["序号", "单位编码", "单位名称", "年度预算数", "年初预算数", "实际支出数", "备注"]
ROUND_ROWS = [
    # a short name: 广州市 dropped
    [1, "101001", "某某局档案馆", 1500000, 1400000, 1470000, None],
    # 实际支出数 changed: 271 万元 on the list, 270 on the form
    [2, "101002", "广州市某某局培训中心", 3000000, 3000000, 2710000, "决算调整"],
    [3, "101003", "广州市 某某局 执法大队", 8600000, 8000000, 8170000, None],
    [4, "101004", "广州市某某局信息中心", 5000000, 5200000, 4800000, None],
    # a fuzzy name: 机关 written 机关本级
    [5, "101005", "广州市某某局机关本级", 12000000, 10000000, 11500000, None],
    # full-width variant brackets around the alias; figures to the 元
    [6, "102001", "广州市黄埔区总工会【广州开发区总工会】", 15050200, 18590100, 14724600, None],
    # on the list, no form: missing
    [7, "103001", "广州市白云区总工会", 1200000, 1200000, 1100000, None],
]


def round_workbook():
    book = Workbook()
    sheet = book.active
    sheet.title = "名单"
    sheet.append(["2021年度部门整体支出绩效自评应交单位名单"])
    sheet.append(["单位：元"])
    sheet.append(ROUND_HEADER)
    for row in ROUND_ROWS:
        sheet.append(row)
    sheet.append(["合计", None, None, sum(r[3] for r in ROUND_ROWS), None, None, None])
    sheet.append(["注：名单以预算批复为准"])
    book.save(os.path.join(HERE, "round.openpyxl.xlsx"))


# The same units as CSV, in 万元 stated in the headers, with names as officers shorten them.
CSV_HEADER = ["部门名称", "年度预算数（万元）", "funds.actual", "其中：一般公共预算（万元）"]
CSV_ROWS = [
    ["黄埔区总工会", "1505.02", "1472.46", "1472.46"],
    ["广州市番禺区总工会", "1576.21", "1538.82", "1120.44"],
    ["广州市 黄埔区总工会", "", "", ""],
]


def write_csv(name, header, rows, encoding, bom=False):
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows([header] + rows)
    data = text.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, name), "wb") as out:
        out.write(data)


def csv_lists():
    # 广州市黄埔区总工会 is 黄埔区总工会 with its city: the third row is a second row for one unit, so only the
    # first two rows make the good lists.
    write_csv("unions.utf8-bom.csv", CSV_HEADER, CSV_ROWS[:2], "utf-8", bom=True)
    write_csv("unions.gb18030.csv", CSV_HEADER, CSV_ROWS[:2], "gb18030")


def bad_lists():
    write_csv("bad-no-name-column.csv", ["序号", "年度预算数"], [["1", "150"]], "utf-8")
    write_csv("bad-empty-name.csv", ["单位名称", "年度预算数"], [["档案馆", "150"], ["", "300"]], "utf-8")
    write_csv("bad-duplicate-name.csv", CSV_HEADER, CSV_ROWS, "utf-8")
    write_csv("bad-not-a-number.csv", ["单位名称", "年度预算数", "实际支出数"],
              [["档案馆", "150", "147"], ["培训中心", "300", "约270"]], "gb18030")
    write_csv("bad-duplicate-code.csv", ["单位编码", "单位名称"], [["101001", "档案馆"], ["101001", "培训中心"]], "utf-8")
    write_csv("bad-duplicate-column.csv", ["单位名称", "年度预算数", "全年预算数"], [["档案馆", "150", "150"]], "utf-8")
    # An XLSX whose only sheet has no name column: refused as such.
    book = Workbook()
    book.active.append(["序号", "金额"])
    book.active.append([1, 2])
    book.save(os.path.join(HERE, "bad-no-name-column.openpyxl.xlsx"))


# For `fill --data` (FillReferenceListTests): a list in 万元 stated in every figure header, with a title line
# above the header, and the MOF blank of ../own-layout with its unit line changed to 元, so that the list's
# figures are converted 万元 → 元 into it.
FILL_HEADER = ["序号", "单位名称", "年初预算数（万元）", "年度预算数（万元）", "实际支出数（万元）",
               "其中：一般公共预算（万元）", "备注"]
FILL_ROWS = [
    ["1", "广州市黄埔区总工会", "1859.01", "1505.02", "1472.46", "1472.46", ""],
    # no 其中 figure: the list gives only part of 番禺's breakdown, which the form would find short
    ["2", "广州市番禺区总工会", "1576.21", "1576.21", "1538.82", "", "含上年结转"],
]


def fill_lists():
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows([["2021年度绩效自评预填数据"]] + [FILL_HEADER] + FILL_ROWS)
    with open(os.path.join(HERE, "fill-wanyuan.gb18030.csv"), "wb") as out:
        out.write(text.getvalue().encode("gb18030"))
    book = load_workbook(os.path.join(HERE, "..", "own-layout", "mof-grid-blank.openpyxl.xlsx"))
    assert book.active["A2"].value == "单位：万元"
    book.active["A2"] = "单位：元"
    book.save(os.path.join(HERE, "mof-grid-blank.yuan.openpyxl.xlsx"))
    # A workbook list with a figure that is no number: row 5, column D (a title row and a unit line above).
    book = Workbook()
    sheet = book.active
    sheet.append(["2021年度应交单位名单"])
    sheet.append(["单位：元"])
    sheet.append(["单位编码", "单位名称", "年初预算数", "年度预算数"])
    sheet.append(["101001", "某某局档案馆", 1400000, 1500000])
    sheet.append(["101002", "广州市某某局培训中心", 3000000, "约300万"])
    book.save(os.path.join(HERE, "bad-not-a-number.openpyxl.xlsx"))


if __name__ == "__main__":
    round_workbook()
    csv_lists()
    bad_lists()
    fill_lists()
