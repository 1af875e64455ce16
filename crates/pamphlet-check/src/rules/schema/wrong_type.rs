//! `wrong-type` (PAM101): a field holds the wrong kind of value.

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every field holds the kind of value the content model expects: text, a
    /// number, a list or a mapping. The check is the generated JSON Schema
    /// (`schema/topic.schema.json`), so it matches what editors show.
    ///
    /// ## Why it matters
    /// A list written as a single line of text, or a number where text belongs, is read
    /// differently by every system the content is exported to. The handout may drop the
    /// field or print it wrongly.
    ///
    /// ## Example
    /// ```yaml
    /// weeks:
    ///   from: one
    ///   to: 2
    /// sources: gattie-2017
    /// ```
    ///
    /// ## How to fix
    /// Write the value in the expected form: `from: 1`, `sources: [gattie-2017]`. Put
    /// text that looks like a number or date in quotes (`pmid: "28158962"`).
}
