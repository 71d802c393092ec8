#!/usr/bin/env python3
"""Builds the held-out-style 自评表 of Tests/Fixtures/own-layout: forms in other districts' layouts, each STYLED
as a district would send it (merged bold titles, theme and RGB fills, borders, wrapped texts, a hidden stale row,
widths and heights, a frozen header, A4 landscape fitted to one page wide, margins, a header and footer, print
titles, a comment, a list validation), written from ONE description by two programs:

    NAME.openpyxl.xlsx      openpyxl
    NAME.xlsxwriter.xlsx    XlsxWriter (theme colours become their RGB: XlsxWriter writes no theme references)
    NAME.libreoffice.xlsx   the openpyxl file opened and saved again by LibreOffice Calc (headless)

and blank templates (the same layouts, labels kept, value cells empty) for `fill --template`. For the page
comparison's own tests it writes, with openpyxl, two altered copies of mof-grid-styled: one cell's value changed
(the wrong 执行率 corrected) and one column made wider. The errors each form holds are in README.md.

    /work/venv/bin/python make_own_layout.py            # needs openpyxl and xlsxwriter; soffice for the re-saves

Re-running gives the same cells, styles and layout (creation dates are fixed below; save times and zip stamps differ).
Nothing here runs or imports jixiao.
"""
import copy
import datetime
import glob
import os
import shutil
import subprocess
import tempfile

import openpyxl
import xlsxwriter
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.colors import Color
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.page import PageMargins

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DATE = datetime.datetime(2024, 1, 15, 9, 0, 0)


# ----------------------------------------------------------------------------------------------------------
# The description: a sheet is rows of cells; a cell names its style, number format, merge and a name for the
# README. Every layout setting is data here, written the same way by both programs.

def c(col, v=None, st="cell", fmt=None, to=None, down=0, name=None, blank=False):
    """A cell: `blank=True` marks a value cell the blank template leaves empty (its style stays)."""
    return {"col": col, "v": v, "st": st, "fmt": fmt, "to": to, "down": down, "name": name, "blank": blank}


def v(col, value, fmt=None, st="num", **kw):
    """A value cell (emptied in the blank template)."""
    return c(col, value, st=st, fmt=fmt, blank=True, **kw)


def t(col, text, **kw):
    """A value text cell, wrapped and left-aligned (emptied in the blank template)."""
    return c(col, text, st="text", blank=True, **kw)


class SheetSpec:
    def __init__(self, name, rows, widths, heights, last_col, hidden_rows=(), freeze=None, title_rows=None,
                 comment=None, validation=None, header=None, footer="&C第 &P 页", tab_color=None):
        self.name, self.rows, self.widths, self.heights = name, rows, widths, heights
        self.last_col, self.hidden_rows, self.freeze, self.title_rows = last_col, set(hidden_rows), freeze, title_rows
        self.comment, self.validation, self.header, self.footer, self.tab_color = comment, validation, header, footer, tab_color


class FormSpec:
    def __init__(self, name, styles, sheets):
        self.name, self.styles, self.sheets = name, styles, sheets


def sheet_cells(sheet):
    """(ref, cell, row number) for every described cell, and {name: ref}."""
    out, names = [], {}
    for r, row in enumerate(sheet.rows, start=1):
        for cell in row:
            ref = f"{cell['col']}{r}"
            out.append((ref, cell, r))
            if cell["name"]:
                names[cell["name"]] = ref
    return out, names


def merge_range(cell, r):
    if not (cell["to"] or cell["down"]):
        return None
    return f"{cell['col']}{r}:{cell['to'] or cell['col']}{r + cell['down']}"


def blanked(form, name):
    """The form with every value cell emptied: the blank template a 财政局 sends out."""
    form = copy.deepcopy(form)
    form.name = name
    for sheet in form.sheets:
        for row in sheet.rows:
            for cell in row:
                if cell["blank"]:
                    cell["v"] = None
    return form


def changed(form, name, sheet_index=0, values=None, widths=None):
    """The form with some cells' values or some columns' widths changed (for the page comparison's tests)."""
    form = copy.deepcopy(form)
    form.name = name
    sheet = form.sheets[sheet_index]
    for ref, value in (values or {}).items():
        for r, row in enumerate(sheet.rows, start=1):
            for cell in row:
                if f"{cell['col']}{r}" == ref:
                    cell["v"] = value
    sheet.widths.update(widths or {})
    return form


# ----------------------------------------------------------------------------------------------------------
# Styles: font (name, size, bold, colour), fill (("theme", index, tint) | ("rgb", "RRGGBB") | None), border
# ("thin" | None), alignment (horizontal, vertical, wrap). OFFICE_THEME holds the theme colours as the theme
# default theme defines it, for XlsxWriter.

OFFICE_THEME = {4: "4F81BD", 5: "C0504D", 8: "4BACC6", 9: "F79646"}   # openpyxl's theme (Office 2007): accent1, 2, 5, 6


