use super::{FieldNature, TopicTerms, foreign_condition};

/// A hip guide in a few sentences, with `sentence` added, as the rule sees it.
fn hip_topic_with(sentence: &str) -> TopicTerms {
    let base = "trigger points in the muscles around the hip can cause pain in the buttock. \
                the hip joint itself is rarely the cause. heat and stretching may ease the pain.";
    TopicTerms::of(&format!("{base} {}", sentence.to_lowercase()))
}

fn judged(sentence: &str) -> Option<(&'static str, Vec<String>)> {
    foreign_condition(sentence, &hip_topic_with(sentence), FieldNature::Prose)
        .map(|found| (found.condition, found.words))
}

#[test]
fn names_the_condition_a_stray_sentence_belongs_to() {
    let stray = "Check your blood sugar before you eat, as diabetes can change it.";
    let found = judged(stray).expect("a diabetes sentence");
    assert_eq!(found.0, "diabetes");
    assert_eq!(found.1, ["blood sugar", "diabetes"]);
    assert!(judged("Use your reliever inhaler when you wheeze.").is_some());
    // A symptom said to the reader is not their history.
    assert!(judged("You have new numbness and cannot pass urine from the lumbar spine.").is_some());
    // Side effects and the spread of pain name other parts and symptoms honestly.
    for honest in [
        "It can upset your stomach or give you heartburn.",
        "Over-the-counter pain relievers can ease the pain.",
    ] {
        assert_eq!(judged(honest), None, "{honest}");
    }
    // The topic's own words, a comparison, and a single part of the body pass.
    for honest in [
        "Stretch the muscles around your hip each day.",
        "Ibuprofen is not for people with asthma or diabetes.",
        "Pain in the knee can come from the hip.",
        "Gout can also cause sudden pain, but in the big toe.",
        // The reader's history, not another guide's advice.
        "You have diabetes and notice a cut on your foot.",
        "It is not for people who have had a heart attack.",
    ] {
        assert_eq!(judged(honest), None, "{honest}");
    }
}

#[test]
fn two_parts_of_the_body_or_symptoms_of_another_condition_are_enough() {
    let found = judged("Strengthening the thigh muscles helps when you climb stairs.");
    assert_eq!(
        found,
        Some((
            "knee osteoarthritis",
            vec!["thigh".to_owned(), "stairs".to_owned()]
        ))
    );
    let found = judged("Pins and needles in the thumb wake you at night.");
    assert_eq!(found.map(|found| found.0), Some("carpal tunnel syndrome"));
}

#[test]
fn only_words_the_rest_of_the_topic_never_uses_count() {
    let stray = "Use your reliever inhaler when you wheeze.";
    // A topic that names asthma once, as a warning, does not make it the topic's own:
    // the sentence's other words still point to it.
    let topic = TopicTerms::of(&format!(
        "trigger points hurt. the hip joint aches. ask first if you have asthma. {}",
        stray.to_lowercase()
    ));
    let found = foreign_condition(stray, &topic, FieldNature::Prose).expect("an asthma sentence");
    assert_eq!(found.words, ["reliever inhaler", "wheeze"]);
    // A topic that speaks of asthma in its own words is about asthma.
    let topic = TopicTerms::of(&format!(
        "asthma makes the airways narrow. use your inhaler as your nurse showed you. {}",
        stray.to_lowercase()
    ));
    assert_eq!(foreign_condition(stray, &topic, FieldNature::Prose), None);
    // So is a topic whose title names asthma, whatever words the rest of it uses.
    let topic = TopicTerms::of(&format!("keep it with you. {}", stray.to_lowercase()));
    assert!(foreign_condition(stray, &topic, FieldNature::Prose).is_some());
    assert_eq!(
        foreign_condition(
            stray,
            &topic.titled("Living with asthma"),
            FieldNature::Prose
        ),
        None
    );
}

