//! The bundled content's handout, read back from the PDF bytes: its structure,
//! fonts, metadata and text, without any external tool.

use std::path::PathBuf;

use lopdf::{Document, Object};
use pamphlet_check::{CheckOptions, check};
use pamphlet_model::{Clinic, Library, Topic};
use pamphlet_pdf::{Paper, PdfOptions, handout};
use pamphlet_schema::IsoDate;

/// The bundled topic, checked and resolved, and its clinic.
fn bundled() -> (Topic, Clinic) {
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content");
    let today = IsoDate::parse("2026-12-03").expect("date");
    let report = check(
        &[content],
        &CheckOptions {
            today,
            keep_content: true,
        },
    )
    .expect("content checks");
    let tree = report.trees.into_iter().next().expect("one tree");
    let topics = tree.topics.iter().map(|(_, topic)| topic);
    let library = Library::resolve(&tree.settings.clinic, topics, tree.bibliography.as_ref())
        .expect("the bundled content resolves");
    let topic = library.topics.into_iter().next().expect("one topic");
    (topic, library.clinic)
}

fn render(options: &PdfOptions) -> Vec<u8> {
    let (topic, clinic) = bundled();
    handout(&topic, &clinic, options).expect("handout")
}

/// The document's text, page by page, with runs of white space made single spaces.
fn text(pdf: &Document) -> String {
    let pages: Vec<u32> = pdf.get_pages().keys().copied().collect();
    let text = pdf.extract_text(&pages).expect("text extracts");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn two_runs_give_identical_bytes() {
    let options = PdfOptions {
        source_date: IsoDate::parse("2026-11-23").ok(),
        ..PdfOptions::default()
    };
    assert_eq!(render(&options), render(&options));
    assert_eq!(
        render(&PdfOptions::default()),
        render(&PdfOptions::default())
    );
    // The document id is made from the content: another handout has another id.
    let id = |bytes: &[u8]| {
        let pdf = Document::load_mem(bytes).expect("parses");
        let ids = pdf
            .trailer
            .get(b"ID")
            .and_then(Object::as_array)
            .expect("an id");
        assert_eq!(ids.len(), 2);
        assert_eq!(ids[0], ids[1]);
        ids[0].as_str().expect("a string").to_vec()
    };
    let dated = id(&render(&options));
    let undated = id(&render(&PdfOptions::default()));
    assert_eq!(dated.len(), 16);
    assert_ne!(dated, undated);
    assert!(!dated.starts_with(b"pamphlet"), "the placeholder was left");
}

#[test]
fn handout_is_small_and_paged() {
    let bytes = render(&PdfOptions::default());
    // Ten pages tagged for screen readers are about 61 KB (fonts 22, page content 25,
    // the structure tree and everything else 14); the bound leaves room for the
    // content to grow a little, not for the file to.
    assert!(bytes.len() <= 64_000, "{} bytes", bytes.len());
    let pdf = Document::load_mem(&bytes).expect("parses");
    let pages = pdf.get_pages();
    assert!((4..=12).contains(&pages.len()), "{} pages", pages.len());
    let text = text(&pdf);
    for number in 1..=pages.len() {
        assert!(text.contains(&format!("Page {number} of {}", pages.len())));
    }
    assert!(text.contains("Reviewed 2 December 2026 · Next review 2 December 2027"));
}

#[test]
fn text_holds_every_red_flag_treatment_and_reference() {
    let (topic, _) = bundled();
    let pdf = Document::load_mem(&render(&PdfOptions::default())).expect("parses");
    let text = text(&pdf);
    // The bundled guide cites every source of its bibliography.
    let bibliography = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content/bibliography.yaml"),
    )
    .expect("the bibliography");
    let titles: Vec<&str> = bibliography
        .lines()
        .filter_map(|line| line.trim().strip_prefix("title: "))
        .collect();
    assert!(titles.len() >= 10, "{titles:?}");
    for title in titles {
        let title = title.trim_matches(['"', '\'']);
        assert!(text.contains(&squeeze(title)), "reference {title}");
    }
    assert!(text.contains("When to see a doctor"));
    assert!(text.contains("Get emergency help now"));
    for flag in &topic.red_flags {
        assert!(text.contains(&squeeze(&flag.sign)), "red flag {}", flag.id);
    }
    for treatment in &topic.treatments {
        assert!(
            text.contains(&squeeze(&treatment.name)),
            "treatment {}",
            treatment.id
        );
    }
    // Reading order: the box comes before the causes, the causes before the references.
    let position = |needle: &str| text.find(needle).unwrap_or(usize::MAX);
    assert!(position("When to see a doctor") < position("What can cause it"));
    assert!(position("What can cause it") < position("Treatment options"));
    assert!(position("Treatment options") < position("References"));
}