def tinted(rgb, tint):
    """Excel's tint applied to an RGB (lighter for a positive tint), for XlsxWriter's copy of a theme fill."""
    import colorsys
    r, g, b = (int(rgb[i:i + 2], 16) / 255 for i in (0, 2, 4))
    h, l, s = colorsys.rgb_to_hls(r, g, b)
    l = l * (1 - tint) + (1 - (1 - tint)) if tint > 0 else l * (1 + tint)
    r, g, b = colorsys.hls_to_rgb(h, l, s)
    return "".join(f"{round(x * 255):02X}" for x in (r, g, b))


def palette(body_font, title_font, theme_index, theme_tint, rgb_fill, title_color="000000"):
    return {
        "title": {"font": (title_font, 16, True, title_color), "fill": None, "border": None, "align": ("center", "center", False)},
        "subtitle": {"font": (body_font, 11, False, "000000"), "fill": None, "border": None, "align": ("center", "center", False)},
        "unit": {"font": (body_font, 10, False, "000000"), "fill": None, "border": None, "align": ("right", "center", False)},
        "section": {"font": (title_font, 11, True, "000000"), "fill": ("rgb", rgb_fill), "border": "thin",
                    "align": ("left", "center", False)},
        "head": {"font": (body_font, 11, True, "000000"), "fill": ("theme", theme_index, theme_tint), "border": "thin",
                 "align": ("center", "center", True)},
        "head2": {"font": (body_font, 11, True, "000000"), "fill": ("rgb", rgb_fill), "border": "thin",
                  "align": ("center", "center", True)},
        "label": {"font": (body_font, 11, False, "000000"), "fill": None, "border": "thin", "align": ("center", "center", True)},
        "cell": {"font": (body_font, 11, False, "000000"), "fill": None, "border": "thin", "align": ("center", "center", True)},
        "num": {"font": (body_font, 11, False, "000000"), "fill": None, "border": "thin", "align": ("right", "center", False)},
        "text": {"font": (body_font, 11, False, "000000"), "fill": None, "border": "thin", "align": ("left", "top", True)},
        "stale": {"font": (body_font, 11, False, "808080"), "fill": None, "border": "thin", "align": ("center", "center", True)},
    }


# ----------------------------------------------------------------------------------------------------------
# The forms. Arithmetic (domain.md §2, form-model.md §3) in the comments; the errors are listed in README.md.

MOF_GOAL = ("围绕乡村振兴战略，保障农业生产稳定发展：完成高标准农田建设5000亩，推广水稻绿色高产技术2万亩，"
            "开展农业技术培训30期，落实耕地地力保护补贴按时足额发放，农产品质量安全抽检合格率保持在98%以上。")
MOF_RESULT = ("全年完成高标准农田建设5200亩，推广水稻绿色高产技术2.3万亩，举办农业技术培训32期、培训农民1600人次；"
              "耕地地力保护补贴于6月底前足额发放到户；农产品质量安全抽检合格率99.1%。农户满意度调查为88%，"
              "主要因补贴政策宣传不够深入。")


