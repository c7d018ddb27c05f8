//! Languages, bilingual text and the [`Vocabulary`] trait shared by every enumeration.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A language a person reads the data in.
///
/// Vietnamese is the working language of the data; English is always available for labels and
/// optional for free text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Vietnamese (tiếng Việt).
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// Every language, Vietnamese first.
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// The BCP 47 tag of the language (`vi`, `en`), as used by `xml:lang`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl std::str::FromStr for Lang {
    type Err = crate::ParseEnumError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "vi" => Ok(Lang::Vi),
            "en" => Ok(Lang::En),
            _ => Err(crate::ParseEnumError::new("language", s)),
        }
    }
}

/// Text written in Vietnamese, with an optional English rendering.
///
/// The Vietnamese text is the authoritative one; [`Text::get`] falls back to it when no English
/// text was given.
///
/// ```
/// use chidao_model::{Lang, Text};
/// let t = Text::vi("Sở Kế hoạch và Đầu tư").with_en("Department of Planning and Investment");
/// assert_eq!(t.get(Lang::En), "Department of Planning and Investment");
/// assert_eq!(Text::vi("Hội nghị").get(Lang::En), "Hội nghị");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// The Vietnamese text.
    pub vi: String,
    /// The English text, where one has been written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Text {
    /// Text in Vietnamese only.
    pub fn vi(vi: impl Into<String>) -> Self {
        Text {
            vi: vi.into(),
            en: None,
        }
    }

    /// Text in both languages.
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            vi: vi.into(),
            en: Some(en.into()),
        }
    }

    /// The same text with an English rendering added.
    #[must_use]
    pub fn with_en(mut self, en: impl Into<String>) -> Self {
        self.en = Some(en.into());
        self
    }

    /// The text in `lang`, falling back to Vietnamese when there is no English text.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => self.en.as_deref().unwrap_or(&self.vi),
        }
    }

    /// Whether the Vietnamese text is empty or only white space.
    pub fn is_blank(&self) -> bool {
        self.vi.trim().is_empty()
    }
}

/// Serde of a list of bilingual names that also reads the plain strings of format 1.1 (a name
/// in Vietnamese only): `["Cửa khẩu Hữu Nghị"]` and `[{"vi": "Cửa khẩu Hữu Nghị", "en": "…"}]`
/// read the same. Written, always as [`Text`] objects.
pub(crate) mod texts {
    use serde::{Deserialize, Deserializer};

    use super::Text;

    /// A place's name: bilingual text, or a string in Vietnamese only (as format 1.1 wrote it).
    #[derive(Deserialize)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    #[serde(untagged)]
    pub(crate) enum PlaceName {
        /// Bilingual text.
        Text(Text),
        /// A name in Vietnamese only (format 1.1).
        Vi(String),
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Text>, D::Error> {
        let items = Vec::<PlaceName>::deserialize(d)?;
        Ok(items
            .into_iter()
            .map(|t| match t {
                PlaceName::Text(t) => t,
                PlaceName::Vi(vi) => Text::vi(vi),
            })
            .collect())
    }
}

/// A closed set of values with a stable code and a label in each language.
///
/// Every enumeration of the model implements it, so that tools (schema generators, report
/// writers, user interfaces) can list the allowed values with their labels without knowing
/// the type.
///
/// ```
/// use chidao_model::{Lang, TaskStatus, Vocabulary};
/// assert_eq!(TaskStatus::Overdue.code(), "overdue");
/// assert_eq!(TaskStatus::Overdue.label(Lang::Vi), "Đang thực hiện quá hạn");
/// assert!(TaskStatus::ALL.contains(&TaskStatus::NoDeadline));
/// ```
pub trait Vocabulary: Sized + Copy + 'static {
    /// The name of the vocabulary, in snake_case (`task_status`).
    const NAME: &'static str;
    /// Every value, in their documented order.
    const ALL: &'static [Self];
    /// The stable code of the value, as it appears in JSON and XML.
    fn code(self) -> &'static str;
    /// The label a person reads, in `lang`.
    fn label(self, lang: Lang) -> &'static str;
    /// The value with the given code.
    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.code() == code)
    }
}

/// Defines a public enumeration with codes and bilingual labels, implementing [`Vocabulary`],
/// `Display` (the code), `FromStr` (from the code) and serde (as the code).
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident as $vname:literal {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = ($code:literal, $vi:literal, $en:literal)
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
        pub enum $name {
            $(
                $(#[$vmeta])*
                #[serde(rename = $code)]
                $variant,
            )+
        }

        impl $crate::Vocabulary for $name {
            const NAME: &'static str = $vname;
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            fn label(self, lang: $crate::Lang) -> &'static str {
                match (self, lang) {
                    $(
                        ($name::$variant, $crate::Lang::Vi) => $vi,
                        ($name::$variant, $crate::Lang::En) => $en,
                    )+
                }
            }
        }

        impl $name {
            /// The stable code of the value (see [`Vocabulary::code`](crate::Vocabulary::code)).
            pub fn code(self) -> &'static str {
                <Self as $crate::Vocabulary>::code(self)
            }
            /// The label a person reads, in `lang` (see [`Vocabulary::label`](crate::Vocabulary::label)).
            pub fn label(self, lang: $crate::Lang) -> &'static str {
                <Self as $crate::Vocabulary>::label(self, lang)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::ParseEnumError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <Self as $crate::Vocabulary>::from_code(s)
                    .ok_or_else(|| $crate::ParseEnumError::new($vname, s))
            }
        }
    };
}
pub(crate) use vocabulary;

/// The error returned when a string is not the code of any value of a vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {vocabulary} code `{value}`")]
pub struct ParseEnumError {
    vocabulary: &'static str,
    value: String,
}

impl ParseEnumError {
    pub(crate) fn new(vocabulary: &'static str, value: &str) -> Self {
        ParseEnumError {
            vocabulary,
            value: value.to_owned(),
        }
    }

    /// The name of the vocabulary that was asked for.
    pub fn vocabulary(&self) -> &'static str {
        self.vocabulary
    }

    /// The text that is not a code of the vocabulary, as given.
    pub fn value(&self) -> &str {
        &self.value
    }
}
