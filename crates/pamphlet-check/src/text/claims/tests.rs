use super::*;

fn claims(text: &str) -> Vec<String> {
    absolute_claims(text)
        .into_iter()
        .map(|claim| claim.phrase)
        .collect()
}

#[test]
fn finds_promises_in_everyday_words_and_lets_hedged_ones_through() {
    for text in [
        "Wear these insoles and the pain will never come back.",
        "Triptans always work if you take them early.",
        "100% of our patients improved.",
        "Doctors agree that surgery is best.",
        "There is nothing to worry about.",
        "This is the only treatment you will ever need.",
        "Heartburn is completely harmless.",
        "One injection clears it in a single visit.",
        "It will definitely heal within a fortnight.",
    ] {
        assert!(!claims(text).is_empty(), "{text}");
    }
    for honest in [
        "For many people the pain may never come back.",
        "Most doctors agree that exercise helps.",
        "A sore heel is usually nothing to worry about.",
        "Detox teas have not been shown to lower uric acid.",
        "Heel pain almost always settles within a year.",
        "Miracle cures sold online do not work.",
    ] {
        assert!(claims(honest).is_empty(), "{honest}: {:?}", claims(honest));
    }
}

#[test]
fn finds_each_family_of_overstated_promise() {
    for (text, phrase) in [
        // Permanence.
        (
            "The manipulation puts the disc back in place for good.",
            "for good",
        ),
        (
            "Wear the band and headaches are gone forever.",
            "gone forever",
        ),
        (
            "You will never need painkillers again.",
            "never need painkillers again",
        ),
        (
            "The stretches will stop the pain from ever coming back.",
            "stop the pain from ever",
        ),
        (
            "A nightly splint keeps the numbness from ever returning.",
            "keeps the numbness from ever",
        ),
        // Totality.
        (
            "Everyone who tries our stretches recovers.",
            "Everyone who tries our stretches recovers",
        ),
        (
            "All our patients improved within a month.",
            "All our patients improved",
        ),
        ("The cream is safe for everyone.", "safe for everyone"),
        // Certainty.
        (
            "Research proves that magnets heal tendons.",
            "Research proves",
        ),
        ("Without a doubt, this is the answer.", "Without a doubt"),
        // Completeness and regrowth.
        (
            "The gel heals the tendon completely.",
            "heals the tendon completely",
        ),
        ("The shots grow new cartilage in the knee.", "grow new"),
        // Exclusivity and superiority.
        (
            "Nothing but surgery is the only treatment.",
            "is the only treatment",
        ),
        (
            "Rest: the only thing that helps.",
            "the only thing that helps",
        ),
        ("It works better than any painkiller.", "better than any"),
        // Safety and hype.
        ("There is no risk at all.", "no risk at"),
        ("A revolutionary approach to back pain.", "revolutionary"),
        // Speed and needlessness.
        (
            "Walk freely again in just three days.",
            "in just three days",
        ),
        (
            "After this course there is no need for surgery.",
            "no need for surgery",
        ),
        ("It never fails.", "never fails"),
        ("It treats the root cause of your pain.", "root cause"),
        // Hype.
        (
            "Say goodbye to back pain with one cushion.",
            "Say goodbye to",
        ),
        (
            "No more headaches after the first week.",
            "No more headaches",
        ),
        ("The herbs flush out toxins.", "toxins"),
        // Fatalism and dismissal.
        (
            "Left alone, the pain will only get worse.",
            "only get worse",
        ),
        ("Arthritis inevitably ends in a wheelchair.", "inevitably"),
        ("Physiotherapy never works for this.", "never works"),
        (
            "Back pain is always caused by bad posture.",
            "always caused by",
        ),
        (
            "Heel pain is never anything serious.",
            "is never anything serious",
        ),
        (
            "Nothing can help once the cartilage has gone.",
            "Nothing can help",
        ),
    ] {
        assert_eq!(claims(text), [phrase], "{text}");
    }
}

