//! What pamphlet knows of the languages a topic may be written in: the commonest small
//! words of each (articles, conjunctions, prepositions, pronouns, forms of "to be"), used
//! to tell which language a text is in (`wrong-language`) and which of its words say
//! nothing about what a sentence is about (`off-topic-text` in a language other than
//! English, which has its own fuller list and stemmer).

/// The commonest short words of each language with a list: articles, conjunctions,
/// prepositions, pronouns and forms of "to be".
pub(crate) const COMMON_WORDS: &[(&str, &str, &[&str])] = &[
    (
        "en",
        "English",
        &[
            "the", "and", "of", "to", "is", "are", "with", "you", "your", "that", "this", "for",
            "it", "be", "can", "or", "from", "may", "have", "has", "not", "will", "they", "when",
            "if", "than", "what", "which", "by", "at", "on", "after", "before", "some", "more",
        ],
    ),
    (
        "es",
        "Spanish",
        &[
            "el", "los", "las", "del", "y", "con", "para", "por", "una", "es", "su", "sus", "se",
            "más", "puede", "usted", "cuando", "pero", "como", "muy", "también", "si", "sobre",
            "está", "son", "hay", "entre", "hasta", "desde", "qué", "ni", "lo", "al",
        ],
    ),
    (
        "fr",
        "French",
        &[
            "le", "les", "des", "du", "et", "est", "une", "pour", "dans", "avec", "vous", "votre",
            "qui", "pas", "sur", "au", "aux", "ou", "mais", "sont", "peut", "cette", "ce", "ces",
            "il", "elle", "leur", "plus", "être", "avoir", "comme", "très",
        ],
    ),
    (
        "de",
        "German",
        &[
            "der", "das", "und", "ist", "nicht", "mit", "sie", "ein", "eine", "zu", "den", "dem",
            "auf", "für", "bei", "oder", "sich", "auch", "es", "werden", "wird", "sind", "kann",
            "wenn", "nach", "vor", "ihr", "ihre", "einen", "einem", "über", "wie",
        ],
    ),
    (
        "pt",
        "Portuguese",
        &[
            "os", "do", "da", "dos", "das", "e", "não", "com", "para", "uma", "você", "seu", "sua",
            "em", "ao", "na", "no", "nas", "nos", "mais", "pode", "quando", "mas", "também",
            "muito", "ou", "são", "está", "pelo", "pela", "isso", "ser",
        ],
    ),
    (
        "it",
        "Italian",
        &[
            "il", "lo", "gli", "della", "del", "che", "e", "è", "con", "per", "una", "non", "sono",
            "si", "nel", "alla", "dei", "delle", "anche", "più", "può", "quando", "ma", "molto",
            "essere", "questo", "questa", "come", "dal", "sul", "tra",
        ],
    ),
];

/// The common words of the language whose primary subtag is `primary`, if pamphlet has
/// a list for it.
pub(crate) fn common_words(primary: &str) -> Option<&'static [&'static str]> {
    COMMON_WORDS
        .iter()
        .find(|(code, _, _)| *code == primary)
        .map(|(_, _, words)| *words)
}
