//! The table of rule codes: every rule pamphlet has, in one place. A code is
//! never reused; a retired rule keeps its number.

use crate::diagnostic::Severity;
use crate::rules;

/// The family a rule belongs to, as SPEC §3 groups them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    Load,
    Schema,
    Completeness,
    Sourcing,
    References,
    Currency,
    Language,
    Claims,
    Suppressions,
    Safety,
}

impl Family {
    pub fn title(self) -> &'static str {
        match self {
            Family::Load => "Loading files",
            Family::Schema => "Schema",
            Family::Completeness => "Completeness",
            Family::Sourcing => "Sourcing",
            Family::References => "Reference quality",
            Family::Currency => "Currency and authority",
            Family::Language => "Language and translations",
            Family::Claims => "Claims and stray text",
            Family::Suppressions => "Configuration and suppressions",
            Family::Safety => "Clinical safety",
        }
    }
}

macro_rules! rule_table {
    ($( $variant:ident = $code:literal, $name:literal, $severity:ident, $family:ident, $module:path, $summary:literal; )*) => {
        /// A rule of the checker.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Rule {
            $( $variant, )*
        }

        impl Rule {
            /// Every rule, in code order.
            pub const ALL: &'static [Rule] = &[ $( Rule::$variant, )* ];

            /// The stable code, for example `PAM301`.
            pub fn code(self) -> &'static str {
                match self { $( Rule::$variant => $code, )* }
            }

            /// The kebab-case name, for example `unsourced-record`.
            pub fn name(self) -> &'static str {
                match self { $( Rule::$variant => $name, )* }
            }

            /// The severity used unless `pamphlet.toml` changes it.
            pub fn default_severity(self) -> Severity {
                match self { $( Rule::$variant => Severity::$severity, )* }
            }

            pub fn family(self) -> Family {
                match self { $( Rule::$variant => Family::$family, )* }
            }

            /// One line saying what the rule finds.
            pub fn summary(self) -> &'static str {
                match self { $( Rule::$variant => $summary, )* }
            }

            /// The rule's documentation (Markdown), from the doc comment in its file:
            /// what it checks, why it matters, an example and how to fix it.
            pub fn doc(self) -> &'static str {
                match self { $( Rule::$variant => { use $module as module; module::DOC } )* }
            }
        }
    };
}

