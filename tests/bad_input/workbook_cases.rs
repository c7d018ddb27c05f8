//! Workbooks: the data-entry template as clerks' spreadsheet programs leave it, broken in the
//! ways the issue lists (wrong types, impossible dates, unknown references, duplicate ids,
//! merged cells, a sheet deleted or renamed, a file that is not a workbook, a corrupt zip, a
//! password-protected file) and filled in the untidy ways that must still import. The files
//! are built by `tests/fixtures/workbooks/make.py` (openpyxl) and checked in.

use super::harness::{Case, case};

const PRECIOUS: &[u8] = b"precious: an earlier good output\n";

macro_rules! workbook {
    ($name:literal) => {
        (
            $name,
            include_bytes!(concat!("../fixtures/workbooks/", $name)).to_vec(),
        )
    };
}

/// `chidao import FILE -o out.json` of one workbook, with an earlier output that must survive.
fn import(
    name: &'static str,
    about: &'static str,
    file: (&'static str, Vec<u8>),
    exit: i32,
) -> Case {
    let args: &'static [&'static str] = match file.0 {
        "wrong-types.xlsx" => &[
            "import",
            "wrong-types.xlsx",
            "-o",
            "out.json",
            "--lang",
            "en",
        ],
        "impossible-dates.xlsx" => &["import", "impossible-dates.xlsx", "-o", "out.json"],
        "unknown-references.xlsx" => &[
            "import",
            "unknown-references.xlsx",
            "-o",
            "out.json",
            "--lang",
            "en",
        ],
        "duplicate-ids.xlsx" => &[
            "import",
            "duplicate-ids.xlsx",
            "-o",
            "out.json",
            "--lang",
            "en",
        ],
        "merged-cells.xlsx" => &[
            "import",
            "merged-cells.xlsx",
            "-o",
            "out.json",
            "--lang",
            "en",
        ],
        "sheet-deleted.xlsx" => &[
            "import",
            "sheet-deleted.xlsx",
            "-o",
            "out.json",
            "--lang",
            "en",
        ],
        "sheet-renamed.xlsx" => &["import", "sheet-renamed.xlsx", "-o", "out.json"],
        "not-a-workbook.xlsx" => &[
            "import",
            "not-a-workbook.xlsx",
            "-o",
            "out.json",
            "--lang",
            "en",
        ],
        "corrupt.xlsx" => &["import", "corrupt.xlsx", "-o", "out.json", "--lang", "en"],
        "password.xlsx" => &["import", "password.xlsx", "-o", "out.json", "--lang", "en"],
        "messy-but-fine.xlsx" => &[
            "import",
            "messy-but-fine.xlsx",
            "-o",
            "out.json",
            "--lang",
            "en",
        ],
        other => panic!("no command line for {other}"),
    };
    let case = case(
        name,
        about,
        vec![file, ("out.json", PRECIOUS.to_vec())],
        args,
        exit,
    );
    if exit == 0 {
        case.writes("out.json")
    } else {
        case
    }
}

pub(crate) fn cases() -> Vec<Case> {
    vec![
        import(
            "xlsx-wrong-types",
            "a percent in words, a decimal with two commas, yes-or-no in words: each at its cell",
            workbook!("wrong-types.xlsx"),
            1,
        ),
        import(
            "xlsx-impossible-dates",
            "31 February, month 13, a date in words; messages in Vietnamese",
            workbook!("impossible-dates.xlsx"),
            1,
        ),
        import(
            "xlsx-unknown-references",
            "an agency by a name no agency has, progress of a task not there, a level not in the list (an unknown directive id is no import problem: validation reports it once these are fixed)",
            workbook!("unknown-references.xlsx"),
            1,
        ),
        import(
            "xlsx-duplicate-ids",
            "a task row copied, id and all: the duplicate is placed at its cell",
            workbook!("duplicate-ids.xlsx"),
            1,
        ),
        import(
            "xlsx-merged-cells",
            "two cells of a task row merged",
            workbook!("merged-cells.xlsx"),
            1,
        ),
        import(
            "xlsx-sheet-deleted",
            "the progress sheet deleted",
            workbook!("sheet-deleted.xlsx"),
            1,
        ),
        import(
            "xlsx-sheet-renamed",
            "the tasks sheet renamed; messages in Vietnamese",
            workbook!("sheet-renamed.xlsx"),
            1,
        ),
        import(
            "xlsx-not-a-workbook",
            "a CSV text saved under .xlsx",
            workbook!("not-a-workbook.xlsx"),
            2,
        ),
        import(
            "xlsx-corrupt",
            "a workbook cut in half",
            workbook!("corrupt.xlsx"),
            2,
        ),
        import(
            "xlsx-password",
            "the compound-file header Excel writes for an encrypted workbook",
            workbook!("password.xlsx"),
            2,
        ),
        import(
            "xlsx-messy-but-fine",
            "dates as text, a decimal comma, blank and re-sorted rows, a filter, an extra column, trailing spaces, agencies by name, a deadline as a phrase, a row of codes deleted: imports with one warning",
            workbook!("messy-but-fine.xlsx"),
            0,
        ),
        case(
            "xlsx-validate-duplicate-ids",
            "chidao validate of a workbook places the semantic finding at its cell",
            vec![workbook!("duplicate-ids.xlsx")],
            &["validate", "duplicate-ids.xlsx"],
            1,
        ),
        case(
            "xlsx-report-unknown-references",
            "chidao report -i of a broken workbook: every problem, exit 2, the existing report kept",
            vec![
                workbook!("unknown-references.xlsx"),
                ("out.xlsx", PRECIOUS.to_vec()),
            ],
            &[
                "report",
                "-i",
                "unknown-references.xlsx",
                "-o",
                "out.xlsx",
                "--as-of",
                "2024-02-15",
            ],
            2,
        ),
        case(
            "xlsx-report-messy-but-fine",
            "chidao report -i of an untidy workbook: its warning printed, the report written",
            vec![workbook!("messy-but-fine.xlsx")],
            &[
                "report",
                "-i",
                "messy-but-fine.xlsx",
                "-o",
                "out.xlsx",
                "--as-of",
                "2024-02-15",
            ],
            0,
        )
        .writes("out.xlsx"),
        case(
            "xlsx-import-of-json",
            "chidao import of a JSON dataset: it reads workbooks only",
            vec![("data.json", super::harness::BASE.as_bytes().to_vec())],
            &["import", "data.json"],
            2,
        ),
    ]
}
