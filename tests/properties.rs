//! Properties over generated libraries. A library is one to three topics made from the
//! bundled guide's own records (a selection of them, in any order, under new ids; a list
//! whose selection would leave a sentence of the aims off-topic is kept whole), with the
//! bundled bibliography, so its text passes every rule; some cases add faults. For
//! every valid library: the JSON export loads back into the topics that were exported, and
//! every CSV table has one row per record. For every library, valid or not: the
//! diagnostics do not depend on the order in which its files were written or on threads.

mod support;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use pamphlet_check::settings::Settings;
use pamphlet_check::{CheckOptions, CheckedTree, Diagnostic, Severity, check, check_bytes};
use pamphlet_schema::{Bibliography, IsoDate, SchemaKind, Topic};
use proptest::prelude::*;
use support::{TODAY, content};

fn options() -> CheckOptions {
    CheckOptions {
        today: IsoDate::parse(TODAY).expect("a date"),
        keep_content: true,
    }
}

/// The bundled guide and bibliography: the pool every generated library draws from.
fn bundled_tree() -> &'static (Topic, Bibliography) {
    static TREE: OnceLock<(Topic, Bibliography)> = OnceLock::new();
    TREE.get_or_init(|| {
        let report = check(&[content()], &options()).expect("readable");
        let tree = report.trees.into_iter().next().expect("a tree");
        let bibliography = tree.bibliography.expect("a bibliography");
        (
            tree.topics
                .into_iter()
                .find(|(_, topic)| topic.translation_of.is_none())
                .expect("the bundled original")
                .1,
            bibliography,
        )
    })
}

fn bundled() -> &'static Topic {
    &bundled_tree().0
}

fn bundled_bibliography() -> &'static Bibliography {
    &bundled_tree().1
}

/// How one topic is drawn from the pool: which records of each list it keeps (each list
/// keeps at least the minimum a valid topic needs), in a shuffled order.
#[derive(Clone, Debug)]
struct Draw {
    keep: [u64; 6],
    order_seed: u64,
}

fn draws() -> impl Strategy<Value = Vec<Draw>> {
    prop::collection::vec(
        (any::<[u64; 6]>(), any::<u64>()).prop_map(|(keep, order_seed)| Draw { keep, order_seed }),
        1..=3,
    )
}

/// Keeps the items of `items` whose bit is set in `mask` (at least `least` of them, taken
/// from the start when too few bits are set), then shuffles them by `seed`.
fn select<T: Clone>(items: &[T], mask: u64, least: usize, seed: u64) -> Vec<T> {
    let mut kept: Vec<T> = items
        .iter()
        .enumerate()
        .filter(|(index, _)| mask >> (index % 64) & 1 == 1)
        .map(|(_, item)| item.clone())
        .collect();
    if kept.len() < least {
        kept = items.iter().take(least).cloned().collect();
    }
    let mut state = seed | 1;
    for index in (1..kept.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        kept.swap(index, (state % (index as u64 + 1)) as usize);
    }
    kept
}

fn topic(draw: &Draw, number: usize) -> Topic {
    whole_where_needed(drawn(draw, number))
}

/// The topic a draw makes, before any list is widened to make it pass.
fn drawn(draw: &Draw, number: usize) -> Topic {
    let pool = bundled();
    let [causes, symptoms, flags, treatments, recovery, questions] = draw.keep;
    let seed = draw.order_seed;
    let mut topic = pool.clone();
    topic.id = format!("generated-topic-{number}");
    topic.title = format!("{} ({number})", pool.title);
    // Most records are kept so that the topic's vocabulary stays that of the guide.
    let most = |mask: u64| mask | (mask >> 1) | (mask >> 2);
    topic.causes = select(&pool.causes, most(causes), 3, seed);
    topic.symptoms = select(&pool.symptoms, most(symptoms), 3, seed ^ 1);
    topic.red_flags = red_flags(pool, flags, seed ^ 2);
    topic.treatments = select(&pool.treatments, most(treatments), 4, seed ^ 3);
    topic.recovery = select(&pool.recovery, recovery, 1, seed ^ 4);
    // The aims speak of questions for the care team: at least three stay.
    topic.questions = select(&pool.questions, most(questions), 3, seed ^ 5);
    topic
}

/// The red flags of a draw: the first flag for each serious problem the region must cover
/// (so the draw is a guide pamphlet accepts), then a selection of the others.
fn red_flags(pool: &Topic, mask: u64, seed: u64) -> Vec<pamphlet_schema::RedFlag> {
    let required = pamphlet_schema::required_concerns(&pool.region).unwrap_or_default();
    let mut covering = Vec::new();
    let mut others = Vec::new();
    for flag in &pool.red_flags {
        let needed = flag
            .screens_for
            .is_some_and(|concern| required.contains(&concern));
        let covered = covering
            .iter()
            .any(|kept: &pamphlet_schema::RedFlag| kept.screens_for == flag.screens_for);
        if needed && !covered {
            covering.push(flag.clone());
        } else {
            others.push(flag.clone());
        }
    }
    covering.extend(select(&others, mask, 0, seed));
    covering
}