def mof_grid(rate=0.9, total=98.8):
    """The MOF grid of variants/mof-grid-total (domain.md §1.2), styled. 1225 ÷ 1250 = 98.00% (stated `rate`);
    总分 = 9.8 + 30.0 + 30.0 + 28.0 = 97.8 (stated `total`)."""
    rows = [
        [c("A", "2022年度部门整体支出绩效自评表", st="title", to="I", name="title")],
        [c("A", "单位：万元", st="unit", to="I")],
        [c("A", "部门（单位）名称", st="label", to="B"), t("C", "某县农业农村局", to="I", name="department")],
        # The hidden stale row: last year's template row, old label and department, kept hidden.
        [c("A", "部门（单位）名称（2021年模板）", st="stale", to="B"), c("C", "某县农业局", st="stale", to="I")],
        [c("A", "年度预算资金", st="head", down=4), c("B", "项目", st="head"), c("C", "年初预算数", st="head"),
         c("D", "全年预算数(A)", st="head"), c("E", "全年执行数(B)", st="head"), c("F", "分值", st="head"),
         c("G", "执行率(B/A)", st="head", name="rateHead"), c("H", "得分", st="head", to="I")],
        [c("B", "年度资金总额", st="label"), v("C", 1200, "0.00"), v("D", 1250, "0.00"), v("E", 1225, "0.00"),
         c("F", 10, st="num"), v("G", rate, "0.00%", name="rate"), v("H", 9.8, "0.0", to="I", name="fundsScore")],
        [c("B", "其中：本年财政拨款", st="label"), v("C", 1000, "0.00"), v("D", 1050, "0.00"), v("E", 1030, "0.00"),
         c("F", "—", st="cell"), v("G", 0.981, "0.00%"), c("H", "—", to="I")],
        [c("B", "上年结转资金", st="label"), v("C", 100, "0.00"), v("D", 100, "0.00"), v("E", 95, "0.00"),
         c("F", "—", st="cell"), v("G", 0.95, "0.00%"), c("H", "—", to="I")],
        [c("B", "其他资金", st="label"), v("C", 100, "0.00"), v("D", 100, "0.00"), v("E", 100, "0.00"),
         c("F", "—", st="cell"), v("G", 1, "0.00%"), c("H", "—", to="I")],
        [c("A", "年度总体目标", st="head", down=1), c("B", "预期目标", st="head2", to="E"),
         c("F", "实际完成情况", st="head2", to="I")],
        [t("B", MOF_GOAL, to="E", name="goal"), t("F", MOF_RESULT, to="I", name="goalResult")],
        [c("A", "绩效指标", st="head", down=3), c("B", "一级指标", st="head"), c("C", "二级指标", st="head"),
         c("D", "三级指标", st="head"), c("E", "年度指标值", st="head"), c("F", "实际完成值", st="head"),
         c("G", "分值", st="head"), c("H", "得分", st="head"), c("I", "偏差原因分析及改进措施", st="head")],
        [c("B", "产出指标", down=1, name="level1"), c("C", "数量指标"), c("D", "高标准农田建设面积"), c("E", "≥5000亩"),
         t("F", "5200亩"), c("G", 30, st="num"), v("H", 30, "0.0"), t("I", None)],
        [c("C", "质量指标"), c("D", "验收合格率"), c("E", "100%"), t("F", "100%"), c("G", 30, st="num"), v("H", 30, "0.0"),
         t("I", None)],
        [c("B", "效益指标"), c("C", "满意度指标"), c("D", "农户满意度"), c("E", "≥90%"), t("F", "88%"),
         c("G", 30, st="num"), v("H", 28, "0.0"), t("I", "宣传不足，加强宣传")],
        [c("A", "总分", st="head2", to="F"), c("G", 100, st="num"), v("H", total, "0.0", name="total"), c("I", None)],
        [c("A", "存在问题", st="label"), t("B", "农户满意度未达预期，补贴政策宣传不够深入。", to="I", name="problems")],
        [c("A", "改进措施", st="label"), t("B", "加强政策宣传，提高农户对补贴政策的知晓度。", to="I", name="improvements")],
    ]
    heights = {1: 36, 2: 18, 3: 24, 4: 24, 5: 32, 6: 22, 7: 22, 8: 22, 9: 22, 10: 24, 11: 96, 12: 32,
               13: 24, 14: 24, 15: 30, 16: 24, 17: 36, 18: 36}
    sheet = SheetSpec("Sheet1", rows, dict(zip("ABCDEFGHI", (12, 18, 13, 20, 14, 14, 12, 10, 24))), heights, "I",
                      hidden_rows=[4], freeze="A6", title_rows=(1, 3),
                      comment=("G5", "执行率 = 全年执行数(B) ÷ 全年预算数(A)，保留两位小数。", "县财政局"),
                      validation=("B13", ["产出指标", "效益指标", "满意度指标"]),
                      header="&C&\"宋体,Bold\"部门整体支出绩效自评", tab_color="4472C4")
    return FormSpec("mof-grid-styled", palette("宋体", "黑体", 4, 0.6, "FCE4D6"), [sheet])


SICHUAN_NOTE = ("1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；"
                "2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款。")
SICHUAN_GOAL = ("全面落实学生资助政策，确保家庭经济困难学生应助尽助：资助家庭经济困难学生1200人次，资助资金发放准确率"
                "100%，学生家长对资助工作的满意度达到90%以上，资助资金按学期及时足额发放到学生或监护人账户。")
SICHUAN_RESULT = ("全年资助家庭经济困难学生1250人次，资金按学期足额发放，发放准确率100%；开展资助政策宣传进校园"
                  "活动12场。学生家长满意度调查结果为88%，未达到预期目标，主要原因是部分家长对申请流程了解不够。")