rule_table! {
    InvalidYaml = "PAM001", "invalid-yaml", Error, Load, rules::load::invalid_yaml, "The file is not valid YAML.";
    InvalidEncoding = "PAM002", "invalid-encoding", Error, Load, rules::load::invalid_encoding, "The file is not UTF-8 text.";
    DuplicateKey = "PAM003", "duplicate-key", Error, Load, rules::load::duplicate_key, "A mapping names the same key twice.";
    InputTooLarge = "PAM004", "input-too-large", Error, Load, rules::load::input_too_large, "The file is larger, deeper or more repetitive than pamphlet accepts.";
    UnreadableFile = "PAM005", "unreadable-file", Error, Load, rules::load::unreadable_file, "A file or folder of the content tree cannot be read.";
    MissingSchemaComment = "PAM006", "missing-schema-comment", Warning, Load, rules::load::missing_schema_comment, "The file lacks the yaml-language-server schema comment, or its path leads to no schema.";
    MissingBibliography = "PAM007", "missing-bibliography", Error, Load, rules::load::missing_bibliography, "The content tree has no bibliography file.";
    TooManyProblems = "PAM008", "too-many-problems", Warning, Load, rules::load::too_many_problems, "A file has more problems than are shown; the rest are counted.";
    WrongType = "PAM101", "wrong-type", Error, Schema, rules::schema::wrong_type, "A field holds the wrong kind of value.";
    UnknownField = "PAM102", "unknown-field", Error, Schema, rules::schema::unknown_field, "A field is not part of the content model.";
    MissingField = "PAM103", "missing-field", Error, Schema, rules::schema::missing_field, "A required field is absent.";
    InvalidValue = "PAM104", "invalid-value", Error, Schema, rules::schema::invalid_value, "A value is not one the field allows.";
    InvalidId = "PAM105", "invalid-id", Error, Schema, rules::schema::invalid_id, "An id is not a kebab-case ASCII slug.";
    EmptyField = "PAM201", "empty-field", Error, Completeness, rules::completeness::empty_field, "A field that must say something is empty.";
    PlaceholderText = "PAM202", "placeholder-text", Error, Completeness, rules::completeness::placeholder_text, "A field holds placeholder text such as TODO or lorem ipsum.";
    NoRedFlags = "PAM203", "no-red-flags", Error, Completeness, rules::completeness::no_red_flags, "The topic has no \"when to see a doctor\" signs.";
    TooFewTreatments = "PAM204", "too-few-treatments", Error, Completeness, rules::completeness::too_few_treatments, "The topic offers fewer than two treatment choices.";
    NoPatientAction = "PAM205", "no-patient-action", Error, Completeness, rules::completeness::no_patient_action, "The topic gives the reader nothing to do.";
    EmptySection = "PAM206", "empty-section", Error, Completeness, rules::completeness::empty_section, "A section of the topic has no entries.";
    BackwardsWeeks = "PAM207", "backwards-weeks", Error, Completeness, rules::completeness::backwards_weeks, "A recovery phase ends before it starts.";
    UnsourcedRecord = "PAM301", "unsourced-record", Error, Sourcing, rules::sourcing::unsourced_record, "A record that makes a health claim cites no source.";
    DanglingCitation = "PAM302", "dangling-citation", Error, Sourcing, rules::sourcing::dangling_citation, "A record cites a source id the bibliography does not have.";
    UnusedSource = "PAM303", "unused-source", Warning, Sourcing, rules::sourcing::unused_source, "A bibliography entry is cited by no record.";
    DuplicateId = "PAM304", "duplicate-id", Error, Sourcing, rules::sourcing::duplicate_id, "Two topics, records or sources share an id.";
    WeaklySourcedEvidence = "PAM305", "weakly-sourced-evidence", Error, Sourcing, rules::sourcing::weakly_sourced_evidence, "A treatment rated high or moderate evidence cites no research.";
    RepeatedCitation = "PAM306", "repeated-citation", Error, Sourcing, rules::sourcing::repeated_citation, "A record cites the same source twice.";
    MissingLocator = "PAM401", "missing-locator", Error, References, rules::references::missing_locator, "A source has no DOI, PMID, ISBN or URL.";
    MalformedDoi = "PAM402", "malformed-doi", Error, References, rules::references::malformed_doi, "A DOI is not of the form 10.NNNN/suffix.";
    MalformedPmid = "PAM403", "malformed-pmid", Error, References, rules::references::malformed_pmid, "A PMID is not a PubMed number.";
    InvalidIsbn = "PAM404", "invalid-isbn", Error, References, rules::references::invalid_isbn, "An ISBN has the wrong length or a wrong check digit.";
    InvalidUrl = "PAM405", "invalid-url", Error, References, rules::references::invalid_url, "A URL is malformed or not https.";
    MissingAccessDate = "PAM406", "missing-access-date", Error, References, rules::references::missing_access_date, "A webpage source does not say when it was read.";
    FutureDate = "PAM407", "future-date", Error, References, rules::references::future_date, "A source's year or access date is in the future.";
    StaleSource = "PAM408", "stale-source", Warning, References, rules::references::stale_source, "A source is older than the configured age.";
    MissingReview = "PAM501", "missing-review", Error, Currency, rules::currency::missing_review, "The topic has no review record.";
    ReviewOverdue = "PAM502", "review-overdue", Error, Currency, rules::currency::review_overdue, "The topic is past its next clinical review date.";
    ReviewDueSoon = "PAM503", "review-due-soon", Warning, Currency, rules::currency::review_due_soon, "The topic's next clinical review is due soon.";
    ReviewInFuture = "PAM504", "review-in-future", Error, Currency, rules::currency::review_in_future, "The last review date is in the future.";
    ReviewDatesOutOfOrder = "PAM505", "review-dates-out-of-order", Error, Currency, rules::currency::review_dates_out_of_order, "The next review date is not after the last review date.";
    MissingAuthorship = "PAM506", "missing-authorship", Error, Currency, rules::currency::missing_authorship, "The topic names no author or no clinical reviewer.";
    ReadingLevelTooHigh = "PAM601", "reading-level-too-high", Warning, Language, rules::language::reading_level_too_high, "The text is harder to read than the target grade.";
    LongSentence = "PAM602", "long-sentence", Warning, Language, rules::language::long_sentence, "A sentence is too long to read easily.";
    UnprintableText = "PAM603", "unprintable-text", Error, Language, rules::language::unprintable_text, "Text holds characters the handout's fonts cannot draw, or a script it cannot set.";
    InvalidLanguageTag = "PAM604", "invalid-language-tag", Error, Language, rules::language::invalid_language_tag, "The language is not a valid BCP 47 tag of registered subtags.";
    WrongLanguage = "PAM605", "wrong-language", Error, Language, rules::language::wrong_language, "The text is plainly in another language than the topic's language says.";
    UnknownOriginal = "PAM606", "unknown-original", Error, Language, rules::translations::unknown_original, "A translation names no original topic, itself, or another translation.";
    MissingTranslatedRecord = "PAM607", "missing-translated-record", Error, Language, rules::translations::missing_translated_record, "A record of the original is missing from its translation.";
    ExtraTranslatedRecord = "PAM608", "extra-translated-record", Error, Language, rules::translations::extra_translated_record, "A translation has a record its original does not have.";
    DuplicateTranslation = "PAM609", "duplicate-translation", Error, Language, rules::translations::duplicate_translation, "A topic has two translations in one language, or one in its own language.";
    ChangedRedFlagAction = "PAM610", "changed-red-flag-action", Error, Language, rules::translations::changed_red_flag_action, "A translated red flag asks for another action than the original's.";
    StaleTranslation = "PAM611", "stale-translation", Warning, Language, rules::translations::stale_translation, "A translation was last reviewed before its original was.";
    OutdatedTranslation = "PAM612", "outdated-translation", Error, Language, rules::translations::outdated_translation, "A translation still predates its original's last review after the grace period.";
    UntranslatedHandout = "PAM613", "untranslated-handout", Warning, Language, rules::language::untranslated_handout, "The handout's headings and labels are not available in the topic's language.";
    ChangedTranslatedFact = "PAM614", "changed-translated-fact", Error, Language, rules::translations::changed_translated_fact, "A translated record states another evidence level, frequency, category or other fact than the original's.";
    AbsoluteClaim = "PAM701", "absolute-claim", Error, Claims, rules::claims::absolute_claim, "The text makes an absolute health claim such as \"cures\" or \"guaranteed\".";
    OffTopicText = "PAM702", "off-topic-text", Warning, Claims, rules::claims::off_topic_text, "A sentence shares almost no vocabulary with the rest of the topic.";
    PromotionalText = "PAM703", "promotional-text", Warning, Claims, rules::claims::promotional_text, "The text advertises or calls the reader to buy or sign up.";
    HiddenCharacter = "PAM704", "hidden-character", Error, Claims, rules::claims::hidden_character, "The text holds an invisible character that can hide or reorder words.";
    SuppressionWithoutReason = "PAM801", "suppression-without-reason", Error, Suppressions, rules::suppressions::suppression_without_reason, "A suppression gives no reason.";
    UnusedSuppression = "PAM802", "unused-suppression", Warning, Suppressions, rules::suppressions::unused_suppression, "A suppression matches no finding.";
    UnknownRule = "PAM803", "unknown-rule", Error, Suppressions, rules::suppressions::unknown_rule, "A suppression or configuration names a rule that does not exist.";
    InvalidConfig = "PAM804", "invalid-config", Error, Suppressions, rules::suppressions::invalid_config, "pamphlet.toml cannot be read or holds an invalid setting.";
    UncoveredRedFlagCategory = "PAM901", "uncovered-red-flag-category", Error, Safety, rules::safety::uncovered_red_flag_category, "No red flag warns of a serious problem the body region's guides must cover.";
    UnlistedRegion = "PAM902", "unlisted-region", Warning, Safety, rules::safety::unlisted_region, "No red-flag list applies to the topic's body region.";
    MissingMedicineSafety = "PAM903", "missing-medicine-safety", Error, Safety, rules::safety::missing_medicine_safety, "A medicine does not say who should not take it, its side effects or when to stop.";
    UnstatedProcedureHarms = "PAM904", "unstated-procedure-harms", Error, Safety, rules::safety::unstated_procedure_harms, "A procedure does not state its rare but serious harms.";
    UnderstatedUrgency = "PAM905", "understated-urgency", Error, Safety, rules::safety::understated_urgency, "A red flag asks for care later than the problem it screens for allows.";
}

