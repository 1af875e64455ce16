//! Notes that writers leave for each other, in the shapes they take rather than as fixed
//! phrases: a slot named before "here" ("Question about work here"), a request to a
//! named colleague ("ask Priya", "confirm with Sarah"), a status after a label ("Goals:
//! pending"), an instruction about the writing itself ("max 15 words", "in one or two
//! sentences"), a slot in single angle brackets or braces (`<name>`, `{dose}`), a
//! doubting "(?)", a dummy date or phone number, and an editor's verb ("reword this");
//! an instruction to put something in ("insert link", "paste diagram"), text awaited
//! from someone ("waiting on input"), a numbered label with nothing after it ("Q5?"),
//! a template variable (`%clinic_name%`) and a small word typed twice ("the the").
//! `placeholder-text` asks these after its fixed markers.

mod requests;
mod slots;

use std::borrow::Cow;
use std::ops::Range;

use super::words::Run;

use requests::{
    awaited_input, copy_in_here, fixed_note, instruction_about_writing, instruction_to_put_in,
    request_to_a_colleague, writing_task,
};
use slots::{
    capitals_instruction, doubled_word, left_to_be_done, letter_for_a_value, numbered_label_alone,
    repeated_sentence, single_bracket_slot, slot_before_here, slot_to_come, status_after_label,
    template_variable, title_case_slot,
};

/// The first editing note in `text`, whose [`super::words::alphanumeric_runs`] are
/// `runs`, as a byte range, or `None`.
pub(crate) fn editing_note(text: &str, runs: &[Run<'_>]) -> Option<Range<usize>> {
    let words = words(runs);
    [
        slot_before_here(text, words.as_slice()),
        request_to_a_colleague(text, &words),
        status_after_label(text, &words),
        instruction_about_writing(text, &words),
        single_bracket_slot(text),
        fixed_note(text),
        letter_for_a_value(text, &words),
        title_case_slot(text, &words),
        instruction_to_put_in(&words),
        awaited_input(&words),
        slot_to_come(text, &words),
        numbered_label_alone(text, &words),
        template_variable(text),
        doubled_word(text, &words),
        repeated_sentence(text),
        writing_task(&words),
        copy_in_here(&words),
        left_to_be_done(text, &words),
        capitals_instruction(&words),
    ]
    .into_iter()
    .flatten()
    .min_by_key(|range| range.start)
}

/// A word of a text and where it is.
struct Word<'a> {
    range: Range<usize>,
    text: &'a str,
    /// Lowercase; borrowed from the text when it already is (most words), so that a
    /// field's words cost no allocation each.
    lower: Cow<'a, str>,
}

/// `word` in lowercase, borrowed when it has no capital.
fn lowercase(word: &str) -> Cow<'_, str> {
    // Most words: ASCII with no capital, found in one pass over the bytes.
    if word
        .bytes()
        .all(|byte| byte.is_ascii() && !byte.is_ascii_uppercase())
    {
        return Cow::Borrowed(word);
    }
    if word.is_ascii() {
        // Lowercased a byte at a time, as `to_lowercase` would.
        return Cow::Owned(word.to_ascii_lowercase());
    }
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// The words of a text, its `runs` of letters, digits and apostrophes, each with its
/// lowercase.
fn words<'a>(runs: &[Run<'a>]) -> Vec<Word<'a>> {
    runs.iter()
        .map(|(range, word)| Word {
            range: range.clone(),
            text: word,
            lower: lowercase(word),
        })
        .collect()
}

/// Whether a clause of `text` ends at byte `at`: the text ends there, or the next
/// character closes the clause (`. , ; : ! ) ]` or a line break). A note ends its clause
/// ("Image here."); advice goes on ("the steps here will help").
fn ends_clause(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .next()
        .is_none_or(|next| matches!(next, '.' | ',' | ';' | ':' | '!' | ')' | ']' | '\n'))
}

#[cfg(test)]
mod tests {
    use super::editing_note;
    use crate::text::words::alphanumeric_runs;

    fn note(text: &str) -> Option<&str> {
        let runs: Vec<_> = alphanumeric_runs(text).collect();
        editing_note(text, &runs).map(|range| &text[range])
    }

