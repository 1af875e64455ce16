//! Renders the handouts of the bundled content, to look at them while working on
//! the layout: `cargo run -p pamphlet-pdf --example handout -- OUT_DIR [letter] [large]`.

use std::path::PathBuf;

use pamphlet_check::{CheckOptions, check};
use pamphlet_pdf::{Paper, PdfOptions, handout};
use pamphlet_schema::IsoDate;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().unwrap_or_else(|| "/tmp".to_owned()));
    let flags: Vec<String> = args.collect();
    let options = PdfOptions {
        paper: if flags.iter().any(|flag| flag == "letter") {
            Paper::Letter
        } else {
            Paper::A4
        },
        large_print: flags.iter().any(|flag| flag == "large"),
        source_date: IsoDate::parse("2026-11-23").ok(),
    };
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let today = IsoDate::parse("2026-11-24")?;
    let report = check(
        &[content],
        &CheckOptions {
            today,
            keep_content: true,
        },
    )?;
    for tree in &report.trees {
        let bibliography = tree.bibliography.clone().unwrap_or_default();
        for (_, topic) in &tree.topics {
            let bytes = handout(topic, &bibliography, &tree.settings.clinic, &options)?;
            let path = out.join(format!("{}.pdf", topic.id));
            std::fs::write(&path, &bytes)?;
            println!("{} ({} bytes)", path.display(), bytes.len());
        }
    }
    Ok(())
}
