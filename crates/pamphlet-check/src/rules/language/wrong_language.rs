//! `wrong-language` (PAM605): the text is plainly in another language than `language`
//! says.

use std::sync::OnceLock;

use pamphlet_schema::primary_language;

use crate::codes::Rule;
use crate::rules::Finding;
use crate::rules::records::TextField;
use crate::text::WordMap;
use crate::text::languages::COMMON_WORDS;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That the topic's text is in the language its `language` tag names, as far as the
    /// commonest small words of English, Spanish, French, German, Portuguese and Italian
    /// tell (`the`, `and` / `el`, `los` / `le`, `les` / `der`, `und` / ...). A word
    /// counts for a language only when it belongs to no other language's list, so `de`
    /// or `que` decide nothing. The rule fires when one language's words are at least
    /// one word in twelve of the text and three times as many as those of the declared
    /// language; for a language without a list, when another language's are.
    ///
    /// ## Why it matters
    /// The tag decides the handout's headings and `/Lang`, the voice a screen reader
    /// reads with, and which original a translation is compared in. An English file
    /// labelled `es` (a copy made to start a translation, say) would be handed to
    /// Spanish readers with Spanish headings over English advice.
    ///
    /// ## Example
    /// ```yaml
    /// language: es
    /// summary: A trigger point is a sore spot in a tight band of muscle.
    /// ```
    ///
    /// ## How to fix
    /// Set `language` to the language the file is written in, or finish translating it.
}

/// Each word that belongs to exactly one language's list, with that language's index,
/// and the characters of the longest; made once per process.
fn distinctive_words() -> &'static (WordMap<&'static str, usize>, usize) {
    static DISTINCTIVE: OnceLock<(WordMap<&'static str, usize>, usize)> = OnceLock::new();
    DISTINCTIVE.get_or_init(|| {
        let words = owned_words();
        let longest = words
            .keys()
            .map(|word| word.chars().count())
            .max()
            .unwrap_or(0);
        (words, longest)
    })
}

fn owned_words() -> WordMap<&'static str, usize> {
    let mut owners: WordMap<&'static str, Option<usize>> = WordMap::default();
    for (index, (_, _, words)) in COMMON_WORDS.iter().enumerate() {
        for word in *words {
            owners
                .entry(word)
                .and_modify(|owner| {
                    if *owner != Some(index) {
                        *owner = None;
                    }
                })
                .or_insert(Some(index));
        }
    }
    owners
        .into_iter()
        .filter_map(|(word, owner)| Some((word, owner?)))
        .collect()
}

pub(crate) fn check(language: &str, fields: &[TextField<'_>], findings: &mut Vec<Finding>) {
    let declared = primary_language(language);
    if declared.is_empty() {
        return;
    }
    // No listed word has more than `longest` characters, and lowercasing never makes a
    // word shorter: a longer word is not looked up.
    let (distinctive, longest) = distinctive_words();
    let mut counts = vec![0usize; COMMON_WORDS.len()];
    let mut words = 0usize;
    let mut lowered = String::new();
    for field in fields {
        for word in field
            .text
            .split(|ch: char| !ch.is_alphabetic())
            .filter(|word| !word.is_empty())
        {
            words += 1;
            if word.len() > *longest && word.chars().count() > *longest {
                continue;
            }
            // Most words are ASCII with no capital: looked up as written, with no copy.
            let lowercase = if word
                .bytes()
                .all(|byte| byte.is_ascii() && !byte.is_ascii_uppercase())
            {
                word
            } else {
                lowered.clear();
                if word.is_ascii() {
                    // Lowercased a byte at a time, as `to_lowercase` would.
                    lowered.push_str(word);
                    lowered.make_ascii_lowercase();
                } else {
                    lowered.extend(word.chars().flat_map(char::to_lowercase));
                }
                lowered.as_str()
            };
            if let Some(owner) = distinctive.get(lowercase) {
                counts[*owner] += 1;
            }
        }
    }
    let declared_index = COMMON_WORDS
        .iter()
        .position(|(code, _, _)| *code == declared);
    let declared_count = declared_index.map_or(0, |index| counts[index]);
    let Some((best, best_count)) = counts
        .iter()
        .copied()
        .enumerate()
        .filter(|(index, _)| Some(*index) != declared_index)
        .max_by_key(|(_, count)| *count)
    else {
        return;
    };
    let plain = best_count * 12 >= words && best_count >= 12;
    if !plain || best_count < declared_count * 3 {
        return;
    }
    let (code, name, _) = COMMON_WORDS[best];
    let against = match declared_index {
        Some(index) => format!(
            ", against {declared_count} {} one(s)",
            COMMON_WORDS[index].1
        ),
        None => String::new(),
    };
    findings.push(
        Finding::new(
            Rule::WrongLanguage,
            "/language",
            format!(
                "the text reads as {name}, not `{}`: {best_count} of its {words} words are common {name} words{against}",
                language.trim()
            ),
        )
        .help(format!(
            "set `language` to the language the file is written in (`{code}` for {name}), or finish translating the text"
        )),
    );
}
