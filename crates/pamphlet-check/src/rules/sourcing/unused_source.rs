//! `unused-source` (PAM303): a bibliography entry no record cites.

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
