//! Unit tests of the reader.
use super::*;

#[test]
fn nesting_guard_fires_at_the_limit() {
    // The public reader refuses unknown elements before this deep; drive the parser itself.
    let depth = MAX_DEPTH + 5;
    let src = format!(
        "<a xmlns=\"{NAMESPACE}\">{}{}</a>",
        "<a>".repeat(depth),
        "</a>".repeat(depth)
    );
    let mut p = Parser::new(&src);
    let (pos, ev) = p.next().unwrap();
    let Event::Start(s) = ev else {
        panic!("{ev:?}")
    };
    p.open(pos, &s).unwrap();
    let mut opened = 1;
    let err = loop {
        match p.child() {
            Ok(Some(_)) => opened += 1,
            Ok(None) => panic!("ended without refusing"),
            Err(e) => break e,
        }
    };
    assert_eq!(opened, MAX_DEPTH);
    assert_eq!(err.category(), ErrorCategory::Refused);
    assert_eq!(
        err.message(),
        "elements are nested deeper than the limit of 16"
    );
    assert_eq!(err.path().matches("/a").count(), MAX_DEPTH + 1);
}

#[test]
fn dates() {
    let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    for (text, date) in [
        ("2024-01-31", d(2024, 1, 31)),
        ("0001-01-01", d(1, 1, 1)),
        ("0000-06-15", d(0, 6, 15)),
    ] {
        assert_eq!(parse_date(text), Ok(date), "{text}");
        assert_eq!(chidao_model::format_date(date).unwrap(), text);
    }
    for bad in [
        "-0044-03-15",
        "12345-12-31",
        "10000-01-01",
        "2024-1-31",
        "24-01-31",
        "2024-01-31Z",
        "+2024-01-31",
        "02024-01-01",
        "2024/01/31",
        "",
    ] {
        assert!(
            parse_date(bad).unwrap_err().contains("is not a date"),
            "{bad}"
        );
    }
    assert_eq!(
        parse_date("2023-02-29").unwrap_err(),
        "`2023-02-29` is not a calendar date"
    );
}

#[test]
fn decimals() {
    let dec = |s: &str| Decimal::from_str(s).unwrap();
    for (text, value) in [
        ("7", dec("7")),
        ("7.50", dec("7.5")),
        ("+2.09", dec("2.09")),
        ("-0.25", dec("-0.25")),
        (".5", dec("0.5")),
        ("-.5", dec("-0.5")),
        ("3.", dec("3")),
        ("79228162514264337593543950335", Decimal::MAX),
    ] {
        assert_eq!(parse_decimal(text), Ok(value), "{text}");
    }
    for bad in ["", ".", "1e5", "1_000", "1,5", "NaN", "--1", "1.2.3"] {
        assert!(parse_decimal(bad).is_err(), "{bad}");
    }
    assert!(
        parse_decimal("79228162514264337593543950336")
            .unwrap_err()
            .contains("in range")
    );
}
