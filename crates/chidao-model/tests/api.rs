//! The crate as a team building on it uses it: errors to match on, typed lookups, findings a
//! service can extend and index, status that knows when a task was assigned, formats named at
//! run time and exports into memory.

use chidao_model::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn errors_carry_a_kind_to_match_on_and_the_value() {
    let e = DeadlineTerm::Month {
        year: 2024,
        month: 13,
    }
    .check()
    .unwrap_err();
    assert_eq!(e.kind(), DeadlineErrorKind::OutOfRange);
    assert_eq!(e.reason(), "month must be 1 to 12");
    assert_eq!(e.to_string(), "invalid deadline: month must be 1 to 12");

    for (text, kind) in [
        ("", DocumentNumberErrorKind::Empty),
        ("12 /TB", DocumentNumberErrorKind::WhiteSpace),
        ("12-TB", DocumentNumberErrorKind::NoSlash),
        ("1234567/TB", DocumentNumberErrorKind::BadNumber),
        ("12/24/TB", DocumentNumberErrorKind::BadYear),
        ("95-N1/TU", DocumentNumberErrorKind::BadTypeAbbreviation),
        ("12/TB--UBND", DocumentNumberErrorKind::BadSymbol),
    ] {
        let e = DocumentNumber::parse(text).unwrap_err();
        assert_eq!(e.kind(), kind, "{text:?}");
        assert_eq!(e.text(), text);
    }

    for (text, kind) in [
        ("0".repeat(36), AgencyCodeErrorKind::TooLong),
        ("000".to_owned(), AgencyCodeErrorKind::TooFewGroups),
        ("000.h41".to_owned(), AgencyCodeErrorKind::BadGroup),
    ] {
        let e = AgencyCode::parse(&text).unwrap_err();
        assert_eq!(e.kind(), kind, "{text:?}");
        assert_eq!(e.text(), text);
    }

    let e = "quarterly-ish".parse::<Frequency>().unwrap_err();
    assert_eq!(e.value(), "quarterly-ish");
    assert_eq!(e.vocabulary(), Frequency::NAME);
}

fn small() -> Dataset {
    let mut parts = DatasetParts::new();
    parts.agencies.push(Agency::new(
        "ubnd".parse().unwrap(),
        Text::vi("UBND tỉnh"),
        AgencyKind::PeoplesCommittee,
        AgencyLevel::Province,
    ));
    let mut notice = Directive::new(
        "tb".parse().unwrap(),
        DocumentType::Notice,
        "ubnd".parse().unwrap(),
        Text::vi("Kết luận"),
    );
    notice.date = Some(day(2024, 1, 15));
    parts.directives.push(notice);
    let mut task = Task::new(
        "t-1".parse().unwrap(),
        "tb".parse().unwrap(),
        "1",
        Text::vi("Việc một"),
    );
    task.lead = Some("ubnd".parse().unwrap());
    task.deadline = Deadline::parse_vi("trước ngày 31/3/2024").unwrap();
    parts.tasks.push(task);
    let mut dangling = Task::new(
        "t-2".parse().unwrap(),
        "tb".parse().unwrap(),
        "2",
        Text::vi("Việc hai"),
    );
    dangling.lead = Some("so-khong-co".parse().unwrap());
    parts.tasks.push(dangling);
    Dataset::new(parts)
}

#[test]
fn lookups_take_their_own_id_type_or_text() {
    let ds = small();
    let task_id: TaskId = "t-1".parse().unwrap();
    let directive_id: DirectiveId = "tb".parse().unwrap();
    let agency_id: AgencyId = "ubnd".parse().unwrap();
    assert_eq!(ds.task(&task_id).unwrap().id, task_id);
    assert!(ds.task("t-1").is_some());
    assert!(ds.directive(&directive_id).is_some());
    assert!(ds.agency(&agency_id).is_some());
    assert!(ds.assignee(&agency_id).is_some());
    assert_eq!(ds.tasks_of(&directive_id).count(), 2);
}

