#!/usr/bin/env python3
"""Builds the workbooks of Tests/Fixtures/workbooks with openpyxl: a 主管部门's return holding its 下属单位'
forms in one workbook, one sheet each, with or without a 评分表 per unit; and beside each its
NAME.expected.json, one report per form in workbook order.

The expected values and findings are written here BY HAND from the contract (form-model.md §3–5); the
arithmetic is in the comments. Nothing here runs or imports jixiao. The cell helpers come from
../variants/make_variants.py. Each openpyxl file also gets a copy re-saved by LibreOffice Calc
(`soffice --headless --convert-to xlsx`) with the same expectations; skipped when soffice is missing.

    python3 make_workbooks.py          # needs openpyxl (pip install openpyxl)
"""
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile

from openpyxl import Workbook

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "variants"))
from make_variants import cell, finding, hp_labels, hp_rows, hp_values, write_rows  # noqa: E402

# ----------------------------------------------------------------------------------------------------------
# One unit's form: the Huangpu layout with the unit's own figures, key indicators that are all met and two
# tasks, so a unit with consistent figures has no finding at all.

KPIS = [("各类活动次数", "160场次", "165场次"), ("服务群体满意度", "90%", "96%"), ("培训人次", "200人次", "230人次")]
# (targetValue, resultValue, unit), by hand: 165 ≥ 160, 96 ≥ 90, 230 ≥ 200 — all met.
KPI_VALUES = [(160, 165, "场次"), (90, 96, "%"), (200, 230, "人次")]
TASKS = [("开展业务培训", "完成培训200人次", "完成培训230人次", "培训人次", "230人次", 20.00),
         ("日常运转保障", "保障机关正常运转", "保障到位", "运转保障率", "100%", 80.00)]
# Task funds 20.00 + 80.00 = 100.00, below every unit's actual spending → no task-funds-total.

GOAL = "履行本单位职能，完成年度重点工作。"
RESULT = "全面完成年度重点工作。"

# department, annual, initial, actual, adjustment, completion rate, adjustment rate (as shown at 0.0%).
UNITS = {
    # 1150 ÷ 1200 = 0.958333 → 95.8%; 1200 − 1000 = 200.00; 200 ÷ 1000 = 0.200 → 20.0%.
    "机关": ("广州市某某局机关", 1200.00, 1000.00, 1150.00, 200.00, 0.958, 0.200),
    # 480 ÷ 500 = 0.960 → 96.0%; 500 − 520 = −20.00; −20 ÷ 520 = −0.038462 → −3.8%.
    "信息中心": ("广州市某某局信息中心", 500.00, 520.00, 480.00, -20.00, 0.960, -0.038),
    # 817 ÷ 860 = 0.950 → 95.0%; 860 − 800 = 60.00; 60 ÷ 800 = 0.075 → 7.5%.
    "执法大队": ("广州市某某局执法大队", 860.00, 800.00, 817.00, 60.00, 0.950, 0.075),
    # 270 ÷ 300 = 0.900 → 90.0%; 300 − 300 = 0.00; 0 ÷ 300 = 0.000 → 0.0%.
    "培训中心": ("广州市某某局培训中心", 300.00, 300.00, 270.00, 0.00, 0.900, 0.000),
    # 147 ÷ 150 = 0.980 → 98.0%; 150 − 140 = 10.00; 10 ÷ 140 = 0.071429 → 7.1%.
    "档案馆": ("广州市某某局档案馆", 150.00, 140.00, 147.00, 10.00, 0.980, 0.071),
}


def unit_values(unit, completion=None):
    department, annual, initial, actual, adjustment, rate, adjustment_rate = UNITS[unit]
    return hp_values(
        title=f"{department}2021年度部门整体支出绩效自评表", department=department,
        annualBudget=(annual, "0.00"), initialBudget=(initial, "0.00"), actual=(actual, "0.00"),
        adjustment=(adjustment, "0.00"), gpb=(actual, "0.00"), completionRate=(completion or rate, "0.0%"),
        adjustmentRate=(adjustment_rate, "0.0%"), goal=GOAL, goalResult=RESULT, kpis=KPIS,
        tasks=[list(task) for task in TASKS], problems="部分指标设置不够细化", improvements="进一步细化绩效指标")


def unit_form(unit, completion=None):
    """The form jixiao must read from the unit's sheet (no 评分表)."""
    department, annual, initial, actual, adjustment, rate, adjustment_rate = UNITS[unit]
    return {
        "title": f"{department}2021年度部门整体支出绩效自评表", "year": 2021, "unit": "万元", "department": department,
        "funds": {"annualBudget": annual, "initialBudget": initial, "actual": actual, "adjustment": adjustment,
                  "generalPublicBudget": actual, "governmentFundBudget": None, "stateCapitalBudget": None,
                  "otherFunds": None, "completionRate": completion or rate, "adjustmentRate": adjustment_rate},
        "overallGoal": GOAL, "overallGoalResult": RESULT,
        "keyIndicators": [{"name": name, "target": target, "result": result, "targetValue": tv, "resultValue": rv,
                           "unit": u} for (name, target, result), (tv, rv, u) in zip(KPIS, KPI_VALUES)],
        "tasks": [{"name": name, "goal": goal, "goalResult": goal_result, "indicator": indicator,
                   "indicatorResult": indicator_result, "funds": funds}
                  for name, goal, goal_result, indicator, indicator_result, funds in TASKS],
        "problems": "部分指标设置不够细化", "improvements": "进一步细化绩效指标",
    }