#[test]
fn fonts_are_embedded_subsets_with_unicode_maps() {
    let pdf = Document::load_mem(&render(&PdfOptions::default())).expect("parses");
    let mut fonts = 0;
    for object in pdf.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        if dict.get(b"Type").and_then(Object::as_name).ok() != Some(b"FontDescriptor") {
            continue;
        }
        fonts += 1;
        let name = dict
            .get(b"FontName")
            .and_then(Object::as_name)
            .expect("name");
        let name = String::from_utf8_lossy(name);
        assert!(
            name.len() > 7 && name.as_bytes()[6] == b'+',
            "{name} is tagged as a subset"
        );
        assert!(name.contains("DejaVuSans"));
        let program = dict
            .get(b"FontFile2")
            .and_then(Object::as_reference)
            .expect("embedded");
        let stream = pdf
            .get_object(program)
            .and_then(Object::as_stream)
            .expect("stream");
        let length = stream
            .dict
            .get(b"Length1")
            .and_then(Object::as_i64)
            .expect("length");
        assert!(length < 40_000, "subset of {length} bytes");
    }
    assert_eq!(fonts, 2, "regular and bold");
}

#[test]
fn metadata_outline_and_links_are_present() {
    let (topic, clinic) = bundled();
    let options = PdfOptions {
        source_date: IsoDate::parse("2026-11-23").ok(),
        ..PdfOptions::default()
    };
    let pdf = Document::load_mem(&render(&options)).expect("parses");
    let info_id = pdf
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .expect("info");
    let info = pdf.get_dictionary(info_id).expect("info dictionary");
    let text_of = |key: &[u8]| {
        let bytes = info.get(key).and_then(Object::as_str).expect("field");
        lopdf::decode_text_string(&Object::String(
            bytes.to_vec(),
            lopdf::StringFormat::Literal,
        ))
        .expect("text string")
    };
    assert_eq!(text_of(b"Title"), topic.title);
    assert_eq!(text_of(b"Author"), clinic.name);
    assert!(text_of(b"Subject").starts_with("A trigger point is"));
    assert_eq!(
        info.get(b"CreationDate")
            .and_then(Object::as_str)
            .expect("date"),
        b"D:20261123000000Z"
    );
    let catalog = pdf.catalog().expect("catalog");
    assert_eq!(
        catalog
            .get(b"Lang")
            .and_then(Object::as_str)
            .ok()
            .map(|lang| lopdf::decode_text_string(&Object::String(
                lang.to_vec(),
                lopdf::StringFormat::Literal
            ))
            .unwrap_or_default()),
        Some("en".to_owned())
    );
    let outline = pdf.get_toc().expect("outline");
    let titles: Vec<&str> = outline
        .toc
        .iter()
        .map(|entry| entry.title.as_str())
        .collect();
    for section in [
        "What it is",
        "When to see a doctor",
        "Treatment options",
        "Conventional treatments",
        "Your recovery plan",
        "References",
    ] {
        assert!(titles.contains(&section), "{section} in {titles:?}");
    }
    let mut links: Vec<String> = Vec::new();
    for page in pdf.get_pages().into_values() {
        let page = pdf.get_dictionary(page).expect("page");
        // A page with no links has no annotations array at all.
        let annotations = match page.get(b"Annots") {
            Ok(annotations) => annotations.as_array().expect("an array of annotations"),
            Err(_) => continue,
        };
        for annotation in annotations {
            let annotation = match annotation {
                Object::Reference(id) => pdf.get_dictionary(*id).expect("annotation"),
                other => other.as_dict().expect("annotation"),
            };
            let action = annotation
                .get(b"A")
                .and_then(Object::as_dict)
                .expect("action");
            let uri = action.get(b"URI").and_then(Object::as_str).expect("uri");
            links.push(String::from_utf8_lossy(uri).into_owned());
        }
    }
    assert!(
        links
            .iter()
            .any(|uri| uri == "https://doi.org/10.1016/j.pmrj.2015.01.024")
    );
    assert!(
        links
            .iter()
            .any(|uri| uri.starts_with("https://www.versusarthritis.org/"))
    );
}