#[test]
fn causes_interactions_and_side_effects_are_the_topics_business() {
    for honest in [
        // Names the topic's condition: another one beside it is a cause or a risk.
        "Diabetes makes trigger points in the hip joint more likely to come back.",
        // A medicine for another condition the reader may take.
        "Tell your doctor if you take warfarin or another blood thinner.",
        // Evidence from research in another condition.
        "Studies in back pain found a small benefit from heat.",
        // Side effects name other parts of the body and symptoms.
        "Ibuprofen can upset your stomach and bring on heartburn.",
    ] {
        assert_eq!(judged(honest), None, "{honest}");
    }
    // A part of the body the topic knows ties a sentence to it: only another
    // condition's own words would count against it.
    assert_eq!(
        judged("Pain from the hip can spread to the groin and knee."),
        None
    );
    // So do the risks of a treatment: "tummy ache and diarrhoea" is a side effect.
    let risk = "Tummy ache and diarrhoea.";
    assert!(judged(risk).is_some());
    assert_eq!(
        foreign_condition(risk, &hip_topic_with(risk), FieldNature::Harms),
        None
    );
}

#[test]
fn knows_more_conditions_and_their_distinctive_words() {
    for (stray, condition) in [
        // An inhaler's parts and medicines.
        (
            "Shake the canister and check the dose counter first.",
            "asthma",
        ),
        ("Rinse your mouth after each dose of budesonide.", "asthma"),
        // Blood pressure readings and medicines.
        (
            "Aim for a reading under 135/85 at home.",
            "high blood pressure",
        ),
        (
            "Losartan is taken once a day, at the same time.",
            "high blood pressure",
        ),
        // Ankle ligaments: two of its words.
        (
            "Keep the strapping on until the ankle stops giving way.",
            "ankle sprain",
        ),
        // Conditions the lexicon did not know.
        ("Wear the CPAP mask every night.", "sleep apnoea"),
        (
            "Apixaban is taken twice a day, twelve hours apart.",
            "atrial fibrillation",
        ),
        (
            "Take levodopa at the same times each day.",
            "Parkinson's disease",
        ),
        (
            "Mesalazine keeps ulcerative colitis quiet between flares.",
            "inflammatory bowel disease",
        ),
        ("Pain after fatty food may mean gallstones.", "gallstones"),
        (
            "Urge incontinence often settles with bladder exercises.",
            "urinary incontinence",
        ),
        ("The PSA test is a simple blood test.", "prostate problems"),
        (
            "Your optician can check for glaucoma at a routine sight test.",
            "eye disease",
        ),
        (
            "Hearing aids also mask tinnitus for many people.",
            "hearing loss and tinnitus",
        ),
        (
            "Brush your teeth twice a day and floss the gums gently.",
            "dental problems",
        ),
        (
            "Paint terbinafine on the fungal nail daily.",
            "skin infection",
        ),
        ("Always carry your epilepsy card.", "epilepsy"),
        // The host guides' own conditions, in other everyday phrasings.
        ("Lie in a quiet, dark room until it passes.", "migraine"),
        (
            "A water infection often clears in three days.",
            "urinary infection",
        ),
        (
            "Keep your nails short so scratching does less harm.",
            "eczema",
        ),
        ("Roll your arch over a frozen bottle.", "plantar fasciitis"),
    ] {
        assert_eq!(
            judged(stray).map(|found| found.0),
            Some(condition),
            "{stray}"
        );
    }
}

/// A topic of `base`, titled `title`, with `sentence` added, and the condition the
/// sentence is found to speak of.
fn judged_in(title: &str, base: &str, sentence: &str) -> Option<&'static str> {
    let topic = TopicTerms::of(&format!("{base} {}", sentence.to_lowercase())).titled(title);
    foreign_condition(sentence, &topic, FieldNature::Prose).map(|found| found.condition)
}

/// A symptom many conditions share (scaly skin, an overactive immune response) does
/// not point to one; a condition's own words still do.
#[test]
fn a_generic_symptom_alone_points_nowhere() {
    let eczema = "atopic eczema makes the skin dry and itchy. emollients soothe the skin.";
    for honest in [
        "The skin feels dry, rough and scaly, and may crack.",
        "Ultraviolet light calms the overactive immune response in the skin.",
    ] {
        assert_eq!(judged_in("Eczema", eczema, honest), None, "{honest}");
    }
    for (pasted, condition) in [
        (
            "Thick, scaly plaques form on the elbows and knees.",
            "psoriasis",
        ),
        (
            "Levothyroxine for an underactive thyroid is taken before breakfast.",
            "thyroid disease",
        ),
    ] {
        assert_eq!(
            judged_in("Eczema", eczema, pasted),
            Some(condition),
            "{pasted}"
        );
    }
}

