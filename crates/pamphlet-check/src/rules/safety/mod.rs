//! Clinical safety rules: what makes a guide safe, not only filled in. Its red flags
//! cover the serious problems its body region can hide (`[red-flags]` of `pamphlet.toml`),
//! and every medicine and procedure tells the reader its risks, as DISCERN's question on
//! risks asks of patient information on treatment choices.

pub(crate) mod missing_medicine_safety;
pub(crate) mod uncovered_red_flag_category;
pub(crate) mod understated_urgency;
pub(crate) mod unlisted_region;
pub(crate) mod unstated_procedure_harms;

use crate::rules::{Finding, TopicContext};
use crate::settings::Coverage;

pub(crate) fn check_topic(context: &TopicContext<'_>, findings: &mut Vec<Finding>) {
    let topic = context.topic;
    let coverage = context.settings.coverage(&topic.region);
    unlisted_region::check(topic, coverage, findings);
    let (region, concerns) = match coverage {
        Coverage::Listed(concerns) => (topic.region.as_str(), concerns),
        Coverage::Nearest { region, concerns } => (region, concerns),
        Coverage::Unlisted => (topic.region.as_str(), &[][..]),
    };
    uncovered_red_flag_category::check(topic, region, concerns, findings);
    for (index, red_flag) in topic.red_flags.iter().enumerate() {
        understated_urgency::check(red_flag, &format!("/red_flags/{index}"), findings);
    }
    for (index, treatment) in topic.treatments.iter().enumerate() {
        let pointer = format!("/treatments/{index}");
        missing_medicine_safety::check(treatment, &pointer, findings);
        unstated_procedure_harms::check(treatment, &pointer, findings);
    }
}

/// Whether a safety field says nothing.
fn is_blank(text: Option<&str>) -> bool {
    text.is_none_or(|text| text.trim().is_empty())
}