def sichuan_grid(adjustment=180, rate=None):
    """The Sichuan 2023 grid of variants/sichuan-grid with 年度调整额 and 预算调整率 columns, styled.
    年度调整额 = 2000 − 1800 = 200 (stated `adjustment`); 预算调整率 = 200 ÷ 1800 = 11.11% ✓;
    预算执行率 = 1900 ÷ 2000 = 95.00% (`rate`; None leaves the derived cell blank)."""
    rows = [
        [c("A", "部门整体支出绩效自评表（2023年度）", st="title", to="K", name="title")],
        [c("A", "部门（单位）名称", st="label", to="B"), t("C", "某县教育局", to="K", name="department")],
        [c("A", "年度总体目标", st="head"), c("B", "预期目标", st="head2", to="E"), c("F", "实际完成情况", st="head2", to="K")],
        [c("A", None, st="label"), t("B", SICHUAN_GOAL, to="E", name="goal"), t("F", SICHUAN_RESULT, to="K", name="goalResult")],
        [c("A", "预算执行情况（10分）", st="head", down=5), c("B", "年度预算数（万元）", st="head"), c("C", "年初预算", st="head"),
         c("D", "调整后预算数", st="head"), c("E", "预算执行数", st="head"), c("F", "预算执行率", st="head"),
         c("G", "权重", st="head"), c("H", "得分", st="head"), c("I", "年度调整额", st="head"), c("J", "预算调整率", st="head"),
         c("K", "原因", st="head")],
        [c("B", "总额", st="label"), v("C", 1800, "0.00"), v("D", 2000, "0.00"), v("E", 1900, "0.00"),
         v("F", rate, "0.00%", name="rate"), c("G", 10, st="num"), v("H", 9.5, "0.0", name="fundsScore"),
         v("I", adjustment, "0.00", name="adjustment"), v("J", 0.1111, "0.00%", name="adjustmentRate"),
         c("K", SICHUAN_NOTE, st="text", down=4)],
        [c("B", "其中：财政资金", st="label"), v("C", 1500, "0.00"), v("D", 1650, "0.00"), v("E", 1580, "0.00"),
         v("F", 0.9576, "0.00%"), c("G", "/"), c("H", "/"), v("I", 150, "0.00"), v("J", 0.1, "0.00%")],
        [c("B", "财政专户管理资金", st="label"), v("C", 200, "0.00"), v("D", 220, "0.00"), v("E", 200, "0.00"),
         v("F", 0.9091, "0.00%"), c("G", "/"), c("H", "/"), v("I", 20, "0.00"), v("J", 0.1, "0.00%")],
        [c("B", "单位资金", st="label"), v("C", 60, "0.00"), v("D", 80, "0.00"), v("E", 70, "0.00"),
         v("F", 0.875, "0.00%"), c("G", "/"), c("H", "/"), v("I", 20, "0.00"), v("J", 0.3333, "0.00%")],
        [c("B", "其他资金", st="label"), v("C", 40, "0.00"), v("D", 50, "0.00"), v("E", 50, "0.00"),
         v("F", 1, "0.00%"), c("G", "/"), c("H", "/"), v("I", 10, "0.00"), v("J", 0.25, "0.00%")],
        # The hidden stale row: the 2022 template's 其中 row, no longer used.
        [c("A", "其中：上年结转（2022年模板）", st="stale", to="B"), c("C", None, st="stale", to="K")],
        [c("A", "绩效指标（90分）", st="head", down=3), c("B", "一级指标", st="head"), c("C", "二级指标", st="head"),
         c("D", "三级指标", st="head"), c("E", "指标性质", st="head"), c("F", "指标值", st="head"),
         c("G", "度量单位", st="head"), c("H", "完成值", st="head"), c("I", "权重", st="head"), c("J", "得分", st="head"),
         c("K", "未完成原因分析", st="head")],
        [c("B", "产出指标", down=1), c("C", "数量指标"), c("D", "资助学生人次"), c("E", "≥"), c("F", 1200, st="num"),
         c("G", "人次"), v("H", 1250), c("I", 30, st="num"), v("J", 30), t("K", None)],
        [c("C", "质量指标"), c("D", "资金发放准确率"), c("E", "="), c("F", 100, st="num"), c("G", "%"), v("H", 100),
         c("I", 30, st="num"), v("J", 30), t("K", None)],
        [c("B", "效益指标"), c("C", "满意度指标"), c("D", "学生家长满意度"), c("E", "≥"), c("F", 90, st="num"), c("G", "%"),
         v("H", 88), c("I", 30, st="num"), v("J", 27), t("K", "政策宣传不够")],
        [c("A", "合计", st="head2", to="H"), c("I", 100, st="num"), v("J", 96.5, "0.0", name="total"), c("K", None)],
        [c("A", "评价结论", st="label"), t("B", "自评得分96.5分，资助政策落实到位。", to="K")],
        [c("A", "存在问题", st="label"), t("B", "政策宣传覆盖不够，家长满意度未达预期。", to="K", name="problems")],
        [c("A", "改进措施", st="label"), t("B", "加强资助政策宣传。", to="K", name="improvements")],
        [c("A", "单位负责人：", st="subtitle", to="D"), c("E", "财务负责人：", st="subtitle", to="K")],
    ]
    heights = {1: 40, 2: 24, 3: 26, 4: 92, 5: 40, 6: 24, 7: 24, 8: 24, 9: 24, 10: 24, 11: 24, 12: 32,
               13: 24, 14: 24, 15: 26, 16: 24, 17: 30, 18: 30, 19: 30, 20: 24}
    sheet = SheetSpec("Sheet1", rows, dict(zip("ABCDEFGHIJK", (14, 16, 12, 16, 12, 12, 10, 10, 11, 11, 26))), heights,
                      "K", hidden_rows=[11], freeze="B6", title_rows=(1, 2),
                      comment=("I5", "年度调整额 = 调整后预算数 − 年初预算", "县财政局绩效股"),
                      validation=("E13", ["≥", "≤", "="]),
                      header="&L某县财政局&R2023年度", tab_color="70AD47")
    return FormSpec("sichuan-grid-styled", palette("仿宋_GB2312", "宋体", 8, 0.8, "FFF2CC"), [sheet])


HUADU_GOAL = ("贯彻落实区委区政府关于城市管理的工作部署，完成全区主次干道保洁面积320万平方米，生活垃圾无害化处理率"
              "达到100%，新建改造公厕12座，市容环境投诉办结率不低于95%，群众对市容环境满意度达到90%以上。")
