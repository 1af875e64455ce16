//! Adverts recognised by their shape rather than by a fixed phrase: a discount code, a
//! bargain price, a sponsor named as a tagline, a trade name before the kind of product
//! it is, an event with tickets or places. `promotional.rs` asks these when no
//! advertising phrase is found.

use std::ops::Range;

use super::phrases::PhraseMatch;
use super::sentences::Sentence;
use super::words::alphanumeric_runs;

/// One field as the shape tests read it: its text, its sentences and its words, each
/// found once and shared by every test (each test splitting the text again was most of
/// the advert rule's time).
pub(super) struct FieldText<'t> {
    text: &'t str,
    sentences: &'t [Sentence],
    /// The words of the whole text, with their byte ranges in it, in order.
    words: Vec<(Range<usize>, &'t str)>,
}

impl<'t> FieldText<'t> {
    pub(super) fn new(text: &'t str, sentences: &'t [Sentence]) -> FieldText<'t> {
        FieldText {
            text,
            sentences,
            words: alphanumeric_runs(text).collect(),
        }
    }

    /// The words inside `range` of the text (a sentence's), with ranges in the text.
    fn words_in(&self, range: &Range<usize>) -> &[(Range<usize>, &'t str)] {
        let first = self
            .words
            .partition_point(|(word, _)| word.start < range.start);
        let end = self
            .words
            .partition_point(|(word, _)| word.end <= range.end);
        self.words.get(first..end.max(first)).unwrap_or_default()
    }
}

/// Whether `word` is one of `list` (lowercase, ASCII) in any letter case, without
/// lowercasing the word into a new string.
fn one_of(list: &[&str], word: &str) -> bool {
    list.iter().any(|each| each.eq_ignore_ascii_case(word))
}

fn phrase_at(text: &str, range: Range<usize>) -> Option<PhraseMatch> {
    let phrase = text.get(range.clone())?.to_owned();
    Some(PhraseMatch { range, phrase })
}

/// A discount code as shops write them: three or more capitals then two or three digits
/// ("HEEL15", "BREATHE20"). Medical names written so ("COVID19", "SPF30") are not codes.
pub(super) fn promo_code(field: &FieldText<'_>) -> Option<PhraseMatch> {
    field.words.iter().find_map(|(range, word)| {
        let letters = word.chars().take_while(char::is_ascii_uppercase).count();
        let digits = word.len() - letters;
        let is_code = letters >= 3
            && (2..=3).contains(&digits)
            && word[letters..].chars().all(|ch| ch.is_ascii_digit())
            && !matches!(&word[..letters], "COVID" | "SPF" | "ICD" | "FEV");
        if is_code {
            phrase_at(field.text, range.clone())
        } else {
            None
        }
    })
}

