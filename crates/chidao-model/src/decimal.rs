//! Serde helpers writing decimals as plain JSON numbers.

use rust_decimal::Decimal;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use serde::de::{self, Visitor};
use serde::{Deserializer, Serializer};

struct DecimalVisitor;

impl Visitor<'_> for DecimalVisitor {
    type Value = Decimal;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a number")
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        // The shortest decimal that reads back as the same double, so 2.09 reads as exactly 2.09.
        shortest(v).ok_or_else(|| E::custom(format!("number {v} is out of range")))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        v.parse::<Decimal>()
            .map(|d| d.normalize())
            .map_err(|_| E::custom(format!("`{v}` is not a decimal number")))
    }
}

/// The shortest decimal that reads back as `f` (Rust prints a double as the shortest text that
/// parses back to it, and never in exponent form), normalised.
fn shortest(f: f64) -> Option<Decimal> {
    format!("{f}")
        .parse::<Decimal>()
        .ok()
        .or_else(|| Decimal::from_f64(f))
        .map(|d| d.normalize())
}

fn write<S: Serializer>(v: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    let v = v.normalize();
    if v.scale() == 0
        && let Some(i) = v.to_i64()
    {
        return s.serialize_i64(i);
    }
    // A JSON number is read as a double: write the double nearest to the decimal (parsing its
    // text rounds correctly), as the integer it reads back as when that is a whole number. The
    // text written is then the text written again after loading it.
    let mut f = v
        .to_string()
        .parse::<f64>()
        .ok()
        .filter(|f| f.is_finite())
        .ok_or_else(|| serde::ser::Error::custom("decimal out of range"))?;
    // Near the largest decimals the nearest double is beyond them: take the next one toward zero,
    // which reads back.
    for _ in 0..4 {
        if shortest(f).is_some() {
            break;
        }
        f = if f > 0.0 { f.next_down() } else { f.next_up() };
    }
    if let Some(i) = shortest(f)
        .filter(|d| d.scale() == 0)
        .and_then(|d| d.to_i64())
    {
        return s.serialize_i64(i);
    }
    s.serialize_f64(f)
}

/// A required decimal as a JSON number.
pub(crate) mod required {
    use super::*;
    pub fn serialize<S: Serializer>(v: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        write(v, s)
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        d.deserialize_any(DecimalVisitor)
    }
}
