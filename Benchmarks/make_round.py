"""A round for Scripts/bench-round.sh: N returned forms and an N-unit reference list in 元, as a 财政局 has them.

    python3 Benchmarks/make_round.py FOLDER N JIXIAO EXAMPLE.xlsx

Writes FOLDER/forms.json (N forms: the example's form with the department and figures varied, each department
its own), fills them with `JIXIAO fill` into FOLDER/forms/, and writes the list FOLDER/名单.xlsx (openpyxl where it
can be imported: a title row, `单位：元`, the header) or else FOLDER/名单.csv (headers `…（元）`), in the forms'
order shuffled. The list names each unit as officers write them: as on the form, without 广州市, with spaces, with
a bracketed alias, with full-width spaces; one unit in fifty has one figure changed by 1 万元; one form in a
hundred is of a unit left off the list, and as many units on the list sent nothing, so the list has N units.
FOLDER/expected.json gives the counts `validate --reference` must find. The same N always gives the same files.
"""
import json
import os
import random
import subprocess
import sys

DISTRICTS = ["黄埔区", "番禺区", "天河区", "越秀区", "海珠区", "荔湾区", "白云区", "花都区", "南沙区", "从化区", "增城区"]
AGENCIES = ["总工会", "财政局", "教育局", "卫生健康局", "民政局", "住房和城乡建设局", "交通运输局", "农业农村局",
            "文化广电旅游局", "司法局", "统计局", "审计局", "应急管理局", "市场监督管理局", "生态环境分局",
            "人力资源和社会保障局", "科学技术局", "商务局", "退役军人事务局", "医疗保障局"]
PARTS = ["", "机关", "信息中心", "培训中心", "档案馆", "执法大队", "服务中心", "监测站"]


def unit(index):
    """The index-th unit: its district, agency and part (distinct for up to 11 × 20 × 8 = 1,760 units)."""
    district = DISTRICTS[index % len(DISTRICTS)]
    agency = AGENCIES[(index // len(DISTRICTS)) % len(AGENCIES)]
    part = PARTS[(index // (len(DISTRICTS) * len(AGENCIES))) % len(PARTS)]
    return district, agency, part


def as_written(index, district, agency, part):
    """The unit's name on the list, as one officer or another writes it."""
    full = f"广州市{district}{agency}{part}"
    style = index % 6
    if style == 1:
        return f"{district}{agency}{part}"
    if style == 2:
        return f"广州市 {district} {agency}{part}"
    if style == 3:
        return f"{full}（{district[:-1]}{agency[:2]}{part}）"
    if style == 4:
        return f"广州市{district}\u3000{agency}{part}"
    return full


def main():
    folder, count, jixiao, example = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    if count > len(DISTRICTS) * len(AGENCIES) * len(PARTS):
        sys.exit(f"at most {len(DISTRICTS) * len(AGENCIES) * len(PARTS)} distinct units")
    os.makedirs(folder, exist_ok=True)
    report = json.loads(subprocess.run([jixiao, "validate", example, "--format", "json"], capture_output=True,
                                       check=False).stdout)
    base = report["files"][0]["form"]
    rng = random.Random(count)

    forms, units = [], []
    for index in range(count):
        district, agency, part = unit(index)
        initial = rng.randint(50_000, 5_000_000)            # in 分 of 万元: 500.00 … 50,000.00 万元
        annual = initial * rng.randint(800, 1_200) // 1_000
        actual = annual * rng.randint(850, 1_000) // 1_000
        form = json.loads(json.dumps(base))
        form["department"] = f"广州市{district}{agency}{part}"
        form["title"] = f"{district}部门整体支出绩效自评表"
        funds = form["funds"]
        for key in list(funds):
            funds[key] = None
        funds["initialBudget"] = initial / 100
        funds["annualBudget"] = annual / 100
        funds["actual"] = actual / 100
        funds["generalPublicBudget"] = actual / 100
        forms.append(form)
        # In 元: 万元 to 2 places is a whole number of 元 (×100 of 分 of 万元).
        units.append({"name": as_written(index, district, agency, part), "initial": initial * 100,
                      "annual": annual * 100, "actual": actual * 100})

    # One form in a hundred is of a unit left off the list; as many units on the list sent nothing.
    left_off = set(range(50, count, 100))
    mismatched = 0
    listed = []
    for index, row in enumerate(units):
        if index in left_off:
            continue
        if index % 50 == 7:
            row = dict(row, actual=row["actual"] + 10_000)
            mismatched += 1
        listed.append(row)
    for index in range(count, count + len(left_off)):
        district, agency, part = unit(index)
        listed.append({"name": as_written(index, district, agency, part), "initial": 1_000_000, "annual": 1_000_000,
                       "actual": 900_000})
    rng.shuffle(listed)

    with open(os.path.join(folder, "forms.json"), "w", encoding="utf-8") as out:
        json.dump(forms, out, ensure_ascii=False)
    forms_folder = os.path.join(folder, "forms")
    subprocess.run([jixiao, "fill", "--data", os.path.join(folder, "forms.json"), "--out", forms_folder, "--force"],
                   check=True, stdout=subprocess.DEVNULL)

    header = ["序号", "单位名称", "年初预算数", "年度预算数", "实际支出数"]
    rows = [[number, row["name"], row["initial"], row["annual"], row["actual"]] for number, row in enumerate(listed, 1)]
    try:
        from openpyxl import Workbook
    except ImportError:
        import csv
        path = os.path.join(folder, "名单.csv")
        with open(path, "w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out).writerows([["序号", "单位名称", "年初预算数（元）", "年度预算数（元）", "实际支出数（元）"]] + rows)
    else:
        path = os.path.join(folder, "名单.xlsx")
        book = Workbook()
        sheet = book.active
        sheet.title = "应交名单"
        sheet.append(["2021年度部门整体支出绩效自评应交单位名单"])
        sheet.append(["单位：元"])
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        book.save(path)

    expected = {"list": path, "expected": len(listed), "submitted": count - len(left_off), "missing": len(left_off),
                "unknown": len(left_off), "duplicates": 0, "mismatches": mismatched}
    with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as out:
        json.dump(expected, out, ensure_ascii=False)
    print(path)


if __name__ == "__main__":
    main()
