//! `invalid-config` (PAM804): `pamphlet.toml` cannot be used.

crate::rules::rule_doc! {
    /// ## What it checks
    /// That `pamphlet.toml` is valid TOML with known sections and settings of the right
    /// type: `[clinic]` (`name`, `contact`), `[content]` (`bibliography`), `[check]`
    /// (`reading-grade`, `long-field-words`, `long-sentence-words`, `review-warning-days`,
    /// `translation-grace-days`, `max-source-age-years`, `off-topic-threshold`,
    /// `min-treatments`, `max-file-bytes`, `max-problems-per-file`) and `[rules]` (a rule
    /// code or name set to `error`, `warning`, `info` or `off`). The loading and schema
    /// rules (PAM001-PAM007, PAM101-PAM105) stay errors, as a file they report is not
    /// checked at all; `missing-schema-comment` and `too-many-problems` (PAM008, a note
    /// that some problems are not shown; turned off, it no longer says so) may be changed.
    ///
    /// ## Why it matters
    /// A setting that is silently ignored changes what the check lets through without
    /// anyone noticing. Each invalid setting is reported (out-of-range numbers too, such
    /// as an off-topic threshold of 5), its default is used, and the content is still
    /// checked.
    ///
    /// ## Example
    /// ```toml
    /// [check]
    /// reading-grade = "eight"
    /// ```
    ///
    /// ## How to fix
    /// Correct the setting named in the message, within the range it gives, or remove it
    /// to use the default.
}
