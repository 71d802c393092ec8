#!/usr/bin/env python3
"""Builds the variant 自评表 files of Tests/Fixtures/variants with openpyxl, and writes beside each its
NAME.expected.json.

The expected values and findings are written here BY HAND from the contract (form-model.md §3–5,
domain.md §1.3, §2, §6): every figure below was worked out on paper, the arithmetic is in the comments.
Nothing here runs or imports jixiao. Re-running the script gives the same content.

    python3 make_variants.py          # needs openpyxl (pip install openpyxl)
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
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
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
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
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
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
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
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
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
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
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
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
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
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
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


def write_legacy_xls():
    """An Excel 97–2003 file is an OLE2 compound file: its signature alone makes it one for the reader."""
    path = os.path.join(HERE, "legacy-form.xls")
    with open(path, "wb") as handle:
        handle.write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
    return path, {"status": "unreadable", "findings": []}, "an old .xls: unreadable"


# Re-saved by LibreOffice Calc (`soffice --headless --convert-to xlsx`): the same content, another producer
# (shared strings, its own styles, formulas recalculated with their results stored).
LIBREOFFICE_COPIES = ["formula-cached", "numbers-as-text", "compact-with-scores", "synonyms"]


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


def main():
    outputs = [fn() for fn in VARIANTS] + [write_legacy_xls()]
    outputs += libreoffice_copies(outputs)
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
    main()
