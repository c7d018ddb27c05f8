#!/usr/bin/env python3
"""Baseline: Python XlsxWriter writing the cells of chidao's Tasks sheet.

usage: xlsxwriter_tasks.py CELLS OUT

CELLS is the tab-separated cells file of `chidao-bench tasks-cells` (one task a line, 13 fields,
each empty or a type letter and a value: s text, n number, d ISO date). Writes the same header and
cells as `chidao-bench xlsx-floor`: constant_memory mode, dates as Excel dates, zip deflate at
Python's default level (6, as rust_xlsxwriter's). Prints its internal timings as one JSON line.
"""
import datetime
import json
import sys
import time

import xlsxwriter

HEADERS = [
    "Số, ký hiệu văn bản", "Ngày ban hành", "Mục", "Nội dung nhiệm vụ", "Cơ quan chủ trì",
    "Cơ quan phối hợp", "Thời hạn (theo văn bản)", "Hạn hoàn thành", "Tình trạng",
    "Số ngày quá hạn", "Ngày hoàn thành", "Ngày cập nhật tiến độ", "Tiến độ mới nhất",
]
MAX_ROWS = 1_048_576
ESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def unescape(s):
    if "\\" not in s:
        return s
    out, it = [], iter(s)
    for c in it:
        out.append(ESCAPES.get(next(it, "\\"), "") if c == "\\" else c)
    return "".join(out)


def main():
    cells, out = sys.argv[1], sys.argv[2]
    start = time.perf_counter()
    wb = xlsxwriter.Workbook(out, {"constant_memory": True})
    date = wb.add_format({"num_format": "dd/mm/yyyy"})
    ws, r, rows = None, 0, 0

    def new_sheet():
        sheet = wb.add_worksheet()
        for c, h in enumerate(HEADERS):
            sheet.write_string(0, c, h)
        return sheet

    with open(cells, encoding="utf-8") as f:
        for line in f:
            if ws is None or r == MAX_ROWS:
                ws, r = new_sheet(), 1
            for c, field in enumerate(line.rstrip("\n").split("\t")):
                if not field:
                    continue
                kind, value = field[0], field[1:]
                if kind == "s":
                    ws.write_string(r, c, unescape(value))
                elif kind == "n":
                    ws.write_number(r, c, float(value))
                elif kind == "d":
                    ws.write_datetime(r, c, datetime.datetime.strptime(value, "%Y-%m-%d"), date)
                else:
                    raise SystemExit(f"bad cell type {kind!r}")
            r += 1
            rows += 1
    if ws is None:
        new_sheet()
    rows_done = time.perf_counter()
    wb.close()
    end = time.perf_counter()
    print(json.dumps({"op": "py-xlsxwriter", "total_s": end - start,
                      "phases": {"rows": rows_done - start, "close": end - rows_done},
                      "facts": {"rows": str(rows)}}))


if __name__ == "__main__":
    main()
