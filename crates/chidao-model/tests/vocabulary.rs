//! Every enumeration: serde writes its code, `FromStr` reads it back, and every value has a
//! distinct, non-empty label in both languages.

use chidao_model::*;

fn check<V>()
where
    V: Vocabulary
        + serde::Serialize
        + serde::de::DeserializeOwned
        + std::str::FromStr
        + PartialEq
        + std::fmt::Debug,
{
    assert!(!V::ALL.is_empty(), "{}", V::NAME);
    for lang in Lang::ALL {
        let mut labels: Vec<&str> = V::ALL.iter().map(|v| v.label(lang)).collect();
        assert!(
            labels.iter().all(|l| !l.trim().is_empty()),
            "{} {lang}",
            V::NAME
        );
        labels.sort_unstable();
        labels.dedup();
        assert_eq!(
            labels.len(),
            V::ALL.len(),
            "{}: labels in {lang} are not distinct",
            V::NAME
        );
    }
    for &v in V::ALL {
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(json, format!("\"{}\"", v.code()), "{}", V::NAME);
        assert_eq!(serde_json::from_str::<V>(&json).unwrap(), v);
        assert_eq!(V::from_code(v.code()), Some(v));
        assert!(v.code().parse::<V>().is_ok());
        assert!(
            v.code()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_' || c == '-'),
            "{}",
            v.code()
        );
    }
    assert!("no-such-code".parse::<V>().is_err());
}

#[test]
fn every_vocabulary() {
    check::<AgencyKind>();
    check::<AgencyLevel>();
    check::<MeetingKind>();
    check::<DocumentType>();
    check::<Authority>();
    check::<OutputKind>();
    check::<HaltKind>();
    check::<Frequency>();
    check::<IndicatorGroup>();
    check::<Polarity>();
    check::<Measure>();
    check::<Unit>();
    check::<Assessment>();
    check::<FigureKind>();
    check::<Sector>();
    check::<InvestmentForm>();
    check::<ProjectPhase>();
    check::<SourceKind>();
    check::<TaskStatus>();
    check::<Severity>();
    check::<Rule>();
}

#[test]
fn document_type_abbreviations_round_trip() {
    for &t in DocumentType::ALL {
        if let Some(abbr) = t.abbreviation() {
            assert_eq!(DocumentType::from_abbreviation(abbr), Some(t));
        }
    }
    assert_eq!(
        DocumentType::from_abbreviation("QD"),
        Some(DocumentType::Decision)
    );
}

#[test]
fn decimals_read_exactly_from_json_numbers() {
    let y: IndicatorYear = serde_json::from_str(
        r#"{"year": 2020, "target": {"kind": "at_least", "value": 100}, "figure": {"kind": "actual", "value": 100.9}}"#,
    )
    .unwrap();
    assert_eq!(
        y.figure.as_ref().unwrap().value,
        "100.9".parse::<Decimal>().unwrap()
    );
    assert_eq!(
        y.percent_of_target(Polarity::HigherIsBetter),
        Some("100.9".parse().unwrap())
    );
    let back = serde_json::to_string(&y).unwrap();
    assert!(back.contains(r#""value":100.9"#), "{back}");
    assert!(back.contains(r#""value":100}"#), "{back}");
    for text in ["2.09", "4.29", "59.8", "81.8", "0.1", "7"] {
        let v: Figure =
            serde_json::from_str(&format!(r#"{{"kind": "estimate", "value": {text}}}"#)).unwrap();
        assert_eq!(v.value.to_string(), text);
    }
}