/// A selection can drop every record that shares words with a sentence of the aims, which
/// makes that sentence off-topic: the rule is right, the draw is not a valid library. Such
/// a draw keeps the pool's whole lists, one list at a time, until the topic passes its
/// per-file rules on its own (the whole pool does).
fn whole_where_needed(mut topic: Topic) -> Topic {
    let pool = bundled();
    for step in 0..=6 {
        if errors_of(&topic).is_empty() {
            break;
        }
        match step {
            0 => topic.treatments = pool.treatments.clone(),
            1 => topic.recovery = pool.recovery.clone(),
            2 => topic.questions = pool.questions.clone(),
            3 => topic.symptoms = pool.symptoms.clone(),
            4 => topic.causes = pool.causes.clone(),
            5 => topic.red_flags = pool.red_flags.clone(),
            _ => panic!(
                "a draw widened to the whole pool still has errors: {:#?}",
                errors_of(&topic)
            ),
        }
    }
    topic
}

/// The errors of `topic` checked as a file of its own.
fn errors_of(topic: &Topic) -> Vec<Diagnostic> {
    let text = topic_text(topic);
    let settings = Settings::new(IsoDate::parse(TODAY).expect("a date"));
    check_bytes(
        Path::new("topic.yaml"),
        text.as_bytes(),
        SchemaKind::Topic,
        &settings,
    )
    .into_iter()
    .filter(|diagnostic| diagnostic.severity == Severity::Error)
    .collect()
}

/// Writes a content tree: `pamphlet.toml` of `content/`, the bundled bibliography's
/// sources that the topics cite (an uncited source is an error), and each topic, all as
/// JSON (which is YAML) under their schema comments, the topics in `order`.
fn write_tree(root: &Path, topics: &[Topic], order: &[usize]) {
    std::fs::create_dir_all(root.join("topics")).expect("a folder");
    std::fs::copy(content().join("pamphlet.toml"), root.join("pamphlet.toml")).expect("copied");
    let mut bibliography = bundled_bibliography().clone();
    let cited = |id: &String| {
        topics.iter().any(|topic| {
            topic.causes.iter().any(|r| r.sources.contains(id))
                || topic.symptoms.iter().any(|r| r.sources.contains(id))
                || topic.red_flags.iter().any(|r| r.sources.contains(id))
                || topic.treatments.iter().any(|r| r.sources.contains(id))
                || topic.recovery.iter().any(|r| r.sources.contains(id))
        })
    };
    bibliography.sources.retain(|source| cited(&source.id));
    let text = format!(
        "# yaml-language-server: $schema=../schema/bibliography.schema.json\n{}\n",
        serde_json::to_string_pretty(&bibliography).expect("serialisable")
    );
    std::fs::write(root.join("bibliography.yaml"), text).expect("written");
    for &index in order {
        let text = topic_text(&topics[index]);
        std::fs::write(root.join(format!("topics/topic-{index}.yaml")), text).expect("written");
    }
}

/// A topic as the text of its file: JSON (which is YAML) under its schema comment.
fn topic_text(topic: &Topic) -> String {
    format!(
        "# yaml-language-server: $schema=../../schema/topic.schema.json\n{}\n",
        serde_json::to_string_pretty(topic).expect("serialisable")
    )
}

fn checked(root: &Path) -> CheckedTree {
    let report = check(&[root.to_path_buf()], &options()).expect("readable");
    assert!(
        !report.has_errors(),
        "a generated library has errors: {:#?}",
        report.diagnostics
    );
    report.trees.into_iter().next().expect("a tree")
}

