//! The pagination rules, checked over many arrangements of paragraphs, headings and
//! a panel: no heading ends a page, no paragraph leaves one line alone on either
//! side of a break, and a panel is divided only where moving it would leave half a
//! page empty, then between groups, each part saying that the list goes on.

use super::*;
use crate::PdfOptions;
use crate::theme::{INK, regular};

fn paragraph(id: usize, words: usize, size: f32) -> Paragraph {
    let text = (0..words)
        .map(|_| format!("w{id}"))
        .collect::<Vec<_>>()
        .join(" ");
    Paragraph {
        spans: vec![Span {
            text,
            style: regular(INK),
            link: None,
        }],
        size,
        leading: size * 1.4,
        indent: 0.0,
        marker: None,
        space_before: 5.0,
        keep_with_next: false,
        balanced: false,
        bookmark: None,
        rule: None,
        tag: Some(id),
        marker_tag: None,
    }
}

/// Blocks of varied lengths: a heading every few paragraphs, a panel in the middle.
fn document(seed: usize) -> Vec<Block> {
    let mut blocks = Vec::new();
    for id in 0..60 {
        let words = 8 + (id * 37 + seed * 11) % 70;
        if id % 4 == 0 {
            let mut heading = paragraph(1000 + id, 2, 14.0);
            heading.keep_with_next = true;
            heading.balanced = true;
            blocks.push(Block::Paragraph(heading));
        }
        if id == 20 + seed % 7 {
            blocks.push(Block::Panel(Panel {
                paragraphs: (0..6)
                    .map(|line| paragraph(2000 + line, 12, 10.0))
                    .collect(),
                fill: INK,
                border: INK,
                padding: 10.0,
                space_before: 10.0,
                continued: paragraph(3000, 4, 10.0),
            }));
        }
        blocks.push(Block::Paragraph(paragraph(id, words, 10.0)));
    }
    blocks
}

