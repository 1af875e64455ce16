//! Setting text: words measured with the font's advance widths, then broken into
//! lines by `textwrap`'s optimal-fit algorithm (the Knuth–Plass cost model, which
//! balances the gaps at the ends of all lines of a paragraph instead of filling
//! each line greedily).

use textwrap::core::Fragment;
use textwrap::wrap_algorithms::{Penalties, wrap_first_fit, wrap_optimal_fit};

use crate::fonts::{Fonts, Weight};

/// An RGB colour, each channel from 0 to 1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Color(pub(crate) f32, pub(crate) f32, pub(crate) f32);

/// How a piece of text looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Style {
    pub(crate) weight: Weight,
    pub(crate) color: Color,
}

/// Text in one style, optionally a link to a web address.
#[derive(Clone, Debug)]
pub(crate) struct Span {
    pub(crate) text: String,
    pub(crate) style: Style,
    pub(crate) link: Option<String>,
}

/// A stretch of a set line in one style: what is drawn with one font selection.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Run {
    pub(crate) text: String,
    pub(crate) style: Style,
    pub(crate) link: Option<String>,
    /// Distance from the start of the line, in points.
    pub(crate) x: f32,
    pub(crate) width: f32,
}

/// One line of a paragraph, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Line {
    pub(crate) runs: Vec<Run>,
    pub(crate) width: f32,
}

/// Breaks `spans` into lines no wider than `width` points at `size` points.
pub(crate) fn set(spans: &[Span], fonts: &Fonts, size: f32, width: f32) -> Vec<Line> {
    let words = words(spans, fonts, size, width);
    if words.is_empty() {
        return Vec::new();
    }
    // textwrap's penalties are tuned for gaps counted in characters; measuring in
    // half-ems keeps proportional text on that scale.
    let unit = f64::from(size) / 2.0;
    let fragments: Vec<Measured<'_>> = words.iter().map(|word| Measured { word, unit }).collect();
    let line_width = f64::from(width) / unit;
    let mut penalties = Penalties::new();
    // Words wider than the line were already split, so a line never needs to overflow.
    penalties.overflow_penalty = 1_000_000;
    let lines = wrap_optimal_fit(&fragments, &[line_width], &penalties)
        .unwrap_or_else(|_| wrap_first_fit(&fragments, &[line_width]));
    lines
        .iter()
        .map(|line| draw(line.iter().map(|fragment| fragment.word), fonts, size))
        .collect()
}

/// Like [`set`], but with the lines made as even as possible, for headings: the
/// narrowest width that needs no more lines ("Trigger points / and hip pain", not
/// "Trigger points and hip / pain").
pub(crate) fn set_balanced(spans: &[Span], fonts: &Fonts, size: f32, width: f32) -> Vec<Line> {
    let lines = set(spans, fonts, size, width);
    if lines.len() < 2 {
        return lines;
    }
    let (mut narrow, mut wide) = (width / 2.0, width);
    let mut best = lines.clone();
    for _ in 0..12 {
        let middle = (narrow + wide) / 2.0;
        let candidate = set(spans, fonts, size, middle);
        if candidate.len() <= lines.len() {
            wide = middle;
            best = candidate;
        } else {
            narrow = middle;
        }
    }
    best
}

/// Glued parts that must stay on one line, such as a word and the citation after it.
#[derive(Clone, Debug)]
struct Word {
    parts: Vec<Part>,
    /// Whether a space follows the word when it does not end a line.
    space_after: bool,
    width: f32,
    space_width: f32,
}

#[derive(Clone, Debug)]
struct Part {
    text: String,
    style: Style,
    link: Option<String>,
}

#[derive(Debug)]
struct Measured<'a> {
    word: &'a Word,
    unit: f64,
}

impl Fragment for Measured<'_> {
    fn width(&self) -> f64 {
        f64::from(self.word.width) / self.unit
    }

    fn whitespace_width(&self) -> f64 {
        f64::from(self.word.space_width) / self.unit
    }

    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Splits spans into words: at spaces (a no-break space glues), and inside any word
