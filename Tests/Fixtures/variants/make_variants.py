#!/usr/bin/env python3
"""Builds the variant 自评表 files of Tests/Fixtures/variants with openpyxl, and writes beside each its
NAME.expected.json.

The expected values and findings are written here BY HAND from the contract (form-model.md §3–5,
domain.md §1.3, §2, §6): every figure below was worked out on paper, the arithmetic is in the comments.
Nothing here runs or imports jixiao. Re-running the script gives the same content.

    python3 make_variants.py          # needs openpyxl (pip install openpyxl)
    python3 make_variants.py sichuan-grid mof-grid-total   # only these (and their LibreOffice copies)
"""
import copy
import json
import os
import re
import shutil
import tempfile
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import column_index_from_string, get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------------------------------------------------
# Layout: a sheet is a list of rows; a row is a list of cells {col, v, fmt, to (merge to column), down
# (extra rows merged below), name (to refer to the cell in the expectations)}.

def cell(col, v=None, fmt=None, to=None, down=0, name=None):
    return {"col": col, "v": v, "fmt": fmt, "to": to, "down": down, "name": name}


def write_rows(ws, rows, first_row=1):
    """Writes rows from first_row; returns {name: 'C5'} for the named cells."""
    names = {}
    r = first_row
    for row in rows:
        for c in row:
            ref = f"{c['col']}{r}"
            if c["v"] is not None:
                ws[ref] = c["v"]
                ws[ref].alignment = Alignment(wrap_text=True, vertical="center")
            if c["fmt"]:
                ws[ref].number_format = c["fmt"]
            if c["to"] or c["down"]:
                last = f"{c['to'] or c['col']}{r + c['down']}"
                ws.merge_cells(f"{ref}:{last}")
            if c["name"]:
                names[c["name"]] = ref
        r += 1
    for col, width in zip("ABCDEF", (14, 24, 30, 22, 30, 14)):
        ws.column_dimensions[col].width = width
    return names


# ----------------------------------------------------------------------------------------------------------
# The Huangpu layout (fixtures/README.md), built section by section so variants can move, respell and refill.

HP_GOAL = "<p>认真履行组建、引导、教育、服务职工群众和依法维护职工群众合法权益的职能。</p>"
HP_RESULT = "<p>进一步扩大工会组织的覆盖面，顺利完成年度各项指标任务，活动安全率达标。</p>"
HP_KPIS = [
    ("各类活动次数", "161场次", "159场次"),
    ("各类培训次数", "0场次", "2场次"),
    ("活动安全事故达标率", "不发生安全事故", "无发生安全事故"),
    ("工作任务完成率", "90%", "全年完成各类工作任务"),
    ("服务群体满意度", "90%", "98%"),
    ("金雁艺术团节目编排数量", "3个", "4个"),
    ("金雁艺术团演出次数", "2场次", "2场次"),
    ("创编节目验收合格率", "100%", "全年完成创编节目验收合格无投诉"),
    ("工会组建新增量", "新增80家", "2021年度计划新增基层工会80家，实际新增99家"),
]
# Parsed by hand per domain.md §6.2: (targetValue, resultValue, unit).
HP_KPI_VALUES = [(161, 159, "场次"), (0, 2, "场次"), (None, None, None), (90, None, "%"), (90, 98, "%"),
                 (3, 4, "个"), (2, 2, "场次"), (100, None, "%"), (80, 99, "家")]
HP_TASKS = [
    ("组织、举办各类活动", "深入推进劳动技能竞赛、职工文体活动。", "<p>举办了四类活动</p>", "活动数量", "举办活动157场", 66.45),
    ("举办各类培训", "大力推进基层工会干部职工教育。", "举办培训2次", "培训数量", "举办了培训2次", 1.39),
    ("“金雁文化”品牌建设", "开展金雁艺术团等文体宣教项目。", "开展了金雁艺术团演出等项目", "节目编排数量", "编排4个", 27.52),
    ("组建工会", "依法推动企业普遍建立工会组织", "工会组建新增99家", "工会新增数量", "新增99家", 3.3),
]


def hp_labels(**overrides):
    labels = {
        "department": "部门名称", "block_funds": "部门资金情况",
        "annualBudget": "整体支出年度预算数", "initialBudget": "整体支出年初预算数", "actual": "实际支出数",
        "adjustment": "年度调整额", "gpb": "其中：一般公共预算", "completionRate": "预算完成率",
        "adjustmentRate": "预算调整率", "block_goal": "年度整体目标", "goal": "年度整体目标",
        "goalResult": "整体目标完成情况", "block_kpi": "年度关键指标", "kpiName": "关键指标",
        "kpiTarget": "预期实现值", "kpiResult": "指标完成情况", "tasks": "主要任务", "taskGoal": "预期目标",
        "taskGoalResult": "目标完成情况", "taskIndicator": "关键指标", "taskIndicatorResult": "指标完成情况",
        "taskFunds": "任务涉及资金", "problems": "存在问题", "improvements": "改进措施",
    }
    labels.update(overrides)
    return labels


def hp_values(**overrides):
    values = {
        "title": "黄埔区广州开发区部门整体支出绩效自评表", "yearLine": "(2021年度)", "unitLine": "单位：万元",
        "department": "广州市黄埔区总工会（广州开发区总工会）",
        "annualBudget": (1505.02, "0.00"), "initialBudget": (1859.01, "#,##0.00"), "actual": (1472.46, "0.00"),
        "adjustment": (-353.99, "0.00"), "gpb": (1472.46, "0.00"), "completionRate": (0.978, "0.0%"),
        "adjustmentRate": (-0.19, "0.0%"), "goal": HP_GOAL, "goalResult": HP_RESULT, "kpis": HP_KPIS,
        "tasks": [list(t) for t in HP_TASKS], "problems": "活动次数因疫情原因未达到预期次数",
        "improvements": "预算要进一步细化准确",
    }
    values.update(overrides)
    return values


def fv(value):
    """A (value, format) pair or a plain value → (value, format)."""
    return value if isinstance(value, tuple) else (value, None)


def hp_rows(labels, values, *, gap_rows_after_funds=0, blank_kpi_rows=0, blank_task_rows=0, header_rows=None):
    L, V = labels, values
    rows = []
    rows += header_rows if header_rows is not None else [
        [cell("A", V["title"], to="F", name="title")],
        [cell("A", V["yearLine"], to="F", name="year")],
        [cell("A", V["unitLine"], to="F", name="unit")],
    ]
    rows.append([cell("A", L["department"], to="B"), cell("C", V["department"], to="F", name="department")])
    funds = [
        [cell("A", L["block_funds"], down=3), cell("B", L["annualBudget"]), cell("C", *fv(V["annualBudget"]), name="annualBudget"),
         cell("D", L["initialBudget"]), cell("E", *fv(V["initialBudget"]), to="F", name="initialBudget")],
        [cell("B", L["actual"]), cell("C", *fv(V["actual"]), name="actual"),
         cell("D", L["adjustment"]), cell("E", *fv(V["adjustment"]), to="F", name="adjustment")],
        [cell("B", L["gpb"]), cell("C", *fv(V["gpb"]), name="gpb"), cell("E", to="F")],
        [cell("B", L["completionRate"]), cell("C", *fv(V["completionRate"]), name="completionRate"),
         cell("D", L["adjustmentRate"]), cell("E", *fv(V["adjustmentRate"]), to="F", name="adjustmentRate")],
    ]
    rows += funds
    rows += [[] for _ in range(gap_rows_after_funds)]
    rows.append([cell("A", L["block_goal"], down=1), cell("B", L["goal"], to="C"), cell("D", L["goalResult"], to="F")])
    rows.append([cell("B", V["goal"], to="C", name="goal"), cell("D", V["goalResult"], to="F", name="goalResult")])
    kpis = V["kpis"]
    rows.append([cell("A", L["block_kpi"], down=len(kpis) + blank_kpi_rows), cell("B", L["kpiName"]),
                 cell("C", L["kpiTarget"]), cell("D", L["kpiResult"], to="F")])
    for i, (name, target, result) in enumerate(kpis):
        rows.append([cell("B", name), cell("C", target, name=f"kpiTarget{i}"), cell("D", result, to="F", name=f"kpiResult{i}")])
    for _ in range(blank_kpi_rows):
        rows.append([cell("D", to="F")])
    rows.append([cell("A", L["tasks"]), cell("B", L["taskGoal"]), cell("C", L["taskGoalResult"]),
                 cell("D", L["taskIndicator"]), cell("E", L["taskIndicatorResult"]), cell("F", L["taskFunds"])])
    for i, task in enumerate(V["tasks"]):
        name, goal, goal_result, indicator, indicator_result, funds_value = task
        rows.append([cell("A", name), cell("B", goal), cell("C", goal_result, name=f"taskGoalResult{i}"),
                     cell("D", indicator), cell("E", indicator_result), cell("F", *fv(funds_value), name=f"taskFunds{i}")])
    rows += [[] for _ in range(blank_task_rows)]
    rows.append([cell("A", L["problems"]), cell("B", V["problems"], to="F", name="problems")])
    rows.append([cell("A", L["improvements"]), cell("B", V["improvements"], to="F", name="improvements")])
    return rows


# ----------------------------------------------------------------------------------------------------------
# Expected forms, by hand.

def clean(text):
    """What the contract reads from a text cell: tags stripped, whitespace trimmed (done by eye below; this
    only drops the <p>…</p> wrappers the variants use)."""
    if text is None:
        return None
    text = re.sub(r"</?p>", "", text).strip()
    return text or None


def hp_expected_form(values, **overrides):
    kpis = []
    for (name, target, result), (tv, rv, unit) in zip(HP_KPIS, HP_KPI_VALUES):
        kpis.append({"name": name, "target": target, "result": result, "targetValue": tv, "resultValue": rv, "unit": unit})
    tasks = []
    for name, goal, goal_result, indicator, indicator_result, funds in HP_TASKS:
        tasks.append({"name": name, "goal": goal, "goalResult": clean(goal_result), "indicator": indicator,
                      "indicatorResult": indicator_result, "funds": funds})
    form = {
        "title": values["title"], "year": 2021, "unit": "万元", "department": values["department"],
        "funds": {"annualBudget": 1505.02, "initialBudget": 1859.01, "actual": 1472.46, "adjustment": -353.99,
                  "generalPublicBudget": 1472.46, "governmentFundBudget": None, "stateCapitalBudget": None,
                  "otherFunds": None, "completionRate": 0.978, "adjustmentRate": -0.190},
        "overallGoal": clean(HP_GOAL), "overallGoalResult": clean(HP_RESULT), "keyIndicators": kpis, "tasks": tasks,
        "problems": values["problems"], "improvements": values["improvements"],
    }
    form.update(overrides)
    return form


def finding(rule, severity, field, sheet, cell_ref, stated=None, expected=None, kind=None, alternatives=None):
    result = {"rule": rule, "severity": severity, "field": field, "sheet": sheet, "cell": cell_ref}
    if stated is not None:
        result["stated"] = stated
    if expected is not None:
        result["expected"] = expected
    if kind is not None:
        result["kind"] = kind
    if alternatives:
        result["fieldAlternatives"] = alternatives
    return result


def unmet_activities(sheet, names):
    # 各类活动次数: 159 < 161 场次, higher is better (次数) → not met.
    return finding("indicator-unmet", "warning", "keyIndicators[0]", sheet, names["kpiResult0"])


VARIANTS = []


def variant(fn):
    VARIANTS.append(fn)
    return fn


def new_workbook(title="Sheet1"):
    """A workbook whose one sheet is named as Excel names it."""
    wb = Workbook()
    ws = wb.active
    ws.title = title
    return wb, ws


def save(wb, name, expected, notes):
    path = os.path.join(HERE, name)
    wb.save(path)
    return path, expected, notes


# ----------------------------------------------------------------------------------------------------------
# The variants.

@variant
def shifted_rows():
    """Two rows above the title (an attachment number and a blank), a blank row between the funds block
    and the goals, two blank template rows left in the indicator table and one below the tasks."""
    wb, ws = new_workbook()
    ws["A1"] = "附件2"
    rows = hp_rows(hp_labels(), hp_values(), gap_rows_after_funds=1, blank_kpi_rows=2, blank_task_rows=1)
    names = write_rows(ws, rows, first_row=3)
    # Signed adjustment −353.99 = 1505.02 − 1859.01 ✓; 1472.46 ÷ 1505.02 = 0.97836 → 97.8% ✓;
    # −353.99 ÷ 1859.01 = −0.19042 → −19.0% ✓; 其中 1472.46 = actual ✓; tasks 98.66 ≤ 1472.46 ✓.
    # Only the unmet 各类活动次数 (159 < 161) remains; the blank rows are not data.
    expected = {"status": "findings", "sheet": "Sheet1", "form": hp_expected_form(hp_values()),
                "findings": [unmet_activities("Sheet1", names)]}
    return save(wb, "shifted-rows.openpyxl.xlsx", expected,
                "rows inserted above the title and between blocks; blank template rows in the tables")


