//! `missing-field` (PAM103): a required field is absent.

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every field the content model requires is present: a topic's id, region,
    /// language, review and record lists; a symptom's `frequency` and `refers_to`; a red
    /// flag's `action`; a treatment's `category` and `evidence`; a recovery phase's
    /// `weeks`; a source's `type`. Where a more specific rule covers a missing field, that
    /// rule reports it instead, once: `empty-field` for text fields such as `description`
    /// or `risks`, `unsourced-record` for `sources`, `missing-review` for `review` and its
    /// dates, `unknown-field` when a misspelt field stands in its place.
    ///
    /// ## Why it matters
    /// A symptom without a description, or a treatment without its risks, gives a patient
    /// half the picture. Missing fields also leave gaps in every export.
    ///
    /// ## Example
    /// ```yaml
    /// - id: acupuncture
    ///   name: Acupuncture
    ///   category: alternative
    /// ```
    ///
    /// ## How to fix
    /// Add the field named in the message. The schema comment on the first line lets
    /// your editor list the fields each record needs.
}
