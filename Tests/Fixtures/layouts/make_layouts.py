#!/usr/bin/env python3
"""Builds the layout corpus of Tests/Fixtures/layouts (issue 12): funds grids with the total row first, last,
after a 其中 block or missing; labels merged down over their block; headers with their texts below them; units of
measure beyond the grammar's list. Each layout is written three ways:

    NAME.xlsxwriter.xlsx   XlsxWriter, no merged cells (each value in its top-left cell only)
    NAME.openpyxl.xlsx     openpyxl, with the merges
    NAME.libreoffice.xlsx  the openpyxl file re-saved by LibreOffice Calc (headless)

and NAME.expected.json beside them: the form and findings WORKED OUT BY HAND from the contract (form-model.md,
domain.md), the arithmetic in the comments. Nothing here runs or imports jixiao.

    python3 make_layouts.py      # needs openpyxl, xlsxwriter and soffice
"""
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl
import xlsxwriter
from openpyxl.utils import column_index_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
# The variants' script spells an expected finding; it builds nothing when imported.
sys.path.insert(0, os.path.join(HERE, os.pardir, "variants"))
import make_variants  # noqa: E402

PRODUCERS = ("xlsxwriter", "openpyxl", "libreoffice")


def c(col, v=None, fmt=None, to=None, down=0):
    """A cell: column letter, value, number format, merged to column `to` and `down` rows further."""
    return {"col": col, "v": v, "fmt": fmt, "to": to, "down": down}


