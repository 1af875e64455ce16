//! `weakly-sourced-evidence` (PAM305): strong evidence claimed without research.

use crate::codes::Rule;
use crate::rules::{Finding, TopicContext};

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a treatment whose evidence level is `high` or `moderate` cites at least one
    /// source of type `journal-article`, `systematic-review` or `guideline`, not only
    /// webpages or books.
    ///
    /// ## Why it matters
    /// "Moderate evidence" tells a patient that research shows the treatment works. That
    /// claim must rest on research, not on a clinic's web page or a textbook opinion;
    /// otherwise the patient may choose a treatment on a false promise.
    ///
    /// ## Example
    /// ```yaml
    /// evidence: { level: moderate, note: Works well for most people. }
    /// sources: [clinic-blog]
    /// ```
    ///
    /// ## How to fix
    /// Cite the trial, review or guideline that supports the rating, or lower the level
    /// to what the sources you have can show (`low`, `very-low` or `insufficient`).
}

pub(crate) fn check(context: &TopicContext<'_>, findings: &mut Vec<Finding>) {
    let Some(sources) = context.sources else {
        return;
    };
    for (index, treatment) in context.topic.treatments.iter().enumerate() {
        let Some(level) = treatment
            .evidence
            .as_ref()
            .and_then(|evidence| evidence.level)
        else {
            continue;
        };
        if !level.is_strong() {
            continue;
        }
        let cited_sources: Vec<_> = treatment
            .sources
            .iter()
            .filter_map(|id| sources.get(id))
            .collect();
        // With no resolvable source, `unsourced-record` or `dangling-citation` already speaks.
        if cited_sources.is_empty() {
            continue;
        }
        let has_research = cited_sources
            .iter()
            .any(|source| source.source_type.is_some_and(|kind| kind.is_research()));
        if !has_research {
            findings.push(
                Finding::new(
                    Rule::WeaklySourcedEvidence,
                    format!("/treatments/{index}/evidence/level"),
                    format!("treatment `{}` is rated `{}` evidence but cites no journal article, systematic review or guideline", treatment.id, level_name(level)),
                )
                .help("cite the research behind the rating, or lower the level to what the cited sources show"),
            );
        }
    }
}

fn level_name(level: pamphlet_schema::EvidenceLevel) -> &'static str {
    match level {
        pamphlet_schema::EvidenceLevel::High => "high",
        pamphlet_schema::EvidenceLevel::Moderate => "moderate",
        pamphlet_schema::EvidenceLevel::Low => "low",
        pamphlet_schema::EvidenceLevel::VeryLow => "very-low",
        pamphlet_schema::EvidenceLevel::Insufficient => "insufficient",
    }
}
