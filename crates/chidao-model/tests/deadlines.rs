//! The deadline reader against a corpus of phrases from real documents of many issuers
//! (`tests/deadlines/*.txt`, each block citing its source), through one `check` helper.
//!
//! No phrase may get a reading other than its annotation (a wrong date, or a date where a careful
//! clerk reads none: the failure that matters), and at least 95 % must read exactly as
//! annotated; a phrase the reader declines (no reading, with its reason) where a clerk reads one
//! is a miss, listed. The score by form is printed; run
//! `cargo test -p chidao-model --test deadlines -- --nocapture` to see it.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chidao_model::{
    DayOfWeek, Deadline, DeadlineParseErrorKind, DeadlineTerm, EventRelation, Frequency,
    PeriodUnit, RecurrenceAnchor, Vocabulary,
};
use chrono::NaiveDate;

/// What a phrase should read as.
#[derive(Debug, Clone, PartialEq)]
enum Expected {
    Term(DeadlineTerm),
    /// A conditional deadline: only the relation is compared (the event's words are the
    /// phrase's own).
    Conditional(EventRelation),
    Unread,
    /// A period counted from a document whose date the corpus lacks: the reader must say it
    /// needs that date.
    NeedsDocumentDate,
}

#[derive(Debug)]
struct Case {
    file: String,
    line: usize,
    phrase: String,
    reference: Option<NaiveDate>,
    issuer: String,
    expected: Expected,
}

fn date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("bad date `{s}`: {e}"))
}

fn number<T: std::str::FromStr>(s: Option<&str>, what: &str) -> Result<T, String> {
    s.and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("expected {what}"))
}

fn vocab<T: Vocabulary>(s: Option<&str>) -> Result<T, String> {
    let s = s.ok_or_else(|| format!("expected a {}", T::NAME))?;
    // the corpus writes units in the singular or plural, with `working_days`
    T::from_code(s)
        .or_else(|| T::from_code(&format!("{s}s")))
        .ok_or_else(|| format!("unknown {} `{s}`", T::NAME))
}

/// Parses the expected reading of the corpus notation (see `tests/deadlines/README.md`).
fn expected(text: &str, reference: Option<NaiveDate>) -> Result<Expected, String> {
    let mut w = text.split_whitespace();
    let head = w.next().ok_or("empty expectation")?;
    let term = match head {
        "unread" => return Ok(Expected::Unread),
        "on" => DeadlineTerm::OnDate {
            date: date(w.next().ok_or("expected a date")?)?,
        },
        "month" => {
            let s = w.next().ok_or("expected YYYY-MM")?;
            let (y, m) = s.split_once('-').ok_or("expected YYYY-MM")?;
            DeadlineTerm::Month {
                year: number(Some(y), "a year")?,
                month: number(Some(m), "a month")?,
            }
        }
        "quarter" => {
            let s = w.next().ok_or("expected YYYY-Qn")?;
            let (y, q) = s.split_once("-Q").ok_or("expected YYYY-Qn")?;
            DeadlineTerm::Quarter {
                year: number(Some(y), "a year")?,
                quarter: number(Some(q), "a quarter")?,
            }
        }
        "half" => {
            let s = w.next().ok_or("expected YYYY-Hn")?;
            let (y, h) = s.split_once("-H").ok_or("expected YYYY-Hn")?;
            DeadlineTerm::HalfYear {
                year: number(Some(y), "a year")?,
                half: number(Some(h), "a half")?,
            }
        }
        "year" => DeadlineTerm::Year {
            year: number(w.next(), "a year")?,
        },
        "within" => {
            let amount = number(w.next(), "an amount")?;
            let unit: PeriodUnit = vocab(w.next())?;
            if w.next() != Some("from") {
                return Err("expected `from`".into());
            }
            let start = match w.next() {
                Some("doc") if reference.is_none() => return Ok(Expected::NeedsDocumentDate),
                Some("doc") => reference,
                Some("event") => None,
                Some(d) => Some(date(d)?),
                None => return Err("expected doc, event or a date".into()),
            };
            DeadlineTerm::Within {
                amount,
                unit,
                start,
            }
        }
        "recurring" => {
            let frequency: Frequency = vocab(w.next())?;
            let mut anchor = RecurrenceAnchor::default();
            while let Some(key) = w.next() {
                match key {
                    "day" => anchor.day = Some(number(w.next(), "a day")?),
                    "month" => anchor.month = Some(number(w.next(), "a month")?),
                    "weekday" => anchor.weekday = Some(vocab::<DayOfWeek>(w.next())?),
                    other => return Err(format!("unknown anchor `{other}`")),
                }
            }
            // a yearly anchor names the month of the year; monthly work takes no month
            let anchor = (anchor != RecurrenceAnchor::default()).then_some(anchor);
            DeadlineTerm::Recurring { frequency, anchor }
        }
        "continuous" => DeadlineTerm::Recurring {
            frequency: Frequency::Ongoing,
            anchor: None,
        },
        "urgent" => DeadlineTerm::Urgent,
        "none" => DeadlineTerm::None,
        "conditional" => {
            let relation: EventRelation = vocab(w.next())?;
            return Ok(Expected::Conditional(relation));
        }
        other => return Err(format!("unknown reading `{other}`")),
    };
    Ok(Expected::Term(term))
}

