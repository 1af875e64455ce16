//! Advertising and calls to action ("sign up", "buy now", "here's how to get
//! started"), which have no place in patient information.

use std::sync::LazyLock;

use super::advert_shapes::{
    FieldText, event_booking, named_app, offer_price, product_name, promo_code, sponsor_name,
    tracked_link,
};
use super::phrases::{PatternSet, PhraseMatch, Token, phrase_match, tokenize};
use super::sentences::{Sentence, sentences};

/// The advertising phrases and calls to action in `text`, in order.
///
/// Matching is case-insensitive, on whole words, with curly apostrophes
/// treated like straight ones. Only phrases that are advertising wherever they
/// appear are listed: a single business word such as "streamline", or advice
/// such as "book an appointment with your GP" or "call 999", is not reported.
/// Stray text without such a phrase is left to the off-topic check.
pub(crate) fn promotional_phrases(text: &str) -> Vec<PhraseMatch> {
    promotional_phrases_in(text, &tokenize(text), &sentences(text))
}

/// [`promotional_phrases`] of `text` already split into its `tokens` and `sentences`.
pub(crate) fn promotional_phrases_in(
    text: &str,
    tokens: &[Token<'_>],
    sentences: &[Sentence],
) -> Vec<PhraseMatch> {
    static SET: LazyLock<PatternSet<'static>> =
        LazyLock::new(|| PatternSet::new(PROMOTIONAL_PATTERNS));
    let mut found: Vec<PhraseMatch> = SET
        .find(tokens)
        .into_iter()
        .filter(|span| !alerts_from_others(tokens, span))
        .filter_map(|span| phrase_match(text, tokens, span))
        .collect();
    if found.is_empty() {
        found.extend(social_handle(text).or_else(|| tracked_link(text)));
    }
    if found.is_empty() {
        found.extend(brand_with_sales_words(text, sentences));
    }
    if found.is_empty() {
        // The shape tests share one reading of the text's words.
        let field = FieldText::new(text, sentences);
        found.extend(
            promo_code(&field)
                .or_else(|| offer_price(text))
                .or_else(|| sponsor_name(&field))
                .or_else(|| product_name(&field))
                .or_else(|| named_app(&field))
                .or_else(|| event_booking(&field)),
        );
    }
    found
}

/// Whether "sign up" at token range `span` tells the reader of alerts someone else sends
/// ("some weather services let you sign up for pollen alerts"), which is advice: the
/// reader is the one who signs up, for alerts or reminders, and the text's own publisher
/// ("our", "us") is not the one asking.
fn alerts_from_others(tokens: &[Token<'_>], span: &std::ops::Range<usize>) -> bool {
    const ALERTS: &[&str] = &[
        "alert",
        "alerts",
        "reminder",
        "reminders",
        "warning",
        "warnings",
        "forecast",
        "forecasts",
    ];
    let word = |at: usize| tokens.get(at).map_or("", |token| &*token.text);
    if !matches!(word(span.start), "sign" | "signing") {
        return false;
    }
    let before = tokens[span.start.saturating_sub(3)..span.start]
        .iter()
        .any(|token| token.text == "you");
    let after = tokens[span.end.min(tokens.len())..]
        .iter()
        .take(5)
        .take_while(|token| !token.is_break());
    let mut alerts = false;
    for token in after {
        alerts |= ALERTS.contains(&&*token.text);
    }
    let ours = tokens
        .iter()
        .any(|token| matches!(&*token.text, "our" | "us" | "we" | "my"));
    before && alerts && !ours
}

/// A social-media handle or hashtag: "@HappyHeelsClinic", "#KneeStrongChallenge" (an
/// e-mail address, with letters before its "@", is not one).
fn social_handle(text: &str) -> Option<PhraseMatch> {
    text.char_indices()
        .filter(|(_, mark)| matches!(mark, '@' | '#'))
        .find_map(|(start, _)| {
            let before = text[..start].chars().next_back();
            if before.is_some_and(char::is_alphanumeric) {
                return None;
            }
            let rest = &text[start + 1..];
            let length = rest
                .find(|ch: char| !(ch.is_alphanumeric() || ch == '_'))
                .unwrap_or(rest.len());
            let name = &rest[..length];
            let lettered = name.chars().next().is_some_and(char::is_alphabetic);
            (lettered && name.len() >= 3).then(|| PhraseMatch {
                range: start..start + 1 + length,
                phrase: text[start..start + 1 + length].to_owned(),
            })
        })
}

/// A trade name written as one word with a capital inside ("ArchEase", "GripGuard") in a
/// sentence that also sells: names a price, a size, an offer, an order or a seller's
/// praise. Either alone is common in honest text ("EpiPen", "you can buy it at a
/// pharmacy"); together they are a product placement.
fn brand_with_sales_words(text: &str, sentences: &[Sentence]) -> Option<PhraseMatch> {
    const SALES_WORDS: &[&str] = &[
        "order",
        "buy",
        "shop",
        "price",
        "prices",
        "£",
        "$",
        "€",
        "sizes",
        "pro",
        "elite",
        "plus",
        "premium",
        "range",
        "recommend",
        "tasty",
        "pump",
        "pack",
        "packs",
        "online",
        "app",
        "install",
        "download",
        "subscription",
        // A gadget's selling points.
        "rechargeable",
        "wireless",
        "speeds",
        "motor",
    ];
    for sentence in sentences {
        let part = &text[sentence.range.clone()];
        let Some(brand) = part
            .split(|ch: char| !ch.is_alphanumeric())
            .find(|word| is_camel_case(word))
        else {
            continue;
        };
        let lower = part.to_lowercase();
        let sells = lower
            .split(|ch: char| !(ch.is_alphanumeric() || matches!(ch, '£' | '$' | '€')))
            .any(|word| SALES_WORDS.contains(&word))
            || lower.contains(['£', '$', '€'])
            || made_by_us(&lower);
        if sells {
            let start = sentence.range.start + part.find(brand)?;
            return Some(PhraseMatch {
                range: start..start + brand.len(),
                phrase: brand.to_owned(),
            });
        }
    }
    None
}

/// Whether a sentence (in lower case) has its maker speak: "we designed", "our team
/// developed". Said of a named product, that is its maker's advert.
fn made_by_us(lower: &str) -> bool {
    const MAKING: &[&str] = &[
        "designed",
        "developed",
        "created",
        "invented",
        "formulated",
        "engineered",
        "made",
        "make",
        "built",
    ];
    let mut words = lower
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty());
    let mut before = "";
    words.any(|word| {
        let maker = matches!(before, "we" | "team") && MAKING.contains(&word);
        before = word;
        maker
    })
}

/// "ArchEase", "RefluGone": a capital, two or more small letters, then another capital;
/// Scottish and Irish names ("McKenzie", "MacArthur", "O'Neill") are not trade names.
pub(super) fn is_camel_case(word: &str) -> bool {
    // Read in place: this is asked of every word of every sentence.
    let mut letters = word.chars();
    if !letters.next().is_some_and(char::is_uppercase)
        || word.chars().nth(4).is_none()
        || word.starts_with("Mc")
        || word.starts_with("Mac")
    {
        return false;
    }
    // Two small letters in a row, then a capital, after the first letter.
    let mut small_run = 0;
    letters.any(|letter| {
        if letter.is_uppercase() && small_run >= 2 {
            return true;
        }
        small_run = if letter.is_lowercase() {
            small_run + 1
        } else {
            0
        };
        false
    })
}

/// Patterns in the notation of [`super::phrases::PatternSet`].
const PROMOTIONAL_PATTERNS: &[&str] = &[
    "here's|heres how to get started",
    "here is how to get started",
    "get|getting started today|now",
    "start|begin|claim your free trial",
    "sign|signing up",
    "signup|signups",
    "subscribe*",
    "subscription|subscriptions",
    "buy|order|shop|purchase now|today",
    "add to cart|basket",
    "click|tap here|below|now",
    "click|tap ~2 link",
    "free trial|trials|shipping|delivery|gift|consultation",
    "limited time|offer|offers",
    "discount*",
    "promo|promos",
    "promo code|codes",
    "coupon*|voucher|vouchers",
    "use|enter code",
    "visit our website|store|shop|site|page|blog|channel",
    "call now",
    "call us now|today",
    "download the|our app|application",
    "download now|today",
    "get the app",
    "app store",
    "google play",
    "book now|today",
    "act now|fast|today",
    "hurry",
    "don't|dont miss out",
    "while stocks|supplies last",
    "special|exclusive offer|offers|deal|deals|price|prices",
    "best price|prices|deal|deals",
    "money back",
    "follow us",
    "join us",
    "money can buy",
    "best|finest|leading|top ~3 on the market",
    "our comprehensive|ultimate|complete guide",
    // Newsletters and mailing lists.
    "join ~2 readers|subscribers|members",
    "join ~2 others who",
    "our weekly|monthly|fortnightly|daily ~2 tips|digest|bulletin|email|emails|letter|round|roundup|update|updates|newsletter",
    // The next issue of a bulletin: "don't miss our next injury-prevention bulletin".
    "our next|latest|free ~3 bulletin|bulletins|digest|newsletter|issue|edition|mailout|roundup",
    // Tips sent by email: "get our skin-care tips every Friday by email".
    "tips|recipes|news|updates|ideas|offers ~4 by|via email|e-mail",
    "don't|dont miss our|my",
    "sent|delivered ~3 every|each week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning",
    "enter|drop|pop|leave ~1 your email",
    "unsubscribe*",
    "mailing list|lists",
    "newsletter|newsletters|digest|mailing",
    "to|your inbox",
    "your email ~1 address|in",
    "email address ~2 to get|receive",
    // Products: praise as a seller writes it.
    "bestselling|best-selling|bestseller",
    "best selling|seller",
    "loved by",
    "ships|shipped within|in|today",
    "in stock",
    "stock up",
    "our range|products",
    "makers of",
    // Apps and software.
    "app|apps stores",
    "both app",
    "install ~4 on your",
    "rated ~3 stars",
    "stars by|from",
    "premium",
    "on phone|mobile and tablet|desktop",
    "costs less than",
    // Prices and discounts.
    "half price|half-price",
    "price|prices ~1 drop|cut|cuts|slashed",
    "summer|winter|spring|autumn|january|anniversary|flash|clearance sale",
    "sale ends",
    "sale now on",
    "on sale",
    "checkout",
    "multibuy",
    "multi buy",
    "bundle|bundles and save",
    "get|claim|grab|order|unlock ~2 yours",
    "grab|snap ~1 yours",
    "grab|snap ~2 bargain|bargains|deal|deals",
    "% off",
    "per cent off",
    "save ~2 %",
    "save ~2 on ~3 with",
    "the|with|using code",
    "buy one|two|three ~5 free",
    "today only",
    "this|that week|weekend|month only",
    "for the price of one|1",
    "for just|only £|$|€",
    "mention this leaflet|guide|page|article",
    // Events.
    "webinar|webinars|masterclass|masterclasses|summit",
    "register now|today|here",
    "tickets|ticket ~2 sale",
    "early bird|early-bird",
    "places|seats|spaces are ~1 limited",
    "spaces|places|seats fill fast|quickly",
    "reserve|save|book ~1 seat|spot|place|your",
    "live q",
    // Affiliate links.
    "if you buy|shop|purchase ~4 through|via|using|from ~2 link|links",
    "through|via our|these|the|my links",
    "at no extra|additional cost",
    "we ~2 earn|receive|paid ~6 if|when you buy|click|shop|purchase",
    "editors|editor's pick|picks",
    "commission|commissions",
    "affiliate|affiliates",
    "referral fee|fees",
    "qualifying purchases",
    "retail partner|partners",
    "no extra cost to you",
    "product links",
    "a share of each|every sale",
    "earn ~2 from ~2 purchases|sales|links",
    "earn us|we earn",
    "small fee",
    // The publisher paid by the seller, in other words: "shops that pay us", "we may be
    // paid", "sends us a cut of the sale", "a small slice of the price supports our work".
    "pay|pays|paid us",
    "we ~2 paid",
    "us a|an ~2 cut|percentage|slice|reward|kickback",
    "cut|slice|percentage of ~2 sale|sales|price",
    // The buttons and links that take a reader to a shop.
    "buy|shopping|shop button|buttons|links",
    "cost|costs you nothing ~1 extra|more",
    "link|links|linked to ~2 shop|shops|store|stores|retailer|retailers|seller|sellers",
    "partner store|stores|shop|shops|pharmacy|pharmacies|retailer|retailers|site|sites",
    "teamed|teaming up with",
    // What the reader's purchase is said to pay for.
    "support|supports|fund|funds|funding our|this work|site|writing|journalism|guide",
    "keep|keeps this ~1 guide|site|page|article free",
    "today's price|prices",
    // Software, subscriptions and downloads.
    "available on|for ios|android|iphone|ipad|windows|mac|macos|pc|linux|smartphones",
    "for|on windows|mac|pc and|or mac|windows|pc|ios|android",
    "our ~2 software",
    "in app purchase|purchases",
    "free to download",
    "free for ~1 7|14|30 days",
    // A trial by the month: "free for the first month", "first week free".
    "free for the first ~1 month|months|week|weeks|year|fortnight",
    "first month|week|year|fortnight free",
    "download our|your free",
    "free ebook|checklist|printable|printables",
    "free e book",
    // Mailing lists, in other words.
    "never miss ~2 issue|update|updates|tip|tips|post|posts|episode|offer|offers",
    "be the first to know|hear|try|get",
    "stay in the loop",
    // Events, in other words.
    "save the date",
    "free entry",
    "doors open",
    "live on instagram|facebook|youtube|tiktok",
    "catch us live",
    "go|going live",
    // Products, in a seller's words.
    "award winning",
    "new formula",
    "new and improved",
    "as seen on|in",
    "trusted by ~2 customers|mums|athletes|runners|families|users",
    "star reviews|rating",
    "customers love|say",
    "our customers",
    "shop the",
    "on|from|at amazon",
    "at no cost to you",
    // Sponsorship.
    "partnered|partnering with",
    "made possible by",
    "educational|unrestricted grant",
    "brought to you by",
    "sponsored|sponsors|sponsor|sponsorship",
    "paid partnership",
    "proud partner|partners",
    "proud ~2 partner|partners|sponsor|sponsors|supporter|supporters|supplier|suppliers",
    "official partner|partners|sponsor|sponsors|supplier|suppliers",
    "proud to partner|sponsor|support|present|bring",
    "in association|partnership with",
    "presented|powered by",
    "courtesy of",
    "thanks|grateful to ~4 for their support|funding|sponsorship",
    // Social media.
    "us|me on instagram|facebook|tiktok|youtube|twitter|pinterest|snapchat|linkedin|threads",
    "our instagram|facebook|tiktok|youtube|twitter|pinterest|snapchat|linkedin|threads",
    "link in bio",
    "follow ~4 on instagram|facebook|tiktok|youtube|twitter|pinterest|snapchat|linkedin|threads",
    "in our bio",
    "dm|message us",
    "drop ~2 comment|comments|emoji",
    "in the comments",
    "double tap",
    "our community|followers",
    "like and share",
    "like ~1 share ~2 post",
    "share ~3 post|page|story",
    "tag a friend|us",
    "swipe up",
    "giveaway|giveaways",
    "be featured",
    "this post",
    "our page|channel|feed|group",
    "comment below",
    "follow for more",
    "hit|smash ~1 subscribe|like|follow",
    "turn on notifications",
    "join the conversation",
    "use the hashtag",
    "tag someone|your friends",
    "hit like",
    "in my bio",
    "dm me",
    // Where to buy it, in a seller's words.
    "all good pharmacies|chemists|retailers|stores|shops",
    "ask for it by name",
    "limited stock|edition",
    "our online shop|store",
    "next day delivery|dispatch",
    "treat yourself",
    "perfect|ideal gift",
    // A seller's clichés: "the natural choice for people who", "at the touch of a
    // button", "the ones our own podiatrists wear".
    "the natural|obvious|smart|clever|ideal|perfect choice|companion|partner",
    "at|with the touch|push|press|click of a button",
    "our own ~1 physios|physiotherapists|podiatrists|doctors|nurses|team|staff|experts|therapists|trainers|pharmacists|coaches wear|use|swear|love|trust|choose|recommend",
    "shop|browse our|my",
    // Podcasts and channels.
    "our podcast|podcasts|vlog",
    "new episode|episodes",
    // Calls to get the product now: "Get it now", "grab yours today".
    "get|grab|order|download|buy it|yours now",
    // Subscriptions and apps: plans, upgrades and members' extras.
    "cancel anytime",
    "cancel any time",
    "upgrade now|today",
    "upgrade to ~1 pro|premium|plus|gold|full|unlimited",
    "unlock ~2 features|exercises|programme|program|plans|content|workouts|sessions|access",
    "members only",
    "exclusive to ~1 members|subscribers|readers|customers",
    "your first order|purchase|box|delivery",
    // Referral and affiliate disclosures in other words.
    "refer a friend",
    "referral code|codes|link|links|bonus|reward|rewards",
    "partner link|links|code|codes",
    // Sponsor lines and paid content.
    "advertisement|advertorial",
    "paid promotion|promotions|post|posts|content",
    "promoted post|content",
    // Ticketed events.
    "pay|payable|tickets|entry|admission on the door",
    "1*|2*|3*|4*|5*|6*|7*|8*|9* on the door",
    "refreshments|lunch|drinks included|provided|served",
    "tickets ~1 just|only",
    "grab|buy|book ~1 your tickets|seat|spot",
    "book|booking onto|into our",
    // Coupons and multi-buys.
    "buy one|1 get one|1",
    "bogof",
    "2|3|two|three for 1|2|one|two deal|deals|offer|offers",
    "offer|deal|sale ends|expires|closes",
    // Spanish.
    "compre|cómprelo|cómpralo|compra ahora|ya|hoy",
    "suscrí*|suscri*",
    "oferta|ofertas especial|especiales|exclusiva|exclusivas|limitada|limitadas",
    "por tiempo limitado",
    "descuento*",
    "código|códigos promocional|promocionales",
    "código|códigos de descuento",
    "cupón|cupones",
    "envío|envíos gratis|gratuito|gratuitos",
    "haga|haz clic|click",
    "pulse|pinche aquí",
    "visite|visita nuestra|nuestro tienda|web|página|sitio|blog|canal",
    "síganos|síguenos",
    "descargue|descarga|descárguese nuestra|la app|aplicación",
    "no se lo pierda|pierdas",
    "hasta agotar existencias",
    "el mejor precio",
    "los mejores precios",
    "únase|únete a nuestro|nuestra",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(text: &str) -> Vec<String> {
        promotional_phrases(text)
            .into_iter()
            .map(|found| found.phrase)
            .collect()
    }

    #[test]
    fn finds_spanish_adverts_and_lets_honest_spanish_through() {
        for text in [
            "Suscríbase a nuestro boletín mensual.",
            "Oferta especial: 20 % de descuento esta semana.",
            "Use el código promocional CADERA10.",
            "Envío gratis en todos los pedidos.",
            "Visite nuestra tienda en línea.",
            "Síganos en las redes sociales.",
            "Compre ahora antes de que se acabe.",
        ] {
            assert!(!phrases(text).is_empty(), "{text}");
        }
        for honest in [
            "Llame al número de emergencias si no puede mover la pierna.",
            "Pida una cita con su médico si el dolor sigue.",
            "Puede comprar ibuprofeno en la farmacia sin receta.",
            "Pregunte a su fisioterapeuta qué ejercicios le convienen.",
        ] {
            assert!(
                phrases(honest).is_empty(),
                "{honest}: {:?}",
                phrases(honest)
            );
        }
    }

    #[test]
    fn finds_the_wider_families_of_advert() {
        for (text, phrase) in [
            // Makers speaking of their named product.
            (
                "That is why our team developed the SpineSure seat wedge.",
                "SpineSure",
            ),
            ("We engineered TendoFlex to move with you.", "TendoFlex"),
            // A gadget's selling points.
            (
                "The Pulsewave Mini massager is rechargeable and fits in a bag.",
                "Pulsewave Mini massager",
            ),
            (
                "Try the Thermo Calm heat belt, with three settings.",
                "Thermo Calm heat belt",
            ),
            // Calls to get it now, plans and members' extras.
            ("Our sleep coach app is ready. Grab it now.", "Grab it now"),
            ("Plans start at £3, cancel anytime.", "cancel anytime"),
            (
                "Upgrade to Premium for the full routine.",
                "Upgrade to Premium",
            ),
            (
                "Unlock all 200 exercises with a yearly plan.",
                "Unlock all 200 exercises",
            ),
            ("Extra videos are for members only.", "members only"),
            // Referral, affiliate and paid content.
            (
                "Refer a friend and you both get a month free.",
                "Refer a friend",
            ),
            ("Use my referral link for a free band.", "referral link"),
            ("Advertisement: the Coolwrap ice sleeve.", "Advertisement"),
            ("This is a paid promotion.", "paid promotion"),
            // Ticketed events.
            ("Entry £8, pay on the door.", "pay on the door"),
            ("Spaces are £12 on the door.", "12 on the door"),
            (
                "Refreshments provided for all who come.",
                "Refreshments provided",
            ),
            ("Book onto our pilates weekend by the sea.", "Book onto our"),
            // Coupons and multi-buys.
            (
                "Buy one get one half price on all wraps.",
                "Buy one get one",
            ),
            ("Three for two offer on heat pads.", "Three for two offer"),
            ("Take £5 off any knee sleeve.", "£5 off"),
            ("The offer ends on Sunday.", "offer ends"),
            // Where to buy it, and podcasts.
            ("Available from all good chemists.", "all good chemists"),
            ("Order by noon for next day delivery.", "next day delivery"),
            ("Listen to our podcast for more tips.", "our podcast"),
        ] {
            assert_eq!(
                phrases(text).first().map(String::as_str),
                Some(phrase),
                "{text}"
            );
        }
    }

    #[test]
    fn look_alikes_of_the_wider_families_are_not_adverts() {
        for honest in [
            "We designed this guide with people who have back pain.",
            "The EpiPen is designed to work through clothing.",
            "A TENS machine has several settings; start on the lowest.",
            "Get it checked now if the lump grows.",
            "Download the form from the hospital website, or ask at reception.",
            "You can cancel or move your appointment at any time.",
            "Ask your GP for a referral letter to the physiotherapy team.",
            "Put a note on the door so that visitors knock.",
            "Parking tickets are sold at the main entrance.",
            "Take 2 tablets for 3 days, then stop.",
            "A prepayment certificate costs £114.50 a year.",
            "The exercise class is free; ask your physiotherapist about it.",
            "Follow the instructions on the pack.",
            "Buying medicines from an online shop you do not know can be risky.",
            "Ask your pharmacist for the name of a suitable cream.",
            "Only take one tablet every four hours, and never more than four in a day.",
        ] {
            assert!(
                phrases(honest).is_empty(),
                "{honest}: {:?}",
                phrases(honest)
            );
        }
    }

    /// Affiliate links said in other words than "affiliate" and "commission": the seller
    /// pays the publisher, a button takes the reader to a shop, the purchase funds the
    /// site. A name, a price or a shop said honestly is not one.
    #[test]
    fn finds_affiliate_links_in_other_words() {
        for advert in [
            "Some of the products we mention are linked to shops that pay us when you buy.",
            "Tap the strap's name to see it at our partner store, which sends us a cut of the sale.",
            "We test every brace ourselves, and we are paid when readers buy through our buttons.",
            "Buying with the button below costs you nothing extra and keeps this guide free.",
        ] {
            assert!(!phrases(advert).is_empty(), "{advert}");
        }
        for honest in [
            "Sumatriptan is sold under brand names such as Imigran; a pharmacist can sell some packs.",
            "A pack of ibuprofen from a supermarket costs about the same as the branded kind.",
            "Insoles from a high-street shop often help as much as ones that cost hundreds of pounds.",
            "Your care team will link you to a local exercise class.",
            "Is a knee brace from the chemist worth the money?",
        ] {
            assert!(
                phrases(honest).is_empty(),
                "{honest}: {:?}",
                phrases(honest)
            );
        }
    }

    /// A trade name before the kind of product it is, in a sentence with a seller's praise
    /// or promise; after "a", only when the sentence sells twice over.
    #[test]
    fn finds_trade_names_in_marketing_copy() {
        for advert in [
            "Step into Heelora gel heel cups and feel the difference from your very first walk.",
            "Physios everywhere are switching to the Tendra compression sleeve.",
            "Swap your office chair for an Ergoloft saddle seat and your back will thank you.",
        ] {
            assert!(!phrases(advert).is_empty(), "{advert}");
        }
        for honest in [
            "A Velcro strap is easy to adjust, and you can swap it for a tighter one.",
            "Insoles or heel cups you can buy from a pharmacy or shoe shop, worn inside supportive shoes.",
            "A tennis ball works as well as a massage ball sold for the purpose.",
        ] {
            assert!(
                phrases(honest).is_empty(),
                "{honest}: {:?}",
                phrases(honest)
            );
        }
    }

    #[test]
    fn finds_product_boasts() {
        assert_eq!(
            phrases(
                "Try Deep Blue, the best oil blend money can buy. It is the top brand on the market."
            ),
            ["money can buy", "top brand on the market"]
        );
    }

    #[test]
    fn finds_marketing_copy() {
        assert_eq!(
            phrases(
                "Discover effective relief in our comprehensive guide. Join us as we uncover more."
            ),
            ["our comprehensive guide", "Join us"]
        );
    }

    #[test]
    fn finds_each_style_of_advert_and_lets_advice_through() {
        for advert in [
            "Follow @HeelHelpers for a daily stretch.",
            "Post your progress with #HipStrong.",
            "The FlexiStep insole comes in three sizes: order yours online.",
            "We may earn a commission from links on this page.",
            "This page is brought to you by a pillow maker.",
            "Join our webinar on Tuesday: places are limited.",
            "Get 20% off with the code HIP20.",
            "Get our tips straight to your inbox.",
        ] {
            assert!(!phrases(advert).is_empty(), "{advert}");
        }
        for honest in [
            "Carry your EpiPen with you at all times.",
            "The McKenzie exercises may help some people with back pain.",
            "You can buy ibuprofen at a pharmacy without a prescription.",
            "Physiotherapy is free on the NHS in the UK.",
            "Write to us at clinic@example.org if you have questions.",
            "Your pharmacist can check how you use your inhaler.",
            "Step 2: hold the stretch for 30 seconds.",
        ] {
            assert!(
                phrases(honest).is_empty(),
                "{honest}: {:?}",
                phrases(honest)
            );
        }
    }

    #[test]
    fn finds_adverts_by_their_structure() {
        for (advert, phrase) in [
            // A discount code, a bargain price, a sale.
            ("Type KNEEJOY25 at the till.", "KNEEJOY25"),
            ("Sessions for only £15 this month.", "only £15"),
            ("All heel cups are half price this week.", "half price"),
            // A sponsor named as a tagline or as the backer of this text.
            ("Supported by Flexora.", "Supported by Flexora"),
            (
                "This plan is supported by Hipwell Health.",
                "supported by Hipwell",
            ),
            // A trade name before the kind of product, in a sentence that sells.
            (
                "Try Soothora cooling gel, now in a bigger tube.",
                "Soothora cooling gel",
            ),
            // An event with tickets or places.
            (
                "Tickets for our spring back-care talk are going fast.",
                "Tickets for our spring back-care talk",
            ),
            // Social media, newsletters and affiliate links.
            ("Find us on Instagram for daily tips.", "us on Instagram"),
            (
                "Our monthly tips email lands on the first Monday.",
                "Our monthly tips",
            ),
            (
                "If you buy through these links we get a small cut.",
                "If you buy through these links",
            ),
            (
                "Thanks to Knitwell for their support.",
                "Thanks to Knitwell for their support",
            ),
            // In other words: software, mailing lists, events, sellers, sponsors.
            ("The full plan costs £3.99 a month.", "£3.99"),
            ("Now available on iOS and Android.", "available on iOS"),
            (
                "Be the first to hear about new stretches.",
                "Be the first to hear",
            ),
            ("Save the date: 4 May, town hall.", "Save the date"),
            ("Our award-winning cushion is back.", "award-winning"),
            (
                "This leaflet was made possible by Gelwise.",
                "made possible by",
            ),
        ] {
            assert_eq!(phrases(advert), [phrase], "{advert}");
        }
        for honest in [
            "A prescription costs £9.90 in England, but many people get theirs free.",
            "Research supported by Versus Arthritis found that exercise helps.",
            "Your pharmacist can recommend a wrist splint with a Velcro strap.",
            "Nurofen tablets cost more than plain ibuprofen tablets.",
            "You can find exercise videos on YouTube, but check who made them.",
            "Ask your GP about a balance class; the physio team runs one each week.",
            "Your FEV1 and COVID-19 vaccines are checked at the asthma review.",
            "A prepayment certificate can cut the cost if you need many prescriptions.",
            "Ice packs are cheap to buy from a supermarket.",
            "Never miss a dose of your preventer inhaler.",
        ] {
            assert!(
                phrases(honest).is_empty(),
                "{honest}: {:?}",
                phrases(honest)
            );
        }
    }

    #[test]
    fn finds_calls_to_action_with_curly_apostrophes() {
        assert_eq!(
            phrases("Here’s how to get started."),
            ["Here’s how to get started"]
        );
        assert_eq!(
            phrases("HERE IS HOW TO GET\nSTARTED"),
            ["HERE IS HOW TO GET STARTED"]
        );
        let text = "Sign up today! Subscribe to our newsletter, click here or buy now. Start your free \
                    trial: a limited time discount with promo code HIP10 and a coupon. Visit our website, \
                    call now, download the app or book now. Act now, special offer!";
        assert_eq!(
            phrases(text),
            [
                "Sign up",
                "Subscribe",
                "newsletter",
                "click here",
                "buy now",
                "Start your free trial",
                "limited time",
                "discount",
                "promo code",
                "coupon",
                "Visit our website",
                "call now",
                "download the app",
                "book now",
                "Act now",
                "special offer",
            ]
        );
    }

    #[test]
    fn ranges_point_at_the_phrase() {
        let text = "Pain eases. Get started today.";
        let found = promotional_phrases(text);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].range.clone()], "Get started today");
    }

    #[test]
    fn ordinary_advice_is_not_promotional() {
        let advice = [
            "Linear helps streamline software projects.",
            "Book an appointment with your GP if the pain lasts.",
            "Call 999 if you cannot move your leg.",
            "Sign language interpreters are available.",
            "To get started with the exercises, lie on your back.",
            "Health promotion helps people stay active.",
            "Visit your doctor.",
        ];
        for text in advice {
            assert!(phrases(text).is_empty(), "{text}: {:?}", phrases(text));
        }
    }

    #[test]
    fn trade_names_have_a_capital_after_two_small_letters() {
        for name in ["ArchEase", "RefluGone", "EpiPen", "ÉclairPlus", "SoleMate2"] {
            assert!(super::is_camel_case(name), "{name}");
        }
        for word in [
            "Archease",
            "iPhone",
            "AbCdef",
            "NHS",
            "Abc1De",
            "McKenzie",
            "MacArthur",
            "ÁbC",
            "",
        ] {
            assert!(!super::is_camel_case(word), "{word}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in ["", "here’s", "sign", "’’ up", "🙂 buy now 🙂"] {
            let _ = promotional_phrases(text);
        }
        assert_eq!(phrases("🙂 buy now 🙂"), ["buy now"]);
    }

    /// Trade names known by their shape with no seller's word: after "a" before a piece
    /// of kit, with a model number or word, or with a capital inside; and a seller's
    /// clichés, bulletins, platforms, official partners and tagged links.
    #[test]
    fn finds_trade_names_by_their_shape_and_sellers_cliches() {
        for (text, phrase) in [
            (
                "Rest your neck on a Cloudara memory foam pillow.",
                "Cloudara memory foam pillow",
            ),
            (
                "Track your steps with the Pacelo 2 fitness tracker.",
                "Pacelo 2 fitness tracker",
            ),
            (
                "Physios like the Kneeva Plus support brace for stairs.",
                "Kneeva Plus support brace",
            ),
            ("Rub in a little JointEase gel before bed.", "JointEase gel"),
            (
                "It is the natural choice for busy parents.",
                "the natural choice",
            ),
            (
                "Warm your back at the press of a button.",
                "at the press of a button",
            ),
            ("It is the one our own physios use.", "our own physios use"),
            ("Browse our range of heel cups.", "Browse our"),
            (
                "Read our latest bulletin for more tips.",
                "our latest bulletin",
            ),
            ("Don't miss our spring talk.", "Don't miss our"),
            (
                "Available for Windows, Mac and Android.",
                "Available for Windows",
            ),
            ("It runs on Windows or Mac.", "on Windows or Mac"),
            (
                "We are proud official supporters of the youth league.",
                "proud official supporters",
            ),
            (
                "Official supplier to the county netball league.",
                "Official supplier",
            ),
            (
                "Find them at heelshop.example/cups?ref=guide12.",
                "heelshop.example/cups?ref=guide12",
            ),
            (
                "See example.org/brace?size=m&utm_source=leaflet for sizes.",
                "example.org/brace?size=m&utm_source=leaflet",
            ),
        ] {
            assert_eq!(
                phrases(text).first().map(String::as_str),
                Some(phrase),
                "{text}"
            );
        }
    }

    #[test]
    fn look_alikes_of_trade_name_shapes_and_cliches_are_not_adverts() {
        for honest in [
            "Wear a Velcro wrist splint at night.",
            "Sit on a Swiss ball to exercise your back.",
            "Branded painkillers such as Nurofen tablets cost more.",
            "Take two 200 mg tablets with food.",
            "Your physio may fit an Aircast walking boot.",
            "Ask Dr Patel for a splint.",
            "Carry your EpiPen in your bag.",
            "Some weather services let you sign up for pollen alerts.",
            "You can sign up for text reminders from your GP surgery.",
            "Don't miss your next dose.",
            "Search nhs.uk/search?q=asthma for the NHS page.",
            "The natural course of the condition is to settle.",
            "Press the button on the inhaler once.",
            "Our own physiotherapists run the class.",
        ] {
            assert!(
                phrases(honest).is_empty(),
                "{honest}: {:?}",
                phrases(honest)
            );
        }
    }

    /// A trade name before the kit it names with only describing words between, a name
    /// with what it is beside it, a flavoured product line, an app named after
    /// "download", trials by the month, tips by email, multi-buys and social pages.
    #[test]
    fn finds_described_kit_apposed_names_apps_and_offers() {
        for (text, phrase) in [
            (
                "Keep your feet warm in the Toastra heated slipper socks.",
                "Toastra heated slipper socks",
            ),
            (
                "Reach for Calmeze, the lavender roll that fits any pocket.",
                "Calmeze, the lavender roll",
            ),
            (
                "Sip a mug of Gingera lemon tonic after meals.",
                "Gingera lemon tonic",
            ),
            (
                "Type with the Keyra wrist rest under your palms.",
                "Keyra wrist rest",
            ),
            (
                "Download Sleepwell to time your wind-down routine.",
                "Download Sleepwell",
            ),
            (
                "The full programme is free for the first month.",
                "free for the first month",
            ),
            (
                "Get our best recipes by email every Sunday.",
                "recipes by email",
            ),
            (
                "Buy two heat pads for the price of one.",
                "for the price of one",
            ),
            (
                "This weekend only: a band with every brace.",
                "This weekend only",
            ),
            (
                "Follow the clinic on Instagram for daily stretches.",
                "Follow the clinic on Instagram",
            ),
        ] {
            assert_eq!(
                phrases(text).first().map(String::as_str),
                Some(phrase),
                "{text}"
            );
        }
    }

    #[test]
    fn look_alikes_of_described_kit_apps_and_offers_are_not_adverts() {
        for honest in [
            "Use a Volumatic spacer with your inhaler.",
            "Apply Epaderm ointment thinly.",
            "Take Nurofen soluble tablets with a glass of water.",
            "Download the NHS App to order your repeat prescriptions.",
            "Cherry Active, a cherry concentrate, has not been shown to help.",
            "A Tubigrip bandage gives light support.",
            "Follow the advice on the leaflet.",
            "Tell your GP about any new symptoms by email or phone.",
            "Off-the-shelf insoles from Boots or a sports shop often help.",
            "Give the ankle a rest on a cushion after exercise.",
        ] {
            assert!(
                phrases(honest).is_empty(),
                "{honest}: {:?}",
                phrases(honest)
            );
        }
    }
}
