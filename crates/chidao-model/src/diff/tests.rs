//! One case per change code, through one data-driven helper: a base dataset, an edit of the
//! old and of the new snapshot, and the changes expected, in order.

use chrono::NaiveDate;

use super::{ChangeCode as C, Period, diff};
use crate::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a calendar date")
}

fn deadline(phrase: &str) -> Deadline {
    Deadline::parse_vi(phrase).expect("the phrase reads")
}

/// Two agencies, a notice of 10/01/2024 with two tasks (one due at the end of 2024, one
/// overdue since 31/03/2024), an indicator with a 2024 target and a project with a milestone.
fn base() -> DatasetParts {
    let mut p = DatasetParts::new();
    for id in ["so-a", "so-b"] {
        p.agencies.push(Agency::new(
            id.parse().unwrap(),
            Text::vi(id),
            AgencyKind::Department,
            AgencyLevel::Province,
        ));
    }
    let mut tb = Directive::new(
        "tb-1".parse().unwrap(),
        DocumentType::Notice,
        "so-a".parse().unwrap(),
        Text::vi("Kết luận"),
    );
    tb.date = Some(day(2024, 1, 10));
    p.directives.push(tb);
    for (id, lead, phrase) in [
        ("t-1", "so-a", "trước ngày 31/12/2024"),
        ("t-2", "so-b", "trước ngày 31/3/2024"),
    ] {
        let mut t = Task::new(
            id.parse().unwrap(),
            "tb-1".parse().unwrap(),
            "1",
            Text::vi(id),
        );
        t.lead = Some(lead.parse().unwrap());
        t.deadline = deadline(phrase);
        p.tasks.push(t);
    }
    let mut grdp = Indicator::new(
        "grdp".parse().unwrap(),
        Text::vi("Tăng trưởng GRDP"),
        IndicatorGroup::Economy,
        Measure::Percentage,
        None,
        Polarity::HigherIsBetter,
    );
    let mut y = IndicatorYear::new(2024);
    y.target = Some(Target::Exact { value: 7.into() });
    grdp.years.push(y);
    p.indicators.push(grdp);
    let mut project = Project::new("p-1".parse().unwrap(), Text::vi("Đường"), Sector::Transport);
    project.phase = Some(ProjectPhase::Preparation);
    project.milestones.push(Milestone::new(
        Text::vi("Khởi công"),
        Some(day(2024, 6, 1)),
        false,
    ));
    p.projects.push(project);
    p
}

type Edit = fn(&mut DatasetParts);

fn none(_: &mut DatasetParts) {}

/// The changes from `base` edited by `old` to `base` edited by `new`, over June 2024, as
/// `code id old→new @date decision` lines.
fn changes(old: Edit, new: Edit) -> Vec<String> {
    let (mut a, mut b) = (base(), base());
    old(&mut a);
    new(&mut b);
    let period = Period::new(day(2024, 5, 31), day(2024, 6, 30)).unwrap();
    diff(&Dataset::new(a), &Dataset::new(b), &period)
        .into_iter()
        .map(|c| {
            let mut line = format!(
                "{} {}{} {}→{}",
                c.code,
                c.id,
                c.year.map(|y| format!("/{y}")).unwrap_or_default(),
                c.old.as_deref().unwrap_or("-"),
                c.new.as_deref().unwrap_or("-"),
            );
            if let Some(d) = c.date {
                line += &format!(" @{d}");
            }
            if let Some(d) = c.decision {
                line += &format!(" by {d}");
            }
            line
        })
        .collect()
}

fn check(cases: &[(&str, Edit, Edit, &[&str])]) {
    for (name, old, new, expected) in cases {
        assert_eq!(changes(*old, *new), *expected, "case {name}");
    }
}

fn task<'a>(p: &'a mut DatasetParts, id: &str) -> &'a mut Task {
    p.tasks.iter_mut().find(|t| t.id.as_str() == id).unwrap()
}

#[test]
fn a_snapshot_compared_with_itself_has_no_changes() {
    check(&[("same", none, none, &[])]);
}