def add_unit_sheet(wb, sheet, unit, completion=None):
    ws = wb.create_sheet(sheet)
    return write_rows(ws, hp_rows(hp_labels(), unit_values(unit, completion)))


# A unit's 评分表: 管理效能 45 → 43.50 (资金管理 16 → 15.50, 采购管理 2 → 2.00, 绩效管理 27 → 26.00: 15.50 + 2.00 +
# 26.00 = 43.50), 履职效能 50 → 48.00, 加减分项 5 → 3.00; 合计 100 → 43.50 + 48.00 + 3.00 = 94.50 ≥ 90 → 优.
def add_score_sheet(wb, sheet, title, management=43.50):
    ws = wb.create_sheet(sheet)
    total = management + 48.00 + 3.00
    rows = [
        [cell("A", title, to="F")],
        [cell("A", "一级指标"), cell("B", "二级指标"), cell("C", "三级指标"), cell("D", "分值"), cell("E", "自评分"),
         cell("F", "扣分原因")],
        [cell("A", "管理效能"), cell("D", 45), cell("E", management, "0.00", name="s0")],
        [cell("B", "资金管理"), cell("C", "预算完成率"), cell("D", 16), cell("E", 15.50, "0.00")],
        [cell("B", "采购管理"), cell("C", "政府采购执行率"), cell("D", 2), cell("E", 2.00, "0.00")],
        [cell("B", "绩效管理"), cell("C", "绩效目标完成率"), cell("D", 27), cell("E", 26.00, "0.00")],
        [cell("A", "履职效能"), cell("D", 50), cell("E", 48.00, "0.00")],
        [cell("A", "加减分项"), cell("D", 5), cell("E", 3.00, "0.00")],
        [cell("A", "合计", to="C"), cell("D", 100), cell("E", total, "0.00", name="total")],
        [cell("A", "自评等级", to="C"), cell("D", "优", to="F", name="grade")],
    ]
    return write_rows(ws, rows)


def score_expected(management=43.50):
    return {
        "rows": [
            {"level1": "管理效能", "level2": None, "level3": None, "weight": 45, "score": management, "reason": None},
            {"level1": None, "level2": "资金管理", "level3": "预算完成率", "weight": 16, "score": 15.50, "reason": None},
            {"level1": None, "level2": "采购管理", "level3": "政府采购执行率", "weight": 2, "score": 2.00, "reason": None},
            {"level1": None, "level2": "绩效管理", "level3": "绩效目标完成率", "weight": 27, "score": 26.00, "reason": None},
            {"level1": "履职效能", "level2": None, "level3": None, "weight": 50, "score": 48.00, "reason": None},
            {"level1": "加减分项", "level2": None, "level3": None, "weight": 5, "score": 3.00, "reason": None},
        ],
        "totalWeight": 100, "total": management + 51.00, "grade": "优",
    }


def report(sheet, form, findings=()):
    return {"sheet": sheet, "status": "findings" if findings else "ok", "form": form, "findings": list(findings)}


def new_workbook():
    wb = Workbook()
    wb.remove(wb.active)
    return wb


WORKBOOKS = []


def workbook(fn):
    WORKBOOKS.append(fn)
    return fn


def save(wb, name, reports, notes):
    path = os.path.join(HERE, name)
    wb.save(path)
    return path, {"reports": reports}, notes


# ----------------------------------------------------------------------------------------------------------
# The workbooks.

@workbook
def two_units():
    """Two units, one sheet each, no 评分表; both consistent: two reports, both ok."""
    wb = new_workbook()
    add_unit_sheet(wb, "机关", "机关")
    add_unit_sheet(wb, "信息中心", "信息中心")
    return save(wb, "two-units.openpyxl.xlsx", [report("机关", unit_form("机关")),
                                                report("信息中心", unit_form("信息中心"))],
                "two units, no 评分表, both consistent")


