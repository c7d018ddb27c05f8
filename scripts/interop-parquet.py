#!/usr/bin/env python3
"""The checks of scripts/interop-parquet on one export (see there).

usage: interop-parquet.py PARQUET_DIR REPORT.xlsx AS_OF docs/parquet.md
"""
import os
import re
import sys
from pathlib import Path

import duckdb
import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq

parquet_dir, report, as_of, docs = sys.argv[1:5]
parquet_dir = Path(parquet_dir)
failures = []


def ok(before, msg):
    """Prints what a section checked when it added no failure."""
    if len(failures) == before:
        print(f"  {msg}")


def fail(msg):
    failures.append(msg)
    print(f"  FAIL {msg}", file=sys.stderr)


def documented_tables(text):
    """{table: [(column, type)]} from the tables section of docs/parquet.md, in order."""
    section = text.split("\n## The tables\n", 1)[1]
    tables, current = {}, None
    for line in section.splitlines():
        m = re.match(r"### `(\w+)`", line)
        if m:
            current = tables.setdefault(m.group(1), [])
        m = re.match(r"\| `(\w+)` \| ([^|]+) \|", line)
        if m and current is not None:
            current.append((m.group(1), m.group(2).strip()))
    return tables


def documented_queries(text):
    return dict(re.findall(r"<!-- query: (\w+) -->\n```sql\n(.*?)```", text, re.S))


def arrow_type(field):
    t = field.type
    if pa.types.is_dictionary(t) and pa.types.is_string(t.value_type) and t.index_type == pa.int8():
        name = "code"
    elif pa.types.is_string(t):
        name = "VARCHAR"
    elif pa.types.is_date32(t):
        name = "DATE"
    elif pa.types.is_int64(t):
        name = "BIGINT"
    elif pa.types.is_int32(t):
        name = "INTEGER"
    elif pa.types.is_boolean(t):
        name = "BOOLEAN"
    elif pa.types.is_decimal(t):
        name = f"DECIMAL({t.precision},{t.scale})"
    elif pa.types.is_list(t) and pa.types.is_string(t.value_type):
        name = "VARCHAR[]"
    else:
        name = str(t)
    return name if field.nullable else f"{name} NOT NULL"


doc_text = Path(docs).read_text(encoding="utf-8")
tables = documented_tables(doc_text)
queries = documented_queries(doc_text)
files = sorted(p.stem for p in parquet_dir.glob("*.parquet"))
if files != sorted(tables):
    fail(f"files {files} are not the documented tables {sorted(tables)}")

# 1. types, as pyarrow and DuckDB read them; metadata
mark = len(failures)
con = duckdb.connect()
rows = {}
for table, columns in tables.items():
    path = parquet_dir / f"{table}.parquet"
    pf = pq.ParquetFile(path)
    schema = pf.schema_arrow
    got = [(f.name, arrow_type(f)) for f in schema]
    if got != columns:
        fail(f"pyarrow reads {table} as {got}, documented {columns}")
    meta = {k.decode(): v.decode() for k, v in (pf.metadata.metadata or {}).items()}
    if meta.get("chidao.as_of") != as_of or meta.get("chidao.table") != table:
        fail(f"{table}: metadata {meta.get('chidao.table')!r} as of {meta.get('chidao.as_of')!r}")
    rows[table] = pf.metadata.num_rows
    con.execute(f"CREATE VIEW {table} AS FROM read_parquet('{path}')")
    duck = con.execute(f"DESCRIBE {table}").fetchall()
    for (name, doc_type), (dname, dtype, *_rest) in zip(columns, duck):
        want = doc_type.replace(" NOT NULL", "").replace("code", "VARCHAR").replace(",", ", ")
        want = want.replace("DECIMAL(38, 9)", "DECIMAL(38,9)").replace("DECIMAL(20, 0)", "DECIMAL(20,0)")
        if dname != name or dtype.replace(" ", "") != want.replace(" ", ""):
            fail(f"DuckDB reads {table}.{dname} as {dtype}, documented {doc_type}")
