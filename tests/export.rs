//! `pamphlet export` and `pamphlet build` end to end: the JSON validates against the
//! generated schemas, the CSV tables hold every record and agree with their
//! `datapackage.json`, every topic gets a handout, builds are byte-for-byte repeatable,
//! content with errors is refused with nothing written, and formula-like cells are
//! neutralised.

mod support;

use std::path::{Path, PathBuf};

use pamphlet_check::{CheckOptions, CheckedTree};
use pamphlet_schema::{IsoDate, Question, Topic};
use support::{content, copy_tree, files, pamphlet};

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs `pamphlet` in the repository with `arguments` and asserts that it succeeded.
fn run_ok(arguments: &[&str]) {
    let output = pamphlet(&repository(), arguments);
    assert_eq!(
        output.status.code(),
        Some(0),
        "pamphlet {arguments:?}\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        stderr(&output)
    );
}

fn json(bytes: &[u8]) -> serde_json::Value {
    serde_json::from_slice(bytes).expect("valid JSON")
}

/// The bundled content, checked the way the CLI checks it.
fn checked_content() -> CheckedTree {
    let options = CheckOptions {
        today: IsoDate::parse(support::TODAY).expect("a date"),
        keep_content: true,
    };
    let report = pamphlet_check::check(&[content()], &options).expect("the content is readable");
    assert!(!report.has_errors(), "{:#?}", report.diagnostics);
    report.trees.into_iter().next().expect("one tree")
}

/// Reads a CSV file back as a header and records, the way a consumer would.
fn read_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(bytes);
    let header = reader
        .headers()
        .expect("a header row")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|record| {
            record
                .expect("a well-formed record")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect();
    (header, rows)
}

