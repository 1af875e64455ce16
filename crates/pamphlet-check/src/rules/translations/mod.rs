//! Translation rules: a topic with `translation_of` is its original in another language,
//! and patients reading it must be told everything the original tells them. The rules
//! compare each translation with its original across the tree: same records, same
//! red-flag actions, reviewed since the original last changed.
//!
//! A translation's `Variant` (what these rules need of it) is kept after its own check;
//! an original's is made by reading it again, only when a translation names it, so that
//! a tree without translations keeps nothing more per topic.

pub(crate) mod changed_red_flag_action;
pub(crate) mod changed_translated_fact;
pub(crate) mod duplicate_translation;
pub(crate) mod extra_translated_record;
pub(crate) mod missing_translated_record;
pub(crate) mod outdated_translation;
pub(crate) mod stale_translation;
pub(crate) mod unknown_original;

use std::collections::{HashMap, HashSet};

use pamphlet_schema::records::{RecordKind, RecordRef, records};
use pamphlet_schema::{IsoDate, Topic};

use crate::rules::Finding;
use crate::settings::Settings;

/// What the translation rules need of one topic.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Variant {
    pub(crate) id: String,
    pub(crate) language: String,
    pub(crate) translation_of: Option<String>,
    pub(crate) last_reviewed: Option<IsoDate>,
    /// Every record that has an id, in file order.
    pub(crate) records: Vec<RecordFacts>,
    pub(crate) questions: usize,
}

/// One record of a variant: its kind, id, place in its list and the values a
/// translation must keep.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RecordFacts {
    pub(crate) kind: RecordKind,
    pub(crate) id: String,
    pub(crate) index: usize,
    /// The values a translation must keep, each with its place under the record
    /// (`evidence/level`) and as written (`low`): a red flag's action and what it screens
    /// for, how strong the evidence for a treatment is and its kind, how common a symptom
    /// is, the weeks of a recovery phase.
    pub(crate) facts: Vec<(&'static str, String)>,
}

impl RecordFacts {
    /// The JSON pointer of the record in its file.
    pub(crate) fn pointer(&self) -> String {
        format!("/{}/{}", self.kind.field(), self.index)
    }
}

impl Variant {
    pub(crate) fn of(topic: &Topic) -> Variant {
        let records = records(topic)
            .filter(|entry| !entry.id().is_empty())
            .map(|entry| RecordFacts {
                kind: entry.kind(),
                id: entry.id().to_owned(),
                index: entry.index,
                facts: facts(&entry.record),
            })
            .collect();
        Variant {
            id: topic.id.clone(),
            language: topic.language.trim().to_owned(),
            translation_of: topic
                .translation_of
                .as_ref()
                .map(|original| original.trim().to_owned()),
            last_reviewed: topic
                .review
                .as_ref()
                .and_then(|review| review.last_reviewed),
            records,
            questions: topic.questions.len(),
        }
    }

    /// The record of `kind` with `id`, if the variant has it.
    fn record(&self, kind: RecordKind, id: &str) -> Option<&RecordFacts> {
        self.records
            .iter()
            .find(|record| record.kind == kind && record.id == id)
    }
}

/// The values of a record, besides its text and a red flag's action, that a translation
/// must keep as they are, written as in YAML.
fn facts(record: &RecordRef<'_, Topic>) -> Vec<(&'static str, String)> {
    fn written<T: serde::Serialize>(value: &T) -> String {
        match serde_json::to_value(value) {
            Ok(serde_json::Value::String(text)) => text,
            Ok(other) => other.to_string(),
            Err(_) => String::new(),
        }
    }
    let mut facts = Vec::new();
    let mut add = |place: &'static str, value: Option<String>| {
        if let Some(value) = value {
            facts.push((place, value));
        }
    };
    match record {
        RecordRef::Symptom(symptom) => add("frequency", symptom.frequency.as_ref().map(written)),
        RecordRef::RedFlag(red_flag) => {
            add(
                "action",
                red_flag.action.map(|action| action.keyword().to_owned()),
            );
            add("screens_for", red_flag.screens_for.as_ref().map(written));
        }
        RecordRef::Treatment(treatment) => {
            add("category", treatment.category.as_ref().map(written));
            add("kind", treatment.kind.as_ref().map(written));
            let level = treatment
                .evidence
                .as_ref()
                .and_then(|evidence| evidence.level);
            add("evidence/level", level.as_ref().map(written));
        }
        RecordRef::RecoveryPhase(phase) => {
            let weeks = phase
                .weeks
                .as_ref()
                .map(|weeks| format!("{} to {}", weeks.from, weeks.to));
            add("weeks", weeks);
        }
        RecordRef::Cause(_) | RecordRef::Question(_) => {}
    }
    facts
}

