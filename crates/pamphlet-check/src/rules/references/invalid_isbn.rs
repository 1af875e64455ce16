//! `invalid-isbn` (PAM404): an ISBN with the wrong length or check digit.

use pamphlet_schema::Source;

use crate::codes::Rule;
use crate::rules::Finding;

crate::rules::rule_doc! {
    /// ## What it checks
    /// That an `isbn` is a valid ISBN-10 or ISBN-13: the right number of digits (hyphens
    /// and spaces are ignored; an ISBN-10 may end in `X`) and a correct check digit.
    ///
    /// ## Why it matters
    /// One wrong digit points to a different book, or to none. The check digit catches
    /// almost every typing slip, so a failure nearly always means a copying mistake.
    ///
    /// ## Example
    /// ```yaml
    /// isbn: 978-0-683-08363-8
    /// ```
    ///
    /// ## How to fix
    /// Copy the ISBN again from the publisher's page or the book's copyright page.
}

pub(crate) fn check(source: &Source, pointer: &str, findings: &mut Vec<Finding>) {
    let Some(isbn) = source.isbn.as_deref() else {
        return;
    };
    if let Err(problem) = validate_isbn(isbn) {
        findings.push(
            Finding::new(
                Rule::InvalidIsbn,
                format!("{pointer}/isbn"),
                format!("`{isbn}` is not a valid ISBN: {problem}"),
            )
            .help("copy the ISBN again from the publisher's page or the book itself"),
        );
    }
}

/// Checks the length and check digit of an ISBN-10 or ISBN-13.
pub(crate) fn validate_isbn(isbn: &str) -> Result<(), String> {
    if isbn.trim_start().to_ascii_uppercase().starts_with("ISBN") {
        return Err("write the number alone, without the `ISBN` label".to_owned());
    }
    let characters: Vec<char> = isbn
        .chars()
        .filter(|character| !matches!(character, '-' | ' '))
        .collect();
    match characters.len() {
        10 => {
            let mut sum = 0;
            for (index, character) in characters.iter().enumerate() {
                let value = match (index, character) {
                    (9, 'X' | 'x') => 10,
                    (_, digit) => digit
                        .to_digit(10)
                        .ok_or_else(|| format!("`{digit}` is not a digit"))?,
                };
                sum += value * (10 - index as u32);
            }
            if sum % 11 == 0 {
                Ok(())
            } else {
                Err("the check digit does not match".to_owned())
            }
        }
        13 => {
            let mut sum = 0;
            for (index, character) in characters.iter().enumerate() {
                let digit = character
                    .to_digit(10)
                    .ok_or_else(|| format!("`{character}` is not a digit"))?;
                sum += if index % 2 == 0 { digit } else { digit * 3 };
            }
            if sum % 10 == 0 {
                Ok(())
            } else {
                Err("the check digit does not match".to_owned())
            }
        }
        length => Err(format!("it has {length} digits; an ISBN has 10 or 13")),
    }
}

#[cfg(test)]
mod tests {
    use super::validate_isbn;

    #[test]
    fn checks_isbn_check_digits() {
        assert_eq!(validate_isbn("978-0-306-40615-7"), Ok(()));
        assert_eq!(validate_isbn("0-306-40615-2"), Ok(()));
        assert_eq!(validate_isbn("0-8044-2957-X"), Ok(()));
        assert!(validate_isbn("978-0-306-40615-8").is_err());
        assert!(validate_isbn("0-306-40615-3").is_err());
        assert!(validate_isbn("12345").is_err());
        assert_eq!(
            validate_isbn("ISBN 978-0-306-40615-7"),
            Err("write the number alone, without the `ISBN` label".to_owned())
        );
        assert!(validate_isbn("97803064061a7").is_err());
    }
}