#[test]
fn json_export_validates_against_the_generated_schemas() {
    let out = tempfile::tempdir().expect("a temporary folder");
    let out_path = out.path().to_string_lossy().into_owned();
    run_ok(&["export", "json", "content", "--out", &out_path]);
    let exported = files(out.path());
    let topic_count = checked_content().topics.len();
    assert_eq!(exported.len(), topic_count + 1, "{:?}", exported.keys());

    let validator = |schema_file: &str| {
        let schema = json(&std::fs::read(repository().join(schema_file)).expect("the schema"));
        jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .should_validate_formats(true)
            .build(&schema)
            .expect("a valid schema")
    };
    let topic_schema = validator(pamphlet_export::codegen::TOPIC_SCHEMA);
    let catalogue_schema = validator(pamphlet_export::codegen::CATALOGUE_SCHEMA);
    for (path, bytes) in &exported {
        let value = json(bytes);
        let schema = if path == "catalogue.json" {
            &catalogue_schema
        } else {
            assert!(
                path.starts_with("topics/") && path.ends_with(".json"),
                "{path}"
            );
            &topic_schema
        };
        let errors: Vec<String> = schema
            .iter_errors(&value)
            .map(|error| format!("{} at {}", error, error.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{path}: {errors:#?}");
        assert_eq!(value["schema_version"], pamphlet_export::SCHEMA_VERSION);
    }

    // Citations are resolved: each record carries its sources in full, numbered as in the
    // reference list, which runs 1, 2, … without gaps.
    let topic = json(&exported["topics/hip-trigger-points.json"]);
    let references = topic["references"].as_array().expect("references");
    for (index, reference) in references.iter().enumerate() {
        assert_eq!(reference["number"], index + 1);
    }
    // The handout opens with the "When to see a doctor" box, most urgent sign first.
    let red_flags = topic["red_flags"].as_array().expect("red flags");
    let most_urgent = red_flags
        .iter()
        .find(|flag| flag["action"] == "emergency")
        .expect("an emergency sign");
    let first = &most_urgent["sources"][0];
    assert_eq!(
        first["number"], 1,
        "the first citation on the handout is reference 1"
    );
    assert_eq!(first, &references[0]);
    assert!(
        first["title"]
            .as_str()
            .is_some_and(|title| !title.is_empty())
    );
    for kind in ["causes", "symptoms", "red_flags", "treatments", "recovery"] {
        for record in topic[kind].as_array().expect("records") {
            for source in record["sources"].as_array().expect("sources") {
                let number = source["number"].as_u64().expect("a number") as usize;
                assert_eq!(source, &references[number - 1], "{kind} {}", record["id"]);
            }
        }
    }
}

#[test]
fn csv_tables_hold_every_record_and_match_their_datapackage() {
    let out = tempfile::tempdir().expect("a temporary folder");
    let out_path = out.path().to_string_lossy().into_owned();
    run_ok(&["export", "csv", "content", "--out", &out_path]);
    let exported = files(out.path());

    let tree = checked_content();
    let topics: Vec<&Topic> = tree.topics.iter().map(|(_, topic)| topic).collect();
    let count = |records: fn(&Topic) -> usize| topics.iter().map(|topic| records(topic)).sum();
    // How many sources each record cites, by list and id; a translation's record that
    // cites none has its original's.
    let cited = |topic: &Topic| -> Vec<(&'static str, String, usize)> {
        let mut counts = Vec::new();
        let mut add = |list, id: &str, sources: &[String]| {
            counts.push((list, id.to_owned(), sources.len()));
        };
        topic
            .causes
            .iter()
            .for_each(|r| add("causes", &r.id, &r.sources));
        topic
            .symptoms
            .iter()
            .for_each(|r| add("symptoms", &r.id, &r.sources));
        topic
            .red_flags
            .iter()
            .for_each(|r| add("red_flags", &r.id, &r.sources));
        topic
            .treatments
            .iter()
            .for_each(|r| add("treatments", &r.id, &r.sources));
        topic
            .recovery
            .iter()
            .for_each(|r| add("recovery", &r.id, &r.sources));
        counts
    };
    let citations: usize = topics
        .iter()
        .map(|topic| {
            let original = topic.translation_of.as_ref().map(|id| {
                let original = topics.iter().find(|other| &other.id == id);
                cited(original.expect("the original is exported too"))
            });
            cited(topic)
                .into_iter()
                .map(|(list, id, count)| match &original {
                    Some(original) if count == 0 => original
                        .iter()
                        .find(|(other_list, other_id, _)| *other_list == list && *other_id == id)
                        .map_or(0, |(_, _, count)| *count),
                    _ => count,
                })
                .sum::<usize>()
        })
        .sum();
    let sources = tree
        .bibliography
        .as_ref()
        .expect("a bibliography")
        .sources
        .len();
    let expected_rows: [(&str, usize); 9] = [
        ("topics.csv", topics.len()),
        ("causes.csv", count(|topic| topic.causes.len())),
        ("symptoms.csv", count(|topic| topic.symptoms.len())),
        ("red_flags.csv", count(|topic| topic.red_flags.len())),
        ("treatments.csv", count(|topic| topic.treatments.len())),
        ("recovery_phases.csv", count(|topic| topic.recovery.len())),
        ("questions.csv", count(|topic| topic.questions.len())),
        ("sources.csv", sources),
        ("citations.csv", citations),
    ];
    assert!(citations > 0 && sources > 0);

    let package = json(&exported["datapackage.json"]);
    assert_eq!(package["profile"], "tabular-data-package");
    let resources = package["resources"].as_array().expect("resources");
    assert_eq!(resources.len(), expected_rows.len());
    assert_eq!(
        exported.len(),
        expected_rows.len() + 1,
        "{:?}",
        exported.keys()
    );
    for (file, rows) in expected_rows {
        let bytes = &exported[file];
        assert!(
            bytes.windows(2).filter(|pair| pair == b"\r\n").count()
                == bytes.iter().filter(|byte| **byte == b'\n').count(),
            "{file}: every line ends in CRLF"
        );
        let (header, records) = read_csv(bytes);
        assert_eq!(records.len(), rows, "rows of {file}");
        let resource = resources
            .iter()
            .find(|resource| resource["path"] == file)
            .unwrap_or_else(|| panic!("{file} is described in datapackage.json"));
        let fields: Vec<&str> = resource["schema"]["fields"]
            .as_array()
            .expect("fields")
            .iter()
            .map(|field| field["name"].as_str().expect("a name"))
            .collect();
        assert_eq!(
            header, fields,
            "the header of {file} matches its Table Schema"
        );
        for key in resource["schema"]["primaryKey"]
            .as_array()
            .expect("a primary key")
        {
            assert!(
                fields.contains(&key.as_str().expect("a name")),
                "{file}: {key}"
            );
        }
    }
}

#[test]
fn two_builds_give_identical_bytes() {
    let first = tempfile::tempdir().expect("a temporary folder");
    let second = tempfile::tempdir().expect("a temporary folder");
    for out in [&first, &second] {
        let out_path = out.path().to_string_lossy().into_owned();
        run_ok(&["build", "content", "--out", &out_path]);
    }
    let first_files = files(first.path());
    let second_files = files(second.path());
    assert!(first_files.contains_key("json/catalogue.json"));
    assert!(first_files.contains_key("csv/datapackage.json"));
    assert_eq!(
        first_files.keys().collect::<Vec<_>>(),
        second_files.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &first_files {
        assert!(
            bytes == &second_files[path],
            "{path} differs between builds"
        );
        let name = path.rsplit('/').next().unwrap_or_default();
        assert!(!name.starts_with('.'), "a temporary file was left: {path}");
    }
}

#[test]
fn content_with_an_unsourced_record_is_refused_and_nothing_is_written() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let tree = folder.path().join("content");
    copy_tree(&content(), &tree);
    let topic_path = tree.join("topics/hip-trigger-points.yaml");
    let topic = std::fs::read_to_string(&topic_path).expect("the topic");
    let edited = topic.replacen("    sources: [alvarez-2002]\n", "    sources: []\n", 1);
    assert_ne!(topic, edited);
    std::fs::write(&topic_path, edited).expect("the edited topic");

    for arguments in [
        &["build", "content", "--out", "out"][..],
        &["export", "json", "content", "--out", "out"],
        &["export", "csv", "content", "--out", "out"],
    ] {
        let output = pamphlet(folder.path(), arguments);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{arguments:?}: {}",
            stderr(&output)
        );
        let text = stderr(&output);
        assert!(
            text.contains("PAM301"),
            "the diagnostics are printed: {text}"
        );
        assert!(text.contains("nothing written"), "{text}");
        assert!(
            !folder.path().join("out").exists(),
            "{arguments:?} wrote something"
        );
    }
}

#[test]
fn an_output_folder_inside_the_content_tree_is_refused() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    copy_tree(&content(), &folder.path().join("content"));
    let output = pamphlet(folder.path(), &["build", "content", "--out", "content/out"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("inside the content tree"));
    assert!(!folder.path().join("content/out").exists());
}

#[test]
fn excel_option_starts_every_csv_file_with_a_byte_order_mark() {
    let out = tempfile::tempdir().expect("a temporary folder");
    let out_path = out.path().to_string_lossy().into_owned();
    run_ok(&["export", "csv", "content", "--out", &out_path, "--excel"]);
    for (path, bytes) in files(out.path()) {
        if path.ends_with(".csv") {
            assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "{path}");
        } else {
            assert!(bytes.starts_with(b"{"), "{path}");
        }
    }
    // The data package says so, in the name Frictionless gives such a file; without
    // --excel it says plain UTF-8.
    let encodings = |folder: &std::path::Path| -> Vec<String> {
        let package: serde_json::Value = serde_json::from_slice(
            &std::fs::read(folder.join("datapackage.json")).expect("a data package"),
        )
        .expect("JSON");
        package["resources"]
            .as_array()
            .expect("resources")
            .iter()
            .map(|resource| resource["encoding"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    assert!(
        encodings(out.path())
            .iter()
            .all(|encoding| encoding == "utf-8-sig")
    );
    let plain = tempfile::tempdir().expect("a temporary folder");
    run_ok(&[
        "export",
        "csv",
        "content",
        "--out",
        &plain.path().to_string_lossy(),
    ]);
    assert!(
        encodings(plain.path())
            .iter()
            .all(|encoding| encoding == "utf-8")
    );
}

/// OWASP's CSV-injection payloads, and variations with leading spaces and quotes.
const FORMULA_PAYLOADS: [&str; 10] = [
    "=1+1",
    "=cmd|' /C calc'!A0",
    "=HYPERLINK(\"https://example.invalid\",\"Click\")",
    "+1+1",
    "-1+1",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    "\"=1+1\"",
];

#[test]
fn formula_payloads_are_neutralised_in_every_table() {
    let mut tree = checked_content();
    // The English guide alone, so that its rows are the only ones.
    tree.topics
        .retain(|(_, topic)| topic.translation_of.is_none());
    let (_, topic) = &mut tree.topics[0];
    topic.questions = FORMULA_PAYLOADS
        .iter()
        .map(|payload| Question {
            text: (*payload).to_owned(),
        })
        .collect();
    topic.title = "=2+2".to_owned();
    topic.symptoms[0].refers_to = vec!["-knee".to_owned(), "thigh".to_owned()];
    let bibliography = tree.bibliography.as_mut().expect("a bibliography");
    bibliography.sources[0].title = "@risk".to_owned();

    let files = pamphlet_export::csv(
        &support::resolve(&tree),
        &pamphlet_export::CsvOptions::default(),
    )
    .expect("the export");
    let table = |name: &str| {
        let file = files
            .iter()
            .find(|file| file.path == name)
            .unwrap_or_else(|| panic!("{name}"));
        read_csv(&file.bytes)
    };

    let (_, questions) = table("questions.csv");
    let texts: Vec<&str> = questions.iter().map(|row| row[2].as_str()).collect();
    let expected: Vec<String> = FORMULA_PAYLOADS
        .iter()
        .map(|payload| format!("'{payload}"))
        .collect();
    assert_eq!(texts, expected);
    let (_, topics) = table("topics.csv");
    assert_eq!(topics[0][1], "'=2+2");
    let (_, symptoms) = table("symptoms.csv");
    assert_eq!(symptoms[0][6], "'-knee; thigh");
    let (_, sources) = table("sources.csv");
    assert_eq!(sources[0][3], "'@risk");

    // No cell of any table, read back, starts a formula.
    for file in files.iter().filter(|file| file.path.ends_with(".csv")) {
        let (_, rows) = read_csv(&file.bytes);
        for cell in rows.iter().flatten() {
            let start = cell.trim_start_matches([' ', '"']);
            assert!(
                !start.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{}: {cell:?}",
                file.path
            );
        }
    }
}

#[test]
fn exports_are_deterministic_functions_of_the_content() {
    let tree = checked_content();
    let options = pamphlet_export::CsvOptions { excel_bom: true };
    assert_eq!(
        pamphlet_export::json(&support::resolve(&tree)).expect("json"),
        pamphlet_export::json(&support::resolve(&tree)).expect("json")
    );
    assert_eq!(
        pamphlet_export::csv(&support::resolve(&tree), &options).expect("csv"),
        pamphlet_export::csv(&support::resolve(&tree), &options).expect("csv")
    );
}

#[test]
fn build_prints_a_handout_per_topic_with_the_pdf_options() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let out = |name: &str| folder.path().join(name).to_string_lossy().into_owned();
    run_ok(&["build", "content", "--out", &out("a4")]);
    run_ok(&[
        "export",
        "pdf",
        "content",
        "--out",
        &out("letter"),
        "--paper",
        "letter",
    ]);
    run_ok(&[
        "export",
        "pdf",
        "content",
        "--out",
        &out("large"),
        "--large-print",
    ]);
    let tree = checked_content();
    for (_, topic) in &tree.topics {
        let name = format!("{}.pdf", topic.id);
        let a4 = std::fs::read(folder.path().join("a4/pdf").join(&name)).expect("a handout");
        let letter = std::fs::read(folder.path().join("letter").join(&name)).expect("a handout");
        let large = std::fs::read(folder.path().join("large").join(&name)).expect("a handout");
        assert!(a4.starts_with(b"%PDF-"), "{name}");
        assert_ne!(a4, letter, "--paper letter changes the handout");
        assert_ne!(a4, large, "--large-print changes the handout");
    }
}

#[test]
fn a_bad_source_date_epoch_is_refused_before_anything_is_written() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let out = folder.path().join("out");
    let output = assert_cmd::Command::cargo_bin("pamphlet")
        .expect("the pamphlet binary is built")
        .current_dir(repository())
        .env("PAMPHLET_TODAY", support::TODAY)
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .args(["build", "content", "--out"])
        .arg(&out)
        .output()
        .expect("pamphlet runs");
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("SOURCE_DATE_EPOCH"));
    assert!(!out.exists());
}

#[test]
fn several_topics_are_exported_in_id_order() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let tree = folder.path().join("content");
    copy_tree(&content(), &tree);
    let topic =
        std::fs::read_to_string(tree.join("topics/hip-trigger-points.yaml")).expect("the topic");
    let second = topic.replacen("id: hip-trigger-points", "id: a-second-guide", 1);
    assert_ne!(topic, second);
    std::fs::write(tree.join("topics/z-second.yaml"), second).expect("a second topic");
    let output = pamphlet(folder.path(), &["build", "content", "--out", "out"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    let exported = files(&folder.path().join("out"));
    let catalogue = json(&exported["json/catalogue.json"]);
    let ids: Vec<&str> = catalogue["topics"]
        .as_array()
        .expect("topics")
        .iter()
        .map(|topic| topic["id"].as_str().expect("an id"))
        .collect();
    assert_eq!(
        ids,
        [
            "a-second-guide",
            "hip-trigger-points",
            "hip-trigger-points-es"
        ]
    );
    for id in ids {
        assert!(exported.contains_key(&format!("json/topics/{id}.json")));
        assert!(exported.contains_key(&format!("pdf/{id}.pdf")));
    }
    let (_, topics) = read_csv(&exported["csv/topics.csv"]);
    assert_eq!(topics.len(), 3);
    assert_eq!(topics[0][0], "a-second-guide");
    let (_, sources) = read_csv(&exported["csv/sources.csv"]);
    let (_, citations) = read_csv(&exported["csv/citations.csv"]);
    let source_ids: Vec<&str> = sources.iter().map(|row| row[0].as_str()).collect();
    assert!(
        citations
            .iter()
            .all(|row| source_ids.contains(&row[4].as_str()))
    );
}

#[test]
fn a_translation_is_exported_with_its_original_and_listed_in_the_catalogue() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let tree = folder.path().join("content");
    copy_tree(&content(), &tree);
    let topic =
        std::fs::read_to_string(tree.join("topics/hip-trigger-points.yaml")).expect("the topic");
    // The translation leaves out every record's sources, so it has its original's, except
    // for one record that names its own.
    let translation: String = topic
        .replacen("id: hip-trigger-points\n", "id: hip-trigger-points-gb\n", 1)
        .replacen(
            "language: en\n",
            "language: en-GB\ntranslation_of: hip-trigger-points\n",
            1,
        )
        .lines()
        .filter(|line| !line.starts_with("    sources: "))
        .map(|line| format!("{line}\n"))
        .collect::<String>()
        .replacen(
            "    name: Muscle overuse\n",
            "    name: Muscle overuse\n    sources: [shah-2015]\n",
            1,
        );
    assert_ne!(topic, translation);
    std::fs::write(tree.join("topics/hip-trigger-points-gb.yaml"), translation)
        .expect("a translation");
    let output = pamphlet(folder.path(), &["build", "content", "--out", "out"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    let exported = files(&folder.path().join("out"));
    let catalogue = json(&exported["json/catalogue.json"]);
    let topics = catalogue["topics"].as_array().expect("topics");
    // The bundled Spanish translation and the new one, each listed with the original.
    assert_eq!(topics.len(), 3);
    assert_eq!(topics[0]["id"], "hip-trigger-points");
    assert!(topics[0].get("translation_of").is_none());
    assert_eq!(
        topics[0]["translations"],
        serde_json::json!([
            {"id": "hip-trigger-points-es", "language": "es"},
            {"id": "hip-trigger-points-gb", "language": "en-GB"}
        ])
    );
    for translation in &topics[1..] {
        assert_eq!(translation["translation_of"], "hip-trigger-points");
        assert_eq!(translation["translations"], serde_json::json!([]));
    }
    let own = json(&exported["json/topics/hip-trigger-points-gb.json"]);
    assert_eq!(own["translation_of"], "hip-trigger-points");
    assert_eq!(own["language"], "en-GB");
    let original = json(&exported["json/topics/hip-trigger-points.json"]);
    let cited = |topic: &serde_json::Value, list: &str, index: usize| -> Vec<String> {
        topic[list][index]["sources"]
            .as_array()
            .expect("sources")
            .iter()
            .map(|source| source["id"].as_str().expect("an id").to_owned())
            .collect()
    };
    assert_eq!(cited(&own, "causes", 0), ["shah-2015"]);
    for (list, count) in [
        ("causes", 5),
        ("symptoms", 7),
        ("red_flags", 13),
        ("treatments", 11),
        ("recovery", 3),
    ] {
        let first = usize::from(list == "causes");
        for index in first..count {
            let inherited = cited(&own, list, index);
            assert!(!inherited.is_empty(), "{list} {index}");
            assert_eq!(inherited, cited(&original, list, index), "{list} {index}");
        }
    }
    // Every inherited citation is in the link table, under the translation's id.
    let (_, citations) = read_csv(&exported["csv/citations.csv"]);
    let rows_of = |id: &str| citations.iter().filter(|row| row[0] == id).count();
    let original_rows = rows_of("hip-trigger-points");
    assert!(original_rows > 40);
    assert_eq!(rows_of("hip-trigger-points-gb"), original_rows);
    // Both files still match their schemas.
    for (file, schema_file) in [
        (
            "json/catalogue.json",
            pamphlet_export::codegen::CATALOGUE_SCHEMA,
        ),
        (
            "json/topics/hip-trigger-points-gb.json",
            pamphlet_export::codegen::TOPIC_SCHEMA,
        ),
    ] {
        let schema = json(&std::fs::read(repository().join(schema_file)).expect("the schema"));
        let validator = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .build(&schema)
            .expect("a valid schema");
        let value = json(&exported[file]);
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|error| error.to_string())
            .collect();
        assert!(errors.is_empty(), "{file}: {errors:#?}");
    }
    let (header, rows) = read_csv(&exported["csv/topics.csv"]);
    let column = header
        .iter()
        .position(|name| name == "translation_of")
        .expect("a translation_of column");
    assert_eq!(rows[0][column], "");
    assert_eq!(rows[1][column], "hip-trigger-points");
    assert_eq!(rows[2][column], "hip-trigger-points");
    assert!(exported.contains_key("pdf/hip-trigger-points-gb.pdf"));
}

#[test]
fn a_topic_file_that_does_not_load_is_never_left_out_silently() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let tree = folder.path().join("content");
    copy_tree(&content(), &tree);
    // With the rules that would report it turned off, the broken file has no diagnostic.
    let config = std::fs::read_to_string(tree.join("pamphlet.toml")).expect("the config");
    let config =
        format!("{config}\n[rules]\ninvalid-yaml = \"off\"\nmissing-schema-comment = \"off\"\n");
    std::fs::write(tree.join("pamphlet.toml"), config).expect("the config");
    std::fs::write(
        tree.join("topics/broken.yaml"),
        "id: broken\n  title: [unclosed\n",
    )
    .expect("a broken topic");
    let output = pamphlet(folder.path(), &["build", "content", "--out", "out"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("broken.yaml"),
        "{}",
        stderr(&output)
    );
    assert!(!folder.path().join("out").exists());
}

/// The reference numbers a patient sees on the handout are the numbers of the JSON export
/// and of `citations.csv`, for every citation of the bundled guide: each record's text on
/// paper ends with the numbers its JSON record carries, `citations.csv` gives each citation
/// the same number, and the handout's numbered reference list names the same sources.
#[test]
fn reference_numbers_agree_in_the_handout_the_json_and_the_csv() {
    let out = tempfile::tempdir().expect("a temporary folder");
    let out_path = out.path().to_string_lossy().into_owned();
    run_ok(&["build", "content", "--out", &out_path]);
    let exported = files(out.path());
    let squeeze = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");

    // citations.csv: (topic, record type, record id, position) -> reference number.
    let (header, rows) = read_csv(&exported["csv/citations.csv"]);
    let column = |name: &str| {
        header
            .iter()
            .position(|column| column == name)
            .unwrap_or_else(|| panic!("citations.csv has no {name}"))
    };
    let (topic_id, record_type, record_id, position, number) = (
        column("topic_id"),
        column("record_type"),
        column("record_id"),
        column("position"),
        column("reference_number"),
    );
    let mut csv_numbers = std::collections::BTreeMap::new();
    for row in &rows {
        let key = (
            row[topic_id].clone(),
            row[record_type].clone(),
            row[record_id].clone(),
            row[position].parse::<usize>().expect("a position"),
        );
        csv_numbers.insert(key, row[number].parse::<usize>().expect("a number"));
    }

    let mut checked = 0;
    for topic in &checked_content().topics {
        let id = &topic.1.id;
        let exported_topic = json(&exported[&format!("json/topics/{id}.json")]);
        let pdf = lopdf::Document::load_mem(&exported[&format!("pdf/{id}.pdf")])
            .expect("the handout parses");
        let pages: Vec<u32> = pdf.get_pages().keys().copied().collect();
        let printed = squeeze(&pdf.extract_text(&pages).expect("text extracts"));

        let lists = [
            ("causes", "cause"),
            ("symptoms", "symptom"),
            ("red_flags", "red_flag"),
            ("treatments", "treatment"),
            ("recovery", "recovery_phase"),
        ];
        for (list, kind) in lists {
            for record in exported_topic[list].as_array().expect("a list") {
                let record_id = record["id"].as_str().expect("an id");
                let numbers: Vec<usize> = record["sources"]
                    .as_array()
                    .expect("sources")
                    .iter()
                    .map(|source| source["number"].as_u64().expect("a number") as usize)
                    .collect();
                for (index, number) in numbers.iter().enumerate() {
                    let key = (id.clone(), kind.to_owned(), record_id.to_owned(), index + 1);
                    assert_eq!(csv_numbers.get(&key), Some(number), "{key:?}");
                    checked += 1;
                }
                // On paper the record's last words are followed by its numbers, each once,
                // in order: "... the last step [2, 5]".
                let mut marks = numbers.clone();
                marks.sort_unstable();
                marks.dedup();
                let marks: Vec<String> = marks.iter().map(usize::to_string).collect();
                let last_words = match kind {
                    "red_flag" => record["sign"].as_str(),
                    "cause" => record["description"].as_str(),
                    "symptom" => record["description"].as_str().filter(|_| {
                        record["refers_to"]
                            .as_array()
                            .is_some_and(|areas| areas.is_empty())
                    }),
                    "treatment" => record["evidence"]["note"].as_str(),
                    _ => record["steps"]
                        .as_array()
                        .and_then(|steps| steps.last())
                        .and_then(|step| step.as_str()),
                };
                let Some(last_words) = last_words else {
                    // A symptom whose text ends with where the pain spreads.
                    let areas: Vec<&str> = record["refers_to"]
                        .as_array()
                        .expect("areas")
                        .iter()
                        .filter_map(|area| area.as_str())
                        .collect();
                    let expected =
                        squeeze(&format!("{}. [{}]", areas.join(", "), marks.join(", ")));
                    assert!(
                        printed.contains(&expected),
                        "{kind} {record_id}: {expected}"
                    );
                    continue;
                };
                let expected = squeeze(&format!("{last_words} [{}]", marks.join(", ")));
                assert!(
                    printed.contains(&expected),
                    "{kind} {record_id}: {expected}"
                );
            }
        }
        // The reference list: entry N names the source the JSON numbers N.
        let heading = match exported_topic["language"].as_str() {
            Some("es") => "Referencias",
            _ => "References",
        };
        let list = &printed[printed.rfind(heading).expect("a reference list")..];
        for source in exported_topic["references"].as_array().expect("references") {
            let number = source["number"].as_u64().expect("a number");
            let title = squeeze(source["title"].as_str().expect("a title"));
            let entry = list
                .find(&format!(" {number}. "))
                .map(|start| &list[start..])
                .expect("a numbered entry");
            let next = entry[1..]
                .find(&format!(" {}. ", number + 1))
                .unwrap_or(entry.len());
            assert!(
                entry[..next].contains(&title),
                "reference {number}: {title}"
            );
        }
    }
    assert_eq!(
        checked,
        rows.len(),
        "every row of citations.csv was compared"
    );
    assert!(
        checked > 20,
        "the bundled guide cites sources {checked} times"
    );
}

/// With the rules that would report them turned off, content the model cannot resolve
/// (a dangling citation, a topic without its review) passes `check` but is refused by
/// every format, handouts included, with the reason and nothing written: a handout never
/// prints "not set" where the reviewer's name or a reference belongs.
#[test]
fn content_a_turned_off_rule_let_through_is_refused_by_every_format() {
    let cases = [
        (
            "dangling-citation",
            "    sources: [alvarez-2002]\n",
            "    sources: [no-such-source]\n",
            "cites `no-such-source`, which is not in the bibliography",
        ),
        ("missing-review", "review:\n", "", "the review is missing"),
    ];
    for (rule, from, to, reason) in cases {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let tree = folder.path().join("content");
        copy_tree(&content(), &tree);
        let topic_path = tree.join("topics/hip-trigger-points.yaml");
        let topic = std::fs::read_to_string(&topic_path).expect("the topic");
        let edited = if to.is_empty() {
            without_block(&topic, from)
        } else {
            topic.replacen(from, to, 1)
        };
        assert_ne!(topic, edited, "{rule}");
        std::fs::write(&topic_path, edited).expect("the edited topic");
        let config = std::fs::read_to_string(tree.join("pamphlet.toml")).expect("the config");
        let config = format!(
            "{config}\n[rules]\n{rule} = \"off\"\nunknown-field = \"error\"\nunused-source = \"off\"\n"
        );
        std::fs::write(tree.join("pamphlet.toml"), config).expect("the config");

        for arguments in [
            &["export", "pdf", "content", "--out", "out"][..],
            &["export", "json", "content", "--out", "out"],
            &["build", "content", "--out", "out"],
        ] {
            let output = pamphlet(folder.path(), arguments);
            let text = stderr(&output);
            assert_eq!(
                output.status.code(),
                Some(1),
                "{rule} {arguments:?}: {text}"
            );
            assert!(text.contains("nothing written"), "{rule}: {text}");
            assert!(text.contains(reason), "{rule}: {text}");
            assert!(!folder.path().join("out").exists(), "{rule} {arguments:?}");
        }
    }
}

/// `text` without the block that starts with the line `key` (ending in a newline): that
/// line and the indented lines after it.
fn without_block(text: &str, key: &str) -> String {
    let Some(start) = text.find(key) else {
        return text.to_owned();
    };
    let mut end = start + key.len();
    for line in text[end..].split_inclusive('\n') {
        if !line.starts_with(' ') && !line.trim().is_empty() {
            break;
        }
        end += line.len();
    }
    format!("{}{}", &text[..start], &text[end..])
}

/// The Chinese font `cargo xtask tools` installs from Debian (fonts-wqy-microhei), which
/// covers Latin too.
const CJK_FONT: &str = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

/// A copy of `content/` whose pamphlet.toml gets `[handout]` followed by `settings`, with
/// the CJK font copied into its `fonts/` folder.
fn content_with_fonts(settings: &str) -> tempfile::TempDir {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let tree = folder.path().join("content");
    copy_tree(&content(), &tree);
    std::fs::create_dir_all(tree.join("fonts")).expect("a fonts folder");
    std::fs::copy(CJK_FONT, tree.join("fonts/cjk.ttc"))
        .unwrap_or_else(|_| panic!("{CJK_FONT} is missing: run the tests with `cargo xtask test`, which installs it (as root)"));
    std::fs::write(tree.join("fonts/not-a-font.ttf"), "just text").expect("a fake font");
    let config = std::fs::read_to_string(tree.join("pamphlet.toml")).expect("the config");
    std::fs::write(
        tree.join("pamphlet.toml"),
        format!("{config}\n[handout]\n{settings}"),
    )
    .expect("the config");
    folder
}

/// With a clinic's own font that covers Chinese, a Chinese title passes the check and
/// comes back exactly from the handout; with the bundled font it is refused.
#[test]
fn a_clinics_own_font_prints_chinese_and_the_bundled_one_refuses_it() {
    let title = "髋关节疼痛与扳机点";
    let retitle = |folder: &Path| {
        let path = folder.join("content/topics/hip-trigger-points.yaml");
        let topic = std::fs::read_to_string(&path).expect("the topic");
        let edited = topic.replacen(
            "title: Trigger points and hip pain",
            &format!("title: {title}"),
            1,
        );
        assert_ne!(topic, edited);
        std::fs::write(&path, edited).expect("the topic");
    };
    let folder =
        content_with_fonts("font-regular = \"fonts/cjk.ttc\"\nfont-bold = \"fonts/cjk.ttc\"\n");
    retitle(folder.path());
    let output = pamphlet(folder.path(), &["export", "pdf", "content", "--out", "out"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(folder.path().join("out/hip-trigger-points.pdf"))
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let text = String::from_utf8(text.stdout).expect("UTF-8");
    assert!(text.contains(title), "{}", &text[..300.min(text.len())]);

    let bundled = tempfile::tempdir().expect("a temporary folder");
    copy_tree(&content(), &bundled.path().join("content"));
    retitle(bundled.path());
    let output = pamphlet(
        bundled.path(),
        &["export", "pdf", "content", "--out", "out"],
    );
    assert_eq!(output.status.code(), Some(1));
    let text = stderr(&output);
    assert!(text.contains("PAM603") && text.contains("(Han)"), "{text}");
    assert!(!bundled.path().join("out").exists());
}

/// Each bad font setting is an error at its line in pamphlet.toml, and nothing is
/// written: a missing file, a file that is not a font, a regular face without a bold one.
#[test]
fn bad_font_settings_are_reported_at_their_line() {
    let cases = [
        (
            "font-regular = \"fonts/missing.ttf\"\nfont-bold = \"fonts/cjk.ttc\"\n",
            "fonts/missing.ttf",
            "cannot read the font file",
        ),
        (
            "font-regular = \"fonts/not-a-font.ttf\"\nfont-bold = \"fonts/cjk.ttc\"\n",
            "fonts/not-a-font.ttf",
            "is not a TrueType or OpenType font",
        ),
        (
            "font-regular = \"fonts/cjk.ttc\"\n",
            "fonts/cjk.ttc",
            "names one face of the font but not the other",
        ),
    ];
    for (settings, value, message) in cases {
        let folder = content_with_fonts(settings);
        let config =
            std::fs::read_to_string(folder.path().join("content/pamphlet.toml")).expect("config");
        let line = config[..config.find(value).expect("the value")]
            .matches('\n')
            .count()
            + 1;
        let output = pamphlet(folder.path(), &["check", "content", "--format", "json"]);
        assert_eq!(output.status.code(), Some(1), "{settings}");
        let diagnostics: Vec<serde_json::Value> =
            serde_json::from_slice(&output.stdout).expect("JSON");
        let found = diagnostics.iter().any(|diagnostic| {
            diagnostic["code"] == "PAM804"
                && diagnostic["line"] == line as u64
                && diagnostic["message"]
                    .as_str()
                    .is_some_and(|text| text.contains(message))
        });
        assert!(found, "{settings}: {diagnostics:#?}");
        let output = pamphlet(folder.path(), &["build", "content", "--out", "out"]);
        assert_eq!(output.status.code(), Some(1), "{settings}");
        assert!(!folder.path().join("out").exists(), "{settings}");
    }
}