impl Rule {
    /// The rule's documentation as an author reads it: the doc comment without the
    /// space that follows each `///`.
    pub fn documentation(self) -> String {
        self.doc()
            .lines()
            .map(|line| line.strip_prefix(' ').unwrap_or(line))
            .map(|line| format!("{line}\n"))
            .collect()
    }

    /// Finds a rule by its code (`PAM301`, any case) or its name (`unsourced-record`).
    pub fn find(code_or_name: &str) -> Option<Rule> {
        let wanted = code_or_name.trim();
        Rule::ALL
            .iter()
            .copied()
            .find(|rule| rule.code().eq_ignore_ascii_case(wanted) || rule.name() == wanted)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::Rule;

    #[test]
    fn codes_and_names_are_unique_and_well_formed() {
        let mut codes = HashSet::new();
        let mut names = HashSet::new();
        for rule in Rule::ALL {
            assert!(codes.insert(rule.code()), "code {} used twice", rule.code());
            assert!(names.insert(rule.name()), "name {} used twice", rule.name());
            assert!(rule.code().starts_with("PAM") && rule.code().len() == 6);
            assert_eq!(Rule::find(rule.name()), Some(*rule));
            assert_eq!(Rule::find(&rule.code().to_lowercase()), Some(*rule));
        }
    }

    #[test]
    fn every_rule_documents_the_four_headings() {
        for rule in Rule::ALL {
            for heading in [
                "## What it checks",
                "## Why it matters",
                "## Example",
                "## How to fix",
            ] {
                assert!(
                    rule.doc().contains(heading),
                    "{} lacks `{heading}`",
                    rule.code()
                );
            }
        }
    }
}