#[test]
fn finds_the_wider_families_of_overstated_promise() {
    for (text, phrase) in [
        // Never another, without "again".
        (
            "After the operation you will never get another kidney stone.",
            "never get another",
        ),
        (
            "Take the drops and you will never suffer another migraine.",
            "never suffer another",
        ),
        (
            "With this pillow you need never feel another twinge.",
            "never feel another",
        ),
        // Certainty about what a sign means.
        ("A clicking jaw always means arthritis.", "always means"),
        ("Numb toes definitely mean nerve damage.", "definitely mean"),
        (
            "A rash like this invariably signals an allergy.",
            "invariably signals",
        ),
        // Wholly, in a stated short time.
        (
            "The cream clears acne completely in 24 hours.",
            "clears acne completely in 24 hours",
        ),
        (
            "Your back will be fully healed within hours.",
            "fully healed within hours",
        ),
        (
            "The blisters go completely overnight.",
            "completely overnight",
        ),
        // Wholly free of the problem or its treatment.
        (
            "You will be totally symptom-free after one session.",
            "totally symptom-free",
        ),
        (
            "Our patients go permanently pain free.",
            "permanently pain free",
        ),
        ("Become 100% itch-free with this balm.", "100% itch-free"),
        // Another treatment in the place of proper care.
        (
            "Yoga can replace your blood pressure tablets entirely.",
            "replace your blood pressure tablets entirely",
        ),
        (
            "These drops replace steroids completely.",
            "replace steroids completely",
        ),
        (
            "Ditch your painkillers with this routine.",
            "Ditch your painkillers",
        ),
        // Hype in other words.
        ("Nothing beats our heat wrap.", "Nothing beats"),
        ("The spray works instantly.", "works instantly"),
        ("A foolproof way to stop snoring.", "foolproof"),
        ("The gel is side-effect free.", "side-effect free"),
        ("See results in as little as three days.", "in as little as"),
        (
            "You will feel the difference at once.",
            "feel the difference",
        ),
        (
            "Surgery is always the best option.",
            "always the best option",
        ),
        (
            "Nine out of ten physios recommend it.",
            "out of ten physios recommend",
        ),
    ] {
        assert_eq!(claims(text), [phrase], "{text}");
    }
}

#[test]
fn look_alikes_of_the_wider_families_are_fair() {
    for honest in [
        "Many people never have another attack once the dose is right.",
        "You may never get another flare.",
        "Chest pain always means you should call 999.",
        "A fever with a stiff neck always means that you need urgent help.",
        "Tingling does not always mean nerve damage.",
        "Blood in the urine almost always means an infection, but get it checked.",
        "A sprain takes six weeks or more to heal completely.",
        "The numbness wears off completely within a few hours.",
        "Most small cuts heal fully in a day or two.",
        "The aim is not to be completely pain-free but to do more.",
        "Many people are completely pain-free after the operation.",
        "Breathing exercises do not replace your inhalers.",
        "A hip replacement replaces the worn joint completely.",
        "Walking is proven to lower blood pressure a little.",
        "Regular exercise has been proven to reduce the number of falls.",
        "Some people notice a change in as little as a week.",
        "Many people feel the difference after six weeks of exercise.",
        "Surgery is not always the best option.",
        "About 9 out of 10 people get better within a year.",
    ] {
        assert!(claims(honest).is_empty(), "{honest}: {:?}", claims(honest));
    }
    // A seller's "clinically proven" stays a claim whatever it is proven to do.
    assert_eq!(
        claims("Clinically proven to reduce pain."),
        ["Clinically proven"]
    );
    assert_eq!(
        claims("This balm is proven to cure arthritis."),
        ["proven to cure"]
    );
}

