use super::{Kind, cues_of, read_sentences, weights};
use crate::text::phrases::tokenize;
use crate::text::sentences::sentences;

/// What each sentence of `text` reads as, with the cues named.
fn read(text: &str, kind: Kind) -> Vec<Option<Vec<String>>> {
    let tokens = tokenize(text);
    read_sentences(text, &tokens, &sentences(text))
        .iter()
        .map(|sentence| sentence.reads_as(kind, text))
        .collect()
}

#[test]
fn cues_are_stems_pairs_and_shapes() {
    let cues = cues_of("Order your StepWell insoles today for £19 at HEEL15!");
    for cue in [
        "order",
        "insol",
        "order your",
        "#price",
        "#exclamation",
        "#number",
        "#capital-inside",
        "#letters-and-digits",
    ] {
        assert!(cues.iter().any(|found| found == cue), "{cue} in {cues:?}");
    }
    // Certainty is a cue only with no hedge beside it.
    assert!(
        cues_of("The pain will never come back.")
            .iter()
            .any(|cue| cue == "#certain")
    );
    let hedged = cues_of("The pain may come back, but it will usually settle.");
    assert!(hedged.iter().any(|cue| cue == "#hedged"), "{hedged:?}");
    assert!(!hedged.iter().any(|cue| cue == "#certain"), "{hedged:?}");
    // A clause break parts two words: no pair reaches across it.
    assert!(
        !cues_of("Rest, then walk.")
            .iter()
            .any(|cue| cue == "rest then")
    );
}

/// The checker's fast reading (words by number, pairs by two numbers) must add up to what
/// the weights say of the cues the trainer learnt from, or the thresholds mean nothing.
#[test]
fn the_checker_weighs_the_cues_the_trainer_learnt() {
    for text in [
        "Grab the Sootha heat wrap now while stocks last.",
        "Heat can ease stiff muscles for a short time.",
        "Dr Patel to check this dose before it goes out",
        "These drops will clear your eczema for good.",
    ] {
        let by_name: f32 = weights::BIAS[0]
            + cues_of(text)
                .iter()
                .map(|cue| named_weight(cue).map_or(0.0, |weights| weights[0]))
                .sum::<f32>();
        let tokens = tokenize(text);
        let read = read_sentences(text, &tokens, &sentences(text));
        assert_eq!(read.len(), 1, "{text}");
        assert!(
            (read[0].scores[0] - by_name).abs() < 1e-4,
            "{text}: {} against {by_name}",
            read[0].scores[0]
        );
    }
}

/// The weights of a cue by its name: a word or shape, or a pair of two words.
fn named_weight(cue: &str) -> Option<[f32; 3]> {
    let place = |word: &str| weights::WORDS.iter().position(|(name, _)| *name == word);
    match cue.split_once(' ') {
        None => place(cue).map(|at| weights::WORDS[at].1),
        Some((first, second)) => {
            let (first, second) = (place(first)?, place(second)?);
            weights::PAIRS
                .iter()
                .find(|(one, two, _)| usize::from(*one) == first && usize::from(*two) == second)
                .map(|(_, _, weights)| *weights)
        }
    }
}

#[test]
fn an_advert_without_a_listed_phrase_reads_as_one_and_says_why() {
    // Written for this test, in no corpus: a product pushed with a call to buy.
    let text = "Pick up a Thermaflo knee wrap from our online shop and feel the difference.";
    let verdicts = read(text, Kind::Advert);
    let Some(Some(cues)) = verdicts.first() else {
        panic!("not read as an advert: {verdicts:?}");
    };
    assert!(!cues.is_empty() && cues.len() <= 3, "{cues:?}");
    // Each cue is what the writer wrote, in quotes, or a shape in words.
    for cue in cues {
        assert!(
            cue.starts_with('"')
                || cue.starts_with("a ")
                || cue.starts_with("an ")
                || cue == "brackets",
            "{cue}"
        );
    }
}

#[test]
fn honest_advice_reads_as_no_fault() {
    for text in [
        "Ask your pharmacist which painkiller suits you if you take other medicines.",
        "Most people with tennis elbow get better within a year, even without treatment.",
        "Wear shoes with a cushioned heel and good arch support, and avoid walking barefoot on hard floors.",
        "Ring 999 if you have chest pain or cannot breathe.",
    ] {
        for kind in [Kind::Advert, Kind::Claim, Kind::Leftover] {
            assert_eq!(read(text, kind), vec![None], "{text} as {kind:?}");
        }
    }
}

#[test]
fn editing_notes_and_overstated_claims_read_as_their_kinds() {
    let note = "Sam to confirm the wording with the physio team before this goes out";
    assert!(read(note, Kind::Leftover)[0].is_some(), "{note}");
    let claim = "This stretch fixes heel pain in every single case, with no exceptions.";
    assert!(read(claim, Kind::Claim)[0].is_some(), "{claim}");
}

#[test]
fn a_word_is_quoted_once_among_the_cues_named() {
    let claim = "These three stretches fix hip pain for everyone who tries them.";
    let Some(Some(cues)) = read(claim, Kind::Claim).into_iter().next() else {
        panic!("not read as a claim: {claim}");
    };
    let quoted: Vec<&str> = cues
        .iter()
        .filter_map(|cue| cue.strip_prefix('"')?.strip_suffix('"'))
        .collect();
    for (index, one) in quoted.iter().enumerate() {
        for other in &quoted[index + 1..] {
            let shared = one
                .split(' ')
                .any(|word| other.split(' ').any(|again| again == word));
            assert!(!shared, "{one:?} and {other:?} in {cues:?}");
        }
    }
}

/// A word's pairs are found by binary search in `PAIRS`: it must be sorted by both words.
#[test]
fn the_learnt_pairs_are_sorted_by_both_words() {
    let places: Vec<(u16, u16)> = weights::PAIRS
        .iter()
        .map(|(first, second, _)| (*first, *second))
        .collect();
    assert!(places.windows(2).all(|two| two[0] < two[1]));
    assert!(
        places
            .iter()
            .all(|(first, second)| usize::from(*first.max(second)) < weights::WORDS.len())
    );
}
