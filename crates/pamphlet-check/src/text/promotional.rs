//! Advertising and calls to action ("sign up", "buy now", "here's how to get
//! started"), which have no place in patient information.

use std::sync::LazyLock;

use super::phrases::{PatternSet, PhraseMatch, Token, phrase_match, tokenize};

/// The advertising phrases and calls to action in `text`, in order.
///
/// Matching is case-insensitive, on whole words, with curly apostrophes
/// treated like straight ones. Only phrases that are advertising wherever they
/// appear are listed: a single business word such as "streamline", or advice
/// such as "book an appointment with your GP" or "call 999", is not reported.
/// Stray text without such a phrase is left to the off-topic check.
pub(crate) fn promotional_phrases(text: &str) -> Vec<PhraseMatch> {
    promotional_phrases_in(text, &tokenize(text))
}

/// [`promotional_phrases`] of `text` already split into its `tokens`.
pub(crate) fn promotional_phrases_in(text: &str, tokens: &[Token<'_>]) -> Vec<PhraseMatch> {
    static SET: LazyLock<PatternSet<'static>> =
        LazyLock::new(|| PatternSet::new(PROMOTIONAL_PATTERNS));
    SET.find(tokens)
        .into_iter()
        .filter_map(|span| phrase_match(text, tokens, span))
        .collect()
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
    fn odd_input_does_not_panic() {
        for text in ["", "here’s", "sign", "’’ up", "🙂 buy now 🙂"] {
            let _ = promotional_phrases(text);
        }
        assert_eq!(phrases("🙂 buy now 🙂"), ["buy now"]);
    }
}