@variant
def synonyms_and_spelling():
    """Synonyms (单位名称, 全年预算数, 年初预算数, 全年执行数, 预算调整额, 预算执行率), labels with spaces,
    line breaks, full-width brackets and colons, （万元） suffixes; year on its own line in full-width brackets."""
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    labels = hp_labels(department="单位名称：", annualBudget="全年预算数（万元）", initialBudget="年初预算数\n（万元）",
                       actual="全年执行数（万元）", adjustment="预算调整额（万元）", gpb="其中: 一般公共预算",
                       completionRate="预算执行率", adjustmentRate="预算 调整率", goalResult="整体目标\n完成情况",
                       kpiTarget="预期 实现值", problems="存在问题：", improvements="改进 措施")
    values = hp_values(yearLine="（２０２１年度）", unitLine="单位：万元")
    names = write_rows(ws, hp_rows(labels, values))
    expected = {"status": "findings", "sheet": "自评表", "form": hp_expected_form(values),
                "findings": [unmet_activities("自评表", names)]}
    return save(wb, "synonyms.openpyxl.xlsx", expected, "synonym labels with spaces, line breaks, full-width punctuation")


@variant
def numbers_as_text():
    """Amounts and rates typed as text: thousands separators, full-width digits, spaces, % and ％."""
    wb, ws = new_workbook()
    tasks = [list(t) for t in HP_TASKS]
    tasks[2][5] = "27.52"            # task funds typed as text
    values = hp_values(annualBudget="1,505.02", initialBudget="１８５９．０１", actual=" 1472.46 ",
                       completionRate="97.8%", adjustmentRate="-19.0％", tasks=tasks)
    names = write_rows(ws, hp_rows(hp_labels(), values))
    # Read as 1505.02, 1859.01, 1472.46, 0.978, −0.190, task funds 27.52: arithmetic as in Huangpu, all ✓.
    # Each text-typed figure is an info finding number-as-text on its own field.
    info = lambda field, name: finding("number-as-text", "info", field, "Sheet1", names[name])
    expected = {"status": "findings", "sheet": "Sheet1", "form": hp_expected_form(values),
                "findings": [info("funds.annualBudget", "annualBudget"), info("funds.initialBudget", "initialBudget"),
                             info("funds.actual", "actual"), info("funds.completionRate", "completionRate"),
                             info("funds.adjustmentRate", "adjustmentRate"), info("tasks[2].funds", "taskFunds2"),
                             unmet_activities("Sheet1", names)]}
    return save(wb, "numbers-as-text.openpyxl.xlsx", expected, "numbers typed as text")


@variant
def yuan_unit():
    """单位：元 with amounts in yuan (#,##0.00), and a 其中 that does not add up."""
    wb, ws = new_workbook()
    values = hp_values(unitLine="金额单位：元", annualBudget=(15050200.00, "#,##0.00"),
                       initialBudget=(18590100.00, "#,##0.00"), actual=(14724600.00, "#,##0.00"),
                       adjustment=(-3539900.00, "#,##0.00"), gpb=(14724500.00, "#,##0.00"),
                       tasks=[[*t[:5], (f, "#,##0.00")] for t, f in zip(HP_TASKS, (664500, 13900, 275200, 33000))])
    names = write_rows(ws, hp_rows(hp_labels(), values))
    # 14724600 ÷ 15050200 = 0.978366 → 97.8% ✓; 15050200 − 18590100 = −3539900 ✓; −3539900 ÷ 18590100 = −0.190419 → −19.0% ✓;
    # 其中 14724500 ≠ 14724600 (off by 100 > 0.005) → breakdown-total error on funds.actual;
    # tasks 664500 + 13900 + 275200 + 33000 = 986600 ≤ 14724600 ✓.
    form = hp_expected_form(values, unit="元")
    form["funds"].update({"annualBudget": 15050200.00, "initialBudget": 18590100.00, "actual": 14724600.00,
                          "adjustment": -3539900.00, "generalPublicBudget": 14724500.00})
    for task, f in zip(form["tasks"], (664500, 13900, 275200, 33000)):
        task["funds"] = f
    expected = {"status": "findings", "sheet": "Sheet1", "form": form,
                "findings": [finding("breakdown-total", "error", "funds.actual", "Sheet1", names["actual"],
                                     alternatives=["funds.generalPublicBudget"]),
                             unmet_activities("Sheet1", names)]}
    return save(wb, "yuan-unit.openpyxl.xlsx", expected, "amounts in 元; 其中 off by 100 元")


@variant
def formulas_with_cached_values():
    """预算完成率, 年度调整额 and 预算调整率 as formulas whose cached results are stored (patched in after
    openpyxl, which cannot write results)."""
    wb, ws = new_workbook()
    values = hp_values(adjustment=("=C5-E5", "0.00"), completionRate=("=C6/C5", "0.0%"),
                       adjustmentRate=("=E6/E5", "0.0%"))
    names = write_rows(ws, hp_rows(hp_labels(), values))
    path = os.path.join(HERE, "formula-cached.openpyxl.xlsx")
    wb.save(path)
    # The results Excel would cache (binary doubles): 1505.02 − 1859.01, 1472.46 / 1505.02, −353.99 / 1859.01.
    cached = {names["adjustment"]: "-353.99", names["completionRate"]: "0.97836573600351828",
              names["adjustmentRate"]: "-0.19041855611320002"}
    add_cached_values(path, cached)
    # Shown: −353.99, 97.8%, −19.0%: the Huangpu figures with the sign right; only 各类活动次数 is unmet.
    expected = {"status": "findings", "sheet": "Sheet1", "form": hp_expected_form(values),
                "findings": [unmet_activities("Sheet1", names)]}
    return path, expected, "formula cells with cached values"


@variant
def formulas_without_cached_values():
    """A template filled in by a script: 实际支出数 sums the 其中 rows, 年度调整额, 预算完成率 and 预算调整率 are
    formulas, all saved by openpyxl without results (Excel computes them when the file is opened)."""
    wb, ws = new_workbook()
    values = hp_values(actual=("=SUM(C7:C7)", "0.00"), adjustment=("=C5-E5", "0.00"),
                       completionRate=("=ROUND(C6/C5,3)", "0.0%"),
                       adjustmentRate=('=IF(E5=0,"",ROUND(E6/E5,3))', "0.0%"))
    names = write_rows(ws, hp_rows(hp_labels(), values))
    assert (names["actual"], names["gpb"], names["annualBudget"], names["initialBudget"]) == ("C6", "C7", "C5", "E5")
    path = os.path.join(HERE, "formula-uncached.openpyxl.xlsx")
    wb.save(path)
    # What Excel shows on opening: C6 = 1472.46 (the one 其中 row); E6 = 1505.02 − 1859.01 = −353.99;
    # C8 = ROUND(1472.46 / 1505.02, 3) = ROUND(0.97836…, 3) = 0.978; E8 = ROUND(−353.99 / 1859.01, 3)
    # = ROUND(−0.19041…, 3) = −0.190. The Huangpu figures with the sign right: only 各类活动次数 is unmet.
    expected = {"status": "findings", "sheet": "Sheet1", "form": hp_expected_form(values),
                "findings": [unmet_activities("Sheet1", names)]}
    return path, expected, "formulas saved without results (a script-filled template)"


def add_cached_values(path, cached):
    """Adds <v> results to formula cells of sheet1 (openpyxl writes formulas without results)."""
    temporary = path + ".tmp"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                for ref, value in cached.items():
                    text, count = re.subn(rf'(<c r="{ref}"[^>]*>)<f>([^<]*)</f>(<v\s*/>|<v></v>)?',
                                          rf"\1<f>\2</f><v>{value}</v>", text)
                    assert count == 1, ref
                data = text.encode("utf-8")
            target.writestr(item, data)
    shutil.move(temporary, path)


@variant
def form_behind_other_sheets():
    """An instructions sheet, then a hidden blank template, then the filled form."""
    wb = Workbook()
    notes = wb.active
    notes.title = "填表说明"
    notes["A1"] = "填表说明"
    notes["A2"] = "1. 请在“自评表”工作表中填写，整体支出年度预算数、实际支出数等金额以万元为单位。"
    notes["A3"] = "2. 预算完成率 = 实际支出数 ÷ 整体支出年度预算数。"
    template = wb.create_sheet("模板")
    blank = hp_values(department=None, annualBudget=None, initialBudget=None, actual=None, adjustment=None, gpb=None,
                      completionRate=None, adjustmentRate=None, goal=None, goalResult=None,
                      kpis=[], tasks=[], problems=None, improvements=None)
    write_rows(template, hp_rows(hp_labels(), blank))
    template.sheet_state = "hidden"
    ws = wb.create_sheet("自评表")
    names = write_rows(ws, hp_rows(hp_labels(), hp_values()))
    expected = {"status": "findings", "sheet": "自评表", "form": hp_expected_form(hp_values()),
                "findings": [unmet_activities("自评表", names)]}
    return save(wb, "third-sheet.openpyxl.xlsx", expected, "form behind an instructions sheet and a hidden template")


@variant
def wrong_rates():
    """Two injected rate errors: 预算完成率 98.8% and 预算调整率 −17.0%."""
    wb, ws = new_workbook()
    values = hp_values(completionRate=(0.988, "0.0%"), adjustmentRate=(-0.17, "0.0%"))
    names = write_rows(ws, hp_rows(hp_labels(), values))
    # 1472.46 ÷ 1505.02 = 0.978366 → 0.978 at the shown 1 decimal of %, stated 0.988 → error.
    # (1505.02 − 1859.01) ÷ 1859.01 = −353.99 ÷ 1859.01 = −0.190419 → −0.190, stated −0.170 → error.
    form = hp_expected_form(values)
    form["funds"].update({"completionRate": 0.988, "adjustmentRate": -0.170})
    expected = {"status": "findings", "sheet": "Sheet1", "form": form,
                "findings": [finding("completion-rate", "error", "funds.completionRate", "Sheet1", names["completionRate"],
                                     stated=0.988, expected=0.978),
                             finding("adjustment-rate", "error", "funds.adjustmentRate", "Sheet1", names["adjustmentRate"],
                                     stated=-0.170, expected=-0.190),
                             unmet_activities("Sheet1", names)]}
    return save(wb, "wrong-rates.openpyxl.xlsx", expected, "completion and adjustment rates both wrong")


@variant
def wrong_amounts():
    """Injected amount errors: 年度调整额 −350.00 (not only a sign), tasks' funds above actual spending, and
    actual spending above the budget."""
    wb, ws = new_workbook()
    tasks = [list(t) for t in HP_TASKS]
    tasks[0][5] = 1000.00
    tasks[1][5] = 600.00
    values = hp_values(actual=(1520.00, "0.00"), gpb=(1520.00, "0.00"), completionRate=(1.01, "0.0%"),
                       adjustment=(-350.00, "0.00"), tasks=tasks)
    names = write_rows(ws, hp_rows(hp_labels(), values))
    # 年度调整额: 1505.02 − 1859.01 = −353.99; stated −350.00 is off by 3.99 > 0.01 and not the opposite sign → error.
    # 预算调整率 −19.0% from −353.99 ÷ 1859.01 ✓. 预算完成率 1520.00 ÷ 1505.02 = 1.009953 → 101.0% ✓ (stated 101.0%).
    # 其中 1520.00 = actual ✓. over-budget: 1520.00 > 1505.02 → warning.
    # tasks 1000 + 600 + 27.52 + 3.3 = 1630.82 > 1520.00 → task-funds-total warning.
    form = hp_expected_form(values)
    form["funds"].update({"actual": 1520.00, "generalPublicBudget": 1520.00, "completionRate": 1.010,
                          "adjustment": -350.00})
    form["tasks"][0]["funds"] = 1000.00
    form["tasks"][1]["funds"] = 600.00
    expected = {"status": "findings", "sheet": "Sheet1", "form": form,
                "findings": [finding("adjustment-amount", "error", "funds.adjustment", "Sheet1", names["adjustment"],
                                     stated=-350.00, expected=-353.99),
                             finding("task-funds-total", "warning", "tasks", "Sheet1", names["actual"],
                                     alternatives=["funds.actual"]),
                             finding("over-budget", "warning", "funds.actual", "Sheet1", names["actual"],
                                     alternatives=["funds.completionRate"]),
                             unmet_activities("Sheet1", names)]}
    return save(wb, "wrong-amounts.openpyxl.xlsx", expected, "adjustment, task funds and overspending")