#[test]
fn greek_and_cyrillic_print() {
    let (mut topic, clinic) = bundled();
    topic.title = "Πόνος στο ισχίο — Боль в бедре".to_owned();
    topic.summary =
        "Τα σημεία πυροδότησης προκαλούν πόνο. Триггерные точки вызывают боль.".to_owned();
    let bytes = handout(&topic, &clinic, &PdfOptions::default()).expect("handout");
    let pdf = Document::load_mem(&bytes).expect("parses");
    let text = text(&pdf);
    assert!(
        text.contains("Πόνος στο ισχίο — Боль в бедре"),
        "{}",
        &text[..200.min(text.len())]
    );
    assert!(text.contains("Триггерные точки вызывают боль."));
    assert!(!text.contains('\u{FFFD}'), "every character has a glyph");
}

#[test]
fn large_print_and_letter_change_the_pages() {
    let count = |options: &PdfOptions| {
        Document::load_mem(&render(options))
            .expect("parses")
            .get_pages()
            .len()
    };
    let normal = count(&PdfOptions::default());
    let large = count(&PdfOptions {
        large_print: true,
        ..PdfOptions::default()
    });
    assert!(
        large > normal,
        "large print: {large} pages, normal: {normal}"
    );
    let letter = Document::load_mem(&render(&PdfOptions {
        paper: Paper::Letter,
        ..PdfOptions::default()
    }))
    .expect("parses");
    let first = letter.get_pages().into_values().next().expect("a page");
    let media_box = letter
        .get_dictionary(first)
        .and_then(|page| page.get(b"MediaBox"))
        .and_then(Object::as_array)
        .expect("media box");
    let numbers: Vec<f32> = media_box.iter().filter_map(|n| n.as_float().ok()).collect();
    assert_eq!(numbers, [0.0, 0.0, 612.0, 792.0]);
}

#[test]
fn the_most_urgent_red_flags_are_on_page_one_in_every_print() {
    let (topic, _) = bundled();
    let emergency = topic
        .red_flags
        .iter()
        .find(|flag| flag.action == pamphlet_schema::Urgency::Emergency)
        .expect("the bundled topic has an emergency sign");
    for paper in [Paper::A4, Paper::Letter] {
        for large_print in [false, true] {
            let options = PdfOptions {
                paper,
                large_print,
                ..PdfOptions::default()
            };
            let pdf = Document::load_mem(&render(&options)).expect("parses");
            let page_one = squeeze(&pdf.extract_text(&[1]).expect("text"));
            assert!(
                page_one.contains("When to see a doctor") && page_one.contains(&emergency.sign),
                "{options:?}: page 1 lacks the emergency sign:\n{page_one}"
            );
            // A box divided between pages says so, and every sign is still printed.
            let whole = text(&pdf);
            let divided = !topic
                .red_flags
                .iter()
                .all(|flag| page_one.contains(flag.sign.as_str()));
            assert_eq!(
                page_one.contains("The list goes on over the page."),
                divided,
                "{options:?}"
            );
            for flag in &topic.red_flags {
                assert!(
                    whole.contains(flag.sign.as_str()),
                    "{options:?}: {}",
                    flag.sign
                );
            }
        }
    }
}