#[test]
fn tasks_added_removed_completed_and_reopened() {
    check(&[
        (
            "added",
            none,
            |p| {
                let mut t = Task::new(
                    "t-3".parse().unwrap(),
                    "tb-1".parse().unwrap(),
                    "2",
                    Text::vi("Mới"),
                );
                t.assigned_on = Some(day(2024, 6, 5));
                p.tasks.push(t);
            },
            &["task_added t-3 -→Mới @2024-06-05"],
        ),
        (
            "removed",
            none,
            |p| p.tasks.retain(|t| t.id.as_str() != "t-2"),
            &["task_removed t-2 t-2→-"],
        ),
        (
            "completed on time",
            none,
            |p| task(p, "t-1").completed_on = Some(day(2024, 6, 10)),
            &["task_completed_on_time t-1 -→2024-06-10 @2024-06-10"],
        ),
        (
            "completed late",
            none,
            |p| task(p, "t-2").completed_on = Some(day(2024, 6, 10)),
            &["task_completed_late t-2 -→2024-06-10 @2024-06-10"],
        ),
        (
            "completion revised",
            |p| task(p, "t-1").completed_on = Some(day(2024, 5, 10)),
            |p| task(p, "t-1").completed_on = Some(day(2024, 5, 12)),
            &["task_completion_revised t-1 2024-05-10→2024-05-12 @2024-05-12"],
        ),
        (
            "reopened",
            |p| task(p, "t-1").completed_on = Some(day(2024, 5, 10)),
            none,
            &["task_reopened t-1 2024-05-10→-"],
        ),
    ]);
}

#[test]
fn a_task_falls_overdue_within_the_period_and_not_before() {
    check(&[
        (
            "due within the period",
            |p| task(p, "t-1").deadline = deadline("trước ngày 15/6/2024"),
            |p| task(p, "t-1").deadline = deadline("trước ngày 15/6/2024"),
            &["task_newly_overdue t-1 in_progress→overdue @2024-06-16"],
        ),
        (
            "due on the last day of the period",
            |p| task(p, "t-1").deadline = deadline("trước ngày 30/6/2024"),
            |p| task(p, "t-1").deadline = deadline("trước ngày 30/6/2024"),
            &[],
        ),
        (
            "due on the first day: already overdue the day after",
            |p| task(p, "t-1").deadline = deadline("trước ngày 30/5/2024"),
            |p| task(p, "t-1").deadline = deadline("trước ngày 30/5/2024"),
            &[],
        ),
        (
            "a new task already overdue",
            none,
            |p| {
                let mut t = Task::new(
                    "t-3".parse().unwrap(),
                    "tb-1".parse().unwrap(),
                    "2",
                    Text::vi("Mới"),
                );
                t.deadline = deadline("trước ngày 1/6/2024");
                p.tasks.push(t);
            },
            &[
                "task_added t-3 -→Mới @2024-01-10",
                "task_newly_overdue t-3 -→overdue @2024-06-02",
            ],
        ),
    ]);
}

#[test]
fn deadlines_extended_brought_forward_and_edited() {
    check(&[
        (
            "extended by a decision",
            none,
            |p| {
                let mut e = Extension::new(day(2024, 6, 1), deadline("trước ngày 31/7/2024"));
                e.decision = Some("tb-1".parse().unwrap());
                task(p, "t-2").extensions.push(e);
            },
            &["task_deadline_extended t-2 2024-03-31→2024-07-31 @2024-06-01 by tb-1"],
        ),
        (
            "brought forward",
            none,
            |p| {
                let mut e = Extension::new(day(2024, 6, 1), deadline("trước ngày 30/9/2024"));
                e.decision_as_written = Some("Công văn số 12/UBND-KT".into());
                task(p, "t-1").extensions.push(e);
            },
            &[
                "task_deadline_brought_forward t-1 2024-12-31→2024-09-30 @2024-06-01 by Công văn số 12/UBND-KT",
            ],
        ),
        (
            "assigned deadline edited",
            none,
            |p| task(p, "t-1").deadline = deadline("trước ngày 30/11/2024"),
            &["task_deadline_changed t-1 2024-12-31→2024-11-30"],
        ),
        (
            "an extension taken away",
            |p| {
                let e = Extension::new(day(2024, 5, 1), deadline("trước ngày 31/8/2024"));
                task(p, "t-2").extensions.push(e);
            },
            none,
            // Overdue again, from the day after its assigned deadline.
            &[
                "task_deadline_changed t-2 2024-08-31→2024-03-31",
                "task_newly_overdue t-2 in_progress→overdue @2024-04-01",
            ],
        ),
    ]);
}

#[test]
fn leads_reassigned_and_edited() {
    check(&[
        (
            "reassigned",
            none,
            |p| {
                let mut r = Reassignment::new(day(2024, 6, 2), "so-b".parse().unwrap());
                r.decision = Some("tb-1".parse().unwrap());
                task(p, "t-1").reassignments.push(r);
            },
            &["task_reassigned t-1 so-a→so-b @2024-06-02 by tb-1"],
        ),
        (
            "assigned lead edited",
            none,
            |p| task(p, "t-1").lead = Some("so-b".parse().unwrap()),
            &["task_lead_changed t-1 so-a→so-b"],
        ),
    ]);
}