    #[test]
    fn finds_notes_in_their_shapes() {
        for (text, quoted) in [
            ("Risks here, short list.", "Risks here"),
            ("Picture of the brace here.", "Picture of the brace here"),
            // A task left at the end of its clause comes first.
            ("Dose to confirm, ask Tomasz.", "Dose to confirm"),
            ("Dose: ask Tomasz.", "ask Tomasz"),
            ("Check with Ahmed before this goes out.", "Check with Ahmed"),
            ("Recovery plan: pending", "pending"),
            ("Summary (50 words max).", "50 words max"),
            (
                "Say what a flare is, in two or three sentences.",
                "in two or three sentences",
            ),
            ("Describe the exercise. Keep it simple!", "Keep it simple"),
            ("Call <clinic phone> for help.", "<clinic phone>"),
            ("Take {dose} twice a day.", "{dose}"),
            ("It lasts about six weeks (?).", "(?)"),
            ("Rewrite this for patients.", "Rewrite this"),
            ("Not sure we still run this clinic.", "Not sure we"),
            ("Wear the splint for X weeks.", "X weeks"),
            ("Your nurse, Dr Y, will see you.", "Y"),
            ("Last reviewed in 20XX.", "20XX"),
            ("The dose figure needs a source.", "needs a source"),
            ("About X% of people get better.", "X%"),
            ("See step X for the stretch.", "X"),
            ("Call Clinic Name on the number below.", "Clinic Name"),
            ("Put more info here.", "more info here"),
        ] {
            assert_eq!(note(text), Some(quoted), "{text}");
        }
    }

    #[test]
    fn lets_patient_text_through() {
        for honest in [
            "Ask your doctor about the side effects here.",
            "Press here with two fingers for 30 seconds.",
            "The steps here take ten minutes a day.",
            "Ask the pharmacist which gel suits you.",
            "Ask Dr Okafor's team how long to take it.",
            "Check with your GP before you start.",
            "Ask NHS 111 if you are not sure what to do.",
            "If you are not sure whether to call 999, call 111.",
            "Your results may take a week while tests are pending.",
            "A swelling of <5 mm is normal.",
            "Write down in a few words what makes the pain worse.",
            "Keep a diary: two or three lines a day are enough.",
            "Write your questions down in two or three lines.",
            "Stop if it hurts.",
            "An X-ray is not usually needed.",
            "Vitamin D and calcium help keep bones strong.",
            "Have a draft of your questions ready.",
            "Bring your NHS number and a list of your medicines.",
            "The only source for this cause is an older review.",
            "Can someone else collect my prescription?",
            "Your blood pressure needs checking every year.",
            "Cut this page out and keep it by the phone.",
            "Step 2: hold the stretch for 30 seconds.",
            "Ask Dr Ahmed's team for your Patient Number.",
        ] {
            assert_eq!(note(honest), None, "{honest}");
        }
    }

    #[test]
    fn finds_instructions_awaited_text_labels_variables_and_doubled_words() {
        for (text, quoted) in [
            // An instruction to put something into the document.
            (
                "Paste the NICE diagram under this line.",
                "Paste the NICE diagram",
            ),
            ("Embed video of the wall stretch.", "Embed video"),
            (
                "Keep the splint on at night (add a reference).",
                "add a reference",
            ),
            ("Please insert a photo of the taping.", "insert a photo"),
            // Text awaited from someone.
            (
                "Risks: awaiting feedback from pharmacy.",
                "awaiting feedback",
            ),
            (
                "Awaiting clinical sign-off before use.",
                "Awaiting clinical sign-off",
            ),
            (
                "Dosing: waiting on the pharmacist's input.",
                "waiting on the pharmacist's input",
            ),
            // Content said to come later.
            ("Image to come.", "Image to come"),
            ("Dosing details to follow.", "details to follow"),
            ("Hold for 30 seconds (video to come).", "video to come"),
            ("Insert clinic phone number.", "Insert clinic phone"),
            ("Dosing section pending sign-off.", "pending sign-off"),
            (
                "Still waiting for figures from audit.",
                "waiting for figures",
            ),
            // A task handed to a colleague by first name.
            ("Dose in children: Tomasz to confirm.", "Tomasz to confirm"),
            ("Wording feels long, Aisha to reword.", "Aisha to reword"),
            ("Sources: Leila to update.", "Leila to update"),
            // A numbered label with no text after it.
            ("Step 4.", "Step 4"),
            ("Question 7?", "Question 7"),
            ("Q12", "Q12"),
            // A template variable never filled in.
            ("Call %clinic_phone% for advice.", "%clinic_phone%"),
            ("Take %DOSE% each morning.", "%DOSE%"),
            ("See %LINK%", "%LINK%"),
            // A small word typed twice.
            ("Rest the the knee for two days.", "the the"),
            ("Go back to to work slowly.", "to to"),
            ("Ask your your pharmacist first.", "your your"),
            // Tracked changes left in.
            ("Formatted: Font 11 pt. Rest the knee.", "Formatted:"),
            ("Ice it ~~three~~ two times a day.", "~~"),
        ] {
            assert_eq!(note(text), Some(quoted), "{text}");
        }
    }