#[test]
fn hedged_denied_and_other_uses_of_promise_words_are_fair() {
    for honest in [
        "Surgery relieves symptoms for good in most people.",
        "Stop smoking for good, as it slows healing.",
        "Eat well for good health.",
        "Studies have not proven that magnets help.",
        "Everyone recovers at a different pace.",
        "Not everyone recovers fully.",
        "No medicine is safe for everyone.",
        "There is no magic pill for back pain.",
        "The tingling may never come back.",
        "Most people take allopurinol for life.",
        "Many people find there is no need for surgery.",
        "The swelling may go down in just a few days.",
        "If nothing can help the pain at home, ask about a referral.",
        "Arthritis does not inevitably get worse.",
        "Never work through a sharp pain.",
        "Never ignore a serious headache.",
        "There is no quick fix, but most people improve.",
        "Take no more than eight tablets in a day.",
        "Regular stretches may stop the pain from ever getting as bad again.",
        "Nothing can stop a flare from ever happening.",
        "If the pain ever comes back, start the exercises again.",
        "Keep the splint on at night to stop your wrist from bending.",
    ] {
        assert!(claims(honest).is_empty(), "{honest}: {:?}", claims(honest));
    }
}

#[test]
fn finds_spanish_claims_and_lets_honest_spanish_through() {
    for (text, phrase) in [
        ("Este masaje cura el dolor de cadera.", "cura"),
        ("Resultados garantizados en una semana.", "garantizados"),
        ("Un remedio milagroso para la espalda.", "milagroso"),
        ("Es un tratamiento 100 % natural.", "100 % natural"),
        ("Las agujas son totalmente seguras.", "totalmente seguras"),
        (
            "Elimina el dolor de la cadera para siempre.",
            "Elimina el dolor de la cadera para siempre",
        ),
        (
            "Un método científicamente comprobado.",
            "científicamente comprobado",
        ),
        ("Alivio inmediato con cada sesión.", "Alivio inmediato"),
    ] {
        assert_eq!(claims(text), [phrase], "{text}");
    }
    for honest in [
        "No hay cura para el dolor crónico, pero el ejercicio ayuda.",
        "Este tratamiento no cura la causa del dolor.",
        "Nunca garantizamos resultados: cada persona es distinta.",
        "La mayoría de las personas mejora en unas semanas.",
        "El médico le dirá si el medicamento es seguro para usted.",
    ] {
        assert!(claims(honest).is_empty(), "{honest}: {:?}", claims(honest));
    }
}

#[test]
fn finds_absolute_claims() {
    let text = "This miracle oil CURES sciatica and is guaranteed to work. A detox tea, 100% effective \
                and 100 percent natural, gives instant relief. Our breakthrough secret is clinically \
                proven, completely safe, risk-free, has no side effects and works for everyone. It \
                permanently fixes back pain and will eliminate your pain for good. Proven to cure \
                arthritis. Ginger is a cure for nausea. Stretching can cure stiffness.";
    assert_eq!(
        claims(text),
        [
            "miracle",
            "CURES",
            "guaranteed to work",
            "detox",
            "100% effective",
            "100 percent",
            "instant relief",
            "breakthrough",
            "secret",
            "clinically proven",
            "completely safe",
            "risk-free",
            "no side effects",
            "works for everyone",
            "permanently fixes",
            "eliminate your pain for good",
            "Proven to cure",
            "a cure for",
            "cure",
        ]
    );
}

#[test]
fn immediate_relief_is_a_claim_unless_hedged() {
    assert_eq!(
        claims("The injection works by providing immediate relief."),
        ["immediate relief"]
    );
    assert!(claims("Some people may feel immediate relief after an injection.").is_empty());
}

#[test]
fn ranges_point_at_the_claim() {
    let text = "Yoga cured my back.";
    let found = absolute_claims(text);
    assert_eq!(found.len(), 1);
    assert_eq!(&text[found[0].range.clone()], "cured");
}

#[test]
fn honest_and_negated_uses_are_not_claims() {
    let honest = [
        "There is no cure for osteoarthritis, but treatment helps.",
        "Massage is not a cure.",
        "Painkillers cannot cure the cause.",
        "Physiotherapy does not cure arthritis.",
        "There is no guarantee that surgery will help.",
        "Recovery is not guaranteed.",
        "Researchers are looking for a cure.",
        "Doctors have no known cure yet.",
        "This is not clinically proven.",
        "No medicine is completely safe.",
        "Breakthrough pain can happen between doses.",
        "Most people have no side effects.",
        "It won't work for everyone.",
        "Nothing is 100% safe.",
        "Curling up hurts; an incurable secretion.",
    ];
    for text in honest {
        assert!(claims(text).is_empty(), "{text}: {:?}", claims(text));
    }
}