def write_openpyxl(rows, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for r, row in enumerate(rows, 1):
        for x in row:
            ref = f"{x['col']}{r}"
            if x["v"] is not None:
                ws[ref] = x["v"]
            if x["fmt"]:
                ws[ref].number_format = x["fmt"]
            if x["to"] or x["down"]:
                ws.merge_cells(f"{ref}:{x['to'] or x['col']}{r + x['down']}")
    wb.save(path)


def write_xlsxwriter(rows, path):
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Sheet1")
    formats = {}
    for r, row in enumerate(rows):
        for x in row:
            if x["v"] is None:
                continue
            fmt = formats.setdefault(x["fmt"], wb.add_format({"num_format": x["fmt"]})) if x["fmt"] else None
            ws.write(r, column_index_from_string(x["col"]) - 1, x["v"], fmt)
    wb.close()


def finding(rule, severity, field, cell, **details):
    """An expected finding on Sheet1, as the variants spell theirs (stated, expected, kind, alternatives)."""
    return make_variants.finding(rule, severity, field, "Sheet1", cell, **details)


def funds(annual=None, initial=None, actual=None, gpb=None, gfb=None, other=None, rate=None):
    return {"annualBudget": annual, "initialBudget": initial, "actual": actual, "adjustment": None,
            "generalPublicBudget": gpb, "governmentFundBudget": gfb, "stateCapitalBudget": None,
            "otherFunds": other, "completionRate": rate, "adjustmentRate": None}


def indicator(name, target, result, target_value, result_value, unit):
    return {"name": name, "target": target, "result": result, "targetValue": target_value,
            "resultValue": result_value, "unit": unit}


LAYOUTS = {}


def layout(name):
    def register(fn):
        LAYOUTS[name] = fn
        return fn
    return register


# ----------------------------------------------------------------------------------------------------------
# Funds grids by source of funds (花都-style): header 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率.

def sources_form(grid_rows, header="资金来源"):
    """Rows 1–3 title, department, unit; row 4 the grid header; the grid; then goals, indicators, problems."""
    rows = [[c("A", "2023年度部门整体支出绩效自评表", to="E")],
            [c("A", "部门名称"), c("B", "某区教育局", to="E")],
            [c("A", "单位：万元", to="E")],
            [c("A", header), c("B", "年初预算数"), c("C", "全年预算数"), c("D", "全年执行数"), c("E", "执行率")]]
    rows += grid_rows
    rows += [[c("A", "年度总体目标"), c("B", "保障义务教育学校运转，完成校舍维修改造。", to="E")],
             [c("A", "年度总体目标完成情况"), c("B", "学校运转正常，完成校舍维修改造8所。", to="E")],
             [c("A", "关键指标"), c("B", "预期实现值", to="C"), c("D", "指标完成情况", to="E")],
             [c("A", "校舍维修改造学校数"), c("B", "10所", to="C"), c("D", "8所", to="E")],
             [c("A", "家长满意度"), c("B", "≥90%", to="C"), c("D", "95%", to="E")],
             [c("A", "存在问题"), c("B", "部分项目开工较晚。", to="E")],
             [c("A", "改进措施"), c("B", "提前做好项目前期工作。", to="E")]]
    return rows


def grid_row(label, initial, annual, actual, rate):
    return [c("A", label), c("B", initial, "0.00"), c("C", annual, "0.00"), c("D", actual, "0.00"), c("E", rate, "0.00%")]


def sources_expected(fund_values, first_row_after_grid):
    """The form of a sources layout; the indicator result cell moves with the grid's height."""
    r = first_row_after_grid
    form = {"title": "2023年度部门整体支出绩效自评表", "year": 2023, "unit": "万元", "department": "某区教育局",
            "funds": fund_values,
            "overallGoal": "保障义务教育学校运转，完成校舍维修改造。", "overallGoalResult": "学校运转正常，完成校舍维修改造8所。",
            "keyIndicators": [indicator("校舍维修改造学校数", "10所", "8所", 10, 8, "所"),
                              indicator("家长满意度", "≥90%", "95%", 90, 95, "%")],
            "tasks": [], "problems": "部分项目开工较晚。", "improvements": "提前做好项目前期工作。"}
    # 10所 → 8所: fewer schools than planned, higher is better → unmet, at the result cell D(r + 3).
    unmet = finding("indicator-unmet", "warning", "keyIndicators[0]", f"D{r + 3}")
    return form, unmet


@layout("sources-total-last")
def sources_total_last(unit_actual=45, rate=0.9567):
    # Parts first, 合计 last (rows 5–8). 合计: 年初 1350, 全年 1500, 执行 1435, 1435 ÷ 1500 = 0.95667 → 95.67%.
    # Parts in the 全年执行数 column: 一般公共预算拨款 1250 (generalPublicBudget) + 政府性基金预算拨款 140
    # (governmentFundBudget) + 单位资金 45 (a part no key names) = 1435 = actual ✓.
    grid = [grid_row("一般公共预算拨款", 1200, 1300, 1250, 0.9615),
            grid_row("政府性基金预算拨款", 100, 150, 140, 0.9333),
            grid_row("单位资金", 50, 50, unit_actual, round(unit_actual / 50, 4)),
            grid_row("合计", 1350, 1500, 1435, rate)]
    form, unmet = sources_expected(funds(1500, 1350, 1435, gpb=1250, gfb=140, rate=rate), 9)
    return sources_form(grid), form, [unmet]


@layout("sources-total-last-wrong-rate")
def sources_total_last_wrong_rate():
    # The same with 合计's 执行率 97.00%: 1435 ÷ 1500 = 95.67% at the sheet's two decimals → completion-rate at E8.
    rows, form, findings = sources_total_last(rate=0.97)
    return rows, form, findings + [finding("completion-rate", "error", "funds.completionRate", "E8", stated=0.97,
                                           expected=0.9567)]


@layout("sources-total-last-parts-off")
def sources_total_last_parts_off():
    # The same with 单位资金 spending 55: 1250 + 140 + 55 = 1445 ≠ 1435 → breakdown-total on the actual (D8).
    rows, form, findings = sources_total_last(unit_actual=55)
    return rows, form, findings + [finding("breakdown-total", "error", "funds.actual", "D8",
                                           alternatives=["funds.generalPublicBudget", "funds.governmentFundBudget"])]


@layout("sources-total-first")
def sources_total_first():
    # 总计 first under a 收入性质 header, then 其中：财政拨款 (generalPublicBudget), 事业收入 (a part no key names),
    # 其他收入 (otherFunds). 总计: 年初 900, 全年 960, 执行 912; 912 ÷ 960 = 0.95 → 95.00%.
    # Parts: 860 + 40 + 12 = 912 = actual ✓.
    grid = [grid_row("总计", 900, 960, 912, 0.95),
            grid_row("其中：财政拨款", 850, 900, 860, 0.9556),
            grid_row("事业收入", 40, 45, 40, 0.8889),
            grid_row("其他收入", 10, 15, 12, 0.8)]
    form, unmet = sources_expected(funds(960, 900, 912, gpb=860, other=12, rate=0.95), 9)
    return sources_form(grid, header="收入性质"), form, [unmet]


@layout("sources-qizhong-then-total")
def sources_qizhong_then_total():
    # A 其中 block, then 资金总额: 其中：一般公共预算 700 + 其中：其他资金 35 = 735 = 资金总额's actual ✓.
    # 资金总额: 年初 720, 全年 760, 执行 735; 735 ÷ 760 = 0.96711 → 96.71%.
    grid = [grid_row("其中：一般公共预算", 690, 720, 700, 0.9722),
            grid_row("其中：其他资金", 30, 40, 35, 0.875),
            grid_row("资金总额", 720, 760, 735, 0.9671)]
    form, unmet = sources_expected(funds(760, 720, 735, gpb=700, other=35, rate=0.9671), 8)
    return sources_form(grid), form, [unmet]


@layout("sources-no-total")
def sources_no_total():
    # Only parts: 财政拨款 and 其他资金, no total row. No part is promoted to the total: 年度预算数, 年初预算数,
    # 实际支出数 and 执行率 are missing; required-field (kind no-total-row) for 年度预算数 and 实际支出数 at their
    # headers C4 and D4. The parts are still read in the 全年执行数 column: 财政拨款 505 (generalPublicBudget, as
    # 其中：财政拨款 is) and 其他资金 26 (otherFunds).
    grid = [grid_row("财政拨款", 500, 520, 505, 0.9712),
            grid_row("其他资金", 20, 30, 26, 0.8667)]
    form, unmet = sources_expected(funds(gpb=505, other=26), 7)
    return sources_form(grid), form, [unmet,
                                      finding("required-field", "error", "funds.annualBudget", "C4", kind="no-total-row"),
                                      finding("required-field", "error", "funds.actual", "D4", kind="no-total-row")]


@layout("qizhong-merged-beside-parts")
def qizhong_merged_beside_parts():
    # 项目 over two columns; 合计 first (A:B); a 其中 cell merged down beside the parts' names (A7:A8), which stand
    # in column B. 合计: 年初 450, 全年 480, 执行 468; 468 ÷ 480 = 0.975 → 97.50%. Parts in the 全年执行数 column:
    # 财政拨款 440 (其中：财政拨款 is the 一般公共预算 line: generalPublicBudget) + 其他资金 28 (otherFunds) = 468 ✓.
    rows = [[c("A", "2023年度部门整体支出绩效自评表", to="F")],
            [c("A", "部门名称", to="B"), c("C", "某街道办事处", to="F")],
            [c("A", "单位：万元", to="F")],
            [c("A", "年度整体目标", to="B"), c("C", "保障街道运转，提升社区服务水平。", to="F")],
            [c("A", "项目", to="B"), c("C", "年初预算数"), c("D", "全年预算数"), c("E", "全年执行数"), c("F", "执行率")],
            [c("A", "合计", to="B"), c("C", 450, "0.00"), c("D", 480, "0.00"), c("E", 468, "0.00"), c("F", 0.975, "0.00%")],
            [c("A", "其中", down=1), c("B", "财政拨款"), c("C", 420, "0.00"), c("D", 450, "0.00"), c("E", 440, "0.00"),
             c("F", 0.9778, "0.00%")],
            [c("B", "其他资金"), c("C", 30, "0.00"), c("D", 30, "0.00"), c("E", 28, "0.00"), c("F", 0.9333, "0.00%")],
            [c("A", "整体目标完成情况", to="B"), c("C", "街道运转正常，社区服务满意度提升。", to="F")],
            [c("A", "关键指标", to="B"), c("C", "预期实现值", to="D"), c("E", "指标完成情况", to="F")],
            [c("A", "社区活动场次", to="B"), c("C", "≥120场次", to="D"), c("E", "126场次", to="F")],
            [c("A", "存在问题", to="B"), c("C", "社区活动形式较单一。", to="F")],
            [c("A", "改进措施", to="B"), c("C", "丰富社区活动形式。", to="F")]]
    # 126 ≥ 120 场次: met. No finding.
    form = {"title": "2023年度部门整体支出绩效自评表", "year": 2023, "unit": "万元", "department": "某街道办事处",
            "funds": funds(480, 450, 468, gpb=440, other=28, rate=0.975),
            "overallGoal": "保障街道运转，提升社区服务水平。", "overallGoalResult": "街道运转正常，社区服务满意度提升。",
            "keyIndicators": [indicator("社区活动场次", "≥120场次", "126场次", 120, 126, "场次")],
            "tasks": [], "problems": "社区活动形式较单一。", "improvements": "丰富社区活动形式。"}
    return rows, form, []


@layout("qizhong-merged-beside-parts-off")
def qizhong_merged_beside_parts_off():
    # The same with 财政拨款 spending 445 in its row: 445 + 28 = 473 ≠ 468 → breakdown-total at the actual (E6).
    rows, form, _ = qizhong_merged_beside_parts()
    rows[6][4] = c("E", 445, "0.00")
    form["funds"]["generalPublicBudget"] = 445
    return rows, form, [finding("breakdown-total", "error", "funds.actual", "E6", alternatives=["funds.otherFunds"])]


@layout("two-breakdowns")
def two_breakdowns():
    # The central departments' grid: 年度资金总额, then 按收入性质分 (其中：一般公共预算 1100, 政府性基金预算 left
    # blank, 单位资金 20 with no key, 其他资金 40) and 按支出性质分 (基本支出 700, 项目支出 460), each a breakdown of
    # the same total on its own: 1100 + 20 + 40 = 1160 = actual ✓ and 700 + 460 = 1160; never added together
    # (2320). 1160 ÷ 1200 = 0.96667 → 96.67%.
    rows = [[c("A", "2023年度部门整体支出绩效自评表", to="E")],
            [c("A", "部门名称"), c("B", "某市生态环境局", to="E")],
            [c("A", "单位：万元", to="E")],
            [c("A", "项目"), c("B", "年初预算数"), c("C", "全年预算数"), c("D", "全年执行数"), c("E", "执行率")],
            grid_row("年度资金总额", 1150, 1200, 1160, 0.9667),
            [c("A", "按收入性质分：")],
            grid_row("其中：一般公共预算", 1100, 1130, 1100, 0.9735),
            [c("A", "政府性基金预算")],
            grid_row("单位资金", 20, 20, 20, 1),
            grid_row("其他资金", 30, 50, 40, 0.8),
            [c("A", "按支出性质分：")],
            grid_row("基本支出", 700, 710, 700, 0.9859),
            grid_row("项目支出", 450, 490, 460, 0.9388)]
    form, unmet = sources_expected(funds(1200, 1150, 1160, gpb=1100, other=40, rate=0.9667), 14)
    form["department"] = "某市生态环境局"
    return rows + sources_form([])[4:], form, [unmet]


def tasks_before_funds_rows(gpb_actual):
    """The MOF / central departments' form: a 年度主要任务 table (任务名称 | 主要内容 | 预算数 | 执行数) right above the
    funds grid, the unit only in the grid's heading 年度部门整体支出预算（万元）, two breakdowns of the total."""
    return [[c("A", "部门（单位）整体支出绩效自评表", to="F")],
            [c("A", "（2023年度）", to="F")],
            [c("A", "部门（单位）名称", to="B"), c("C", "某部直属事业单位", to="F")],
            [c("A", "年度主要任务", down=2), c("B", "任务名称"), c("C", "主要内容", to="D"), c("E", "预算数"), c("F", "执行数")],
            [c("B", "业务运行保障"), c("C", "保障单位正常运转", to="D"), c("E", 700, "0.00"), c("F", 690, "0.00")],
            [c("B", "专项业务"), c("C", "完成年度专项工作", to="D"), c("E", 500, "0.00"), c("F", 470, "0.00")],
            [c("A", "年度部门整体支出预算（万元）", down=7), c("B", "项目"), c("C", "全年预算数"), c("D", "全年执行数"),
             c("E", "执行率")],
            [c("B", "年度资金总额"), c("C", 1200, "0.00"), c("D", 1160, "0.00"), c("E", 0.9667, "0.00%")],
            [c("B", "按收入性质分：")],
            [c("B", "其中：一般公共预算"), c("C", 1130, "0.00"), c("D", gpb_actual, "0.00"), c("E", round(gpb_actual / 1130, 4), "0.00%")],
            [c("B", "其他资金"), c("C", 70, "0.00"), c("D", 60, "0.00"), c("E", 0.8571, "0.00%")],
            [c("B", "按支出性质分：")],
            [c("B", "其中：基本支出"), c("C", 710, "0.00"), c("D", 700, "0.00"), c("E", 0.9859, "0.00%")],
            [c("B", "项目支出"), c("C", 490, "0.00"), c("D", 460, "0.00"), c("E", 0.9388, "0.00%")],
            [c("A", "年度总体目标", down=1), c("B", "预期目标", to="C"), c("D", "实际完成情况", to="F")],
            [c("B", "保障单位运转，完成专项工作。", to="C"), c("D", "单位运转正常，专项工作完成。", to="F")],
            [c("A", "年度绩效指标", down=2), c("B", "三级指标"), c("C", "年度指标值"), c("D", "实际完成值"),
             c("E", "偏差原因分析及改进措施", to="F")],
            [c("B", "专项工作完成率"), c("C", "100%"), c("D", "100%")],
            [c("B", "服务对象满意度"), c("C", "≥90%"), c("D", "93%")]]


def tasks_before_funds_expected(gpb_actual):
    # The task table ends at the grid's header row (two funds labels), so the grid is read: 年度资金总额 全年 1200,
    # 执行 1160, 1160 ÷ 1200 = 0.96667 → 96.67%; no 年初 column. The tasks' 执行数 (not 预算数) is their funds:
    # 690 + 470 = 1160 ≤ actual. Unit 万元 from the heading's suffix. No 存在问题 / 改进措施 box: two empty-text.
    return {"title": "部门（单位）整体支出绩效自评表", "year": 2023, "unit": "万元", "department": "某部直属事业单位",
            "funds": funds(1200, None, 1160, gpb=gpb_actual, other=60, rate=0.9667),
            "overallGoal": "保障单位运转，完成专项工作。", "overallGoalResult": "单位运转正常，专项工作完成。",
            "keyIndicators": [indicator("专项工作完成率", "100%", "100%", 100, 100, "%"),
                              indicator("服务对象满意度", "≥90%", "93%", 90, 93, "%")],
            "tasks": [{"name": "业务运行保障", "goal": "保障单位正常运转", "goalResult": None, "indicator": None,
                       "indicatorResult": None, "funds": 690},
                      {"name": "专项业务", "goal": "完成年度专项工作", "goalResult": None, "indicator": None,
                       "indicatorResult": None, "funds": 470}],
            "problems": None, "improvements": None}


@layout("tasks-before-funds")
def tasks_before_funds():
    # 按收入性质分: 1100 + 60 = 1160 = actual ✓ (按支出性质分 700 + 460, its own breakdown, not added in).
    return tasks_before_funds_rows(1100), tasks_before_funds_expected(1100), [
        finding("empty-text", "warning", "problems", None), finding("empty-text", "warning", "improvements", None)]


@layout("tasks-before-funds-off")
def tasks_before_funds_off():
    # 其中：一般公共预算 spent 1090: 1090 + 60 = 1150 ≠ 1160 → breakdown-total at the actual (D8).
    return tasks_before_funds_rows(1090), tasks_before_funds_expected(1090), [
        finding("empty-text", "warning", "problems", None), finding("empty-text", "warning", "improvements", None),
        finding("breakdown-total", "error", "funds.actual", "D8", alternatives=["funds.generalPublicBudget"])]


# ----------------------------------------------------------------------------------------------------------
# Sources of funds as columns: 项目 | 一般公共预算 | 单位资金 | 其他资金 | 合计, the figures' labels heading the rows.

def columns_form(order, rate_stated):
    columns = {"gpb": ("一般公共预算", 500, 540, 530, 0.9815), "unit": ("单位资金", 30, 40, 36, 0.9),
               "other": ("其他资金", 20, 30, 25, 0.8333), "total": ("合计", 550, 610, 591, rate_stated)}
    picked = [columns[k] for k in order]
    letters = "BCDE"
    rows = [[c("A", "2023年度部门整体支出绩效自评表", to="E")],
            [c("A", "部门名称"), c("B", "某区文化广电旅游体育局", to="E")],
            [c("A", "单位：万元", to="E")],
            [c("A", "项目")] + [c(letter, col[0]) for letter, col in zip(letters, picked)]]
    for index, label in enumerate(["年初预算数", "全年预算数", "实际支出数", "预算完成率"]):
        fmt = "0.00%" if index == 3 else "0.00"
        rows.append([c("A", label)] + [c(letter, col[index + 1], fmt) for letter, col in zip(letters, picked)])
    rows += [[c("A", "年度整体目标"), c("B", "繁荣文化事业，开展文化惠民活动。", to="E")],
             [c("A", "整体目标完成情况"), c("B", "开展文化惠民活动52场次。", to="E")],
             [c("A", "关键指标"), c("B", "预期实现值", to="C"), c("D", "指标完成情况", to="E")],
             [c("A", "文化惠民活动场次"), c("B", "≥50场次", to="C"), c("D", "52场次", to="E")],
             [c("A", "存在问题"), c("B", "活动形式较单一。", to="E")],
             [c("A", "改进措施"), c("B", "丰富活动形式。", to="E")]]
    return rows


def columns_expected(rate):
    # 合计 column: 年初 550, 全年 610, 实际 591; 591 ÷ 610 = 0.968852 → 96.89%. Parts in the 实际支出数 row:
    # 一般公共预算 530 (generalPublicBudget) + 单位资金 36 (no key) + 其他资金 25 (otherFunds) = 591 = actual ✓.
    # 52 ≥ 50 场次: met.
    return {"title": "2023年度部门整体支出绩效自评表", "year": 2023, "unit": "万元", "department": "某区文化广电旅游体育局",
            "funds": funds(610, 550, 591, gpb=530, other=25, rate=rate),
            "overallGoal": "繁荣文化事业，开展文化惠民活动。", "overallGoalResult": "开展文化惠民活动52场次。",
            "keyIndicators": [indicator("文化惠民活动场次", "≥50场次", "52场次", 50, 52, "场次")],
            "tasks": [], "problems": "活动形式较单一。", "improvements": "丰富活动形式。"}


@layout("sources-as-columns-total-first")
def sources_as_columns_total_first():
    return columns_form(["total", "gpb", "unit", "other"], 0.9689), columns_expected(0.9689), []


@layout("sources-as-columns-total-last")
def sources_as_columns_total_last():
    return columns_form(["gpb", "unit", "other", "total"], 0.9689), columns_expected(0.9689), []


@layout("sources-as-columns-wrong-rate")
def sources_as_columns_wrong_rate():
    # The total column last with 预算完成率 95.00%: 591 ÷ 610 = 96.89% → completion-rate at E8.
    return (columns_form(["gpb", "unit", "other", "total"], 0.95), columns_expected(0.95),
            [finding("completion-rate", "error", "funds.completionRate", "E8", stated=0.95, expected=0.9689)])


# ----------------------------------------------------------------------------------------------------------
# A goal label merged down over its block (财政部 grid), with the next block's label below it.

def mof_form(next_label, goal_first):
    goal = [[c("A", "年度总体目标", down=2), c("B", "预期目标", to="D"), c("E", "实际完成情况", to="G")],
            [c("B", "全年完成农村公路养护300公里。", to="D", down=1), c("E", "完成农村公路养护312公里。", to="G", down=1)],
            []]
    funds_block = [[c("A", "年度预算资金" if goal_first else "部门预算资金", down=2), c("B", "项目"), c("C", "年初预算数"),
                    c("D", "全年预算数"), c("E", "全年执行数"), c("F", "执行率")],
                   [c("B", "年度资金总额"), c("C", 600, "0.00"), c("D", 640, "0.00"), c("E", 620, "0.00"), c("F", 0.9688, "0.00%")],
                   [c("B", "其中：财政拨款"), c("C", 600, "0.00"), c("D", 640, "0.00"), c("E", 620, "0.00"), c("F", 0.9688, "0.00%")]]
    indicators = [[c("A", next_label if not goal_first else "绩效指标（90分）", down=2), c("B", "一级指标"), c("C", "二级指标"),
                   c("D", "三级指标"), c("E", "年度指标值"), c("F", "实际完成值"), c("G", "偏差原因")],
                  [c("B", "产出指标"), c("C", "数量指标"), c("D", "公路养护里程"), c("E", "≥300公里"), c("F", "312公里")],
                  [c("B", "效益指标"), c("C", "满意度指标"), c("D", "群众满意度"), c("E", "≥90%"), c("F", "92%")]]
    rows = [[c("A", "2023年度部门整体支出绩效自评表", to="G")],
            [c("A", "单位：万元", to="G")],
            [c("A", "部门（单位）名称", to="B"), c("C", "某县交通运输局", to="G")]]
    rows += (goal + funds_block if goal_first else funds_block + goal) + indicators
    rows += [[c("A", "存在问题", to="C"), c("D", "改进措施", to="G")],
             [c("A", "养护资金到位偏晚。", to="C"), c("D", "提前申请养护资金。", to="G")]]
    return rows


def mof_expected():
    # Funds down the grid: 年度资金总额 first — 年初 600, 全年 640, 执行 620; 620 ÷ 640 = 0.96875 → 96.88%;
    # 其中：财政拨款 620 = actual ✓. The goal texts under 预期目标 / 实际完成情况 in the goal label's own rows;
    # 存在问题 / 改进措施 a header row with their texts below. Indicators ≥300 → 312 公里, ≥90% → 92%: both met.
    return {"title": "2023年度部门整体支出绩效自评表", "year": 2023, "unit": "万元", "department": "某县交通运输局",
            "funds": funds(640, 600, 620, gpb=620, rate=0.9688),
            "overallGoal": "全年完成农村公路养护300公里。", "overallGoalResult": "完成农村公路养护312公里。",
            "keyIndicators": [indicator("公路养护里程", "≥300公里", "312公里", 300, 312, "公里"),
                              indicator("群众满意度", "≥90%", "92%", 90, 92, "%")],
            "tasks": [], "problems": "养护资金到位偏晚。", "improvements": "提前申请养护资金。"}


@layout("goal-merged-above-funds")
def goal_merged_above_funds():
    # 年度总体目标 merged down A4:A6 with the known-free label 年度预算资金 right below it (A7).
    return mof_form(None, goal_first=True), mof_expected(), []


@layout("goal-merged-above-indicators")
def goal_merged_above_indicators():
    # The funds grid first; 年度总体目标 merged down A7:A9 with the unknown label 年度绩效指标完成情况（90分） below.
    return mof_form("年度绩效指标完成情况（90分）", goal_first=False), mof_expected(), []


# ----------------------------------------------------------------------------------------------------------
# Units of measure beyond the grammar's list, and spellings of one unit.

@layout("units-of-measure")
def units_of_measure():
    rows = [[c("A", "2023年度部门整体支出绩效自评表", to="D")],
            [c("A", "部门名称"), c("B", "某市林业局", to="D")],
            [c("A", "单位：万元", to="D")],
            [c("A", "年度预算数"), c("B", 2000, "0.00"), c("C", "年初预算数"), c("D", 1800, "0.00")],
            [c("A", "实际支出数"), c("B", 1960, "0.00"), c("C", "预算完成率"), c("D", 0.98, "0.00%")],
            [c("A", "年度整体目标"), c("B", "完成国土绿化和森林资源管护任务。", to="D")],
            [c("A", "整体目标完成情况"), c("B", "完成造林1.2万亩，管护森林资源。", to="D")],
            [c("A", "关键指标"), c("B", "预期实现值"), c("C", "指标完成情况")],
            [c("A", "新增造林面积"), c("B", "≥500公顷"), c("C", "520公顷")],
            [c("A", "森林管护面积"), c("B", "30平方公里"), c("C", "28.5平方千米")],
            [c("A", "林区道路建设"), c("B", "5千米"), c("C", "4.6公里")],
            [c("A", "受益群众"), c("B", "2万人"), c("C", "2.3万人")],
            [c("A", "蓄水池容量"), c("B", "不少于1200立方米"), c("C", "1250立方米")],
            [c("A", "管护成本"), c("B", "≤3万元/公里"), c("C", "2.8万元/公里")],
            [c("A", "存在问题"), c("B", "道路建设受雨季影响。", to="D")],
            [c("A", "改进措施"), c("B", "合理安排施工期。", to="D")]]
    # 1960 ÷ 2000 = 0.98 ✓. Units from the text after the number: 公顷; 平方公里 (平方千米 is its spelling);
    # 公里 (千米 likewise); 万人; 立方米; 万元/公里 (one unit). Met: 520 ≥ 500; 2.3 ≥ 2 万人; 1250 ≥ 1200;
    # 2.8 ≤ 3 (≤: lower is better). Unmet: 28.5 < 30 平方公里 (C10) and 4.6 < 5 公里 (C11).
    form = {"title": "2023年度部门整体支出绩效自评表", "year": 2023, "unit": "万元", "department": "某市林业局",
            "funds": funds(2000, 1800, 1960, rate=0.98),
            "overallGoal": "完成国土绿化和森林资源管护任务。", "overallGoalResult": "完成造林1.2万亩，管护森林资源。",
            "keyIndicators": [indicator("新增造林面积", "≥500公顷", "520公顷", 500, 520, "公顷"),
                              indicator("森林管护面积", "30平方公里", "28.5平方千米", 30, 28.5, "平方公里"),
                              indicator("林区道路建设", "5千米", "4.6公里", 5, 4.6, "公里"),
                              indicator("受益群众", "2万人", "2.3万人", 2, 2.3, "万人"),
                              indicator("蓄水池容量", "不少于1200立方米", "1250立方米", 1200, 1250, "立方米"),
                              indicator("管护成本", "≤3万元/公里", "2.8万元/公里", 3, 2.8, "万元/公里")],
            "tasks": [], "problems": "道路建设受雨季影响。", "improvements": "合理安排施工期。"}
    findings = [finding("indicator-unmet", "warning", "keyIndicators[1]", "C10"),
                finding("indicator-unmet", "warning", "keyIndicators[2]", "C11")]
    return rows, form, findings


@layout("indicator-nature-columns")
def indicator_nature_columns():
    # Funds by source, 合计 last: 其中：财政拨款 420 + 其他资金 35 = 455 = actual; 455 ÷ 480 = 0.947917 → 94.79%.
    # The indicator grid: 三级指标 | 指标性质 (正向指标 / 反向指标) | 指标值 | 度量单位 | 完成值 | 分值 | 得分 | 偏差原因,
    # values as numbers, units from the 度量单位 column: 巡查里程 ≥ 1200 公里 → 1260 met; 林地面积 30 平方公里 →
    # 28.6 unmet (result cell E12); 火灾发生次数 is 反向 (lower is better): 2 → 3 次 unmet (E13). Its 分值 /
    # 得分 columns are a score grid on the form's sheet: three rows (30/30, 30/27, 30/24), ending at 存在问题, no
    # 合计.
    rows = [[c("A", "部门整体支出绩效自评表（2023年度）", to="H")],
            [c("A", "部门（单位）名称"), c("B", "某县林业局", to="H")],
            [c("A", "单位：万元", to="H")],
            [c("A", "资金来源"), c("B", "年初预算数"), c("C", "全年预算数"), c("D", "全年执行数"), c("E", "执行率")],
            [c("A", "其中：财政拨款"), c("B", 400, "0.00"), c("C", 440, "0.00"), c("D", 420, "0.00"), c("E", 0.9545, "0.00%")],
            [c("A", "其他资金"), c("B", 40, "0.00"), c("C", 40, "0.00"), c("D", 35, "0.00"), c("E", 0.875, "0.00%")],
            [c("A", "合计"), c("B", 440, "0.00"), c("C", 480, "0.00"), c("D", 455, "0.00"), c("E", 0.9479, "0.00%")],
            [c("A", "年度总体目标"), c("B", "加强森林资源保护，防范森林火灾。", to="H")],
            [c("A", "年度总体目标完成情况"), c("B", "完成巡查1260公里，发生森林火灾3次。", to="H")],
            [c("A", "三级指标"), c("B", "指标性质"), c("C", "指标值"), c("D", "度量单位"), c("E", "完成值"), c("F", "分值"),
             c("G", "得分"), c("H", "偏差原因")],
            [c("A", "巡查里程"), c("B", "正向指标"), c("C", 1200), c("D", "公里"), c("E", 1260), c("F", 30), c("G", 30)],
            [c("A", "林地面积"), c("B", "正向指标"), c("C", 30), c("D", "平方公里"), c("E", 28.6), c("F", 30), c("G", 27),
             c("H", "征占用")],
            [c("A", "火灾发生次数"), c("B", "反向指标"), c("C", 2), c("D", "次"), c("E", 3), c("F", 30), c("G", 24)],
            [c("A", "存在问题"), c("B", "防火力量不足。", to="H")],
            [c("A", "改进措施"), c("B", "加强防火队伍建设。", to="H")]]
    form = {"title": "部门整体支出绩效自评表（2023年度）", "year": 2023, "unit": "万元", "department": "某县林业局",
            "funds": funds(480, 440, 455, gpb=420, other=35, rate=0.9479),
            "overallGoal": "加强森林资源保护，防范森林火灾。", "overallGoalResult": "完成巡查1260公里，发生森林火灾3次。",
            "keyIndicators": [indicator("巡查里程", "1200", "1260", 1200, 1260, "公里"),
                              indicator("林地面积", "30", "28.6", 30, 28.6, "平方公里"),
                              indicator("火灾发生次数", "2", "3", 2, 3, "次")],
            "tasks": [], "problems": "防火力量不足。", "improvements": "加强防火队伍建设。",
            "score": {"rows": [
                {"level1": None, "level2": None, "level3": "巡查里程", "weight": 30, "score": 30, "reason": None},
                {"level1": None, "level2": None, "level3": "林地面积", "weight": 30, "score": 27, "reason": "征占用"},
                {"level1": None, "level2": None, "level3": "火灾发生次数", "weight": 30, "score": 24, "reason": None}],
                "totalWeight": None, "total": None, "grade": None}}
    return rows, form, [finding("indicator-unmet", "warning", "keyIndicators[1]", "E12"),
                        finding("indicator-unmet", "warning", "keyIndicators[2]", "E13")]


# ----------------------------------------------------------------------------------------------------------
# Headers with their texts directly below them, blank cells left and right.

@layout("texts-below-headers")
def texts_below_headers():
    rows = [[c("A", "部门整体支出绩效自评表（2023年度）", to="F")],
            [c("A", "部门名称"), c("B", "某镇人民政府", to="F")],
            [c("A", "单位：万元", to="F")],
            [c("A", "年度预算数"), c("B", 300, "0.00"), c("C", "年初预算数"), c("D", 280, "0.00"), c("E", "实际支出数"), c("F", 291, "0.00")],
            [c("A", "预算完成率"), c("B", 0.97, "0.00%")],
            [c("A", "年度整体目标"), c("B", "保障镇政府正常运转，完成民生实事项目。", to="F")],
            [c("A", "整体目标完成情况", to="C")],
            [c("A", "民生实事项目全部完成，群众满意度提升。", to="F")],
            [c("A", "关键指标"), c("B", "预期实现值", to="C"), c("D", "指标完成情况", to="F")],
            [c("A", "民生实事完成率"), c("B", "100%", to="C"), c("D", "100%", to="F")],
            [c("A", "存在问题", to="C"), c("D", "改进措施", to="F")],
            [c("A", "项目资金拨付偏慢。", to="C"), c("D", "加快资金拨付进度。", to="F")]]
    # 291 ÷ 300 = 0.97 ✓. 整体目标完成情况 (A7, nothing right of it but blanks) has its text below (A8);
    # 存在问题 and 改进措施 head a row with their texts below (A12, D12). 100% → 100%: met. No finding.
    form = {"title": "部门整体支出绩效自评表（2023年度）", "year": 2023, "unit": "万元", "department": "某镇人民政府",
            "funds": funds(300, 280, 291, rate=0.97),
            "overallGoal": "保障镇政府正常运转，完成民生实事项目。", "overallGoalResult": "民生实事项目全部完成，群众满意度提升。",
            "keyIndicators": [indicator("民生实事完成率", "100%", "100%", 100, 100, "%")],
            "tasks": [], "problems": "项目资金拨付偏慢。", "improvements": "加快资金拨付进度。"}
    return rows, form, []


def main():
    for name in os.listdir(HERE):
        if name.endswith(".xlsx") or name.endswith(".expected.json"):
            os.remove(os.path.join(HERE, name))
    with tempfile.TemporaryDirectory() as scratch:
        for name, build in LAYOUTS.items():
            rows, form, findings = build()
            write_xlsxwriter(rows, os.path.join(HERE, f"{name}.xlsxwriter.xlsx"))
            write_openpyxl(rows, os.path.join(HERE, f"{name}.openpyxl.xlsx"))
            shutil.copy(os.path.join(HERE, f"{name}.openpyxl.xlsx"), os.path.join(scratch, f"{name}.libreoffice.xlsx"))
            status = "findings" if findings else "ok"
            expected = {"status": status, "sheet": "Sheet1", "form": form, "findings": findings}
            with open(os.path.join(HERE, f"{name}.expected.json"), "w", encoding="utf-8") as out:
                json.dump(expected, out, ensure_ascii=False, indent=1)
                out.write("\n")
        converted = os.path.join(scratch, "out")
        sources = sorted(os.path.join(scratch, n) for n in os.listdir(scratch) if n.endswith(".xlsx"))
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", converted]
                       + sources, check=True, capture_output=True)
        for name in os.listdir(converted):
            shutil.move(os.path.join(converted, name), os.path.join(HERE, name))


if __name__ == "__main__":
    main()