HUADU_RESULT = ("全年完成主次干道保洁面积326万平方米，生活垃圾无害化处理率100%，新建改造公厕12座；受理市容环境投诉"
                "1824宗，办结1779宗，办结率97.5%；第三方测评群众满意度为91.2%。")


def huadu(rate=0.9615, total=92.5, grade="良"):
    """A 花都-style form of our own design: 单位名称 and 年度 in the title block, funds as rows (年初预算数 /
    调整后预算数 / 实际支出数 / 预算执行率) with 分值 | 得分, indicators 一级/二级/三级 | 指标值 | 实际完成值 | 分值 |
    得分 | 偏差原因, 自评总分 and 自评等级 at the foot.
    预算执行率 = 830 ÷ 860 = 96.51% (stated `rate`, digits swapped);
    自评总分 = 25 + 20 + 19 + 20 + 8.5 = 92.5 of 100 (`total`); 92.5 ≥ 90 → 优 (stated `grade`)."""
    rows = [
        [c("A", "广州市花都区部门整体支出绩效自评表", st="title", to="H", name="title")],
        [c("A", "单位名称", st="label"), t("B", "广州市花都区城市管理和综合执法局", to="E", name="department"),
         c("F", "评价年度", st="label"), t("G", "2022年度", to="H", name="year")],
        [c("A", "单位：万元", st="unit", to="H")],
        [c("A", "一、预算执行情况", st="section", to="H")],
        [c("A", "项目", st="head", to="B"), c("C", "金额", st="head"), c("D", "说明", st="head", to="H")],
        [c("A", "年初预算数", st="label", to="B"), v("C", 800, "#,##0.00", name="initialBudget"),
         c("D", "年初部门预算批复数", st="text", to="H")],
        [c("A", "调整后预算数", st="label", to="B"), v("C", 860, "#,##0.00", name="annualBudget"),
         c("D", "含年中追加环卫作业经费60万元", st="text", to="H")],
        [c("A", "实际支出数", st="label", to="B"), v("C", 830, "#,##0.00", name="actual"), t("D", None, to="H")],
        [c("A", "预算执行率", st="label", to="B"), v("C", rate, "0.00%", name="rate"),
         c("D", "预算执行率=实际支出数÷调整后预算数", st="text", to="H")],
        # The hidden stale row: a 2021 template row kept under the funds.
        [c("A", "其中：上年结转结余（2021年模板）", st="stale", to="B"), c("C", None, st="stale", to="H")],
        [c("A", "二、年度绩效目标完成情况", st="section", to="H")],
        [c("A", "年度总体目标", st="label", to="B"), t("C", HUADU_GOAL, to="H", name="goal")],
        [c("A", "总体目标完成情况", st="label", to="B"), t("C", HUADU_RESULT, to="H", name="goalResult")],
        [c("A", "三、绩效指标完成情况", st="section", to="H")],
        [c("A", "一级指标", st="head"), c("B", "二级指标", st="head"), c("C", "三级指标", st="head"), c("D", "指标值", st="head"),
         c("E", "实际完成值", st="head"), c("F", "分值", st="head"), c("G", "得分", st="head"), c("H", "偏差原因", st="head")],
        [c("A", "产出指标", down=2), c("B", "数量指标"), c("C", "主次干道保洁面积"), c("D", "≥320万平方米"),
         t("E", "326万平方米"), c("F", 25, st="num"), v("G", 25, "0.0"), t("H", None)],
        [c("B", "数量指标"), c("C", "新建改造公厕数量"), c("D", "12座"), t("E", "12座"), c("F", 20, st="num"), v("G", 20, "0.0"),
         t("H", None)],
        [c("B", "质量指标"), c("C", "生活垃圾无害化处理率"), c("D", "100%"), t("E", "100%"), c("F", 20, st="num"),
         v("G", 19, "0.0"), t("H", "个别时段转运不及时")],
        [c("A", "效益指标"), c("B", "社会效益指标"), c("C", "市容环境投诉办结率"), c("D", "≥95%"), t("E", "97.5%"),
         c("F", 20, st="num"), v("G", 20, "0.0"), t("H", None)],
        [c("A", "满意度指标"), c("B", "服务对象满意度指标"), c("C", "群众对市容环境满意度"), c("D", "≥90%"), t("E", "91.2%"),
         c("F", 15, st="num"), v("G", 8.5, "0.0"), t("H", "测评覆盖面不足")],
        [c("A", "自评总分", st="head2", to="E"), c("F", 100, st="num"), v("G", total, "0.0", name="total"), c("H", None)],
        [c("A", "自评等级", st="head2", to="E"), t("F", grade, to="H", name="grade")],
        [c("A", "存在问题", st="label"), t("B", "满意度测评覆盖面不足；个别时段垃圾转运不及时。", to="H", name="problems")],
        [c("A", "改进措施", st="label"), t("B", "扩大测评样本，优化垃圾转运调度。", to="H", name="improvements")],
    ]
    heights = {1: 40, 2: 26, 3: 18, 4: 24, 5: 26, 6: 24, 7: 24, 8: 24, 9: 24, 10: 24, 11: 24, 12: 64, 13: 64,
               14: 24, 15: 28, 16: 26, 17: 26, 18: 26, 19: 26, 20: 26, 21: 26, 22: 26, 23: 34, 24: 34}
    sheet = SheetSpec("自评表", rows, dict(zip("ABCDEFGH", (14, 18, 24, 15, 15, 10, 10, 22))), heights, "H",
                      hidden_rows=[10], freeze="A5", title_rows=(1, 3),
                      comment=("C9", "保留两位小数", "花都区财政局"),
                      validation=("F22", ["优", "良", "中", "差"]),
                      header="&R花都区财政局制", tab_color="ED7D31")
    return FormSpec("huadu-style", palette("宋体", "方正小标宋简体", 5, 0.6, "DDEBF7", title_color="C00000"), [sheet])


