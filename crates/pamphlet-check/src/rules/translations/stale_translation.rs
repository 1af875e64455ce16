//! `stale-translation` (PAM611): a translation was last reviewed before its original was.

use pamphlet_schema::IsoDate;

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

/// When the translation was last reviewed before its original: by how many days, and the
/// day of the original's review.
pub(crate) fn behind(translation: &Variant, original: &Variant) -> Option<(i64, IsoDate)> {
    let ours = translation.last_reviewed?;
    let theirs = original.last_reviewed?;
    let gap = ours.days_until(theirs);
    (gap > 0).then_some((gap, theirs))
}

pub(crate) fn check(
    translation: &Variant,
    original: &Variant,
    original_file: usize,
    settings: &Settings,
    findings: &mut Vec<Finding>,
) {
    let Some((gap, changed)) = behind(translation, original) else {
        return;
    };
    let waited = changed.days_until(settings.today);
    if waited > settings.translation_grace_days {
        return;
    }
    findings.push(
        Finding::new(
            Rule::StaleTranslation,
            "/review/last_reviewed",
            format!(
                "this translation was reviewed {gap} day(s) before `{}`, its original, was last reviewed",
                original.id
            ),
        )
        .help(format!(
            "bring it up to date with the original and review it within {} day(s) of the original's review, when this becomes an error",
            settings.translation_grace_days
        ))
        .related(original_file, "/review/last_reviewed", "the original's last review"),
    );
}
