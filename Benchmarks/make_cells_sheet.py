#!/usr/bin/env python3
"""Writes the `jixiao cells` benchmark sheet with XlsxWriter in constant_memory mode (rows streamed to disk,
strings inline): ROWS rows × 10 columns of mixed cells, as a producer of big exports writes them.

    python3 make_cells_sheet.py OUT.xlsx [ROWS]      (default 200,000 rows = 2,000,000 cells)

Columns: a serial number, a department name, an amount (#,##0.00), a date (yyyy-mm-dd), a rate (0.0%), a
boolean, a category repeated often, a formula with its cached result, an integer count and a longer remark.
"""
import datetime
import sys

import xlsxwriter

path = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
book = xlsxwriter.Workbook(path, {"constant_memory": True})
sheet = book.add_worksheet("数据")
money = book.add_format({"num_format": "#,##0.00"})
day = book.add_format({"num_format": "yyyy-mm-dd"})
rate = book.add_format({"num_format": "0.0%"})
sheet.write_row(0, 0, ["序号", "部门", "金额", "日期", "完成率", "是否达标", "类别", "合计", "次数", "备注"])
categories = ["基本支出", "项目支出", "人员经费", "公用经费", "专项资金"]
start = datetime.date(2021, 1, 1)
for r in range(1, rows):
    sheet.write_number(r, 0, r)
    sheet.write_string(r, 1, f"第{r % 97}部门")
    sheet.write_number(r, 2, (r * 37 % 100000) / 100 + 0.01, money)
    sheet.write_datetime(r, 3, datetime.datetime.combine(start + datetime.timedelta(days=r % 365), datetime.time()), day)
    sheet.write_number(r, 4, (r % 1000) / 1000, rate)
    sheet.write_boolean(r, 5, r % 3 == 0)
    sheet.write_string(r, 6, categories[r % 5])
    sheet.write_formula(r, 7, f"=C{r + 1}*2", None, (r * 37 % 100000) / 50 + 0.02)
    sheet.write_number(r, 8, r % 250)
    sheet.write_string(r, 9, f"备注：第{r}行，金额已核对")
book.close()
