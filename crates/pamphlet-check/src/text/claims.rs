//! Absolute or exaggerated health claims ("cures", "guaranteed", "miracle",
//! "100% effective"), which patient information must not make.

use std::sync::LazyLock;

use super::phrases::{
    self, PatternSet, PhraseMatch, Token, negated, phrase_match, preceded_by, tokenize,
};

/// An absolute claim found in a text.
pub(crate) type ClaimMatch = PhraseMatch;

/// The absolute claims in `text`, in order.
///
/// Matching is case-insensitive and on whole words. A claim in a negated
/// clause is honest and not reported: "there is no cure", "is not a cure",
/// "cannot cure", "no guarantee", "not clinically proven". "Cure" as a noun is
/// only a claim in "a cure for"; "breakthrough pain" is a medical term; "no
/// side effects" after "most people" or "usually" is a fair description.
pub(crate) fn absolute_claims(text: &str) -> Vec<ClaimMatch> {
    absolute_claims_in(text, &tokenize(text))
}

/// [`absolute_claims`] of `text` already split into its `tokens`.
pub(crate) fn absolute_claims_in(text: &str, tokens: &[Token<'_>]) -> Vec<ClaimMatch> {
    static SET: LazyLock<PatternSet<'static>> = LazyLock::new(|| PatternSet::new(CLAIM_PATTERNS));
    static FAMILIES: LazyLock<PatternSet<'static>> =
        LazyLock::new(|| PatternSet::new(CLAIM_FAMILIES));
    let mut spans = SET.find(tokens);
    spans.extend(cure_claims(tokens));
    // A promise in everyday words is fair when its clause hedges it ("for good in most
    // people"), which the fixed claim words above are not.
    spans.extend(FAMILIES.find(tokens).into_iter().filter(|span| {
        !hedged(tokens, span) && !denied_within(tokens, span) && !denied_before(tokens, span.start)
    }));
    phrases::without_overlaps(spans)
        .into_iter()
        .filter(|span| {
            !negated(tokens, span.start)
                && !promise_denied(tokens, span.start)
                && !fair_use(tokens, span.start, span.end)
        })
        .filter_map(|span| phrase_match(text, tokens, span))
        .collect()
}

/// Overstated promises by family, in the notation of [`phrases::PatternSet`]: each is
/// reported unless negated ("will not come back for good") or hedged anywhere in its
/// clause ("in most people", "may", "usually"; see [`hedged`]).
const CLAIM_FAMILIES: &[&str] = &[
    // Permanence: the problem is gone for ever.
    "for good",
    "forever",
    "for ever",
    "for life",
    "once and for all",
    "never ~3 again",
    "never ~2 return|returns|recur|recurs|reappear|reappears",
    "never ~2 come|comes back",
    // Kept away for ever: "the stretches will stop the pain from ever coming back".
    "stop|stops|prevent|prevents|keep|keeps ~3 from ever",
    "for the rest of your|their|his|her life",
    // "You will never have another attack": never again, without the word "again".
    "never ~1 have|get|suffer|experience|feel|need|see|face|endure ~1 another|anymore",
    // Totality: it works for every person, every time.
    "everyone|everybody|anyone ~5 recover|recovers|improve|improves|benefit|benefits|heal|heals|responds|cured|healed",
    "everyone|everybody|anyone ~5 gets|get|feels|feel better|relief",
    "all|every ~1 patient|patients|sufferer|sufferers|user|users|client|clients|person|people ~3 recover|recovers|recovered|improve|improves|improved|benefit|benefits|benefited|heal|heals|healed|respond|responds|responded|cured",
    // Totality said the other way round: "nobody who follows the plan ends up needing
    // surgery", "none of our patients has needed an operation".
    "nobody|noone who|that ~6 end|ends|ended up",
    "no one who|that ~6 end|ends|ended up",
    "nobody|noone who|that ~6 need|needs|needed|needing|get|gets|got|develop|develops ~3 surgery|operation|replacement|injection|injections|medicine|medicines|tablets|painkillers|steroids|inhaler|inhalers|another",
    "no one who|that ~6 need|needs|needed|needing|get|gets|got|develop|develops ~3 surgery|operation|replacement|injection|injections|medicine|medicines|tablets|painkillers|steroids|inhaler|inhalers|another",
    "none of our|my ~1 patients|clients|users|customers|readers|members",
    // Every one of them better: "every patient we have strapped has been back on court",
    // "children who wheeze will all develop asthma", "works on every type of eczema".
    "every|all ~1 patient|patients|client|clients|customer|customers|user|users|sufferer|sufferers ~5 back|cured|healed|recovered",
    "will|would all|both ~1 develop|get|need|recover|heal|become|end",
    "work|works|effective|helps|help ~1 on|for|against every|all ~1 type|types|kind|kinds|form|forms|stage|stages",
    "every age group",
    "every single time|case|patient|person|one",
    "works|work|helps|help every time",
    "in all cases|patients",
    "safe for everyone|everybody|anyone|all",
    "suitable for everyone|everybody|anyone|all",
    // Certainty: proof, no doubt, a sure result.
    "proven|proved to",
    "has|have|is|are been proven|proved",
    // "The proven way to raise your head": certainty sold as a method.
    "the proven way|method|formula|system|solution|answer",
    "science|research|studies|scientists|trials|evidence ~2 prove|proves|proved|proven",
    "without ~1 doubt",
    "no doubt",
    "undoubtedly|unquestionably",
    "is|are sure to",
    // Certainty about what a sign means: "tingling always means carpal tunnel
    // syndrome" (advice, "always means you should see a doctor", is fair; see
    // [`advice_follows`]).
    "always|definitely|certainly|invariably|surely mean|means|meant|signal|signals|indicate|indicates",
    // Completeness: the whole problem, wholly removed.
    // Wholly, in a stated short time: "heal the ligament completely within 48 hours",
    // "fully cured by tomorrow".
    "heal|heals|cure|cures|clear|clears|fix|fixes|resolve|resolves|recover|recovers|mend|mends ~4 completely|fully|totally|entirely ~1 within|in|by ~1 hours|minutes|seconds|overnight|tomorrow",
    "completely|fully|totally|entirely ~1 healed|cured|recovered|clear|better|gone|mended ~1 within|in|by ~1 hours|minutes|seconds|overnight|tomorrow",
    "completely|fully|totally|entirely overnight",
    // Wholly free of the problem or of its treatment: "completely pain-free by week
    // two", "100% symptom-free", "steroid-free for good".
    "completely|totally|entirely|fully|permanently pain|symptom|symptoms|itch|flare|flares|migraine|headache|attack|attacks|drug|medication|medicine|steroid|inhaler free",
    "100 % pain|symptom|symptoms|itch|flare|flares|migraine|headache|attack|attacks|drug|medication|medicine|steroid|inhaler free",
    // Another treatment put in the place of proper care: "breathing exercises can
    // replace your inhalers entirely", "ditch your painkillers".
    "replace|replaces|replacing ~3 inhaler|inhalers|medicine|medicines|medication|medications|tablets|pills|treatment|treatments|insulin|injections|drugs|painkillers|steroids|surgery|operation ~1 entirely|completely|altogether|totally",
    "ditch|ditching ~2 inhaler|inhalers|tablets|pills|painkillers|medicine|medicines|medication|medications|crutches|brace|splint|steroids|creams",
    "cures|heals|clears|fixes|removes|eliminates|reverses|erases ~3 completely|entirely|totally",
    "stops|prevents|ends|banishes|blocks ~3 entirely|completely|totally|altogether",
    // Repair made whole or perfect: "the spray repairs the airways completely", "the
    // tendon heals perfectly in a week".
    "repairs|restores|rebuilds|regenerates|mends ~3 completely|entirely|totally|perfectly",
    "heal|heals|healed|mend|mends|mended|recover|recovers|recovered|repair|repairs|repaired perfectly",
    "perfectly healed|mended|repaired|recovered",
    "completely|entirely|totally cure|cures|cured|heal|heals|fix|fixes|eliminate|eliminates|reverse|reverses",
    "grow|grows|regrow|regrows|rebuild|rebuilds|regenerate|regenerates ~3 new|healthy|cartilage|fascia|tendon|tendons|tissue|bone|disc|discs|joint|joints",
    "reverse|reverses|reversed ~2 damage|arthritis|osteoarthritis|ageing|aging|wear|asthma|eczema|gout|migraine|migraines|condition|disease",
    // Speed: relief at once.
    "overnight relief|results|cure|success|fix",
    "gone|vanish*|disappear* ~2 in|within minutes|seconds|hours",
    // Exclusivity and superiority: nothing else works, nothing works better.
    "the only ~3 that works|work|helps|help",
    "is|are|be the best|only ~1 treatment|cure|remedy|option|solution",
    "better|safer|stronger|faster than any|all|every",
    "more effective than any|all|every",
    "beat|beats|outperform|outperforms any|all|every",
    // Speed: the whole result in a stated short time.
    "in|within just|only ~1 days|weeks|minutes|hours|seconds|day|week|session|sessions|treatment|treatments",
    "in its tracks",
    // The problem said to go for ever or from its root: "you can forget about elbow
    // pain", "ending back pain at its source", "every last crystal".
    "can|will|could forget about",
    "at its|the source|root|roots",
    "every last",
    "in every ~1 child|patient|person|user|adult|one|case who|that",
    "perfect|flawless|unbeaten ~1 record|results|track",
    "near perfect",
    // Gone with no more said: "once you find your triggers, migraines simply stop"
    // ("just stop the tablets" goes on, and is advice; see [`fair_use`]).
    "simply|just stop|stops|disappear|disappears|vanish|vanishes",
    // A fix timed by the clock: "will fix your back in five minutes flat".
    "minutes|seconds flat",
    "fix|fixes|cure|cures|banish|banishes|end|ends|eliminate|eliminates ~3 in|within ~2 minutes|seconds",
    "thing of the past",
    // At once, said of what a remedy does: "neutralises stomach acid instantly" (advice
    // to "stop instantly" is fair; see [`fair_use`]).
    "instantly",
    // A sure result, for ever: "switches migraines off permanently".
    "off|away|gone|cured|fixed|healed|clear|free permanently",
    "permanently off|away|gone|cured|fixed|healed|clear|free",
    // Better than before the illness: "stronger than before the injury".
    "stronger|healthier|fitter than ever|before",
    "better than ever",
    // Sure success: "a 98% success rate".
    "95|96|97|98|99|100 % success|cure|recovery|satisfaction",
    // Needlessness: nothing else will ever be needed.
    "no need for|to ~2 surgery|medicine|medicines|medication|painkillers|tablets|doctor|doctors|gp|operation",
    // Proper care made needless: "makes surgery unnecessary", "so you can stop using
    // your inhaler".
    "surgery|medicine|medicines|medication|tablets|painkillers|injections|operation|inhalers|steroids ~2 unnecessary|obsolete|redundant",
    "so|then you can|could ~1 stop|quit|ditch|drop ~1 using|taking ~2 inhaler|inhalers|preventer|insulin|steroids|medication|medications",
    "never ~1 fails|fail",
    "nothing ~2 works|work better",
    "nothing beats|compares|rivals",
    // Speed and sureness in a seller's words: "results in as little as a week", "you
    // will feel the difference", "heals from the inside out".
    "in as little as",
    "feel|see the difference",
    "from the inside out",
    // The one right answer: "surgery is always the best option".
    "always the best|only|right ~1 option|choice|answer|treatment|way",
    "all|everything ~1 you ~2 ever need",
    "works|work|acts|act instantly",
    "root cause",
    "we|i promise",
    "promises to",
    "most effective|powerful|advanced ~2 available|ever|yet",
    "safe ~3 with any|all ~1 medicine|medicines|medication|drug|drugs",
    "all natural|all-natural",
    "natural|herbal so|therefore ~2 safe|harmless",
    "boost|boosts|boosting ~2 immune",
    // Fatalism and dismissal: absolute in the other direction.
    "nothing ~2 can|will ~1 help|helps",
    "nothing ~2 can|will be done",
    "only ~1 get|gets|getting worse",
    "inevitabl*|invariabl*",
    // Certain decline: "heel pain always turns into a lifelong limp", "the joint will
    // certainly wear away".
    "always|certainly|definitely|surely ~1 turns|turn|leads|lead|ends|end|progresses|progress|becomes|become|develops|develop into|to|in",
    "always spreads|worsens|deteriorates|progresses",
    // A prediction of ruin: "the disc will slip further until you cannot walk" (a red
    // flag that describes weakness growing "until you cannot lift your foot" is not one).
    "will ~5 until you cannot|can't walk|move|stand|work|sleep",
    "will ~5 until you can no longer",
    "nothing more|other than",
    "certainly|definitely|surely wear|worsen|deteriorate|spread|progress|cripple|disable",
    "never ~1 works|helps|worked|helped",
    // "It never goes away on its own": the problem said never to settle by itself (a sign
    // that "never goes away" describes constant pain, and is no claim).
    "never ~1 goes|clears|fades|heals|settles|improves|resolves|recovers|gets ~2 on its|their own",
    "never ~1 goes|clears|fades|heals|settles|improves|resolves|recovers|gets ~2 by itself|themselves",
    "never ~1 goes|clears|fades|heals|settles|improves|resolves|recovers|gets ~2 without treatment|help|surgery",
    "all in your head|mind",
    "purely psychological",
    "always|only|solely|purely|entirely|exclusively caused by",
    "all|every ~2 pain|headache|headaches|migraine|migraines|arthritis|eczema|flare|flares|attack|attacks ~2 is|are|come|comes|caused",
    "is|are|be|was never ~3 serious|dangerous|harmful|worrying|cancer|anything",
    "never a sign",
    "helps|help|suits|suit|good for everyone|everybody|anyone",
    "the best ~2 available|money",
    "the best there is",
    // Safety: no risk at all.
    "no risk|risks at|whatsoever",
    "without any risk|risks|danger",
    "zero risk|risks|chance",
    "can't|cannot|won't ~1 do ~1 any harm",
    "magic|magical",
    "melt|melts|melting ~3 away",
    "panacea",
    "quick fix",
    "works wonders",
    "good as new",
    "life changing",
    "transform|transforms your",
    "say goodbye|bye to",
    "end your pain|suffering|misery",
    "no more pain|headaches|migraines|aches|suffering|flares",
    "clinically|dermatologically tested|approved",
    "chemical free",
    "toxins",
    "revolutionary",
    "game changer|changing",
    "game-changer|game-changing",
];

/// Whether the claim at token `start` is what a denied promise would have said: "no diet
/// can guarantee that you will never have another attack", "nobody can promise it is
/// gone for good". The promise word ("guarantee", "promise", "sure", "certain") is in the
/// claim's clause, before it, and negated.
fn promise_denied(tokens: &[Token<'_>], start: usize) -> bool {
    tokens[..start.min(tokens.len())]
        .iter()
        .enumerate()
        .rev()
        .take(10)
        .take_while(|(_, token)| !token.is_break())
        .any(|(index, token)| {
            let promise = token.text.starts_with("guarantee")
                || token.text.starts_with("promise")
                || matches!(&*token.text, "sure" | "certain" | "ensure");
            promise && negated(tokens, index)
        })
}

/// Whether the clause before token `start` denies what follows from further back than
/// [`negated`] looks: "not to switch them off for ever", "it does not mean the pain is
/// gone for good" (up to eight words back, not past a break or a word that starts a
/// new clause).
fn denied_before(tokens: &[Token<'_>], start: usize) -> bool {
    const CLAUSE_WORDS: &[&str] = &[
        "and", "but", "so", "because", "while", "although", "though", "however", "yet",
    ];
    tokens[..start.min(tokens.len())]
        .iter()
        .rev()
        .take(8)
        .take_while(|token| !token.is_break() && !CLAUSE_WORDS.contains(&&*token.text))
        .any(|token| matches!(&*token.text, "not" | "never") || token.text.ends_with("n't"))
}

/// Whether a phrase with a gap denies itself inside it, after its first word: "studies
/// have not proven" ("never ... again" and "until you can no longer walk" are the claim
/// itself).
fn denied_within(tokens: &[Token<'_>], span: &std::ops::Range<usize>) -> bool {
    tokens[(span.start + 1).min(tokens.len())..span.end.min(tokens.len())]
        .iter()
        // What comes "until you cannot walk" is the ruin foretold, not a denial.
        .take_while(|token| token.text != "until")
        .any(|token| matches!(&*token.text, "not" | "never" | "no") || token.text.ends_with("n't"))
}

/// Whether the clause of the token range `span` hedges it: "in most people", "may",
/// "usually", "for many", on either side of the phrase up to the clause's end.
fn hedged(tokens: &[Token<'_>], span: &std::ops::Range<usize>) -> bool {
    const HEDGES: &[&str] = &[
        "most",
        "many",
        "some",
        "usually",
        "often",
        "may",
        "might",
        "could",
        "rarely",
        "generally",
        "typically",
        "likely",
        "unlikely",
        "probably",
        "tend",
        "tends",
        "few",
        "sometimes",
        "almost",
        "nearly",
        // Variation: "everyone recovers at a different pace".
        "different",
        "differently",
        "own",
    ];
    let before = tokens[..span.start.min(tokens.len())]
        .iter()
        .rev()
        .take_while(|token| !token.is_break());
    // A hedge inside a phrase with a gap hedges it too: "surgery is usually unnecessary"
    // (but "on its own" is part of "never goes away on its own", not a variation).
    let mut inside = tokens[span.start.min(tokens.len())..span.end.min(tokens.len())].iter();
    let after = tokens[span.end.min(tokens.len())..]
        .iter()
        .take_while(|token| !token.is_break());
    inside.any(|token| {
        HEDGES.contains(&&*token.text)
            && !matches!(&*token.text, "own" | "different" | "differently")
    }) || before
        .chain(after)
        .any(|token| HEDGES.contains(&&*token.text))
}

/// Claim patterns, in the notation of [`phrases::PatternSet`]. "cure"
/// itself is handled by [`cure_claims`], since it is often a noun.
const CLAIM_PATTERNS: &[&str] = &[
    "cures|cured|curing",
    "cure all",
    "guarantee*",
    "miracle*|miraculous*",
    "detox*",
    "100 % effective|effectiveness|safe|success|successful|guaranteed|natural|proven|cure",
    "100 percent",
    "100 per cent",
    "permanent|permanently ~ fix|fixes|fixed|relief|relieve|relieves|relieved|cure|cures|cured|solution|results",
    "instant|instantly ~ relief|relieve|relieves|cure|cures|fix|fixes|results",
    "immediate|immediately ~ relief|relieve|relieves|cure|cures|fix|fixes|results",
    "proven to cure|work|works|heal|fix|eliminate|relieve|reverse|stop|remove",
    "work|works|worked for everyone|everybody",
    "no|zero side effect|effects",
    "without side effect|effects",
    "free of|from side effect|effects",
    "risk free",
    "side effect|effects free",
    "foolproof|failsafe",
    "fail safe",
    "can't|cannot|won't ~1 fail",
    "completely|totally|perfectly|entirely|absolutely safe",
    "eliminate*|banish*|erase*|end|ends|gone|rid ~4 forever|permanently",
    "eliminate*|banish*|erase*|end|ends|gone|rid ~4 for good",
    "eliminate*|banish*|erase*|end|ends|gone|rid ~4 once and for all",
    "clinically|scientifically|medically proven",
    "secret|secrets",
    "breakthrough|breakthroughs",
    "magic bullet|pill|cure",
    "wonder drug|cure",
    // Promises in everyday words: that it works for all, for ever, at once, with no risk.
    "never ~2 come|comes back",
    "never ~1 return|returns|recur|recurs",
    "always work|works|helps|help|clears|clear|heals|heal",
    "work|works for 99|100 %",
    "99|100 % of ~2 patients|people|users|customers|clients",
    "doctors|experts|scientists ~1 agree|unanimously",
    "out of 10|ten doctors|dentists|experts|physios|physiotherapists|users|customers ~1 recommend|recommends|prefer|agree|say",
    "every|all doctor|doctors|expert|experts ~1 say|says|agree|agrees|recommend|recommends",
    "every|all study|studies|trial|trials ~3 show|shows|prove|proves|agree",
    "nothing to worry about",
    "the only treatment|cure|remedy|thing ~3 need|needs",
    "number one|no ~2 treatment|remedy|cure",
    "completely|totally|perfectly|entirely|absolutely|always harmless",
    "no risks|risk worth|at",
    "beyond doubt|question",
    "in every case|instance",
    "impossible ~4 again",
    "free for life",
    "permanently correct*|realign*|heal*|fix*",
    "definitely|certainly ~2 heal|heals|work|works|help|helps|cure|clear|clears|go|disappear",
    "will be gone|clear|cured|healed ~2 by|within|in",
    "be|feel pain|symptom|migraine|headache ~1 free in|within|by|for",
    "clear*|cure*|fix*|heal*|solve* ~5 single|one visit|session|treatment|appointment",
    "caused entirely|solely|only by",
    // A hidden cause of everything: "the hidden cause of almost all hip pain".
    "hidden|overlooked|unsuspected|secret ~1 cause|causes|culprit|culprits|source|reason of|behind ~2 all|almost|nearly|most|every|your",
    "only ever ~1 get|gets|getting worse",
    "disappear*|vanish* ~3 never",
    "always ~2 clear|clears|settle|settles|resolve|resolves|heal|heals|improve|improves|cure|cures",
    "is|are never ~2 serious|dangerous|harmful",
    "never ~1 need|needs ~1 a doctor|treatment|medicine",
    "guaranteed|certain|sure to ~1 heal|work|help|cure|clear|fix",
    // Spanish: a translation makes the same claims in its own words.
    "cura|curan|curará|curarán",
    "garantiz*|garantía|garantías",
    "milagr*",
    "100 % eficaz|efectivo|efectiva|seguro|segura|natural|garantizado|comprobado",
    "sin efectos secundarios|adversos",
    "sin riesgo|riesgos",
    "totalmente|completamente|absolutamente seguro|segura|seguros|seguras|inofensivo|inofensiva",
    "elimina*|acaba*|desaparece*|desaparecerá* ~6 para siempre",
    "científicamente|clínicamente|médicamente comprobado|comprobada|probado|probada|demostrado|demostrada",
    "alivio|resultados inmediato|inmediatos|instantáneo|instantáneos|permanente|permanentes",
    "funciona|funcionan para todos|todo",
];

/// Words before "cure" that make it a noun ("a cure", "no known cure").
const NOUN_MARKERS: &[&str] = &[
    "a",
    "an",
    "the",
    "no",
    "any",
    "some",
    "every",
    "this",
    "that",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "my",
    "known",
    "possible",
    "complete",
    "total",
    "real",
    "true",
    "only",
    "one",
    "single",
    "effective",
    "definitive",
    "quick",
    "easy",
    "simple",
    "natural",
    "new",
];

/// Token ranges of "cure" used as a verb ("it will cure"), or as a noun
/// followed by "for" ("a cure for back pain").
fn cure_claims(tokens: &[Token<'_>]) -> Vec<std::ops::Range<usize>> {
    let mut found = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        if token.text != "cure" {
            continue;
        }
        let previous = index.checked_sub(1).and_then(|before| tokens.get(before));
        let is_noun = previous.is_some_and(|before| NOUN_MARKERS.contains(&&*before.text));
        if !is_noun {
            found.push(index..index + 1);
            continue;
        }
        let followed_by_for = tokens.get(index + 1).is_some_and(|next| next.text == "for");
        if followed_by_for {
            let article =
                previous.is_some_and(|before| matches!(&*before.text, "a" | "an" | "the"));
            let start = if article { index - 1 } else { index };
            found.push(start..index + 2);
        }
    }
    found
}

/// Uses of a claim word that are fair: "breakthrough pain" (a medical term),
/// and "no side effects" or "immediate relief" said of some people rather than of everyone.
fn fair_use(tokens: &[Token<'_>], start: usize, end: usize) -> bool {
    const HEDGES: &[&str] = &[
        "most", "many", "some", "usually", "often", "may", "might", "rarely", "few",
    ];
    let first = tokens.get(start).map_or("", |token| &*token.text);
    let next = tokens.get(end).map_or("", |token| &*token.text);
    if refuted_after(tokens, end)
        || graded_effect(tokens, start, end)
        || advice_follows(tokens, end)
    {
        return true;
    }
    match first {
        // "For good" as "for ever" ends its clause or comes before when or how: "gone
        // for good.", "for good within a month"; "for good health" is another phrase.
        // Advice to give up a habit "for good" promises nothing; a treatment that "will
        // stop your heartburn for good" does.
        "for"
            if tokens
                .get(start + 1)
                .is_some_and(|token| token.text == "good") =>
        {
            quits_a_habit(tokens, start)
                || !(end >= tokens.len()
                    || tokens[end].is_break()
                    || matches!(
                        next,
                        "in" | "within"
                            | "by"
                            | "after"
                            | "and"
                            | "with"
                            | "once"
                            | "so"
                            | "but"
                            | "now"
                    ))
        }
        // How long a treatment is taken ("most people take allopurinol for life", "use
        // the cream for the rest of your life") is not a verdict on the illness.
        "for" => preceded_by(
            tokens,
            start,
            &[
                "take", "takes", "taking", "use", "uses", "using", "continue", "wear", "wearing",
            ],
            8,
        ),
        "breakthrough" => matches!(
            next,
            "pain" | "bleeding" | "seizure" | "seizures" | "symptoms"
        ),
        // "Some people feel immediate relief" reports a finding; "gives immediate relief"
        // promises it. So with "no side effects", "may never come back", "most doctors
        // agree" and "usually nothing to worry about".
        "no" | "never" | "nothing" | "doctors" | "experts" | "scientists" => {
            preceded_by(tokens, start, HEDGES, 5)
                // "If nothing else helps, ..." is a condition, not a verdict.
                || (first == "nothing" && preceded_by(tokens, start, &["if", "when"], 2))
        }
        "immediate" | "immediately" => preceded_by(tokens, start, HEDGES, 4),
        // "Just stop the tablets" is advice; "migraines simply stop." is a promise.
        "simply" | "just" => !(end >= tokens.len() || tokens[end].is_break()),
        "instantly" => preceded_by(
            tokens,
            start,
            &[
                "stop", "call", "ring", "seek", "get", "go", "tell", "remove", "take",
            ],
            3,
        ),
        "always" => preceded_by(tokens, start, &["almost", "nearly", "not"], 1),
        _ => false,
    }
}

/// Whether "for good" at token `start` ends advice to quit a habit ("stop smoking for
/// good", "help you quit for good"), not a treatment's promise: the quitting verb is not
/// said of a thing after "will" or "can" ("the tablets will stop your heartburn").
fn quits_a_habit(tokens: &[Token<'_>], start: usize) -> bool {
    const QUITTING: &[&str] = &["stop", "stopping", "quit", "quitting", "give", "giving"];
    const MODALS: &[&str] = &["will", "can", "could", "would", "shall"];
    let clause = tokens[..start.min(tokens.len())]
        .iter()
        .enumerate()
        .rev()
        .take(4)
        .take_while(|(_, token)| !token.is_break());
    clause
        .filter(|(_, token)| QUITTING.contains(&&*token.text))
        .any(|(index, _)| {
            let word = |back: usize| {
                index
                    .checked_sub(back)
                    .and_then(|at| tokens.get(at))
                    .map_or("", |token| &*token.text)
            };
            let promised = (MODALS.contains(&word(1)) && !matches!(word(2), "you" | "we" | "i"))
                || (word(1).ends_with("'ll") && !matches!(word(1), "you'll" | "we'll" | "i'll"));
            !promised
        })
}

/// Whether a "proven" claim reports an effect of some size rather than a sure result:
/// "exercise is proven to ease knee pain", "has been proven to lower the risk" (graded
/// verbs), where "proven to cure" and "proven to work" promise. "Clinically proven" is
/// a seller's phrase whatever follows it.
fn graded_effect(tokens: &[Token<'_>], start: usize, end: usize) -> bool {
    const GRADED: &[&str] = &[
        "ease", "eases", "reduce", "reduces", "lower", "lowers", "improve", "improves", "lessen",
        "lessens", "shorten", "shortens", "slow", "slows",
    ];
    let span = &tokens[start.min(tokens.len())..end.min(tokens.len())];
    let seller = span
        .first()
        .is_some_and(|token| matches!(&*token.text, "clinically" | "scientifically" | "medically"));
    if seller
        || !span
            .iter()
            .any(|token| matches!(&*token.text, "proven" | "proved"))
    {
        return false;
    }
    let mut after = tokens[end.min(tokens.len())..].iter();
    let mut next = after.next();
    if next.is_some_and(|token| token.text == "to") {
        next = after.next();
    }
    next.is_some_and(|token| GRADED.contains(&&*token.text))
}

/// Whether what a sign "always means" is advice to the reader rather than a diagnosis:
/// "always means you should see a doctor", "always means that you need to call 999".
fn advice_follows(tokens: &[Token<'_>], end: usize) -> bool {
    let Some(last) = end.checked_sub(1).and_then(|last| tokens.get(last)) else {
        return false;
    };
    if !matches!(
        &*last.text,
        "mean" | "means" | "meant" | "signal" | "signals" | "indicate" | "indicates"
    ) {
        return false;
    }
    let mut after = tokens[end.min(tokens.len())..]
        .iter()
        .map(|token| &*token.text)
        .skip_while(|word| *word == "that");
    after.next() == Some("you")
        && match after.next() {
            Some("should" | "need" | "must" | "ought") => true,
            Some("have") => after.next() == Some("to"),
            _ => false,
        }
}

/// Whether the clause goes on to deny the claim it names: "detox teas have not been shown
/// to help", "miracle cures do not work".
fn refuted_after(tokens: &[Token<'_>], end: usize) -> bool {
    const DENIALS: &[&str] = &[
        "not", "no", "never", "dont", "doesnt", "didnt", "isnt", "arent",
    ];
    const WHAT: &[&str] = &[
        "shown", "proven", "proved", "evidence", "work", "works", "help", "helps",
    ];
    let clause: Vec<&str> = tokens[end.min(tokens.len())..]
        .iter()
        .take(8)
        .take_while(|token| !token.is_break())
        .map(|token| &*token.text)
        .collect();
    clause.iter().enumerate().any(|(index, word)| {
        (DENIALS.contains(word) || word.ends_with("n't"))
            && clause[index + 1..]
                .iter()
                .take(3)
                .any(|later| WHAT.contains(later))
    })
}

#[cfg(test)]
mod tests {
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
}