@variant
def html_and_fullwidth():
    """Year in the title only, unit line at the right of the header row, HTML with <br/> and &nbsp;,
    full-width digits in indicator texts, an empty 存在问题 (only markup) and an empty task 目标完成情况."""
    wb, ws = new_workbook()
    header = [[cell("A", "2022年度黄埔区部门整体支出绩效自评表", to="F", name="title")],
              [cell("A", None, to="D"), cell("E", "单位：万元", to="F", name="unit")]]
    kpis = [("各类活动次数", "１６１场次", "１６５场次"), ("服务群体满意度", "≥90%", "98%"),
            ("安全事故发生次数", "不超过2次", "3次")]
    tasks = [list(t) for t in HP_TASKS]
    tasks[1][2] = "<p>&nbsp;</p>"
    values = hp_values(title="2022年度黄埔区部门整体支出绩效自评表", kpis=kpis, tasks=tasks,
                       goalResult="<p>完成年度任务<br/>活动安全率达标</p>", problems="<p></p>")
    names = write_rows(ws, hp_rows(hp_labels(), values, header_rows=header))
    # Indicators: 165 ≥ 161 met; 98 ≥ 90 met; 安全事故发生次数 不超过2次 (≤) against 3次 → not met.
    form = hp_expected_form(values, year=2022, overallGoalResult="完成年度任务\n活动安全率达标", problems=None)
    form["keyIndicators"] = [
        {"name": "各类活动次数", "target": "１６１场次", "result": "１６５场次", "targetValue": 161, "resultValue": 165, "unit": "场次"},
        {"name": "服务群体满意度", "target": "≥90%", "result": "98%", "targetValue": 90, "resultValue": 98, "unit": "%"},
        {"name": "安全事故发生次数", "target": "不超过2次", "result": "3次", "targetValue": 2, "resultValue": 3, "unit": "次"},
    ]
    form["tasks"][1]["goalResult"] = None
    expected = {"status": "findings", "sheet": "Sheet1", "form": form,
                "findings": [finding("indicator-unmet", "warning", "keyIndicators[2]", "Sheet1", names["kpiResult2"]),
                             finding("empty-text", "warning", "problems", "Sheet1", names["problems"]),
                             finding("empty-text", "warning", "tasks[1]", "Sheet1", names["taskGoalResult1"])]}
    return save(wb, "html-fullwidth.openpyxl.xlsx", expected, "HTML, full-width digits, year in the title, ≤ targets")


def panyu_form_sheet(ws):
    """A compact Panyu-style form: each field on its own row, the value one cell right of a blank cell or in
    a merged range."""
    rows = [
        [cell("A", "番禺区部门整体支出绩效自评表", to="F", name="title")],
        [cell("A", "（2021年度）", to="F")],
        [cell("A", "单位：万元", to="F")],
        [cell("A", "部门名称"), cell("C", "广州市番禺区总工会", to="F", name="department")],
        [cell("A", "整体支出年度预算数"), cell("D", 1576.21, "0.00", name="annualBudget")],
        [cell("A", "实际支出数"), cell("C", 1538.82, "0.00", to="D", name="actual")],
        [cell("A", "其中：一般公共预算"), cell("C", 1049.13, "0.00", name="gpb")],
        [cell("A", "其中：其他资金"), cell("C", 489.69, "0.00", name="other")],
        [cell("A", "预算完成率"), cell("C", 97.63, "0.00", name="completionRate")],
        [cell("A", "整体支出年初预算数"), cell("C", "--", name="initialBudget")],
        [cell("A", "年度整体目标"), cell("C", "维护职工的合法权益", to="F")],
        [cell("A", "整体目标完成情况"), cell("C", "全年新组建独立基层工会113家", to="F")],
        [cell("A", "关键指标"), cell("C", "预期实现值"), cell("E", "指标完成情况")],
        [cell("A", "新组建独立基层工会"), cell("C", "不少于100家"), cell("E", "113家", name="kpiResult0")],
        [cell("A", "劳资纠纷发生率"), cell("C", "保持稳定"), cell("E", "保持稳定并逐步下降")],
        [cell("A", "存在问题"), cell("C", "设定的重点工作绩效目标量化不足", to="F")],
        [cell("A", "改进措施"), cell("C", "设置量化的绩效指标", to="F")],
    ]
    return write_rows(ws, rows)


@variant
def values_further_right_and_scores():
    """Values one cell further right or merged, a bare 97.63 under 预算完成率, -- for not applicable, a 合计
    that passes within rounding, and a 评分表 with injected errors."""
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    names = panyu_form_sheet(ws)
    score = wb.create_sheet("评分表")
    rows = [
        [cell("A", "番禺区总工会2021年度部门整体支出绩效自评评分表", to="F")],
        [cell("A", "一级指标"), cell("B", "二级指标"), cell("C", "三级指标"), cell("D", "分值"), cell("E", "自评分"), cell("F", "扣分原因")],
        [cell("A", "管理效能"), cell("D", 45), cell("E", 44.00, "0.00", name="s0")],
        [cell("B", "资金管理"), cell("C", "预算完成率"), cell("D", 16), cell("E", 15.45, "0.00", name="s1")],
        [cell("B", "采购管理"), cell("C", "政府采购执行率"), cell("D", 2), cell("E", 2.50, "0.00", name="s2")],
        [cell("B", "绩效管理"), cell("C", "绩效目标完成率"), cell("D", 27), cell("E", 26.00, "0.00", name="s3")],
        [cell("A", "履职效能"), cell("D", 50), cell("E", "50", name="s4")],
        [cell("A", "加减分项"), cell("D", 5), cell("E", 2.50, "0.00", name="s5")],
        [cell("A", "合计", to="C"), cell("D", 100), cell("E", 96.50, "0.00", name="total")],
        [cell("A", "自评等级", to="C"), cell("D", "良", to="F", name="grade")],
    ]
    score_names = write_rows(score, rows)
    # Form: 1538.82 ÷ 1576.21 = 0.976278; the bare 97.63 is nearer as percentage points → 0.9763 ✓.
    # 其中 1049.13 + 489.69 = 1538.82 = actual ✓. 年初预算数 "--": not applicable → null, nothing to check.
    # 新组建独立基层工会 ≥100家 vs 113家 met. No tasks table.
    # Scores: 采购管理 2.50 > 2 → score-over-weight (score.rows[2]).
    #   管理效能 children 15.45 + 2.50 + 26.00 = 43.95 vs stated 44.00: off 0.05 > 3 × 0.005 → score-total (score.rows[0]).
    #   Total: 44.00 + 50 + 2.50 = 96.50 = stated 96.50 ✓ (履职效能 "50" typed as text → number-as-text info).
    #   Grade: 96.50 ≥ 90 → 优, stated 良 → score-grade.
    form = {
        "title": "番禺区部门整体支出绩效自评表", "year": 2021, "unit": "万元", "department": "广州市番禺区总工会",
        "funds": {"annualBudget": 1576.21, "initialBudget": None, "actual": 1538.82, "adjustment": None,
                  "generalPublicBudget": 1049.13, "governmentFundBudget": None, "stateCapitalBudget": None,
                  "otherFunds": 489.69, "completionRate": 0.9763, "adjustmentRate": None},
        "overallGoal": "维护职工的合法权益", "overallGoalResult": "全年新组建独立基层工会113家",
        "keyIndicators": [
            {"name": "新组建独立基层工会", "target": "不少于100家", "result": "113家", "targetValue": 100,
             "resultValue": 113, "unit": "家"},
            {"name": "劳资纠纷发生率", "target": "保持稳定", "result": "保持稳定并逐步下降", "targetValue": None,
             "resultValue": None, "unit": None},
        ],
        "tasks": [],
        "problems": "设定的重点工作绩效目标量化不足", "improvements": "设置量化的绩效指标",
        "score": {
            "rows": [
                {"level1": "管理效能", "level2": None, "level3": None, "weight": 45, "score": 44.00, "reason": None},
                {"level1": None, "level2": "资金管理", "level3": "预算完成率", "weight": 16, "score": 15.45, "reason": None},
                {"level1": None, "level2": "采购管理", "level3": "政府采购执行率", "weight": 2, "score": 2.50, "reason": None},
                {"level1": None, "level2": "绩效管理", "level3": "绩效目标完成率", "weight": 27, "score": 26.00, "reason": None},
                {"level1": "履职效能", "level2": None, "level3": None, "weight": 50, "score": 50, "reason": None},
                {"level1": "加减分项", "level2": None, "level3": None, "weight": 5, "score": 2.50, "reason": None},
            ],
            "totalWeight": 100, "total": 96.50, "grade": "良",
        },
    }
    expected = {"status": "findings", "sheet": "自评表", "form": form,
                "findings": [finding("number-as-text", "info", "score.rows[4].score", "评分表", score_names["s4"]),
                             finding("score-over-weight", "error", "score.rows[2]", "评分表", score_names["s2"]),
                             finding("score-total", "error", "score.rows[0]", "评分表", score_names["s0"]),
                             finding("score-grade", "error", "score.grade", "评分表", score_names["grade"])]}
    return save(wb, "compact-with-scores.openpyxl.xlsx", expected, "values further right, bare rate, --, score errors")


# ----------------------------------------------------------------------------------------------------------
# Variants in the style of more returned forms: other funds layouts, numbering, operators, notes rows.

