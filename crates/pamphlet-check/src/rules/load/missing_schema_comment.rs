//! `missing-schema-comment` (PAM006): the file lacks the editor schema comment.

crate::rules::rule_doc! {
    /// ## What it checks
    /// That each topic and bibliography file starts with a
    /// `# yaml-language-server: $schema=...` comment pointing at pamphlet's schema for
    /// its kind, and that a path in it leads, from the file's own folder, to a file that
    /// is there (a web address is taken as written).
    ///
    /// ## Why it matters
    /// With the comment, editors complete field names and underline mistakes while an
    /// author types, long before CI runs. Without it, mistakes surface only later.
    ///
    /// ## Example
    /// ```yaml
    /// id: hip-trigger-points
    /// title: Trigger points and hip pain
    /// ```
    ///
    /// ## How to fix
    /// Add the line the message suggests as the very first line of the file. When the
    /// schema is not in the repository, `pamphlet schema topic > schema/topic.schema.json`
    /// (and `bibliography`) writes it; give its path relative to the file.
}
