//! How records of two snapshots are matched: by id ([`Keyed`], [`pairs`]), and the changes
//! every kind has (added, removed: [`compare`]).

use std::collections::HashMap;

use super::{Change, ChangeCode};
use crate::{Directive, RecordKind};

/// A kind of record as the diff matches it: by its id, named by its name or title.
pub(super) trait Keyed {
    /// The kind of record.
    const KIND: RecordKind;
    /// The record's id.
    fn key(&self) -> &str;
    /// How a change of it names it: its name or title, in Vietnamese.
    fn named(&self) -> Option<String>;
    /// The day a record added is dated, if any.
    fn day(&self) -> Option<chrono::NaiveDate> {
        None
    }
}

macro_rules! keyed {
    ($($t:ty, $kind:ident, $name:ident;)+) => {$(
        impl Keyed for $t {
            const KIND: RecordKind = RecordKind::$kind;
            fn key(&self) -> &str {
                self.id.as_str()
            }
            fn named(&self) -> Option<String> {
                Some(self.$name.vi.clone())
            }
        }
    )+};
}

keyed! {
    crate::Agency, Agency, name;
    crate::AgencyGroup, AgencyGroup, name;
    crate::Indicator, Indicator, name;
    crate::Project, Project, name;
}

impl Keyed for crate::Meeting {
    const KIND: RecordKind = RecordKind::Meeting;
    fn key(&self) -> &str {
        self.id.as_str()
    }
    fn named(&self) -> Option<String> {
        Some(self.title.vi.clone())
    }
    fn day(&self) -> Option<chrono::NaiveDate> {
        Some(self.date)
    }
}

impl Keyed for crate::Task {
    const KIND: RecordKind = RecordKind::Task;
    fn key(&self) -> &str {
        self.id.as_str()
    }
    fn named(&self) -> Option<String> {
        Some(self.title.vi.clone())
    }
}

impl Keyed for Directive {
    const KIND: RecordKind = RecordKind::Directive;
    fn key(&self) -> &str {
        self.id.as_str()
    }
    /// Its number, else its subject.
    fn named(&self) -> Option<String> {
        Some(match &self.number {
            Some(n) => n.as_str().to_owned(),
            None => self.subject.vi.clone(),
        })
    }
    fn day(&self) -> Option<chrono::NaiveDate> {
        self.date
    }
}

/// A change of `code` to `record`.
pub(super) fn change<T: Keyed>(code: ChangeCode, record: &T) -> Change {
    Change::new(code, T::KIND, record.key())
}

/// The changes of records matched by id that are only added (`codes.0`: named, and dated when
/// the record is), removed (`codes.1`: named) or changed in ways `both` says.
pub(super) fn compare<'a, T: Keyed>(
    (old, new): (&'a [T], &'a [T]),
    find_old: impl Fn(&str) -> Option<&'a T>,
    find_new: impl Fn(&str) -> Option<&'a T>,
    (added, removed): (ChangeCode, ChangeCode),
    mut both: impl FnMut(&T, &T, &mut Vec<Change>),
    out: &mut Vec<Change>,
) {
    for pair in pairs(old, new, find_old, find_new) {
        match pair {
            Pair::Added(n) => out.push(change(added, n).values(None, n.named()).on(n.day())),
            Pair::Removed(o) => out.push(change(removed, o).values(o.named(), None)),
            Pair::Both(o, n) => both(o, n, out),
        }
    }
}

/// A record of the new snapshot only, of both, or of the old only.
pub(super) enum Pair<'a, T> {
    Added(&'a T),
    Both(&'a T, &'a T),
    Removed(&'a T),
}

/// The records of two snapshots matched by id: those of the new one in its order (added or in
/// both), then those of the old one only, in its order.
///
/// `find_old` and `find_new` look an id up (the first record with it).
/// Ids written twice (an error validation reports) match occurrence by occurrence: the second
/// record with an id in the new snapshot with the second in the old, and so on.
pub(super) fn pairs<'a, T: Keyed>(
    old: &'a [T],
    new: &'a [T],
    find_old: impl Fn(&str) -> Option<&'a T>,
    find_new: impl Fn(&str) -> Option<&'a T>,
) -> Vec<Pair<'a, T>> {
    let first = |find: &dyn Fn(&str) -> Option<&'a T>, r: &T| {
        find(r.key()).is_some_and(|f| std::ptr::eq(f, r))
    };
    // The later occurrences of each id written twice, in order: rare, so gathered apart.
    let later = |records: &'a [T], find: &dyn Fn(&str) -> Option<&'a T>| {
        let mut by_id: HashMap<&'a str, Vec<&'a T>> = HashMap::new();
        for r in records {
            if !first(find, r) {
                by_id.entry(r.key()).or_default().push(r);
            }
        }
        by_id
    };
    let (old_later, new_later) = (later(old, &find_old), later(new, &find_new));
    let mut out = Vec::with_capacity(new.len());
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for n in new {
        let o = if first(&find_new, n) {
            find_old(n.key())
        } else {
            let k = seen.entry(n.key()).or_default();
            *k += 1;
            old_later.get(n.key()).and_then(|v| v.get(*k - 1)).copied()
        };
        out.push(match o {
            Some(o) => Pair::Both(o, n),
            None => Pair::Added(n),
        });
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for o in old {
        let gone = if first(&find_old, o) {
            find_new(o.key()).is_none()
        } else {
            let k = seen.entry(o.key()).or_default();
            *k += 1;
            new_later.get(o.key()).is_none_or(|v| v.len() < *k)
        };
        if gone {
            out.push(Pair::Removed(o));
        }
    }
    out
}

/// The names of the fields that are not the same, joined by commas; `None` when all are.
pub(super) fn edited(fields: &[(&str, bool)]) -> Option<String> {
    let names: Vec<&str> = fields
        .iter()
        .filter(|(_, same)| !same)
        .map(|(name, _)| *name)
        .collect();
    (!names.is_empty()).then(|| names.join(", "))
}
