//! Unit tests of deadline terms and the reader on the forms of the bundled dataset; the corpus
//! of real phrases is in `tests/deadlines.rs`.

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn phrases_resolve() {
    let cases: &[(&str, Option<DeadlineTerm>, Option<NaiveDate>)] = &[
        (
            "trước ngày 31/3/2024",
            Some(DeadlineTerm::OnDate {
                date: d(2024, 3, 31),
            }),
            Some(d(2024, 3, 31)),
        ),
        (
            "chậm nhất ngày 15/01/2024",
            Some(DeadlineTerm::OnDate {
                date: d(2024, 1, 15),
            }),
            Some(d(2024, 1, 15)),
        ),
        (
            "chậm nhất trước ngày 15/01/2024",
            Some(DeadlineTerm::OnDate {
                date: d(2024, 1, 15),
            }),
            Some(d(2024, 1, 15)),
        ),
        (
            "trong tháng 01/2024",
            Some(DeadlineTerm::Month {
                year: 2024,
                month: 1,
            }),
            Some(d(2024, 1, 31)),
        ),
        (
            "trong tháng 02/2024",
            Some(DeadlineTerm::Month {
                year: 2024,
                month: 2,
            }),
            Some(d(2024, 2, 29)),
        ),
        (
            "trong tháng 02/2023",
            Some(DeadlineTerm::Month {
                year: 2023,
                month: 2,
            }),
            Some(d(2023, 2, 28)),
        ),
        (
            "tháng 12/2024",
            Some(DeadlineTerm::Month {
                year: 2024,
                month: 12,
            }),
            Some(d(2024, 12, 31)),
        ),
        (
            "trong quý III/2024",
            Some(DeadlineTerm::Quarter {
                year: 2024,
                quarter: 3,
            }),
            Some(d(2024, 9, 30)),
        ),
        (
            "TRONG QUÝ IV/2024",
            Some(DeadlineTerm::Quarter {
                year: 2024,
                quarter: 4,
            }),
            Some(d(2024, 12, 31)),
        ),
        (
            "trong quý 1/2025",
            Some(DeadlineTerm::Quarter {
                year: 2025,
                quarter: 1,
            }),
            Some(d(2025, 3, 31)),
        ),
        (
            "6 tháng đầu năm 2024",
            Some(DeadlineTerm::HalfYear {
                year: 2024,
                half: 1,
            }),
            Some(d(2024, 6, 30)),
        ),
        (
            "6 tháng cuối năm 2024",
            Some(DeadlineTerm::HalfYear {
                year: 2024,
                half: 2,
            }),
            Some(d(2024, 12, 31)),
        ),
        (
            "trong năm 2024",
            Some(DeadlineTerm::Year { year: 2024 }),
            Some(d(2024, 12, 31)),
        ),
        (
            "thường xuyên",
            Some(DeadlineTerm::Recurring {
                frequency: Frequency::Ongoing,
                anchor: None,
            }),
            None,
        ),
        (
            "báo cáo hằng tháng",
            Some(DeadlineTerm::Recurring {
                frequency: Frequency::Monthly,
                anchor: None,
            }),
            None,
        ),
        ("không thời hạn", Some(DeadlineTerm::None), None),
        ("sớm", Some(DeadlineTerm::Urgent), None),
        ("theo tiến độ", None, None),
        (
            "theo quyết định, trong tháng 02/2024",
            Some(DeadlineTerm::Month {
                year: 2024,
                month: 2,
            }),
            Some(d(2024, 2, 29)),
        ),
        (
            "hoàn thành trong quý II/2024",
            Some(DeadlineTerm::Quarter {
                year: 2024,
                quarter: 2,
            }),
            Some(d(2024, 6, 30)),
        ),
        ("trước ngày 30/02/2024", None, None),
    ];
    for (phrase, term, due) in cases {
        let got = Deadline::parse_vi(phrase).ok();
        assert_eq!(got.as_ref().map(|d| d.term.clone()), *term, "{phrase}");
        assert_eq!(got.and_then(|d| d.due_date()), *due, "{phrase}");
    }
}

#[test]
fn nfd_phrase_is_understood() {
    use unicode_normalization::UnicodeNormalization;
    let nfd: String = "trong quý III/2024".nfd().collect();
    assert_eq!(
        Deadline::parse_vi(&nfd).unwrap().term,
        DeadlineTerm::Quarter {
            year: 2024,
            quarter: 3
        }
    );
}

#[test]
fn descriptions() {
    use crate::Lang::{En, Vi};
    let q = DeadlineTerm::Quarter {
        year: 2024,
        quarter: 3,
    };
    assert_eq!(q.describe(Vi), "trong quý III/2024");
    assert_eq!(q.to_string(), "by the end of Q3 2024");
    let on = DeadlineTerm::OnDate {
        date: d(2024, 3, 31),
    };
    assert_eq!(on.describe(Vi), "trước ngày 31/03/2024");
    assert_eq!(on.describe(En), "on or before 2024-03-31");
    let r = DeadlineTerm::Recurring {
        frequency: Frequency::Monthly,
        anchor: None,
    };
    assert_eq!(r.describe(Vi), "hằng tháng");
    // every description in Vietnamese reads back as the same term
    for t in [
        on,
        q,
        DeadlineTerm::Month {
            year: 2024,
            month: 2,
        },
        DeadlineTerm::HalfYear {
            year: 2024,
            half: 2,
        },
        DeadlineTerm::Year { year: 2025 },
        DeadlineTerm::None,
        r,
    ] {
        assert_eq!(Deadline::parse_vi(&t.describe(Vi)).map(|d| d.term), Ok(t));
    }
}

#[test]
fn invalid_terms() {
    assert!(
        DeadlineTerm::Month {
            year: 2024,
            month: 13
        }
        .check()
        .is_err()
    );
    assert!(
        DeadlineTerm::Quarter {
            year: 2024,
            quarter: 0
        }
        .check()
        .is_err()
    );
    assert!(
        DeadlineTerm::HalfYear {
            year: 2024,
            half: 3
        }
        .check()
        .is_err()
    );
    assert!(DeadlineTerm::Year { year: i32::MAX }.check().is_err());
    assert_eq!(
        DeadlineTerm::Month {
            year: 2024,
            month: 13
        }
        .due_date(),
        None
    );
    assert!(DeadlineTerm::Year { year: 2024 }.check().is_ok());
}