#[test]
fn odd_content_still_makes_a_handout() {
    let (mut topic, _) = bundled();
    topic.causes.clear();
    topic.symptoms.clear();
    topic.red_flags.clear();
    topic.treatments.clear();
    topic.recovery.clear();
    topic.questions.clear();
    topic.references.clear();
    topic.aims.clear();
    topic.summary = "Short.".to_owned();
    let sparse = handout(&topic, &Clinic::default(), &PdfOptions::default())
        .expect("a topic without records still prints");
    let pdf = Document::load_mem(&sparse).expect("parses");
    assert_eq!(pdf.get_pages().len(), 1);
    assert!(text(&pdf).contains("Page 1 of 1"));

    let (mut topic, clinic) = bundled();
    topic.summary = format!(
        "Tabs\tand\r\nnew lines, a control \u{7} character, a glyph DejaVu lacks (\u{4E2D}) \
         and a word longer than a line: {}",
        "x".repeat(400)
    );
    topic.red_flags = (0..80).map(|_| topic.red_flags[0].clone()).collect();
    let bytes = handout(&topic, &clinic, &PdfOptions::default()).expect("prints");
    let pdf = Document::load_mem(&bytes).expect("parses");
    let text = text(&pdf);
    assert!(text.contains("Tabs and new lines, a control character"));
    assert!(text.matches('x').count() >= 400);
}

/// The numbers of the citation marks (`[1, 3]`) in `text`, in the order they appear.
fn cited_numbers(text: &str) -> Vec<usize> {
    let mut numbers = Vec::new();
    for (start, _) in text.match_indices('[') {
        let Some(length) = text[start + 1..].find(']') else {
            continue;
        };
        let inside = &text[start + 1..start + 1 + length];
        let parsed: Result<Vec<usize>, _> = inside.split(", ").map(str::parse).collect();
        if let Ok(parsed) = parsed {
            numbers.extend(parsed);
        }
    }
    numbers
}

/// A reader meets reference [1] first, then [2], and so on, in every print: the handout
/// prints its records in the order that numbered the references, including when the red
/// flags move up to page one.
#[test]
fn references_are_met_in_number_order_on_paper() {
    let (topic, clinic) = bundled();
    for paper in [Paper::A4, Paper::Letter] {
        for large_print in [false, true] {
            let options = PdfOptions {
                paper,
                large_print,
                ..PdfOptions::default()
            };
            let bytes = handout(&topic, &clinic, &options).expect("handout");
            let pdf = Document::load_mem(&bytes).expect("parses");
            let mut first_seen = Vec::new();
            for number in cited_numbers(&text(&pdf)) {
                if !first_seen.contains(&number) {
                    first_seen.push(number);
                }
            }
            let expected: Vec<usize> = (1..=topic.references.len()).collect();
            assert_eq!(first_seen, expected, "{options:?}");
        }
    }
}

