//! The bundled Lạng Sơn dataset: what it must contain from the source documents.

use chidao_model::{Dataset, DeadlineTerm, Rule, TaskStatus};
use chrono::NaiveDate;

fn dataset() -> Dataset {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/langson.json")).unwrap();
    chidao_json::from_str(&text).unwrap()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn every_record_cites_a_known_source() {
    let ds = dataset();
    let p = ds.parts();
    assert_eq!(p.sources.len(), 5, "one source per seed document");
    let lists = p
        .agencies
        .iter()
        .map(|r| &r.sources)
        .chain(p.agency_groups.iter().map(|r| &r.sources))
        .chain(p.officials.iter().map(|r| &r.sources))
        .chain(p.meetings.iter().map(|r| &r.sources))
        .chain(p.directives.iter().map(|r| &r.sources))
        .chain(p.tasks.iter().map(|r| &r.sources))
        .chain(p.indicators.iter().map(|r| &r.sources))
        .chain(p.projects.iter().map(|r| &r.sources));
    for sources in lists {
        assert!(!sources.is_empty());
        for s in sources {
            assert!(ds.source(s.as_str()).is_some(), "{s}");
        }
    }
}

#[test]
fn the_chain_from_the_sources_is_there() {
    let ds = dataset();
    assert_eq!(ds.meetings().len(), 5);
    // The resolution the 2024 notice cites comes from a meeting whose day only the
    // resolution gives: a date marked as inferred.
    let resolution = ds.directive("nq-95-tu-2022").expect("95-NQ/TU");
    let meeting = ds
        .meeting(resolution.meeting.as_ref().expect("its meeting").as_str())
        .expect("the meeting is a record");
    assert_eq!(Some(meeting.date), resolution.date);
    assert!(chidao_model::inferred(&meeting.inferred, "date").is_some());
    for number in [
        "394/TB-VPCP",
        "/TB-UBND",
        "95-NQ/TU",
        "1725/QĐ-TTg",
        "03/CT-UBND",
        "01/CT-UBND",
    ] {
        assert!(
            ds.directives()
                .iter()
                .any(|d| d.number.as_ref().is_some_and(|n| n.as_str() == number)),
            "directive {number} missing"
        );
    }
    let notice = ds
        .directives()
        .iter()
        .find(|d| d.number.as_ref().is_some_and(|n| n.as_str() == "/TB-UBND"))
        .unwrap();
    let tasks: Vec<_> = ds.tasks_of(notice.id.as_str()).collect();
    // every numbered item 1 to 12 of the notice has at least one task
    for item in 1..=12 {
        assert!(
            tasks.iter().any(|t| t.item == item.to_string()),
            "item {item}"
        );
    }
    assert!(ds.find_assignee_by_name("Sở Kế hoạch và Đầu tư").is_some());
    assert!(
        ds.find_assignee_by_name("UBND các huyện, thành phố")
            .is_some()
    );
}

#[test]
fn deadlines_are_kept_as_written_including_the_year_slips() {
    let ds = dataset();
    let by_phrase = |phrase: &str| {
        ds.tasks()
            .iter()
            .filter(|t| t.deadline.as_written.as_deref() == Some(phrase))
            .map(|t| t.deadline.term.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        by_phrase("trong tháng 01/2024"),
        [DeadlineTerm::Month {
            year: 2024,
            month: 1
        }]
    );
    assert_eq!(
        by_phrase("trước ngày 31/3/2024"),
        [DeadlineTerm::OnDate {
            date: day("2024-03-31")
        }]
    );
    assert_eq!(
        by_phrase("trong quý III/2024"),
        [DeadlineTerm::Quarter {
            year: 2024,
            quarter: 3
        }]
    );
    assert_eq!(by_phrase("trong tháng 02/2024").len(), 2);
    assert_eq!(
        by_phrase("chậm nhất ngày 15/01/2023"),
        [DeadlineTerm::OnDate {
            date: day("2023-01-15")
        }]
    );
    assert_eq!(
        by_phrase("trước ngày 20/01/2023"),
        [DeadlineTerm::OnDate {
            date: day("2023-01-20")
        }]
    );
    let slips: Vec<_> = ds
        .validate()
        .into_iter()
        .filter(|f| f.rule == Rule::DeadlineBeforeDirective)
        .collect();
    assert_eq!(slips.len(), 2);
}

#[test]
fn statuses_in_mid_february_2024() {
    let ds = dataset();
    let as_of = day("2024-02-15");
    let count = |s: TaskStatus| ds.tasks().iter().filter(|t| t.status(as_of) == s).count();
    // the January ceremony, the two slipped deadlines and the 15/01 comments are overdue
    assert_eq!(count(TaskStatus::Overdue), 4);
    assert_eq!(
        count(TaskStatus::InProgress),
        4,
        "job positions, rearrangement and the two February reports"
    );
    assert_eq!(
        count(TaskStatus::Overdue) + count(TaskStatus::InProgress) + count(TaskStatus::NoDeadline),
        ds.tasks().len()
    );
}

#[test]
fn indicators_assess_as_the_sources_say() {
    let ds = dataset();
    // "đạt 7 %, đạt mục tiêu đề ra": a result and the source's own verdict, no target figure.
    let grdp = ds.indicator("grdp-growth").expect("GRDP growth");
    let y2023 = grdp.year(2023).expect("2023");
    assert_eq!(y2023.target, None);
    assert_eq!(
        y2023.computed_assessment(grdp.polarity),
        chidao_model::Assessment::NotAssessable
    );
    assert_eq!(grdp.assess(2023), chidao_model::Assessment::Met);
    // 100.9 % of the estimate, and no verdict: not assessable, not "exceeded".
    let revenue = ds.indicator("budget-revenue-vs-estimate").expect("revenue");
    assert_eq!(
        revenue.assess(2020),
        chidao_model::Assessment::NotAssessable
    );
}
