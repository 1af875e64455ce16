//! Language rules: the Flesch-Kincaid grade of the topic and of each long field,
//! sentences too long to read easily, text the handout cannot print, and a `language`
//! tag that is invalid or does not match the text.

pub(crate) mod invalid_language_tag;
pub(crate) mod long_sentence;
pub(crate) mod reading_level_too_high;
pub(crate) mod unprintable_text;
pub(crate) mod untranslated_handout;
pub(crate) mod wrong_language;

use crate::rules::records::{TextField, is_prose};
use crate::rules::{Finding, TopicContext};
use crate::text::glyphs::Glyphs;
use crate::text::readability::{Counted, Formula};

pub(crate) fn check_topic(context: &TopicContext<'_>, findings: &mut Vec<Finding>) {
    if invalid_language_tag::check(&context.topic.language, findings) {
        wrong_language::check(&context.topic.language, &context.text, findings);
        untranslated_handout::check(&context.topic.language, &context.settings.clinic, findings);
    }
    // Every field prints, names and titles too.
    for field in &context.text {
        unprintable_text::check(field, context.settings.glyphs(), findings);
    }
    let fields: Vec<TextField<'_>> = context
        .text
        .iter()
        .filter(|field| is_prose(field))
        .cloned()
        .collect();
    // Each field's sentences are split and counted once, for both rules below.
    let formula = Formula::for_language(&context.topic.language);
    let counted: Vec<Counted<'_>> = fields
        .iter()
        .map(|field| Counted::of_stored(field.text, &context.sentences, formula))
        .collect();
    reading_level_too_high::check(&fields, &counted, formula, context.settings, findings);
    for (field, counted) in fields.iter().zip(&counted) {
        long_sentence::check(
            field,
            counted,
            formula,
            context.settings.long_sentence_words,
            findings,
        );
    }
}

/// The language rules of one bibliography entry: its printed fields must print.
pub(crate) fn check_source(
    source: &pamphlet_schema::Source,
    pointer: &str,
    glyphs: &Glyphs,
    findings: &mut Vec<Finding>,
) {
    let mut fields = vec![
        TextField {
            pointer: format!("{pointer}/title"),
            name: "title",
            text: &source.title,
            record: None,
        },
        TextField {
            pointer: format!("{pointer}/container"),
            name: "container",
            text: &source.container,
            record: None,
        },
    ];
    for (index, author) in source.authors.iter().enumerate() {
        fields.push(TextField {
            pointer: format!("{pointer}/authors/{index}"),
            name: "authors",
            text: author,
            record: None,
        });
    }
    for field in &fields {
        unprintable_text::check(field, glyphs, findings);
    }
}