def panyu(subtotal=44.89):
    """panyu-2021 (Tests/Fixtures/forms, cells as `jixiao cells` lists them) restyled, with its 评分表.
    评分表 管理效能 = 15.45 + 1.94 + 4 + 4 + 4 + 14.5 = 43.89 (stated `subtotal`); 合计 = 43.89 + 50 + 2.5 = 96.39."""
    source = openpyxl.load_workbook(os.path.join(HERE, "..", "forms", "panyu-2021.xlsx"))
    sheets = []
    for ws, widths, last in ((source["自评表"], (14, 24, 30, 22, 30, 14), "F"), (source["评分表"], (12, 14, 48, 8, 10, 36), "F")):
        merged = {str(m).split(":")[0]: str(m).split(":")[1] for m in ws.merged_cells.ranges}
        covered = set()
        for m in ws.merged_cells.ranges:
            for row in ws.iter_rows(min_row=m.min_row, max_row=m.max_row, min_col=m.min_col, max_col=m.max_col):
                for cl in row[1:] if row[0].row == m.min_row else row:
                    covered.add(cl.coordinate)
        rows = []
        for r in range(1, ws.max_row + 1):
            row = []
            for col in range(1, 7):
                cl = ws.cell(r, col)
                if cl.coordinate in covered:
                    continue
                letter = get_column_letter(col)
                to = down = None
                if cl.coordinate in merged:
                    end = merged[cl.coordinate]
                    end_col = "".join(ch for ch in end if ch.isalpha())
                    end_row = int("".join(ch for ch in end if ch.isdigit()))
                    to, down = (end_col if end_col != letter else None), end_row - r
                value = cl.value
                if ws.title == "评分表" and cl.coordinate == "E3":
                    value = subtotal
                fmt = cl.number_format if cl.number_format != "General" else None
                if r == 1:
                    st = "title"
                elif isinstance(value, (int, float)) and not isinstance(value, bool):
                    st = "num"
                elif isinstance(value, str) and len(value) > 30:
                    st = "text"
                elif ws.title == "自评表" and r in (12, 21) or ws.title == "评分表" and r == 2:
                    st = "head"
                elif ws.title == "自评表" and col == 1 and r > 3 or ws.title == "评分表" and r in (12, 13):
                    st = "head2"
                elif ws.title == "自评表" and r in (2, 3):
                    st = "subtitle" if r == 2 else "unit"
                else:
                    st = "cell"
                is_value = not (ws.title == "评分表" and col < 4) and r > 1 and (isinstance(value, (int, float)) or st == "text")
                row.append(c(letter, value, st=st, fmt=fmt, to=to, down=down or 0,
                             name="subtotal" if ws.title == "评分表" and cl.coordinate == "E3" else None, blank=is_value))
            rows.append(row)
        n = len(rows)
        if ws.title == "自评表":
            heights = {r: 22 for r in range(1, n + 1)}
            heights.update({1: 36, 11: 150, 22: 64, 23: 64, 24: 64, 25: 64, 26: 92, 27: 64})
            for r in range(13, 21):
                heights[r] = 32
            spec = SheetSpec("自评表", rows, dict(zip("ABCDEF", widths)), heights, last, freeze="A5", title_rows=(1, 3),
                             comment=("C9", "预算完成率 = 实际支出数 ÷ 整体支出年度预算数", "番禺区财政局"),
                             validation=None, header="&C番禺区", tab_color="4472C4")
        else:
            heights = {r: 30 for r in range(1, n + 1)}
            heights.update({1: 36, 4: 48, 9: 48})
            spec = SheetSpec("评分表", rows, dict(zip("ABCDEF", widths)), heights, last, freeze="A3", title_rows=(1, 2),
                             comment=("E3", "管理效能得分为其下二级指标得分之和", "番禺区财政局"),
                             validation=("D13", ["优", "良", "中", "差"]), header="&C番禺区", tab_color="ED7D31")
        sheets.append(spec)
    return FormSpec("panyu-2021-styled", palette("宋体", "黑体", 9, 0.6, "E2EFDA"), sheets)


# ----------------------------------------------------------------------------------------------------------
# Writers.

