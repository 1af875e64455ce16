//! One file through the whole per-file pipeline (decode, parse, schema, every rule that
//! looks at one file, settling, positions) as a topic or a bibliography, from any bytes.
//! Every diagnostic must point inside the file.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use pamphlet_check::check_bytes;
use pamphlet_check::settings::Settings;
use pamphlet_schema::{IsoDate, SchemaKind};

fuzz_target!(|bytes: &[u8]| {
    let Some((first, rest)) = bytes.split_first() else {
        return;
    };
    let (kind, path) = if first % 2 == 0 {
        (SchemaKind::Topic, "topics/fuzz.yaml")
    } else {
        (SchemaKind::Bibliography, "bibliography.yaml")
    };
    let Ok(today) = IsoDate::parse("2026-12-02") else {
        return;
    };
    let settings = Settings::new(today);
    // Spans count bytes of the decoded text, where each byte that is not UTF-8 became a
    // three-byte U+FFFD: the lossy decoding of the whole input bounds them.
    let text_length = String::from_utf8_lossy(rest).len();
    for diagnostic in check_bytes(Path::new(path), rest, kind, &settings) {
        if let Some(span) = &diagnostic.span {
            assert!(span.start.line >= 1, "{diagnostic:?}");
            assert!(span.bytes.start <= span.bytes.end, "{diagnostic:?}");
            assert!(span.bytes.end <= text_length, "{diagnostic:?}");
        }
    }
});
