//! One failing fixture per validation rule: each mutation of a clean dataset breaks exactly one
//! rule, and every rule has a fixture.

use chidao_model::{Dataset, DatasetParts, Rule, Severity, Vocabulary};
use serde_json::{Value, json};

fn base() -> Value {
    json!({
        "format_version": "1.0",
        "sources": [{"id": "s1", "title": {"vi": "Nguồn"}, "kind": "official_document"}],
        "agencies": [
            {"id": "ubnd", "name": {"vi": "UBND tỉnh"}, "kind": "peoples_committee",
             "level": "province", "code": "000.00.00.H41", "sources": ["s1"]},
            {"id": "so-a", "name": {"vi": "Sở A"}, "kind": "department", "level": "province",
             "parent": "ubnd"}
        ],
        "agency_groups": [
            {"id": "all-dept", "name": {"vi": "Các sở"}, "criteria": {"kinds": ["department"]}}
        ],
        "officials": [
            {"id": "o1", "name": "Nguyễn Văn A", "positions": [
                {"title": {"vi": "Chủ tịch"}, "agency": "ubnd", "from": "2020-01-01", "until": "2025-01-01"}
            ]}
        ],
        "meetings": [
            {"id": "m1", "title": {"vi": "Hội nghị"}, "kind": "conference", "date": "2024-01-10",
             "host": "ubnd", "chair": "o1", "attendees": [{"official": "o1"}]}
        ],
        "directives": [
            {"id": "d1", "number": "12/TB-UBND", "document_type": "notice", "issuer": "ubnd",
             "date": "2024-01-12", "subject": {"vi": "Kết luận"}, "meeting": "m1",
             "signer": {"official": "o1", "authority": "direct", "title": {"vi": "Chủ tịch"}},
             "recipients": ["all-dept"]}
        ],
        "tasks": [
            {"id": "t1", "directive": "d1", "item": "1", "title": {"vi": "Báo cáo"}, "lead": "so-a",
             "coordinating": ["all-dept"],
             "deadline": {"term": {"kind": "month", "year": 2024, "month": 2}, "as_written": "trong tháng 02/2024"},
             "progress": [{"date": "2024-01-20", "percent": 50, "note": {"vi": "Đang làm"}}],
             "completed_on": "2024-02-10", "indicators": ["i1"], "projects": ["p1"]}
        ],
        "indicators": [
            {"id": "i1", "name": {"vi": "Tăng trưởng GRDP"}, "group": "economy", "measure": "percentage",
             "unit": "percent", "polarity": "higher_is_better",
             "years": [{"year": 2023, "target": {"kind": "exact", "value": 7},
                        "figure": {"kind": "estimate", "value": 7}, "stated_assessment": "met"}]}
        ],
        "projects": [
            {"id": "p1", "name": {"vi": "Dự án"}, "sector": "transport",
             "period": {"start": 2021, "end": 2025}, "milestones": [{"title": {"vi": "Khởi công"}}]}
        ]
    })
}