def write_openpyxl(form, path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="000000")
    cache = {}

    def style_of(name):
        if name in cache:
            return cache[name]
        s = form.styles[name]
        fname, size, bold, color = s["font"]
        font = Font(name=fname, size=size, bold=bold, color=color)
        fill = None
        if s["fill"] and s["fill"][0] == "theme":
            fill = PatternFill("solid", fgColor=Color(theme=s["fill"][1], tint=s["fill"][2]))
        elif s["fill"]:
            fill = PatternFill("solid", fgColor=s["fill"][1])
        border = Border(left=thin, right=thin, top=thin, bottom=thin) if s["border"] else None
        h, vv, wrap = s["align"]
        cache[name] = (font, fill, border, Alignment(horizontal=h, vertical=vv, wrap_text=wrap))
        return cache[name]

    for spec in form.sheets:
        ws = wb.create_sheet(spec.name)
        cells, _ = sheet_cells(spec)
        for ref, cell, r in cells:
            font, fill, border, align = style_of(cell["st"])
            rng = merge_range(cell, r)
            targets = [ref]
            if rng:
                ws.merge_cells(rng)
                first, last = rng.split(":")
                targets = [x.coordinate for row in ws[first:last] for x in row]
            for target in targets:
                x = ws[target]
                if border:
                    x.border = border
                if target == ref:
                    if cell["v"] is not None:
                        ws[ref].value = cell["v"]
                    x.font, x.alignment = font, align
                    if fill:
                        x.fill = fill
                    if cell["fmt"]:
                        x.number_format = cell["fmt"]
                elif fill:
                    x.fill = fill
        for col, width in spec.widths.items():
            ws.column_dimensions[col].width = width
        for r, height in spec.heights.items():
            ws.row_dimensions[r].height = height
        for r in spec.hidden_rows:
            ws.row_dimensions[r].hidden = True
        if spec.freeze:
            ws.freeze_panes = spec.freeze
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.75, bottom=0.75, header=0.3, footer=0.3)
        if spec.header:
            ws.oddHeader.center.text = None
            _set_header(ws.oddHeader, spec.header)
        if spec.footer:
            _set_header(ws.oddFooter, spec.footer)
        if spec.title_rows:
            ws.print_title_rows = f"{spec.title_rows[0]}:{spec.title_rows[1]}"
        ws.print_area = f"A1:{spec.last_col}{len(spec.rows)}"
        if spec.comment:
            ref, text, author = spec.comment
            ws[ref].comment = Comment(text, author)
        if spec.validation:
            ref, items = spec.validation
            dv = DataValidation(type="list", formula1='"' + ",".join(items) + '"', allow_blank=True)
            ws.add_data_validation(dv)
            dv.add(ref)
        if spec.tab_color:
            ws.sheet_properties.tabColor = spec.tab_color
    wb.properties.created = wb.properties.modified = FIXED_DATE
    wb.save(path)


def _set_header(hf, code):
    """openpyxl wants each part apart: &L / &C / &R sections of an Excel header code."""
    import re
    parts = re.split(r"&([LCR])", code)
    section = "C"
    i = 1 if parts[0] == "" else 0
    if i == 0:
        getattr(hf, "center").text = parts[0]
    while i < len(parts) - 1:
        section, text = parts[i], parts[i + 1]
        getattr(hf, {"L": "left", "C": "center", "R": "right"}[section]).text = text
        i += 2


def write_xlsxwriter(form, path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"created": FIXED_DATE})
    cache = {}

    def fmt_of(name, numfmt):
        key = (name, numfmt)
        if key in cache:
            return cache[key]
        s = form.styles[name]
        fname, size, bold, color = s["font"]
        props = {"font_name": fname, "font_size": size, "bold": bold, "font_color": "#" + color}
        if s["fill"] and s["fill"][0] == "theme":
            props.update(pattern=1, bg_color="#" + tinted(OFFICE_THEME[s["fill"][1]], s["fill"][2]))
        elif s["fill"]:
            props.update(pattern=1, bg_color="#" + s["fill"][1])
        if s["border"]:
            props["border"] = 1
        h, vv, wrap = s["align"]
        props.update(align=h, valign={"center": "vcenter"}.get(vv, vv), text_wrap=wrap)
        if numfmt:
            props["num_format"] = numfmt
        cache[key] = wb.add_format(props)
        return cache[key]

    for spec in form.sheets:
        ws = wb.add_worksheet(spec.name)
        cells, _ = sheet_cells(spec)
        for ref, cell, r in cells:
            f = fmt_of(cell["st"], cell["fmt"])
            rng = merge_range(cell, r)
            value = cell["v"]
            if rng:
                ws.merge_range(rng, "" if value is None else value, f)
            elif value is None:
                ws.write_blank(ref, None, f)
            else:
                ws.write(ref, value, f)
        for col, width in spec.widths.items():
            i = column_index_from_string(col) - 1
            ws.set_column(i, i, width)
        for r, height in spec.heights.items():
            ws.set_row(r - 1, height, None, {"hidden": r in spec.hidden_rows})
        if spec.freeze:
            ws.freeze_panes(spec.freeze)
        ws.set_landscape()
        ws.set_paper(9)
        ws.fit_to_pages(1, 0)
        ws.center_horizontally()
        ws.set_margins(left=0.5, right=0.5, top=0.75, bottom=0.75)
        if spec.header:
            ws.set_header(spec.header if spec.header.startswith("&") else "&C" + spec.header, {"margin": 0.3})
        if spec.footer:
            ws.set_footer(spec.footer, {"margin": 0.3})
        if spec.title_rows:
            ws.repeat_rows(spec.title_rows[0] - 1, spec.title_rows[1] - 1)
        ws.print_area(f"A1:{spec.last_col}{len(spec.rows)}")
        if spec.comment:
            ref, text, author = spec.comment
            ws.write_comment(ref, text, {"author": author})
        if spec.validation:
            ref, items = spec.validation
            ws.data_validation(ref, {"validate": "list", "source": items})
        if spec.tab_color:
            ws.set_tab_color("#" + spec.tab_color)
    wb.close()


