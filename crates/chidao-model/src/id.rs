//! Validated identifiers of the records of a dataset.
//!
//! An identifier is 1 to 64 characters of ASCII letters, digits, `-`, `_` and `.`, starting with
//! a letter or a digit. Identifiers are case-sensitive and unique within a dataset (agencies and
//! agency groups share one namespace, since a task may be assigned to either).

use std::fmt;

use serde::{Deserialize, Serialize};

/// The longest identifier accepted, in bytes.
pub const MAX_ID_LEN: usize = 64;

/// Why a string is not a valid identifier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IdError {
    /// The string is empty.
    #[error("identifier is empty")]
    Empty,
    /// The string is longer than [`MAX_ID_LEN`].
    #[error("identifier is longer than {MAX_ID_LEN} characters")]
    TooLong,
    /// The string contains a character outside `[A-Za-z0-9._-]`, or starts with `.`, `-` or `_`.
    #[error(
        "identifier `{0}` may only hold ASCII letters, digits, '.', '-' and '_', starting with a letter or digit"
    )]
    BadCharacter(String),
}

pub(crate) fn check_id(s: &str) -> Result<(), IdError> {
    if s.is_empty() {
        return Err(IdError::Empty);
    }
    if s.len() > MAX_ID_LEN {
        return Err(IdError::TooLong);
    }
    let mut chars = s.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphanumeric());
    if !first_ok
        || !s
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
    {
        return Err(IdError::BadCharacter(s.to_owned()));
    }
    Ok(())
}

/// The regular expression every identifier matches (for schemas).
pub const ID_PATTERN: &str = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(Box<str>);

        impl $name {
            /// Creates the identifier, checking its form.
            ///
            /// # Errors
            ///
            /// Returns [`IdError`] when `s` is empty, longer than 64 bytes, or holds a character
            /// other than ASCII letters, digits, `.`, `-` and `_`.
            pub fn new(s: impl Into<String>) -> Result<Self, IdError> {
                let s = s.into();
                check_id(&s)?;
                Ok($name(s.into_boxed_str()))
            }

            /// The identifier as a string slice.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = IdError;
            fn try_from(s: String) -> Result<Self, IdError> {
                $name::new(s)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = IdError;
            fn try_from(s: &str) -> Result<Self, IdError> {
                $name::new(s)
            }
        }

        impl std::str::FromStr for $name {
            type Err = IdError;
            fn from_str(s: &str) -> Result<Self, IdError> {
                $name::new(s)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0.into()
            }
        }

        #[cfg(feature = "schemars")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "pattern": ID_PATTERN,
                    "description": concat!("Identifier: ", stringify!($name), ".")
                })
            }
        }
    };
}

id_type!(
    /// Identifier of an [`Agency`](crate::Agency) or of an [`AgencyGroup`](crate::AgencyGroup):
    /// both can be assigned a task, so they share one namespace.
    AgencyId
);
id_type!(
    /// Identifier of an [`Official`](crate::Official).
    OfficialId
);
id_type!(
    /// Identifier of a [`Meeting`](crate::Meeting).
    MeetingId
);
id_type!(
    /// Identifier of a [`Directive`](crate::Directive).
    DirectiveId
);
id_type!(
    /// Identifier of a [`Task`](crate::Task).
    TaskId
);
id_type!(
    /// Identifier of an [`Indicator`](crate::Indicator).
    IndicatorId
);
id_type!(
    /// Identifier of a [`Project`](crate::Project).
    ProjectId
);
id_type!(
    /// Identifier of a [`Source`](crate::Source) document a record is taken from.
    SourceId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_and_rejects() {
        for ok in ["a", "so-khdt", "tb.2024_01", "394-TB-VPCP", &"x".repeat(64)] {
            assert!(TaskId::new(ok).is_ok(), "{ok}");
        }
        assert_eq!(TaskId::new(""), Err(IdError::Empty));
        assert_eq!(TaskId::new("x".repeat(65)), Err(IdError::TooLong));
        for bad in ["-a", ".a", "_a", "a b", "sở", "a/b"] {
            assert!(
                matches!(TaskId::new(bad), Err(IdError::BadCharacter(_))),
                "{bad}"
            );
        }
    }
}
