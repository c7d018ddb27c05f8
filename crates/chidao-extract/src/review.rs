//! The review a clerk reads beside the source: every task with its source sentence, the words
//! behind each field marked, the confidence, and what needs a decision.

use std::fmt::Write;

use crate::{Draft, Extraction, Span};

/// Marks spans inside `text[within]`: `**lead**`, `_coordinating_`, `` `deadline` ``.
fn marked(text: &str, within: &Span, marks: &[(Span, &str, &str)]) -> String {
    let mut marks: Vec<&(Span, &str, &str)> = marks
        .iter()
        .filter(|(s, _, _)| s.start >= within.start && s.end <= within.end && s.start < s.end)
        .collect();
    marks.sort_by_key(|(s, _, _)| s.start);
    let mut out = String::new();
    let mut at = within.start;
    for (s, open, close) in marks {
        if s.start < at {
            continue; // overlapping marks: the first wins
        }
        out.push_str(&text[at..s.start]);
        out.push_str(open);
        out.push_str(&text[s.clone()]);
        out.push_str(close);
        at = s.end;
    }
    out.push_str(&text[at..within.end]);
    out.replace('\n', " ")
}

/// The review of `draft`, read from `text` (named `source` in the heading), in Markdown.
pub fn review_markdown(ex: &Extraction, draft: &Draft, text: &str, source: &str) -> String {
    let mut out = String::new();
    let h = &ex.header;
    let _ = writeln!(out, "# Review of the draft of `{source}`\n");
    let show = |label: &str, v: Option<(String, &Span, f32)>, out: &mut String| match v {
        Some((v, s, c)) => {
            let _ = writeln!(
                out,
                "- {label}: {v} (bytes {}–{}, confidence {c:.1})",
                s.start, s.end
            );
        }
        None => {
            let _ = writeln!(out, "- {label}: **not found**");
        }
    };
    show(
        "issuer",
        h.issuer
            .as_ref()
            .map(|f| (f.value.clone(), &f.span, f.confidence)),
        &mut out,
    );
    show(
        "number",
        h.number
            .as_ref()
            .map(|f| (f.value.clone(), &f.span, f.confidence)),
        &mut out,
    );
    show(
        "date",
        h.date
            .as_ref()
            .map(|f| (f.value.to_string(), &f.span, f.confidence)),
        &mut out,
    );
    show(
        "type",
        h.document_type.as_ref().map(|f| {
            (
                f.value.label(chidao_model::Lang::Vi).to_owned(),
                &f.span,
                f.confidence,
            )
        }),
        &mut out,
    );
    show(
        "subject",
        h.subject
            .as_ref()
            .map(|f| (f.value.clone(), &f.span, f.confidence)),
        &mut out,
    );
    if !ex.citations.is_empty() {
        let _ = writeln!(out, "\n## Documents it cites ({})\n", ex.citations.len());
        for c in &ex.citations {
            let date = c.date.map_or(String::new(), |d| format!(" of {d}"));
            let by = c
                .issuer
                .as_ref()
                .map_or(String::new(), |i| format!(", by {}", i.value));
            let about = c
                .subject
                .as_ref()
                .map_or(String::new(), |s| format!(": {}", s.value));
            let _ = writeln!(
                out,
                "- {} {}{date}{by}{about}",
                c.document_type.label(chidao_model::Lang::Vi),
                c.number.value
            );
        }
    }
    let _ = writeln!(out, "\n## Needs a decision ({})\n", draft.review.len());
    if draft.review.is_empty() {
        let _ = writeln!(out, "Nothing.");
    }
    for n in &draft.review {
        let place = n
            .span
            .as_ref()
            .map_or(String::new(), |s| format!(" (bytes {}–{})", s.start, s.end));
        let _ = writeln!(out, "- `{}` {}: {}{place}", n.record, n.field, n.message);
    }
    let _ = writeln!(
        out,
        "\n## Tasks ({})\n\nIn each source sentence: **lead**, _coordinating_, `deadline`.\n",
        ex.assignments.len()
    );
    for (a, t) in ex.assignments.iter().zip(&draft.parts.tasks) {
        let mut marks = Vec::new();
        if let Some(l) = &a.lead {
            marks.push((l.span.clone(), "**", "**"));
        }
        for c in &a.coordinating {
            marks.push((c.span.clone(), "_", "_"));
        }
        if let Some(d) = &a.deadline {
            marks.push((d.phrase.span.clone(), "`", "`"));
        }
        let _ = writeln!(out, "### `{}` — item {}\n", t.id, t.item);
        let _ = writeln!(out, "> {}\n", marked(text, &a.span, &marks));
        match &a.lead {
            Some(l) => {
                let _ = writeln!(out, "- lead: {} (confidence {:.1})", l.value, l.confidence);
            }
            None => {
                let _ = writeln!(out, "- lead: **none found**");
            }
        }
        if !a.coordinating.is_empty() {
            let names: Vec<&str> = a.coordinating.iter().map(|c| c.value.as_str()).collect();
            let _ = writeln!(out, "- coordinating: {}", names.join("; "));
        }
        if let Some(o) = &a.output {
            let to = o
                .recipient
                .as_ref()
                .map_or(String::new(), |r| format!(", to {}", r.value));
            let _ = writeln!(
                out,
                "- expected output: {} “{}”{to}",
                o.kind.label(chidao_model::Lang::Vi),
                o.phrase.value
            );
        }
        if let Some(d) = &a.deadline {
            let due = d
                .due
                .map_or_else(|| "no date".to_owned(), |d| d.to_string());
            let why = d
                .problem
                .as_ref()
                .map_or(String::new(), |p| format!(", not read: {p}"));
            let _ = writeln!(
                out,
                "- deadline: “{}” → {due} ({}{why})",
                d.phrase.value, d.kind
            );
        }
        let _ = writeln!(out);
    }
    out
}
