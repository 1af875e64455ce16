//! Spelling suggestions: the known name closest to a misspelt one, by edit distance.

/// The candidate closest to `name`, if it is close enough to be a slip of the keyboard:
/// about one edit per four characters (one to three), or a prefix of one another.
pub(crate) fn closest<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .filter(|candidate| !candidate.is_empty())
        .map(|candidate| (edit_distance(name, candidate), candidate))
        .filter(|(distance, candidate)| {
            *distance <= (candidate.chars().count() / 4).clamp(1, 3)
                || (name.len() >= 3 && (candidate.starts_with(name) || name.starts_with(candidate)))
        })
        .min_by(|left, right| left.0.cmp(&right.0).then(left.1.cmp(right.1)))
        .map(|(_, candidate)| candidate)
}

/// Levenshtein distance between two strings, counted in characters.
pub(crate) fn edit_distance(left: &str, right: &str) -> usize {
    let right: Vec<char> = right.chars().collect();
    let mut previous: Vec<usize> = (0..=right.len()).collect();
    for (row, left_char) in left.chars().enumerate() {
        let mut current = vec![row + 1];
        for (column, right_char) in right.iter().enumerate() {
            let substitution = previous[column] + usize::from(left_char != *right_char);
            current.push(
                substitution
                    .min(previous[column + 1] + 1)
                    .min(current[column] + 1),
            );
        }
        previous = current;
    }
    previous[right.len()]
}

#[cfg(test)]
mod tests {
    use super::{closest, edit_distance};

    #[test]
    fn suggests_near_misses_only() {
        assert_eq!(edit_distance("sourcs", "sources"), 1);
        assert_eq!(closest("sourcs", ["sources", "summary"]), Some("sources"));
        assert_eq!(
            closest("shah-2051", ["shah-2015", "wong-2012"]),
            Some("shah-2015")
        );
        assert_eq!(
            closest("frequncy", ["frequency", "refers_to"]),
            Some("frequency")
        );
        assert_eq!(closest("colour", ["sources", "summary"]), None);
        assert_eq!(closest("x", ["id"]), None);
        assert_eq!(closest("alvarez-2002", ["", "shah-2015"]), None);
    }
}