def hp_variant(name, sheet="Sheet1", labels=None, rows_hook=None, form_update=None, more_findings=None, notes="",
               **value_overrides):
    """The Huangpu form with respelt labels, changed values or rows moved by rows_hook; its expectation is the
    Huangpu form (changed by form_update) with the unmet 各类活动次数 and more_findings(names)."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    values = hp_values(**value_overrides)
    rows = hp_rows(labels or hp_labels(), values)
    if rows_hook:
        rows = rows_hook(rows)
    names = write_rows(ws, rows)
    form = hp_expected_form(values)
    if form_update:
        form_update(form)
    findings = (more_findings(names) if more_findings else []) + [unmet_activities(sheet, names)]
    return save(wb, name, {"status": "findings", "sheet": sheet, "form": form, "findings": findings}, notes)


def row_index(rows, first_text):
    """The index of the row whose first cell holds first_text."""
    return next(i for i, row in enumerate(rows) if row and row[0]["v"] == first_text)


@variant
def numbered_labels():
    """Labels numbered as departments number them: 一、 / （一） / 1. / 1、 / circled ①–⑦."""
    labels = hp_labels(department="（一）部门名称", block_funds="二、部门资金情况", annualBudget="①整体支出年度预算数",
                       initialBudget="②整体支出年初预算数", actual="③实际支出数", adjustment="④年度调整额",
                       gpb="⑤其中：一般公共预算", completionRate="1.预算完成率", adjustmentRate="2.预算调整率",
                       block_goal="三、年度整体目标", block_kpi="四、年度关键指标", tasks="五、主要任务",
                       problems="1、存在问题", improvements="2、改进措施")
    # Same figures as Huangpu (signed adjustment): only 各类活动次数 159 < 161 is unmet.
    return hp_variant("numbered-labels.openpyxl.xlsx", labels=labels, notes="numbered labels: 一、 （一） 1. 1、 ①")


@variant
def funds_grid():
    """The funds block as a grid (domain.md §1.2): header row 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率,
    rows 年度资金总额, 其中：一般公共预算, 其他资金; no 年度调整额 or 预算调整率."""
    wb, ws = new_workbook()
    rows = [
        [cell("A", "黄埔区广州开发区部门整体支出绩效自评表", to="F", name="title")],
        [cell("A", "(2021年度)", to="F")],
        [cell("A", "单位：万元", to="F")],
        [cell("A", "部门名称", to="B"), cell("C", "广州市黄埔区总工会（广州开发区总工会）", to="F")],
        [cell("A", "部门资金情况", down=3), cell("B", "项目"), cell("C", "年初预算数"), cell("D", "全年预算数"),
         cell("E", "全年执行数"), cell("F", "执行率")],
        [cell("B", "年度资金总额"), cell("C", 1859.01, "#,##0.00"), cell("D", 1505.02, "0.00"), cell("E", 1472.46, "0.00"),
         cell("F", 0.978, "0.0%")],
        [cell("B", "其中：一般公共预算"), cell("C", 1859.01, "0.00"), cell("D", 1505.02, "0.00"), cell("E", 1472.46, "0.00"),
         cell("F", 0.978, "0.0%")],
        [cell("B", "其他资金"), cell("C", 0, "0.00"), cell("D", 0, "0.00"), cell("E", 0, "0.00"), cell("F", "--")],
    ]
    rest = hp_rows(hp_labels(), hp_values(), header_rows=[])[5:]   # from the goals on, as in Huangpu
    names = write_rows(ws, rows + rest)
    # The figures are read down the header's columns: 年初 1859.01, 全年预算 1505.02, 全年执行 1472.46, 执行率 97.8%;
    # the 其中 rows in the 全年执行数 column: 1472.46 and 0.00, adding up to 1472.46 = actual ✓.
    # 1472.46 ÷ 1505.02 = 0.978366 → 97.8% ✓. No 年度调整额 / 预算调整率 on this grid: null, nothing to check.
    form = hp_expected_form(hp_values())
    form["funds"].update({"adjustment": None, "adjustmentRate": None, "otherFunds": 0})
    expected = {"status": "findings", "sheet": "Sheet1", "form": form, "findings": [unmet_activities("Sheet1", names)]}
    return save(wb, "funds-grid.openpyxl.xlsx", expected, "funds as a grid under a 年初预算数 | 全年预算数 | 全年执行数 | 执行率 header")


@variant
def values_below():
    """Every funds label in one row with its figure in the row below, the 其中 labels likewise."""
    wb, ws = new_workbook()
    rows = [
        [cell("A", "黄埔区广州开发区部门整体支出绩效自评表", to="F", name="title")],
        [cell("A", "(2021年度)", to="F")],
        [cell("A", "单位：万元", to="F")],
        [cell("A", "部门名称", to="F")],
        [cell("A", "广州市黄埔区总工会（广州开发区总工会）", to="F")],
        [cell("A", "年度预算数"), cell("B", "年初预算数"), cell("C", "实际支出数"), cell("D", "年度调整额"),
         cell("E", "预算完成率"), cell("F", "预算调整率")],
        [cell("A", 1505.02, "0.00"), cell("B", 1859.01, "#,##0.00"), cell("C", 1472.46, "0.00"), cell("D", -353.99, "0.00"),
         cell("E", 0.978, "0.0%"), cell("F", -0.19, "0.0%")],
        [cell("A", "其中：一般公共预算"), cell("B", "其中：政府性基金预算"), cell("C", "其中：其他资金")],
        [cell("A", 1472.46, "0.00"), cell("B", 0, "0.00"), cell("C", 0, "0.00")],
    ]
    rest = hp_rows(hp_labels(), hp_values(), header_rows=[])[5:]
    names = write_rows(ws, rows + rest)
    # Huangpu figures, each under its label. 其中 1472.46 + 0 + 0 = 1472.46 = actual ✓ (the 其中 labels stand in a
    # row of labels, not beside a grid: their figures are the cells below them).
    form = hp_expected_form(hp_values())
    form["funds"].update({"governmentFundBudget": 0, "otherFunds": 0})
    expected = {"status": "findings", "sheet": "Sheet1", "form": form, "findings": [unmet_activities("Sheet1", names)]}
    return save(wb, "values-below.openpyxl.xlsx", expected, "values in the row below their labels")


@variant
def merged_labels():
    """Eight columns: every label merged over two columns, values merged over two or more."""
    wb, ws = new_workbook()
    rows = [
        [cell("A", "黄埔区广州开发区部门整体支出绩效自评表", to="H", name="title")],
        [cell("A", "(2021年度)", to="H")],
        [cell("A", "单位：万元", to="H")],
        [cell("A", "部门名称", to="B"), cell("C", "广州市黄埔区总工会（广州开发区总工会）", to="H")],
        [cell("A", "整体支出年度预算数", to="B"), cell("C", 1505.02, "0.00", to="D"), cell("E", "整体支出年初预算数", to="F"),
         cell("G", 1859.01, "#,##0.00", to="H")],
        [cell("A", "实际支出数", to="B"), cell("C", 1472.46, "0.00", to="D"), cell("E", "年度调整额", to="F"),
         cell("G", -353.99, "0.00", to="H")],
        [cell("A", "其中：一般公共预算", to="B"), cell("C", 1472.46, "0.00", to="D"), cell("E", None, to="F"), cell("G", None, to="H")],
        [cell("A", "预算完成率", to="B"), cell("C", 0.978, "0.0%", to="D"), cell("E", "预算调整率", to="F"),
         cell("G", -0.19, "0.0%", to="H")],
        [cell("A", "年度整体目标", to="B"), cell("C", HP_GOAL, to="H")],
        [cell("A", "整体目标完成情况", to="B"), cell("C", HP_RESULT, to="H")],
        [cell("A", "关键指标", to="B"), cell("C", "预期实现值", to="D"), cell("E", "指标完成情况", to="H")],
    ]
    for i, (name, target, result) in enumerate(HP_KPIS):
        rows.append([cell("A", name, to="B"), cell("C", target, to="D"), cell("E", result, to="H", name=f"kpiResult{i}")])
    rows.append([cell("A", "主要任务", to="B"), cell("C", "预期目标"), cell("D", "目标完成情况"), cell("E", "关键指标"),
                 cell("F", "指标完成情况"), cell("G", "任务涉及资金", to="H")])
    for task in HP_TASKS:
        rows.append([cell("A", task[0], to="B"), cell("C", task[1]), cell("D", task[2]), cell("E", task[3]),
                     cell("F", task[4]), cell("G", task[5], to="H")])
    rows.append([cell("A", "存在问题", to="B"), cell("C", "活动次数因疫情原因未达到预期次数", to="H")])
    rows.append([cell("A", "改进措施", to="B"), cell("C", "预算要进一步细化准确", to="H")])
    names = write_rows(ws, rows)
    expected = {"status": "findings", "sheet": "Sheet1", "form": hp_expected_form(hp_values()),
                "findings": [unmet_activities("Sheet1", names)]}
    return save(wb, "merged-labels.openpyxl.xlsx", expected, "labels merged over two columns, eight columns wide")


@variant
def indicator_type_and_weight_columns():
    """The indicator table with a 指标类型 column (merged down over its group) and a 分值 column."""
    def hook(rows):
        first = row_index(rows, "年度关键指标")
        header = [cell("A", "年度关键指标", down=len(HP_KPIS)), cell("B", "指标类型"), cell("C", "关键指标"),
                  cell("D", "预期实现值"), cell("E", "指标完成情况"), cell("F", "分值")]
        body = []
        for i, (name, target, result) in enumerate(HP_KPIS):
            row = [cell("C", name), cell("D", target), cell("E", result, name=f"kpiResult{i}"), cell("F", 5)]
            if i == 0:
                row.insert(0, cell("B", "产出指标", down=4))
            if i == 5:
                row.insert(0, cell("B", "效益指标", down=3))
            body.append(row)
        rows[first:first + 1 + len(HP_KPIS)] = [header] + body
        return rows
    # The same nine indicators (the 指标类型 and 分值 cells are not indicator values): only 各类活动次数 is unmet.
    return hp_variant("indicator-columns.openpyxl.xlsx", rows_hook=hook,
                      notes="indicator table with 指标类型 and 分值 columns")


@variant
def indicator_operators():
    """Targets with operators and words (≥, ≤, ≦, 不低于, 不少于, 以内, a range) and results with 实际 / 实际完成."""
    kpis = [("服务群体满意度", "≥95%", "实际96.5%"), ("办结时限", "≤3天", "2.5天"), ("培训合格率", "不低于90%", "92%"),
            ("投诉处理时限", "≤3天", "3.5天"), ("活动覆盖率", "≥ 95 %", "实际完成93.5%"),
            ("培训人次", "不少于100人次", "实际完成120人次"), ("满意度区间", "90%-95%", "93%"), ("差错率", "≦1%", "0.5%"),
            ("回复时限", "3天以内", "2.5天")]
    parsed = [(95, 96.5, "%"), (3, 2.5, "天"), (90, 92, "%"), (3, 3.5, "天"), (95, 93.5, "%"), (100, 120, "人次"),
              (90, 93, "%"), (1, 0.5, "%"), (3, 2.5, "天")]

    def update(form):
        form["keyIndicators"] = [{"name": n, "target": t, "result": r, "targetValue": tv, "resultValue": rv, "unit": u}
                                 for (n, t, r), (tv, rv, u) in zip(kpis, parsed)]
    wb, ws = new_workbook()
    values = hp_values(kpis=kpis)
    names = write_rows(ws, hp_rows(hp_labels(), values))
    form = hp_expected_form(values)
    update(form)
    # ≥95 vs 96.5 met; ≤3天 vs 2.5 met; ≥90 vs 92 met; ≤3天 vs 3.5 NOT met; ≥95 vs 93.5 NOT met; ≥100 vs 120 met;
    # 90–95 (≥, lower bound 90) vs 93 met; ≤1% vs 0.5% met; ≤3天 (以内) vs 2.5 met.
    expected = {"status": "findings", "sheet": "Sheet1", "form": form,
                "findings": [finding("indicator-unmet", "warning", "keyIndicators[3]", "Sheet1", names["kpiResult3"]),
                             finding("indicator-unmet", "warning", "keyIndicators[4]", "Sheet1", names["kpiResult4"])]}
    return save(wb, "indicator-operators.openpyxl.xlsx", expected, "indicator operators, words, ranges and 实际 results")


@variant
def indicator_directions():
    """Names with no operator in target or result, where the counted thing decides the direction
    (indicator-grammar.json, directionWords), not a measure word (次数, 天数) or a verb (发生, 办结) in the name."""
    kpis = [("安全事故发生次数", "0次", "1次"), ("群众投诉次数", "5次", "3次"), ("差错次数", "2次", "2次"),
            ("逾期天数", "3天", "5天"), ("投诉下降率", "10%", "12%"), ("安全隐患整改率", "95%", "90%"),
            ("投诉办结率", "90%", "98%"), ("减少投诉次数", "4次", "6次"), ("无事故天数", "300天", "320天")]
    parsed = [(0, 1, "次"), (5, 3, "次"), (2, 2, "次"), (3, 5, "天"), (10, 12, "%"), (95, 90, "%"), (90, 98, "%"),
              (4, 6, "次"), (300, 320, "天")]

    def update(form):
        form["keyIndicators"] = [{"name": n, "target": t, "result": r, "targetValue": tv, "resultValue": rv, "unit": u}
                                 for (n, t, r), (tv, rv, u) in zip(kpis, parsed)]
    wb, ws = new_workbook()
    values = hp_values(kpis=kpis)
    names = write_rows(ws, hp_rows(hp_labels(), values))
    form = hp_expected_form(values)
    update(form)
    # Lower is better (事故, 投诉, 差错, 逾期 are what is counted; 次数/天数 only how): 1 > 0 次 NOT met; 3 ≤ 5 met;
    # 2 ≤ 2 met; 5 > 3 天 NOT met. 减少投诉次数 still counts 投诉: 6 > 4 NOT met.
    # Higher is better despite 投诉/隐患/事故 in the name: 投诉下降率 (a rate of decrease) 12 ≥ 10 met; 安全隐患整改率
    # 90 < 95 NOT met; 投诉办结率 98 ≥ 90 met; 无事故天数 (days without one) 320 ≥ 300 met.
    unmet = [0, 3, 5, 7]
    expected = {"status": "findings", "sheet": "Sheet1", "form": form,
                "findings": [finding("indicator-unmet", "warning", f"keyIndicators[{i}]", "Sheet1", names[f"kpiResult{i}"])
                             for i in unmet]}
    return save(wb, "indicator-directions.openpyxl.xlsx", expected,
                "indicator names whose counted thing decides the direction, some with misleading words")


@variant
def rates_as_text_and_bare():
    """预算完成率 as the text "97.84%", 预算调整率 as a bare −19.04 (two decimals)."""
    def more(names):
        return [finding("number-as-text", "info", "funds.completionRate", "Sheet1", names["completionRate"])]

    def update(form):
        form["funds"].update({"completionRate": 0.9784, "adjustmentRate": -0.1904})
    # 1472.46 ÷ 1505.02 = 0.9783657 → 97.84% ✓; −353.99 ÷ 1859.01 = −0.1904186 → −19.04% ✓, the bare −19.04 being
    # nearer that as percentage points than as a fraction. Only the text rate is number-as-text.
    return hp_variant("rates-text.openpyxl.xlsx", completionRate="97.84%", adjustmentRate=(-19.04, "0.00"),
                      form_update=update, more_findings=more, notes="rates as 97.84% text and a bare -19.04")


@variant
def accounting_formats():
    """年度调整额 in an accounting format that shows (353.99); rates stored at full precision."""
    def update(form):
        form["funds"]["completionRate"] = 0.9784
    # Stored −353.99 (shown in brackets: the sign is in the value), 0.978365736… shown 97.84% (0.00%) → 0.9784,
    # −0.190418556… shown −19.0% → −0.190. All as in Huangpu with the sign right: only the unmet indicator.
    return hp_variant("accounting-format.openpyxl.xlsx", adjustment=(-353.99, "#,##0.00_);(#,##0.00)"),
                      completionRate=(0.97836573600351828, "0.00%"), adjustmentRate=(-0.19041855611320002, "0.0%"),
                      form_update=update, notes="accounting format, rates at full precision")


@variant
def yuan_as_text():
    """单位：元 with every amount typed as text with thousands separators."""
    yuan = ("664,500.00", "13,900.00", "275,200.00", "33,000.00")
    wb, ws = new_workbook()
    values = hp_values(unitLine="单位：元", annualBudget="15,050,200.00", initialBudget="18,590,100.00",
                       actual="14,724,600.00", adjustment="-3,539,900.00", gpb="14,724,600.00",
                       tasks=[[*t[:5], f] for t, f in zip(HP_TASKS, yuan)])
    names = write_rows(ws, hp_rows(hp_labels(), values))
    # 14724600 ÷ 15050200 = 0.978366 → 97.8% ✓; 15050200 − 18590100 = −3539900 ✓; −3539900 ÷ 18590100 = −0.190419 ✓;
    # 其中 14724600 = actual ✓; tasks 664500 + 13900 + 275200 + 33000 = 986600 ≤ 14724600 ✓. Nine amounts typed as text.
    form = hp_expected_form(values, unit="元")
    form["funds"].update({"annualBudget": 15050200.00, "initialBudget": 18590100.00, "actual": 14724600.00,
                          "adjustment": -3539900.00, "generalPublicBudget": 14724600.00})
    for task, f in zip(form["tasks"], (664500, 13900, 275200, 33000)):
        task["funds"] = f
    info = lambda field, name: finding("number-as-text", "info", field, "Sheet1", names[name])
    findings = [info("funds.annualBudget", "annualBudget"), info("funds.initialBudget", "initialBudget"),
                info("funds.actual", "actual"), info("funds.adjustment", "adjustment"),
                info("funds.generalPublicBudget", "gpb")]
    findings += [info(f"tasks[{i}].funds", f"taskFunds{i}") for i in range(4)] + [unmet_activities("Sheet1", names)]
    expected = {"status": "findings", "sheet": "Sheet1", "form": form, "findings": findings}
    return save(wb, "yuan-text.openpyxl.xlsx", expected, "amounts in 元 typed as text with thousands separators")


@variant
def department_in_title():
    """The department and year in the title line (no year line), 单位：万元 below it."""
    title = "广州市黄埔区总工会2021年度部门整体支出绩效自评表"

    def hook(rows):
        rows[0:3] = [[cell("A", title, to="F", name="title")], [cell("A", "单位：万元", to="F")]]
        return rows
    # year 2021 from the title; the department still from its 部门名称 row.
    return hp_variant("title-department.openpyxl.xlsx", title=title, rows_hook=hook,
                      notes="department and year in the title line")


@variant
def year_in_its_own_cell():
    """评价年度： in one cell and 2021 as a number in the next, 金额单位：万元 at the right of the same row."""
    title = "部门整体支出绩效自评表"

    def hook(rows):
        rows[0:3] = [[cell("A", title, to="F", name="title")],
                     [cell("A", "评价年度："), cell("B", 2021), cell("E", "金额单位：万元", to="F")]]
        return rows
    return hp_variant("year-cell.openpyxl.xlsx", title=title, rows_hook=hook, notes="year as a number beside its label")


@variant
def hidden_sheet1_first():
    """A hidden Sheet1 (last year's copy, other figures) in front of the visible form."""
    wb = Workbook()
    old = wb.active
    old.title = "Sheet1"
    write_rows(old, hp_rows(hp_labels(), hp_values(department="旧表", annualBudget=(100.0, "0.00"))))
    old.sheet_state = "hidden"
    ws = wb.create_sheet("2021自评表")
    names = write_rows(ws, hp_rows(hp_labels(), hp_values()))
    expected = {"status": "findings", "sheet": "2021自评表", "form": hp_expected_form(hp_values()),
                "findings": [unmet_activities("2021自评表", names)]}
    return save(wb, "hidden-sheet1.openpyxl.xlsx", expected, "a hidden Sheet1 in front of the form")


@variant
def blank_rows_and_notes():
    """Blank rows between every block and a 填表说明 row at the bottom."""
    def hook(rows):
        rows.insert(row_index(rows, "主要任务"), [])
        rows.insert(row_index(rows, "存在问题"), [])
        rows += [[], [cell("A", "填表说明：1.金额单位为万元；2.预算完成率=实际支出数/年度预算数；3.关键指标应量化。", to="F")]]
        return rows
    return hp_variant("blank-rows-notes.openpyxl.xlsx", rows_hook=hook,
                      notes="blank rows between blocks, a notes row at the bottom")


@variant
def tasks_last_then_notes():
    """存在问题 and 改进措施 above the tasks; the tasks table last, with a 合计 row, a 填表说明 row and signatures."""
    def hook(rows):
        first = row_index(rows, "主要任务")
        tasks = rows[first:first + 1 + len(HP_TASKS)]
        rest = rows[:first] + rows[first + 1 + len(HP_TASKS):]
        notes = [[cell("A", "合计"), cell("F", 98.66)],
                 [cell("A", "填表说明：1.金额单位为万元；2.任务涉及资金合计不应超过实际支出数。", to="F")],
                 [cell("A", "单位负责人："), cell("C", "张三"), cell("D", "填表人："), cell("E", "李四")]]
        return rest + tasks + notes
    # The 合计 row (98.66 = 66.45 + 1.39 + 27.52 + 3.3) and the notes are not tasks: four tasks.
    return hp_variant("tasks-last-notes.openpyxl.xlsx", rows_hook=hook, notes="tasks last, then 合计, 填表说明, signatures")


@variant
def tasks_last_then_shuoming():
    """The tasks table last and a 说明： row right below it."""
    def hook(rows):
        first = row_index(rows, "主要任务")
        tasks = rows[first:first + 1 + len(HP_TASKS)]
        rest = rows[:first] + rows[first + 1 + len(HP_TASKS):]
        return rest + tasks + [[cell("A", "说明：本表金额单位为万元。", to="F")]]
    return hp_variant("notes-shuoming.openpyxl.xlsx", rows_hook=hook, notes="tasks last, then a 说明： row")


@variant
def minus_signs_as_text():
    """年度调整额 typed with a Unicode minus (copied from Word), 预算调整率 with a full-width minus."""
    def more(names):
        return [finding("number-as-text", "info", "funds.adjustment", "Sheet1", names["adjustment"]),
                finding("number-as-text", "info", "funds.adjustmentRate", "Sheet1", names["adjustmentRate"])]
    # "−353.99" reads −353.99 and "－19.0%" reads −0.190: Huangpu with the sign right, two figures typed as text.
    return hp_variant("minus-signs.openpyxl.xlsx", adjustment="\u2212353.99", adjustmentRate="\uff0d19.0%",
                      more_findings=more, notes="Unicode and full-width minus signs in text")


@variant
def numeric_indicators():
    """Indicator values as numbers: counts as General numbers with a 计量单位 column, rates as 0.9 in a % format."""
    def hook(rows):
        first = row_index(rows, "年度关键指标")
        header = [cell("A", "年度关键指标", down=3), cell("B", "关键指标"), cell("C", "预期实现值"),
                  cell("D", "指标完成情况", to="E"), cell("F", "计量单位")]
        body = [[cell("B", "各类活动次数"), cell("C", 161), cell("D", 159, to="E", name="kpiResult0"), cell("F", "场次")],
                [cell("B", "服务群体满意度"), cell("C", 0.9, "0%"), cell("D", 0.98, "0%", to="E"), cell("F", "%")],
                [cell("B", "金雁艺术团演出次数"), cell("C", 2), cell("D", 2, to="E"), cell("F", "场次")]]
        rows[first:first + 1 + len(HP_KPIS)] = [header] + body
        return rows

    def update(form):
        form["keyIndicators"] = [
            {"name": "各类活动次数", "target": "161", "result": "159", "targetValue": 161, "resultValue": 159, "unit": "场次"},
            {"name": "服务群体满意度", "target": "90%", "result": "98%", "targetValue": 90, "resultValue": 98, "unit": "%"},
            {"name": "金雁艺术团演出次数", "target": "2", "result": "2", "targetValue": 2, "resultValue": 2, "unit": "场次"}]
    # Texts as shown (0.9 in 0% shows 90%); 159 < 161 场次 unmet, 98% ≥ 90% and 2 ≥ 2 met.
    return hp_variant("numeric-indicators.openpyxl.xlsx", rows_hook=hook, form_update=update,
                      notes="indicator values as numbers with a 计量单位 column")


@variant
def amounts_with_unit_text():
    """年度预算数 typed "1505.02万元" and a task's funds "66.45万元"."""
    tasks = [list(t) for t in HP_TASKS]
    tasks[0][5] = "66.45万元"

    def more(names):
        return [finding("number-as-text", "info", "funds.annualBudget", "Sheet1", names["annualBudget"]),
                finding("number-as-text", "info", "tasks[0].funds", "Sheet1", names["taskFunds0"])]
    return hp_variant("unit-in-cell.openpyxl.xlsx", annualBudget="1505.02万元", tasks=tasks, more_findings=more,
                      notes="amounts typed with 万元 in the cell")


@variant
def inline_department():
    """部门名称：… in one merged cell."""
    def hook(rows):
        rows[3] = [cell("A", "部门名称：广州市黄埔区总工会（广州开发区总工会）", to="F")]
        return rows
    return hp_variant("inline-department.openpyxl.xlsx", rows_hook=hook, notes="label and value in one cell")


@variant
def serial_columns():
    """序号 columns in front of both tables, 单位：万元 inside the title, rates as 97.8 in a 0.0"%" format,
    seven columns."""
    wb, ws = new_workbook()
    title = "黄埔区广州开发区部门整体支出绩效自评表（单位：万元）"
    rows = [
        [cell("A", title, to="G", name="title")],
        [cell("A", "(2021年度)", to="G")],
        [cell("A", "部门名称", to="B"), cell("C", "广州市黄埔区总工会（广州开发区总工会）", to="G")],
        [cell("A", "整体支出年度预算数", to="B"), cell("C", 1505.02, "0.00"), cell("D", "整体支出年初预算数"),
         cell("E", 1859.01, "#,##0.00", to="G")],
        [cell("A", "实际支出数", to="B"), cell("C", 1472.46, "0.00"), cell("D", "年度调整额"), cell("E", -353.99, "0.00", to="G")],
        [cell("A", "其中：一般公共预算", to="B"), cell("C", 1472.46, "0.00"), cell("D", None), cell("E", None, to="G")],
        [cell("A", "预算完成率", to="B"), cell("C", 97.8, '0.0"%"'), cell("D", "预算调整率"), cell("E", -19.0, '0.0"%"', to="G")],
        [cell("A", "年度整体目标", to="B"), cell("C", HP_GOAL, to="G")],
        [cell("A", "整体目标完成情况", to="B"), cell("C", HP_RESULT, to="G")],
        [cell("A", "序号"), cell("B", "关键指标"), cell("C", "预期实现值"), cell("D", "指标完成情况", to="G")],
    ]
    for i, (name, target, result) in enumerate(HP_KPIS):
        rows.append([cell("A", i + 1), cell("B", name), cell("C", target), cell("D", result, to="G", name=f"kpiResult{i}")])
    rows.append([cell("A", "序号"), cell("B", "主要任务"), cell("C", "预期目标"), cell("D", "目标完成情况"), cell("E", "关键指标"),
                 cell("F", "指标完成情况"), cell("G", "任务涉及资金（万元）")])
    for i, task in enumerate(HP_TASKS):
        rows.append([cell("A", i + 1), cell("B", task[0]), cell("C", task[1]), cell("D", task[2]), cell("E", task[3]),
                     cell("F", task[4]), cell("G", task[5])])
    rows.append([cell("A", "存在问题", to="B"), cell("C", "活动次数因疫情原因未达到预期次数", to="G")])
    rows.append([cell("A", "改进措施", to="B"), cell("C", "预算要进一步细化准确", to="G")])
    names = write_rows(ws, rows)
    # 97.8 and −19.0 stored as points (the % is the format's literal): nearer the computed 0.978 / −0.190 as points.
    expected = {"status": "findings", "sheet": "Sheet1", "form": hp_expected_form(hp_values(title=title)),
                "findings": [unmet_activities("Sheet1", names)]}
    return save(wb, "serial-columns.openpyxl.xlsx", expected, "序号 columns, unit in the title, a literal-% format")


@variant
def texts_below_labels():
    """存在问题 and 改进措施 as a label row each with the text in the merged row below."""
    def hook(rows):
        out = []
        for row in rows:
            if row and row[0]["v"] in ("存在问题", "改进措施"):
                out += [[cell("A", row[0]["v"], to="F")], [cell("A", row[1]["v"], to="F", name=row[1]["name"])]]
            else:
                out.append(row)
        return out
    return hp_variant("vertical-texts.openpyxl.xlsx", rows_hook=hook, notes="texts in the row below their labels")


@variant
def mof_style_grid():
    """A county MOF-style form (domain.md §1.2): 全年预算数(A) / 全年执行数(B) / 执行率(B/A) with 分值 / 得分, a
    年度总体目标 box with 预期目标 | 实际完成情况, and an indicator grid 一级指标 | 二级指标 | 三级指标 | 年度指标值 |
    实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 beside a 绩效指标 label merged down. No 总分 row (see README)."""
    wb, ws = new_workbook()
    rows = [
        [cell("A", "2021年度部门整体支出绩效自评表", to="I", name="title")],
        [cell("A", "单位：万元", to="I")],
        [cell("A", "部门（单位）名称", to="B"), cell("C", "某县农业农村局", to="I")],
        [cell("A", "年度预算资金", down=3), cell("B", "项目"), cell("C", "年初预算数"), cell("D", "全年预算数(A)"),
         cell("E", "全年执行数(B)"), cell("F", "分值"), cell("G", "执行率(B/A)"), cell("H", "得分", to="I")],
        [cell("B", "年度资金总额"), cell("C", 1200, "0.00"), cell("D", 1250, "0.00"), cell("E", 1225, "0.00"), cell("F", 10),
         cell("G", 0.98, "0.00%"), cell("H", 9.8, "0.0", to="I")],
        [cell("B", "其中：本年财政拨款"), cell("C", 1100, "0.00"), cell("D", 1150, "0.00"), cell("E", 1125, "0.00"),
         cell("F", "—"), cell("G", 0.9783, "0.00%"), cell("H", "—", to="I")],
        [cell("B", "其他资金"), cell("C", 100, "0.00"), cell("D", 100, "0.00"), cell("E", 100, "0.00"), cell("F", "—"),
         cell("G", 1, "0.00%"), cell("H", "—", to="I")],
        [cell("A", "年度总体目标", down=1), cell("B", "预期目标", to="E"), cell("F", "实际完成情况", to="I")],
        [cell("B", "保障农业生产，完成高标准农田建设5000亩。", to="E"), cell("F", "完成高标准农田建设5200亩。", to="I")],
        [cell("A", "绩效指标", down=3), cell("B", "一级指标"), cell("C", "二级指标"), cell("D", "三级指标"), cell("E", "年度指标值"),
         cell("F", "实际完成值"), cell("G", "分值"), cell("H", "得分"), cell("I", "偏差原因分析及改进措施")],
        [cell("B", "产出指标", down=1), cell("C", "数量指标"), cell("D", "高标准农田建设面积"), cell("E", "≥5000亩"),
         cell("F", "5200亩"), cell("G", 30), cell("H", 30)],
        [cell("C", "质量指标"), cell("D", "验收合格率"), cell("E", "100%"), cell("F", "100%"), cell("G", 30), cell("H", 30)],
        [cell("B", "效益指标"), cell("C", "满意度指标"), cell("D", "农户满意度"), cell("E", "≥90%"), cell("F", "88%", name="kpiResult2"),
         cell("G", 30), cell("H", 28), cell("I", "宣传不足，加强宣传")],
    ]
    names = write_rows(ws, rows)
    # Funds read down the header's columns: 年初 1200, 全年预算(A) 1250, 全年执行(B) 1225, 执行率 98.00%
    # (1225 ÷ 1250 = 0.98 ✓); 其中 in the (B) column: 本年财政拨款 1125 + 其他资金 100 = 1225 = actual ✓.
    # The goal under 预期目标, its result under 实际完成情况. Indicators named by 三级指标: ≥5000亩 vs 5200 met,
    # 100% vs 100% met, ≥90% vs 88% NOT met. The 一/二/三级指标 | 分值 | 得分 grid is also read as the scores
    # (30 → 30, 30 → 30, 30 → 28: none above its weight; no total, no grade stated).
    # No 存在问题 / 改进措施 box (the grid's 偏差原因分析及改进措施 is a column): both empty → two empty-text warnings.
    form = {
        "title": "2021年度部门整体支出绩效自评表", "year": 2021, "unit": "万元", "department": "某县农业农村局",
        "funds": {"annualBudget": 1250, "initialBudget": 1200, "actual": 1225, "adjustment": None,
                  "generalPublicBudget": 1125, "governmentFundBudget": None, "stateCapitalBudget": None,
                  "otherFunds": 100, "completionRate": 0.98, "adjustmentRate": None},
        "overallGoal": "保障农业生产，完成高标准农田建设5000亩。", "overallGoalResult": "完成高标准农田建设5200亩。",
        "keyIndicators": [
            {"name": "高标准农田建设面积", "target": "≥5000亩", "result": "5200亩", "targetValue": 5000, "resultValue": 5200,
             "unit": "亩"},
            {"name": "验收合格率", "target": "100%", "result": "100%", "targetValue": 100, "resultValue": 100, "unit": "%"},
            {"name": "农户满意度", "target": "≥90%", "result": "88%", "targetValue": 90, "resultValue": 88, "unit": "%"}],
        "tasks": [], "problems": None, "improvements": None,
        "score": {
            "rows": [
                {"level1": "产出指标", "level2": "数量指标", "level3": "高标准农田建设面积", "weight": 30, "score": 30, "reason": None},
                {"level1": None, "level2": "质量指标", "level3": "验收合格率", "weight": 30, "score": 30, "reason": None},
                {"level1": "效益指标", "level2": "满意度指标", "level3": "农户满意度", "weight": 30, "score": 28,
                 "reason": "宣传不足，加强宣传"},
            ],
            "totalWeight": None, "total": None, "grade": None,
        },
    }
    expected = {"status": "findings", "sheet": "Sheet1", "form": form,
                "findings": [finding("indicator-unmet", "warning", "keyIndicators[2]", "Sheet1", names["kpiResult2"]),
                             finding("empty-text", "warning", "problems", "Sheet1", None),
                             finding("empty-text", "warning", "improvements", "Sheet1", None)]}
    return save(wb, "mof-grid.openpyxl.xlsx", expected, "MOF-style grid: (A)/(B) columns, 预期目标 box, 三级指标 grid")


# ----------------------------------------------------------------------------------------------------------
# Gaps found on real-world layouts: 其中 rows without a key, a 总分 that counts the funds block's score, a
# department named only in the title.

SICHUAN_NOTE = ("1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；"
                "2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款。")


def sichuan_rows(unit_actual=70):
    """The Sichuan 2023 grid (domain.md §1.2; 青神县 / 大英县 forms): a 预算执行情况（10分） block with
    年度预算数（万元） | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 over the rows 总额,
    其中：财政资金, 财政专户管理资金, 单位资金, 其他资金; a 绩效指标（90分） grid with 指标性质 / 度量单位 columns;
    合计 (weight 100 = 10 + 90); 评价结论, 存在问题, 改进措施 and the signatures."""
    rows = [
        [cell("A", "部门整体支出绩效自评表（2023年度）", to="K", name="title")],
        [cell("A", "部门（单位）名称", to="B"), cell("C", "某县教育局", to="K", name="department")],
        # The goal box's label on its header row only (not merged down over the texts as on the MOF grid).
        [cell("A", "年度总体目标"), cell("B", "预期目标", to="E"), cell("F", "实际完成情况", to="K")],
        [cell("B", "保障学生资助政策落实，资助家庭经济困难学生1200人次。", to="E"),
         cell("F", "资助家庭经济困难学生1250人次，资金按时足额发放。", to="K")],
        [cell("A", "预算执行情况（10分）", down=5), cell("B", "年度预算数（万元）"), cell("C", "年初预算"),
         cell("D", "调整后预算数"), cell("E", "预算执行数", name="actualLabel"), cell("F", "预算执行率"), cell("G", "权重"),
         cell("H", "得分"), cell("I", "原因", to="K")],
        [cell("B", "总额"), cell("C", 1800, "0.00"), cell("D", 2000, "0.00"), cell("E", 1900, "0.00", name="actual"),
         cell("F", 0.95, "0.00%"), cell("G", 10), cell("H", 9.5, "0.0", name="fundsScore"), cell("I", SICHUAN_NOTE, to="K", down=4)],
        [cell("B", "其中：财政资金"), cell("C", 1500, "0.00"), cell("D", 1650, "0.00"), cell("E", 1580, "0.00", name="gpb"),
         cell("F", 0.9576, "0.00%"), cell("G", "/"), cell("H", "/")],
        [cell("B", "财政专户管理资金"), cell("C", 200, "0.00"), cell("D", 220, "0.00"), cell("E", 200, "0.00", name="special"),
         cell("F", 0.9091, "0.00%"), cell("G", "/"), cell("H", "/")],
        [cell("B", "单位资金"), cell("C", 60, "0.00"), cell("D", 80, "0.00"), cell("E", unit_actual, "0.00", name="unitFunds"),
         cell("F", round(unit_actual / 80, 4), "0.00%"), cell("G", "/"), cell("H", "/")],
        [cell("B", "其他资金"), cell("C", 40, "0.00"), cell("D", 50, "0.00"), cell("E", 50, "0.00", name="other"),
         cell("F", 1, "0.00%"), cell("G", "/"), cell("H", "/")],
        [cell("A", "绩效指标（90分）", down=3), cell("B", "一级指标"), cell("C", "二级指标"), cell("D", "三级指标"),
         cell("E", "指标性质"), cell("F", "指标值"), cell("G", "度量单位"), cell("H", "完成值"), cell("I", "权重"), cell("J", "得分"),
         cell("K", "未完成原因分析")],
        [cell("B", "产出指标", down=1), cell("C", "数量指标"), cell("D", "资助学生人次"), cell("E", "≥"), cell("F", 1200),
         cell("G", "人次"), cell("H", 1250), cell("I", 30), cell("J", 30)],
        [cell("C", "质量指标"), cell("D", "资金发放准确率"), cell("E", "="), cell("F", 100), cell("G", "%"), cell("H", 100),
         cell("I", 30), cell("J", 30)],
        [cell("B", "效益指标"), cell("C", "满意度指标"), cell("D", "学生家长满意度"), cell("E", "≥"), cell("F", 90), cell("G", "%"),
         cell("H", 88, name="kpiResult2"), cell("I", 30), cell("J", 27), cell("K", "政策宣传不够")],
        [cell("A", "合计", to="H"), cell("I", 100), cell("J", 96.5, "0.0", name="total")],
        [cell("A", "评价结论"), cell("B", "自评得分96.5分，资助政策落实到位。", to="K")],
        [cell("A", "存在问题"), cell("B", "政策宣传覆盖不够，家长满意度未达预期。", to="K")],
        [cell("A", "改进措施"), cell("B", "加强资助政策宣传。", to="K")],
        [cell("A", "单位负责人：王五", to="D"), cell("E", "财务负责人：赵六", to="K")],
    ]
    return rows


def sichuan_expected(unit_actual=70):
    """The form both Sichuan variants read to (the 单位资金 row is not in the contract's funds object)."""
    return {
        "title": "部门整体支出绩效自评表（2023年度）", "year": 2023, "unit": "万元", "department": "某县教育局",
        "funds": {"annualBudget": 2000, "initialBudget": 1800, "actual": 1900, "adjustment": None,
                  "generalPublicBudget": 1580, "governmentFundBudget": None, "stateCapitalBudget": None,
                  "otherFunds": 50, "completionRate": 0.95, "adjustmentRate": None},
        "overallGoal": "保障学生资助政策落实，资助家庭经济困难学生1200人次。",
        "overallGoalResult": "资助家庭经济困难学生1250人次，资金按时足额发放。",
        "keyIndicators": [
            {"name": "资助学生人次", "target": "1200", "result": "1250", "targetValue": 1200, "resultValue": 1250, "unit": "人次"},
            {"name": "资金发放准确率", "target": "100", "result": "100", "targetValue": 100, "resultValue": 100, "unit": "%"},
            {"name": "学生家长满意度", "target": "90", "result": "88", "targetValue": 90, "resultValue": 88, "unit": "%"}],
        "tasks": [], "problems": "政策宣传覆盖不够，家长满意度未达预期。", "improvements": "加强资助政策宣传。",
        "score": {
            "rows": [
                {"level1": "产出指标", "level2": "数量指标", "level3": "资助学生人次", "weight": 30, "score": 30, "reason": None},
                {"level1": None, "level2": "质量指标", "level3": "资金发放准确率", "weight": 30, "score": 30, "reason": None},
                {"level1": "效益指标", "level2": "满意度指标", "level3": "学生家长满意度", "weight": 30, "score": 27,
                 "reason": "政策宣传不够"}],
            "totalWeight": 100, "total": 96.5, "grade": None},
    }


@variant
def sichuan_grid():
    """The Sichuan 2023 grid, consistent: its 其中 rows add up only with 财政专户管理资金 and 单位资金, which the
    contract has no key for, and its 合计 counts the 预算执行 得分."""
    wb, ws = new_workbook()
    names = write_rows(ws, sichuan_rows())
    # Read down the header's columns (the figures below 年初预算 / 调整后预算数 / 预算执行数 / 预算执行率, in the 总额
    # row): initial 1800, annual 2000, actual 1900, 95.00% (1900 ÷ 2000 = 0.95 ✓). 单位 万元 from the
    # 年度预算数（万元） header. The 其中 rows in the 预算执行数 column: 财政资金 1580 (generalPublicBudget) +
    # 财政专户管理资金 200 + 单位资金 70 + 其他资金 50 (otherFunds) = 1900 = actual ✓ — with the two rows that have
    # no key; the keyed ones alone (1630) would not add up, which is not what the sheet says.
    # Indicators (三级指标 / 指标性质 / 指标值 / 度量单位 / 完成值): ≥1200 vs 1250 人次 met; = 100 vs 100 % met;
    # ≥90 vs 88 % NOT met → indicator-unmet keyIndicators[2].
    # Scores: 30 → 30, 30 → 30, 30 → 27 (none above its weight). 合计 weight 100, score 96.5: the level-1 scores
    # add up to 87 and their weights to 90 ≠ 100, so the 合计 counts the funds block: 9.5 + 30 + 30 + 27 = 96.5 ✓.
    expected = {"status": "findings", "sheet": "Sheet1", "form": sichuan_expected(),
                "findings": [finding("indicator-unmet", "warning", "keyIndicators[2]", "Sheet1", names["kpiResult2"])]}
    return save(wb, "sichuan-grid.openpyxl.xlsx", expected,
                "Sichuan 2023 grid: 其中 rows without a key, 合计 counting the 预算执行 得分")


@variant
def sichuan_grid_unbalanced():
    """The Sichuan grid with 单位资金 spending 90 instead of 70: the 其中 rows no longer add up."""
    wb, ws = new_workbook()
    names = write_rows(ws, sichuan_rows(unit_actual=90))
    # 1580 + 200 + 90 + 50 = 1920 ≠ 1900 (off by −20.00, far beyond 4 × 0.005) → breakdown-total on funds.actual
    # (E6, the 总额 figure); the message lists the parts in sheet order and names 财政专户管理资金 E8 and 单位资金 E9.
    expected = {"status": "findings", "sheet": "Sheet1", "form": sichuan_expected(unit_actual=90),
                "findings": [finding("breakdown-total", "error", "funds.actual", "Sheet1", names["actual"]),
                             finding("indicator-unmet", "warning", "keyIndicators[2]", "Sheet1", names["kpiResult2"])]}
    return save(wb, "sichuan-grid-unbalanced.openpyxl.xlsx", expected,
                "Sichuan grid whose 其中 rows (with 单位资金) do not add up")


def mof_total_rows(total):
    """A MOF-style grid (domain.md §1.2) with 其中：本年财政拨款 / 上年结转资金 / 其他资金, the 分值 | 执行率 | 得分
    columns, an indicator grid scored to one decimal, and a 总分 row."""
    return [
        [cell("A", "2022年度部门整体支出绩效自评表", to="I", name="title")],
        [cell("A", "单位：万元", to="I")],
        [cell("A", "部门（单位）名称", to="B"), cell("C", "某县农业农村局", to="I")],
        [cell("A", "年度预算资金", down=4), cell("B", "项目"), cell("C", "年初预算数"), cell("D", "全年预算数(A)"),
         cell("E", "全年执行数(B)"), cell("F", "分值"), cell("G", "执行率(B/A)"), cell("H", "得分", to="I")],
        [cell("B", "年度资金总额"), cell("C", 1200, "0.00"), cell("D", 1250, "0.00"), cell("E", 1225, "0.00", name="actual"),
         cell("F", 10), cell("G", 0.98, "0.00%"), cell("H", 9.8, "0.0", to="I", name="fundsScore")],
        [cell("B", "其中：本年财政拨款"), cell("C", 1000, "0.00"), cell("D", 1050, "0.00"), cell("E", 1030, "0.00"),
         cell("F", "—"), cell("G", 0.981, "0.00%"), cell("H", "—", to="I")],
        [cell("B", "上年结转资金"), cell("C", 100, "0.00"), cell("D", 100, "0.00"), cell("E", 95, "0.00"), cell("F", "—"),
         cell("G", 0.95, "0.00%"), cell("H", "—", to="I")],
        [cell("B", "其他资金"), cell("C", 100, "0.00"), cell("D", 100, "0.00"), cell("E", 100, "0.00"), cell("F", "—"),
         cell("G", 1, "0.00%"), cell("H", "—", to="I")],
        [cell("A", "年度总体目标", down=1), cell("B", "预期目标", to="E"), cell("F", "实际完成情况", to="I")],
        [cell("B", "保障农业生产，完成高标准农田建设5000亩。", to="E"), cell("F", "完成高标准农田建设5200亩。", to="I")],
        [cell("A", "绩效指标", down=3), cell("B", "一级指标"), cell("C", "二级指标"), cell("D", "三级指标"), cell("E", "年度指标值"),
         cell("F", "实际完成值"), cell("G", "分值"), cell("H", "得分"), cell("I", "偏差原因分析及改进措施")],
        [cell("B", "产出指标", down=1), cell("C", "数量指标"), cell("D", "高标准农田建设面积"), cell("E", "≥5000亩"),
         cell("F", "5200亩"), cell("G", 30), cell("H", 30, "0.0")],
        [cell("C", "质量指标"), cell("D", "验收合格率"), cell("E", "100%"), cell("F", "100%"), cell("G", 30), cell("H", 30, "0.0")],
        [cell("B", "效益指标"), cell("C", "满意度指标"), cell("D", "农户满意度"), cell("E", "≥90%"), cell("F", "88%", name="kpiResult2"),
         cell("G", 30), cell("H", 28, "0.0"), cell("I", "宣传不足，加强宣传")],
        [cell("A", "总分", to="F"), cell("G", 100), cell("H", total, "0.0", name="total")],
        [cell("A", "存在问题"), cell("B", "农户满意度未达预期。", to="I")],
        [cell("A", "改进措施"), cell("B", "加强政策宣传。", to="I")],
    ]


def mof_total_expected(total):
    return {
        "title": "2022年度部门整体支出绩效自评表", "year": 2022, "unit": "万元", "department": "某县农业农村局",
        "funds": {"annualBudget": 1250, "initialBudget": 1200, "actual": 1225, "adjustment": None,
                  "generalPublicBudget": 1030, "governmentFundBudget": None, "stateCapitalBudget": None,
                  "otherFunds": 100, "completionRate": 0.98, "adjustmentRate": None},
        "overallGoal": "保障农业生产，完成高标准农田建设5000亩。", "overallGoalResult": "完成高标准农田建设5200亩。",
        "keyIndicators": [
            {"name": "高标准农田建设面积", "target": "≥5000亩", "result": "5200亩", "targetValue": 5000, "resultValue": 5200,
             "unit": "亩"},
            {"name": "验收合格率", "target": "100%", "result": "100%", "targetValue": 100, "resultValue": 100, "unit": "%"},
            {"name": "农户满意度", "target": "≥90%", "result": "88%", "targetValue": 90, "resultValue": 88, "unit": "%"}],
        "tasks": [], "problems": "农户满意度未达预期。", "improvements": "加强政策宣传。",
        "score": {
            "rows": [
                {"level1": "产出指标", "level2": "数量指标", "level3": "高标准农田建设面积", "weight": 30, "score": 30.0, "reason": None},
                {"level1": None, "level2": "质量指标", "level3": "验收合格率", "weight": 30, "score": 30.0, "reason": None},
                {"level1": "效益指标", "level2": "满意度指标", "level3": "农户满意度", "weight": 30, "score": 28.0,
                 "reason": "宣传不足，加强宣传"}],
            "totalWeight": 100, "total": total, "grade": None},
    }


@variant
def mof_grid_total():
    """A MOF-style grid whose 总分 counts the funds block's 执行率 得分 (9.8 of 10) with the indicator scores;
    its 其中 rows include 上年结转资金, which the contract has no key for."""
    wb, ws = new_workbook()
    names = write_rows(ws, mof_total_rows(97.8))
    # Funds down the (A)/(B) columns: 1200, 1250, 1225, 98.00% (1225 ÷ 1250 = 0.98 ✓). 其中 in the (B) column:
    # 本年财政拨款 1030 + 上年结转资金 95 + 其他资金 100 = 1225 = actual ✓ (上年结转资金 has no key).
    # 总分 weight 100 = 10 (funds block) + 30 + 30 + 30; score 9.8 + 30.0 + 30.0 + 28.0 = 97.8 = stated ✓.
    # The level-1 scores alone (88.0) are not the total and need not be. ≥90% vs 88% NOT met.
    expected = {"status": "findings", "sheet": "Sheet1", "form": mof_total_expected(97.8),
                "findings": [finding("indicator-unmet", "warning", "keyIndicators[2]", "Sheet1", names["kpiResult2"])]}
    return save(wb, "mof-grid-total.openpyxl.xlsx", expected, "MOF grid: 总分 counting the funds block's 得分")


@variant
def mof_grid_total_wrong():
    """The MOF grid with 总分 98.8: one point more than the funds block's and the indicators' scores give."""
    wb, ws = new_workbook()
    names = write_rows(ws, mof_total_rows(98.8))
    # 9.8 + 30.0 + 30.0 + 28.0 = 97.8 against a stated 98.8: off by 1.0 > 4 × 0.05 → score-total on score.total
    # (H15), its message naming the funds block's score H5.
    expected = {"status": "findings", "sheet": "Sheet1", "form": mof_total_expected(98.8),
                "findings": [finding("indicator-unmet", "warning", "keyIndicators[2]", "Sheet1", names["kpiResult2"]),
                             finding("score-total", "error", "score.total", "Sheet1", names["total"])]}
    return save(wb, "mof-grid-total-wrong.openpyxl.xlsx", expected, "MOF grid whose 总分 is off by one point")


def without_department_row(title, department_row=None):
    """A rows hook: the Huangpu header replaced by the title and a unit line, the 部门名称 row dropped (or
    replaced by department_row)."""
    def hook(rows):
        header = [[cell("A", title, to="F", name="title")], [cell("A", "单位：万元", to="F")]]
        rows[0:4] = header + ([department_row] if department_row else [])
        return rows
    return hook


@variant
def department_only_in_title():
    """No 部门名称 field at all; the department only in the title `广州市某某局2023年度部门整体支出绩效自评表`."""
    title = "广州市某某局2023年度部门整体支出绩效自评表"

    def update(form):
        form.update({"department": "广州市某某局", "year": 2023})

    def more(names):
        # The text before the year: 广州市某某局 (ends in 局, not a place) → department, read from the title A1:
        # an info required-field of kind title on the title's cell, no error.
        return [finding("required-field", "info", "department", "Sheet1", names["title"], kind="title")]
    return hp_variant("department-in-title-only.openpyxl.xlsx", title=title, department=None,
                      rows_hook=without_department_row(title), form_update=update, more_findings=more,
                      notes="no 部门名称 field; the department only in the title")


@variant
def region_only_in_title():
    """No 部门名称 field and a title that names only a place: `黄埔区广州开发区2021年度部门整体支出绩效自评表`."""
    title = "黄埔区广州开发区2021年度部门整体支出绩效自评表"

    def update(form):
        form["department"] = None

    def more(names):
        # 黄埔区广州开发区 ends in 区: a region, not a department → nothing taken; required-field still fires,
        # with no cell (the form has no 部门名称 label).
        return [finding("required-field", "error", "department", "Sheet1", None)]
    return hp_variant("department-region-title.openpyxl.xlsx", title=title, rows_hook=without_department_row(title),
                      form_update=update, more_findings=more, notes="no 部门名称 field, a title naming only a place")


@variant
def blank_department_with_title():
    """A blank 部门名称 field although the title names a department: the field is there, so it must be filled."""
    title = "广州市某某局2023年度部门整体支出绩效自评表"
    department_row = [cell("A", "部门名称", to="B"), cell("C", None, to="F", name="department")]

    def update(form):
        form.update({"department": None, "year": 2023})

    def more(names):
        # The form has a 部门名称 field (blank C3): the title is not read for it; required-field on C3.
        return [finding("required-field", "error", "department", "Sheet1", names["department"])]
    return hp_variant("department-blank-title.openpyxl.xlsx", title=title,
                      rows_hook=without_department_row(title, department_row), form_update=update, more_findings=more,
                      notes="a blank 部门名称 field and a department in the title")


@variant
def not_a_form():
    """A workbook that is not a 自评表 at all."""
    wb = Workbook()
    ws = wb.active
    ws.title = "工资表"
    for r, row in enumerate([("姓名", "部门", "金额"), ("张三", "办公室", 3000), ("李四", "财务科", 3200)], start=1):
        for c, v in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=v)
    expected = {"status": "unreadable", "findings": []}
    return save(wb, "not-a-form.openpyxl.xlsx", expected, "no form: unreadable")


