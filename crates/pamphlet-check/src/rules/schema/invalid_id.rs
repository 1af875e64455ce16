//! `invalid-id` (PAM105): an id that is not a kebab-case ASCII slug.

use jsonschema::JsonType;

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::schema::{Described, SchemaError, show};

crate::rules::rule_doc! {
    /// ## What it checks
    /// That the ids of topics, records and sources are kebab-case slugs: lowercase ASCII
    /// letters and digits separated by single hyphens (`greater-trochanter-pain`).
    ///
    /// ## Why it matters
    /// Ids name exported files and link records across systems. An id such as `../x`
    /// could write outside the output folder, and a look-alike letter (Cyrillic `а` for
    /// Latin `a`) makes two ids look equal to a reviewer while a computer sees them apart.
    ///
    /// ## Example
    /// ```yaml
    /// id: Heat Therapy
    /// ```
    ///
    /// ## How to fix
    /// Write the id in lowercase ASCII with hyphens, for example `heat-therapy`, and
    /// update the places that cite it.
}

/// An id or region that is not a kebab-case slug.
pub(crate) fn describe(error: &SchemaError<'_>) -> Described {
    let finding = Finding::new(
        Rule::InvalidId,
        error.pointer,
        format!(
            "{} is `{}`, which is not a kebab-case slug",
            error.place,
            show(error.found)
        ),
    )
    .help("use lowercase ASCII letters and digits joined by single hyphens, for example `heat-therapy`");
    error.pruned(finding, Some(JsonType::String))
}
