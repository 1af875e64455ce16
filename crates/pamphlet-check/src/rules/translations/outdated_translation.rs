//! `outdated-translation` (PAM612): a translation still predates its original's review
//! after the grace period.

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::translations::Variant;
use crate::rules::translations::stale_translation::behind;
use crate::settings::Settings;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That a translation reviewed before its original's last review was brought up to
    /// date within `translation-grace-days` (`[check]` of `pamphlet.toml`, 30 days unless
    /// set) of that review. Until then, `stale-translation` warns.
    ///
    /// ## Why it matters
    /// The original's advice changed and the translation has not followed for longer than
    /// the clinic allows: patients reading it may be acting on advice their clinic no
    /// longer gives.
    ///
    /// ## Example
    /// ```yaml
    /// # original: last_reviewed: 2026-06-01; today: 2026-12-02
    /// review:
    ///   last_reviewed: 2026-01-15
    /// ```
    ///
    /// ## How to fix
    /// Bring the translation up to date with the original, have it reviewed and set
    /// `last_reviewed` to the day of that review. Until it is, stop handing it out.
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
    if waited <= settings.translation_grace_days {
        return;
    }
    findings.push(
        Finding::new(
            Rule::OutdatedTranslation,
            "/review/last_reviewed",
            format!(
                "this translation was reviewed {gap} day(s) before `{}`, its original, and has not been brought up to date in the {waited} day(s) since",
                original.id
            ),
        )
        .help("bring it up to date with the original, have it reviewed and set `last_reviewed` to that day")
        .related(original_file, "/review/last_reviewed", "the original's last review"),
    );
}
