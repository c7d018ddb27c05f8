//! From what was read to draft records: a directive, its tasks, and the agencies they name,
//! matched against a gazetteer (the agencies of a dataset) or added as new records that a
//! person must check. Everything not certain is listed in [`Draft::review`].

use std::collections::HashMap;

use chidao_model::{
    Agency, AgencyGroup, AgencyId, AgencyKind, AgencyLevel, Assignee, Authority, Dataset,
    DatasetParts, Deadline, Directive, DocumentNumber, DocumentType, ExpectedOutput, Meeting,
    Official, Signature, Task, Text, match_key,
};
use serde::Serialize;

use crate::{Extraction, Span};

/// Something a person must decide about a draft record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewNote {
    /// The id of the record it is about.
    pub record: String,
    /// The field.
    pub field: &'static str,
    /// Where in the text the words are, if anywhere.
    pub span: Option<Span>,
    /// What to check, lowercase.
    pub message: String,
}

/// Draft records of one document, and what to check in them.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    /// The records: the directive, its tasks, the agencies and groups they name (known ones
    /// copied from the gazetteer, new ones added), the signer.
    pub parts: DatasetParts,
    /// What needs a person's decision, in the order of the records.
    pub review: Vec<ReviewNote>,
}

/// The issuer of a document whose issuer the text does not name: a visible marker that the
/// review asks a person to replace, never a guessed body.
const UNKNOWN_ISSUER: &str = "Cơ quan ban hành (chưa xác định)";
/// The subject of a document whose subject the text does not give, likewise a marker.
const NO_SUBJECT: &str = "(chưa xác định trích yếu)";