@workbook
def three_units_with_scores():
    """Three units, each followed by its 评分表 named after it (`机关` / `机关评分表`); the second unit states
    预算完成率 90.6% where 480 ÷ 500 = 96.0%."""
    wb = new_workbook()
    add_unit_sheet(wb, "机关", "机关")
    add_score_sheet(wb, "机关评分表", "广州市某某局机关2021年度部门整体支出绩效自评评分表")
    names = add_unit_sheet(wb, "信息中心", "信息中心", completion=0.906)
    add_score_sheet(wb, "信息中心评分表", "广州市某某局信息中心2021年度部门整体支出绩效自评评分表")
    add_unit_sheet(wb, "执法大队", "执法大队")
    add_score_sheet(wb, "执法大队评分表", "广州市某某局执法大队2021年度部门整体支出绩效自评评分表")

    def scored(unit, completion=None):
        form = unit_form(unit, completion)
        form["score"] = score_expected()
        return form
    # 信息中心: 480 ÷ 500 = 0.960 at the shown 0.1% → stated 0.906 is off → completion-rate error. Its 评分表 is
    # consistent (94.50, 优). The other two units and their 评分表 have no finding.
    wrong = finding("completion-rate", "error", "funds.completionRate", "信息中心", names["completionRate"],
                    stated=0.906, expected=0.960)
    return save(wb, "three-units-scores.openpyxl.xlsx",
                [report("机关", scored("机关")), report("信息中心", scored("信息中心", 0.906), [wrong]),
                 report("执法大队", scored("执法大队"))],
                "three units, each with its 评分表 named after it; one wrong completion rate")


@workbook
def five_units():
    """Five units behind an instructions sheet, a hidden blank template last; three 评分表 at the end named
    评分A–评分C, in another order than the units, each naming its unit only in its title."""
    wb = new_workbook()
    notes = wb.create_sheet("填表说明")
    notes["A1"] = "填表说明"
    notes["A2"] = "请各下属单位分别填写本单位的自评表；评分表标题写明单位全称。"
    for unit in ["档案馆", "培训中心", "执法大队", "信息中心", "机关"]:
        add_unit_sheet(wb, unit, unit)
    # 评分A belongs to 执法大队 and has 管理效能 44.00 where its parts add up to 43.50 → score-total on E3;
    # its 合计 44.00 + 48.00 + 3.00 = 95.00 is stated as such, 优 ✓.
    score_a = add_score_sheet(wb, "评分A", "广州市某某局执法大队2021年度部门整体支出绩效自评评分表", management=44.00)
    add_score_sheet(wb, "评分B", "广州市某某局机关2021年度部门整体支出绩效自评评分表")
    add_score_sheet(wb, "评分C", "广州市某某局档案馆2021年度部门整体支出绩效自评评分表")
    template = wb.create_sheet("模板")
    blank = hp_values(department=None, annualBudget=None, initialBudget=None, actual=None, adjustment=None, gpb=None,
                      completionRate=None, adjustmentRate=None, goal=None, goalResult=None,
                      kpis=[], tasks=[], problems=None, improvements=None)
    write_rows(template, hp_rows(hp_labels(), blank))
    template.sheet_state = "hidden"

    def with_score(unit, management=43.50):
        form = unit_form(unit)
        form["score"] = score_expected(management)
        return form
    # 档案馆 ← 评分C, 执法大队 ← 评分A (score-total), 机关 ← 评分B; 培训中心 and 信息中心 have none. The
    # instructions sheet shows no label; the hidden template is left out while visible forms exist.
    wrong = finding("score-total", "error", "score.rows[0]", "评分A", score_a["s0"])
    return save(wb, "five-units.openpyxl.xlsx",
                [report("档案馆", with_score("档案馆")), report("培训中心", unit_form("培训中心")),
                 report("执法大队", with_score("执法大队", 44.00), [wrong]), report("信息中心", unit_form("信息中心")),
                 report("机关", with_score("机关"))],
                "five units, instructions first, 评分表 matched by the unit in their titles, a hidden template")


@workbook
def one_form_with_score():
    """One form and a 评分表 whose title names no unit, behind an instructions sheet: the only 评分表 joins the
    only form (a workbook of one form: one report, as before)."""
    wb = new_workbook()
    notes = wb.create_sheet("说明")
    notes["A1"] = "本表由单位自行填写。"
    add_unit_sheet(wb, "自评表", "培训中心")
    add_score_sheet(wb, "打分表", "部门整体支出绩效自评评分表")
    form = unit_form("培训中心")
    form["score"] = score_expected()
    return save(wb, "one-form-score.openpyxl.xlsx", [report("自评表", form)],
                "one form, one 评分表 naming no unit: they belong together")


# ----------------------------------------------------------------------------------------------------------

def libreoffice_copies(outputs):
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: LibreOffice copies not rebuilt")
        return []
    copies = []
    with tempfile.TemporaryDirectory() as work:
        for path, expected, notes in outputs:
            subprocess.run([soffice, "--headless", "--convert-to", "xlsx", "--outdir", work, path], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            target = path.replace(".openpyxl.xlsx", ".libreoffice.xlsx")
            shutil.move(os.path.join(work, os.path.basename(path)), target)
            copies.append((target, copy.deepcopy(expected), notes + " (re-saved by LibreOffice)"))
    return copies


def main():
    outputs = [fn() for fn in WORKBOOKS]
    outputs += libreoffice_copies(outputs)
    for path, expected, notes in outputs:
        name = os.path.basename(path)
        producer = "LibreOffice Calc re-save" if ".libreoffice." in name else "openpyxl (make_workbooks.py)"
        document = {"file": name, "producer": producer, "notes": notes}
        document.update(expected)
        with open(path.replace(".xlsx", ".expected.json"), "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
        print("wrote", name)


if __name__ == "__main__":
    main()
