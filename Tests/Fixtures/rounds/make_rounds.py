"""Rounds of returned forms with a reference list (issue 16), for EndToEndTests/RoundCommandTests.

Run with /work/venv/bin/python (openpyxl). Each round is a folder of returned files, the reference list among
them (jixiao skips it), and `<round>.expected.json` beside the folder with the truth the test asserts: the five
counts, every unit's line of the 收表情况 in the list's order then the units not on the list, every
`reference-mismatch` finding (file, field, stated and expected figures), the files skipped, the exit code, and the
modification times the test sets (git keeps no mtimes) so that the right duplicate counts.

The returned forms are copies of the fixture forms made by other programs (forms/, own-layout/, workbooks/):
some as they are, some with only their 部门名称 cell rewritten by openpyxl. Nothing here reads jixiao's output:
the expected figures are worked out below from the forms' own figures (all shown to 2 places, in 万元).
"""
import csv
import io
import json
import os
import shutil

from openpyxl import Workbook, load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.dirname(HERE)

# The fixture forms, with the cell holding 部门名称 and the figures each shows (万元, 2 places).
HUANGPU = ("forms/huangpu-2021.xlsx", "Sheet1", "C4", "广州市黄埔区总工会（广州开发区总工会）",
           {"funds.annualBudget": "1505.02", "funds.initialBudget": "1859.01", "funds.actual": "1472.46",
            "funds.generalPublicBudget": "1472.46"})
PANYU = ("forms/panyu-2021.xlsx", "自评表", "C4", "广州市番禺区总工会",
         {"funds.annualBudget": "1576.21", "funds.actual": "1538.82", "funds.generalPublicBudget": "1120.44"})
HUADU = ("own-layout/huadu-style.openpyxl.xlsx", "自评表", "B2", "广州市花都区城市管理和综合执法局",
         {"funds.annualBudget": "860.00", "funds.initialBudget": "800.00", "funds.actual": "830.00"})
MOF = ("own-layout/mof-grid-styled.openpyxl.xlsx", "Sheet1", "C3", "某县农业农村局",
       {"funds.annualBudget": "1250.00", "funds.initialBudget": "1200.00", "funds.actual": "1225.00",
        "funds.generalPublicBudget": "1030.00"})
SICHUAN = ("own-layout/sichuan-grid-styled.openpyxl.xlsx", "Sheet1", "C2", "某县教育局",
           {"funds.annualBudget": "2000.00", "funds.initialBudget": "1800.00", "funds.actual": "1900.00"})
TRAINING = ("workbooks/one-form-score.openpyxl.xlsx", "自评表", "C4", "广州市某某局培训中心",
            {"funds.annualBudget": "300.00", "funds.initialBudget": "300.00", "funds.actual": "270.00"})
# A 主管部门's workbook: two forms, one a sheet.
TWO_UNITS = "workbooks/two-units.openpyxl.xlsx"
ORGAN = {"funds.annualBudget": "1200.00", "funds.initialBudget": "1000.00", "funds.actual": "1150.00"}
INFO = {"funds.annualBudget": "500.00", "funds.initialBudget": "520.00", "funds.actual": "480.00"}

# Dates the test sets on the files (git keeps no modification times); files not named keep the copy's time,
# which is later than all of these.
OLDER = "2022-03-01T09:00:00Z"
NEWER = "2022-03-05T09:00:00Z"

BROKEN_XLSX = b"PK\x03\x04" + b"\x14\x00\x00\x00\x08\x00" + b"\x00" * 20 + b"not a zip any more: the download broke off"


def yuan(wan):
    """万元 with 2 places as whole 元 (an exact shift of the decimal point)."""
    whole, _, cents = wan.partition(".")
    return int(whole) * 10000 + int((cents + "00")[:2]) * 100