/// The conditions of PDF/UA-1 (ISO 14289-1) that a program can check, as the Matterhorn
/// Protocol lists them, read back from the bytes of the bundled handout in A4 and in
/// Letter large print: a structure tree and `/MarkInfo`, the language, the title shown,
/// XMP metadata claiming PDF/UA-1, every page's tab order and parent-tree key, every piece
/// of page content either tagged or an artifact, every MCID and link annotation found
/// again in the parent tree, links with a description, and headings that start at H1 and
/// never skip a level.
#[test]
fn the_handout_is_tagged_for_screen_readers() {
    let (topic, clinic) = bundled();
    for options in [
        PdfOptions::default(),
        PdfOptions {
            paper: Paper::Letter,
            large_print: true,
            ..PdfOptions::default()
        },
    ] {
        let bytes = handout(&topic, &clinic, &options).expect("handout");
        let pdf = Document::load_mem(&bytes).expect("parses");
        let catalog = pdf.catalog().expect("a catalog");
        let dictionary = |object: &Object| -> lopdf::Dictionary {
            match object {
                Object::Reference(id) => pdf.get_dictionary(*id).cloned().expect("a dictionary"),
                Object::Dictionary(dictionary) => dictionary.clone(),
                other => panic!("not a dictionary: {other:?}"),
            }
        };
        let mark_info = dictionary(catalog.get(b"MarkInfo").expect("MarkInfo"));
        assert_eq!(mark_info.get(b"Marked").ok(), Some(&Object::Boolean(true)));
        assert!(catalog.get(b"Lang").is_ok(), "a language");
        let preferences = dictionary(catalog.get(b"ViewerPreferences").expect("preferences"));
        assert_eq!(
            preferences.get(b"DisplayDocTitle").ok(),
            Some(&Object::Boolean(true))
        );
        let metadata = catalog
            .get(b"Metadata")
            .and_then(Object::as_reference)
            .and_then(|id| pdf.get_object(id))
            .and_then(Object::as_stream)
            .expect("an XMP stream");
        let xmp = String::from_utf8_lossy(&metadata.content).into_owned();
        assert!(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), "{xmp}");
        assert!(xmp.contains(&topic.title), "{xmp}");

        let root = dictionary(catalog.get(b"StructTreeRoot").expect("a structure tree"));
        let parent_tree = dictionary(root.get(b"ParentTree").expect("a parent tree"));
        let nums = parent_tree
            .get(b"Nums")
            .and_then(Object::as_array)
            .expect("Nums");
        let parents: std::collections::BTreeMap<i64, Object> = nums
            .chunks(2)
            .map(|pair| (pair[0].as_i64().expect("a key"), pair[1].clone()))
            .collect();

        let mut headings = Vec::new();
        collect_headings(&pdf, root.get(b"K").expect("the root's kid"), &mut headings);
        assert_eq!(
            headings.first().map(String::as_str),
            Some("H1"),
            "{headings:?}"
        );
        assert_eq!(headings.iter().filter(|h| *h == "H1").count(), 1);
        for pair in headings.windows(2) {
            let level = |heading: &str| heading[1..].parse::<u8>().expect("a level");
            assert!(
                level(&pair[1]) <= level(&pair[0]) + 1,
                "{pair:?} skips a level"
            );
        }

        for (index, (_, page_id)) in pdf.get_pages().into_iter().enumerate() {
            let page = pdf.get_dictionary(page_id).expect("a page");
            assert_eq!(page.get(b"Tabs").ok(), Some(&Object::Name(b"S".to_vec())));
            let key = page
                .get(b"StructParents")
                .and_then(Object::as_i64)
                .expect("StructParents");
            let by_mcid = parents
                .get(&key)
                .and_then(|object| object.as_array().ok())
                .expect("the page's entry in the parent tree");
            let content = pdf.get_page_content(page_id);
            let operations = lopdf::content::Content::decode(&content)
                .expect("decodes")
                .operations;
            let mut depth = 0usize;
            let mut mcids = Vec::new();
            for operation in &operations {
                match operation.operator.as_str() {
                    "BMC" => depth += 1,
                    "BDC" => {
                        depth += 1;
                        let properties = operation.operands.get(1).expect("properties");
                        if let Ok(mcid) = dictionary(properties).get(b"MCID") {
                            mcids.push(mcid.as_i64().expect("an MCID") as usize);
                        }
                    }
                    "EMC" => depth -= 1,
                    "Tj" | "TJ" | "'" | "\"" | "S" | "s" | "f" | "F" | "f*" | "B" | "B*" | "b"
                    | "b*" => assert!(
                        depth > 0,
                        "page {}: `{}` is neither tagged nor an artifact",
                        index + 1,
                        operation.operator
                    ),
                    _ => {}
                }
            }
            assert_eq!(depth, 0, "page {}: marked content is unbalanced", index + 1);
            assert_eq!(mcids, (0..mcids.len()).collect::<Vec<_>>());
            assert_eq!(by_mcid.len(), mcids.len(), "page {}", index + 1);

            let annotations = page
                .get(b"Annots")
                .and_then(Object::as_array)
                .cloned()
                .unwrap_or_default();
            for annotation in &annotations {
                let annotation = dictionary(annotation);
                let contents = annotation
                    .get(b"Contents")
                    .and_then(Object::as_str)
                    .expect("a link describes itself");
                assert!(contents.starts_with(b"Link to http"), "{contents:?}");
                let key = annotation
                    .get(b"StructParent")
                    .and_then(Object::as_i64)
                    .expect("StructParent");
                let link = dictionary(parents.get(&key).expect("the link's element"));
                assert_eq!(link.get(b"S").ok(), Some(&Object::Name(b"Link".to_vec())));
            }
        }
    }
}