def libreoffice_resave(source, dest):
    """`soffice --headless --convert-to xlsx` of `source`, saved as `dest`."""
    soffice = os.environ.get("JIXIAO_SOFFICE") or shutil.which("soffice")
    with tempfile.TemporaryDirectory() as tmp:
        staged = os.path.join(tmp, "in", "form.xlsx")
        os.makedirs(os.path.dirname(staged))
        shutil.copy(source, staged)
        out = os.path.join(tmp, "out")
        subprocess.run([soffice, "-env:UserInstallation=file:///tmp/lo-pixels", "--headless", "--convert-to", "xlsx",
                        "--outdir", out, staged], check=True, capture_output=True, timeout=120)
        shutil.move(os.path.join(out, "form.xlsx"), dest)


# ----------------------------------------------------------------------------------------------------------

def main():
    for old in glob.glob(os.path.join(HERE, "*.xlsx")):
        os.remove(old)
    filled = [mof_grid(), sichuan_grid(), huadu(), panyu()]
    for form in filled:
        write_openpyxl(form, os.path.join(HERE, f"{form.name}.openpyxl.xlsx"))
        write_xlsxwriter(form, os.path.join(HERE, f"{form.name}.xlsxwriter.xlsx"))
        libreoffice_resave(os.path.join(HERE, f"{form.name}.openpyxl.xlsx"), os.path.join(HERE, f"{form.name}.libreoffice.xlsx"))
    for form in (mof_grid(), sichuan_grid(), huadu()):
        blank = blanked(form, form.name.replace("-styled", "") + "-blank")
        write_openpyxl(blank, os.path.join(HERE, f"{blank.name}.openpyxl.xlsx"))
        write_xlsxwriter(blank, os.path.join(HERE, f"{blank.name}.xlsxwriter.xlsx"))
    # For the page comparison's tests: one cell's value changed (the wrong 执行率 G6 90.00% → 98.00%, as `fix`
    # corrects it), and column D made wider (20 → 30 characters).
    mof = mof_grid()
    write_openpyxl(changed(mof, "", values={"G6": 0.98}), os.path.join(HERE, "mof-grid-styled.one-cell-changed.openpyxl.xlsx"))
    write_openpyxl(changed(mof, "", widths={"D": 30}), os.path.join(HERE, "mof-grid-styled.wider-column.openpyxl.xlsx"))
    with_chart(os.path.join(HERE, "mof-grid-styled.openpyxl.xlsx"), os.path.join(HERE, "mof-grid-styled.with-chart.openpyxl.xlsx"))
    with_overlapping_merge(os.path.join(HERE, "mof-grid-styled.openpyxl.xlsx"),
                           os.path.join(HERE, "mof-grid-styled.overlapping-merge.openpyxl.xlsx"))


def with_overlapping_merge(source, dest):
    """The MOF form with a merged range A1:B2 overlapping its title's A1:I1, as a damaged or hand-edited file
    holds (Excel repairs it by dropping one): the copy leaves A1:B2 unmerged and names it."""
    import zipfile
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                start = text.index("<mergeCells count=\"")
                count = int(text[start + 19:text.index("\"", start + 19)])
                text = text.replace(f"<mergeCells count=\"{count}\">", f"<mergeCells count=\"{count + 1}\">")
                text = text.replace("</mergeCells>", "<mergeCell ref=\"A1:B2\"/></mergeCells>")
                data = text.encode("utf-8")
            copy.writestr(item, data)


def with_chart(source, dest):
    """The MOF form with a bar chart of its funds beside it (a part the copy cannot carry, so fix names it)."""
    import openpyxl
    from openpyxl.chart import BarChart, Reference
    book = openpyxl.load_workbook(source)
    sheet = book.worksheets[0]
    chart = BarChart()
    chart.title = "资金执行"
    chart.add_data(Reference(sheet, min_col=4, max_col=5, min_row=5, max_row=6), titles_from_data=True)
    sheet.add_chart(chart, "J20")
    book.save(dest)


if __name__ == "__main__":
    main()