# ----------------------------------------------------------------------------------------------------------
# Forms that must still be read without their title or with a block missing, and other budget tables an
# officer's folder holds beside the forms (refused with what they are, never read as a form with findings).

def hp_header_without_title(rows):
    """A rows hook: the title line dropped, the year and unit lines kept."""
    del rows[0]
    return rows


def drop_rows(rows, first_text, count_after):
    """Removes the row whose first cell holds first_text and the count_after rows below it."""
    start = row_index(rows, first_text)
    del rows[start:start + 1 + count_after]
    return rows


@variant
def untitled_form():
    """The Huangpu form without its title line: only the year and unit lines above 部门名称."""
    def update(form):
        form["title"] = None
    # Nothing else moves: the blocks (部门名称, 年度整体目标, 年度关键指标, 主要任务, 存在问题, 改进措施) are all there.
    return hp_variant("untitled-form.openpyxl.xlsx", rows_hook=hp_header_without_title, form_update=update,
                      notes="no title line; every block there")


@variant
def untitled_no_tasks():
    """No title and no 主要任务 table: four of the form's distinctive blocks remain."""
    def hook(rows):
        return drop_rows(hp_header_without_title(rows), "主要任务", len(HP_TASKS))

    def update(form):
        form.update({"title": None, "tasks": []})
    # Without tasks there is nothing for task-funds-total; only 各类活动次数 159 < 161 stays unmet.
    return hp_variant("untitled-no-tasks.openpyxl.xlsx", rows_hook=hook, form_update=update,
                      notes="no title, no 主要任务 table")


