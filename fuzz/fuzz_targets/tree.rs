//! The whole check pipeline on a content tree: the input is split at the first NUL byte
//! into a topic file and a bibliography, written to a temporary tree, checked with the
//! rules that need the whole tree, and rendered in every output format.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pamphlet_check::render::{Format, RenderOptions, render};
use pamphlet_check::{CheckOptions, check};
use pamphlet_schema::IsoDate;

fuzz_target!(|bytes: &[u8]| {
    let (topic, bibliography) = match bytes.iter().position(|byte| *byte == 0) {
        Some(split) => (&bytes[..split], &bytes[split + 1..]),
        None => (bytes, &b"sources: []\n"[..]),
    };
    let Ok(folder) = tempfile::tempdir() else {
        return;
    };
    let topics = folder.path().join("topics");
    if std::fs::create_dir(&topics).is_err()
        || std::fs::write(topics.join("fuzz.yaml"), topic).is_err()
        || std::fs::write(folder.path().join("bibliography.yaml"), bibliography).is_err()
    {
        return;
    }
    let Ok(today) = IsoDate::parse("2026-12-02") else {
        return;
    };
    let Ok(report) = check(&[folder.path().to_path_buf()], &CheckOptions {
            today,
            keep_content: true,
        }) else {
        return;
    };
    for format in [Format::Human, Format::Json, Format::Sarif, Format::Github, Format::Junit] {
        let mut out = Vec::new();
        let result = render(&report, format, &RenderOptions { color: true }, &mut out);
        assert!(result.is_ok());
    }
});
