"""The openpyxl half of scripts/interop-template: check a template's validations, fill it as a
clerk would, and compare the imported result with the original dataset."""
import datetime
import json
import sys

import openpyxl

SHEETS = {
    "vi": {"tasks": "Nhiệm vụ", "meetings": "Cuộc họp", "progress": "Tiến độ", "agencies": "Cơ quan"},
    "en": {"tasks": "Tasks", "meetings": "Meetings", "progress": "Progress", "agencies": "Agencies"},
}
NEW_TASK = "t-openpyxl"


def column(ws, code):
    for cell in ws[1]:
        if cell.value == code:
            return cell.column
    raise SystemExit(f"sheet {ws.title}: no column {code}")


def letter(ws, code):
    return openpyxl.utils.get_column_letter(column(ws, code))


def check(path, lang):
    wb = openpyxl.load_workbook(path)
    names = SHEETS[lang]
    assert wb["_lists"].sheet_state == "hidden", "the list sheet is hidden"
    for name in ["ds_agency", "ds_directive", "vc_agency_kind", "vc_output_kind"]:
        assert name in wb.defined_names, f"defined name {name}"
    ws = wb[names["tasks"]]
    rules = {str(dv.sqref).split(":")[0].rstrip("0123456789"): dv for dv in ws.data_validations.dataValidation}
    lead = rules[letter(ws, "lead")]
    assert lead.type == "list" and lead.formula1 == "ds_agency", (lead.type, lead.formula1)
    assert rules[letter(ws, "directive")].formula1 == "ds_directive"
    assert rules[letter(ws, "output.kind")].formula1 == "vc_output_kind"
    assert rules[letter(ws, "deadline.due")].type == "date"
    assert rules[letter(ws, "lead")].promptTitle, "an input message on the lead column"
    assert ws.freeze_panes == "B3", ws.freeze_panes
    print(f"{path}: {len(ws.data_validations.dataValidation)} validations on the tasks sheet")


def fill(path, target, lang):
    wb = openpyxl.load_workbook(path)
    names = SHEETS[lang]
    agencies = wb[names["agencies"]]
    # The lead is chosen by the agency's name, as from the dropdown.
    name_col = column(agencies, f"name.{lang}")
    lead_name = agencies.cell(row=3 + 14, column=name_col).value
    tasks = wb[names["tasks"]]
    row = tasks.max_row + 1
    while all(tasks.cell(row=row - 1, column=c).value is None for c in range(1, 4)):
        row -= 1
    directive = tasks.cell(row=3, column=column(tasks, "directive")).value
    for code, value in [
        ("id", NEW_TASK),
        ("directive", directive),
        ("item", "99"),
        ("title.vi", "Nhiệm vụ thêm bằng openpyxl"),
        ("lead", lead_name),
        ("deadline.due", datetime.datetime(2024, 6, 30)),
    ]:
        tasks.cell(row=row, column=column(tasks, code), value=value)
    meetings = wb[names["meetings"]]
    meetings.cell(row=3, column=column(meetings, "date"), value="05/01/2019")
    progress = wb[names["progress"]]
    prow = progress.max_row + 1
    while prow > 3 and progress.cell(row=prow - 1, column=1).value is None:
        prow -= 1
    for code, value in [
        ("parent_id", NEW_TASK),
        ("date", datetime.datetime(2024, 3, 1)),
        ("percent", 40),
        ("note.vi", "Đang triển khai"),
    ]:
        progress.cell(row=prow, column=column(progress, code), value=value)
    wb.save(target)
    with open(target + ".lead", "w") as f:
        f.write(lead_name)


def compare(original_path, filled_path):
    original = json.load(open(original_path))
    filled = json.load(open(filled_path))
    new = [t for t in filled["tasks"] if t["id"] == NEW_TASK]
    assert len(new) == 1, "the new task is there"
    new = new[0]
    assert new["deadline"] == {"term": {"kind": "on_date", "date": "2024-06-30"}, "due": "2024-06-30"}, new["deadline"]
    assert new["progress"] == [{"date": "2024-03-01", "percent": 40, "note": {"vi": "Đang triển khai"}}], new["progress"]
    lead_name = open(filled_path.replace(".json", ".xlsx") + ".lead").read()
    lead = [a for a in filled["agencies"] if lead_name in (a["name"]["vi"], a["name"].get("en"))]
    assert len(lead) == 1 and new["lead"] == lead[0]["id"], (new["lead"], lead_name)
    assert filled["meetings"][0]["date"] == "2019-01-05", filled["meetings"][0]["date"]
    # Nothing else changed.
    filled["tasks"] = [t for t in filled["tasks"] if t["id"] != NEW_TASK]
    filled["meetings"][0]["date"] = original["meetings"][0]["date"]
    assert filled == original, "only the filled-in changes differ"
    print(f"{filled_path}: the new task, its progress report and the changed date came back, nothing else changed")


if __name__ == "__main__":
    {"check": check, "fill": fill, "compare": compare}[sys.argv[1]](*sys.argv[2:])