@variant
def untitled_no_indicators():
    """No title and no 年度关键指标 table: the task table is still read; no indicator, so no finding."""
    wb, ws = new_workbook()
    values = hp_values()
    rows = drop_rows(hp_header_without_title(hp_rows(hp_labels(), values)), "年度关键指标", len(HP_KPIS))
    write_rows(ws, rows)
    # Funds as Huangpu (all consistent), tasks 98.66 ≤ 1472.46, no empty text, no indicator → no finding.
    form = hp_expected_form(values, title=None, keyIndicators=[])
    expected = {"status": "ok", "sheet": "Sheet1", "form": form, "findings": []}
    return save(wb, "untitled-no-indicators.openpyxl.xlsx", expected, "no title, no 年度关键指标 table")


@variant
def title_only_zipingbiao():
    """The title line says only 自评表."""
    return hp_variant("title-only-zipingbiao.openpyxl.xlsx", title="自评表", notes="title 自评表 only")


def non_form(name, sheet, rows, table, notes):
    """A workbook of one sheet that is not the form: unreadable, the closest sheet named, and the kind of table
    when it can be told (table None when it cannot)."""
    wb, ws = new_workbook(sheet)
    write_rows(ws, rows)
    expected = {"status": "unreadable", "findings": [],
                "error": {"kind": "form-not-recognised", "sheet": sheet, "table": table}}
    return save(wb, name, expected, notes)