#[test]
fn halts_progress_and_details() {
    check(&[
        (
            "postponed",
            none,
            |p| task(p, "t-1").halt = Some(Halt::new(HaltKind::Postponed, Some(day(2024, 6, 5)))),
            &["task_halted t-1 -→postponed @2024-06-05"],
        ),
        (
            "postponed, then cancelled",
            |p| task(p, "t-1").halt = Some(Halt::new(HaltKind::Postponed, None)),
            |p| task(p, "t-1").halt = Some(Halt::new(HaltKind::Cancelled, Some(day(2024, 6, 5)))),
            &["task_halted t-1 postponed→cancelled @2024-06-05"],
        ),
        (
            "resumed",
            |p| task(p, "t-1").halt = Some(Halt::new(HaltKind::Postponed, None)),
            none,
            &["task_resumed t-1 postponed→-"],
        ),
        (
            "progress reported after an earlier report",
            |p| {
                let u = ProgressUpdate::new(day(2024, 5, 20), Some(30), Text::vi("Đang làm"));
                task(p, "t-1").progress.push(u);
            },
            |p| {
                let t = task(p, "t-1");
                t.progress.push(ProgressUpdate::new(
                    day(2024, 5, 20),
                    Some(30),
                    Text::vi("Đang làm"),
                ));
                t.progress.push(ProgressUpdate::new(
                    day(2024, 6, 20),
                    Some(60),
                    Text::vi("Gần xong"),
                ));
            },
            &["task_progress_reported t-1 30→60 @2024-06-20"],
        ),
        (
            "details",
            none,
            |p| {
                let t = task(p, "t-1");
                t.title = Text::vi("Tên mới");
                t.coordinating.push("so-b".parse().unwrap());
            },
            &["task_details_changed t-1 -→title, coordinating"],
        ),
    ]);
}

#[test]
fn directives_meetings_and_agencies() {
    check(&[
        (
            "issued",
            none,
            |p| {
                let mut d = Directive::new(
                    "tb-2".parse().unwrap(),
                    DocumentType::Notice,
                    "so-a".parse().unwrap(),
                    Text::vi("Kết luận tháng 6"),
                );
                d.number = Some(DocumentNumber::parse("15/TB-UBND").unwrap());
                d.date = Some(day(2024, 6, 12));
                p.directives.push(d);
            },
            &["directive_issued tb-2 -→15/TB-UBND @2024-06-12"],
        ),
        (
            "a draft made final",
            |p| p.directives[0].draft = true,
            none,
            &["directive_issued tb-1 -→Kết luận @2024-01-10"],
        ),
        (
            "a draft added",
            none,
            |p| {
                let mut d = p.directives[0].clone();
                d.id = "tb-2".parse().unwrap();
                d.draft = true;
                p.directives.push(d);
            },
            &["directive_drafted tb-2 -→Kết luận @2024-01-10"],
        ),
        (
            "removed",
            |p| {
                let mut d = p.directives[0].clone();
                d.id = "tb-0".parse().unwrap();
                p.directives.push(d);
            },
            none,
            &["directive_removed tb-0 Kết luận→-"],
        ),
        (
            "edited",
            none,
            |p| p.directives[0].subject = Text::vi("Kết luận (sửa)"),
            &["directive_details_changed tb-1 -→subject"],
        ),
        (
            "a meeting held",
            none,
            |p| {
                p.meetings.push(Meeting::new(
                    "hop-6".parse().unwrap(),
                    Text::vi("Họp tháng 6"),
                    MeetingKind::GovernmentSession,
                    day(2024, 6, 3),
                ));
            },
            &["meeting_added hop-6 -→Họp tháng 6 @2024-06-03"],
        ),
        (
            "an agency added and one removed",
            |p| {
                let mut a = p.agencies[0].clone();
                a.id = "so-c".parse().unwrap();
                p.agencies.push(a);
            },
            |p| {
                let mut a = p.agencies[0].clone();
                a.id = "so-d".parse().unwrap();
                a.name = Text::vi("Sở D");
                p.agencies.push(a);
            },
            &["agency_added so-d -→Sở D", "agency_removed so-c so-a→-"],
        ),
    ]);
}

