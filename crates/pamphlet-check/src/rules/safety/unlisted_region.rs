//! `unlisted-region` (PAM902): no red-flag list applies to the topic's region.

use pamphlet_schema::Topic;

use crate::codes::Rule;
use crate::rules::Finding;
use crate::settings::Coverage;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That the topic's `region` has a list of the serious problems its red flags must
    /// cover: one pamphlet ships (`hip-and-pelvis`, `lower-back`) or one in `[red-flags]`
    /// of `pamphlet.toml`. A region spelt almost like a listed one is checked against that
    /// list, and this rule says so; any other region is checked against none.
    ///
    /// ## Why it matters
    /// Without a list, nothing tells the writer that a knee guide needs the signs of a
    /// joint infection or a blood clot: the red-flag check is silently off for the topic.
    ///
    /// ## Example
    /// ```yaml
    /// region: knee
    /// ```
    ///
    /// ## How to fix
    /// Correct a misspelt region, or add the region's list to `pamphlet.toml`, from the
    /// clinical guidance for it:
    ///
    /// ```toml
    /// [red-flags]
    /// knee = ["fracture", "infection", "vascular"]
    /// ```
    ///
    /// An empty list says, on the record, that the region needs none.
}

pub(crate) fn check(topic: &Topic, coverage: Coverage<'_>, findings: &mut Vec<Finding>) {
    let region = &topic.region;
    let finding = match coverage {
        Coverage::Listed(_) => return,
        _ if region.trim().is_empty() => return,
        Coverage::Nearest { region: nearest, .. } => Finding::new(
            Rule::UnlistedRegion,
            "/region",
            format!(
                "region `{region}` has no red-flag list; its red flags were checked against the list of `{nearest}`, the nearest name"
            ),
        )
        .help(format!(
            "if you meant `{nearest}`, correct the region; otherwise add `{region} = [...]` under `[red-flags]` in pamphlet.toml"
        )),
        Coverage::Unlisted => Finding::new(
            Rule::UnlistedRegion,
            "/region",
            format!(
                "region `{region}` has no red-flag list, so no serious problem is required of its red flags"
            ),
        )
        .help(format!(
            "add `{region} = [...]` under `[red-flags]` in pamphlet.toml, from the clinical guidance for the region (`[]` says it needs none)"
        )),
    };
    findings.push(finding);
}