ok(mark, f"types: {len(tables)} tables as documented in pyarrow and DuckDB; {rows['tasks']} tasks")

# 2. the by-agency table against the workbook
mark = len(failures)
by_agency = con.execute(queries["by_agency"]).fetchall()
wb = openpyxl.load_workbook(report, read_only=True)
ws = wb["Theo cơ quan"]
sheet = list(ws.iter_rows(min_row=2, values_only=True))
body = [r for r in sheet if isinstance(r[0], int)]
totals = next(r for r in sheet if r[0] is None and r[1] == "Tổng cộng")
if len(body) != len(by_agency):
    fail(f"by agency: the workbook has {len(body)} rows, DuckDB {len(by_agency)}")
for n, (cells, row) in enumerate(zip(body, by_agency), start=1):
    if cells[0] != n:
        fail(f"by agency row {n}: numbered {cells[0]}")
    got = list(cells[1:10])
    want = list(row[:9])
    if got != want:
        fail(f"by agency row {n}: workbook {got}, DuckDB {want}")
    rate = cells[10]
    if rate is None or abs(rate - row[9]) > 1e-12:
        fail(f"by agency row {n}: completion rate {rate} in the workbook, {row[9]} in DuckDB")
sums = [sum(r[i] for r in by_agency) for i in range(1, 9)]
if list(totals[2:10]) != sums:
    fail(f"by agency totals: workbook {list(totals[2:10])}, DuckDB {sums}")
ok(mark, f"by agency: {len(body)} rows and the totals equal the workbook's, cell by cell")

# 3. ids join their tables
mark = len(failures)
ASSIGNEES = "(SELECT agency_id AS id FROM agencies UNION ALL SELECT group_id FROM agency_groups)"
REFS = [
    ("agencies", "parent_id", "(SELECT agency_id AS id FROM agencies)"),
    ("agency_groups", "criteria_parent_id", "(SELECT agency_id AS id FROM agencies)"),
    ("agency_group_members", "group_id", "(SELECT group_id AS id FROM agency_groups)"),
    ("agency_group_members", "agency_id", ASSIGNEES),
    ("official_positions", "official_id", "(SELECT official_id AS id FROM officials)"),
    ("official_positions", "agency_id", ASSIGNEES),
    ("meetings", "host_id", ASSIGNEES),
    ("meetings", "chair_id", "(SELECT official_id AS id FROM officials)"),
    ("meeting_attendees", "meeting_id", "(SELECT meeting_id AS id FROM meetings)"),
    ("meeting_attendees", "official_id", "(SELECT official_id AS id FROM officials)"),
    ("meeting_attendees", "agency_id", ASSIGNEES),
    ("directives", "issuer_id", ASSIGNEES),
    ("directives", "conclusions_of_id", "(SELECT official_id AS id FROM officials)"),
    ("directives", "signer_id", "(SELECT official_id AS id FROM officials)"),
    ("directives", "meeting_id", "(SELECT meeting_id AS id FROM meetings)"),
    ("directive_recipients", "directive_id", "(SELECT directive_id AS id FROM directives)"),
    ("directive_recipients", "agency_id", ASSIGNEES),
    ("directive_references", "directive_id", "(SELECT directive_id AS id FROM directives)"),
    ("directive_references", "cited_directive_id", "(SELECT directive_id AS id FROM directives)"),
    ("directive_projects", "directive_id", "(SELECT directive_id AS id FROM directives)"),
    ("directive_projects", "project_id", "(SELECT project_id AS id FROM projects)"),
    ("tasks", "directive_id", "(SELECT directive_id AS id FROM directives)"),
    ("tasks", "lead_id", ASSIGNEES),
    ("tasks", "output_recipient_id", ASSIGNEES),
    ("task_assignees", "task_id", "(SELECT task_id AS id FROM tasks)"),
    ("task_assignees", "agency_id", ASSIGNEES),
    ("task_projects", "task_id", "(SELECT task_id AS id FROM tasks)"),
    ("task_projects", "project_id", "(SELECT project_id AS id FROM projects)"),
    ("task_indicators", "task_id", "(SELECT task_id AS id FROM tasks)"),
    ("task_indicators", "indicator_id", "(SELECT indicator_id AS id FROM indicators)"),
    ("task_progress", "task_id", "(SELECT task_id AS id FROM tasks)"),
    ("indicator_years", "indicator_id", "(SELECT indicator_id AS id FROM indicators)"),
    ("projects", "owner_id", ASSIGNEES),
    ("project_milestones", "project_id", "(SELECT project_id AS id FROM projects)"),
    ("record_sources", "source_id", "(SELECT source_id AS id FROM sources)"),
]
for table, column, target in REFS:
    n = con.execute(
        f"SELECT count(*) FROM {table} WHERE {column} IS NOT NULL "
        f"AND {column} NOT IN (SELECT id FROM {target})"
    ).fetchone()[0]
    if n:
        fail(f"{table}.{column}: {n} ids join nothing")
