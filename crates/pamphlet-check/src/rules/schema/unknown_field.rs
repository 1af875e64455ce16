//! `unknown-field` (PAM102): a field the content model does not have.

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every field is part of the content model. Misspelt or invented fields are
    /// reported, with the closest known field when there is one.
    ///
    /// ## Why it matters
    /// A misspelt field is silently ignored by every exporter: a `source:` instead of
    /// `sources:` means the citation an author carefully added never reaches the handout.
    ///
    /// ## Example
    /// ```yaml
    /// - id: heat
    ///   source: [french-2006]
    /// ```
    ///
    /// ## How to fix
    /// Rename the field as suggested, or remove it. The schema comment on the first line
    /// lets your editor complete field names.
}
