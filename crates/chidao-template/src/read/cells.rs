//! One cell to one JSON value, by the kind of its column, accepting what spreadsheet users
//! really type: dates as text, numbers as text with a decimal comma, labels for codes.

use calamine::Data;
use chidao_model::{Lang, NaiveDate, match_key};
use serde_json::Value;

use crate::bool_label;
use crate::layout::{Kind, Layout, pick};

/// Why a cell's value does not fit its column: a rule code and a message.
pub(crate) struct Bad {
    pub rule: &'static str,
    pub message: String,
}

fn bad(rule: &'static str, message: impl Into<String>) -> Bad {
    Bad {
        rule,
        message: message.into(),
    }
}

/// A cell as text, the way a person reads it: whole numbers without `.0`, dates as
/// `yyyy-mm-dd`.
pub(crate) fn cell_text(data: &Data) -> Option<String> {
    match data {
        Data::Empty => None,
        Data::String(s) => Some(s.clone()),
        Data::Int(i) => Some(i.to_string()),
        Data::Float(f) => Some(number_text(*f)),
        Data::Bool(b) => Some(if *b { "TRUE" } else { "FALSE" }.to_owned()),
        Data::DateTime(d) => Some(
            d.as_datetime()
                .map_or_else(|| d.as_f64().to_string(), |t| t.date().to_string()),
        ),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Some(s.clone()),
        Data::Error(e) => Some(format!("#{e:?}")),
    }
}

fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 9.007_199_254_740_992e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

/// The value of a cell for a column of `kind`; `None` for an empty cell (or one of white
/// space only, outside free text).
pub(crate) fn convert(
    data: &Data,
    kind: Kind,
    layout: &Layout,
    lang: Lang,
) -> Result<Option<Value>, Bad> {
    if let Data::Error(e) = data {
        return Err(bad(
            "cell-error",
            match lang {
                Lang::Vi => format!("ô chứa lỗi công thức ({e:?})"),
                Lang::En => format!("the cell holds a formula error ({e:?})"),
            },
        ));
    }
    let Some(text) = cell_text(data) else {
        return Ok(None);
    };
    if !matches!(kind, Kind::Text) && text.trim().is_empty() {
        return Ok(None);
    }
    let value = match kind {
        Kind::Text => Value::String(text),
        Kind::Code | Kind::Ref(_) => Value::String(text.trim().to_owned()),
        Kind::Int => int(data, text.trim(), lang)?,
        Kind::Decimal => decimal(data, text.trim(), lang)?,
        Kind::Date => Value::String(date(data, text.trim(), lang)?.to_string()),
        Kind::Bool => Value::Bool(boolean(data, text.trim(), lang)?),
        Kind::Vocab(v) => {
            let vocab = &layout.vocabs[v];
            let key = match_key(text.trim());
            let found = vocab.values.iter().find(|(code, vi, en)| {
                *code == text.trim() || match_key(vi) == key || match_key(en) == key || match_key(code) == key
            });
            match found {
                Some((code, _, _)) => Value::String((*code).to_owned()),
                None => {
                    let allowed: Vec<&str> =
                        vocab.values.iter().map(|(_, vi, en)| pick(lang, vi, en)).collect();
                    return Err(bad(
                        "unknown-value",
                        match lang {
                            Lang::Vi => format!("không có trong danh sách; chọn một trong: {}", allowed.join(", ")),
                            Lang::En => format!("not in the list; pick one of: {}", allowed.join(", ")),
                        },
                    ));
                }
            }
        }
        Kind::Json => serde_json::from_str(text.trim()).map_err(|e| {
            bad(
                "bad-code",
                match lang {
                    Lang::Vi => format!("mã máy không đọc được ({e}); xóa ô để chidao tự điền"),
                    Lang::En => format!("the machine code cannot be read ({e}); clear the cell to have chidao fill it"),
                },
            )
        })?,
    };
    Ok(Some(value))
}

/// Digits in groups of three (`1.000.000`, `1 000 000`, `1,000,000`) without the separators;
/// `None` when the groups are not all of three.
fn ungroup(text: &str, sep: char) -> Option<String> {
    let parts: Vec<&str> = text.split(sep).collect();
    let first = parts.first()?;
    let ok = !first.is_empty()
        && first.len() <= 3
        && parts[1..]
            .iter()
            .all(|p| p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()));
    ok.then(|| parts.concat())
}

fn int(data: &Data, text: &str, lang: Lang) -> Result<Value, Bad> {
    let not = || {
        bad(
            "not-a-number",
            pick(lang, "không phải số nguyên", "not a whole number"),
        )
    };
    match data {
        Data::Int(i) => return Ok(Value::from(*i)),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 9.007_199_254_740_992e15 => {
            return Ok(Value::from(*f as i64));
        }
        Data::Float(_) => return Err(not()),
        _ => {}
    }
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let digits = if digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.to_owned()
    } else {
        [' ', '\u{a0}', '.', ',']
            .iter()
            .find_map(|&sep| ungroup(digits, sep))
            .ok_or_else(not)?
    };
    let text = format!("{sign}{digits}");
    // Amounts in đồng go past i64: such a value is an unsigned JSON number.
    match text.parse::<i64>() {
        Ok(i) => Ok(Value::from(i)),
        Err(_) => text.parse::<u64>().map(Value::from).map_err(|_| not()),
    }
}

