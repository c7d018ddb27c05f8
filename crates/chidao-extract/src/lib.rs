//! From the text of a Vietnamese directive (a notice of conclusions, a directive, an official
//! letter, a plan) to draft records: the document's header and every assignment in it, with
//! the lead (chủ trì), the coordinating agencies (phối hợp) and the deadline, each field
//! carrying the byte span of the words it came from and a confidence.
//!
//! A transparent rule engine: agency names are found by their head words ("Sở", "Bộ",
//! "UBND", "các sở, ban, ngành") and end before the verb that follows them; assignments by
//! the sentence forms of `Giao …`, `Đề nghị …`, `Yêu cầu …`, `X chủ trì …`, `X có trách
//! nhiệm …`, and by headings naming an agency; deadlines through the core's deadline reader
//! against the document's date. Nothing is keyed to one document or issuer. A field the rules
//! cannot fill is left empty; a deadline phrase the reader does not understand is kept as
//! written with the reason, never given a date.
//!
//! Spans are byte offsets in the text as given, which should be NFC (as Vietnamese text
//! almost always is). A Word file becomes such a text with [`docx_text`], its automatic
//! numbering written out as it appears on the page.
//!
//! ```
//! let text = "UBND TỈNH X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/TB-UBND\n\
//!             X, ngày 05 tháng 3 năm 2024\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\
//!             1. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát, báo cáo \
//!             UBND tỉnh trước ngày 31/3/2024.\n";
//! let ex = chidao_extract::extract(text);
//! assert_eq!(ex.header.number.as_ref().unwrap().value, "12/TB-UBND");
//! let a = &ex.assignments[0];
//! assert_eq!(a.item, "1");
//! let lead = a.lead.as_ref().unwrap();
//! assert_eq!(lead.value, "Sở Tài chính");
//! assert_eq!(&text[lead.span.clone()], "Sở Tài chính");
//! assert_eq!(a.coordinating[0].value, "Sở Xây dựng");
//! let due = a.deadline.as_ref().unwrap().due.unwrap();
//! assert_eq!(due.to_string(), "2024-03-31");
//! ```
#![deny(missing_docs)]

mod agency;
mod assign;
mod cites;
mod clause;
mod docx;
mod draft;
mod header;
mod heading;
mod items;
mod review;
mod standard;
mod table;
mod text;

use chidao_model::{DocumentType, NaiveDate};
use serde::Serialize;

pub use cites::Citation;
pub use docx::{DocxError, MAX_PART_BYTES, docx_text};
pub use draft::{Draft, ReviewNote, merge_into, to_draft};
pub use review::review_markdown;
pub use text::Span;

/// A value read from the text, with the byte span of the words it came from and how sure
/// the rule that read it is (0 to 1).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Field<T> {
    /// The value.
    pub value: T,
    /// Where in the text it was read.
    pub span: Span,
    /// How sure the rule is: 0.9 for an explicit form ("Giao X chủ trì"), 0.5 for a lead
    /// inherited from a heading.
    pub confidence: f32,
}

/// The signature block.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Signer {
    /// The authority prefix as written (`KT.`, `TL.`, `TM.`, `TUQ.`, `Q.`).
    pub authority: Option<Field<String>>,
    /// The head signed for ("CHỦ TỊCH" in "TL. CHỦ TỊCH").
    pub for_title: Option<Field<String>>,
    /// The signer's own title ("PHÓ CHỦ TỊCH").
    pub title: Option<Field<String>>,
    /// The signer's name.
    pub name: Option<Field<String>>,
}

/// The meeting a document records (a notice of conclusions of a conference or working
/// session).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeetingField {
    /// The day it was held.
    pub date: Field<NaiveDate>,
    /// Its kind, from the words that name it.
    pub kind: chidao_model::MeetingKind,
    /// The sentence that dates it, as its title.
    pub title: Field<String>,
    /// Who gave the conclusions ("đồng chí X … kết luận").
    pub conclusions_of: Option<Field<String>>,
}

/// What the document says about itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Header {
    /// The issuing body as written in the header ("VĂN PHÒNG CHÍNH PHỦ").
    pub issuer: Option<Field<String>>,
    /// Number and symbol ("641/TB-VPCP").
    pub number: Option<Field<String>>,
    /// Place of issue.
    pub place: Option<Field<String>>,
    /// Date of issue.
    pub date: Option<Field<NaiveDate>>,
    /// Year and month of a date line whose day is blank.
    pub month_only: Option<Field<(i32, u32)>>,
    /// The document type of its type line (THÔNG BÁO, CHỈ THỊ …), or an official letter.
    pub document_type: Option<Field<DocumentType>>,
    /// The subject (trích yếu).
    pub subject: Option<Field<String>>,
    /// The signature block.
    pub signer: Option<Signer>,
    /// The distribution list (Nơi nhận), one entry per line.
    pub recipients: Vec<Field<String>>,
    /// Whom an official letter is addressed to (Kính gửi), one entry per addressee.
    pub addressees: Vec<Field<String>>,
    /// The meeting the document records, when it dates one.
    pub meeting: Option<MeetingField>,
}

