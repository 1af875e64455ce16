//! `missing-field` (PAM103): a required field is absent.

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every field the content model requires is present: a topic's title, summary,
    /// review and record lists; each record's id, name, description and the fields its
    /// kind needs (see SPEC §2). Where a more specific rule covers a missing field (for
    /// example `unsourced-record` for `sources`, `missing-review` for `review`), that
    /// rule reports it instead.
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
