//! Normalisation of Vietnamese text for matching names typed in different ways.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// `text` cut to at most `max` bytes (at a character boundary), with a note of how much was
/// left out: for quoting input in an error message, so that a 10 MB name read from a file
/// does not become a 10 MB message. Text that fits is returned as it is.
///
/// ```
/// use chidao_model::cut_for_message;
/// assert_eq!(cut_for_message("ngắn".to_owned(), 64), "ngắn");
/// assert_eq!(cut_for_message("a".repeat(10), 4), "aaaa… (6 more bytes)");
/// ```
pub fn cut_for_message(mut text: String, max: usize) -> String {
    if text.len() <= max {
        return text;
    }
    let mut at = max;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let left = text.len() - at;
    text.truncate(at);
    text.push_str(&format!("… ({left} more bytes)"));
    text
}

/// The canonical form used to compare names: NFC, tone marks placed the modern way ("hoà" and
/// "hòa" both become "hòa"), white space collapsed, lower case.
///
/// ```
/// use chidao_model::match_key;
/// assert_eq!(match_key("Sở  Kế hoạch"), match_key("sở kế hoạch"));
/// assert_eq!(match_key("Thanh Hoá"), match_key("Thanh Hóa"));
/// let nfd: String = unicode_normalization::UnicodeNormalization::nfd("Lạng Sơn").collect();
/// assert_eq!(match_key(&nfd), match_key("Lạng Sơn"));
/// ```
pub fn match_key(text: &str) -> String {
    let lowered: String = text.nfc().collect::<String>().to_lowercase();
    let words: Vec<String> = lowered.split_whitespace().map(modern_tone).collect();
    words.join(" ")
}

/// Moves the tone mark of the old-style syllables "oa", "oe", "uy" endings to the modern
/// placement: "hoà" → "hòa", "thuỷ" → "thủy". Operates on one lower-case NFC word.
fn modern_tone(word: &str) -> String {
    // Decompose, find a tone mark on the second vowel of a final oa/oe/uy and move it to the first.
    const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
    let chars: Vec<char> = word.nfd().collect();
    // Base letters with their marks.
    let mut units: Vec<(char, Vec<char>)> = Vec::new();
    for c in chars {
        if is_combining_mark(c)
            && let Some(last) = units.last_mut()
        {
            last.1.push(c);
            continue;
        }
        units.push((c, Vec::new()));
    }
    let n = units.len();
    if n >= 2 {
        let (a, b) = (units[n - 2].0, units[n - 1].0);
        let pair_ok = matches!((a, b), ('o', 'a') | ('o', 'e') | ('u', 'y'));
        // only when the pair ends the word and the first has no tone of its own
        let first_has_tone = units[n - 2].1.iter().any(|m| TONES.contains(m));
        // "qu" + y is not an oa/uy diphthong start ("quý" keeps its mark)
        let after_q = n >= 3 && units[n - 3].0 == 'q';
        if pair_ok
            && !first_has_tone
            && !after_q
            && let Some(pos) = units[n - 1].1.iter().position(|m| TONES.contains(m))
        {
            let tone = units[n - 1].1.remove(pos);
            units[n - 2].1.push(tone);
        }
    }
    units
        .into_iter()
        .flat_map(|(c, marks)| std::iter::once(c).chain(marks))
        .nfc()
        .collect()
}
