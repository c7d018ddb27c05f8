//! Prints what the extractor reads from a text file, as JSON: `cargo run -p chidao-extract
//! --example show FILE`.

fn main() {
    let path = std::env::args().nth(1).expect("usage: show FILE");
    let text = std::fs::read_to_string(&path).expect("a UTF-8 text file");
    let ex = chidao_extract::extract(&text);
    for a in &ex.assignments {
        let s: String = text[a.span.clone()].chars().take(80).collect();
        println!(
            "{:8} {:40} | {}",
            a.item,
            a.lead.as_ref().map_or("-", |l| l.value.as_str()),
            s
        );
    }
    let mut h = ex.header.clone();
    h.recipients.truncate(3);
    eprintln!("{h:#?}");
}
