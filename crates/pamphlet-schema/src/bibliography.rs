//! The bibliography: every source a topic may cite, by id.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{IsoDate, Suppression};

/// The sources cited by the topics of a content tree.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields, title = "pamphlet bibliography")]
pub struct Bibliography {
    /// Every source, each with a unique id.
    #[schemars(required)]
    pub sources: Vec<Source>,
}

/// One published reference.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(deny_unknown_fields)]
pub struct Source {
    /// Kebab-case id that records cite, for example `gattie-2017`.
    #[schemars(required, pattern(crate::SLUG_PATTERN))]
    pub id: String,
    /// What kind of publication it is.
    #[schemars(required)]
    #[serde(rename = "type")]
    pub source_type: Option<SourceType>,
    /// Authors as printed, "Surname Initials", or the organisation.
    #[schemars(required)]
    pub authors: Vec<String>,
    /// Title of the article, chapter, book or page.
    #[schemars(required)]
    pub title: String,
    /// The journal, publisher or website it appeared in.
    #[schemars(required)]
    pub container: String,
    /// Year of publication. Required for every type but `webpage`: a web page that shows
    /// no date leaves it out and relies on `accessed`.
    #[schemars(range(min = 1500, max = 9999))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// Volume, issue and pages, for example `47(3):133-149`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages: Option<String>,
    /// Digital Object Identifier, without the `https://doi.org/` prefix, for example
    /// `10.2519/jospt.2017.7096`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doi: Option<String>,
    /// PubMed identifier (digits only), for example `28158962`.
    #[schemars(schema_with = "pmid_schema")]
    #[serde(
        deserialize_with = "text_or_number",
        skip_serializing_if = "Option::is_none"
    )]
    pub pmid: Option<String>,
    /// ISBN-10 or ISBN-13, hyphens allowed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub isbn: Option<String>,
    /// Web address (https) where the source can be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The day the web page was read (required for webpages).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accessed: Option<IsoDate>,
    /// Findings deliberately accepted for this source, each with its reason.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

impl Source {
    /// The locators that let a reader find the source, in order of preference.
    pub fn locators(&self) -> impl Iterator<Item = Locator<'_>> {
        [
            self.doi.as_deref().map(Locator::Doi),
            self.pmid.as_deref().map(Locator::Pmid),
            self.isbn.as_deref().map(Locator::Isbn),
            self.url.as_deref().map(Locator::Url),
        ]
        .into_iter()
        .flatten()
    }
}

/// One way of finding a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Locator<'a> {
    Doi(&'a str),
    Pmid(&'a str),
    Isbn(&'a str),
    Url(&'a str),
}

/// The kind of publication a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SourceType {
    JournalArticle,
    SystematicReview,
    Guideline,
    Book,
    Webpage,
}

impl SourceType {
    /// Whether the source is peer-reviewed research or a guideline, the kinds that can
    /// back a claim that a treatment works.
    pub fn is_research(self) -> bool {
        matches!(
            self,
            SourceType::JournalArticle | SourceType::SystematicReview | SourceType::Guideline
        )
    }
}

/// A PMID may be written with or without quotes; YAML reads the bare form as a number.
fn pmid_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "type": ["string", "integer"],
        "pattern": "^[0-9]+$",
        "minimum": 1
    })
}

fn text_or_number<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum TextOrNumber {
        Text(String),
        Number(u64),
    }
    Ok(
        Option::<TextOrNumber>::deserialize(deserializer)?.map(|value| match value {
            TextOrNumber::Text(text) => text,
            TextOrNumber::Number(number) => number.to_string(),
        }),
    )
}
