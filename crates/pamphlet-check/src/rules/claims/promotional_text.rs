//! `promotional-text` (PAM703): advertising or a call to buy or sign up.

use crate::codes::Rule;
use crate::rules::records::TextField;
use crate::rules::{Finding, Target};
use crate::text::cues::{Kind, SentenceCues};
use crate::text::phrases::Token;
use crate::text::promotional::promotional_phrases_in;
use crate::text::sentences::Sentence;
use crate::text::words::Run;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That the text holds no advertising or call to action: "sign up", "buy now", "free
    /// trial", "here's how to get started", "promo code", "visit our store" and similar,
    /// and their Spanish counterparts ("suscríbase", "oferta especial", "código
    /// promocional", "envío gratis", "síganos"), in text of any language. It knows the
    /// forms adverts take: a product (a seller's praise such as "bestselling", or a trade
    /// name written with a capital inside, "ArchEase", in a sentence that names a price,
    /// an order or sizes), an app ("rated 4.8 stars", "on both app stores"), a newsletter
    /// ("straight to your inbox"), a discount ("20% off", "with the code"), an event
    /// ("webinar", "places are limited"), an affiliate link ("we may earn a commission"),
    /// a sponsorship ("brought to you by", "sponsored by") and social media (a handle or
    /// hashtag, "like and share", "tag a friend"). It also knows adverts by their shape:
    /// a discount code ("HEEL15"), a bargain price ("for just £19", "half price", "summer
    /// sale"), a sponsor named as a tagline or as the backer of this text ("Supported by
    /// AirWise"), a trade name before the kind of product it is in a sentence that sells
    /// ("StepWell insoles ... order yours"), an event with tickets or places, a reader
    /// count or a regular email ("join 20,000 readers", "our weekly tips"), a page on a
    /// social network ("follow us on Instagram"), a link that pays ("if you buy
    /// through these links"), a price by the month ("£3.99 a month"), an app store
    /// ("available on iOS"), a seller's boast ("award-winning", "as seen on TV") and a
    /// backer's credit ("made possible by"). Also a maker speaking of its named product
    /// ("we designed the PosturaFlex cushion"), a gadget's selling points ("six
    /// speeds", "rechargeable"), a call to get it now ("get it now"), a plan or an
    /// upgrade ("cancel anytime", "upgrade to premium", "members only"), a referral
    /// ("refer a friend", "referral code"), paid content ("advertisement", "paid
    /// promotion"), a ticketed event ("£10 on the door", "refreshments provided",
    /// "book onto our retreat") and a multi-buy or discount ("buy one get one", "£5
    /// off", "offer ends"). A trade name whose shape says so needs no seller's word: one
    /// after "a" before a piece of kit ("a Menthara roll-on stick"), one with a model
    /// number or word ("the Purilo 300 air purifier", "the Flexlane Pro knee sleeve"),
    /// or one with a capital inside before the kind of product ("UrateClear capsules");
    /// so does a name before a piece of kit with only describing words between ("the
    /// Lumbarest heated seat pad"), a name with what it is beside it ("Temple Ease, the
    /// menthol stick"), a product line in a flavour or kind ("Uricalm cherry tonic"; a
    /// dose form, "Nurofen soluble tablets", names a medicine) and an app named straight
    /// after "download".
    /// So do a seller's clichés ("the natural choice", "at the touch of a button", "the
    /// ones our own podiatrists wear", "shop our"), a bulletin's next issue ("don't miss
    /// our next bulletin"), software for a platform ("available for Windows and Mac"),
    /// an official partner or proud supporter, a trial by the month ("free for the first
    /// month"), tips by email, a multi-buy ("for the price of one", "this week only"), a
    /// social page ("follow our team on TikTok"), and a web address with a referral tag
    /// ("…?ref=heartwise22"). A price alone ("a prescription costs £9.90"), research
    /// "supported by" a charity, a kind of thing ("a Velcro strap", "a Swiss ball"), a
    /// brand given as an example ("such as Nurofen tablets") and alerts someone else
    /// sends ("weather services let you sign up for pollen alerts") are not adverts.
    ///
    /// In an English topic, a sentence with none of these phrases may still read as an
    /// advert by its words: a model learnt from the labelled corpus in `tests/heuristics/`
    /// weighs each word, pair of words and shape (a price, a handle, a trade name) of the
    /// sentence, and the finding names the three that weighed most (the words as written,
    /// or a shape such as "a capital inside a word"). Its threshold stands above every
    /// honest sentence it was tested on.
    ///
    /// ## Why it matters
    /// Text pasted from web pages often carries adverts. On a handout they mislead the
    /// reader into thinking the clinic endorses a product, and they erode trust in the
    /// medical advice around them.
    ///
    /// ## Example
    /// "Linear helps streamline software projects, sprints, tasks, and bug tracking.
    /// Here's how to get started."
    ///
    /// ## How to fix
    /// Delete the sentence. If a product really is part of the advice, describe it
    /// neutrally and cite the evidence for it.
}

pub(crate) fn check(
    field: &TextField<'_>,
    tokens: &[Token<'_>],
    sentences: &[Sentence],
    runs: &[Run<'_>],
    cues: &[SentenceCues],
    findings: &mut Vec<Finding>,
) {
    let phrases = promotional_phrases_in(field.text, tokens, sentences, runs);
    // A sentence without an advert's phrase may still read as one by its cues.
    for sentence in cues {
        let has_phrase = phrases
            .iter()
            .any(|phrase| sentence.overlaps(&phrase.range));
        if has_phrase {
            continue;
        }
        if let Some(read) = sentence.reads_as(Kind::Advert, field.text) {
            findings.push(
                Finding::read_as(
                    Rule::PromotionalText,
                    field,
                    "an advert",
                    sentence.range.clone(),
                    &read,
                )
                .help(
                    "delete the promotional sentence; if it is advice, say it plainly, without \
                     a brand, an offer or a call to buy",
                ),
            );
        }
    }
    for phrase in phrases {
        findings.push(
            Finding::new(
                Rule::PromotionalText,
                field.pointer.clone(),
                format!(
                    "`{}` contains advertising or a call to action: \"{}\"",
                    field.name, phrase.phrase
                ),
            )
            .help("delete the promotional sentence; a handout gives advice, not adverts")
            .target(Target::Text(phrase.range)),
        );
    }
}