#[test]
fn negation_does_not_reach_into_the_next_clause() {
    assert_eq!(claims("It is not expensive, and it cures pain."), ["cures"]);
    assert_eq!(claims("It does not hurt but it cures pain."), ["cures"]);
    assert_eq!(
        claims("It has no side effects and works for everyone."),
        ["no side effects", "works for everyone"]
    );
    assert!(claims("It cannot cure or guarantee recovery.").is_empty());
}

#[test]
fn odd_input_does_not_panic() {
    for text in [
        "",
        "cure",
        "a cure",
        "100",
        "100 %",
        "no side",
        "’’’",
        "🙂 cures 🙂",
    ] {
        let _ = absolute_claims(text);
    }
    assert_eq!(claims("🙂 cures 🙂"), ["cures"]);
}

/// Totality said the other way round, repair made perfect, the proven way, a hidden
/// cause of everything, an illness that never settles by itself or lasts a lifetime,
/// and a treatment that stops a problem "for good".
#[test]
fn finds_denials_of_need_perfect_repair_and_lifelong_fatalism() {
    for (text, phrase) in [
        (
            "Nobody who wears our insoles ends up having surgery.",
            "Nobody who wears our insoles ends up",
        ),
        (
            "No one who follows the diet needs tablets again.",
            "No one who follows the diet needs tablets",
        ),
        (
            "None of our patients has needed an operation.",
            "None of our patients",
        ),
        (
            "The gel repairs worn cartilage completely.",
            "repairs worn cartilage completely",
        ),
        (
            "With this splint the wrist mends perfectly.",
            "mends perfectly",
        ),
        (
            "This is the proven way to stop heel pain.",
            "the proven way",
        ),
        (
            "Eczema never clears up on its own.",
            "never clears up on its own",
        ),
        (
            "Without our course you will be stiff for the rest of your life.",
            "for the rest of your life",
        ),
        ("These drops will stop your migraines for good.", "for good"),
        (
            "A stiff neck is the hidden cause of most headaches.",
            "hidden cause of most",
        ),
        ("The heat pad melts the ache away.", "melts the ache away"),
    ] {
        assert_eq!(claims(text), [phrase], "{text}");
    }
}

#[test]
fn look_alikes_of_need_repair_and_fatalism_are_fair() {
    for honest in [
        "No one who has chest pain should wait to call 999.",
        "Nobody needs to put up with heartburn every night.",
        "None of these medicines is safe in pregnancy.",
        "It can take a year for the tendon to repair completely.",
        "Most broken wrists heal perfectly well in a cast.",
        "There is no proven way to prevent plantar fasciitis.",
        "The numbness never goes away, even at night.",
        "A sore that never heals needs checking.",
        "You will need to take the tablets for the rest of your life.",
        "This plan will help you stop smoking for good.",
        "You can stop smoking for good with the right support.",
        "No diet can guarantee that you will never have another attack.",
        "Nobody can promise that the pain is gone for good.",
        "A hidden fracture can be the cause of the pain.",
    ] {
        assert!(claims(honest).is_empty(), "{honest}: {:?}", claims(honest));
    }
}