/// A decimal written with a point or a comma: `7.5`, `7,5`, `1.234,5`, `1,234.5`.
fn decimal(data: &Data, text: &str, lang: Lang) -> Result<Value, Bad> {
    let not = || {
        bad(
            "not-a-number",
            pick(lang, "không phải một số", "not a number"),
        )
    };
    // A whole number past 2^53 is the double's exact value, not the shortest decimal naming the
    // same double (1141914769869544832, not 1141914769869544800): the writer puts such a number
    // in a cell only when the double holds it exactly.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    match data {
        Data::Int(i) => return Ok(Value::from(*i)),
        Data::Float(f) if f.abs() >= EXACT && *f >= i64::MIN as f64 && *f < u64::MAX as f64 => {
            return Ok(if *f < 0.0 {
                Value::from(*f as i64)
            } else {
                Value::from(*f as u64)
            });
        }
        Data::Float(f) => {
            return serde_json::Number::from_f64(*f)
                .map(Value::Number)
                .ok_or_else(not);
        }
        _ => {}
    }
    let t: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}'))
        .collect();
    // A number in exponent form, as a spreadsheet shows a very large or small one.
    if t.contains(['e', 'E'])
        && let Ok(Value::Number(n)) = serde_json::from_str::<Value>(&t)
    {
        return Ok(Value::Number(n));
    }
    let (sign, body) = match t.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", t.as_str()),
    };
    let plain = match (body.rfind(','), body.rfind('.')) {
        (Some(c), Some(p)) => {
            let (int_part, frac, group) = if c > p {
                (&body[..c], &body[c + 1..], '.')
            } else {
                (&body[..p], &body[p + 1..], ',')
            };
            format!("{}.{frac}", ungroup(int_part, group).ok_or_else(not)?)
        }
        (Some(c), None) if body.matches(',').count() == 1 => {
            format!("{}.{}", &body[..c], &body[c + 1..])
        }
        (None, Some(p)) if body.matches('.').count() == 1 => {
            body[..p].to_owned() + "." + &body[p + 1..]
        }
        (Some(_), None) => ungroup(body, ',').ok_or_else(not)?,
        (None, Some(_)) => ungroup(body, '.').ok_or_else(not)?,
        (None, None) => body.to_owned(),
    };
    let ok = !plain.is_empty()
        && plain.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && plain.bytes().any(|b| b.is_ascii_digit())
        && !plain.starts_with('.')
        && !plain.ends_with('.');
    if !ok {
        return Err(not());
    }
    serde_json::from_str(&format!("{sign}{plain}")).map_err(|_| not())
}