PROJECT_LIST = [("1", "社区养老服务补贴", "440101-2023-001", "广州市某某区民政局", 320, 310, 0.9688),
                ("2", "长者饭堂运营补助", "440101-2023-002", "广州市某某区民政局", 150, 150, 1),
                ("3", "残疾人康复服务", "440101-2023-003", "广州市某某区残联", 80, 60, 0.75)]


def project_list_rows(title):
    rows = [[cell("A", title, to="G")]] if title else []
    rows.append([cell("G", "单位：万元")])
    rows.append([cell("A", "序号"), cell("B", "项目名称"), cell("C", "项目编码"), cell("D", "主管部门"), cell("E", "预算数"),
                 cell("F", "执行数"), cell("G", "执行率")])
    for number, name, code, owner, budget, actual, rate in PROJECT_LIST:
        rows.append([cell("A", number), cell("B", name), cell("C", code), cell("D", owner), cell("E", budget, "0.00"),
                     cell("F", actual, "0.00"), cell("G", rate, "0.00%")])
    rows.append([cell("A", "合计", to="D"), cell("E", 550, "0.00"), cell("F", 520, "0.00"), cell("G", 0.9455, "0.00%")])
    return rows


@variant
def project_list():
    """A 项目支出明细表: 主管部门 / 预算数 / 执行数 / 执行率 columns (four of the form's labels), none of the
    form's blocks but 主管部门; its title says what it is."""
    return non_form("project-list.openpyxl.xlsx", "项目明细", project_list_rows("2023年度项目支出明细表"),
                    "项目支出明细表", "项目支出明细表 with 预算数/执行数/执行率 columns: not the form")


