//! Deadline terms in words, in Vietnamese and English. Every Vietnamese description reads back
//! as the same term (a test keeps this true).

use crate::Lang::{self, En, Vi};
use crate::{DeadlineTerm, EventRelation, Frequency, RecurrenceAnchor};

const ROMAN: [&str; 5] = ["", "I", "II", "III", "IV"];

impl DeadlineTerm {
    /// The term in words, in `lang`: "trước ngày 31/03/2024" / "on or before 2024-03-31",
    /// "trong quý III/2024" / "by the end of Q3 2024", "trong 10 ngày làm việc kể từ ngày
    /// 01/03/2024" / "within 10 working days from 2024-03-01".
    pub fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (DeadlineTerm::OnDate { date }, Vi) => {
                format!("trước ngày {}", date.format("%d/%m/%Y"))
            }
            (DeadlineTerm::OnDate { date }, En) => format!("on or before {date}"),
            (DeadlineTerm::Month { year, month }, Vi) => format!("trong tháng {month:02}/{year}"),
            (DeadlineTerm::Month { year, month }, En) => {
                format!("by the end of {year}-{month:02}")
            }
            (DeadlineTerm::Quarter { year, quarter }, Vi) => format!(
                "trong quý {}/{year}",
                ROMAN.get(*quarter as usize).copied().unwrap_or("?")
            ),
            (DeadlineTerm::Quarter { year, quarter }, En) => {
                format!("by the end of Q{quarter} {year}")
            }
            (DeadlineTerm::HalfYear { year, half }, Vi) => format!(
                "6 tháng {} năm {year}",
                if *half == 1 { "đầu" } else { "cuối" }
            ),
            (DeadlineTerm::HalfYear { year, half }, En) => {
                format!("by the end of H{half} {year}")
            }
            (DeadlineTerm::Year { year }, Vi) => format!("trong năm {year}"),
            (DeadlineTerm::Year { year }, En) => format!("by the end of {year}"),
            (
                DeadlineTerm::Within {
                    amount,
                    unit,
                    start,
                },
                Vi,
            ) => match start {
                Some(s) => format!(
                    "trong {amount} {} kể từ ngày {}",
                    unit.label(Vi),
                    s.format("%d/%m/%Y")
                ),
                None => format!("trong {amount} {} kể từ một sự kiện", unit.label(Vi)),
            },
            (
                DeadlineTerm::Within {
                    amount,
                    unit,
                    start,
                },
                En,
            ) => match start {
                Some(s) => format!("within {amount} {} from {s}", unit.label(En)),
                None => format!("within {amount} {} of an event", unit.label(En)),
            },
            (DeadlineTerm::None, Vi) => "không có thời hạn".to_owned(),
            (DeadlineTerm::None, En) => "no deadline".to_owned(),
            (DeadlineTerm::Recurring { frequency, anchor }, lang) => {
                recurring(*frequency, anchor.as_ref(), lang)
            }
            (DeadlineTerm::Urgent, Vi) => "khẩn trương".to_owned(),
            (DeadlineTerm::Urgent, En) => "urgent, no date".to_owned(),
            (DeadlineTerm::Conditional { relation, event }, Vi) => match relation {
                EventRelation::Before => format!("trước khi {event}"),
                EventRelation::After => format!("sau khi {event}"),
            },
            (DeadlineTerm::Conditional { relation, event }, En) => match relation {
                EventRelation::Before => format!("before: {event}"),
                EventRelation::After => format!("after: {event}"),
            },
        }
    }
}

fn recurring(frequency: Frequency, anchor: Option<&RecurrenceAnchor>, lang: Lang) -> String {
    let every = frequency.label(lang).to_lowercase();
    let Some(a) = anchor else {
        return every;
    };
    match (lang, a.weekday, a.day, a.month) {
        (Vi, Some(w), _, _) => format!("vào {} {every}", w.label(Vi).to_lowercase()),
        (En, Some(w), _, _) => format!("{every}, on {}", w.label(En)),
        (Vi, None, Some(d), None) => format!("trước ngày {d} {every}"),
        (En, None, Some(d), None) => format!("{every}, by day {d}"),
        (Vi, None, Some(d), Some(m)) if frequency == Frequency::Yearly => {
            format!("trước ngày {d}/{m} {every}")
        }
        (Vi, None, day, Some(m)) => format!(
            "{every}, trước ngày {} tháng thứ {m} của kỳ",
            day.map_or_else(|| "cuối".to_owned(), |d| d.to_string())
        ),
        (En, None, day, Some(m)) => format!(
            "{every}, by day {} of month {m} of the cycle",
            day.map_or_else(|| "last".to_owned(), |d| d.to_string())
        ),
        (_, None, None, None) => every,
    }
}