/// A word of the topic's own condition ties a sentence to it even when no other
/// sentence uses that word: the nerve symptoms of sciatica in a back guide.
#[test]
fn a_word_of_the_topics_condition_ties_a_sentence_to_it() {
    let back = "low back pain is common. most back pain gets better in a few weeks.";
    for honest in [
        "Pain that spreads down one leg below the knee, sometimes with tingling or numbness, is called sciatica.",
        "Lifting, twisting or bending awkwardly can strain the muscles and ligaments of the back.",
    ] {
        assert_eq!(judged_in("Low back pain", back, honest), None, "{honest}");
    }
    for (pasted, condition) in [
        (
            "Numbness and tingling in the thumb and first two fingers wake you at night.",
            "carpal tunnel syndrome",
        ),
        (
            "After a twisting injury, the ligaments take weeks to heal, so keep the strapping on.",
            "ankle sprain",
        ),
    ] {
        assert_eq!(
            judged_in("Low back pain", back, pasted),
            Some(condition),
            "{pasted}"
        );
    }
}

#[test]
fn other_conditions_named_for_good_reason_still_pass() {
    for honest in [
        // Warnings, comparisons and interactions.
        "Ibuprofen is not suitable if you have high blood pressure.",
        "Tell your doctor if you take apixaban or another blood thinner.",
        "Pain in the hip can be mistaken for gallstones or a hernia.",
        "Some nerve pain medicines, such as those for epilepsy, may help.",
        "People with glaucoma should ask before using this medicine.",
        // One shared word of another condition alone is not enough.
        "Keep a brace on only while you walk.",
        "Keep your nails short and clean.",
        "Your pulse may speed up a little during exercise.",
        "Sleep on your side if your hip allows it.",
        // The reader's history, and the medicines the reader takes.
        "You have had a stroke or have atrial fibrillation.",
        "Tell your doctor about any antidepressants you take.",
        // Harms of a treatment, and a red flag of back and hip guides.
        "Long courses of steroid tablets can lead to cataracts or glaucoma.",
        "You suddenly cannot control your bladder (incontinence).",
        // Advice a guide for a long-term condition rightly gives.
        "Get a flu jab and a COVID-19 vaccine each autumn.",
    ] {
        assert_eq!(judged(honest), None, "{honest}");
    }
}

/// "If you have" and "if I" excuse a sentence only when another condition is what
/// they put to the reader; a question whether another medicine is behind the topic's
/// own problem is the topic's business; an ankle's balance work needs two of its words.
#[test]
fn conditions_put_to_the_reader_possible_causes_and_balance_work() {
    for (pasted, condition) in [
        (
            "Statins can give you aches, so tell your doctor if you have muscle pain.",
            "heart disease",
        ),
        (
            "Will the steroid cream thin my skin if I use it on my face?",
            "eczema",
        ),
        (
            "Could my asthma inhaler be making my voice hoarse?",
            "asthma",
        ),
        (
            "Stand on the injured leg with your eyes shut to retrain your balance.",
            "ankle sprain",
        ),
    ] {
        assert_eq!(
            judged(pasted).map(|found| found.0),
            Some(condition),
            "{pasted}"
        );
    }
    for honest in [
        "Ask first if you have asthma.",
        "Can I take it if I have had a stroke?",
        "Could my asthma inhaler be making my hip pain worse?",
        "Stand on one leg by the kitchen worktop to improve your balance.",
    ] {
        assert_eq!(judged(honest), None, "{honest}");
    }
}

/// "At the first sign of" is a time, not another condition; the harm a treatment
/// does ("can raise blood sugar") is named honestly in its risks, where another
/// medicine's side effects are not.
#[test]
fn signs_as_timing_and_harms_a_treatment_does() {
    for (pasted, condition) in [
        (
            "Sumatriptan works best at the first sign of the headache.",
            "migraine",
        ),
        (
            "Do pelvic floor exercises three times a day.",
            "urinary incontinence",
        ),
    ] {
        assert_eq!(
            judged(pasted).map(|found| found.0),
            Some(condition),
            "{pasted}"
        );
    }
    assert_eq!(
        judged("Weakness in an arm or a drooping face can be signs of a stroke."),
        None
    );
    let harm = "Oral steroids can raise blood sugar.";
    assert_eq!(
        foreign_condition(harm, &hip_topic_with(harm), FieldNature::Harms),
        None
    );
    let pasted = "People who take a statin get muscle aches.";
    assert_eq!(
        foreign_condition(pasted, &hip_topic_with(pasted), FieldNature::Harms)
            .map(|found| found.condition),
        Some("heart disease")
    );
}