/// The structure types of the headings under `kid`, in reading order.
fn collect_headings(pdf: &Document, kid: &Object, headings: &mut Vec<String>) {
    let element = match kid {
        Object::Reference(id) => match pdf.get_object(*id) {
            Ok(Object::Dictionary(element)) => element,
            _ => return,
        },
        Object::Array(kids) => {
            for kid in kids {
                collect_headings(pdf, kid, headings);
            }
            return;
        }
        _ => return,
    };
    if let Ok(Object::Name(role)) = element.get(b"S") {
        let role = String::from_utf8_lossy(role).into_owned();
        if role.len() == 2 && role.starts_with('H') {
            headings.push(role);
        }
    }
    if let Ok(kids) = element.get(b"K") {
        collect_headings(pdf, kids, headings);
    }
}

/// Text in the languages the bundled font covers comes back from the PDF exactly, as
/// poppler's `pdftotext` reads it: Spanish, Polish, Vietnamese, Greek and Russian.
#[test]
fn european_scripts_and_vietnamese_print_exactly() {
    let samples = [
        "Dolor de cadera: ¿cuándo hay que ir al médico? Años, niños, pingüino.",
        "Ból biodra: kiedy iść do lekarza? Zażółć gęślą jaźń.",
        "Đau hông: khi nào cần đi khám bác sĩ? Người bệnh nên nghỉ ngơi.",
        "Πόνος στο ισχίο: πότε πρέπει να δείτε γιατρό;",
        "Боль в бедре: когда нужно обратиться к врачу? Ёжик съел щи.",
    ];
    let (mut topic, clinic) = bundled();
    topic.summary = samples.join(" ");
    let bytes = handout(&topic, &clinic, &PdfOptions::default()).expect("handout");
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("samples.pdf");
    std::fs::write(&path, &bytes).expect("written");
    let output = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (`cargo xtask test` installs poppler-utils)");
    let text = squeeze(&String::from_utf8(output.stdout).expect("UTF-8"));
    for sample in samples {
        assert!(text.contains(sample), "{sample}\nnot in:\n{}", &text[..800]);
    }
}