/// Hype idioms, fixes timed by the clock, every kind and every patient, proper care
/// made needless, sure decline and success rates near 100%.
#[test]
fn finds_timed_fixes_every_kind_needless_care_and_sure_decline() {
    for (text, phrase) in [
        (
            "The cream makes dry skin a thing of the past.",
            "thing of the past",
        ),
        (
            "These drops fix a headache in ten minutes flat.",
            "fix a headache in ten minutes",
        ),
        (
            "After the course you will never face another flare-up.",
            "never face another",
        ),
        (
            "Our gel works on all kinds of joint pain.",
            "works on all kinds",
        ),
        (
            "Breathing drills strengthen the lungs so you can stop using your inhalers.",
            "so you can stop using your inhalers",
        ),
        (
            "The needles turn the pain off permanently.",
            "off permanently",
        ),
        (
            "A torn cartilage always leads to arthritis.",
            "always leads to",
        ),
        (
            "Every client we treated has recovered.",
            "Every client we treated has recovered",
        ),
        (
            "Our method makes painkillers unnecessary.",
            "painkillers unnecessary",
        ),
        (
            "After taping, the tendon is stronger than ever.",
            "stronger than ever",
        ),
        ("A 99% success rate speaks for itself.", "99% success"),
        (
            "Untreated, the joint will definitely deteriorate.",
            "definitely deteriorate",
        ),
        (
            "People with eczema will all need steroids one day.",
            "will all need",
        ),
        ("Vinegar neutralises the acid instantly.", "instantly"),
    ] {
        assert_eq!(claims(text), [phrase], "{text}");
    }
}

#[test]
fn look_alikes_of_timed_fixes_needless_care_and_decline_are_fair() {
    for honest in [
        "Many people never face another flare once the dose is right.",
        "Not every cream works for every type of eczema.",
        "Never stop using your preventer inhaler without advice.",
        "Colchicine calms the flare so you can stop taking it after a few days.",
        "Surgery is usually unnecessary for a sprain.",
        "Antacids work within minutes but do not last long.",
        "Your ankle may feel stronger than before.",
        "An untreated infection can permanently damage the joint.",
        "The aim is not to switch attacks off for ever.",
        "The operation has a success rate of about 70%.",
        "Will my children all get asthma too?",
        "Heel pain almost always leads to a full recovery.",
        "Stop instantly and call 999 if your legs go numb.",
        "Some people say the pain eased instantly after the injection.",
    ] {
        assert!(claims(honest).is_empty(), "{honest}: {:?}", claims(honest));
    }
}

/// A problem forgotten, cut at its root, stopped entirely, reversed or simply gone;
/// every last one, every child who tries it, a perfect record; ruin foretold and a
/// cause that is "nothing more than" one thing.
#[test]
fn finds_problems_gone_at_the_root_perfect_records_and_ruin_foretold() {
    for (text, phrase) in [
        (
            "One session and you can forget about knee pain.",
            "can forget about",
        ),
        ("The massage treats the ache at its root.", "at its root"),
        ("The tea draws out every last toxin.", "every last"),
        (
            "The diet works in every patient who follows it.",
            "in every patient who",
        ),
        (
            "The clinic has a flawless record with sprains.",
            "flawless record",
        ),
        (
            "Once the splint is on, the tingling simply stops.",
            "simply stops",
        ),
        (
            "The pillow stops snoring entirely.",
            "stops snoring entirely",
        ),
        (
            "Cold showers will reverse your eczema.",
            "reverse your eczema",
        ),
        (
            "The gel rebuilds damaged joints.",
            "rebuilds damaged joints",
        ),
        ("Left alone, a bunion always worsens.", "always worsens"),
        (
            "Without care, the knee will stiffen until you can no longer walk.",
            "will stiffen until you can no longer",
        ),
        (
            "Back pain is nothing more than weak muscles.",
            "nothing more than",
        ),
    ] {
        assert_eq!(claims(text), [phrase], "{text}");
    }
}

#[test]
fn look_alikes_of_problems_gone_and_ruin_foretold_are_fair() {
    for honest in [
        "Write the date down so you do not forget about your review.",
        "The physio will look for the source of the pain first.",
        "Just stop the cream and ring the pharmacy if your skin burns.",
        "No treatment gives perfect results, but exercise helps most people.",
        "Raising the bed may stop night-time reflux completely for some people.",
        "Do not stop your preventer completely without advice.",
        "Rest until you can walk without a limp.",
        "Numbness spreads until you cannot walk.",
        "A headache like this is usually nothing more than tired muscles.",
        "Eczema almost always spreads less once the skin is moisturised.",
        "The pain of migraine comes from within the brain.",
        "Exercise does not rebuild the joint, but it strengthens the muscles.",
    ] {
        assert!(claims(honest).is_empty(), "{honest}: {:?}", claims(honest));
    }
}