enum Op {
    Set(&'static str, Value),
    Push(&'static str, Value),
    Remove(&'static str),
}

fn apply(doc: &mut Value, ops: &[Op]) {
    for op in ops {
        match op {
            Op::Set(ptr, v) => {
                let (parent, key) = ptr.rsplit_once('/').unwrap();
                match doc.pointer_mut(parent).unwrap_or_else(|| panic!("{ptr}")) {
                    Value::Object(map) => {
                        map.insert(key.to_owned(), v.clone());
                    }
                    Value::Array(items) => items[key.parse::<usize>().unwrap()] = v.clone(),
                    _ => panic!("{ptr}"),
                }
            }
            Op::Push(ptr, v) => doc
                .pointer_mut(ptr)
                .and_then(Value::as_array_mut)
                .unwrap_or_else(|| panic!("{ptr}"))
                .push(v.clone()),
            Op::Remove(ptr) => {
                let (parent, key) = ptr.rsplit_once('/').unwrap();
                doc.pointer_mut(parent)
                    .and_then(Value::as_object_mut)
                    .unwrap_or_else(|| panic!("{ptr}"))
                    .remove(key);
            }
        }
    }
}

fn validate(doc: Value) -> chidao_model::Findings {
    let parts: DatasetParts = serde_json::from_value(doc).expect("fixture loads");
    Dataset::new(parts).validate()
}

fn fixtures() -> Vec<(Rule, &'static str, Vec<Op>)> {
    use Op::*;
    vec![
        (
            Rule::UnsupportedFormatVersion,
            "format_version",
            vec![Set("/format_version", json!("2.0"))],
        ),
        (
            Rule::DuplicateId,
            "agencies[2].id",
            vec![Push(
                "/agencies",
                json!({"id": "ubnd", "name": {"vi": "Trùng"}, "kind": "other", "level": "province"}),
            )],
        ),
        (
            Rule::DanglingReference,
            "tasks[0].lead",
            vec![Set("/tasks/0/lead", json!("nobody"))],
        ),
        (
            Rule::EmptyText,
            "tasks[0].title.vi",
            vec![Set("/tasks/0/title/vi", json!("  "))],
        ),
        (
            Rule::MalformedDocumentNumber,
            "directives[0].number",
            vec![Set("/directives/0/number", json!("TB 12"))],
        ),
        (
            Rule::UnassignedDocumentNumber,
            "directives[0].number",
            vec![Set("/directives/0/number", json!("/TB-UBND"))],
        ),
        (
            Rule::DocumentTypeMismatch,
            "directives[0].document_type",
            vec![Set("/directives/0/number", json!("12/QĐ-UBND"))],
        ),
        (
            Rule::MalformedAgencyCode,
            "agencies[0].code",
            vec![Set("/agencies/0/code", json!("000-00-00-H41"))],
        ),
        (
            Rule::EndBeforeStart,
            "projects[0].period.end",
            vec![Set("/projects/0/period/end", json!(2019))],
        ),
        (
            Rule::InvalidDeadline,
            "tasks[0].deadline.term",
            vec![Set("/tasks/0/deadline/term/month", json!(13))],
        ),
        (
            Rule::DeadlineBeforeDirective,
            "tasks[0].deadline",
            vec![
                Set(
                    "/tasks/0/deadline",
                    json!({"term": {"kind": "on_date", "date": "2023-01-15"}, "as_written": "chậm nhất ngày 15/01/2023"}),
                ),
                Remove("/tasks/0/completed_on"),
            ],
        ),
        (
            Rule::DeadlinePhraseMismatch,
            "tasks[0].deadline",
            vec![Set(
                "/tasks/0/deadline/as_written",
                json!("trong tháng 03/2024"),
            )],
        ),
        (
            Rule::DueDateMismatch,
            "tasks[0].deadline.due",
            vec![Set("/tasks/0/deadline/due", json!("2024-02-28"))],
        ),
        (
            Rule::CompletedBeforeAssigned,
            "tasks[0].completed_on",
            vec![Set("/tasks/0/completed_on", json!("2024-01-05"))],
        ),
        (
            Rule::ProgressOutOfRange,
            "tasks[0].progress[0].percent",
            vec![Set("/tasks/0/progress/0/percent", json!(150))],
        ),
        (
            Rule::EmptyAttendee,
            "meetings[0].attendees[0]",
            vec![Set("/meetings/0/attendees/0", json!({}))],
        ),
        (
            Rule::EmptyGroup,
            "agency_groups[0]",
            vec![Remove("/agency_groups/0/criteria")],
        ),
        (
            Rule::ParentCycle,
            "agencies[0].parent",
            vec![Set("/agencies/0/parent", json!("so-a"))],
        ),
        (
            Rule::GroupCycle,
            "agency_groups[0].members",
            vec![Set("/agency_groups/0/members", json!(["all-dept"]))],
        ),
        (
            Rule::UnitMeasureMismatch,
            "indicators[0].unit",
            vec![Set("/indicators/0/unit", json!("billion_vnd"))],
        ),
        (
            Rule::TargetPhraseMismatch,
            "indicators[0].years[0].target_as_written",
            vec![Set(
                "/indicators/0/years/0/target_as_written",
                json!("7,5–8,0 %"),
            )],
        ),
        (
            Rule::InvertedRange,
            "indicators[0].years[0].target",
            vec![
                Set(
                    "/indicators/0/years/0/target",
                    json!({"kind": "range", "min": 8, "max": 7.5}),
                ),
                Remove("/indicators/0/years/0/stated_assessment"),
            ],
        ),
        (
            Rule::DuplicateYear,
            "indicators[0].years[1].year",
            vec![Push("/indicators/0/years", json!({"year": 2023}))],
        ),
        (
            Rule::TargetPolarityMismatch,
            "indicators[0].years[0].target",
            vec![Set(
                "/indicators/0/years/0/target",
                json!({"kind": "at_most", "value": 7}),
            )],
        ),
        (
            Rule::AssessmentMismatch,
            "indicators[0].years[0].stated_assessment",
            vec![Set(
                "/indicators/0/years/0/stated_assessment",
                json!("missed"),
            )],
        ),
        (
            Rule::LeadAlsoCoordinating,
            "tasks[0].coordinating[0]",
            vec![Set("/tasks/0/coordinating", json!(["so-a"]))],
        ),
        (
            Rule::InferredFieldUnknown,
            "tasks[0].inferred[0].field",
            vec![Set(
                "/tasks/0/inferred",
                json!([{"field": "leader", "note": {"vi": "suy ra"}}]),
            )],
        ),
        (
            Rule::InferredFieldUnknown,
            "directives[0].inferred[1].field",
            vec![Set(
                "/directives/0/inferred",
                json!([{"field": "number", "note": {"vi": "suy ra"}},
                       {"field": "number", "note": {"vi": "lần nữa"}}]),
            )],
        ),
        (
            Rule::InferredFieldEmpty,
            "projects[0].inferred[0].field",
            vec![Set(
                "/projects/0/inferred",
                json!([{"field": "owner", "note": {"vi": "suy ra"}}]),
            )],
        ),
        (
            Rule::ChangeBeforeAssignment,
            "tasks[0].extensions[0].effective",
            vec![Set(
                "/tasks/0/extensions",
                json!([{"effective": "2024-01-05", "deadline": {"term": {"kind": "on_date", "date": "2024-03-15"}}, "decision_as_written": "CV 1"}]),
            )],
        ),
        (
            Rule::ChangeAfterCompletion,
            "tasks[0].extensions[0].effective",
            vec![Set(
                "/tasks/0/extensions",
                json!([{"effective": "2024-02-20", "deadline": {"term": {"kind": "on_date", "date": "2024-03-15"}}, "decision": "d1"}]),
            )],
        ),
        (
            Rule::ChangesOutOfOrder,
            "tasks[0].extensions[1].effective",
            vec![Set(
                "/tasks/0/extensions",
                json!([{"effective": "2024-02-01", "deadline": {"term": {"kind": "on_date", "date": "2024-03-15"}}, "decision": "d1"}, {"effective": "2024-01-20", "deadline": {"term": {"kind": "on_date", "date": "2024-03-15"}}, "decision": "d1"}]),
            )],
        ),
        (
            Rule::ChangeWithoutDecision,
            "tasks[0].extensions[0]",
            vec![Set(
                "/tasks/0/extensions",
                json!([{"effective": "2024-02-01", "deadline": {"term": {"kind": "on_date", "date": "2024-03-15"}}}]),
            )],
        ),
        (
            Rule::IssueMonthMismatch,
            "directives[0].issue_month",
            vec![Set("/directives/0/issue_month", json!("2024-02"))],
        ),
        (
            Rule::TextNotNfc,
            "tasks[0].title.vi",
            // "Rà soát" with the grave accent as a combining mark (NFD)
            vec![Set("/tasks/0/title/vi", json!("Ra\u{300} soát"))],
        ),
    ]
}

#[test]
fn inferences_on_every_kind_of_record_that_holds_a_value_are_clean() {
    let mut doc = base();
    let note = json!({"vi": "nguồn không nêu", "en": "not stated by the source"});
    let mark = |field: &str| json!([{"field": field, "note": note}]);
    apply(
        &mut doc,
        &[
            Op::Set("/meetings/0/inferred", mark("chair")),
            Op::Set("/directives/0/inferred", mark("number")),
            Op::Set("/directives/0/issue_month", json!("2024-01")),
            Op::Set("/tasks/0/inferred", mark("lead")),
            Op::Set("/projects/0/inferred", mark("period")),
            Op::Set("/indicators/0/years/0/inferred", mark("target")),
        ],
    );
    let findings = validate(doc.clone());
    assert!(findings.is_empty(), "{findings:#?}");
    let ds = Dataset::new(serde_json::from_value::<DatasetParts>(doc).unwrap());
    let task = &ds.tasks()[0];
    let lead = chidao_model::inferred(&task.inferred, "lead").expect("lead is marked");
    assert_eq!(
        lead.note.get(chidao_model::Lang::En),
        "not stated by the source"
    );
    assert!(chidao_model::inferred(&task.inferred, "item").is_none());
}

#[test]
fn base_fixture_is_clean() {
    let findings = validate(base());
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn each_fixture_breaks_exactly_its_rule() {
    for (rule, path, ops) in fixtures() {
        let mut doc = base();
        apply(&mut doc, &ops);
        let findings = validate(doc);
        assert!(!findings.is_empty(), "{rule:?}: no finding");
        for f in &findings {
            assert_eq!(f.rule, rule, "{rule:?}: unexpected {f}");
            assert_eq!(f.severity, rule.severity());
            assert!(!f.message.ends_with('.'), "{f}");
            assert!(!f.message.starts_with(char::is_uppercase), "{f}");
        }
        assert_eq!(findings.iter().next().unwrap().path, path, "{rule:?}");
    }
}

#[test]
fn deadline_phrases_are_compared_only_when_they_read_without_doubt() {
    let with = |phrase: &str, term: Value| {
        let mut doc = base();
        apply(
            &mut doc,
            &[Op::Set(
                "/tasks/0/deadline",
                json!({"term": term, "as_written": phrase}),
            )],
        );
        validate(doc)
    };
    let feb = json!({"kind": "month", "year": 2024, "month": 2});
    // a phrase without a year reads against the directive's date (2024-01-12)
    let day = json!({"kind": "on_date", "date": "2024-02-15"});
    assert!(with("trước ngày 15/02", day.clone()).is_empty());
    // two deadlines, a vague one, none at all: nothing to compare with
    assert!(with("trước 15/2/2024 và trước 29/2/2024", feb.clone()).is_empty());
    assert!(with("đầu tháng 2/2024", feb.clone()).is_empty());
    assert!(with("theo tiến độ", feb.clone()).is_empty());
    // words inside a name never count
    assert!(with("Sở Kế hoạch và Đầu tư: trong tháng 02/2024", feb.clone()).is_empty());
    // a phrase that reads as another term is reported with both readings
    let findings = with("6 tháng cuối năm 2024", feb);
    let f = findings.iter().next().expect("a finding");
    assert_eq!(f.rule, Rule::DeadlinePhraseMismatch);
    assert!(f.message.contains("by the end of H2 2024"), "{f}");
    assert!(f.message.contains("by the end of 2024-02"), "{f}");
    assert!(
        with("thường xuyên", day)
            .iter()
            .any(|f| f.rule == Rule::DeadlinePhraseMismatch)
    );
}

#[test]
fn every_rule_has_a_fixture() {
    let covered: Vec<Rule> = fixtures().into_iter().map(|(r, _, _)| r).collect();
    // `Custom` is a service's, never reported by `validate`.
    for rule in Rule::ALL.iter().filter(|r| **r != Rule::Custom) {
        assert!(covered.contains(rule), "no fixture for {rule:?}");
    }
}

#[test]
fn all_findings_are_reported_not_just_the_first() {
    let mut doc = base();
    apply(
        &mut doc,
        &[
            Op::Set("/tasks/0/lead", json!("nobody")),
            Op::Set("/directives/0/number", json!("TB 12")),
            Op::Set("/indicators/0/unit", json!("count")),
        ],
    );
    let findings = validate(doc);
    let rules: Vec<Rule> = findings.iter().map(|f| f.rule).collect();
    assert_eq!(
        rules,
        [
            Rule::MalformedDocumentNumber,
            Rule::DanglingReference,
            Rule::UnitMeasureMismatch
        ]
    );
    assert_eq!(findings.error_count(), 3);
    assert_eq!(
        findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .count(),
        0
    );
}

#[test]
fn group_is_not_an_agency_where_an_agency_is_required() {
    let mut doc = base();
    apply(
        &mut doc,
        &[Op::Set("/agencies/1/parent", json!("all-dept"))],
    );
    let findings = validate(doc);
    let f = findings.iter().next().unwrap();
    assert_eq!(f.rule, Rule::DanglingReference);
    assert!(f.message.contains("agency group"), "{f}");
}

#[test]
fn expand_group_resolves_criteria_and_nested_members() {
    let mut doc = base();
    apply(
        &mut doc,
        &[Op::Push(
            "/agency_groups",
            json!({"id": "everyone", "name": {"vi": "Tất cả"}, "members": ["ubnd", "all-dept", "everyone"]}),
        )],
    );
    let parts: DatasetParts = serde_json::from_value(doc).unwrap();
    let ds = Dataset::new(parts);
    let ids: Vec<&str> = ds
        .expand_group("everyone")
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(ids, ["ubnd", "so-a"]);
    // Expanding stops at a group already met; validation says the group lists itself.
    let findings: Vec<_> = ds.validate().into_iter().collect();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].rule, Rule::GroupCycle);
    assert_eq!(findings[0].path, "agency_groups[1].members");
}

#[test]
fn group_criteria_can_be_limited_to_one_parent() {
    let mut doc = base();
    apply(
        &mut doc,
        &[
            Op::Push(
                "/agencies",
                json!({"id": "ubnd-2", "name": {"vi": "UBND tỉnh khác"}, "kind": "peoples_committee", "level": "province"}),
            ),
            Op::Push(
                "/agencies",
                json!({"id": "so-b", "name": {"vi": "Sở B"}, "kind": "department", "level": "province", "parent": "ubnd-2"}),
            ),
            Op::Set("/agency_groups/0/criteria/parent", json!("ubnd")),
        ],
    );
    let parts: DatasetParts = serde_json::from_value(doc.clone()).unwrap();
    let ds = Dataset::new(parts);
    let ids: Vec<&str> = ds
        .expand_group("all-dept")
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(ids, ["so-a"]);
    assert!(ds.validate().is_empty());

    apply(
        &mut doc,
        &[Op::Set(
            "/agency_groups/0/criteria/parent",
            json!("nowhere"),
        )],
    );
    let findings = validate(doc);
    let f = findings.iter().next().unwrap();
    assert_eq!(
        (f.rule, f.path.as_str()),
        (Rule::DanglingReference, "agency_groups[0].criteria.parent")
    );
}

#[test]
fn reassignments_follow_the_rules_of_changes() {
    let with = |reassignments: Value| {
        let mut doc = base();
        apply(
            &mut doc,
            &[Op::Set("/tasks/0/reassignments", reassignments)],
        );
        validate(doc)
    };
    let ok = json!([{"effective": "2024-01-20", "lead": "ubnd", "decision": "d1"}]);
    assert!(with(ok).is_empty());
    let rules = |findings: chidao_model::Findings| {
        findings
            .iter()
            .map(|f| (f.rule, f.path.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        rules(with(
            json!([{"effective": "2024-01-20", "lead": "nobody", "decision": "d1"}])
        )),
        [(
            Rule::DanglingReference,
            "tasks[0].reassignments[0].lead".to_owned()
        )]
    );
    assert_eq!(
        rules(with(json!([{"effective": "2024-01-01", "lead": "ubnd"}]))),
        [
            (
                Rule::ChangeBeforeAssignment,
                "tasks[0].reassignments[0].effective".to_owned()
            ),
            (
                Rule::ChangeWithoutDecision,
                "tasks[0].reassignments[0]".to_owned()
            )
        ]
    );
    let ds = Dataset::new(
        serde_json::from_value::<DatasetParts>({
            let mut doc = base();
            apply(
                &mut doc,
                &[Op::Set(
                    "/tasks/0/reassignments",
                    json!([{"effective": "2024-01-20", "lead": "ubnd", "decision": "d1"}]),
                )],
            );
            doc
        })
        .unwrap(),
    );
    let t = &ds.tasks()[0];
    let day = |d: &str| d.parse::<chidao_model::NaiveDate>().unwrap();
    assert_eq!(t.lead_on(day("2024-01-19")).unwrap().as_str(), "so-a");
    assert_eq!(t.lead_on(day("2024-01-20")).unwrap().as_str(), "ubnd");
}
