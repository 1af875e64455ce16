//! Adverts recognised by their shape rather than by a fixed phrase: a discount code, a
//! bargain price, a sponsor named as a tagline, a trade name before the kind of product
//! it is, an event with tickets or places. `promotional.rs` asks these when no
//! advertising phrase is found.

use std::ops::Range;

use super::phrases::PhraseMatch;
use super::sentences::Sentence;
use super::words::{Run, begins_as_a_name, is_name};

/// One field as the shape tests read it: its text, its sentences and its words, each
/// found once and shared by every test (each test splitting the text again was most of
/// the advert rule's time).
pub(super) struct FieldText<'t> {
    text: &'t str,
    sentences: &'t [Sentence],
    /// The words of the whole text (its [`super::words::alphanumeric_runs`]), with their byte ranges
    /// in it, in order.
    words: &'t [Run<'t>],
}

impl<'t> FieldText<'t> {
    pub(super) fn new(
        text: &'t str,
        sentences: &'t [Sentence],
        words: &'t [Run<'t>],
    ) -> FieldText<'t> {
        FieldText {
            text,
            sentences,
            words,
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
    // Most fields name no price: each sign has a byte of its own to look for first ("$",
    // or the first byte of "£" and of "€"), which costs less than reading characters.
    if !text.bytes().any(|byte| matches!(byte, b'$' | 0xC2 | 0xE2)) {
        return None;
    }
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

/// A web address that carries a referral or tracking tag ("shop.example.com/reflux?ref=
/// heartwise22", "…?aff=12", "…&utm_source=guide"): the link pays whoever tagged it.
pub(super) fn tracked_link(text: &str) -> Option<PhraseMatch> {
    const TAGS: &[&str] = &[
        "ref",
        "aff",
        "affid",
        "aff_id",
        "affiliate",
        "tag",
        "partner",
        "via",
        "refid",
        "coupon",
    ];
    if !text.contains('=') {
        return None;
    }
    let mut offset = 0;
    for chunk in text.split_inclusive(char::is_whitespace) {
        let start = offset;
        offset += chunk.len();
        let address = chunk
            .trim_end()
            .trim_end_matches(['.', ',', ';', ':', ')', '!']);
        let Some((_, query)) = address.split_once('?') else {
            continue;
        };
        let tracked = query.split('&').any(|pair| {
            let key = pair.split_once('=').map_or("", |(key, _)| key);
            one_of(TAGS, key) || key.to_ascii_lowercase().starts_with("utm_")
        });
        if tracked && address.contains(['.', '/']) {
            return phrase_at(text, start..start + address.len());
        }
    }
    None
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
        if !(backs && begins_as_a_name(name)) {
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
///
/// Some names need no seller's word, as their shape says they are trade names: one
/// written with a capital inside ("ArchNova insoles"), one with a model number or a
/// model word after it ("the Purilo 300 air purifier", "the Flexlane Pro knee sleeve"),
/// and one after "a" before a piece of kit ("a Menthara roll-on stick", "a Slumbrelift
/// wedge pillow") unless the name is one everyday speech uses for the kind of thing
/// ("a Velcro strap", "a Swiss ball"). A name given as an example of a kind ("such as
/// Nurofen tablets", "brands like Tubigrip") is information, not a push.
pub(super) fn product_name(field: &FieldText<'_>) -> Option<PhraseMatch> {
    let text = field.text;
    for sentence in field.sentences {
        let words = field.words_in(&sentence.range);
        // Whether the sentence sells, and whether it sells hard: two of a seller's words
        // make a sentence sell beyond doubt, and then a name after "a" is a trade name too
        // ("swap your chair for an Ergoloft seat and your back will thank you"). Asked
        // only of a name before a product, which few sentences have.
        let selling = std::cell::OnceCell::new();
        let sells = || {
            *selling.get_or_init(|| {
                let mut sold: Vec<String> = words
                    .iter()
                    .filter(|(_, word)| one_of(SELLING, word))
                    .map(|(_, word)| word.to_lowercase())
                    .collect();
                sold.dedup();
                (!sold.is_empty(), sold.len() >= 2)
            })
        };
        for (index, (range, word)) in words.iter().enumerate() {
            // Most words are in small letters and name nothing: asked first, so that a
            // sentence of them costs a glance at each first letter.
            if !word.starts_with(char::is_uppercase) {
                continue;
            }
            let camel = super::promotional::is_camel_case(word);
            let capitalised = camel || is_name(word);
            // A sentence's first word is capitalised whatever it is; a word with a capital
            // inside is a name wherever it stands.
            let at_start = text[sentence.range.start..range.start]
                .trim_end()
                .is_empty_or_ends_a_sentence();
            if !capitalised || (at_start && !camel) || one_of(EVERYDAY_NAMES, word) {
                continue;
            }
            let before = |back: usize| index.checked_sub(back).map_or("", |at| words[at].1);
            // "a Velcro strap" says what kind of strap; a product pushed is named.
            let after_article = one_of(&["a", "an"], before(1));
            let as_example = one_of(&["like", "called", "named", "brand", "brands"], before(1))
                || (before(1).eq_ignore_ascii_case("as") && before(2).eq_ignore_ascii_case("such"));
            if as_example {
                continue;
            }
            let Some((offset, (product_range, product))) = words[index + 1..]
                .iter()
                .take(4)
                .enumerate()
                .find(|(_, (_, next))| one_of(PRODUCTS, next) || one_of(KIT, next))
            else {
                continue;
            };
            let kit = one_of(KIT, product);
            let model = offset > 0 && model_after(&words[index + 1..]);
            let between = &words[index + 1..index + 1 + offset];
            let gap = &text[range.end..product_range.start];
            // "the Lumbarest heated seat pad": only words that describe the product
            // between the name and what it is, no "for" or "with" ("ask Dr Patel for a
            // splint").
            let described = !gap.contains([',', ';', ':', '(', ')'])
                && between
                    .iter()
                    .all(|(_, word)| !one_of(FUNCTION_WORDS, word));
            // "Temple Ease, the menthol stick that...": the name, then what it is.
            let apposed = apposed(gap);
            // A remedy the name is a brand of ("Nurofen tablets", "Nurofen Express
            // tablets", "Nurofen soluble tablets") is named honestly; one with a
            // flavour or a kind in small letters before it ("Uricalm cherry tonic") is
            // a product line.
            let flavoured = offset > 0
                && described
                && between.iter().all(|(_, word)| {
                    word.starts_with(char::is_lowercase) && !one_of(DOSE_FORMS, word)
                });
            let pushed = (sells().0 && (!after_article || sells().1))
                || camel
                || (kit && (model || after_article || described))
                || apposed
                || flavoured;
            if pushed {
                return phrase_at(text, range.start..product_range.end);
            }
        }
    }
    None
}

/// Whether the words after a name start with a model number or a model word: "Purilo 300
/// air purifier", "Flexlane Pro knee sleeve". A strength ("Nurofen 200 mg") is a dose.
fn model_after(words: &[(Range<usize>, &str)]) -> bool {
    const MODEL_WORDS: &[&str] = &[
        "pro", "plus", "max", "mini", "lite", "ultra", "elite", "smart", "sport", "go", "air", "x",
        "xl", "se",
    ];
    const UNITS: &[&str] = &[
        "mg",
        "g",
        "mcg",
        "microgram",
        "micrograms",
        "ml",
        "iu",
        "units",
        "mm",
        "cm",
        "percent",
        "hour",
        "hours",
    ];
    let Some((_, first)) = words.first() else {
        return false;
    };
    if one_of(MODEL_WORDS, first) {
        return true;
    }
    first.chars().all(|ch| ch.is_ascii_digit())
        && words.get(1).is_none_or(|(_, unit)| !one_of(UNITS, unit))
}

/// Whether the text between a name and a product noun puts the product beside the name,
/// as what it is: ", the menthol " in "Temple Ease, the menthol stick" (the rest of the
/// name, then a comma, "the" and words that describe the product).
fn apposed(gap: &str) -> bool {
    let Some((name, what)) = gap.split_once(',') else {
        return false;
    };
    let mut what = what.split_whitespace();
    name.split_whitespace()
        .all(|word| word.starts_with(char::is_uppercase))
        && what.next() == Some("the")
        && what.all(|word| !word.contains(',') && !one_of(FUNCTION_WORDS, word))
}

/// Small words that join a name to something other than the product it names: "ask Dr
/// Patel for a splint", "Boots or a pharmacy".
const FUNCTION_WORDS: &[&str] = &[
    "for", "to", "with", "and", "or", "of", "in", "on", "at", "from", "by", "a", "an", "the", "is",
    "are", "was", "were", "will", "can", "may", "about", "your", "my", "our", "their", "his",
    "her", "its", "this", "that", "these", "those", "as", "if", "when", "not", "no", "be", "has",
    "have", "had", "do", "does", "you", "it", "they", "we", "i", "than", "but",
];

/// How a medicine is made up, said between its brand and its form: "Nurofen soluble
/// tablets" names a medicine, not a product line.
const DOSE_FORMS: &[&str] = &[
    "soluble",
    "chewable",
    "effervescent",
    "dispersible",
    "liquid",
    "sugar",
    "free",
    "slow",
    "modified",
    "release",
    "extra",
    "strength",
    "junior",
    "infant",
    "children's",
    "max",
    "express",
    "plus",
    "nasal",
    "eye",
    "ear",
];

/// Names that everyday speech uses for a kind of thing, and the places and people that
/// name a kind: "a Velcro strap", "a Swiss ball", "an Achilles heel pad".
const EVERYDAY_NAMES: &[&str] = &[
    "velcro",
    "tubigrip",
    "lycra",
    "thermos",
    "vaseline",
    "bluetooth",
    "epsom",
    "pilates",
    "swiss",
    "swedish",
    "nordic",
    "chinese",
    "japanese",
    "indian",
    "thai",
    "achilles",
    "thomas",
    "tens",
    "nhs",
    // Shops named as where to buy something.
    "boots",
    "superdrug",
    "lloyds",
];

/// Kinds of product sold as medicines or remedies, which honest text names with their
/// brands ("Nurofen tablets"): a brand before one pushes it only in a sentence that sells.
const PRODUCTS: &[&str] = &[
    "balm",
    "cream",
    "creams",
    "gel",
    "gels",
    "spray",
    "tablets",
    "capsules",
    "gummies",
    "tea",
    "teas",
    "drops",
    "oil",
    "oils",
    "supplement",
    "supplements",
    "patches",
    "lotion",
    "ointment",
    "serum",
    "powder",
    "concentrate",
    "juice",
    "tonic",
    "wash",
    "cleanser",
    "shampoo",
    "chewables",
    "lozenges",
    "syrup",
    "shake",
    "shakes",
    "blend",
];

/// Pieces of kit: supports, cushions, gadgets and devices for the home. A trade name
/// before one, after "a" or with a model number, pushes it.
const KIT: &[&str] = &[
    "insole",
    "insoles",
    "sleeve",
    "sleeves",
    "strap",
    "straps",
    "brace",
    "braces",
    "pillow",
    "pillows",
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
    // Other forms a product is sold in: a remedy's stick or roll-on, a cushion, a device
    // for the home.
    "cup",
    "cups",
    "ball",
    "balls",
    "pad",
    "pads",
    "stick",
    "sticks",
    "roll",
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
    "disc",
    "discs",
    "board",
    "boards",
    "glasses",
    "goggles",
    "headband",
    // "the Nervella wrist rest": a rest for a wrist, a foot or the back.
    "rest",
];

/// A seller's words: getting it, its price and range, a gadget's selling points, praise.
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
    "button",
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
    "folds",
    "foldable",
    // Getting one.
    "pick",
    "swap",
    "grab",
];

/// An app to get, named straight after "download" or "install": "Download Breathbook to
/// log your peak flow". Advice names the kind of app ("download the NHS App", "install a
/// step counter").
pub(super) fn named_app(field: &FieldText<'_>) -> Option<PhraseMatch> {
    // Most fields never say "download" or "install".
    if !(field.text.contains("ownload") || field.text.contains("nstall")) {
        return None;
    }
    field.words.windows(2).find_map(|pair| {
        let [(verb_range, verb), (name_range, name)] = pair else {
            return None;
        };
        let named = begins_as_a_name(name) && !one_of(EVERYDAY_NAMES, name);
        let gap = &field.text[verb_range.end..name_range.start];
        (one_of(&["download", "install"], verb) && named && gap.trim().is_empty())
            .then(|| phrase_at(field.text, verb_range.start..name_range.end))?
    })
}

/// Words of booking a place: a sentence about an event is an advert when it has one
/// ([`event_booking`]). The tokens of a field say whether it has any
/// ([`super::phrases::Token::is_on`]).
pub(crate) const BOOKING_WORDS: &[&str] = &[
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
    for sentence in field.sentences {
        let words = field.words_in(&sentence.range);
        // Few sentences speak of booking: the events are looked for only in those.
        let Some(booking) = words
            .iter()
            .position(|(_, word)| one_of(BOOKING_WORDS, word))
        else {
            continue;
        };
        if let Some(event) = words.iter().position(|(_, word)| one_of(EVENTS, word)) {
            let (first, last) = (event.min(booking), event.max(booking));
            return phrase_at(field.text, words[first].0.start..words[last].0.end);
        }
    }
    None
}