/// The paragraph id of each text line of a page, in order, with its size.
fn lines(page: &Page) -> Vec<(usize, f32)> {
    page.items
        .iter()
        .filter_map(|item| match item {
            Item::Text { line, size, .. } => {
                let first = line.runs.first()?.text.split(' ').next()?.to_owned();
                Some((first.trim_start_matches('w').parse().ok()?, *size))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn pages_keep_headings_lines_and_panels_together() {
    let fonts = Fonts::load().expect("fonts");
    let theme = Theme::new(&PdfOptions::default());
    for seed in 0..12 {
        let pages = paginate(&document(seed), &fonts, &theme);
        assert!(pages.len() > 2);
        let all: Vec<Vec<(usize, f32)>> = pages.iter().map(lines).collect();
        for (number, page) in all.iter().enumerate() {
            let last = page.last().expect("a page has lines");
            if number + 1 < all.len() {
                assert_ne!(
                    last.1, 14.0,
                    "seed {seed}: page {number} ends with a heading"
                );
            }
            for (id, _) in [page.first(), page.last()].into_iter().flatten() {
                let here = page.iter().filter(|(other, _)| other == id).count();
                let elsewhere = all
                    .iter()
                    .filter(|other| other.iter().any(|(o, _)| o == id))
                    .count();
                if elsewhere > 1 && *id < 1000 {
                    assert!(
                        here >= 2,
                        "seed {seed}: paragraph {id} has one line on page {number}"
                    );
                }
            }
            let panel_lines = page.iter().filter(|(id, _)| *id >= 2000).count();
            assert!(
                panel_lines == 0 || panel_lines == 6,
                "seed {seed}: the panel was split"
            );
            let frames = pages[number]
                .items
                .iter()
                .filter(|item| matches!(item, Item::Rect { .. }))
                .count();
            assert_eq!(frames, usize::from(panel_lines > 0));
        }
    }
}

#[test]
fn a_panel_taller_than_a_page_is_split_between_lines() {
    let fonts = Fonts::load().expect("fonts");
    let theme = Theme::new(&PdfOptions::default());
    let blocks = vec![Block::Panel(Panel {
        paragraphs: (0..80).map(|line| paragraph(line, 6, 10.0)).collect(),
        fill: INK,
        border: INK,
        padding: 10.0,
        space_before: 0.0,
        continued: paragraph(3000, 4, 10.0),
    })];
    let pages = paginate(&blocks, &fonts, &theme);
    assert!(pages.len() >= 2);
    let placed = pages
        .iter()
        .flat_map(lines)
        .filter(|(id, _)| *id != 3000)
        .count();
    assert_eq!(placed, 80);
    for page in &pages {
        let bottom = page.items.iter().filter_map(|item| match item {
            Item::Rect { top, height, .. } => Some(top + height),
            _ => None,
        });
        for bottom in bottom {
            assert!(bottom <= theme.page_height - theme.margin_bottom + 0.01);
        }
    }
}

/// A panel of headed groups (a heading keeps with the first item below it).
fn grouped_panel(groups: usize, items: usize) -> Block {
    let mut paragraphs = Vec::new();
    for group in 0..groups {
        let mut heading = paragraph(4000 + group * 100, 6, 10.0);
        heading.keep_with_next = true;
        paragraphs.push(heading);
        for item in 0..items {
            paragraphs.push(paragraph(4001 + group * 100 + item, 20, 10.0));
        }
    }
    Block::Panel(Panel {
        paragraphs,
        fill: INK,
        border: INK,
        padding: 10.0,
        space_before: 10.0,
        continued: paragraph(3000, 4, 10.0),
    })
}

#[test]
fn a_panel_low_on_a_page_moves_whole() {
    let fonts = Fonts::load().expect("fonts");
    let theme = Theme::new(&PdfOptions::default());
    // About two thirds of the page is used before the panel.
    let blocks = vec![
        Block::Paragraph(paragraph(1, 950, 10.0)),
        grouped_panel(3, 3),
    ];
    let pages = paginate(&blocks, &fonts, &theme);
    let first: Vec<usize> = lines(&pages[0]).iter().map(|(id, _)| *id).collect();
    let room = theme.text_height() / (10.0 * 1.4);
    assert!(
        first.len() as f32 > room / 2.0,
        "the page should be over half full"
    );
    assert!(first.iter().all(|id| *id < 3000), "{first:?}");
    let second: Vec<usize> = lines(&pages[1]).iter().map(|(id, _)| *id).collect();
    assert!(
        !second.contains(&3000),
        "a whole panel says nothing of going on"
    );
}

#[test]
fn a_panel_high_on_a_page_is_divided_between_groups() {
    let fonts = Fonts::load().expect("fonts");
    let theme = Theme::new(&PdfOptions::default());
    // A short paragraph, then a panel taller than what is left of the page.
    for before in [20, 120, 250] {
        let blocks = vec![
            Block::Paragraph(paragraph(1, before, 10.0)),
            grouped_panel(6, 3),
        ];
        let pages = paginate(&blocks, &fonts, &theme);
        assert!(
            pages.len() >= 2,
            "{before}: the panel should not fit on one page"
        );
        let all: Vec<Vec<usize>> = pages
            .iter()
            .map(|page| lines(page).iter().map(|(id, _)| *id).collect())
            .collect();
        // The page the panel starts on is used, not left empty.
        assert!(all[0].contains(&4000), "{before}: {:?}", all[0]);
        for (number, page) in all.iter().enumerate() {
            let panel: Vec<usize> = page.iter().copied().filter(|id| *id >= 3000).collect();
            let last_page = number + 1 == all.len();
            // Each part but the last ends with the "continued" line, after an item.
            if last_page {
                assert!(!panel.contains(&3000), "{before}: page {number}: {panel:?}");
            } else {
                assert_eq!(panel.last(), Some(&3000), "{before}: page {number}");
                let before_cue = panel[panel.len() - 2];
                assert_ne!(
                    before_cue % 100,
                    0,
                    "{before}: a heading ends part {number}"
                );
            }
            // Every paragraph is whole on one page.
            for id in &panel {
                let pages_with_it = all.iter().filter(|other| other.contains(id)).count();
                assert!(*id == 3000 || pages_with_it == 1, "{before}: {id} is split");
            }
        }
        let items = all
            .concat()
            .iter()
            .filter(|id| **id > 4000 && **id % 100 != 0)
            .count();
        assert!(items >= 18, "{before}: {items} items placed");
    }
}

/// A record of `parts` paragraphs of `words` words each, with paragraph ids from `first`;
/// its heading is 4000, its "continued" line 5000.
fn record(first: usize, parts: usize, words: usize) -> Block {
    let mut heading = paragraph(4000, 2, 14.0);
    heading.keep_with_next = true;
    Block::Record(Record {
        heading,
        parts: (0..parts)
            .map(|part| paragraph(first + part, words, 10.0))
            .collect(),
        continued: paragraph(5000, 3, 14.0),
    })
}

#[test]
fn a_short_record_that_does_not_fit_moves_whole() {
    let fonts = Fonts::load().expect("fonts");
    let theme = Theme::new(&PdfOptions::default());
    // A page nearly full, then a record of five two-line parts.
    let blocks = vec![
        Block::Paragraph(paragraph(1, 1320, 10.0)),
        record(10, 5, 20),
    ];
    let pages = paginate(&blocks, &fonts, &theme);
    let first: Vec<usize> = lines(&pages[0]).iter().map(|(id, _)| *id).collect();
    assert!(first.iter().all(|id| *id == 1), "{first:?}");
    let second: Vec<usize> = lines(&pages[1]).iter().map(|(id, _)| *id).collect();
    assert_eq!(second.first(), Some(&4000), "{second:?}");
    assert!(!second.contains(&5000), "a whole record is not continued");
    assert_eq!(pages.len(), 2);
}

#[test]
fn a_heading_goes_with_the_short_record_it_introduces() {
    let fonts = Fonts::load().expect("fonts");
    let theme = Theme::new(&PdfOptions::default());
    // A page nearly full, a section heading with room for the record's first lines
    // below it but not for the whole record, which is short and so moves whole.
    let mut heading = paragraph(900, 2, 14.0);
    heading.keep_with_next = true;
    let blocks = vec![
        Block::Paragraph(paragraph(1, 1240, 10.0)),
        Block::Paragraph(heading),
        record(10, 5, 20),
    ];
    let pages = paginate(&blocks, &fonts, &theme);
    let first: Vec<usize> = lines(&pages[0]).iter().map(|(id, _)| *id).collect();
    assert!(first.iter().all(|id| *id == 1), "{first:?}");
    let second: Vec<usize> = lines(&pages[1]).iter().map(|(id, _)| *id).collect();
    assert_eq!(second.first(), Some(&900), "{second:?}");
    assert_eq!(second.get(1), Some(&4000), "{second:?}");
}

#[test]
fn a_long_record_carries_its_name_on_to_the_next_page() {
    let fonts = Fonts::load().expect("fonts");
    let theme = Theme::new(&PdfOptions::default());
    // Half a page, then a record longer than the rest of it.
    let blocks = vec![
        Block::Paragraph(paragraph(1, 600, 10.0)),
        record(10, 12, 60),
    ];
    let pages = paginate(&blocks, &fonts, &theme);
    assert!(pages.len() >= 2);
    let first: Vec<usize> = lines(&pages[0]).iter().map(|(id, _)| *id).collect();
    assert!(
        first.contains(&4000),
        "the record starts on page 1: {first:?}"
    );
    for page in &pages[1..] {
        let ids: Vec<usize> = lines(page).iter().map(|(id, _)| *id).collect();
        assert_eq!(ids.first(), Some(&5000), "{ids:?}");
    }
}