/// An id from a name: ASCII letters and digits joined by `-`, tone marks dropped.
fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in unicode_normalization::UnicodeNormalization::nfd(text) {
        let c = match c {
            'đ' => 'd',
            'Đ' => 'd',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !unicode_normalization::char::is_combining_mark(c) && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-');
    let cut: String = out.chars().take(max).collect();
    let cut = cut.trim_end_matches('-').to_owned();
    if cut.is_empty() { "x".to_owned() } else { cut }
}

/// `base`, or `base-2`, `base-3` … the first that `taken` says is free.
fn fresh(base: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut id = base.to_owned();
    let mut n = 2;
    while taken(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// Adds `draft` to the dataset whose records it was matched against (its gazetteer): the
/// directive, its tasks, signer and meeting, and the agencies and groups the dataset does not
/// hold yet.
/// Ids do not collide, as the draft took fresh ones.
pub fn merge_into(dataset: Dataset, draft: Draft) -> DatasetParts {
    let mut parts = dataset.into_parts();
    let Draft { parts: new, .. } = draft;
    for a in new.agencies {
        if !parts.agencies.iter().any(|x| x.id == a.id) {
            parts.agencies.push(a);
        }
    }
    for g in new.agency_groups {
        if !parts.agency_groups.iter().any(|x| x.id == g.id) {
            parts.agency_groups.push(g);
        }
    }
    for o in new.officials {
        if !parts.officials.iter().any(|x| x.id == o.id) {
            parts.officials.push(o);
        }
    }
    parts.meetings.extend(new.meetings);
    parts.directives.extend(new.directives);
    parts.tasks.extend(new.tasks);
    parts
}

/// The kind and level of a new agency, as its head word says.
fn kind_and_level(name: &str) -> (AgencyKind, AgencyLevel) {
    let key = match_key(name);
    let starts = |p: &[&str]| p.iter().any(|w| key.starts_with(w));
    let has = |p: &[&str]| p.iter().any(|w| key.contains(w));
    let level = if has(&[" xã", " phường", " thị trấn", " đặc khu"]) {
        AgencyLevel::Commune
    } else if has(&[" huyện", " quận", " thị xã"]) {
        AgencyLevel::District
    } else if starts(&[
        "bộ ",
        "chính phủ",
        "thủ tướng",
        "văn phòng chính phủ",
        "tổng cục",
        "các bộ",
    ]) {
        AgencyLevel::Central
    } else {
        AgencyLevel::Province
    };
    let kind = if starts(&["bộ ", "các bộ"]) {
        AgencyKind::Ministry
    } else if starts(&["sở ", "các sở", "ban ", "chi cục", "cục "]) {
        AgencyKind::Department
    } else if starts(&["văn phòng"]) {
        AgencyKind::GovernmentOffice
    } else if starts(&[
        "ủy ban nhân dân",
        "ubnd",
        "chủ tịch ủy ban nhân dân",
        "chủ tịch ubnd",
    ]) {
        match level {
            AgencyLevel::District => AgencyKind::DistrictCommittee,
            AgencyLevel::Commune => AgencyKind::CommuneCommittee,
            _ => AgencyKind::PeoplesCommittee,
        }
    } else if starts(&["hội đồng nhân dân", "hđnd"]) {
        AgencyKind::PeoplesCouncil
    } else if starts(&[
        "đảng",
        "tỉnh ủy",
        "thành ủy",
        "huyện ủy",
        "tổ đảng",
        "ban thường vụ",
    ]) {
        AgencyKind::PartyCommittee
    } else if starts(&["công ty", "tổng công ty", "tập đoàn"]) {
        AgencyKind::Enterprise
    } else if starts(&["chính phủ", "thủ tướng"]) {
        AgencyKind::Government
    } else {
        AgencyKind::Other
    };
    (kind, level)
}

/// Turns names into agency ids: known ones from the gazetteer, new ones as records.
struct Names<'g> {
    gazetteer: &'g Dataset,
    by_key: HashMap<String, AgencyId>,
    parts: DatasetParts,
    review: Vec<ReviewNote>,
}

/// The key two names of one agency share: `match_key`, with the usual abbreviations of the
/// head words written out ("UBND tỉnh" is "Ủy ban nhân dân tỉnh").
fn name_key(name: &str) -> String {
    let key = match_key(name);
    let words: Vec<&str> = key
        .split(' ')
        .map(|w| match w {
            "ubnd" => "ủy ban nhân dân",
            "hđnd" => "hội đồng nhân dân",
            "tp." | "tp" => "thành phố",
            w => w,
        })
        .collect();
    words.join(" ")
}

impl Names<'_> {
    fn id(&mut self, written: &str, span: &Span) -> AgencyId {
        // "Sở KH&ĐT" is "Sở Kế hoạch và Đầu tư": one agency, under its full name
        let standard = crate::standard::full_name(written);
        let name = standard.as_deref().unwrap_or(written);
        let key = name_key(name);
        if let Some(id) = self.by_key.get(&key) {
            return id.clone();
        }
        let known = self
            .gazetteer
            .find_assignee_by_name(name)
            .or_else(|| self.gazetteer.find_assignee_by_name(written));
        let id = match known {
            Some(Assignee::Agency(a)) => {
                self.copy_agency(a);
                a.id.clone()
            }
            Some(Assignee::Group(g)) => {
                let mut g = g.clone();
                // the members and sources are the gazetteer's business, not the draft's
                g.members.clear();
                g.sources.clear();
                if let Some(c) = &mut g.criteria {
                    c.parent = None;
                }
                let id = g.id.clone();
                self.parts.agency_groups.push(g);
                id
            }
            _ => {
                let id = self.new_record(name, &key, span);
                if standard.is_some()
                    && let Some(a) = self.parts.agencies.iter_mut().find(|a| a.id == id)
                {
                    a.aliases.push(written.to_owned());
                }
                id
            }
        };
        self.by_key.insert(key, id.clone());
        id
    }

    /// Copies a known agency, with the agencies above it, without its sources.
    fn copy_agency(&mut self, a: &Agency) {
        if self.parts.agencies.iter().any(|x| x.id == a.id) {
            return;
        }
        let mut copy = a.clone();
        copy.sources.clear();
        self.parts.agencies.push(copy);
        if let Some(parent) = a
            .parent
            .as_ref()
            .and_then(|p| self.gazetteer.agency(p.as_str()))
        {
            self.copy_agency(parent);
        }
    }

    fn new_record(&mut self, name: &str, key: &str, span: &Span) -> AgencyId {
        // "các sở, ban, ngành", "UBND các xã, phường": many bodies, a group
        let collective =
            key.starts_with("các ") || key.starts_with("mỗi ") || key.contains(" các ");
        let base = if collective {
            format!("g-{}", slug(name, 50))
        } else {
            slug(name, 50)
        };
        let mut id_text = base.clone();
        let mut n = 2;
        while self.parts.agencies.iter().any(|a| a.id.as_str() == id_text)
            || self
                .parts
                .agency_groups
                .iter()
                .any(|g| g.id.as_str() == id_text)
            || self.gazetteer.assignee(id_text.as_str()).is_some()
        {
            id_text = format!("{base}-{n}");
            n += 1;
        }
        let id: AgencyId = id_text.parse().expect("a slug is a valid id");
        if collective {
            self.parts
                .agency_groups
                .push(AgencyGroup::new(id.clone(), Text::vi(name)));
            self.review.push(ReviewNote {
                record: id.to_string(),
                field: "agency_groups",
                span: Some(span.clone()),
                message: format!(
                    "new agency group `{name}`: not in the gazetteer; give its members or criteria"
                ),
            });
        } else {
            let (kind, level) = kind_and_level(name);
            self.parts
                .agencies
                .push(Agency::new(id.clone(), Text::vi(name), kind, level));
            self.review.push(ReviewNote {
                record: id.to_string(),
                field: "agencies",
                span: Some(span.clone()),
                message: format!(
                    "new agency `{name}`: not in the gazetteer; kind `{}` and level `{}` were read from its name, check them",
                    kind.code(),
                    level.code()
                ),
            });
        }
        id
    }
}

fn authority(prefix: &str) -> Authority {
    match prefix.trim_end_matches('.').to_uppercase().as_str() {
        "KT" => Authority::Deputy,
        "TL" => Authority::ByOrder,
        "TM" | "T/M" | "T.M" => Authority::OnBehalfOf,
        "TUQ" => Authority::Delegated,
        "Q" => Authority::Acting,
        _ => Authority::Direct,
    }
}

/// A short title: the assignment's first words, up to about twelve, ending at a clause.
fn title(text: &str) -> String {
    let first = text
        .split([';', ':'])
        .next()
        .unwrap_or(text)
        .trim_end_matches(['.', ',']);
    let words: Vec<&str> = first.split_whitespace().collect();
    if words.len() <= 14 {
        return words.join(" ");
    }
    format!("{} …", words[..12].join(" "))
}

/// The official named `name`: the gazetteer's when it holds the same person under the id the
/// name gives, else a new one (with a fresh id when another holds that id); added once.
fn official(names: &mut Names<'_>, name: &str) -> chidao_model::OfficialId {
    let base = slug(name, 50);
    let same =
        |id: &str, o: &Official| o.id.as_str() == id && match_key(&o.name) == match_key(name);
    if let Some(o) = names
        .parts
        .officials
        .iter()
        .find(|o| match_key(&o.name) == match_key(name))
    {
        return o.id.clone();
    }
    let id = if names
        .gazetteer
        .official(base.as_str())
        .is_some_and(|o| same(&base, o))
    {
        base
    } else {
        fresh(&base, |id| {
            names.gazetteer.official(id).is_some()
                || names.parts.officials.iter().any(|o| o.id.as_str() == id)
        })
    };
    let id: chidao_model::OfficialId = id.parse().expect("a slug is a valid id");
    names.parts.officials.push(Official::new(id.clone(), name));
    id
}

/// The signature of the header: its signer added as an official, or a review note when the
/// block lacks a title or a name.
fn signature(
    names: &mut Names<'_>,
    h: &crate::Header,
    directive_id: &chidao_model::DirectiveId,
) -> Option<Signature> {
    let sig = h.signer.as_ref();
    let Some((sig, name, title)) = sig.and_then(|s| Some((s, s.name.as_ref()?, s.title.as_ref()?)))
    else {
        names.review.push(ReviewNote {
            record: directive_id.to_string(),
            field: "signer",
            span: sig
                .and_then(|s| s.authority.as_ref())
                .map(|a| a.span.clone()),
            message: "no complete signature block (title and name) found; fill the signer"
                .to_owned(),
        });
        return None;
    };
    let official_id = official(names, &name.value);
    let prefix = sig.authority.as_ref();
    let mut s = Signature::new(
        official_id,
        prefix.map_or(Authority::Direct, |a| authority(&a.value)),
        Text::vi(title.value.clone()),
    );
    s.for_title = sig.for_title.as_ref().map(|t| Text::vi(t.value.clone()));
    Some(s)
}

/// The directive of the header, its issuer and recipients matched or added.
fn directive(names: &mut Names<'_>, h: &crate::Header) -> Directive {
    let directive_id = h.number.as_ref().map_or_else(
        || "d-draft".to_owned(),
        |n| format!("d-{}", slug(&n.value, 40)),
    );
    // a fresh id: the gazetteer may be the dataset the draft goes into
    let directive_id = fresh(&directive_id, |id| names.gazetteer.directive(id).is_some());
    let directive_id: chidao_model::DirectiveId =
        directive_id.parse().expect("a slug is a valid id");
    let issuer = match &h.issuer {
        Some(f) => names.id(&f.value, &f.span),
        None => {
            names.review.push(ReviewNote {
                record: directive_id.to_string(),
                field: "issuer",
                span: None,
                message: "no issuer in the header; name it".to_owned(),
            });
            names.id(UNKNOWN_ISSUER, &(0..0))
        }
    };
    let doc_type = h
        .document_type
        .as_ref()
        .map_or(DocumentType::Other, |t| t.value);
    // a visible marker, not a made-up subject; the review says to write it
    let subject = h
        .subject
        .as_ref()
        .map_or_else(|| NO_SUBJECT.to_owned(), |s| s.value.clone());
    let mut d = Directive::new(directive_id.clone(), doc_type, issuer, Text::vi(subject));
    let note = |names: &mut Names<'_>, field: &'static str, span: Option<Span>, message: String| {
        names.review.push(ReviewNote {
            record: directive_id.to_string(),
            field,
            span,
            message,
        });
    };
    match &h.number {
        Some(n) => match DocumentNumber::parse(&n.value) {
            Ok(num) => d.number = Some(num),
            Err(e) => note(
                names,
                "number",
                Some(n.span.clone()),
                format!(
                    "number `{}` as written is not well formed ({e}); check it",
                    n.value
                ),
            ),
        },
        None => note(names, "number", None, "no number in the header".to_owned()),
    }
    d.date = h.date.as_ref().map(|f| f.value);
    if d.date.is_none() {
        let msg = match &h.month_only {
            Some(m) => format!(
                "the date line leaves the day blank: {:02}/{} is all it says",
                m.value.1, m.value.0
            ),
            None => "no date of issue in the header".to_owned(),
        };
        note(
            names,
            "date",
            h.month_only.as_ref().map(|m| m.span.clone()),
            msg,
        );
    }
    d.place = h.place.as_ref().map(|p| p.value.clone());
    if h.subject.is_none() {
        note(
            names,
            "subject",
            None,
            "no subject (trích yếu) found; write it".to_owned(),
        );
    }
    d.signer = signature(names, h, &directive_id);
    if let Some(m) = &h.meeting {
        let id = fresh(&format!("mtg-{}", m.date.value), |id| {
            names.gazetteer.meeting(id).is_some()
        });
        let id: chidao_model::MeetingId = id.parse().expect("a date is a valid id");
        let mut meeting = Meeting::new(
            id.clone(),
            Text::vi(m.title.value.clone()),
            m.kind,
            m.date.value,
        );
        meeting.host = Some(d.issuer.clone());
        names.parts.meetings.push(meeting);
        d.meeting = Some(id);
        if let Some(who) = &m.conclusions_of {
            d.conclusions_of = Some(official(names, &who.value));
        }
    }
    for r in &h.recipients {
        // a line of the distribution list is a recipient only when it is one agency's name
        if crate::agency::is_single_name(&r.value) {
            let id = names.id(&r.value, &r.span);
            if !d.recipients.contains(&id) {
                d.recipients.push(id);
            }
        }
    }
    d
}

/// The task of assignment `a`, the `i`th of the directive.
fn task(
    names: &mut Names<'_>,
    directive_id: &chidao_model::DirectiveId,
    i: usize,
    a: &crate::Assignment,
    text: &str,
    date: Option<chidao_model::NaiveDate>,
) -> Task {
    let task_id: chidao_model::TaskId = format!("{}-{:02}", directive_id, i + 1)
        .parse()
        .expect("a directive id with a number is a valid id");
    let words = &text[a.span.clone()];
    let item = if a.item.is_empty() {
        "(không đánh số)".to_owned()
    } else {
        a.item.clone()
    };
    let mut t = Task::new(
        task_id.clone(),
        directive_id.clone(),
        item,
        Text::vi(title(words)),
    );
    t.description = Some(Text::vi(words));
    match &a.lead {
        Some(l) => {
            t.lead = Some(names.id(&l.value, &l.span));
            if l.confidence < 0.6 {
                names.review.push(ReviewNote {
                    record: task_id.to_string(),
                    field: "lead",
                    span: Some(l.span.clone()),
                    message: format!(
                        "lead `{}` taken from the heading above, not from the sentence; confirm it",
                        l.value
                    ),
                });
            }
        }
        None => names.review.push(ReviewNote {
            record: task_id.to_string(),
            field: "lead",
            span: Some(a.span.clone()),
            message: "no lead found; name the agency in charge".to_owned(),
        }),
    }
    for c in &a.coordinating {
        let id = names.id(&c.value, &c.span);
        if Some(&id) != t.lead.as_ref() && !t.coordinating.contains(&id) {
            t.coordinating.push(id);
        }
    }
    if let Some(o) = &a.output {
        let mut out = ExpectedOutput::new(o.kind);
        out.description = Some(Text::vi(o.phrase.value.clone()));
        out.recipient = o.recipient.as_ref().map(|r| names.id(&r.value, &r.span));
        t.output = Some(out);
    }
    if let Some(dl) = &a.deadline {
        let read = match date {
            Some(day) => Deadline::parse_vi_at(&dl.phrase.value, day),
            None => Deadline::parse_vi(&dl.phrase.value),
        };
        t.deadline = match read {
            Ok(deadline) => deadline,
            Err(e) => {
                names.review.push(ReviewNote {
                    record: task_id.to_string(),
                    field: "deadline",
                    span: Some(dl.phrase.span.clone()),
                    message: format!(
                        "deadline `{}` kept as written without a date: {e}",
                        dl.phrase.value
                    ),
                });
                Deadline::none().with_as_written(dl.phrase.value.clone())
            }
        };
    }
    t
}

/// Issuers a document number names by its symbol alone.
const SYMBOL_ISSUERS: &[(&str, &str)] = &[
    ("TTg", "Thủ tướng Chính phủ"),
    ("CP", "Chính phủ"),
    ("VPCP", "Văn phòng Chính phủ"),
    ("QH", "Quốc hội"),
    ("QH14", "Quốc hội"),
    ("QH15", "Quốc hội"),
    ("TW", "Ban Chấp hành Trung ương"),
    ("UBTVQH15", "Ủy ban Thường vụ Quốc hội"),
];

/// The directive record of a cited document: the gazetteer's when it holds that number,
/// else a new one, its issuer from the citation ("của Thủ tướng Chính phủ") or its symbol
/// ("/QĐ-TTg"). A number that is not well formed is no record, only a review note.
fn cited(
    names: &mut Names<'_>,
    c: &crate::Citation,
    citing: &chidao_model::DirectiveId,
) -> Option<chidao_model::DirectiveId> {
    let Ok(number) = DocumentNumber::parse(&c.number.value) else {
        names.review.push(ReviewNote {
            record: citing.to_string(),
            field: "references",
            span: Some(c.number.span.clone()),
            message: format!(
                "cites `{}`, a number that is not well formed; no record made",
                c.number.value
            ),
        });
        return None;
    };
    // the gazetteer's record only when number and date agree: numbers repeat across issuers
    let known = names.gazetteer.directives().iter().find(|d| {
        d.number
            .as_ref()
            .is_some_and(|n| n.as_str() == number.as_str())
            && d.date.is_some()
            && d.date == c.date
    });
    if let Some(known) = known {
        let mut copy = known.clone();
        copy.sources.clear();
        copy.meeting = None;
        copy.references.clear();
        copy.projects.clear();
        copy.recipients.clear();
        copy.signer = None;
        copy.conclusions_of = None;
        let issuer_name = names
            .gazetteer
            .assignee(known.issuer.as_str())
            .map(|a| a.name().vi.clone());
        copy.issuer = match issuer_name {
            Some(name) => names.id(&name, &c.span),
            None => names.id(UNKNOWN_ISSUER, &c.span),
        };
        let id = copy.id.clone();
        names.parts.directives.push(copy);
        return Some(id);
    }
    if let Some(d) = names.parts.directives.iter().find(|d| {
        d.number
            .as_ref()
            .is_some_and(|n| n.as_str() == number.as_str())
    }) {
        return Some(d.id.clone());
    }
    let by_symbol = number.issuer().and_then(|sym| {
        SYMBOL_ISSUERS
            .iter()
            .find(|(s, _)| *s == sym)
            .map(|(_, name)| (*name).to_owned())
    });
    let issuer = match (&c.issuer, by_symbol) {
        (Some(f), _) => names.id(&f.value, &f.span),
        (None, Some(name)) => names.id(&name, &c.number.span),
        (None, None) => {
            names.review.push(ReviewNote {
                record: citing.to_string(),
                field: "references",
                span: Some(c.span.clone()),
                message: format!(
                    "cites `{}` without naming its issuer; name it",
                    c.number.value
                ),
            });
            names.id(UNKNOWN_ISSUER, &c.span)
        }
    };
    let base = format!("d-{}", slug(&c.number.value, 40));
    let id = fresh(&base, |id| {
        names.gazetteer.directive(id).is_some()
            || names.parts.directives.iter().any(|d| d.id.as_str() == id)
            || id == citing.as_str()
    });
    let id: chidao_model::DirectiveId = id.parse().expect("a slug is a valid id");
    let subject = c
        .subject
        .as_ref()
        .map_or_else(|| NO_SUBJECT.to_owned(), |s| s.value.clone());
    let mut d = Directive::new(id.clone(), c.document_type, issuer, Text::vi(subject));
    d.number = Some(number);
    d.date = c.date;
    names.parts.directives.push(d);
    Some(id)
}

/// Draft records of `ex`, read from `text`, with agencies matched against `gazetteer`.
pub fn to_draft(ex: &Extraction, text: &str, gazetteer: &Dataset) -> Draft {
    let mut names = Names {
        gazetteer,
        by_key: HashMap::new(),
        parts: DatasetParts::new(),
        review: Vec::new(),
    };
    let mut d = directive(&mut names, &ex.header);
    for c in &ex.citations {
        if let Some(id) = cited(&mut names, c, &d.id)
            && !d.references.contains(&id)
        {
            d.references.push(id);
        }
    }
    let date = ex.header.date.as_ref().map(|f| f.value);
    for (i, a) in ex.assignments.iter().enumerate() {
        let t = task(&mut names, &d.id, i, a, text, date);
        names.parts.tasks.push(t);
    }
    names.parts.directives.push(d);
    Draft {
        parts: names.parts,
        review: names.review,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ids() {
        assert_eq!(slug("Sở Kế hoạch và Đầu tư", 60), "so-ke-hoach-va-dau-tu");
        assert_eq!(slug("641/TB-VPCP", 60), "641-tb-vpcp");
        assert_eq!(slug("—", 60), "x");
        assert!(slug(&"Ủy ban nhân dân ".repeat(10), 56).len() <= 56);
    }

    #[test]
    fn kinds_and_levels_from_the_head_word() {
        assert_eq!(
            kind_and_level("Sở Tài chính"),
            (AgencyKind::Department, AgencyLevel::Province)
        );
        assert_eq!(
            kind_and_level("Bộ Công Thương"),
            (AgencyKind::Ministry, AgencyLevel::Central)
        );
        assert_eq!(
            kind_and_level("UBND huyện Văn Bàn"),
            (AgencyKind::DistrictCommittee, AgencyLevel::District)
        );
        assert_eq!(
            kind_and_level("Công ty cổ phần Khai thác"),
            (AgencyKind::Enterprise, AgencyLevel::Province)
        );
    }
}
