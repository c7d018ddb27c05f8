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
        // `from_f64` keeps the shortest decimal that round-trips, so 2.09 reads as exactly 2.09.
        Decimal::from_f64(v)
            .map(|d| d.normalize())
            .ok_or_else(|| E::custom(format!("number {v} is out of range")))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        v.parse::<Decimal>()
            .map(|d| d.normalize())
            .map_err(|_| E::custom(format!("`{v}` is not a decimal number")))
    }
}

fn write<S: Serializer>(v: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    let v = v.normalize();
    if v.scale() == 0
        && let Some(i) = v.to_i64()
    {
        return s.serialize_i64(i);
    }
    s.serialize_f64(
        v.to_f64()
            .ok_or_else(|| serde::ser::Error::custom("decimal out of range"))?,
    )
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