#[test]
fn indicator_figures_targets_and_assessments() {
    fn figure(p: &mut DatasetParts, kind: FigureKind, value: &str) {
        p.indicators[0].years[0].figure = Some(Figure::new(kind, value.parse().unwrap()));
    }
    check(&[
        (
            "an estimate reported",
            none,
            |p| figure(p, FigureKind::Estimate, "7.20"),
            &[
                "indicator_figure_added grdp/2024 -→7.2 (estimate)",
                "indicator_assessment_changed grdp/2024 not_assessable→exceeded",
            ],
        ),
        (
            "the estimate made final",
            |p| figure(p, FigureKind::Estimate, "7.2"),
            |p| figure(p, FigureKind::Actual, "6.9"),
            &[
                "indicator_figure_revised grdp/2024 7.2 (estimate)→6.9 (actual)",
                "indicator_assessment_changed grdp/2024 exceeded→missed",
            ],
        ),
        (
            "a figure withdrawn",
            |p| figure(p, FigureKind::Estimate, "7"),
            none,
            &[
                "indicator_figure_removed grdp/2024 7 (estimate)→-",
                "indicator_assessment_changed grdp/2024 met→not_assessable",
            ],
        ),
        (
            "a target changed",
            none,
            |p| p.indicators[0].years[0].target = Some(Target::AtLeast { value: 8.into() }),
            &["indicator_target_changed grdp/2024 = 7→≥ 8"],
        ),
        (
            "a new year",
            none,
            |p| {
                let mut y = IndicatorYear::new(2025);
                y.figure = Some(Figure::new(FigureKind::Estimate, 5.into()));
                p.indicators[0].years.push(y);
            },
            &["indicator_figure_added grdp/2025 -→5 (estimate)"],
        ),
        (
            "an indicator removed",
            none,
            |p| p.indicators.clear(),
            &["indicator_removed grdp Tăng trưởng GRDP→-"],
        ),
    ]);
}

#[test]
fn projects_milestones_and_phases() {
    check(&[
        (
            "a milestone reached",
            none,
            |p| p.projects[0].milestones[0].reached = true,
            &["project_milestone_reached p-1 -→Khởi công @2024-06-01"],
        ),
        (
            "a phase changed",
            none,
            |p| p.projects[0].phase = Some(ProjectPhase::SiteClearance),
            &["project_phase_changed p-1 preparation→site_clearance"],
        ),
        (
            "added",
            none,
            |p| {
                let mut q = p.projects[0].clone();
                q.id = "p-2".parse().unwrap();
                p.projects.push(q);
            },
            &["project_added p-2 -→Đường"],
        ),
    ]);
}

#[test]
fn a_dataset_as_known_on_an_earlier_day_gives_the_changes_since() {
    let mut parts = base();
    let t = &mut parts.tasks[0];
    t.completed_on = Some(day(2024, 6, 10));
    t.progress.push(ProgressUpdate::new(
        day(2024, 6, 1),
        Some(50),
        Text::vi("Nửa"),
    ));
    let mut late = Task::new(
        "t-3".parse().unwrap(),
        "tb-1".parse().unwrap(),
        "3",
        Text::vi("Sau"),
    );
    late.assigned_on = Some(day(2024, 6, 4));
    parts.tasks.push(late);
    parts.projects[0].milestones[0].reached = true;
    let ds = Dataset::new(parts);
    let earlier = ds.as_known_on(day(2024, 5, 31));
    assert_eq!(ds.latest_date(), Some(day(2024, 6, 10)));
    assert_eq!(earlier.latest_date(), Some(day(2024, 1, 10)));
    let period = Period::new(day(2024, 5, 31), day(2024, 6, 30)).unwrap();
    let codes: Vec<_> = diff(&earlier, &ds, &period)
        .into_iter()
        .map(|c| (c.code, c.id))
        .collect();
    assert_eq!(
        codes,
        [
            (C::TaskProgressReported, "t-1".to_owned()),
            (C::TaskCompletedOnTime, "t-1".to_owned()),
            (C::TaskAdded, "t-3".to_owned()),
            (C::ProjectMilestoneReached, "p-1".to_owned()),
        ]
    );
}

#[test]
fn a_period_that_ends_before_it_starts_is_refused() {
    let e = Period::new(day(2024, 6, 2), day(2024, 6, 1)).unwrap_err();
    assert_eq!(
        e.to_string(),
        "the period starts on 2024-06-02 after it ends on 2024-06-01"
    );
}

#[test]
fn ids_written_twice_match_occurrence_by_occurrence() {
    fn twice(p: &mut DatasetParts) {
        let mut again = p.tasks[0].clone();
        again.completed_on = Some(day(2024, 6, 10));
        p.tasks.push(again);
    }
    check(&[
        ("the same", twice, twice, &[]),
        (
            "the second reopened",
            twice,
            |p| {
                twice(p);
                p.tasks[2].completed_on = None;
            },
            &["task_reopened t-1 2024-06-10→-"],
        ),
        (
            "a third",
            twice,
            |p| {
                twice(p);
                twice(p);
            },
            &[
                "task_added t-1 -→t-1 @2024-01-10",
                "task_completed_on_time t-1 -→2024-06-10 @2024-06-10",
            ],
        ),
        ("the second gone", twice, none, &["task_removed t-1 t-1→-"]),
    ]);
}

#[test]
fn change_codes_order_as_listed() {
    // The text and the report group changes by sorting on the code: that order is `ALL`'s.
    assert!(C::ALL.is_sorted());
}
