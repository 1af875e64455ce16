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

/// Levenshtein distance between two strings, counted in characters. One row of the
/// table is kept, on the stack for names of up to 63 characters: this runs for every
/// unknown field and misspelt id, which a bad file can have by the thousand.
pub(crate) fn edit_distance(left: &str, right: &str) -> usize {
    const SHORT: usize = 63;
    let right_length = right.chars().count();
    if right_length <= SHORT {
        let mut chars = ['\0'; SHORT];
        for (slot, ch) in chars.iter_mut().zip(right.chars()) {
            *slot = ch;
        }
        let mut row = [0usize; SHORT + 1];
        distance_with(left, &chars[..right_length], &mut row[..=right_length])
    } else {
        let chars: Vec<char> = right.chars().collect();
        let mut row = vec![0usize; right_length + 1];
        distance_with(left, &chars, &mut row)
    }
}

/// The distance from `left` to the characters `right`, with `row` (one longer than
/// `right`) as the working row.
fn distance_with(left: &str, right: &[char], row: &mut [usize]) -> usize {
    for (index, cell) in row.iter_mut().enumerate() {
        *cell = index;
    }
    for (line, left_char) in left.chars().enumerate() {
        // The cell diagonally up and to the left of the one being filled.
        let mut diagonal = row[0];
        row[0] = line + 1;
        for (column, right_char) in right.iter().enumerate() {
            let above = row[column + 1];
            let substitution = diagonal + usize::from(left_char != *right_char);
            row[column + 1] = substitution.min(above + 1).min(row[column] + 1);
            diagonal = above;
        }
    }
    row[right.len()]
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
