//! `pamphlet.toml`: the clinic's details, where the bibliography lives, rule
//! thresholds and severities. Parsed into `Settings`, with positions kept so
//! that a bad setting is reported at its line.

use std::collections::{BTreeMap, HashMap};

pub use pamphlet_schema::Clinic;
use pamphlet_schema::{Concern, IsoDate, REGIONS};
use serde::Deserialize;

use crate::codes::{Family, Rule};
use crate::diagnostic::Severity;
use crate::text::glyphs::Glyphs;

/// Everything a check run is configured by.
#[derive(Clone, Debug)]
pub struct Settings {
    pub today: IsoDate,
    pub clinic: Clinic,
    /// The bibliography file, relative to the content root.
    pub bibliography: String,
    pub reading_grade: f64,
    pub long_field_words: usize,
    pub long_sentence_words: usize,
    pub review_warning_days: i64,
    /// How many days a translation may predate its original's last review before
    /// `outdated-translation` (an error) replaces `stale-translation` (a warning).
    pub translation_grace_days: i64,
    pub max_source_age_years: i32,
    pub off_topic_threshold: f64,
    pub min_treatments: usize,
    pub max_file_bytes: u64,
    /// How many problems of one file are shown; the rest are counted
    /// (`too-many-problems`).
    pub max_problems_per_file: usize,
    /// Severity overrides; `None` turns a rule off.
    pub severities: HashMap<Rule, Option<Severity>>,
    /// The problems a guide's red flags must cover, by region: pamphlet's lists
    /// (`pamphlet_schema::REGIONS`), changed or added to by `[red-flags]`.
    pub red_flags: BTreeMap<String, Vec<Concern>>,
    /// The handout's own fonts (`[handout]`), once their files have been read; `None`:
    /// the bundled DejaVu Sans.
    pub handout_fonts: Option<HandoutFonts>,
    /// The `[handout]` font settings as written, with their places, until
    /// `load_fonts` reads the files.
    font_settings: Option<FontSettings>,
}

/// A clinic's own handout fonts: the files, and the characters both faces can draw.
#[derive(Clone, Debug)]
pub struct HandoutFonts {
    pub regular: std::path::PathBuf,
    pub bold: std::path::PathBuf,
    glyphs: std::sync::Arc<Glyphs>,
}

/// `font-regular` and `font-bold` of `[handout]`, each with the bytes of its value.
#[derive(Clone, Debug, Default)]
struct FontSettings {
    regular: Option<(String, std::ops::Range<usize>)>,
    bold: Option<(String, std::ops::Range<usize>)>,
    /// The `[handout]` table's place, for a problem that is about both.
    table: Option<std::ops::Range<usize>>,
}

/// The red-flag list a topic's region is checked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coverage<'a> {
    /// The region has its own list.
    Listed(&'a [Concern]),
    /// The region has none; the list of the region whose name is nearest is used.
    Nearest {
        region: &'a str,
        concerns: &'a [Concern],
    },
    /// No list is near: nothing is required.
    Unlisted,
}

impl Settings {
    pub fn new(today: IsoDate) -> Settings {
        Settings {
            today,
            clinic: Clinic::default(),
            bibliography: "bibliography.yaml".to_owned(),
            reading_grade: 8.0,
            long_field_words: 40,
            long_sentence_words: 25,
            review_warning_days: 60,
            translation_grace_days: 30,
            max_source_age_years: 20,
            off_topic_threshold: 0.25,
            min_treatments: 2,
            max_file_bytes: 4 * 1024 * 1024,
            max_problems_per_file: 200,
            severities: HashMap::new(),
            red_flags: REGIONS
                .iter()
                .map(|region| (region.id.to_owned(), region.concerns.to_vec()))
                .collect(),
            handout_fonts: None,
            font_settings: None,
        }
    }