fn field<'a>(header: &'a str, key: &str) -> Option<&'a str> {
    header.split('|').find_map(|part| {
        let (k, v) = part.trim().split_once(':')?;
        (k.trim() == key).then(|| v.trim())
    })
}

fn load() -> Vec<Case> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/deadlines");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("the corpus directory")
        .map(|e| e.expect("a corpus entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut cases = Vec::new();
    let mut problems = Vec::new();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).expect("a readable corpus file");
        let mut reference = None;
        let mut issuer = String::new();
        let mut sourced = false;
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with("//") {
                continue;
            }
            if let Some(header) = line.strip_prefix('#') {
                let source = field(header, "source").unwrap_or("");
                sourced = !source.is_empty() && source != "-";
                // "UBND tỉnh Khánh Hòa (Chủ tịch, kết luận cuộc họp)" is the committee
                issuer = field(header, "issuer")
                    .unwrap_or("")
                    .split(" (")
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_owned();
                reference = match field(header, "date") {
                    Some("-") | None => None,
                    Some(d) => match date(d) {
                        Ok(d) => Some(d),
                        Err(e) => {
                            problems.push(format!("{name}:{}: {e}", n + 1));
                            None
                        }
                    },
                };
                if !sourced || issuer.is_empty() {
                    problems.push(format!(
                        "{name}:{}: a block needs its source and issuer",
                        n + 1
                    ));
                }
                continue;
            }
            let Some((phrase, want)) = line.rsplit_once(" => ") else {
                problems.push(format!("{name}:{}: expected `phrase => reading`", n + 1));
                continue;
            };
            if !sourced {
                problems.push(format!(
                    "{name}:{}: a phrase before any source header",
                    n + 1
                ));
            }
            match expected(want, reference) {
                Ok(expected) => cases.push(Case {
                    file: name.clone(),
                    line: n + 1,
                    phrase: phrase.trim().to_owned(),
                    reference,
                    issuer: issuer.clone(),
                    expected,
                }),
                Err(e) => problems.push(format!("{name}:{}: {e}", n + 1)),
            }
        }
    }
    assert!(
        problems.is_empty(),
        "corpus problems:\n{}",
        problems.join("\n")
    );
    cases
}

/// How a reading compares with the annotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Verdict {
    Right,
    /// No reading, where a human reads one: safe, but a miss.
    Declined,
    /// A reading where there should be none, or a different one: the failure that matters.
    Wrong,
}

