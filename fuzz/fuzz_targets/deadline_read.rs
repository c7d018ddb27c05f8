//! The deadline reader on arbitrary text, alone and against a document's date: it reads or
//! refuses with a span inside the text, never panics, and what it reads is a term that names a
//! real period, written as its phrase.
#![no_main]

use chidao_model::{Deadline, NaiveDate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let reference = NaiveDate::from_ymd_opt(2024, 3, 1).expect("a real day");
    for read in [Deadline::parse_vi(text), Deadline::parse_vi_at(text, reference)] {
        match read {
            Ok(d) => {
                assert!(d.term.check().is_ok(), "{:?}", d.term);
                assert_eq!(d.as_written.as_deref(), Some(text));
                let _ = d.term.next_due(reference);
            }
            Err(e) => {
                let span = e.span();
                assert!(span.start <= span.end && span.end <= text.len());
                assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            }
        }
    }
});