    /// The characters the handout's fonts can draw: the clinic's own, or the bundled.
    pub(crate) fn glyphs(&self) -> &Glyphs {
        match &self.handout_fonts {
            Some(fonts) => &fonts.glyphs,
            None => Glyphs::bundled(),
        }
    }

    /// Reads the font files `[handout]` names, relative to `root` (the folder holding
    /// pamphlet.toml). Each problem is returned with its place; the bundled fonts stay
    /// in use when there is one.
    pub fn load_fonts(&mut self, root: &std::path::Path) -> Vec<ConfigProblem> {
        let Some(settings) = self.font_settings.take() else {
            return Vec::new();
        };
        let problem =
            |message: String, help: &str, bytes: Option<std::ops::Range<usize>>| ConfigProblem {
                rule: Rule::InvalidConfig,
                message,
                help: help.to_owned(),
                bytes,
            };
        let (regular, bold) = match (settings.regular, settings.bold) {
            (Some(regular), Some(bold)) => (regular, bold),
            (Some((_, bytes)), None) | (None, Some((_, bytes))) => {
                return vec![problem(
                    "`[handout]` names one face of the font but not the other: a handout needs a regular and a bold face".to_owned(),
                    "add both `font-regular` and `font-bold` (the same file for both when the font has no bold face)",
                    Some(bytes),
                )];
            }
            (None, None) => {
                return vec![problem(
                    "`[handout]` names no font file".to_owned(),
                    "add `font-regular` and `font-bold`, or remove the section to use the bundled DejaVu Sans",
                    settings.table,
                )];
            }
        };
        let mut problems = Vec::new();
        let mut programs = Vec::new();
        for (path, bytes) in [&regular, &bold] {
            let full = root.join(path);
            match std::fs::read(&full) {
                Ok(program) if has_cff_outlines(&program) => problems.push(problem(
                    format!("`{path}` has CFF (PostScript) outlines, which the handout cannot embed yet"),
                    "use a TrueType-outline version of the font (.ttf, or a .ttc collection); many families publish both",
                    Some(bytes.clone()),
                )),
                Ok(program) if Glyphs::of_faces(&[&program]).is_some() => programs.push(program),
                Ok(_) => problems.push(problem(
                    format!("`{path}` is not a TrueType or OpenType font the handout can use"),
                    "name a .ttf or .otf file, or a .ttc collection (its first font is used)",
                    Some(bytes.clone()),
                )),
                Err(error) => problems.push(problem(
                    format!("cannot read the font file `{}`: {error}", full.display()),
                    "give the path relative to pamphlet.toml, and check the file is there and readable",
                    Some(bytes.clone()),
                )),
            }
        }
        if !problems.is_empty() {
            return problems;
        }
        let faces: Vec<&[u8]> = programs.iter().map(Vec::as_slice).collect();
        if let Some(glyphs) = Glyphs::of_faces(&faces) {
            self.handout_fonts = Some(HandoutFonts {
                regular: root.join(&regular.0),
                bold: root.join(&bold.0),
                glyphs: std::sync::Arc::new(glyphs),
            });
        }
        problems
    }

    /// The red-flag list a guide for `region` must cover.
    pub fn coverage(&self, region: &str) -> Coverage<'_> {
        if let Some(concerns) = self.red_flags.get(region) {
            return Coverage::Listed(concerns);
        }
        let nearest =
            crate::text::similar::closest(region, self.red_flags.keys().map(String::as_str));
        match nearest.and_then(|nearest| self.red_flags.get_key_value(nearest)) {
            Some((region, concerns)) => Coverage::Nearest { region, concerns },
            None => Coverage::Unlisted,
        }
    }

    /// The severity of a rule's findings, or `None` when the rule is off.
    pub fn severity(&self, rule: Rule) -> Option<Severity> {
        match self.severities.get(&rule) {
            Some(configured) => *configured,
            None => Some(rule.default_severity()),
        }
    }
}

