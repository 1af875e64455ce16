//! Micro-benchmarks of a handout: line breaking, and the whole handout of the bundled
//! guide: `cargo bench -p pamphlet-tests --bench handout`. Compare a change against the
//! figures of the same machine before it. (It lives here, not in pamphlet-pdf, because it
//! checks the bundled content first, and pamphlet-pdf does not depend on the checker.)

use std::path::PathBuf;
use std::sync::LazyLock;

use divan::black_box;
use pamphlet_check::{CheckOptions, check};
use pamphlet_model::Library;
use pamphlet_pdf::{PdfOptions, handout, hot_paths};
use pamphlet_schema::IsoDate;

fn main() {
    divan::main();
}

/// A paragraph of the bundled guide's length and vocabulary.
const PARAGRAPH: &str = "A trigger point is a very tender spot in a tight band of muscle. \
    Trigger points in the muscles around the hip can cause pain in the hip and buttock. \
    The pain can also spread to other places, such as the lower back, thigh or knee. There \
    is no scan or blood test that shows trigger points. A health professional feels for \
    them with their fingers, but two experts may not agree on what they feel.";

/// The bundled content, checked and resolved.
static BUNDLED: LazyLock<Library> = LazyLock::new(|| {
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content");
    let options = CheckOptions {
        today: IsoDate::parse("2026-12-02").expect("a date"),
        keep_content: true,
    };
    let report = check(&[content], &options).expect("the bundled content is readable");
    let tree = report.trees.into_iter().next().expect("one tree");
    let topics = tree.topics.iter().map(|(_, topic)| topic);
    Library::resolve(&tree.settings.clinic, topics, tree.bibliography.as_ref())
        .expect("the bundled content resolves")
});

/// Measuring each word with the font's advance widths, then optimal-fit line breaking,
/// at body size in a column of an A4 page.
#[divan::bench]
fn break_paragraph() -> usize {
    hot_paths::break_lines(black_box(PARAGRAPH), 10.5, 470.0).expect("the fonts load")
}

/// The whole handout of the bundled guide: layout, pagination, drawing, font subsets and
/// the compressed PDF.
#[divan::bench]
fn bundled_handout() -> usize {
    let library = &*BUNDLED;
    handout(
        black_box(&library.topics[0]),
        &library.clinic,
        &PdfOptions::default(),
    )
    .expect("the handout is made")
    .len()
}