#[test]
fn a_spanish_topic_gets_a_spanish_handout() {
    let (mut topic, clinic) = bundled();
    topic.language = "es-MX".to_owned();
    let contact = clinic.text_for("es").contact;
    assert!(
        contact.starts_with("Pregunte"),
        "the bundled clinic's Spanish line: {contact}"
    );
    let bytes = handout(&topic, &clinic, &PdfOptions::default()).expect("handout");
    let pdf = Document::load_mem(&bytes).expect("parses");
    let spanish = text(&pdf);
    let pages = pdf.get_pages().len();
    for words in [
        "Cuándo ver a un médico",
        "Pida ayuda urgente ahora: llame al número de emergencias",
        "Qué lo puede causar",
        "Opciones de tratamiento",
        "Su plan de recuperación",
        "Preguntas para su equipo de salud",
        "Referencias",
        // Spanish dates are long: the footer shortens the months (as the Real Academia
        // abbreviates them) so that the title still fits beside them.
        "Revisada el 2 dic. 2026",
        &format!("Página 1 de {pages}"),
        &contact,
    ] {
        assert!(spanish.contains(words), "`{words}` is not in the handout");
    }
    assert!(
        spanish.matches("Trigger points and hip pain").count() > pages,
        "the whole title on every page's footer"
    );
    for english in [
        "When to see a doctor",
        "Treatment options",
        "Page 1 of",
        &clinic.contact,
    ] {
        assert!(
            !spanish.contains(english),
            "`{english}` is still in English"
        );
    }
    // The outline and the document's language follow the topic.
    let outline = pdf.get_toc().expect("outline");
    assert!(
        outline
            .toc
            .iter()
            .any(|entry| entry.title == "Cuándo ver a un médico")
    );
    let catalog = pdf.catalog().expect("catalog");
    assert_eq!(
        catalog.get(b"Lang").and_then(Object::as_str).ok(),
        Some(&b"es-MX"[..])
    );
    // A language with no table of its own falls back to English.
    topic.language = "pl".to_owned();
    let bytes = handout(&topic, &clinic, &PdfOptions::default()).expect("handout");
    let fallback = text(&Document::load_mem(&bytes).expect("parses"));
    assert!(fallback.contains("When to see a doctor"));
}

/// The footer fits the page in every size and language: each page, as poppler reads what
/// lies on it, ends with its own "page N of M" and some of the title, in large print
/// too, where a Spanish footer with both review dates in full is wider than the page.
#[test]
fn every_footer_fits_its_page_in_every_size_and_language() {
    let (mut topic, clinic) = bundled();
    let folder = tempfile::tempdir().expect("a temporary folder");
    for (language, page_word, of) in [("en", "Page", "of"), ("es", "Página", "de")] {
        topic.language = language.to_owned();
        for large_print in [false, true] {
            for paper in [Paper::A4, Paper::Letter] {
                let options = PdfOptions {
                    large_print,
                    paper,
                    ..PdfOptions::default()
                };
                let bytes = handout(&topic, &clinic, &options).expect("handout");
                let pages = Document::load_mem(&bytes)
                    .expect("parses")
                    .get_pages()
                    .len();
                let path = folder.path().join("footer.pdf");
                std::fs::write(&path, &bytes).expect("written");
                let output = std::process::Command::new("pdftotext")
                    .args(["-enc", "UTF-8", "-layout"])
                    .arg(&path)
                    .arg("-")
                    .output()
                    .expect("pdftotext runs (`cargo xtask test` installs poppler-utils)");
                let text = String::from_utf8(output.stdout).expect("UTF-8");
                let printed: Vec<&str> = text.trim_end_matches('\u{c}').split('\u{c}').collect();
                assert_eq!(printed.len(), pages);
                for (index, page) in printed.iter().enumerate() {
                    let footer = page
                        .lines()
                        .rev()
                        .find(|line| !line.trim().is_empty())
                        .unwrap_or_default()
                        .trim();
                    let case = format!("{language}, large print {large_print}, {paper:?}");
                    assert!(
                        footer.ends_with(&format!("{page_word} {} {of} {pages}", index + 1)),
                        "{case}: page {}: {footer:?}",
                        index + 1
                    );
                    assert!(
                        footer.starts_with("Trigger"),
                        "{case}: no title: {footer:?}"
                    );
                }
            }
        }
    }
}
