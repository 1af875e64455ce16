//! `unused-source` (PAM303): a bibliography entry no record cites.

use std::collections::HashSet;

use pamphlet_schema::Bibliography;

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That every entry of the bibliography is cited by at least one record of some
    /// topic. It is not checked while a topic file fails to load, since its citations are
    /// unknown.
    ///
    /// ## Why it matters
    /// An unused entry is often the sign of a citation that was lost in an edit: the
    /// source was added for a claim that no longer points to it. It also clutters the
    /// data exported to other systems.
    ///
    /// ## Example
    /// `furlan-2015` is in `bibliography.yaml`, but the massage treatment cites only
    /// `shipton-2023`.
    ///
    /// ## How to fix
    /// Cite the source from the record it supports, or remove it from the bibliography.
}

/// Every source of `bibliography` whose id no record cites (`cited`: every id the tree's
/// topics cite). The caller runs it only when every topic loaded: the citations of a topic
/// that did not are unknown.
pub(crate) fn check(bibliography: &Bibliography, cited: &HashSet<&str>) -> Vec<Finding> {
    bibliography
        .sources
        .iter()
        .enumerate()
        .filter(|(_, source)| !source.id.is_empty() && !cited.contains(source.id.as_str()))
        .map(|(index, source)| {
            Finding::new(
                Rule::UnusedSource,
                format!("/sources/{index}"),
                format!("source `{}` is not cited by any record", source.id),
            )
            .help("cite it from the record it supports, or remove it from the bibliography")
        })
        .collect()
}