/// A value a translated record states otherwise than the record with its id in the
/// original: `changed-red-flag-action` reports the actions, `changed-translated-fact` the
/// rest.
pub(crate) struct Change<'a> {
    pub(crate) record: &'a RecordFacts,
    pub(crate) original: &'a RecordFacts,
    pub(crate) place: &'static str,
    pub(crate) ours: &'a str,
    pub(crate) wanted: &'a str,
}

/// Every value of `translation` that differs from `original`'s.
pub(crate) fn changes<'a>(
    translation: &'a Variant,
    original: &'a Variant,
) -> impl Iterator<Item = Change<'a>> {
    translation.records.iter().flat_map(move |record| {
        let theirs = original.record(record.kind, &record.id);
        record.facts.iter().filter_map(move |(place, ours)| {
            let theirs = theirs?;
            let (_, wanted) = theirs.facts.iter().find(|(other, _)| other == place)?;
            (ours != wanted).then_some(Change {
                record,
                original: theirs,
                place,
                ours,
                wanted,
            })
        })
    })
}

/// The topics of a tree as the translation rules see them.
pub(crate) struct Tree<'a> {
    /// The file of each topic id that only one topic has.
    pub(crate) files: HashMap<&'a str, usize>,
    /// The ids two or more topics have (`duplicate-id` reports them): a translation of
    /// one has no single original to be compared with.
    pub(crate) ambiguous: HashSet<&'a str>,
    /// Each translation (a topic with `translation_of`), with its file.
    pub(crate) translations: Vec<(usize, &'a Variant)>,
}

impl Tree<'_> {
    /// The files of the originals the translations name (those that exist and are not
    /// translations themselves): what `check_tree` needs read again.
    pub(crate) fn originals(&self) -> Vec<usize> {
        let translated: HashSet<usize> = self.translations.iter().map(|(file, _)| *file).collect();
        let mut originals: Vec<usize> = self
            .translations
            .iter()
            .filter_map(|(_, variant)| self.files.get(variant.translation_of.as_deref()?))
            .copied()
            .filter(|file| !translated.contains(file))
            .collect();
        originals.sort_unstable();
        originals.dedup();
        originals
    }
}

/// The translation findings of `tree`, by the file they belong in; `originals` holds the
/// variant of each file `Tree::originals` named that could be read.
pub(crate) fn check_tree(
    tree: &Tree<'_>,
    originals: &HashMap<usize, Variant>,
    settings: &Settings,
) -> Vec<(usize, Finding)> {
    let mut findings = Vec::new();
    let translated: HashMap<&str, &Variant> = tree
        .translations
        .iter()
        .map(|(_, variant)| (variant.id.as_str(), *variant))
        .collect();
    let mut pairs = Vec::new();
    for (file, variant) in &tree.translations {
        let Some(original_id) = &variant.translation_of else {
            continue;
        };
        if tree.ambiguous.contains(original_id.as_str()) {
            continue;
        }
        match unknown_original::check(variant, original_id, &tree.files, &translated) {
            Ok(original_file) => {
                // An original that could not be read again has its own findings.
                if let Some(original) = originals.get(&original_file) {
                    pairs.push((*file, *variant, original_file, original));
                }
            }
            Err(finding) => findings.push((*file, *finding)),
        }
    }
    duplicate_translation::check(&pairs, &mut findings);
    for (file, translation, original_file, original) in &pairs {
        let mut own = Vec::new();
        missing_translated_record::check(translation, original, *original_file, &mut own);
        extra_translated_record::check(translation, original, &mut own);
        changed_red_flag_action::check(translation, original, *original_file, &mut own);
        changed_translated_fact::check(translation, original, *original_file, &mut own);
        stale_translation::check(translation, original, *original_file, settings, &mut own);
        findings.extend(own.into_iter().map(|finding| (*file, finding)));
    }
    findings
}
