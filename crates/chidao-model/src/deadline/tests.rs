//! Unit tests of deadline terms and the reader on the forms of the bundled dataset; the corpus
//! of real phrases is in `tests/deadlines.rs`.

use super::*;
use crate::{DayOfWeek, EventRelation, PeriodUnit, RecurrenceAnchor};

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

/// What a phrase reads as: a term, or the kind of error.
type Want = Result<DeadlineTerm, DeadlineParseErrorKind>;

/// Reads `phrase` (against `reference` when given) and compares with `want`.
fn check(phrase: &str, reference: Option<NaiveDate>, want: Want) {
    let got = match reference {
        Some(r) => Deadline::parse_vi_at(phrase, r),
        None => Deadline::parse_vi(phrase),
    };
    assert_eq!(got.map(|d| d.term).map_err(|e| e.kind()), want, "{phrase}");
}

#[test]
fn the_documented_forms_and_refusals() {
    use DeadlineParseErrorKind as K;
    let r = Some(d(2024, 3, 1));
    let on = |y, m, day| Ok(DeadlineTerm::OnDate { date: d(y, m, day) });
    let within = |amount, unit, start| {
        Ok(DeadlineTerm::Within {
            amount,
            unit,
            start,
        })
    };
    let every = |frequency, anchor| Ok(DeadlineTerm::Recurring { frequency, anchor });
    let cases: Vec<(&str, Option<NaiveDate>, Want)> = vec![
        ("trước ngày 20 tháng 10 năm 2024", None, on(2024, 10, 20)),
        ("trước 31/12/2024", None, on(2024, 12, 31)),
        ("trước ngày 15-8-2024", None, on(2024, 8, 15)),
        ("chậm nhất là ngày 31.3.2024", None, on(2024, 3, 31)),
        ("10h00' ngày 27/4/2020", None, on(2020, 4, 27)),
        ("trước 14 giờ ngày 5/3", r, on(2024, 3, 5)),
        ("trước ngày 15/01", r, on(2025, 1, 15)),
        (
            "trong tháng 8",
            r,
            Ok(DeadlineTerm::Month {
                year: 2024,
                month: 8,
            }),
        ),
        (
            "trong tháng 2",
            r,
            Ok(DeadlineTerm::Month {
                year: 2025,
                month: 2,
            }),
        ),
        (
            "quý IV",
            r,
            Ok(DeadlineTerm::Quarter {
                year: 2024,
                quarter: 4,
            }),
        ),
        (
            "trong quý III năm 2024",
            None,
            Ok(DeadlineTerm::Quarter {
                year: 2024,
                quarter: 3,
            }),
        ),
        (
            "quý 2 năm 2024",
            None,
            Ok(DeadlineTerm::Quarter {
                year: 2024,
                quarter: 2,
            }),
        ),
        (
            "trong tháng 3 năm 2024",
            None,
            Ok(DeadlineTerm::Month {
                year: 2024,
                month: 3,
            }),
        ),
        (
            "tháng 11 năm 2024",
            None,
            Ok(DeadlineTerm::Month {
                year: 2024,
                month: 11,
            }),
        ),
        ("cuối năm 2024", None, Ok(DeadlineTerm::Year { year: 2024 })),
        ("2025 - 2026", None, Ok(DeadlineTerm::Year { year: 2026 })),
        (
            "Sở Kế hoạch và Đầu tư: 6 tháng cuối năm 2024",
            None,
            Ok(DeadlineTerm::HalfYear {
                year: 2024,
                half: 2,
            }),
        ),
        (
            "trong thời hạn 10 ngày kể từ ngày ký",
            r,
            within(10, PeriodUnit::Days, Some(d(2024, 3, 1))),
        ),
        (
            "15 ngày làm việc",
            r,
            within(15, PeriodUnit::WorkingDays, Some(d(2024, 3, 1))),
        ),
        (
            "trong 30 ngày kể từ ngày nhận được văn bản",
            r,
            within(30, PeriodUnit::Days, None),
        ),
        (
            "sau khi Quy hoạch được phê duyệt, trong 6 tháng",
            r,
            within(6, PeriodUnit::Months, None),
        ),
        (
            "trong vòng 10 ngày kể từ ngày 01/4/2024",
            r,
            within(10, PeriodUnit::Days, Some(d(2024, 4, 1))),
        ),
        ("hằng tháng", None, every(Frequency::Monthly, None)),
        ("định kỳ 6 tháng", None, every(Frequency::HalfYearly, None)),
        (
            "trước ngày 20 hằng tháng",
            None,
            every(Frequency::Monthly, Some(RecurrenceAnchor::day_of_month(20))),
        ),
        (
            "trước ngày 30/6 hằng năm",
            None,
            every(
                Frequency::Yearly,
                Some(RecurrenceAnchor::day_of_month(30).in_month(6)),
            ),
        ),
        (
            "vào thứ Sáu hằng tuần",
            None,
            every(
                Frequency::Weekly,
                Some(RecurrenceAnchor::on(DayOfWeek::Friday)),
            ),
        ),
        (
            "Chậm nhất là ngày 15 của tháng cuối quý",
            None,
            every(
                Frequency::Quarterly,
                Some(RecurrenceAnchor::day_of_month(15).in_month(3)),
            ),
        ),
        ("thường xuyên", None, every(Frequency::Ongoing, None)),
        ("liên tục", None, every(Frequency::Ongoing, None)),
        ("khẩn trương", None, Ok(DeadlineTerm::Urgent)),
        ("triển khai ngay", None, Ok(DeadlineTerm::Urgent)),
        (
            "trước khi trình Thủ tướng",
            None,
            Ok(DeadlineTerm::Conditional {
                relation: EventRelation::Before,
                event: "trình Thủ tướng".to_owned(),
            }),
        ),
        (
            "khẩn trương hoàn thành trước ngày 15/3/2024",
            None,
            on(2024, 3, 15),
        ),
        (
            "theo Quyết định số 1725/QĐ-TTg ngày 29/12/2023, hoàn thành trước 30/6/2024",
            None,
            on(2024, 6, 30),
        ),
        (
            "báo cáo kết quả năm 2023 trước ngày 15/01/2024",
            None,
            on(2024, 1, 15),
        ),
        ("từ ngày 01/3 đến ngày 15/3/2024", r, on(2024, 3, 15)),
        // a plan's time column: a range ends when the work is due
        (
            "Quý IV/2024 - Quý II/2025",
            r,
            Ok(DeadlineTerm::Quarter {
                year: 2025,
                quarter: 2,
            }),
        ),
        (
            "Tháng 10/2024 – Tháng 12/2024",
            r,
            Ok(DeadlineTerm::Month {
                year: 2024,
                month: 12,
            }),
        ),
        ("không thời hạn", None, Ok(DeadlineTerm::None)),
        // refusals
        ("", None, Err(K::Empty)),
        ("theo tiến độ dự án", None, Err(K::NoDeadline)),
        ("đầu năm 2024", None, Err(K::Vague)),
        ("giữa tháng 5/2024", None, Err(K::Vague)),
        ("vào tuần đầu của tháng 12 hằng năm", None, Err(K::Vague)),
        ("vào thời điểm thích hợp", None, Err(K::Vague)),
        ("định kỳ", None, Err(K::Vague)),
        ("đến ngày 14 tháng 6 của kỳ báo cáo", r, Err(K::Vague)),
        (
            "trước 30/6/2024 và trước 31/12/2024",
            None,
            Err(K::Conflicting),
        ),
        ("trong quý I và quý II năm 2020", r, Err(K::Conflicting)),
        ("Quý II/2025 - Quý IV/2024", r, Err(K::Conflicting)),
        ("trước ngày 30/02/2024", None, Err(K::InvalidDate)),
        ("tháng 13/2024", None, Err(K::InvalidDate)),
        ("quý 5/2024", None, Err(K::InvalidDate)),
        ("trước ngày 15", None, Err(K::Incomplete)),
        ("trước 31/3/24", None, Err(K::Incomplete)),
        ("trước ngày 15/12", None, Err(K::NeedsDocumentDate)),
        ("15 ngày làm việc", None, Err(K::NeedsDocumentDate)),
        ("trước ngày 30/6 năm sau", None, Err(K::Incomplete)),
    ];
    for (phrase, reference, want) in cases {
        check(phrase, reference, want);
    }
}