/// A problem in `pamphlet.toml`, with the byte range it concerns.
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigProblem {
    pub rule: Rule,
    pub message: String,
    pub help: String,
    pub bytes: Option<std::ops::Range<usize>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    clinic: Clinic,
    #[serde(default)]
    content: ContentSection,
    #[serde(default)]
    check: CheckSection,
    #[serde(default)]
    rules: BTreeMap<toml::Spanned<String>, toml::Spanned<String>>,
    /// Region -> the problems its guides' red flags must cover.
    #[serde(default, rename = "red-flags")]
    red_flags: BTreeMap<toml::Spanned<String>, Vec<toml::Spanned<String>>>,
    handout: Option<toml::Spanned<HandoutSection>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct HandoutSection {
    font_regular: Option<toml::Spanned<String>>,
    font_bold: Option<toml::Spanned<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContentSection {
    bibliography: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct CheckSection {
    reading_grade: Option<toml::Spanned<f64>>,
    long_field_words: Option<toml::Spanned<i64>>,
    long_sentence_words: Option<toml::Spanned<i64>>,
    review_warning_days: Option<toml::Spanned<i64>>,
    translation_grace_days: Option<toml::Spanned<i64>>,
    max_source_age_years: Option<toml::Spanned<i64>>,
    off_topic_threshold: Option<toml::Spanned<f64>>,
    min_treatments: Option<toml::Spanned<i64>>,
    max_file_bytes: Option<toml::Spanned<i64>>,
    max_problems_per_file: Option<toml::Spanned<i64>>,
}

/// Every language tag of `[clinic]` (its `language` and the keys of its translations)
/// must be a valid BCP 47 tag, or a handout would never find its lines.
fn clinic_languages(clinic: &Clinic, text: &str, problems: &mut Vec<ConfigProblem>) {
    let tags = clinic
        .language
        .iter()
        .map(|tag| ("language", tag))
        .chain(clinic.translations.keys().map(|tag| ("translations", tag)));
    for (setting, tag) in tags {
        let valid = language_tags::LanguageTag::parse(tag.trim())
            .is_ok_and(|parsed| parsed.validate().is_ok());
        if valid {
            continue;
        }
        // The tag as written, after its setting's name, for the place of the problem.
        let bytes = text.find(&format!("{setting}.{tag}")).map_or_else(
            || {
                text.find(&format!("\"{tag}\""))
                    .map(|at| at + 1..at + 1 + tag.len())
            },
            |at| Some(at + setting.len() + 1..at + setting.len() + 1 + tag.len()),
        );
        problems.push(ConfigProblem {
            rule: Rule::InvalidConfig,
            message: format!("`{tag}` in [clinic] is not a valid BCP 47 language tag"),
            help: "write a registered language tag such as `en`, `es` or `pt-BR`".to_owned(),
            bytes,
        });
    }
}

/// Applies the text of a `pamphlet.toml` to `settings`. On a problem, the settings are
/// left as they were for the part that failed and every problem is returned.
pub fn apply_config(settings: &mut Settings, text: &str) -> Vec<ConfigProblem> {
    let config: ConfigFile = match toml::from_str(text) {
        Ok(config) => config,
        Err(error) => {
            return vec![ConfigProblem {
                rule: Rule::InvalidConfig,
                message: format!("pamphlet.toml is invalid: {}", plain_words(error.message())),
                help: "fix the setting; `pamphlet explain PAM804` lists the sections and settings"
                    .to_owned(),
                bytes: error.span(),
            }];
        }
    };
    let mut problems = Vec::new();
    settings.clinic = config.clinic;
    clinic_languages(&settings.clinic, text, &mut problems);
    if let Some(bibliography) = config.content.bibliography {
        settings.bibliography = bibliography;
    }
    let check = config.check;
    let mut numbers = Numbers {
        problems: &mut problems,
    };
    numbers.real(
        "reading-grade",
        check.reading_grade,
        1.0..=20.0,
        &mut settings.reading_grade,
    );
    numbers.real(
        "off-topic-threshold",
        check.off_topic_threshold,
        0.0..=0.9,
        &mut settings.off_topic_threshold,
    );
    numbers.whole(
        "long-field-words",
        check.long_field_words,
        10..=1000,
        &mut settings.long_field_words,
    );
    numbers.whole(
        "long-sentence-words",
        check.long_sentence_words,
        8..=200,
        &mut settings.long_sentence_words,
    );
    numbers.whole(
        "review-warning-days",
        check.review_warning_days,
        0..=3650,
        &mut settings.review_warning_days,
    );
    numbers.whole(
        "translation-grace-days",
        check.translation_grace_days,
        0..=3650,
        &mut settings.translation_grace_days,
    );
    numbers.whole(
        "max-source-age-years",
        check.max_source_age_years,
        1..=200,
        &mut settings.max_source_age_years,
    );
    numbers.whole(
        "min-treatments",
        check.min_treatments,
        1..=50,
        &mut settings.min_treatments,
    );
    numbers.whole(
        "max-file-bytes",
        check.max_file_bytes,
        1024..=67_108_864,
        &mut settings.max_file_bytes,
    );
    numbers.whole(
        "max-problems-per-file",
        check.max_problems_per_file,
        1..=1_000_000,
        &mut settings.max_problems_per_file,
    );
    apply_red_flags(settings, config.red_flags, &mut problems);
    if let Some(handout) = config.handout {
        let table = handout.span();
        let handout = handout.into_inner();
        let setting = |value: Option<toml::Spanned<String>>| {
            value.map(|value| {
                let bytes = value.span();
                (value.into_inner(), bytes)
            })
        };
        settings.font_settings = Some(FontSettings {
            regular: setting(handout.font_regular),
            bold: setting(handout.font_bold),
            table: Some(table),
        });
    }
    for (name, level) in config.rules {
        let Some(rule) = Rule::find(name.get_ref()) else {
            problems.push(ConfigProblem {
                rule: Rule::UnknownRule,
                message: format!("`[rules]` names `{}`, which is not a rule", name.get_ref()),
                help: match crate::text::similar::closest(
                    name.get_ref(),
                    Rule::ALL.iter().map(|rule| rule.name()),
                ) {
                    Some(suggestion) => format!("did you mean `{suggestion}`?"),
                    None => "use a rule code or name from `pamphlet explain --list`".to_owned(),
                },
                bytes: Some(name.span()),
            });
            continue;
        };
        let severity = match level.get_ref().as_str() {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            "off" => None,
            other => {
                problems.push(ConfigProblem {
                    rule: Rule::InvalidConfig,
                    message: format!("rule `{}` is set to `{other}`", name.get_ref()),
                    help: "set it to `error`, `warning`, `info` or `off`".to_owned(),
                    bytes: Some(level.span()),
                });
                continue;
            }
        };
        // A file that does not load or fit the model is never checked by any other rule,
        // so hiding those findings would let an unchecked guide through silently.
        // (`too-many-problems` only counts what is not shown; the problems shown fail the
        // check on their own.)
        let guards_the_check = matches!(rule.family(), Family::Load | Family::Schema)
            && !matches!(rule, Rule::MissingSchemaComment | Rule::TooManyProblems);
        if guards_the_check && severity != Some(Severity::Error) {
            problems.push(ConfigProblem {
                rule: Rule::InvalidConfig,
                message: format!(
                    "`{}` cannot be lowered or turned off: a file it reports is not checked at all",
                    name.get_ref()
                ),
                help: "remove this line; fix or remove the file the rule reports instead"
                    .to_owned(),
                bytes: Some(level.span()),
            });
            continue;
        }
        settings.severities.insert(rule, severity);
    }
    problems
}

/// `[red-flags]`: each region's list replaces pamphlet's, or adds a region. A category
/// that does not exist, or a region name one letter or two from a shipped one (a slip,
/// not a region of the clinic's own), is reported at its place, and the region keeps
/// pamphlet's list.
fn apply_red_flags(
    settings: &mut Settings,
    red_flags: BTreeMap<toml::Spanned<String>, Vec<toml::Spanned<String>>>,
    problems: &mut Vec<ConfigProblem>,
) {
    for (region, categories) in red_flags {
        let name = region.get_ref();
        if !pamphlet_schema::is_slug(name) {
            problems.push(ConfigProblem {
                rule: Rule::InvalidConfig,
                message: format!(
                    "`[red-flags]` names region `{name}`, which is not a kebab-case slug like the `region` of a topic"
                ),
                help: "write the region as topics write it, for example `hip-and-pelvis` or `knee`".to_owned(),
                bytes: Some(region.span()),
            });
            continue;
        }
        // A name one or two letters from a shipped region is a slip, not a region of the
        // clinic's own (which may share a prefix with one: `hip`, `hip-and-pelvis-child`).
        let misspelt = REGIONS
            .iter()
            .map(|region| region.id)
            .find(|id| *id != name && crate::text::similar::edit_distance(name, id) <= 2);
        if let Some(suggestion) = misspelt {
            problems.push(ConfigProblem {
                rule: Rule::InvalidConfig,
                message: format!(
                    "`[red-flags]` names region `{name}`, which is spelt almost like `{suggestion}`; the list is not used, and `{suggestion}` keeps pamphlet's"
                ),
                help: format!("did you mean `{suggestion}`?"),
                bytes: Some(region.span()),
            });
            continue;
        }
        let mut concerns = Vec::with_capacity(categories.len());
        let mut valid = true;
        for category in &categories {
            match Concern::from_keyword(category.get_ref()) {
                Some(concern) => concerns.push(concern),
                None => {
                    valid = false;
                    let keywords = Concern::ALL.map(Concern::keyword);
                    problems.push(ConfigProblem {
                        rule: Rule::InvalidConfig,
                        message: format!(
                            "`[red-flags]` lists `{}` for `{name}`, which is not a red-flag category; {}",
                            category.get_ref(),
                            if settings.red_flags.contains_key(name.as_str()) {
                                "pamphlet's own list for the region is used"
                            } else {
                                "the region has no list until it is fixed"
                            }
                        ),
                        help: match crate::text::similar::closest(category.get_ref(), keywords) {
                            Some(suggestion) => format!("did you mean `{suggestion}`?"),
                            None => format!("use one of: {}", keywords.join(", ")),
                        },
                        bytes: Some(category.span()),
                    });
                }
            }
        }
        if valid {
            settings.red_flags.insert(name.clone(), concerns);
        }
    }
}

/// The TOML parser's message with Rust type names in words an author knows.
fn plain_words(message: &str) -> String {
    message
        .replace("expected f64", "expected a number")
        .replace("expected i64", "expected a whole number")
        .replace("a sequence", "a list")
        .replace("struct ", "section ")
}

/// Range-checks numeric settings, keeping the default and reporting each value out of range.
struct Numbers<'a> {
    problems: &'a mut Vec<ConfigProblem>,
}

impl Numbers<'_> {
    fn real(
        &mut self,
        name: &str,
        value: Option<toml::Spanned<f64>>,
        range: std::ops::RangeInclusive<f64>,
        slot: &mut f64,
    ) {
        let Some(value) = value else { return };
        if range.contains(value.get_ref()) {
            *slot = *value.get_ref();
        } else {
            self.out_of_range(
                name,
                &value.get_ref().to_string(),
                range.start().to_string(),
                range.end().to_string(),
                value.span(),
            );
        }
    }

    fn whole<T: TryFrom<i64> + Copy>(
        &mut self,
        name: &str,
        value: Option<toml::Spanned<i64>>,
        range: std::ops::RangeInclusive<i64>,
        slot: &mut T,
    ) {
        let Some(value) = value else { return };
        match T::try_from(*value.get_ref()) {
            Ok(converted) if range.contains(value.get_ref()) => *slot = converted,
            _ => self.out_of_range(
                name,
                &value.get_ref().to_string(),
                range.start().to_string(),
                range.end().to_string(),
                value.span(),
            ),
        }
    }

    fn out_of_range(
        &mut self,
        name: &str,
        value: &str,
        low: String,
        high: String,
        span: std::ops::Range<usize>,
    ) {
        self.problems.push(ConfigProblem {
            rule: Rule::InvalidConfig,
            message: format!("`{name}` is {value}, outside the sensible range {low} to {high}; the default is used"),
            help: format!("set `{name}` to a value from {low} to {high}, or remove it to use the default"),
            bytes: Some(span),
        });
    }
}

/// Whether the first font of `program` is an OpenType font with CFF outlines. The handout
/// embeds TrueType outlines only: a CID-keyed CFF subset keeps its own character ids,
/// which the handout's text would not match, so such fonts are refused here.
fn has_cff_outlines(program: &[u8]) -> bool {
    program.starts_with(b"OTTO") || crate::text::glyphs::has_cff_table(program)
}

#[cfg(test)]
mod tests {
    use super::{Settings, apply_config, has_cff_outlines};
    use crate::codes::Rule;
    use crate::diagnostic::Severity;
    use pamphlet_schema::IsoDate;

    #[test]
    fn fonts_with_cff_outlines_are_told_apart() {
        assert!(has_cff_outlines(b"OTTO\0\x0a\0\x80\0\x03\0\x20"));
        assert!(!has_cff_outlines(dejavu::sans::regular()));
        assert!(!has_cff_outlines(b"not a font"));
    }

    fn settings() -> Settings {
        Settings::new(IsoDate::from_ymd(2026, 11, 23).expect("a real date"))
    }

    #[test]
    fn applies_thresholds_and_rule_severities() {
        let mut settings = settings();
        let problems = apply_config(
            &mut settings,
            "[clinic]\nname = \"Clinic\"\n[check]\nreading-grade = 7.5\n[rules]\nstale-source = \"off\"\nPAM602 = \"error\"\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(settings.clinic.name, "Clinic");
        assert_eq!(settings.reading_grade, 7.5);
        assert_eq!(settings.severity(Rule::StaleSource), None);
        assert_eq!(settings.severity(Rule::LongSentence), Some(Severity::Error));
        assert_eq!(
            settings.severity(Rule::UnsourcedRecord),
            Some(Severity::Error)
        );
    }

    #[test]
    fn clinic_lines_in_other_languages_are_read_and_their_tags_checked() {
        let mut settings = settings();
        let text =
            "[clinic]\ncontact = \"Call us.\"\n[clinic.translations.es]\ncontact = \"Llámenos.\"\n";
        assert!(apply_config(&mut settings, text).is_empty());
        assert_eq!(settings.clinic.text_for("es-MX").contact, "Llámenos.");

        let text =
            "[clinic]\nlanguage = \"english\"\n[clinic.translations.es_MX]\ncontact = \"x\"\n";
        let problems = apply_config(&mut settings, text);
        let places: Vec<&str> = problems
            .iter()
            .map(|problem| &text[problem.bytes.clone().expect("a place")])
            .collect();
        assert_eq!(places, ["english", "es_MX"], "{problems:?}");
        assert!(
            problems
                .iter()
                .all(|problem| problem.rule == Rule::InvalidConfig)
        );
    }

    #[test]
    fn reports_unknown_rules_and_bad_settings_with_their_place() {
        let mut settings = settings();
        let text = "[rules]\nstale-sources = \"off\"\nlong-sentence = \"loud\"\n";
        let problems = apply_config(&mut settings, text);
        assert_eq!(problems.len(), 2);
        let unknown = problems
            .iter()
            .find(|problem| problem.rule == Rule::UnknownRule)
            .expect("an unknown rule");
        let bytes = unknown.bytes.clone().expect("a span");
        assert_eq!(&text[bytes], "stale-sources");
        let level = problems
            .iter()
            .find(|problem| problem.rule == Rule::InvalidConfig)
            .expect("a bad level");
        assert_eq!(&text[level.bytes.clone().expect("a span")], "\"loud\"");
        let problems = apply_config(&mut settings, "[check]\nreading-grade = \"eight\"\n");
        assert_eq!(problems[0].rule, Rule::InvalidConfig);
        assert!(problems[0].bytes.is_some());
        assert_eq!(unknown.help, "did you mean `stale-source`?");
    }

    #[test]
    fn loading_and_schema_rules_cannot_be_turned_off() {
        let mut settings = settings();
        let problems = apply_config(
            &mut settings,
            "[rules]\ninvalid-yaml = \"off\"\nPAM101 = \"warning\"\nmissing-schema-comment = \"off\"\n",
        );
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(settings.severity(Rule::InvalidYaml), Some(Severity::Error));
        assert_eq!(settings.severity(Rule::WrongType), Some(Severity::Error));
        assert_eq!(settings.severity(Rule::MissingSchemaComment), None);
    }

    #[test]
    fn keeps_defaults_for_values_out_of_range_and_reports_each() {
        let mut settings = settings();
        let text =
            "[check]\noff-topic-threshold = 5\nreview-warning-days = -5\nlong-sentence-words = 0\n";
        let problems = apply_config(&mut settings, text);
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert_eq!(settings.off_topic_threshold, 0.25);
        assert_eq!(settings.review_warning_days, 60);
        assert_eq!(settings.long_sentence_words, 25);
        let first = problems[0].bytes.clone().expect("a span");
        assert_eq!(&text[first], "5");
    }

    #[test]
    fn red_flag_lists_are_changed_added_and_checked() {
        use pamphlet_schema::Concern;
        let mut settings = settings();
        let problems = apply_config(
            &mut settings,
            "[red-flags]\nhip = [\"fracture\"]\nhip-and-pelvis = [\"fracture\"]\nknee = [\"vasculr\"]\n\"Knee Joint\" = []\nhip-and-pelvic = []\n",
        );
        // A region of the clinic's own may share a prefix with a shipped one.
        assert_eq!(settings.red_flags["hip"], [Concern::Fracture]);
        assert_eq!(settings.red_flags["hip-and-pelvis"], [Concern::Fracture]);
        assert!(!settings.red_flags.contains_key("knee"));
        assert!(!settings.red_flags.contains_key("hip-and-pelvic"));
        let helps: Vec<&str> = problems
            .iter()
            .map(|problem| problem.help.as_str())
            .collect();
        assert_eq!(problems.len(), 3, "{problems:#?}");
        assert!(helps.contains(&"did you mean `vascular`?"), "{helps:?}");
        assert!(
            helps.contains(&"did you mean `hip-and-pelvis`?"),
            "{helps:?}"
        );
        assert!(
            problems
                .iter()
                .any(|problem| problem.message.contains("`Knee Joint`")),
            "{problems:#?}"
        );
        assert!(
            problems
                .iter()
                .any(|problem| problem.message.contains("no list until it is fixed")),
            "{problems:#?}"
        );
    }

    #[test]
    fn a_region_is_checked_against_its_list_the_nearest_or_none() {
        use super::Coverage;
        let settings = settings();
        assert!(matches!(
            settings.coverage("hip-and-pelvis"),
            Coverage::Listed(_)
        ));
        assert!(matches!(
            settings.coverage("hip-and-pelvic"),
            Coverage::Nearest {
                region: "hip-and-pelvis",
                ..
            }
        ));
        assert_eq!(settings.coverage("knee"), Coverage::Unlisted);
    }
}
