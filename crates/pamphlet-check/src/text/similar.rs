//! Spelling suggestions: the known name closest to a misspelt one, by edit distance.

/// The candidate closest to `name`, if it is close enough to be a slip of the keyboard:
/// about one edit per four characters (one to three), or a prefix of one another.
pub(crate) fn closest<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let name_length = name.chars().count();
    candidates
        .into_iter()
        .filter(|candidate| !candidate.is_empty())
        .filter_map(|candidate| {
            let length = candidate.chars().count();
            let bound = (length / 4).clamp(1, 3);
            if name.len() >= 3 && (candidate.starts_with(name) || name.starts_with(candidate)) {
                return Some((edit_distance(name, candidate), candidate));
            }
            // The lengths alone rule most candidates out, with no distance to compute.
            if name_length.abs_diff(length) > bound {
                return None;
            }
            let distance = edit_distance(name, candidate);
            (distance <= bound).then_some((distance, candidate))
        })
        .min_by(|left, right| left.0.cmp(&right.0).then(left.1.cmp(right.1)))
        .map(|(_, candidate)| candidate)
}

/// The edit distance between two strings, counted in characters: insertions, deletions,
/// substitutions and swaps of two neighbouring characters ("urgnet" is one swap from
/// "urgent"), each one edit (`strsim`'s optimal string alignment).
pub(crate) fn edit_distance(left: &str, right: &str) -> usize {
    strsim::osa_distance(left, right)
}

#[cfg(test)]
mod tests {
    use super::{closest, edit_distance};

    #[test]
    fn suggests_near_misses_only() {
        assert_eq!(edit_distance("sourcs", "sources"), 1);
        assert_eq!(edit_distance("urgnet", "urgent"), 1);
        assert_eq!(
            closest("urgnet", ["emergency", "urgent", "soon"]),
            Some("urgent")
        );
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

    #[test]
    fn distances_are_levenshtein_for_short_and_long_strings() {
        for (left, right, expected) in [
            ("", "", 0),
            ("", "abc", 3),
            ("abc", "", 3),
            ("kitten", "sitting", 3),
            ("flaw", "lawn", 2),
            ("ίσχιο", "ισχίο", 2),
            ("sources", "sources", 0),
        ] {
            assert_eq!(edit_distance(left, right), expected, "{left} {right}");
            assert_eq!(edit_distance(right, left), expected, "{right} {left}");
        }
        // Past the stack row: 70 characters against the same with three changes.
        let long: String = "abcdefghij".repeat(7);
        let changed = format!("x{}yz", &long[1..68]);
        assert_eq!(edit_distance(&long, &changed), 3);
    }
}