/// A price offered as a bargain ("for just £19", "only $4.99", "from €10", "was £25") or
/// by the month ("£4.99 a month"). A price alone ("a prescription costs £9.90") is
/// information, not an offer.
pub(super) fn offer_price(text: &str) -> Option<PhraseMatch> {
    const OFFER_WORDS: &[&str] = &["just", "only", "from", "was", "now", "save", "saving"];
    text.char_indices()
        .filter(|(at, ch)| {
            matches!(ch, '£' | '$' | '€')
                && text[at + ch.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(|next| next.is_ascii_digit())
        })
        .find_map(|(at, _)| {
            // The word just before the sign, found from the sign back (not by splitting
            // all the text before it, which made a text of many prices quadratic).
            let gap = text[..at].trim_end();
            let word_start = gap
                .char_indices()
                .rev()
                .take_while(|(_, ch)| ch.is_alphanumeric() || *ch == '\'' || *ch == '’')
                .last()
                .map_or(gap.len(), |(start, _)| start);
            let (word_range, word) = (word_start..gap.len(), &gap[word_start..]);
            let offer = OFFER_WORDS.contains(&word.to_lowercase().as_str());
            let end = at
                + text[at..]
                    .char_indices()
                    .skip(1)
                    .find(|(_, ch)| !(ch.is_ascii_digit() || *ch == '.'))
                    .map_or(text.len() - at, |(offset, _)| offset);
            // A price by the month is a subscription: "£4.99 a month".
            // Only the next few characters can say "a month".
            let after: String = text[end..]
                .trim_start()
                .chars()
                .take(12)
                .collect::<String>()
                .to_lowercase();
            // "£5 off your first order" is a discount however it is worded.
            let discount =
                after.starts_with("off") && !after[3..].starts_with(char::is_alphanumeric);
            let monthly = [
                "a month",
                "per month",
                "monthly",
                "/month",
                "a week",
                "per week",
            ]
            .iter()
            .any(|period| after.starts_with(period));
            if discount {
                let gap = text[end..].len() - text[end..].trim_start().len();
                return phrase_at(text, at..end + gap + "off".len());
            }
            if monthly {
                return phrase_at(text, at..end);
            }
            offer.then(|| phrase_at(text, word_range.start..end))?
        })
}

/// A sponsor named by its trade name: "supported by AirWise", "sponsored by Kneedle"
/// (a capitalised name straight after "by", not an acronym such as "the NHS").
pub(super) fn sponsor_name(field: &FieldText<'_>) -> Option<PhraseMatch> {
    let (text, words) = (field.text, &field.words);
    // Asked once for the text, not once per word: a field of many words stays linear.
    let this_text = std::cell::OnceCell::new();
    let speaks_of_this_text = || {
        *this_text.get_or_init(|| {
            words.iter().any(|(_, word)| {
                ["this", "our", "today's", "today’s"]
                    .iter()
                    .any(|this| word.eq_ignore_ascii_case(this))
            })
        })
    };
    words.windows(3).find_map(|trio| {
        let [(first, verb), (_, by), (name_range, name)] = trio else {
            return None;
        };
        if !by.eq_ignore_ascii_case("by") {
            return None;
        }
        let backs = [
            "supported",
            "funded",
            "sponsored",
            "presented",
            "powered",
            "made",
        ]
        .iter()
        .any(|backer| verb.eq_ignore_ascii_case(backer));
        let named = name.chars().next().is_some_and(char::is_uppercase)
            && name.chars().skip(1).any(char::is_lowercase);
        if !(backs && named) {
            return None;
        }
        // A tagline ("Supported by AirWise.") or a sponsor of this very text; research
        // "supported by" a charity is a citation.
        let tagline = text[..first.start].trim_end().is_empty_or_ends_a_sentence();
        (tagline || speaks_of_this_text()).then(|| phrase_at(text, first.start..name_range.end))?
    })
}

/// Whether a text before a word leaves that word at the start of a sentence.
trait EndsASentence {
    fn is_empty_or_ends_a_sentence(&self) -> bool;
}

impl EndsASentence for str {
    fn is_empty_or_ends_a_sentence(&self) -> bool {
        self.is_empty() || self.ends_with(['.', '!', '?', ':', '\n'])
    }
}

/// A trade name before the kind of product it names, in a sentence that sells:
/// "StepWell insoles", "Orchard Vital tart cherry capsules are 25% off". A capitalised
/// word inside a sentence (not its first, nor after "a", which says what kind of thing
/// it is: "a Velcro strap") within four words of a product noun, with a seller's word
/// in the same sentence.
pub(super) fn product_name(field: &FieldText<'_>) -> Option<PhraseMatch> {
    const PRODUCTS: &[&str] = &[
        "insole",
        "insoles",
        "balm",
        "cream",
        "creams",
        "gel",
        "gels",
        "spray",
        "tablets",
        "capsules",
        "gummies",
        "sleeve",
        "sleeves",
        "strap",
        "straps",
        "brace",
        "braces",
        "pillow",
        "pillows",
        "tea",
        "teas",
        "drops",
        "oil",
        "oils",
        "supplement",
        "supplements",
        "mat",
        "roller",
        "rollers",
        "wrap",
        "wraps",
        "kit",
        "kits",
        "device",
        "monitor",
        "meter",
        "socks",
        "shoes",
        "splint",
        "cushion",
        "patches",
        // Gadgets.
        "gun",
        "guns",
        "massager",
        "massagers",
        "tracker",
        "trackers",
        "band",
        "bands",
        "belt",
        "lamp",
        // Other forms a product is sold in: a remedy, a cushion, a device for the home.
        "cup",
        "cups",
        "ball",
        "balls",
        "pad",
        "pads",
        "stick",
        "sticks",
        "lotion",
        "ointment",
        "serum",
        "powder",
        "concentrate",
        "juice",
        "seat",
        "seats",
        "chair",
        "chairs",
        "mattress",
        "topper",
        "purifier",
        "purifiers",
        "humidifier",
        "machine",
    ];
    const SELLING: &[&str] = &[
        "try",
        "new",
        "yours",
        "today",
        "now",
        "favourite",
        "favorite",
        "love",
        "loved",
        "handy",
        "order",
        "buy",
        "shop",
        "stock",
        "stockists",
        "available",
        "deal",
        "offer",
        "off",
        "save",
        "price",
        "online",
        "delivery",
        "sizes",
        "range",
        // A gadget's selling points.
        "speeds",
        "settings",
        "modes",
        "rechargeable",
        "wireless",
        "motor",
        "battery",
        "waterproof",
        "colours",
        "colors",
        // A seller's praise and promises: the choice people switch to, the difference
        // you will feel, the thanks your back will give.
        "choice",
        "solution",
        "switching",
        "swear",
        "thank",
        "everywhere",
        "difference",
        // How handy it is.
        "portable",
        "compact",
        "travel",
        "handbag",
        "pocket",
        "lightweight",
        "washable",
        "reusable",
        // Getting one.
        "pick",
        "swap",
        "grab",
    ];
    let text = field.text;
    for sentence in field.sentences {
        let words = field.words_in(&sentence.range);
        let mut selling: Vec<String> = words
            .iter()
            .filter(|(_, word)| one_of(SELLING, word))
            .map(|(_, word)| word.to_lowercase())
            .collect();
        selling.dedup();
        if selling.is_empty() {
            continue;
        }
        // Two of a seller's words make a sentence sell beyond doubt: then a name after
        // "a" is a trade name too ("swap your chair for an Ergoloft seat and your back
        // will thank you").
        let sells_hard = selling.len() >= 2;
        for (index, (range, word)) in words.iter().enumerate().skip(1) {
            let capitalised = word.chars().next().is_some_and(char::is_uppercase)
                && word
                    .chars()
                    .skip(1)
                    .all(|ch| !ch.is_uppercase() || ch.is_lowercase())
                && word.chars().skip(1).any(char::is_lowercase);
            // A sentence's first word is capitalised whatever it is.
            let at_start = text[sentence.range.start..range.start]
                .trim_end()
                .ends_with(['.', '!', '?', ':']);
            // "a Velcro strap" says what kind of strap; a product pushed is named.
            let after_article = words[index - 1].1.eq_ignore_ascii_case("a")
                || words[index - 1].1.eq_ignore_ascii_case("an");
            if !capitalised || at_start || (after_article && !sells_hard) {
                continue;
            }
            let product = words[index + 1..]
                .iter()
                .take(4)
                .find(|(_, next)| one_of(PRODUCTS, next));
            if let Some((product_range, _)) = product {
                return phrase_at(text, range.start..product_range.end);
            }
        }
    }
    None
}

/// An event to book: a kind of event ("workshop", "open day", "talk") in a sentence
/// about tickets, registering or places ("tickets are on sale", "places are limited").
pub(super) fn event_booking(field: &FieldText<'_>) -> Option<PhraseMatch> {
    const EVENTS: &[&str] = &[
        "workshop",
        "workshops",
        "seminar",
        "seminars",
        "talk",
        "talks",
        "class",
        "classes",
        "course",
        "session",
        "sessions",
        "event",
        "events",
        "conference",
        "bootcamp",
        "meetup",
        "clinic",
        "day",
        "evening",
        "q&a",
        "livestream",
        "stream",
        "retreat",
        "retreats",
    ];
    const BOOKING: &[&str] = &[
        "tickets",
        "ticket",
        "register",
        "registration",
        "rsvp",
        "reserve",
        "admission",
        "entry",
        "places",
        "spaces",
        "seats",
        "spot",
    ];
    for sentence in field.sentences {
        let words = field.words_in(&sentence.range);
        // Few sentences speak of booking: the events are looked for only in those.
        let Some(booking) = words.iter().position(|(_, word)| one_of(BOOKING, word)) else {
            continue;
        };
        if let Some(event) = words.iter().position(|(_, word)| one_of(EVENTS, word)) {
            let (first, last) = (event.min(booking), event.max(booking));
            return phrase_at(field.text, words[first].0.start..words[last].0.end);
        }
    }
    None
}