def copy_form(form, folder, name, department=None):
    """Copies a fixture form into the round; with `department`, its 部门名称 cell rewritten by openpyxl."""
    source = os.path.join(FIXTURES, form[0])
    target = os.path.join(folder, name)
    if department is None:
        shutil.copyfile(source, target)
        return
    book = load_workbook(source)
    sheet = book[form[1]]
    assert sheet[form[2]].value == form[3], (form[0], sheet[form[2]].value)
    sheet[form[2]].value = department
    book.save(target)


def fresh(name):
    folder = os.path.join(HERE, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    return folder


def write_bytes(folder, name, data):
    with open(os.path.join(folder, name), "wb") as out:
        out.write(data)


def line(row, unit, status, path=None, match=None, mismatches=(), others=(), unreadable=(), code=None, sheet=None,
         department=None, why=None):
    """One line of the 收表情况 as summary.round.units gives it (a unit not on the list has no row)."""
    entry = {"row": row, "unit": unit, "code": code, "status": status, "path": path, "sheet": sheet,
             "department": department, "match": match, "mismatches": list(mismatches), "others": list(others),
             "unreadable": list(unreadable)}
    if why:
        entry["why"] = why
    return entry


def unknown(path, department, closest, sheet=None):
    entry = line(None, None, "unknown", path=path, department=department, sheet=sheet)
    entry["closest"] = closest
    return entry


def mismatch(path, field, stated, expected, sheet=None):
    return {"path": path, "sheet": sheet, "field": field, "stated": stated, "expected": expected}


def write_expected(name, about, reference, status, modified, units, mismatches, skipped, summary_line, summary_line_en):
    listed = [u for u in units if u["row"] is not None]
    # The 收表情况 gives the list's units in its order, then the units not on it in the order of their paths.
    units = listed + sorted((u for u in units if u["row"] is None), key=lambda u: u["path"])
    counts = {
        "expected": len(listed),
        "submitted": sum(1 for u in listed if u["status"] in ("passed", "findings", "duplicate")),
        "missing": sum(1 for u in listed if u["status"] in ("missing", "unreadable")),
        "duplicates": sum(1 for u in listed if u["status"] == "duplicate"),
        "unknown": sum(1 for u in units if u["status"] == "unknown"),
    }
    document = {
        "about": about,
        "reference": reference,
        "exitStatus": status,
        "modified": modified,
        "counts": counts,
        "units": units,
        "mismatches": mismatches,
        "skipped": skipped,
        "summaryLine": summary_line,
        "summaryLineEnglish": summary_line_en,
    }
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as out:
        json.dump(document, out, ensure_ascii=False, indent=1)
        out.write("\n")


def round_one():
    """An XLSX list in 元 (a title row and 单位：元 above the header) against forms in 万元; renamed units, a
    rounding that is no mismatch, two duplicates, an unreadable file, a non-workbook, 第一/第二 and 城东/城西."""
    name = "round1-xlsx-yuan"
    folder = fresh(name)
    f = HUANGPU[4]
    p = PANYU[4]
    h = HUADU[4]
    t = TRAINING[4]
    rows = [
        # 序号, 单位名称, 年初预算数, 年度预算数, 实际支出数, 备注
        # the bracketed alias alone; 年度预算数 15050213 元 is 1505.0213 万元: 1505.02 at the form's precision
        [1, "广州开发区总工会", yuan(f["funds.initialBudget"]), 15050213, yuan(f["funds.actual"]), "元位尾数不计"],
        # 广州市 dropped; 实际支出数 1539.82 against 1538.82 on the form
        [2, "番禺区总工会", None, yuan(p["funds.annualBudget"]), yuan("1539.82"), "决算调整"],
        # spaces inside; 年度预算数 861 against 860
        [3, "广州市花都区 城市管理和综合执法局", yuan(h["funds.initialBudget"]), yuan("861.00"), yuan(h["funds.actual"]), None],
        # 年初预算数 310 against 300
        [4, "广州市某某局培训中心", yuan("310.00"), yuan(t["funds.annualBudget"]), yuan(t["funds.actual"]), None],
        # its only file cannot be read
        [5, "广州市某某局信息中心", 5200000, 5000000, 4800000, None],
        # nothing returned
        [6, "广州市白云区总工会", 1200000, 1200000, 1100000, None],
        # 第一中学 returns its form; 第二中学 (not listed) does too
        [7, "广州市第一中学", None, yuan(p["funds.annualBudget"]), yuan(p["funds.actual"]), None],
        # 城东 returns nothing; 城西 (not listed) does
        [8, "广州市城东街道办事处", None, 9000000, 8800000, None],
        # the form says 广州市某某局机关: a close name, for the officer to confirm; 实际支出数 271 against 270
        [9, "广州市某某局机关本级", yuan(t["funds.initialBudget"]), yuan(t["funds.annualBudget"]), yuan("271.00"), None],
    ]
    book = Workbook()
    sheet = book.active
    sheet.title = "应交名单"
    sheet.append(["2021年度部门整体支出绩效自评应交单位名单"])
    sheet.append(["单位：元"])
    sheet.append(["序号", "单位名称", "年初预算数", "年度预算数", "实际支出数", "备注"])
    for row in rows:
        sheet.append(row)
    sheet.append(["注：金额以预算批复和决算为准"])
    book.save(os.path.join(folder, "名单.xlsx"))

    copy_form(HUANGPU, folder, "黄埔区总工会2021年自评表.xlsx")
    # A duplicate: the newer file counts (it sorts after the older one, so path order alone would pick wrongly).
    copy_form(PANYU, folder, "番禺区总工会(旧).xlsx")
    copy_form(PANYU, folder, "番禺区总工会.xlsx")
    # A duplicate: 修改版 counts although older.
    copy_form(HUADU, folder, "花都区城管局.xlsx")
    copy_form(HUADU, folder, "花都区城管局（修改版）.xlsx")
    copy_form(TRAINING, folder, "培训中心.xlsx")
    write_bytes(folder, "广州市某某局信息中心.xlsx", BROKEN_XLSX)
    copy_form(PANYU, folder, "第一中学.xlsx", department="广州市第一中学")
    copy_form(PANYU, folder, "第二中学.xlsx", department="广州市第二中学")
    copy_form(PANYU, folder, "城西街道.xlsx", department="广州市城西街道办事处")
    copy_form(TRAINING, folder, "某某局机关.xlsx", department="广州市某某局机关")
    copy_form(MOF, folder, "农业农村局.xlsx")
    write_bytes(folder, "报送说明.txt", "请于3月10日前报送。\n".encode("utf-8"))

    units = [
        line(4, "广州开发区总工会", "findings", "黄埔区总工会2021年自评表.xlsx", "name", department=HUANGPU[3]),
        line(5, "番禺区总工会", "duplicate", "番禺区总工会.xlsx", "name", ["funds.actual"], ["番禺区总工会(旧).xlsx"],
             department=PANYU[3], why="the newer file by modification time"),
        line(6, "广州市花都区 城市管理和综合执法局", "duplicate", "花都区城管局（修改版）.xlsx", "name", ["funds.annualBudget"],
             ["花都区城管局.xlsx"], department=HUADU[3], why="修改版 in its name, although older"),
        line(7, "广州市某某局培训中心", "findings", "培训中心.xlsx", "name", ["funds.initialBudget"], department=TRAINING[3]),
        line(8, "广州市某某局信息中心", "unreadable", unreadable=["广州市某某局信息中心.xlsx"]),
        line(9, "广州市白云区总工会", "missing"),
        line(10, "广州市第一中学", "passed", "第一中学.xlsx", "name", department="广州市第一中学"),
        line(11, "广州市城东街道办事处", "missing"),
        line(12, "广州市某某局机关本级", "findings", "某某局机关.xlsx", "fuzzy", ["funds.actual"], department="广州市某某局机关"),
        unknown("第二中学.xlsx", "广州市第二中学", ["广州市第一中学"]),
        unknown("城西街道.xlsx", "广州市城西街道办事处", ["广州市城东街道办事处"]),
        unknown("农业农村局.xlsx", "某县农业农村局", []),
    ]
    mismatches = [
        mismatch("番禺区总工会(旧).xlsx", "funds.actual", "1538.82", "1539.82"),
        mismatch("番禺区总工会.xlsx", "funds.actual", "1538.82", "1539.82"),
        mismatch("花都区城管局.xlsx", "funds.annualBudget", "860.00", "861.00"),
        mismatch("花都区城管局（修改版）.xlsx", "funds.annualBudget", "860.00", "861.00"),
        mismatch("培训中心.xlsx", "funds.initialBudget", "300.00", "310.00"),
        mismatch("某某局机关.xlsx", "funds.actual", "270.00", "271.00"),
    ]
    write_expected(
        name, round_one.__doc__, "名单.xlsx", 2,
        {"番禺区总工会(旧).xlsx": OLDER, "番禺区总工会.xlsx": NEWER,
         "花都区城管局.xlsx": NEWER, "花都区城管局（修改版）.xlsx": OLDER},
        units, mismatches, ["名单.xlsx", "报送说明.txt"],
        "名单 {reference}：应交 9 个单位，已交 6 个，未交 3 个，重复 2 个，名单外 3 个",
        "list {reference}: 9 units expected, 6 returned, 3 missing, 2 duplicated, 3 not on the list")


def round_two():
    """A GB 18030 CSV list in 万元 stated in the headers (其中：一般公共预算 too); names shortened and spaced on the
    forms; 第一中学 and 第二中学 both listed and both returned; an 更正 file counting although older, and a newer
    file counting that sorts first; 从化区's 城市管理和综合执法局 listed, sending nothing, and 花都区's (not listed)
    not taken for it."""
    name = "round2-csv-gb18030"
    folder = fresh(name)
    f, p, m, s = HUANGPU[4], PANYU[4], MOF[4], SICHUAN[4]
    header = ["部门名称", "年初预算数（万元）", "年度预算数（万元）", "实际支出数（万元）", "其中：一般公共预算（万元）"]
    rows = [
        # the short name; 一般公共预算 1472.47 against 1472.46
        ["黄埔区总工会", f["funds.initialBudget"], f["funds.annualBudget"], f["funds.actual"], "1472.47"],
        # the form says 番禺区 总工会: no city, a space
        ["广州市番禺区总工会", "", p["funds.annualBudget"], p["funds.actual"], p["funds.generalPublicBudget"]],
        # 年度预算数 1260 against 1250
        ["某县农业农村局", m["funds.initialBudget"], "1260.00", m["funds.actual"], m["funds.generalPublicBudget"]],
        # 年初预算数 1810 against 1800
        ["某县教育局", "1810.00", s["funds.annualBudget"], s["funds.actual"], ""],
        ["广州市第一中学", "", p["funds.annualBudget"], p["funds.actual"], ""],
        ["广州市第二中学", "", p["funds.annualBudget"], p["funds.actual"], ""],
        # nothing returned
        ["某某局档案馆", "140", "150", "147", "147"],
        # nothing returned; 花都区's form (not listed) is not this unit of another district, however alike
        ["广州市从化区城市管理和综合执法局", "780", "800", "790", ""],
    ]
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows([header] + rows)
    write_bytes(folder, "名单.csv", text.getvalue().encode("gb18030"))

    copy_form(HUANGPU, folder, "黄埔区总工会.xlsx")
    copy_form(PANYU, folder, "番禺区总工会2021.xlsx", department="番禺区 总工会")
    # 更正 counts although older.
    copy_form(MOF, folder, "农业农村局.xlsx")
    copy_form(MOF, folder, "农业农村局更正.xlsx")
    # The newer counts: it sorts first.
    copy_form(SICHUAN, folder, "教育局自评表.xlsx")
    copy_form(SICHUAN, folder, "教育局自评表（初稿）.xlsx")
    copy_form(PANYU, folder, "一中.xlsx", department="广州市第一中学")
    copy_form(PANYU, folder, "二中.xlsx", department="广州市 第二中学")
    copy_form(HUADU, folder, "花都区城管局.xlsx")
    write_bytes(folder, "签章页.pdf", b"%PDF-1.4\n% a scanned signature page\n%%EOF\n")

    units = [
        line(2, "黄埔区总工会", "findings", "黄埔区总工会.xlsx", "name", ["funds.generalPublicBudget"], department=HUANGPU[3]),
        line(3, "广州市番禺区总工会", "passed", "番禺区总工会2021.xlsx", "name", department="番禺区 总工会"),
        line(4, "某县农业农村局", "duplicate", "农业农村局更正.xlsx", "name", ["funds.annualBudget"], ["农业农村局.xlsx"],
             department=MOF[3], why="更正 in its name, although older"),
        line(5, "某县教育局", "duplicate", "教育局自评表.xlsx", "name", ["funds.initialBudget"], ["教育局自评表（初稿）.xlsx"],
             department=SICHUAN[3], why="the newer file by modification time"),
        line(6, "广州市第一中学", "passed", "一中.xlsx", "name", department="广州市第一中学"),
        line(7, "广州市第二中学", "passed", "二中.xlsx", "name", department="广州市 第二中学"),
        line(8, "某某局档案馆", "missing"),
        line(9, "广州市从化区城市管理和综合执法局", "missing"),
        unknown("花都区城管局.xlsx", HUADU[3], ["广州市从化区城市管理和综合执法局"]),
    ]
    mismatches = [
        mismatch("农业农村局.xlsx", "funds.annualBudget", "1250.00", "1260.00"),
        mismatch("农业农村局更正.xlsx", "funds.annualBudget", "1250.00", "1260.00"),
        mismatch("教育局自评表.xlsx", "funds.initialBudget", "1800.00", "1810.00"),
        mismatch("教育局自评表（初稿）.xlsx", "funds.initialBudget", "1800.00", "1810.00"),
        mismatch("黄埔区总工会.xlsx", "funds.generalPublicBudget", "1472.46", "1472.47"),
    ]
    write_expected(
        name, round_two.__doc__, "名单.csv", 1,
        {"农业农村局.xlsx": NEWER, "农业农村局更正.xlsx": OLDER,
         "教育局自评表.xlsx": NEWER, "教育局自评表（初稿）.xlsx": OLDER},
        units, mismatches, ["名单.csv", "签章页.pdf"],
        "名单 {reference}：应交 8 个单位，已交 6 个，未交 2 个，重复 2 个，名单外 1 个",
        "list {reference}: 8 units expected, 6 returned, 2 missing, 2 duplicated, 1 not on the list")


def round_three():
    """An XLSX list with 单位编码 and （元） in the headers (no unit line), a 主管部门's workbook of two forms,
    a bracketed alias on the list, a 第2版 counting although older, another district's 总工会 not taken for
    the listed one, and 执法支队 (not listed) not taken for 执法大队 (listed, sending nothing): one character off,
    but every figure differs."""
    name = "round3-codes"
    folder = fresh(name)
    t, h = TRAINING[4], HUADU[4]
    rows = [
        ["44010101", "某某局机关", yuan(ORGAN["funds.initialBudget"]), yuan(ORGAN["funds.annualBudget"]), yuan(ORGAN["funds.actual"])],
        # 实际支出数 481 against 480
        ["44010102", "广州市某某局信息中心（信息化办公室）", yuan(INFO["funds.initialBudget"]), yuan(INFO["funds.annualBudget"]),
         yuan("481.00")],
        ["44010103", "广州市某某局培训中心", yuan(t["funds.initialBudget"]), yuan(t["funds.annualBudget"]), yuan(t["funds.actual"])],
        # 8600040 元 is 860.004 万元: 860.00 at the form's precision
        ["44011401", "花都区城市管理和综合执法局", yuan(h["funds.initialBudget"]), 8600040, yuan(h["funds.actual"])],
        ["44011101", "广州市白云区总工会", 1200000, 1200000, 1100000],
        # nothing returned; 执法支队 (not listed, a name one character off) sent its form, whose figures all differ
        ["44010104", "广州市某某局执法大队", 8000000, 8600000, 8170000],
    ]
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(["某某局及下属单位、各区 2021年度绩效自评名单"])
    sheet.append([])
    sheet.append(["单位编码", "单位名称", "年初预算数（元）", "年度预算数（元）", "实际支出数（元）"])
    for row in rows:
        sheet.append(row)
    book.save(os.path.join(folder, "应交名单.xlsx"))

    shutil.copyfile(os.path.join(FIXTURES, TWO_UNITS), os.path.join(folder, "某某局（机关及信息中心）.xlsx"))
    copy_form(TRAINING, folder, "培训中心第2版.xlsx")
    copy_form(TRAINING, folder, "培训中心.xlsx")
    copy_form(HUADU, folder, "花都区城管局.xlsx")
    copy_form(PANYU, folder, "番禺区总工会.xlsx")
    copy_form(TRAINING, folder, "执法支队.xlsx", department="广州市某某局执法支队")
    write_bytes(folder, "说明.docx", b"PK\x05\x06" + b"\x00" * 18)

    workbook = "某某局（机关及信息中心）.xlsx"
    units = [
        line(4, "某某局机关", "passed", workbook, "name", code="44010101", sheet="机关", department="广州市某某局机关"),
        line(5, "广州市某某局信息中心（信息化办公室）", "findings", workbook, "name", ["funds.actual"], code="44010102",
             sheet="信息中心", department="广州市某某局信息中心"),
        line(6, "广州市某某局培训中心", "duplicate", "培训中心第2版.xlsx", "name", others=["培训中心.xlsx"], code="44010103",
             department=TRAINING[3], why="第2版 in its name, although older"),
        line(7, "花都区城市管理和综合执法局", "findings", "花都区城管局.xlsx", "name", code="44011401", department=HUADU[3]),
        line(8, "广州市白云区总工会", "missing", code="44011101"),
        line(9, "广州市某某局执法大队", "missing", code="44010104"),
        unknown("番禺区总工会.xlsx", PANYU[3], ["广州市白云区总工会"]),
        unknown("执法支队.xlsx", "广州市某某局执法支队", ["广州市某某局执法大队"]),
    ]
    mismatches = [mismatch(workbook, "funds.actual", "480.00", "481.00", sheet="信息中心")]
    write_expected(
        name, round_three.__doc__, "应交名单.xlsx", 1,
        {"培训中心第2版.xlsx": OLDER, "培训中心.xlsx": NEWER},
        units, mismatches, ["应交名单.xlsx", "说明.docx"],
        "名单 {reference}：应交 6 个单位，已交 4 个，未交 2 个，重复 1 个，名单外 2 个",
        "list {reference}: 6 units expected, 4 returned, 2 missing, 1 duplicated, 2 not on the list")


def bad_lists():
    """Lists refused before any form is read: row and column named as the officer sees the sheet."""
    book = Workbook()
    sheet = book.active
    sheet.append(["2021年度应交单位名单"])
    sheet.append(["单位：元"])
    sheet.append(["序号", "单位名称", "年初预算数", "年度预算数"])
    sheet.append([1, "广州市某某局培训中心", 3000000, 3000000])
    sheet.append([2, "广州市某某局信息中心", 5200000, "约500万"])
    book.save(os.path.join(HERE, "bad-not-a-number.openpyxl.xlsx"))

    book = Workbook()
    sheet = book.active
    sheet.append(["单位编码", "单位名称", "年度预算数（元）"])
    sheet.append(["44010103", "广州市某某局培训中心", 3000000])
    sheet.append(["44010102", "广州市某某局信息中心", 5000000])
    sheet.append(["44010104", "广州市 某某局培训中心", 3000000])
    book.save(os.path.join(HERE, "bad-duplicate-unit.openpyxl.xlsx"))


if __name__ == "__main__":
    round_one()
    round_two()
    round_three()
    bad_lists()