/// A day from a date cell, or from text in `dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`,
/// `dd.mm.yyyy` or `yyyy-mm-dd`.
pub(crate) fn date(data: &Data, text: &str, lang: Lang) -> Result<NaiveDate, Bad> {
    match data {
        Data::DateTime(d) => {
            return d.as_datetime().map(|t| t.date()).ok_or_else(|| {
                bad(
                    "bad-date",
                    pick(lang, "ngày không hợp lệ", "not a valid date"),
                )
            });
        }
        Data::Float(_) | Data::Int(_) => {
            return Err(bad(
                "bad-date",
                pick(
                    lang,
                    "là một số, không phải ngày: nhập ngày dạng dd/mm/yyyy",
                    "a number, not a date: write the date as dd/mm/yyyy",
                ),
            ));
        }
        _ => {}
    }
    let text = text
        .get(..10)
        .filter(|_| matches!(data, Data::DateTimeIso(_)))
        .unwrap_or(text);
    let parts: Vec<&str> = text.split(['/', '-', '.']).collect();
    let numbers: Option<Vec<u32>> = parts
        .iter()
        .map(|p| {
            (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect();
    let not = |why: &str| bad("bad-date", why.to_owned());
    let Some([a, b, c]) = numbers
        .as_deref()
        .and_then(|n| <[u32; 3]>::try_from(n).ok())
    else {
        return Err(not(pick(
            lang,
            "không phải ngày: nhập dạng dd/mm/yyyy (31/03/2024)",
            "not a date: write it as dd/mm/yyyy (31/03/2024)",
        )));
    };
    let (y, m, d) = if parts[0].len() == 4 {
        (a, b, c)
    } else if parts[2].len() == 4 {
        (c, b, a)
    } else {
        return Err(not(pick(
            lang,
            "năm phải có 4 chữ số (31/03/2024)",
            "the year must have four digits (31/03/2024)",
        )));
    };
    NaiveDate::from_ymd_opt(y as i32, m, d).ok_or_else(|| {
        not(pick(
            lang,
            "ngày này không có trong lịch",
            "no such day in the calendar",
        ))
    })
}

fn boolean(data: &Data, text: &str, lang: Lang) -> Result<bool, Bad> {
    if let Data::Bool(b) = data {
        return Ok(*b);
    }
    let key = match_key(text);
    let yes = ["có", "yes", "x", "true", "1", "đúng", "rồi", "đã"];
    let no = ["không", "no", "false", "0", "sai", "chưa"];
    if yes.iter().any(|y| match_key(y) == key) {
        Ok(true)
    } else if no.iter().any(|n| match_key(n) == key) {
        Ok(false)
    } else {
        Err(bad(
            "not-yes-no",
            match lang {
                Lang::Vi => format!(
                    "ghi \"{}\" hoặc \"{}\"",
                    bool_label(true, lang),
                    bool_label(false, lang)
                ),
                Lang::En => format!(
                    "write \"{}\" or \"{}\"",
                    bool_label(true, lang),
                    bool_label(false, lang)
                ),
            },
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::layout;

    fn text(kind: Kind, s: &str) -> Result<Option<Value>, String> {
        convert(&Data::String(s.to_owned()), kind, layout(), Lang::En)
            .map_err(|b| b.rule.to_owned())
    }

    #[test]
    fn dates_are_read_from_text_in_the_forms_clerks_type() {
        for (written, day) in [
            ("31/03/2024", "2024-03-31"),
            ("1/3/2024", "2024-03-01"),
            ("31-03-2024", "2024-03-31"),
            ("31.03.2024", "2024-03-31"),
            ("2024-03-31", "2024-03-31"),
            (" 29/02/2024 ", "2024-02-29"),
        ] {
            assert_eq!(
                text(Kind::Date, written),
                Ok(Some(Value::from(day))),
                "{written}"
            );
        }
        for wrong in ["31/02/2024", "2024", "31/03/24", "ngày 31", "13/13/2024"] {
            assert_eq!(
                text(Kind::Date, wrong),
                Err("bad-date".to_owned()),
                "{wrong}"
            );
        }
        let serial = convert(&Data::Float(45382.0), Kind::Date, layout(), Lang::En);
        assert_eq!(serial.err().map(|b| b.rule), Some("bad-date"));
    }

    #[test]
    fn numbers_are_read_with_a_decimal_comma_or_point_and_grouped_digits() {
        for (written, value) in [
            ("7,5", "7.5"),
            ("7.5", "7.5"),
            ("1.234,5", "1234.5"),
            ("1,234.5", "1234.5"),
            ("1.234.567", "1234567"),
            ("-0,25", "-0.25"),
            ("12", "12"),
        ] {
            let expected: Value = serde_json::from_str(value).unwrap();
            assert_eq!(
                text(Kind::Decimal, written),
                Ok(Some(expected)),
                "{written}"
            );
        }
        for wrong in ["7,5,1", "abc", "1.23.4", ",5", "5,"] {
            assert_eq!(
                text(Kind::Decimal, wrong),
                Err("not-a-number".to_owned()),
                "{wrong}"
            );
        }
        assert_eq!(
            text(Kind::Int, "1.000.000"),
            Ok(Some(Value::from(1_000_000)))
        );
        assert_eq!(text(Kind::Int, "2 024"), Ok(Some(Value::from(2024))));
        assert_eq!(text(Kind::Int, "7,5"), Err("not-a-number".to_owned()));
        let float = convert(&Data::Float(7.5), Kind::Int, layout(), Lang::En);
        assert_eq!(float.err().map(|b| b.rule), Some("not-a-number"));
    }

    #[test]
    fn codes_are_read_from_labels_in_either_language_or_the_code() {
        let kind = layout()
            .sheets
            .iter()
            .flat_map(|s| &s.columns)
            .find(|c| c.code == "level")
            .map(|c| c.kind)
            .unwrap();
        for written in ["province", "Tỉnh", "tỉnh", "Province ", "TỈNH"] {
            assert_eq!(
                text(kind, written),
                Ok(Some(Value::from("province"))),
                "{written}"
            );
        }
        assert_eq!(text(kind, "galaxy"), Err("unknown-value".to_owned()));
        assert_eq!(text(Kind::Bool, "có"), Ok(Some(Value::Bool(true))));
        assert_eq!(text(Kind::Bool, "No"), Ok(Some(Value::Bool(false))));
        assert_eq!(text(Kind::Bool, "maybe"), Err("not-yes-no".to_owned()));
        assert_eq!(
            text(Kind::Text, " kept as written "),
            Ok(Some(Value::from(" kept as written ")))
        );
        assert_eq!(text(Kind::Code, " t-1 "), Ok(Some(Value::from("t-1"))));
        assert_eq!(text(Kind::Code, "  "), Ok(None));
    }
}
