//! The phrases of overstated health claims, in the notation of
//! [`crate::text::phrases::PatternSet`]: fixed claims, the families promises come in, and the
//! words before "cure" that make it a noun.

/// Overstated promises by family, in the notation of [`crate::text::phrases::PatternSet`]: each is
/// reported unless negated ("will not come back for good") or hedged anywhere in its
/// clause ("in most people", "may", "usually"; see [`super::hedged`]).
pub(crate) const CLAIM_FAMILIES: &[&str] = &[
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

/// Claim patterns, in the notation of [`crate::text::phrases::PatternSet`]. "cure"
/// itself is handled by [`super::cure_claims`], since it is often a noun.
pub(crate) const CLAIM_PATTERNS: &[&str] = &[
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
pub(super) const NOUN_MARKERS: &[&str] = &[
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
