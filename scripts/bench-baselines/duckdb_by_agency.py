#!/usr/bin/env python3
"""The by-agency query of docs/parquet.md in DuckDB over a Parquet export; prints the time of
the query alone (views created, DuckDB loaded) as {"phases": {"query": s}} for scripts/bench.

usage: duckdb_by_agency.py EXPORT_DIR docs/parquet.md
"""
import json
import re
import sys
import time
from pathlib import Path

import duckdb

export, docs = Path(sys.argv[1]), Path(sys.argv[2])
sql = dict(re.findall(r"<!-- query: (\w+) -->\n```sql\n(.*?)```", docs.read_text(encoding="utf-8"),
                      re.S))["by_agency"]
con = duckdb.connect()
for table in ("tasks", "agencies", "agency_groups"):
    con.execute(f"CREATE VIEW {table} AS FROM read_parquet('{export / (table + '.parquet')}')")
t0 = time.perf_counter()
rows = con.execute(sql).fetchall()
elapsed = time.perf_counter() - t0
assert rows, "the by-agency table is empty"
print(json.dumps({"phases": {"query": elapsed}, "rows": len(rows)}))
