//! `promotional-text` (PAM703): advertising or a call to buy or sign up.

use crate::codes::Rule;
use crate::rules::records::TextField;
use crate::rules::{Finding, Target};
use crate::text::phrases::Token;
use crate::text::promotional::promotional_phrases_in;

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
    /// hashtag, "like and share", "tag a friend").
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

pub(crate) fn check(field: &TextField<'_>, tokens: &[Token<'_>], findings: &mut Vec<Finding>) {
    for phrase in promotional_phrases_in(field.text, tokens) {
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
