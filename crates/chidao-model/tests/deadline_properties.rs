//! Properties of the deadline reader over generated phrases: a full date after a deadline word
//! is read as that date, whatever surrounds it; the name of an agency never changes a reading;
//! a reading never depends on the text's Unicode form; nothing panics.

use chidao_model::{Deadline, DeadlineTerm};
use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

/// Deadline words as real documents put them before a date.
const LEADS: &[&str] = &[
    "trước ngày",
    "trước",
    "chậm nhất ngày",
    "chậm nhất là ngày",
    "hoàn thành trước ngày",
    "đến hết ngày",
    "không muộn hơn ngày",
    "trong ngày",
    "xong trước",
    "thời hạn: trước ngày",
    "trước 10h00 ngày",
    "trước 14 giờ ngày",
];

/// Agency names whose words are deadline words elsewhere ("Đầu tư", "Quý", "Năm", "Sáu").
const AGENCIES: &[&str] = &[
    "Sở Kế hoạch và Đầu tư",
    "Sở KH&ĐT",
    "Quỹ Đầu tư phát triển tỉnh",
    "Ban Quản lý dự án đầu tư xây dựng công trình giao thông",
    "UBND huyện Tân Uyên",
    "Công an tỉnh Hà Nam",
    "Trường THPT Nguyễn Văn Quý",
    "Sở Tài nguyên và Môi trường",
    "Bộ Nông nghiệp và Phát triển nông thôn",
    "Cục Thuế tỉnh Quảng Nam",
];

/// Phrases with their readings, as the corpus reads them, to put agencies around.
fn readings() -> Vec<(&'static str, DeadlineTerm)> {
    vec![
        (
            "6 tháng cuối năm 2024",
            DeadlineTerm::HalfYear {
                year: 2024,
                half: 2,
            },
        ),
        (
            "trong quý III năm 2024",
            DeadlineTerm::Quarter {
                year: 2024,
                quarter: 3,
            },
        ),
        (
            "trong tháng 3 năm 2024",
            DeadlineTerm::Month {
                year: 2024,
                month: 3,
            },
        ),
        (
            "trước ngày 20 tháng 10 năm 2024",
            DeadlineTerm::OnDate {
                date: NaiveDate::from_ymd_opt(2024, 10, 20).unwrap(),
            },
        ),
        ("trong năm 2025", DeadlineTerm::Year { year: 2025 }),
        ("khẩn trương", DeadlineTerm::Urgent),
    ]
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (1990i32..2100, 1u32..=12, 1u32..=31)
        .prop_filter_map("a real day", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
}

/// A date as documents write it: d/m/yyyy, dd/mm/yyyy, d-m-yyyy, d.m.yyyy or in words.
fn written(date: NaiveDate, style: usize) -> String {
    let (d, m, y) = (date.day(), date.month(), date.year());
    match style % 6 {
        0 => format!("{d}/{m}/{y}"),
        1 => format!("{d:02}/{m:02}/{y}"),
        2 => format!("{d}-{m}-{y}"),
        3 => format!("{d}.{m}.{y}"),
        4 => format!("ngày {d} tháng {m} năm {y}"),
        _ => format!("ngày {d:02} tháng {m:02} năm {y}"),
    }
}

proptest! {
    #[test]
    fn a_full_date_after_a_deadline_word_is_that_date(
        day in date(),
        style in 0usize..6,
        lead in proptest::sample::select(LEADS),
        agency in proptest::sample::select(AGENCIES),
        before in any::<bool>(),
        reference in proptest::option::of(date()),
    ) {
        let when = written(day, style);
        // "trước ngày ngày 5 …" is not how anyone writes: drop the doubled word
        let lead = if when.starts_with("ngày") { lead.trim_end_matches(" ngày").trim_end_matches("ngày") } else { lead };
        let clause = format!("{} {when}", lead.trim_end());
        let phrase = if before {
            format!("{agency} chủ trì, báo cáo UBND tỉnh, {clause}")
        } else {
            format!("{clause}; giao {agency} thực hiện")
        };
        let read = match reference {
            Some(r) => Deadline::parse_vi_at(&phrase, r),
            None => Deadline::parse_vi(&phrase),
        };
        prop_assert!(read.is_ok(), "{:?}: {:?}", phrase, read);
        let read = read.unwrap();
        prop_assert_eq!(&read.term, &DeadlineTerm::OnDate { date: day }, "{}", phrase);
        prop_assert_eq!(read.due_date(), Some(day));
    }

    #[test]
    fn an_agency_name_never_changes_a_reading(
        which in 0usize..6,
        agency in proptest::sample::select(AGENCIES),
        // separators that keep the phrase a clause of its own ("Sở …: 6 tháng cuối năm 2024")
        sep in proptest::sample::select(&[": ", " chủ trì, ", " - ", "; "][..]),
        after in any::<bool>(),
    ) {
        let (phrase, term) = readings().swap_remove(which);
        let with = if after {
            format!("{phrase}{sep}{agency}")
        } else {
            format!("{agency}{sep}{phrase}")
        };
        let alone = Deadline::parse_vi(phrase).map(|d| d.term);
        let named = Deadline::parse_vi(&with).map(|d| d.term);
        prop_assert_eq!(&alone, &Ok(term));
        prop_assert_eq!(named, alone, "{}", with);
    }

    #[test]
    fn the_unicode_form_never_changes_a_reading(
        which in 0usize..6,
        agency in proptest::sample::select(AGENCIES),
    ) {
        let (phrase, _) = readings().swap_remove(which);
        let text = format!("{agency}: {phrase}");
        let nfd: String = text.nfd().collect();
        let upper = text.to_uppercase();
        let nfc = Deadline::parse_vi(&text).map(|d| d.term);
        prop_assert_eq!(Deadline::parse_vi(&nfd).map(|d| d.term), nfc.clone());
        prop_assert_eq!(Deadline::parse_vi(&upper).map(|d| d.term), nfc);
    }

    #[test]
    fn any_text_reads_or_fails_with_a_span_inside_it(text in "\\PC{0,80}", reference in proptest::option::of(date())) {
        let read = match reference {
            Some(r) => Deadline::parse_vi_at(&text, r),
            None => Deadline::parse_vi(&text),
        };
        match read {
            Ok(d) => {
                prop_assert_eq!(d.as_written.as_deref(), Some(text.as_str()));
                prop_assert!(d.term.check().is_ok(), "{:?} from {:?}", d.term, text);
            }
            Err(e) => {
                prop_assert!(e.span().end <= text.len());
                prop_assert!(text.is_char_boundary(e.span().start) && text.is_char_boundary(e.span().end));
            }
        }
    }
}