/// A deadline phrase found in an assignment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeadlineField {
    /// The phrase as written.
    pub phrase: Field<String>,
    /// The resolved due date, when the phrase names one.
    pub due: Option<NaiveDate>,
    /// The kind of term (`on_date`, `month`, `recurring` …; `none` when unread).
    pub kind: String,
    /// Why the reader did not read it, when it did not (`Vague`, `Conflicting` …).
    pub problem: Option<String>,
}

/// What an assignment is to produce ("báo cáo UBND tỉnh", "trình Thủ tướng Chính phủ", "tham
/// mưu UBND tỉnh ban hành …") and for whom.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutputField {
    /// The kind: a report, a draft submitted, a written reply, other (advice).
    pub kind: chidao_model::OutputKind,
    /// The words that say it, from the verb to the end of its clause.
    pub phrase: Field<String>,
    /// Whom it goes to, when named.
    pub recipient: Option<Field<String>>,
}

/// One assignment: a unit of work given to a lead.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assignment {
    /// The item numbering as written, with its parents ("II.3.a", "2.-1").
    pub item: String,
    /// The sentences of the assignment.
    pub span: Span,
    /// The lead (chủ trì), as named in the text.
    pub lead: Option<Field<String>>,
    /// The coordinating agencies (phối hợp), as named.
    pub coordinating: Vec<Field<String>>,
    /// The deadline, when the assignment states one.
    pub deadline: Option<DeadlineField>,
    /// The expected output, when the assignment names one.
    pub output: Option<OutputField>,
}

/// What was read from a document.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Extraction {
    /// The header and closing parts.
    pub header: Header,
    /// The assignments, in the order of the text.
    pub assignments: Vec<Assignment>,
    /// The documents the text cites, each number once.
    pub citations: Vec<Citation>,
}

/// The note under the title of a document a decision issues: "(Ban hành kèm theo Quyết
/// định số 435/QĐ-UBND ngày 04 tháng 5 năm 2020 của …)", "(Kèm theo Quyết định …)". The
/// appendices of a plan or a letter ("(Kèm theo Kế hoạch số …)") are tables, read as such.
fn is_attachment_note(text: &str) -> bool {
    let t = text.trim_start_matches(['(', '*', ' ']).to_lowercase();
    (t.starts_with("ban hành kèm theo") || t.starts_with("kèm theo")) && t.contains("quyết định")
}

/// Reads a document's text.
pub fn extract(text: &str) -> Extraction {
    let paras = text::paragraphs(text);
    let parts = header::read(&paras);
    let date = parts.date.as_ref().map(|d| d.value);
    let body = &paras[parts.body.0..parts.body.1];
    // Work with no addressee of its own is the letter's one addressee's, or in a plan the
    // issuer's own.
    let default_lead = match (&parts.addressees[..], &parts.document_type) {
        ([one], _) => Some(one.clone()),
        ([], Some(t)) if t.value == DocumentType::Plan => parts.issuer.clone(),
        _ => None,
    };
    let plan = parts.addressees.is_empty()
        && parts
            .document_type
            .as_ref()
            .is_some_and(|t| t.value == DocumentType::Plan);
    let mut assignments = assign::read(body, date, default_lead, plan);
    // a plan or programme a decision issues, after its signature ("CHƯƠNG TRÌNH HÀNH ĐỘNG" /
    // "(Ban hành kèm theo Quyết định số 435/QĐ-UBND …)"), is read as the issuer's plan
    let after = &paras[parts.body.1..];
    let decision = parts
        .document_type
        .as_ref()
        .is_some_and(|t| t.value == DocumentType::Decision);
    let attached = after
        .iter()
        .position(|p| decision && is_attachment_note(p.text))
        .map(|k| k + 1);
    let appendix = &after[..attached.unwrap_or(after.len())];
    if let Some(k) = attached {
        assignments.extend(assign::read(&after[k..], date, parts.issuer.clone(), true));
    }
    // a table of tasks in an appendix after the signature
    assignments.extend(table::read(appendix, date));
    let citations = cites::read(&paras[..parts.body.1]);
    Extraction {
        header: Header {
            issuer: parts.issuer,
            number: parts.number,
            place: parts.place,
            date: parts.date,
            month_only: parts.month_only,
            document_type: parts.document_type,
            subject: parts.subject,
            signer: parts.signer,
            recipients: parts.recipients,
            addressees: parts.addressees,
            meeting: parts.meeting,
        },
        assignments,
        citations,
    }
}
