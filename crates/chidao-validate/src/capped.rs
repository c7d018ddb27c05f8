//! A JSON value built with a bound on what it may cost: arrays keep their first
//! [`MAX_ITEMS`] elements and objects their first [`MAX_ITEMS`] members, the rest read and
//! dropped. A record the model rejects is checked against its schema through this value, so
//! that a wrong shape costs what its first elements cost, not memory many times its size
//! (`[[0,0,0,…]]` as a source of 40 MB would otherwise be a tree of 21 million values).

use std::fmt;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// The most elements of one array, or members of one object, that are kept.
pub(crate) const MAX_ITEMS: usize = 1000;

/// A value of at most [`MAX_ITEMS`] items per array and object.
pub(crate) struct Capped(pub(crate) Value);

impl<'de> Deserialize<'de> for Capped {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(CappedVisitor).map(Capped)
    }
}

struct CappedVisitor;

impl<'de> Visitor<'de> for CappedVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(v.into())
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(v.into())
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Capped::deserialize(d).map(|c| c.0)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while items.len() < MAX_ITEMS {
            match seq.next_element::<Capped>()? {
                Some(Capped(v)) => items.push(v),
                None => return Ok(Value::Array(items)),
            }
        }
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut members = Map::new();
        while members.len() < MAX_ITEMS {
            match map.next_key::<String>()? {
                Some(k) => {
                    let Capped(v) = map.next_value()?;
                    members.insert(k, v);
                }
                None => return Ok(Value::Object(members)),
            }
        }
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Value::Object(members))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_values_are_kept_whole_and_long_arrays_are_cut() {
        let text = r#"{"a": [1, "x", null, true, 2.5, {"b": []}]}"#;
        let Capped(v) = serde_json::from_str(text).unwrap();
        assert_eq!(v, serde_json::from_str::<Value>(text).unwrap());
        let long = format!("[{}0]", "0,".repeat(5000));
        let Capped(v) = serde_json::from_str(&long).unwrap();
        assert_eq!(v.as_array().unwrap().len(), MAX_ITEMS);
    }
}
