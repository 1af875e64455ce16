//! Which serious problems a red flag may honestly name another condition for. A warning
//! sign points at another condition by its nature (numbness and bladder trouble in a back
//! guide point at cauda equina; a drooping face with a headache, at a stroke), so a red
//! flag's `sign` is not judged like prose. It is judged against what the red flag says
//! it screens for (`screens_for`): a sign about a stroke fits a red flag for a blood
//! vessel problem, but a sign about an asthma attack, pasted into a heel guide's red flag
//! for nerve damage, fits none of it.

use pamphlet_schema::Concern;

use Concern::{
    Cancer, CaudaEquina, Fracture, Infection, Inflammatory, NerveDamage, Other, Vascular,
};

/// For each condition of [`super::condition_words::CONDITIONS`] (by name) that a guide on
/// another condition may warn about: the serious problems such a warning screens for.
/// A condition not listed (hay fever, eczema, acne, insomnia …) is no other guide's
/// warning sign: its care belongs in its own guide. `other` ("another problem that
/// needs a doctor") is listed only where such guides name the condition as one.
const WARNS_OF: &[(&str, &[Concern])] = &[
    ("sinusitis", &[Infection]),
    ("sore throat", &[Infection]),
    ("heart disease", &[Vascular]),
    ("high blood pressure", &[Vascular]),
    ("stroke", &[Vascular, NerveDamage]),
    ("deep vein thrombosis", &[Vascular]),
    ("anaemia", &[Cancer, Other]),
    ("varicose veins", &[Vascular]),
    // Numb feet, slow-healing sores and poor circulation.
    ("diabetes", &[NerveDamage, Infection, Vascular]),
    ("thyroid disease", &[Other]),
    ("osteoporosis", &[Fracture]),
    // Food that sticks, blood in vomit or stools.
    ("acid reflux", &[Cancer, Other]),
    ("irritable bowel syndrome", &[Cancer, Other]),
    ("haemorrhoids", &[Cancer, Other]),
    // Bladder trouble is a sign of cauda equina; blood in the urine needs a doctor.
    ("urinary infection", &[Infection, CaudaEquina, Other]),
    ("kidney stones", &[Infection, Other]),
    ("psoriasis", &[Inflammatory]),
    ("shingles", &[Infection, NerveDamage]),
    // A sudden, very bad headache; one with a fever and a stiff neck.
    ("migraine", &[Vascular]),
    ("tension headache", &[Vascular, Infection, Other]),
    ("vertigo", &[Vascular]),
    ("ear infection", &[Infection]),
    ("eye infection", &[Infection]),
    ("depression and anxiety", &[Other]),
    ("dementia", &[Other]),
    ("gout", &[Inflammatory]),
    ("rheumatoid arthritis", &[Inflammatory]),
    // A joint's own signs: a fall, a hot swollen joint, a joint that locks.
    (
        "knee osteoarthritis",
        &[Fracture, Infection, Inflammatory, Other],
    ),
    ("hip pain", &[Fracture, Infection, Other]),
    // Its words are those of cauda equina and of nerve roots pressed on.
    (
        "low back pain",
        &[CaudaEquina, NerveDamage, Cancer, Fracture],
    ),
    // A stiff neck with a fever or a rash is meningitis.
    ("neck pain", &[Infection, NerveDamage]),
    ("shoulder pain", &[Vascular, Fracture]),
    ("tennis elbow", &[Fracture, NerveDamage]),
    // A numb hand or arm is also a sign of a stroke.
    ("carpal tunnel syndrome", &[NerveDamage, Vascular]),
    (
        "plantar fasciitis",
        &[Fracture, NerveDamage, Vascular, Infection],
    ),
    ("Achilles tendinopathy", &[Fracture, Other]),
    ("ankle sprain", &[Fracture]),
    ("epilepsy", &[Other]),
    ("multiple sclerosis", &[NerveDamage]),
    ("atrial fibrillation", &[Vascular]),
    ("inflammatory bowel disease", &[Inflammatory, Other]),
    ("gallstones", &[Infection, Other]),
    ("diverticular disease", &[Infection, Other]),
    ("urinary incontinence", &[CaudaEquina]),
    ("prostate problems", &[Cancer, Other]),
    // Sudden loss of sight.
    ("eye disease", &[Vascular, Other]),
    ("hearing loss and tinnitus", &[Other]),
    ("dental problems", &[Infection]),
    ("skin infection", &[Infection]),
];

/// Whether a red flag that screens for `concern` may name `condition` (a name of
/// [`super::condition_words::CONDITIONS`]) as the serious problem it warns of.
pub(crate) fn fits(condition: &str, concern: Concern) -> bool {
    WARNS_OF
        .iter()
        .find(|(name, _)| *name == condition)
        .is_some_and(|(_, concerns)| concerns.contains(&concern))
}

#[cfg(test)]
mod tests {
    use super::{Concern, WARNS_OF, fits};
    use crate::text::condition_words::CONDITIONS;

    #[test]
    fn every_condition_named_is_in_the_lexicon_once() {
        for (index, (name, _)) in WARNS_OF.iter().enumerate() {
            assert!(
                CONDITIONS.iter().any(|condition| condition.name == *name),
                "{name}"
            );
            assert!(
                !WARNS_OF[..index].iter().any(|(earlier, _)| earlier == name),
                "{name} twice"
            );
        }
    }

    #[test]
    fn serious_problems_fit_their_concerns_and_no_others() {
        assert!(fits("stroke", Concern::Vascular));
        assert!(fits("low back pain", Concern::CaudaEquina));
        assert!(fits("deep vein thrombosis", Concern::Vascular));
        assert!(!fits("deep vein thrombosis", Concern::Fracture));
        assert!(!fits("asthma", Concern::Other));
        assert!(!fits("eczema", Concern::Infection));
    }
}