fn check(case: &Case) -> (Verdict, String) {
    let got = match case.reference {
        Some(r) => Deadline::parse_vi_at(&case.phrase, r),
        None => Deadline::parse_vi(&case.phrase),
    };
    let shown = match &got {
        Ok(d) => format!("{:?}", d.term),
        Err(e) => format!("error: {e}"),
    };
    let verdict = match (&case.expected, &got) {
        (Expected::Unread, Err(_)) => Verdict::Right,
        (Expected::NeedsDocumentDate, Err(e))
            if e.kind() == DeadlineParseErrorKind::NeedsDocumentDate =>
        {
            Verdict::Right
        }
        (Expected::Unread, Ok(_)) => Verdict::Wrong,
        (_, Err(_)) => Verdict::Declined,
        (Expected::Term(t), Ok(d)) if d.term == *t => {
            // the due date follows from the term; an as-written phrase is kept
            assert_eq!(d.as_written.as_deref(), Some(case.phrase.as_str()));
            Verdict::Right
        }
        (Expected::Conditional(rel), Ok(d)) => match &d.term {
            DeadlineTerm::Conditional { relation, event }
                if relation == rel && case.phrase.contains(event.as_str()) =>
            {
                Verdict::Right
            }
            _ => Verdict::Wrong,
        },
        _ => Verdict::Wrong,
    };
    (verdict, shown)
}

fn form(e: &Expected) -> &'static str {
    match e {
        Expected::Unread => "unread",
        Expected::NeedsDocumentDate => "period from a start",
        Expected::Conditional(_) => "conditional",
        Expected::Term(t) => match t {
            DeadlineTerm::OnDate { .. } => "day",
            DeadlineTerm::Month { .. } => "month",
            DeadlineTerm::Quarter { .. } => "quarter",
            DeadlineTerm::HalfYear { .. } => "half-year",
            DeadlineTerm::Year { .. } => "year",
            DeadlineTerm::Within { .. } => "period from a start",
            DeadlineTerm::Recurring {
                frequency: Frequency::Ongoing,
                ..
            } => "continuous",
            DeadlineTerm::Recurring { .. } => "recurring",
            DeadlineTerm::Urgent => "urgent",
            DeadlineTerm::None => "no deadline",
            _ => "other",
        },
    }
}

#[test]
fn corpus_of_real_phrases_reads_as_annotated() {
    let cases = load();
    let mut by_form: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
    let mut issuers = std::collections::BTreeSet::new();
    let mut wrong = String::new();
    let mut declined = String::new();
    for case in &cases {
        issuers.insert(case.issuer.as_str());
        let (verdict, shown) = check(case);
        by_form.entry(form(&case.expected)).or_default()[verdict as usize] += 1;
        let list = match verdict {
            Verdict::Right => continue,
            Verdict::Declined => &mut declined,
            Verdict::Wrong => &mut wrong,
        };
        let _ = writeln!(
            list,
            "{}:{} {:?}\n    want {:?}\n    got  {shown}",
            case.file, case.line, case.phrase, case.expected
        );
    }
    let mut table = String::from("form                  phrases  right  declined  wrong\n");
    let mut total = [0; 3];
    for (form, counts) in &by_form {
        let n: usize = counts.iter().sum();
        let _ = writeln!(
            table,
            "{form:<22}{n:>7}{:>7}{:>10}{:>7}",
            counts[0], counts[1], counts[2]
        );
        for k in 0..3 {
            total[k] += counts[k];
        }
    }
    let n: usize = total.iter().sum();
    let _ = writeln!(
        table,
        "{:<22}{n:>7}{:>7}{:>10}{:>7}\n{} issuers",
        "total",
        total[0],
        total[1],
        total[2],
        issuers.len()
    );
    println!("{table}\ndeclined:\n{declined}");
    assert!(wrong.is_empty(), "{table}\nread wrongly:\n{wrong}");
    assert!(
        total[0] * 100 >= n * 95,
        "{table}\nfewer than 95 % read as annotated; declined:\n{declined}"
    );
}

#[test]
fn corpus_is_large_and_varied() {
    let cases = load();
    let issuers: std::collections::BTreeSet<&str> =
        cases.iter().map(|c| c.issuer.as_str()).collect();
    assert!(cases.len() >= 200, "{} phrases", cases.len());
    assert!(issuers.len() >= 15, "{} issuers", issuers.len());
    let unread = cases
        .iter()
        .filter(|c| c.expected == Expected::Unread)
        .count();
    assert!(unread >= 20, "{unread} phrases that must not get a date");
}
