//! `stale-translation` (PAM611): a translation was last reviewed before its original was.

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::translations::Variant;
use crate::settings::Settings;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a translation's `last_reviewed` is not before its original's: when the
    /// original is reviewed (and perhaps changed), the translation must be brought up to
    /// date and reviewed again. Within `translation-grace-days` of the original's review
    /// (`[check]` of `pamphlet.toml`, 30 days unless set) this is a warning; after that,
    /// `outdated-translation` (an error) takes its place.
    ///
    /// ## Why it matters
    /// A changed original means changed advice. A translation reviewed before the change
    /// may still give the old advice, and its readers cannot know.
    ///
    /// ## Example
    /// ```yaml
    /// # original: last_reviewed: 2026-11-20
    /// review:
    ///   last_reviewed: 2026-03-01
    /// ```
    ///
    /// ## How to fix
    /// Compare the translation with the original as it is now, bring it up to date, have
    /// it reviewed and set `last_reviewed` to the day of that review.
}

/// A translation reviewed before its original's last review: a warning within
/// `translation-grace-days` of that review (this rule), an error after it
/// (`outdated-translation`, whose file documents it).
pub(crate) fn check(
    translation: &Variant,
    original: &Variant,
    original_file: usize,
    settings: &Settings,
    findings: &mut Vec<Finding>,
) {
    let (Some(ours), Some(changed)) = (translation.last_reviewed, original.last_reviewed) else {
        return;
    };
    let gap = ours.days_until(changed);
    if gap <= 0 {
        return;
    }
    let waited = changed.days_until(settings.today);
    let grace = settings.translation_grace_days;
    let (rule, message, help) = if waited > grace {
        (
            Rule::OutdatedTranslation,
            format!(
                "this translation was reviewed {gap} day(s) before `{}`, its original, and has not been brought up to date in the {waited} day(s) since",
                original.id
            ),
            "bring it up to date with the original, have it reviewed and set `last_reviewed` to that day".to_owned(),
        )
    } else {
        (
            Rule::StaleTranslation,
            format!(
                "this translation was reviewed {gap} day(s) before `{}`, its original, was last reviewed",
                original.id
            ),
            format!(
                "bring it up to date with the original and review it within {grace} day(s) of the original's review, when this becomes an error"
            ),
        )
    };
    findings.push(
        Finding::new(rule, "/review/last_reviewed", message)
            .help(help)
            .related(
                original_file,
                "/review/last_reviewed",
                "the original's last review",
            ),
    );
}