#[test]
fn findings_name_their_record_can_be_indexed_and_extended() {
    let ds = small();
    let mut findings = ds.validate();
    assert_eq!(findings.len(), 1);
    let f = &findings[0];
    assert_eq!(f.rule, Rule::DanglingReference);
    assert_eq!(f.path, "tasks[1].lead");
    assert_eq!(f.record_kind, Some(RecordKind::Task));
    assert_eq!(f.record_id.as_deref(), Some("t-2"));
    assert_eq!(RecordKind::Task.collection(), "tasks");
    assert_eq!(
        RecordKind::from_collection("agency_groups"),
        Some(RecordKind::AgencyGroup)
    );

    // A service's own check goes into the same list.
    findings.push(
        Finding::new(
            Rule::EmptyText,
            "tasks[0].title.en",
            "the English title is missing",
        )
        .with_severity(Severity::Warning)
        .in_record(RecordKind::Task, "t-1"),
    );
    assert_eq!(findings.len(), 2);
    assert_eq!(findings.error_count(), 1);
    assert_eq!(findings.warning_count(), 1);
    assert_eq!(findings.last().unwrap().record_id.as_deref(), Some("t-1"));
    assert_eq!(findings.get(1).unwrap().severity, Severity::Warning);
    findings.push(Finding::custom(
        Severity::Error,
        "lead-outside-district",
        "tasks[1].lead",
        "the lead is not an agency of the district",
    ));
    assert_eq!(findings[2].code(), "lead-outside-district");
    assert_eq!(findings[0].code(), "dangling-reference");
    assert!(
        findings[2]
            .to_string()
            .starts_with("error[lead-outside-district]")
    );
}

#[test]
fn status_knows_when_a_task_was_assigned() {
    let ds = small();
    let task = ds.task("t-1").unwrap();
    // Task::status alone cannot know the task did not exist yet.
    assert_eq!(task.status(day(2023, 12, 1)), TaskStatus::InProgress);
    assert_eq!(ds.status(task, day(2023, 12, 1)), None);
    assert_eq!(ds.status(task, day(2024, 1, 14)), None);
    assert_eq!(
        ds.status(task, day(2024, 1, 15)),
        Some(TaskStatus::InProgress)
    );
    assert_eq!(ds.status(task, day(2024, 4, 1)), Some(TaskStatus::Overdue));
    let policy = StatusPolicy::default().with_due_soon_days(90);
    assert_eq!(
        ds.status_with(&policy, task, day(2024, 1, 15)),
        Some(TaskStatus::DueSoon)
    );
}

/// A format named at run time, written into memory.
struct Csv {
    separator: char,
}

impl Exporter for Csv {
    fn info(&self) -> FormatInfo {
        FormatInfo::named(
            format!("csv{}", self.separator),
            "csv",
            "text/csv",
            false,
            "tasks as CSV",
        )
    }
    fn export(
        &self,
        dataset: &Dataset,
        _: &ExportOptions,
        mut sink: Sink<'_>,
    ) -> Result<ExportSummary, ExportError> {
        let w = sink.writer()?;
        for t in dataset.tasks() {
            writeln!(w, "{}{}{}", t.id, self.separator, t.item).map_err(ExportError::io)?;
        }
        Ok(ExportSummary::default())
    }
}

#[test]
fn formats_named_at_run_time_export_into_memory() {
    let mut registry = ExporterRegistry::new();
    registry.register(Box::new(Csv { separator: ';' }));
    registry.register(Box::new(Csv { separator: ',' }));
    assert_eq!(registry.names(), ["csv;", "csv,"]);
    let options = ExportOptions::new(day(2024, 3, 1));
    let (bytes, _) = registry
        .get("csv;")
        .unwrap()
        .export_to_vec(&small(), &options)
        .unwrap();
    assert_eq!(String::from_utf8(bytes).unwrap(), "t-1;1\nt-2;2\n");
}

#[test]
fn a_place_written_as_a_plain_string_reads_as_vietnamese_and_writes_back_bilingual() {
    let project: chidao_model::Project = serde_json::from_value(serde_json::json!({
        "id": "p", "name": {"vi": "Dự án"}, "sector": "transport",
        "locations": ["Chi Lăng", {"vi": "huyện Văn Lãng", "en": "Văn Lãng district"}]
    }))
    .unwrap();
    assert_eq!(
        project.locations,
        [
            chidao_model::Text::vi("Chi Lăng"),
            chidao_model::Text::new("huyện Văn Lãng", "Văn Lãng district")
        ]
    );
    let back = serde_json::to_value(&project).unwrap();
    assert_eq!(back["locations"][0], serde_json::json!({"vi": "Chi Lăng"}));
    // Neither a name nor bilingual text: refused.
    let bad = serde_json::from_value::<chidao_model::Project>(serde_json::json!({
        "id": "p", "name": {"vi": "Dự án"}, "sector": "transport", "locations": [7]
    }));
    assert!(bad.is_err());
}
