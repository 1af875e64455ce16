//! `invalid-encoding` (PAM002): the file is not UTF-8 text.

crate::rules::rule_doc! {
    /// ## What it checks
    /// That each content file is UTF-8 text (a leading byte-order mark is accepted and
    /// ignored). UTF-16 files, bytes that are not valid UTF-8, NUL bytes and binary files
    /// are reported with the position of the first bad byte.
    ///
    /// ## Why it matters
    /// A wrongly encoded file turns accented names, dosages and symbols into garbage on
    /// the printed handout, or hides text the checker would otherwise have read.
    ///
    /// ## Example
    /// A file saved by a word processor as "Unicode (UTF-16)", or a PDF renamed to
    /// `topic.yaml`.
    ///
    /// ## How to fix
    /// Save the file as UTF-8 in your editor ("Save with encoding" in VS Code), or
    /// remove the file if it is not a content file.
}
