//! `uncovered-red-flag-category` (PAM901): the red flags miss a serious problem the
//! topic's body region can hide.

use pamphlet_schema::{Concern, Topic};

use crate::codes::Rule;
use crate::rules::{Finding, Target};

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a topic's red flags cover every serious problem its body region's list names.
    /// Each red flag says what it screens for (`screens_for: fracture`); pamphlet ships a
    /// list for `hip-and-pelvis` and `lower-back`, traced in `docs/red-flags.md` to the
    /// international framework for red flags for serious spinal pathology and to national
    /// hip and back pain guidance. `[red-flags]` in `pamphlet.toml` changes a list or adds
    /// one for another region.
    ///
    /// ## Why it matters
    /// A guide can be complete in every field and still leave out the one sign that
    /// matters: a reader with numbness around the bottom and new bladder trouble, or a hot
    /// swollen hip and a fever, must learn from the handout to get help at once. Cauda
    /// equina syndrome, a joint infection, a broken hip and cancer are rare, but each
    /// causes lasting harm when care is late.
    ///
    /// ## Example
    /// ```yaml
    /// region: hip-and-pelvis
    /// red_flags:
    ///   - id: very-bad-pain
    ///     sign: Your hip pain is very bad.
    ///     action: soon
    ///     screens_for: other
    ///     sources: [versusarthritis-hip]
    /// ```
    ///
    /// ## How to fix
    /// Add a red flag for each problem the message names, in words a patient would
    /// recognise, with how soon to get help and a source. If a guide truly need not cover
    /// one (a leaflet for a single procedure, say), suppress the rule on the topic with the
    /// reason, or narrow the region's list in `pamphlet.toml`.
}

/// One finding, at the `red_flags` key, for each problem of `concerns` (the list of
/// `region`) that no red flag screens for. Silent while a red flag lacks `screens_for`
/// (the schema reports that) and when there are no red flags at all (`no-red-flags` does):
/// a count made then would only repeat them.
pub(crate) fn check(
    topic: &Topic,
    region: &str,
    concerns: &[Concern],
    findings: &mut Vec<Finding>,
) {
    if topic.red_flags.is_empty()
        || topic
            .red_flags
            .iter()
            .any(|flag| flag.screens_for.is_none())
    {
        return;
    }
    for concern in concerns {
        if topic
            .red_flags
            .iter()
            .any(|flag| flag.screens_for == Some(*concern))
        {
            continue;
        }
        findings.push(
            Finding::new(
                Rule::UncoveredRedFlagCategory,
                "/red_flags",
                format!(
                    "no red flag warns of {}, which every `{region}` guide must cover",
                    concern.describe()
                ),
            )
            .help(format!(
                "add a red flag with `screens_for: {}`, for example \"{}\", with how soon to get help and its source",
                concern.keyword(),
                concern.example_sign()
            ))
            .target(Target::Key),
        );
    }
}