/// A folder on tmpfs where there is one: its directory order follows creation order,
/// so writing files in another order really lists them in another order.
fn scratch() -> tempfile::TempDir {
    let shm = PathBuf::from("/dev/shm");
    if shm.is_dir() {
        tempfile::tempdir_in(shm).expect("a temporary folder")
    } else {
        tempfile::tempdir().expect("a temporary folder")
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn json_export_loads_back_into_the_exported_topics(draws in draws()) {
        let topics: Vec<Topic> = draws.iter().enumerate().map(|(n, draw)| topic(draw, n)).collect();
        let folder = scratch();
        write_tree(folder.path(), &topics, &(0..topics.len()).collect::<Vec<_>>());
        let tree = checked(folder.path());
        let files = pamphlet_export::json(&support::resolve(&tree)).expect("exported");
        for original in &topics {
            let name = format!("topics/{}.json", original.id);
            let file = files.iter().find(|file| file.path == name).expect("a file per topic");
            let mut value: serde_json::Value = serde_json::from_slice(&file.bytes).expect("JSON");
            // Back to the content model: each record cites its sources by id again.
            for list in ["causes", "symptoms", "red_flags", "treatments", "recovery"] {
                for record in value[list].as_array_mut().into_iter().flatten() {
                    let ids: Vec<serde_json::Value> = record["sources"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|source| source["id"].clone())
                        .collect();
                    record["sources"] = serde_json::Value::Array(ids);
                }
            }
            let loaded: Topic = serde_json::from_value(value).expect("a topic");
            prop_assert_eq!(&loaded, original);
        }
    }

    #[test]
    fn every_csv_table_has_one_row_per_record(draws in draws()) {
        let topics: Vec<Topic> = draws.iter().enumerate().map(|(n, draw)| topic(draw, n)).collect();
        let folder = scratch();
        write_tree(folder.path(), &topics, &(0..topics.len()).collect::<Vec<_>>());
        let tree = checked(folder.path());
        let files = pamphlet_export::csv(&support::resolve(&tree), &pamphlet_export::CsvOptions::default())
            .expect("exported");
        let rows = |name: &str| {
            let file = files.iter().find(|file| file.path == name).expect("a table");
            csv::Reader::from_reader(file.bytes.as_slice()).records().count()
        };
        let total = |count: fn(&Topic) -> usize| topics.iter().map(count).sum::<usize>();
        prop_assert_eq!(rows("topics.csv"), topics.len());
        prop_assert_eq!(rows("causes.csv"), total(|t| t.causes.len()));
        prop_assert_eq!(rows("symptoms.csv"), total(|t| t.symptoms.len()));
        prop_assert_eq!(rows("red_flags.csv"), total(|t| t.red_flags.len()));
        prop_assert_eq!(rows("treatments.csv"), total(|t| t.treatments.len()));
        prop_assert_eq!(rows("recovery_phases.csv"), total(|t| t.recovery.len()));
        prop_assert_eq!(rows("questions.csv"), total(|t| t.questions.len()));
        let citations = total(|t| {
            t.causes.iter().map(|r| r.sources.len()).sum::<usize>()
                + t.symptoms.iter().map(|r| r.sources.len()).sum::<usize>()
                + t.red_flags.iter().map(|r| r.sources.len()).sum::<usize>()
                + t.treatments.iter().map(|r| r.sources.len()).sum::<usize>()
                + t.recovery.iter().map(|r| r.sources.len()).sum::<usize>()
        });
        prop_assert_eq!(rows("citations.csv"), citations);
        prop_assert_eq!(
            rows("sources.csv"),
            tree.bibliography.as_ref().map_or(0, |b| b.sources.len())
        );
    }

    #[test]
    fn diagnostics_do_not_depend_on_file_order(
        draws in draws(),
        faults in prop::collection::vec((0usize..3, 0usize..4), 0..4),
        rotate in 0usize..3,
    ) {
        let mut topics: Vec<Topic> = draws.iter().enumerate().map(|(n, draw)| topic(draw, n)).collect();
        // Faults: an unsourced cause, a repeated topic id, a dangling citation.
        for (kind, target) in faults {
            let index = target % topics.len();
            match kind {
                0 => topics[index].causes[0].sources.clear(),
                1 => topics[index].id = topics[0].id.clone(),
                _ => topics[index].treatments[0].sources.push("no-such-source".to_owned()),
            }
        }
        let forward: Vec<usize> = (0..topics.len()).collect();
        let mut other: Vec<usize> = forward.iter().rev().copied().collect();
        other.rotate_left(rotate % topics.len());
        let rendered = |order: &[usize]| {
            let folder = scratch();
            let root = folder.path().join("content");
            write_tree(&root, &topics, order);
            let report = check(std::slice::from_ref(&root), &options()).expect("readable");
            let mut out = Vec::new();
            pamphlet_check::render::render(
                &report,
                pamphlet_check::render::Format::Json,
                &pamphlet_check::render::RenderOptions::default(),
                &mut out,
            )
            .expect("rendered");
            // Paths differ between the two folders; the rest must not.
            String::from_utf8(out)
                .expect("UTF-8")
                .replace(&folder.path().display().to_string(), "FOLDER")
        };
        prop_assert_eq!(rendered(&forward), rendered(&other));
    }
}

#[test]
fn the_smallest_draw_is_a_valid_topic() {
    // The fewest records `topic` keeps still make a topic the checker accepts.
    let folder = scratch();
    let draw = Draw {
        keep: [0; 6],
        order_seed: 7,
    };
    // As drawn, not widened: the checker is not asked to pass what it already filtered.
    let smallest = drawn(&draw, 0);
    assert_eq!(smallest.causes.len(), 3);
    // One red flag for each of the four serious problems a hip guide must cover.
    assert_eq!(smallest.red_flags.len(), 4);
    assert_eq!(errors_of(&smallest), Vec::new());
    write_tree(folder.path(), &[smallest], &[0]);
    assert_eq!(checked(folder.path()).topics.len(), 1);
}