/// too wide for a line. Never after a hyphen: text extractors such as `pdftotext`
/// take a hyphen at the end of a line for a soft one and drop it.
fn words(spans: &[Span], fonts: &Fonts, size: f32, line_width: f32) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::new();
    let mut current: Vec<Part> = Vec::new();
    let finish = |current: &mut Vec<Part>, words: &mut Vec<Word>, space_after: bool| {
        if !current.is_empty() {
            words.push(measure(std::mem::take(current), space_after, fonts, size));
        } else if space_after && let Some(last) = words.last_mut() {
            last.space_after = true;
            last.space_width = fonts.face(last_style(last).weight).width(" ", size);
        }
    };
    for span in spans {
        let face = fonts.face(span.style.weight);
        for ch in span.text.chars() {
            let ch = if ch.is_whitespace() && ch != '\u{A0}' {
                ' '
            } else {
                ch
            };
            if ch == ' ' {
                finish(&mut current, &mut words, true);
                continue;
            }
            if ch.is_control() {
                continue;
            }
            push_char(&mut current, face.printable(ch), span);
        }
    }
    finish(&mut current, &mut words, false);
    if let Some(last) = words.last_mut() {
        last.space_after = false;
        last.space_width = 0.0;
    }
    words
        .into_iter()
        .flat_map(|word| split_wide(word, fonts, size, line_width))
        .collect()
}

fn push_char(parts: &mut Vec<Part>, ch: char, span: &Span) {
    match parts.last_mut() {
        Some(part) if part.style == span.style && part.link == span.link => part.text.push(ch),
        _ => parts.push(Part {
            text: ch.to_string(),
            style: span.style,
            link: span.link.clone(),
        }),
    }
}

fn last_style(word: &Word) -> Style {
    word.parts.last().map(|part| part.style).unwrap_or(Style {
        weight: Weight::Regular,
        color: Color(0.0, 0.0, 0.0),
    })
}

fn measure(parts: Vec<Part>, space_after: bool, fonts: &Fonts, size: f32) -> Word {
    let width = parts
        .iter()
        .map(|part| fonts.face(part.style.weight).width(&part.text, size))
        .sum();
    let mut word = Word {
        parts,
        space_after,
        width,
        space_width: 0.0,
    };
    if space_after {
        word.space_width = fonts.face(last_style(&word).weight).width(" ", size);
    }
    word
}

/// Cuts a word wider than the line (a long web address, say) into pieces that fit,
/// preferring to cut after punctuation such as `/` or `.`.
fn split_wide(word: Word, fonts: &Fonts, size: f32, line_width: f32) -> Vec<Word> {
    if word.width <= line_width {
        return vec![word];
    }
    let chars: Vec<(char, &Part)> = word
        .parts
        .iter()
        .flat_map(|part| part.text.chars().map(move |ch| (ch, part)))
        .collect();
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let mut width = 0.0;
        let mut end = start;
        let mut preferred = None;
        while end < chars.len() {
            let (ch, part) = chars[end];
            let advance = fonts.face(part.style.weight).width(&ch.to_string(), size);
            if width + advance > line_width && end > start {
                break;
            }
            width += advance;
            end += 1;
            if matches!(ch, '/' | '.' | '_' | '?' | '&' | '=' | '#') {
                preferred = Some(end);
            }
        }
        let cut = match preferred {
            Some(cut) if end < chars.len() && cut > start => cut,
            _ => end,
        };
        let mut parts: Vec<Part> = Vec::new();
        for (ch, part) in &chars[start..cut] {
            let span = Span {
                text: String::new(),
                style: part.style,
                link: part.link.clone(),
            };
            push_char(&mut parts, *ch, &span);
        }
        let last = cut == chars.len();
        pieces.push(measure(parts, last && word.space_after, fonts, size));
        start = cut;
    }
    pieces
}

