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