#[test]
fn next_occurrences() {
    let next = |phrase: &str, as_of| Deadline::parse_vi(phrase).unwrap().term.next_due(as_of);
    assert_eq!(next("hằng tháng", d(2024, 2, 10)), Some(d(2024, 2, 29)));
    assert_eq!(
        next("trước ngày 20 hằng tháng", d(2024, 2, 20)),
        Some(d(2024, 2, 20))
    );
    assert_eq!(
        next("trước ngày 31 hằng tháng", d(2024, 4, 2)),
        Some(d(2024, 4, 30))
    );
    assert_eq!(
        next("trước ngày 30/6 hằng năm", d(2024, 7, 1)),
        Some(d(2025, 6, 30))
    );
    assert_eq!(
        next("vào thứ Sáu hằng tuần", d(2024, 3, 2)),
        Some(d(2024, 3, 8))
    );
    assert_eq!(next("hằng tuần", d(2024, 3, 4)), Some(d(2024, 3, 10)));
    assert_eq!(next("hằng ngày", d(2024, 3, 4)), Some(d(2024, 3, 4)));
    assert_eq!(next("thường xuyên", d(2024, 3, 4)), None);
    assert_eq!(next("khẩn trương", d(2024, 3, 4)), None);
    assert_eq!(
        next("trong quý III/2024", d(2025, 1, 1)),
        Some(d(2024, 9, 30))
    );
}

