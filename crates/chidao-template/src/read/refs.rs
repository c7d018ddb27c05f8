//! Agencies written by name: the names, abbreviations and other names of the agencies and
//! groups of the workbook, to find the id a clerk meant.

use std::collections::{HashMap, HashSet};

use chidao_model::{Lang, match_key};

use super::{SheetData, cells};
use crate::layout::pick;

/// The agencies and groups of the workbook, by id and by every name they go by.
pub(crate) struct Index {
    ids: HashSet<String>,
    names: HashMap<String, Vec<String>>,
}

/// Whether `s` has the form of an id (the model's own rule).
fn is_id(s: &str) -> bool {
    s.parse::<chidao_model::AgencyId>().is_ok()
}

impl Index {
    pub(crate) fn new(sheets: &[SheetData<'_>]) -> Self {
        let mut ids = HashSet::new();
        let mut names: HashMap<String, Vec<String>> = HashMap::new();
        for data in sheets.iter().filter(|d| {
            d.sheet.list.is_none() && matches!(d.sheet.collection, "agencies" | "agency_groups")
        }) {
            let col = |code: &'static str| {
                data.columns
                    .iter()
                    .filter(move |f| f.column.code == code)
                    .map(|f| f.col)
            };
            let end = data.range.end().map_or(0, |e| e.0);
            for row in data.first..=end {
                let text = |c: u32| {
                    data.range
                        .get_value((row, c))
                        .and_then(cells::cell_text)
                        .map(|t| t.trim().to_owned())
                        .filter(|t| !t.is_empty())
                };
                let Some(id) = col("id").next().and_then(text) else {
                    continue;
                };
                for code in ["name.vi", "name.en", "abbreviation", "aliases"] {
                    for c in col(code) {
                        if let Some(name) = text(c) {
                            let entry = names.entry(match_key(&name)).or_default();
                            if !entry.contains(&id) {
                                entry.push(id.clone());
                            }
                        }
                    }
                }
                ids.insert(id);
            }
        }
        Index { ids, names }
    }

    /// The id of the agency or group `written` names: its id, or a name, abbreviation or
    /// other name that is one record's alone.
    ///
    /// # Errors
    ///
    /// A message when the name is that of more than one record, or of none and is not an id
    /// (an unknown id is kept, for validation to report as a dangling reference).
    pub(crate) fn agency(&self, written: &str, lang: Lang) -> Result<String, String> {
        if self.ids.contains(written) {
            return Ok(written.to_owned());
        }
        match self.names.get(&match_key(written)).map(Vec::as_slice) {
            Some([one]) => Ok(one.clone()),
            Some(many) if !many.is_empty() => Err(match lang {
                Lang::Vi => format!("tên này là của nhiều cơ quan ({}): ghi mã cơ quan", many.join(", ")),
                Lang::En => format!("the name is that of more than one agency ({}): write the agency's id", many.join(", ")),
            }),
            _ if is_id(written) => Ok(written.to_owned()),
            _ => Err(pick(
                lang,
                "không có cơ quan với tên hay mã này ở trang \"Cơ quan\" hay \"Nhóm cơ quan\": thêm cơ quan ở đó hoặc chọn trong danh sách",
                "no agency of this name or id on sheet \"Agencies\" or \"Agency groups\": add it there or pick one from the list",
            )
            .to_owned()),
        }
    }
}