/// Lays out the words of one line as runs, joining neighbours in the same style.
fn draw<'a>(words: impl Iterator<Item = &'a Word>, fonts: &Fonts, size: f32) -> Line {
    let words: Vec<&Word> = words.collect();
    let mut runs: Vec<Run> = Vec::new();
    let mut pending_space = false;
    for (index, word) in words.iter().enumerate() {
        for part in &word.parts {
            let text = part.text.replace('\u{A0}', " ");
            let joins = runs
                .last()
                .is_some_and(|run| run.style == part.style && run.link == part.link);
            match runs.last_mut() {
                Some(run) if joins => {
                    if pending_space {
                        run.text.push(' ');
                    }
                    run.text.push_str(&text);
                }
                Some(run) if pending_space && run.link.is_none() => {
                    run.text.push(' ');
                    runs.push(new_run(text, part));
                }
                _ => {
                    let text = if pending_space {
                        format!(" {text}")
                    } else {
                        text
                    };
                    runs.push(new_run(text, part));
                }
            }
            pending_space = false;
        }
        pending_space = word.space_after && index + 1 < words.len();
    }
    let mut x = 0.0;
    for run in &mut runs {
        run.x = x;
        run.width = fonts.face(run.style.weight).width(&run.text, size);
        x += run.width;
    }
    Line { runs, width: x }
}

fn new_run(text: String, part: &Part) -> Run {
    Run {
        text,
        style: part.style,
        link: part.link.clone(),
        x: 0.0,
        width: 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Span {
        Span {
            text: text.to_owned(),
            style: Style {
                weight: Weight::Regular,
                color: Color(0.0, 0.0, 0.0),
            },
            link: None,
        }
    }

    fn texts(lines: &[Line]) -> Vec<String> {
        lines
            .iter()
            .map(|line| line.runs.iter().map(|run| run.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn lines_fit_and_keep_every_word() {
        let fonts = Fonts::load().expect("fonts");
        let text = "A trigger point is a very tender spot in a tight band of muscle. \
                    Trigger points in the muscles around the hip can cause pain in the hip \
                    and buttock. The pain can also spread to other places.";
        let lines = set(&[plain(text)], &fonts, 10.5, 200.0);
        assert!(lines.len() >= 4);
        assert!(lines.iter().all(|line| line.width <= 200.0 + 1e-3));
        assert_eq!(texts(&lines).join(" "), text);
    }

    #[test]
    fn optimal_fit_balances_the_last_line() {
        let fonts = Fonts::load().expect("fonts");
        let text = "This is a demo of the short last line penalty.";
        let width = fonts
            .face(Weight::Regular)
            .width("This is a demo of the short last line", 10.0);
        let lines = texts(&set(&[plain(text)], &fonts, 10.0, width + 0.5));
        assert_eq!(lines, ["This is a demo of the short last", "line penalty."]);
    }

    #[test]
    fn styles_become_runs_and_long_addresses_are_cut() {
        let fonts = Fonts::load().expect("fonts");
        let bold = Style {
            weight: Weight::Bold,
            color: Color(0.0, 0.0, 0.0),
        };
        let url = "https://blogs.bmj.com/bjsm/2024/09/20/the-msk-playbook-greater-trochanteric-pain-syndrome/";
        let spans = [
            Span {
                text: "Benefits: ".to_owned(),
                style: bold,
                link: None,
            },
            plain("see "),
            Span {
                link: Some(url.to_owned()),
                ..plain(url)
            },
        ];
        let lines = set(&spans, &fonts, 10.0, 150.0);
        assert_eq!(lines[0].runs[0].text, "Benefits: ");
        assert!(lines.iter().all(|line| line.width <= 150.0 + 1e-3));
        let joined: String = texts(&lines).concat();
        let squeeze = |text: &str| text.replace(' ', "");
        assert_eq!(squeeze(&joined), squeeze(&format!("Benefits: see {url}")));
        assert!(
            lines
                .iter()
                .skip(1)
                .all(|line| line.runs.iter().all(|run| run.link.is_some()))
        );
    }
}