#[test]
fn anchors_must_fit_their_cycle() {
    let rec = |frequency, anchor| DeadlineTerm::Recurring {
        frequency,
        anchor: Some(anchor),
    };
    let bad = [
        rec(Frequency::Monthly, RecurrenceAnchor::on(DayOfWeek::Monday)),
        rec(
            Frequency::Monthly,
            RecurrenceAnchor::day_of_month(5).in_month(2),
        ),
        rec(
            Frequency::Quarterly,
            RecurrenceAnchor::day_of_month(5).in_month(4),
        ),
        rec(Frequency::Weekly, RecurrenceAnchor::day_of_month(5)),
        rec(Frequency::Daily, RecurrenceAnchor::day_of_month(5)),
        rec(Frequency::Yearly, RecurrenceAnchor::day_of_month(32)),
    ];
    for t in bad {
        assert!(t.check().is_err(), "{t:?}");
    }
    assert!(
        rec(
            Frequency::HalfYearly,
            RecurrenceAnchor::day_of_month(20).in_month(6)
        )
        .check()
        .is_ok()
    );
    let within = DeadlineTerm::Within {
        amount: 0,
        unit: PeriodUnit::Days,
        start: Some(d(2024, 1, 1)),
    };
    assert!(within.check().is_err());
}

#[test]
fn a_stated_due_date_is_kept_only_when_it_disagrees() {
    let q = Deadline::new(DeadlineTerm::Quarter {
        year: 2024,
        quarter: 3,
    });
    assert_eq!(
        q.clone().with_stated_due(Some(d(2024, 9, 30))).stated_due,
        None
    );
    let off = q.with_stated_due(Some(d(2024, 9, 29)));
    assert_eq!(off.stated_due, Some(d(2024, 9, 29)));
    assert_eq!(off.written_due(), Some(d(2024, 9, 29)));
    assert_eq!(off.due_date(), Some(d(2024, 9, 30)));
    let json: serde_json::Value = serde_json::to_value(&off).unwrap();
    assert_eq!(json["due"], "2024-09-29");
    let back: Deadline = serde_json::from_value(json).unwrap();
    assert_eq!(back, off);
}

#[test]
fn kind_is_the_serialized_tag() {
    let terms = [
        DeadlineTerm::OnDate {
            date: d(2024, 3, 31),
        },
        DeadlineTerm::Month {
            year: 2024,
            month: 2,
        },
        DeadlineTerm::Quarter {
            year: 2024,
            quarter: 3,
        },
        DeadlineTerm::HalfYear {
            year: 2024,
            half: 1,
        },
        DeadlineTerm::Year { year: 2024 },
        DeadlineTerm::Within {
            amount: 10,
            unit: PeriodUnit::WorkingDays,
            start: None,
        },
        DeadlineTerm::None,
        DeadlineTerm::Recurring {
            frequency: Frequency::Monthly,
            anchor: None,
        },
        DeadlineTerm::Urgent,
        DeadlineTerm::Conditional {
            relation: EventRelation::Before,
            event: "trình Thủ tướng".into(),
        },
    ];
    let kinds: Vec<&str> = terms.iter().map(DeadlineTerm::kind).collect();
    assert_eq!(
        kinds,
        DeadlineTerm::KINDS,
        "KINDS lists every kind, in order"
    );
    for term in terms {
        let json = serde_json::to_value(&term).unwrap();
        assert_eq!(json["kind"], term.kind(), "{term:?}");
    }
}

#[test]
fn years_are_those_a_date_can_be_written_with() {
    for year in [0, 2024, 9999] {
        assert!(DeadlineTerm::Year { year }.check().is_ok(), "{year}");
    }
    for term in [
        DeadlineTerm::Year { year: 10000 },
        DeadlineTerm::Month { year: -1, month: 1 },
        DeadlineTerm::Quarter {
            year: 12345,
            quarter: 1,
        },
        DeadlineTerm::HalfYear {
            year: 10000,
            half: 2,
        },
    ] {
        let error = term.check().unwrap_err();
        assert_eq!(error.kind(), DeadlineErrorKind::OutOfRange, "{term:?}");
        assert_eq!(error.reason(), "year must be 0 to 9999", "{term:?}");
    }
}

/// A term of a year past 9999 (which the rules report as `invalid-deadline`) has no due date:
/// no date past 9999 can be written, and a dataset holding such a term still writes and reads
/// back (the fuzzer found it failing to write).
#[test]
fn a_term_past_the_year_9999_has_no_due_date() {
    let term = DeadlineTerm::HalfYear {
        year: 20240,
        half: 1,
    };
    assert_eq!(term.due_date(), None);
    assert!(term.check().is_err());
    let ok = DeadlineTerm::HalfYear {
        year: 9999,
        half: 2,
    };
    assert_eq!(ok.due_date(), NaiveDate::from_ymd_opt(9999, 12, 31));
}
