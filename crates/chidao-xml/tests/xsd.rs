//! `schemas/chidao.xsd` (hand-written) and the writer agree: every element and attribute the
//! writer emits is declared, every declared one is emitted by the rich sample, and every
//! enumeration lists exactly the codes of the model's vocabulary of the same name.
//! `scripts/interop-xml` validates real output against the XSD with xmllint.

mod common;

use std::collections::BTreeSet;

use chidao_model::*;
use quick_xml::events::Event;

fn xsd() -> String {
    std::fs::read_to_string(common::root().join("schemas/chidao.xsd")).expect("schemas/chidao.xsd")
}

/// The element and attribute names in `xml`, as `<name>` and `@name`.
fn emitted(xml: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut reader = quick_xml::Reader::from_str(xml);
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e) => {
                names.insert(format!("<{}>", e.name().into_inner()));
                for a in e.attributes() {
                    let key = a.unwrap().key.into_inner().to_owned();
                    if key != "xmlns" {
                        names.insert(format!("@{key}"));
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    names
}

/// The names the XSD declares, in the same form.
fn declared(xsd: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for (tag, mark) in [("<xs:element name=\"", "<"), ("<xs:attribute name=\"", "@")] {
        for part in xsd.split(tag).skip(1) {
            let name = &part[..part.find('"').unwrap()];
            names.insert(if mark == "<" {
                format!("<{name}>")
            } else {
                format!("@{name}")
            });
        }
    }
    for part in xsd.split("<xs:attribute ref=\"").skip(1) {
        names.insert(format!("@{}", &part[..part.find('"').unwrap()]));
    }
    names
}

#[test]
fn writer_and_xsd_declare_the_same_names() {
    let xml = chidao_xml::to_string(&common::rich()).unwrap();
    let emitted = emitted(&xml);
    let declared = declared(&xsd());
    let undeclared: Vec<_> = emitted.difference(&declared).collect();
    assert!(
        undeclared.is_empty(),
        "the writer emits names the XSD lacks: {undeclared:?}"
    );
    let unexercised: Vec<_> = declared.difference(&emitted).collect();
    assert!(
        unexercised.is_empty(),
        "the XSD declares names the rich sample never emits: {unexercised:?}"
    );
}

/// The enumeration values of the simple type `name`.
fn enumeration(xsd: &str, name: &str) -> Vec<String> {
    let start = xsd
        .find(&format!("<xs:simpleType name=\"{name}\">"))
        .unwrap_or_else(|| panic!("no simple type {name} in the XSD"));
    let body = &xsd[start..start + xsd[start..].find("</xs:simpleType>").unwrap()];
    body.split("<xs:enumeration value=\"")
        .skip(1)
        .map(|p| p[..p.find('"').unwrap()].to_owned())
        .collect()
}

fn codes<V: Vocabulary>() -> (&'static str, Vec<String>) {
    (
        V::NAME,
        V::ALL.iter().map(|v| v.code().to_owned()).collect(),
    )
}

#[test]
fn enumerations_match_the_vocabularies() {
    let xsd = xsd();
    let vocabularies = [
        codes::<AgencyKind>(),
        codes::<AgencyLevel>(),
        codes::<MeetingKind>(),
        codes::<DocumentType>(),
        codes::<Authority>(),
        codes::<OutputKind>(),
        codes::<HaltKind>(),
        codes::<Frequency>(),
        codes::<PeriodUnit>(),
        codes::<DayOfWeek>(),
        codes::<EventRelation>(),
        codes::<IndicatorGroup>(),
        codes::<Polarity>(),
        codes::<Measure>(),
        codes::<Unit>(),
        codes::<Assessment>(),
        codes::<FigureKind>(),
        codes::<Sector>(),
        codes::<InvestmentForm>(),
        codes::<ProjectPhase>(),
        codes::<SourceKind>(),
    ];
    for (name, codes) in vocabularies {
        assert_eq!(enumeration(&xsd, name), codes, "vocabulary {name}");
    }
    // The two tagged unions of the model, as their JSON form tags them.
    let json_kind = |v: serde_json::Value| v["kind"].as_str().unwrap().to_owned();
    let day = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    let terms = [
        DeadlineTerm::OnDate { date: day },
        DeadlineTerm::Month {
            year: 2024,
            month: 1,
        },
        DeadlineTerm::Quarter {
            year: 2024,
            quarter: 1,
        },
        DeadlineTerm::HalfYear {
            year: 2024,
            half: 1,
        },
        DeadlineTerm::Year { year: 2024 },
        DeadlineTerm::Within {
            amount: 10,
            unit: PeriodUnit::Days,
            start: Some(day),
        },
        DeadlineTerm::None,
        DeadlineTerm::Recurring {
            frequency: Frequency::Ongoing,
            anchor: None,
        },
        DeadlineTerm::Urgent,
        DeadlineTerm::Conditional {
            relation: EventRelation::Before,
            event: "trình Thủ tướng".to_owned(),
        },
    ];
    let kinds: Vec<String> = terms
        .iter()
        .map(|t| json_kind(serde_json::to_value(t).unwrap()))
        .collect();
    assert_eq!(enumeration(&xsd, "deadline_kind"), kinds);
    let one = Decimal::ONE;
    let targets = [
        Target::Exact { value: one },
        Target::Range { min: one, max: one },
        Target::AtLeast { value: one },
        Target::AtMost { value: one },
        Target::About { value: one },
        Target::Qualitative {
            text: Text::vi("x"),
        },
    ];
    let kinds: Vec<String> = targets
        .iter()
        .map(|t| json_kind(serde_json::to_value(t).unwrap()))
        .collect();
    assert_eq!(enumeration(&xsd, "target_kind"), kinds);
}

/// The rich sample covers every kind of deadline and target, so the XSD check above sees
/// every attribute those kinds use.
#[test]
fn rich_sample_covers_every_kind() {
    let xml = chidao_xml::to_string(&common::rich()).unwrap();
    let xsd = xsd();
    for kind in enumeration(&xsd, "deadline_kind")
        .into_iter()
        .chain(enumeration(&xsd, "target_kind"))
    {
        assert!(
            xml.contains(&format!(" kind=\"{kind}\"")),
            "the rich sample has no kind {kind}"
        );
    }
}

/// The XSD's complex types: for each, its attributes and its child elements with their types.
#[derive(Default)]
struct Types {
    attrs: std::collections::HashMap<String, BTreeSet<String>>,
    children: std::collections::HashMap<String, std::collections::HashMap<String, String>>,
    root: std::collections::HashMap<String, String>,
}

fn types(xsd: &str) -> Types {
    let mut t = Types::default();
    let mut reader = quick_xml::Reader::from_str(xsd);
    let mut current: Option<String> = None;
    loop {
        let e = match reader.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e) => e,
            Event::End(e) => {
                if e.name().into_inner() == "xs:complexType" {
                    current = None;
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let attr = |k: &str| {
            e.try_get_attribute(k)
                .unwrap()
                .map(|a| a.value.into_owned())
        };
        let local = |v: String| v.trim_start_matches("c:").to_owned();
        match e.name().into_inner() {
            "xs:complexType" => current = attr("name"),
            "xs:element" => {
                let (name, ty) = (attr("name").unwrap(), local(attr("type").unwrap()));
                match &current {
                    Some(owner) => {
                        t.children
                            .entry(owner.clone())
                            .or_default()
                            .insert(name, ty);
                    }
                    None => {
                        t.root.insert(name, ty);
                    }
                }
            }
            "xs:attribute" => {
                if let Some(owner) = &current {
                    let name = attr("name").or_else(|| attr("ref")).unwrap();
                    t.attrs.entry(owner.clone()).or_default().insert(name);
                }
            }
            _ => {}
        }
    }
    t
}

/// Checks every element of `xml` against the type the XSD gives it where it appears, and every
/// attribute against that type's attributes. Order and counts are left to xmllint.
fn check_in_context(t: &Types, xml: &str) {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut stack: Vec<String> = Vec::new();
    loop {
        let (e, empty) = match reader.read_event().unwrap() {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(_) => {
                stack.pop();
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let name = e.name().into_inner().to_owned();
        let ty = match stack.last() {
            None => t.root.get(&name).cloned(),
            Some(parent) => t.children.get(parent).and_then(|c| c.get(&name)).cloned(),
        }
        .unwrap_or_else(|| panic!("<{name}> is not declared in {:?}", stack.last()));
        for a in e.attributes() {
            let key = a.unwrap().key.into_inner().to_owned();
            if key != "xmlns" {
                assert!(
                    t.attrs.get(&ty).is_some_and(|s| s.contains(&key)),
                    "attribute {key} of <{name}> is not declared in type {ty}"
                );
            }
        }
        if !empty {
            stack.push(ty);
        }
    }
}

#[test]
fn every_element_and_attribute_is_declared_where_it_appears() {
    let t = types(&xsd());
    check_in_context(&t, &chidao_xml::to_string(&common::rich()).unwrap());
    check_in_context(&t, &chidao_xml::to_string(&common::bundled()).unwrap());

    // The check does catch what the XSD does not declare at that place.
    let rich = chidao_xml::to_string(&common::rich()).unwrap();
    for bad in [
        rich.replacen("<agency id=", "<agency date=\"2024-01-01\" id=", 1),
        rich.replacen("<alias>", "<place>", 1)
            .replacen("</alias>", "</place>", 1),
    ] {
        let caught = std::panic::catch_unwind(|| check_in_context(&t, &bad));
        assert!(caught.is_err(), "not caught");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]

    #[test]
    fn random_datasets_fit_the_xsd(dataset in common::dataset()) {
        check_in_context(&types(&xsd()), &chidao_xml::to_string(&dataset).unwrap());
    }
}
