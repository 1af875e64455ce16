//! The rules, one per file, grouped by family. A rule's doc comment is its user
//! documentation (`pamphlet explain CODE`); its check function reports `Finding`s.

pub(crate) mod claims;
pub(crate) mod completeness;
pub(crate) mod currency;
pub(crate) mod language;
pub(crate) mod load;
pub(crate) mod records;
pub(crate) mod references;
pub(crate) mod safety;
pub(crate) mod schema;
pub(crate) mod sourcing;
pub(crate) mod suppressions;
pub(crate) mod translations;

use std::collections::HashMap;
use std::ops::Range;

use pamphlet_schema::{Source, Topic};

use crate::codes::Rule;
use crate::settings::Settings;
use crate::text::sentences::SentenceStore;
use crate::text::words::RunStore;

/// Declares a rule's documentation: the `///` lines become the `DOC` constant that
/// `pamphlet explain` prints and `docs/rules.md` is generated from.
macro_rules! rule_doc {
    ($(#[doc = $line:literal])*) => {
        pub(crate) const DOC: &str = concat!($($line, "\n"),*);
    };
}
pub(crate) use rule_doc;

/// What part of a node a finding points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// The node's value.
    Value,
    /// The key that names the node in its mapping (unknown or duplicate fields).
    Key,
    /// A byte range of the node's string value, such as one sentence.
    Text(Range<usize>),
    /// A byte range of the file itself, for problems found before there is a tree.
    Bytes(Range<usize>),
}

/// A place in another file (or the same one) that explains a finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RelatedPlace {
    pub(crate) message: String,
    /// Index of the file in the run, or `SAME_FILE`.
    pub(crate) file: usize,
    pub(crate) pointer: String,
    pub(crate) target: Target,
}

/// `RelatedPlace::file` for a place in the same file as the finding.
pub(crate) const SAME_FILE: usize = usize::MAX;

/// What a rule reports, before positions are resolved and settings applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Finding {
    pub(crate) rule: Rule,
    pub(crate) pointer: String,
    pub(crate) target: Target,
    pub(crate) message: String,
    pub(crate) help: Option<String>,
    pub(crate) related: Vec<RelatedPlace>,
}

impl Finding {
    pub(crate) fn new(
        rule: Rule,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Finding {
        Finding {
            rule,
            pointer: pointer.into(),
            target: Target::Value,
            message: message.into(),
            help: None,
            related: Vec::new(),
        }
    }

    pub(crate) fn help(mut self, help: impl Into<String>) -> Finding {
        self.help = Some(help.into());
        self
    }

    pub(crate) fn target(mut self, target: Target) -> Finding {
        self.target = target;
        self
    }

    /// A finding at a sentence of `field` that a cue model reads as `what` ("an advert"),
    /// naming the `cues` that weighed most, so the writer sees why.
    pub(crate) fn read_as(
        rule: Rule,
        field: &records::TextField<'_>,
        what: &str,
        sentence: Range<usize>,
        cues: &[String],
    ) -> Finding {
        Finding::new(
            rule,
            field.pointer.clone(),
            format!(
                "`{}` reads like {what} (what weighed most: {})",
                field.name,
                cues.join(", ")
            ),
        )
        .target(Target::Text(sentence))
    }

    pub(crate) fn related_bytes(
        mut self,
        bytes: Range<usize>,
        message: impl Into<String>,
    ) -> Finding {
        self.related.push(RelatedPlace {
            message: message.into(),
            file: SAME_FILE,
            pointer: String::new(),
            target: Target::Bytes(bytes),
        });
        self
    }

    pub(crate) fn related(
        mut self,
        file: usize,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Finding {
        self.related.push(RelatedPlace {
            message: message.into(),
            file,
            pointer: pointer.into(),
            target: Target::Value,
        });
        self
    }
}

/// Everything a topic rule may look at.
pub(crate) struct TopicContext<'a> {
    pub(crate) topic: &'a Topic,
    pub(crate) settings: &'a Settings,
    /// The bibliography of the content tree, by source id; `None` when there is no
    /// usable bibliography (its own diagnostic says why), so citations cannot be checked.
    pub(crate) sources: Option<&'a HashMap<String, Source>>,
    /// The topic's records (`records::records`), made once for every rule.
    pub(crate) records: Vec<records::Record<'a>>,
    /// Every text field a patient reads (`records::all_text`), made once for every rule.
    pub(crate) text: Vec<records::TextField<'a>>,
    /// The sentences of each text field, split once for every rule that reads them.
    pub(crate) sentences: SentenceStore<'a>,
    /// The runs of letters, digits and apostrophes of each text field, found once for
    /// the shape tests of every rule.
    pub(crate) runs: RunStore<'a>,
}

impl<'a> TopicContext<'a> {
    pub(crate) fn new(
        topic: &'a Topic,
        settings: &'a Settings,
        sources: Option<&'a HashMap<String, Source>>,
    ) -> TopicContext<'a> {
        let records = records::records(topic);
        let text = records::all_text(topic, &records);
        TopicContext {
            topic,
            settings,
            sources,
            records,
            text,
            sentences: SentenceStore::default(),
            runs: RunStore::default(),
        }
    }
}

/// Runs every rule that looks at one topic on its own.
pub(crate) fn check_topic(context: &TopicContext<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    completeness::check_topic(context, &mut findings);
    sourcing::check_topic(context, &mut findings);
    currency::check_topic(context, &mut findings);
    language::check_topic(context, &mut findings);
    claims::check_topic(context, &mut findings);
    safety::check_topic(context, &mut findings);
    findings
}

/// Runs every rule that looks at one bibliography entry on its own.
pub(crate) fn check_source(source: &Source, pointer: &str, settings: &Settings) -> Vec<Finding> {
    let mut findings = Vec::new();
    references::check_source(source, pointer, settings, &mut findings);
    completeness::check_source(source, pointer, &mut findings);
    language::check_source(source, pointer, settings.glyphs(), &mut findings);
    findings
}