KINDS = {
    "agency": "agencies", "agency_group": "agency_groups", "official": "officials",
    "meeting": "meetings", "directive": "directives", "task": "tasks",
    "indicator": "indicators", "indicator_year": "indicators", "project": "projects",
}
for kind, table in KINDS.items():
    key = {"agencies": "agency_id", "agency_groups": "group_id"}.get(table, table[:-1] + "_id")
    n = con.execute(
        f"SELECT count(*) FROM record_sources WHERE record_kind = '{kind}' "
        f"AND record_id NOT IN (SELECT {key} FROM {table})"
    ).fetchone()[0]
    if n:
        fail(f"record_sources: {n} {kind} ids join nothing")
n = con.execute("SELECT count(*) FROM task_assignees WHERE assignee_kind IS NULL").fetchone()[0]
if n:
    fail(f"task_assignees: {n} assignees of no known kind")
ok(mark, f"joins: {len(REFS) + len(KINDS)} id columns join their tables without orphans")

# 4. every documented query runs; Spark reads the tables and agrees on the by-agency table
mark = len(failures)
for name, sql in queries.items():
    con.execute(sql).fetchall()
ok(mark, f"queries: all {len(queries)} queries of docs/parquet.md run in DuckDB")

mark = len(failures)
os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
from pyspark.sql import SparkSession  # noqa: E402  (Spark starts only here)

spark = (
    SparkSession.builder.master("local[2]")
    .appName("chidao-interop")
    .config("spark.ui.enabled", "false")
    .config("spark.sql.shuffle.partitions", "4")
    .config("spark.sql.session.timeZone", "UTC")
    .getOrCreate()
)
spark.sparkContext.setLogLevel("ERROR")
for table in tables:
    df = spark.read.parquet(str((parquet_dir / f"{table}.parquet").resolve()))
    if df.count() != rows[table]:
        fail(f"Spark counts {df.count()} rows of {table}, pyarrow {rows[table]}")
    df.createOrReplaceTempView(table)
types = dict(spark.table("tasks").dtypes)
if types["deadline_due"] != "date" or types["status"] != "string":
    fail(f"Spark reads tasks as {types}")
types = dict(spark.table("indicator_years").dtypes)
if types["figure_value"] != "decimal(38,9)":
    fail(f"Spark reads indicator_years.figure_value as {types['figure_value']}")
spark_rows = [tuple(r) for r in spark.sql(queries["by_agency"]).collect()]
if len(spark_rows) != len(by_agency):
    fail(f"Spark's by-agency table has {len(spark_rows)} rows, DuckDB's {len(by_agency)}")
for a, b in zip(spark_rows, by_agency):
    if list(a[:9]) != list(b[:9]) or abs(a[9] - b[9]) > 1e-12:
        fail(f"Spark {a} and DuckDB {b} differ")
spark.stop()
ok(mark, f"spark: every table reads, and the by-agency table equals DuckDB's ({len(spark_rows)} rows)")

if failures:
    sys.exit(f"{len(failures)} check(s) failed")
