//! The body text of a Word document (`.docx`): one paragraph a line, with the numbers Word
//! draws for numbered paragraphs ("1.", "a)", "II.") written in front of them, as they appear
//! on the page, so that item numbering reads the same as in a text file. Table rows become one
//! line each, their cells separated by a tab.
//!
//! Reads from bytes (no file I/O); only `word/document.xml` and `word/numbering.xml` are read,
//! each at most [`MAX_PART_BYTES`] uncompressed.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

/// The largest document part read, uncompressed: 64 MiB.
pub const MAX_PART_BYTES: u64 = 64 << 20;

/// Why a `.docx` could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocxError {
    message: String,
}

impl DocxError {
    fn new(message: impl Into<String>) -> Self {
        DocxError {
            message: message.into(),
        }
    }
}

impl std::fmt::Display for DocxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DocxError {}

/// One level of a numbering definition: its format and its text ("%1.", "%1.%2", "-").
#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

/// The numbering definitions: numId → abstract levels.
#[derive(Debug, Default)]
struct Numbering {
    abstract_levels: HashMap<String, HashMap<u32, Level>>,
    nums: HashMap<String, String>,
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.into_inner() == name)
        .and_then(|a| {
            a.normalized_value(XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

fn part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, DocxError> {
    let file = match archive.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(DocxError::new(format!("{name}: {e}"))),
    };
    let mut text = String::new();
    file.take(MAX_PART_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|e| DocxError::new(format!("{name}: {e}")))?;
    if text.len() as u64 > MAX_PART_BYTES {
        return Err(DocxError::new(format!(
            "{name} is larger than {MAX_PART_BYTES} bytes uncompressed"
        )));
    }
    Ok(Some(text))
}

fn numbering(xml: &str) -> Result<Numbering, DocxError> {
    let mut n = Numbering::default();
    let mut reader = Reader::from_str(xml);
    let mut current_abstract: Option<String> = None;
    let mut current_num: Option<String> = None;
    let mut level: Option<(u32, Level)> = None;
    loop {
        let ev = reader
            .read_event()
            .map_err(|e| DocxError::new(format!("word/numbering.xml: {e}")))?;
        match ev {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "abstractNum" => current_abstract = attr(&e, "w:abstractNumId"),
                "num" => current_num = attr(&e, "w:numId"),
                "abstractNumId" => {
                    if let (Some(num), Some(a)) = (&current_num, attr(&e, "w:val")) {
                        n.nums.insert(num.clone(), a);
                    }
                }
                "lvl" => {
                    let ilvl = attr(&e, "w:ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                    level = Some((
                        ilvl,
                        Level {
                            start: 1,
                            ..Level::default()
                        },
                    ));
                }
                "start" => {
                    if let (Some((_, l)), Some(v)) = (&mut level, attr(&e, "w:val")) {
                        l.start = v.parse().unwrap_or(1);
                    }
                }
                "numFmt" => {
                    if let (Some((_, l)), Some(v)) = (&mut level, attr(&e, "w:val")) {
                        l.format = v;
                    }
                }
                "lvlText" => {
                    if let (Some((_, l)), Some(v)) = (&mut level, attr(&e, "w:val")) {
                        l.text = v;
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "lvl" => {
                    if let (Some(a), Some((ilvl, l))) = (&current_abstract, level.take()) {
                        n.abstract_levels
                            .entry(a.clone())
                            .or_default()
                            .insert(ilvl, l);
                    }
                }
                "abstractNum" => current_abstract = None,
                "num" => current_num = None,
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(n)
}

fn roman(mut n: u32) -> String {
    const R: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in R {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// A counter in a level's format; Vietnamese letter lists skip no letter Word does not.
fn format_counter(format: &str, n: u32) -> String {
    let letter = |n: u32| {
        let i = (n.max(1) - 1) % 26;
        char::from(b'a' + i as u8).to_string()
    };
    match format {
        "lowerLetter" => letter(n),
        "upperLetter" => letter(n).to_uppercase(),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        _ => n.to_string(),
    }
}

/// Draws the numbers of numbered paragraphs as Word does: a counter per list and level, the
/// deeper levels restarting when a higher one moves on.
#[derive(Default)]
struct Counters {
    by_num: HashMap<String, Vec<u32>>,
}

impl Counters {
    fn label(&mut self, numbering: &Numbering, num: &str, ilvl: u32) -> Option<String> {
        let levels = numbering.abstract_levels.get(numbering.nums.get(num)?)?;
        let lvl = levels.get(&ilvl)?;
        let counts = self.by_num.entry(num.to_owned()).or_default();
        let depth = ilvl as usize + 1;
        if counts.len() < depth {
            for k in counts.len()..depth {
                let start = levels.get(&(k as u32)).map_or(1, |l| l.start);
                counts.push(start.saturating_sub(1));
            }
        }
        counts.truncate(depth);
        counts[depth - 1] += 1;
        if lvl.format == "bullet" || lvl.format == "none" {
            let t = lvl.text.trim();
            // a bullet drawn with a symbol font is a dash to a reader
            return Some(if t.is_empty() || !t.is_ascii() {
                "-".to_owned()
            } else {
                t.to_owned()
            });
        }
        let mut text = lvl.text.clone();
        for (k, count) in counts.iter().enumerate() {
            let fmt = levels
                .get(&(k as u32))
                .map_or("decimal", |l| l.format.as_str());
            text = text.replace(&format!("%{}", k + 1), &format_counter(fmt, *count));
        }
        Some(text)
    }
}

/// The text of a `.docx` given as bytes: one line per paragraph, numbered paragraphs with
/// their numbers, table rows as tab-separated cells.
///
/// # Errors
///
/// Returns a [`DocxError`] when the bytes are not a zip archive, hold no
/// `word/document.xml`, a part is larger than [`MAX_PART_BYTES`], or the XML is malformed.
pub fn docx_text(bytes: &[u8]) -> Result<String, DocxError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| DocxError::new(format!("not a readable .docx (zip archive): {e}")))?;
    let document = part(&mut archive, "word/document.xml")?
        .ok_or_else(|| DocxError::new("holds no word/document.xml: not a Word document"))?;
    let numbering = match part(&mut archive, "word/numbering.xml")? {
        Some(xml) => numbering(&xml)?,
        None => Numbering::default(),
    };
    body(&document, &numbering)
}

fn body(xml: &str, numbering: &Numbering) -> Result<String, DocxError> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut counters = Counters::default();
    let mut para = String::new();
    let mut num: Option<(String, u32)> = None;
    let mut ilvl = 0u32;
    let mut in_text = false;
    // table cells of the current row, when inside one
    let mut row: Option<Vec<String>> = None;
    let mut table_depth = 0usize;
    loop {
        let ev = reader
            .read_event()
            .map_err(|e| DocxError::new(format!("word/document.xml: {e}")))?;
        match ev {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "p" => {
                    para.clear();
                    num = None;
                    ilvl = 0;
                }
                "ilvl" => ilvl = attr(&e, "w:val").and_then(|v| v.parse().ok()).unwrap_or(0),
                "numId" => {
                    if let Some(id) = attr(&e, "w:val").filter(|v| v != "0") {
                        num = Some((id, ilvl));
                    }
                }
                "t" => in_text = true,
                "tab" => para.push('\t'),
                "br" | "cr" => para.push(' '),
                "tbl" => table_depth += 1,
                "tr" if table_depth == 1 => row = Some(Vec::new()),
                "tc" => {
                    if let Some(cells) = &mut row {
                        cells.push(String::new());
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_text => para.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                let name: &str = &r;
                let c = match name {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    _ => name
                        .strip_prefix("#x")
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                        .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                        .and_then(char::from_u32),
                };
                para.extend(c);
            }
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => {
                    let mut line = para.trim().to_owned();
                    if let Some((id, level)) = num.take() {
                        let level = level.max(ilvl);
                        if let Some(label) = counters.label(numbering, &id, level) {
                            line = format!("{label} {line}");
                        }
                    }
                    match &mut row {
                        // paragraphs of one cell join with a space
                        Some(cells) => {
                            if let Some(cell) = cells.last_mut() {
                                if !cell.is_empty() && !line.is_empty() {
                                    cell.push(' ');
                                }
                                cell.push_str(&line);
                            }
                        }
                        None if !line.is_empty() => {
                            out.push_str(&line);
                            out.push('\n');
                        }
                        None => {}
                    }
                }
                "tr" if table_depth == 1 => {
                    if let Some(cells) = row.take() {
                        let line = cells.join("\t");
                        if !line.trim().is_empty() {
                            out.push_str(line.trim());
                            out.push('\n');
                        }
                    }
                }
                "tbl" => table_depth = table_depth.saturating_sub(1),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    /// A `.docx` of the given document and numbering parts.
    pub(crate) fn docx(document: &str, numbering: Option<&str>) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("word/document.xml", opts).unwrap();
        zip.write_all(document.as_bytes()).unwrap();
        if let Some(n) = numbering {
            zip.start_file("word/numbering.xml", opts).unwrap();
            zip.write_all(n.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn p(num: Option<(u32, u32)>, text: &str) -> String {
        let pr = num.map_or(String::new(), |(id, lvl)| {
            format!(r#"<w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{id}"/></w:numPr></w:pPr>"#)
        });
        format!(r#"<w:p>{pr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
    }

    #[test]
    fn numbered_paragraphs_get_the_numbers_word_draws() {
        let numbering = format!(
            r#"<w:numbering {W}>
              <w:abstractNum w:abstractNumId="0">
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
                <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
                <w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
              </w:abstractNum>
              <w:abstractNum w:abstractNumId="1">
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
              </w:abstractNum>
              <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
              <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
            </w:numbering>"#
        );
        let body = [
            p(None, "THÔNG BÁO"),
            p(Some((1, 0)), "NHIỆM VỤ"),
            p(Some((2, 0)), "Giao Sở Tài chính chủ trì."),
            p(Some((2, 1)), "Rà soát &amp; báo cáo."),
            p(Some((2, 2)), "Trước ngày 31/3/2024."),
            p(Some((2, 1)), "Tổng hợp."),
            p(Some((2, 0)), "Sở Y tế thực hiện."),
            p(Some((2, 1)), "Kiểm tra."),
            p(Some((1, 0)), "TỔ CHỨC THỰC HIỆN"),
        ]
        .concat();
        let table = r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Lập kế hoạch</w:t></w:r></w:p><w:p><w:r><w:t>năm 2024</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#;
        let document = format!(r#"<w:document {W}><w:body>{body}{table}</w:body></w:document>"#);
        let text = docx_text(&docx(&document, Some(&numbering))).unwrap();
        assert_eq!(
            text,
            "THÔNG BÁO\nI. NHIỆM VỤ\n1. Giao Sở Tài chính chủ trì.\na) Rà soát & báo cáo.\n- Trước ngày 31/3/2024.\nb) Tổng hợp.\n2. Sở Y tế thực hiện.\na) Kiểm tra.\nII. TỔ CHỨC THỰC HIỆN\n1\tLập kế hoạch năm 2024\n"
        );
    }

    #[test]
    fn what_is_not_a_word_document_is_refused() {
        let err = docx_text(b"PK\x03\x04 garbage").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("not a readable .docx (zip archive)"),
            "{err}"
        );
        let err = docx_text(&docx_without_document()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "holds no word/document.xml: not a Word document"
        );
        let bad = docx("<w:document><w:body><w:p></w:body>", None);
        assert!(
            docx_text(&bad)
                .unwrap_err()
                .to_string()
                .starts_with("word/document.xml:")
        );
    }

    fn docx_without_document() -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("xl/workbook.xml", zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(b"<workbook/>").unwrap();
        zip.finish().unwrap().into_inner()
    }
}