def project_evaluation_rows(title):
    """The MOF 项目支出绩效自评表 (财预〔2020〕10号 附件): 项目名称, 主管部门 / 实施单位, 项目资金 grid, 年度总体目标,
    绩效指标 grid, 总分."""
    rows = []
    if title:
        rows += [[cell("A", title, to="I")], [cell("A", "（2023年度）", to="I")]]
    rows += [
        [cell("A", "项目名称", to="B"), cell("C", "社区养老服务补贴", to="I")],
        [cell("A", "主管部门", to="B"), cell("C", "广州市某某区民政局", to="E"), cell("F", "实施单位"),
         cell("G", "广州市某某区养老服务中心", to="I")],
        [cell("A", "项目资金（万元）", down=4), cell("B", None), cell("C", "年初预算数"), cell("D", "全年预算数"),
         cell("E", "全年执行数"), cell("F", "分值"), cell("G", "执行率"), cell("H", "得分", to="I")],
        [cell("B", "年度资金总额"), cell("C", 300, "0.00"), cell("D", 320, "0.00"), cell("E", 310, "0.00"), cell("F", 10),
         cell("G", 0.9688, "0.00%"), cell("H", 9.7, to="I")],
        [cell("B", "其中：当年财政拨款"), cell("C", 300, "0.00"), cell("D", 320, "0.00"), cell("E", 310, "0.00"), cell("F", "—"),
         cell("G", "—"), cell("H", "—", to="I")],
        [cell("B", "上年结转资金"), cell("C", 0, "0.00"), cell("D", 0, "0.00"), cell("E", 0, "0.00"), cell("F", "—"),
         cell("G", "—"), cell("H", "—", to="I")],
        [cell("B", "其他资金"), cell("C", 0, "0.00"), cell("D", 0, "0.00"), cell("E", 0, "0.00"), cell("F", "—"),
         cell("G", "—"), cell("H", "—", to="I")],
        [cell("A", "年度总体目标", down=1), cell("B", "预期目标", to="E"), cell("F", "实际完成情况", to="I")],
        [cell("B", "为辖区1200名高龄老人发放养老服务补贴。", to="E"), cell("F", "已为1236名高龄老人发放补贴。", to="I")],
        [cell("A", "绩效指标", down=3), cell("B", "一级指标"), cell("C", "二级指标"), cell("D", "三级指标"), cell("E", "年度指标值"),
         cell("F", "实际完成值"), cell("G", "分值"), cell("H", "得分"), cell("I", "偏差原因分析及改进措施")],
        [cell("B", "产出指标", down=1), cell("C", "数量指标"), cell("D", "补贴发放人数"), cell("E", "≥1200人"), cell("F", "1236人"),
         cell("G", 30), cell("H", 30)],
        [cell("C", "时效指标"), cell("D", "按月发放率"), cell("E", "100%"), cell("F", "100%"), cell("G", 30), cell("H", 30)],
        [cell("B", "满意度指标"), cell("C", "服务对象满意度"), cell("D", "老人满意度"), cell("E", "≥90%"), cell("F", "95%"),
         cell("G", 30), cell("H", 30)],
        [cell("A", "总分", to="F"), cell("G", 100), cell("H", 99.7, to="I")],
    ]
    return rows


@variant
def project_self_evaluation():
    """A 项目支出绩效自评表: 主管部门, 全年预算数 / 全年执行数 / 执行率, 年度总体目标, a 绩效指标 grid: labels the
    form shares, but the title names a project's self-evaluation."""
    return non_form("project-self-evaluation.openpyxl.xlsx", "项目自评", project_evaluation_rows("项目支出绩效自评表"),
                    "项目支出绩效自评表", "项目支出绩效自评表: told by its title")


@variant
def project_self_evaluation_untitled():
    """The same 项目支出绩效自评表 without its title lines: told by 项目名称 and 项目资金."""
    return non_form("project-self-evaluation-untitled.openpyxl.xlsx", "Sheet1", project_evaluation_rows(None),
                    "项目支出绩效自评表", "项目支出绩效自评表 without a title: told by 项目名称 and 项目资金")


@variant
def final_accounts():
    """A 部门决算 收入支出决算总表 (公开01表): 收入 / 支出 columns of 决算数, nothing of the form."""
    rows = [
        [cell("A", "收入支出决算总表", to="D")],
        [cell("D", "公开01表")],
        [cell("A", "部门：广州市某某局", to="C"), cell("D", "金额单位：万元")],
        [cell("A", "收入", to="B"), cell("C", "支出", to="D")],
        [cell("A", "项目"), cell("B", "决算数"), cell("C", "项目"), cell("D", "决算数")],
        [cell("A", "一、一般公共预算财政拨款收入"), cell("B", 1200, "0.00"), cell("C", "一、一般公共服务支出"), cell("D", 800, "0.00")],
        [cell("A", "二、政府性基金预算财政拨款收入"), cell("B", 100, "0.00"), cell("C", "二、社会保障和就业支出"), cell("D", 420, "0.00")],
        [cell("A", "本年收入合计"), cell("B", 1300, "0.00"), cell("C", "本年支出合计"), cell("D", 1220, "0.00")],
        [cell("A", "年初结转和结余"), cell("B", 50, "0.00"), cell("C", "年末结转和结余"), cell("D", 130, "0.00")],
        [cell("A", "总计"), cell("B", 1350, "0.00"), cell("C", "总计"), cell("D", 1350, "0.00")],
    ]
    return non_form("final-accounts.openpyxl.xlsx", "公开01表", rows, "部门决算收支总表",
                    "部门决算 收入支出决算总表: told by its title")


def budget_list_rows(title):
    rows = [[cell("A", title, to="E")]] if title else []
    rows += [
        [cell("E", "单位：万元")],
        [cell("A", "科目编码"), cell("B", "科目名称"), cell("C", "预算数"), cell("D", "执行数"), cell("E", "执行率")],
        [cell("A", "2010301"), cell("B", "行政运行"), cell("C", 650, "0.00"), cell("D", 640, "0.00"), cell("E", 0.9846, "0.00%")],
        [cell("A", "2010302"), cell("B", "一般行政管理事务"), cell("C", 180, "0.00"), cell("D", 150, "0.00"), cell("E", 0.8333, "0.00%")],
        [cell("A", "2080505"), cell("B", "机关事业单位基本养老保险缴费支出"), cell("C", 90, "0.00"), cell("D", 90, "0.00"),
         cell("E", 1, "0.00%")],
    ]
    return rows


@variant
def budget_list():
    """A budget list with 预算数 / 执行数 / 执行率 columns (three of the form's labels) and no block of the form."""
    return non_form("budget-list.openpyxl.xlsx", "预算执行", budget_list_rows("广州市某某局2023年度部门预算执行情况表"),
                    "预算表", "budget list with 预算数/执行数/执行率: told by its title")


@variant
def budget_list_untitled():
    """The same budget list without its title: told by 科目编码 and 科目名称."""
    return non_form("budget-list-untitled.openpyxl.xlsx", "Sheet1", budget_list_rows(None), "预算表",
                    "budget list without a title: told by 科目编码 and 科目名称")


def write_legacy_xls():
    """An Excel 97–2003 file is an OLE2 compound file: its signature alone makes it one for the reader."""
    path = os.path.join(HERE, "legacy-form.xls")
    with open(path, "wb") as handle:
        handle.write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
    return path, {"status": "unreadable", "findings": []}, "an old .xls: unreadable"


# Re-saved by LibreOffice Calc (`soffice --headless --convert-to xlsx`): the same content, another producer
# (shared strings, its own styles, formulas recalculated with their results stored).
LIBREOFFICE_COPIES = ["formula-cached", "numbers-as-text", "compact-with-scores", "synonyms", "funds-grid",
                      "values-below", "yuan-text", "mof-grid", "merged-labels", "sichuan-grid", "mof-grid-total",
                      "untitled-form", "untitled-no-tasks", "untitled-no-indicators", "title-only-zipingbiao",
                      "project-list", "project-self-evaluation", "project-self-evaluation-untitled", "final-accounts",
                      "budget-list", "budget-list-untitled"]


def libreoffice_copies(outputs):
    """LibreOffice copies of some variants, with the same expectations; skipped when soffice is missing."""
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: LibreOffice copies not rebuilt")
        return []
    import subprocess
    copies = []
    by_stem = {os.path.basename(path).split(".")[0]: (path, expected, notes) for path, expected, notes in outputs}
    with tempfile.TemporaryDirectory() as work:
        for stem in LIBREOFFICE_COPIES:
            path, expected, notes = by_stem[stem]
            subprocess.run([soffice, "--headless", "--convert-to", "xlsx", "--outdir", work, path], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            target = os.path.join(HERE, f"{stem}.libreoffice.xlsx")
            shutil.move(os.path.join(work, os.path.basename(path)), target)
            copies.append((target, copy.deepcopy(expected), notes + " (re-saved by LibreOffice)"))
    return copies


def main(only=()):
    """Builds every variant, or only those whose file stems are named (`python3 make_variants.py sichuan-grid`):
    openpyxl stamps each file with the time it is written, so rebuilding all of them rewrites every file. The
    others are then built in a scratch folder and left there."""
    global HERE
    folder = HERE
    scratch = tempfile.mkdtemp() if only else None
    if scratch:
        HERE = scratch
    outputs = [fn() for fn in VARIANTS] + [write_legacy_xls()]
    outputs += libreoffice_copies(outputs)
    if scratch:
        outputs = [output for output in outputs if os.path.basename(output[0]).split(".")[0] in only]
        moved = []
        for path, expected, notes in outputs:
            target = os.path.join(folder, os.path.basename(path))
            shutil.copyfile(path, target)
            moved.append((target, expected, notes))
        outputs = moved
        shutil.rmtree(scratch)
    for path, expected, notes in outputs:
        name = os.path.basename(path)
        producer = "LibreOffice Calc re-save" if ".libreoffice." in name else "openpyxl (make_variants.py)"
        document = {"file": name, "producer": producer, "notes": notes}
        document.update(expected)
        target = re.sub(r"\.xlsx?$", ".expected.json", path)
        with open(target, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
        print("wrote", name)


if __name__ == "__main__":
    import sys
    main(tuple(sys.argv[1:]))
