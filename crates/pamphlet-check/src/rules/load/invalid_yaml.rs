//! `invalid-yaml` (PAM001): the file cannot be parsed as YAML.

crate::rules::rule_doc! {
    /// ## What it checks
    /// That each content file is one well-formed YAML document: indentation, quotes,
    /// brackets and colons in the right places, and mapping keys that are plain text.
    ///
    /// ## Why it matters
    /// A file pamphlet cannot read is a guide nobody can check. Until it parses, none
    /// of its sources, red flags or review dates are verified, and it cannot be printed.
    ///
    /// ## Example
    /// ```yaml
    /// treatments:
    ///   - id: heat
    ///     name: "Heat wraps
    /// ```
    /// The closing quote is missing, so the rest of the file is swallowed into the name.
    ///
    /// ## How to fix
    /// Go to the line and column given and mend the syntax there (the real mistake is
    /// often on the line just before). An editor with the YAML extension and the
    /// schema comment on the first line underlines these as you type.
}

/// The help shown with every syntax error.
pub(crate) const HELP: &str = "fix the YAML syntax at this place; the mistake is often at the end of the line before (a missing quote, colon or space, or wrong indentation)";
