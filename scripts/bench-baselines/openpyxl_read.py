#!/usr/bin/env python3
"""Baseline: Python openpyxl reading every cell of every sheet of a workbook.

usage: openpyxl_read.py FILE

openpyxl.load_workbook in read-only mode (its fastest, streaming mode), then every row of
every sheet, counting the cells that hold a value, so the values are really read. This is what
an integrator's script does before it could even start turning the rows into records: the
floor of a Python importer of the same template. Prints its internal timings as one JSON line.
"""
import json
import sys
import time

import openpyxl


def main():
    start = time.perf_counter()
    wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
    opened = time.perf_counter()
    cells = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells += sum(1 for v in row if v is not None)
    end = time.perf_counter()
    print(json.dumps({"op": "py-openpyxl-read", "total_s": end - start,
                      "phases": {"open": opened - start, "read": end - opened},
                      "facts": {"cells": str(cells)}}))


if __name__ == "__main__":
    main()
