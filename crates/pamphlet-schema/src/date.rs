//! `IsoDate`: a calendar date written as `YYYY-MM-DD` in content files.

use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date such as `2026-11-23`. Impossible dates (`2026-02-30`) are
/// refused when parsing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate(jiff::civil::Date);

impl IsoDate {
    /// Parses `YYYY-MM-DD`, refusing anything else (times, week dates, impossible days).
    pub fn parse(text: &str) -> Result<IsoDate, String> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(index, byte)| index == 4 || index == 7 || byte.is_ascii_digit());
        if !shape_ok {
            return Err(format!("`{text}` is not a date in the form YYYY-MM-DD"));
        }
        let number = |range: std::ops::Range<usize>| text[range].parse::<i16>().unwrap_or(0);
        let (year, month, day) = (number(0..4), number(5..7), number(8..10));
        jiff::civil::Date::new(year, month as i8, day as i8)
            .map(IsoDate)
            .map_err(|_| format!("`{text}` is not a real calendar date"))
    }

    /// Builds a date from its parts, if they name a real day.
    pub fn from_ymd(year: i16, month: i8, day: i8) -> Option<IsoDate> {
        jiff::civil::Date::new(year, month, day).ok().map(IsoDate)
    }

    pub fn year(self) -> i16 {
        self.0.year()
    }

    /// The month, from 1 (January) to 12.
    pub fn month(self) -> i8 {
        self.0.month()
    }

    /// The day of the month, from 1.
    pub fn day(self) -> i8 {
        self.0.day()
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: IsoDate) -> i64 {
        let span = later.0.since(self.0).unwrap_or_default();
        i64::from(span.get_days())
    }

    /// The date `days` days after this one, saturating at the calendar's ends.
    pub fn plus_days(self, days: i64) -> IsoDate {
        let span = jiff::Span::new().days(days.clamp(-7_000_000, 7_000_000));
        IsoDate(self.0.checked_add(span).unwrap_or(self.0))
    }

    /// The date of a Unix timestamp (seconds), in UTC.
    pub fn from_unix_seconds(seconds: i64) -> Option<IsoDate> {
        let days = seconds.div_euclid(86_400);
        let epoch = jiff::civil::Date::new(1970, 1, 1).ok()?;
        let span = jiff::Span::new().try_days(days).ok()?;
        epoch.checked_add(span).ok().map(IsoDate)
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            formatter,
            "{:04}-{:02}-{:02}",
            self.0.year(),
            self.0.month(),
            self.0.day()
        )
    }
}

impl Serialize for IsoDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        IsoDate::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for IsoDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "IsoDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "date",
            "description": "A calendar date written YYYY-MM-DD, for example 2026-11-23."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::IsoDate;

    #[test]
    fn parses_real_dates_and_refuses_impossible_ones() {
        assert_eq!(
            IsoDate::parse("2024-02-29").map(|date| date.to_string()),
            Ok("2024-02-29".to_owned())
        );
        assert!(IsoDate::parse("2026-02-30").is_err());
        assert!(IsoDate::parse("2026-13-01").is_err());
        assert!(IsoDate::parse("2026-1-01").is_err());
        assert!(IsoDate::parse("26-01-01xx").is_err());
    }

    #[test]
    fn counts_days_between_dates() {
        let start = IsoDate::parse("2026-01-01").expect("valid date");
        let end = IsoDate::parse("2026-03-01").expect("valid date");
        assert_eq!(start.days_until(end), 59);
        assert_eq!(end.days_until(start), -59);
        assert_eq!(start.plus_days(59), end);
    }
}
