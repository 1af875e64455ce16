//! `missing-schema-comment` (PAM006): the file lacks the editor schema comment.

crate::rules::rule_doc! {
    /// ## What it checks
    /// That each topic and bibliography file starts with a
    /// `# yaml-language-server: $schema=...` comment pointing at pamphlet's schema for
    /// its kind, and that a path in it leads, from the file's own folder, to a file that
    /// is there. A `file:` address is followed too; a web address is taken as written.
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
    /// Without the comment: add the line the message suggests as the very first line of
    /// the file. With a path that leads nowhere: when a `schema/` folder above the file
    /// holds the schema, the help gives the path to write; otherwise write the schema
    /// into the tree with `pamphlet schema topic > schema/topic.schema.json` (and
    /// `bibliography`) and give its path from the file's own folder.
}