    #[test]
    fn lets_look_alikes_of_the_new_shapes_through() {
        for honest in [
            "Insert the needle into the fatty part of your thigh.",
            "Add a pinch of salt to a glass of warm water.",
            "Add a photo of the rash to the online form.",
            "Insert the mouthpiece of the spacer between your teeth.",
            "While you are waiting for your results, keep active.",
            "Waiting for an operation can feel hard.",
            "Your referral may be pending for a few weeks.",
            "Remember to update your list of medicines.",
            "Try to write down your questions.",
            "Go to Boots to check your blood pressure.",
            "Ask Dr Ahmed to review your tablets.",
            "Step 2: hold the stretch for 30 seconds.",
            "About 20% to 30% of people have it again.",
            "It helps 40%, and 10% see no change.",
            "I had had pain for years before it was found.",
            "She said that that was normal.",
            "Learn to confirm your pulse at the wrist.",
            "While you are waiting for a copy of your scan report, keep moving.",
            "Your results are pending for a few days; the clinic will call.",
            "There is more to come on this in your next appointment.",
            "The details to follow at home are on the back page.",
        ] {
            assert_eq!(note(honest), None, "{honest}");
        }
    }

    /// A long slot that says what to write, a task in brackets by first name, and a
    /// sentence pasted twice.
    #[test]
    fn finds_long_instructions_bracketed_tasks_and_repeated_sentences() {
        for (text, quoted) in [
            (
                "<add a sentence on what to do if the splint rubs the skin at night>",
                "<add a sentence on what to do if the splint rubs the skin at night>",
            ),
            ("Risks: (Tomasz to write)", "Tomasz to write"),
            ("Hold the stretch [Aisha to check].", "Aisha to check"),
            (
                "Rest the ankle for two days. Rest the ankle for two days.",
                "Rest the ankle for two days",
            ),
        ] {
            assert_eq!(note(text), Some(quoted), "{text}");
        }
    }

    #[test]
    fn lets_look_alikes_of_long_slots_tasks_and_repeats_through() {
        for honest in [
            "If the machine at home fails, go to Boots to check.",
            "Breathe in. Breathe out. Breathe in. Breathe out.",
            "Hold for 10 seconds. Repeat 10 times. Hold for 10 seconds.",
            "(Check with your GP first.)",
            "Ask the pharmacy (Boots or another) to check your inhaler technique.",
            "Rest the ankle for two days. Then rest it again if it swells.",
        ] {
            assert_eq!(note(honest), None, "{honest}");
        }
    }

    /// Text to copy "in here", a slot that "goes here", someone writing "this", work
    /// left "to be" done, an instruction in capitals, a piece of writing to add on a
    /// subject, a colleague asked by name, and what a reference still needs.
    #[test]
    fn finds_copying_slots_work_to_be_done_and_requests_by_name() {
        for (text, quoted) in [
            (
                "Risks: see the leaflet, paste the main ones in here.",
                "paste the main ones in here",
            ),
            (
                "Benefits go here when the audit is done.",
                "Benefits go here",
            ),
            (
                "How it works: Dr Osei is drafting this.",
                "is drafting this",
            ),
            (
                "Aims for month one: to be decided with the team",
                "to be decided",
            ),
            (
                "Heel pain is common (figure to be supplied).",
                "to be supplied",
            ),
            (
                "About half of adults get it. CONFIRM FIGURE",
                "CONFIRM FIGURE",
            ),
            (
                "Say who gets it. Include a sentence on age.",
                "Include a sentence on",
            ),
            ("Tom, could you add the dose?", "Tom, could you"),
            ("Ref: Patel 2019? need the date", "need the date"),
        ] {
            assert_eq!(note(text), Some(quoted), "{text}");
        }
    }

    #[test]
    fn lets_look_alikes_of_copying_work_to_be_done_and_capitals_through() {
        for honest in [
            "Keep a diary and add a line about each headache.",
            "Your inhaler technique needs to be checked at every review.",
            "CHECK THE LABEL before you take any painkiller.",
            "You cannot pass urine. CALL 999 NOW.",
            "Put your hand here and press gently.",
            "Your dose may need to be updated after a few weeks.",
            "Find out what goes on in here when a knee wears.",
        ] {
            assert_eq!(note(honest), None, "{honest}");
        }
    }
}
