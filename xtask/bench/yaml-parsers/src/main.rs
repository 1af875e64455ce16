//! A one-off measurement: how fast YAML parsers that keep each event's position turn a
//! file into events, best of five runs of N rounds. `cargo run --release -- FILE [N]`.
use std::hint::black_box;
use std::mem::MaybeUninit;
use std::time::Instant;

fn saphyr(text: &str) -> usize {
    let mut parser = saphyr_parser::Parser::new_from_str(text);
    let mut n = 0;
    while let Some(event) = parser.next_event() {
        let (event, span) = event.expect("valid");
        black_box((&event, span.start.index()));
        n += 1;
    }
    n
}

fn yaml_rust2(text: &str) -> usize {
    let mut parser = yaml_rust2::parser::Parser::new_from_str(text);
    let mut n = 0;
    loop {
        let (event, marker) = parser.next_token().expect("valid");
        black_box(marker.index());
        n += 1;
        if event == yaml_rust2::parser::Event::StreamEnd {
            break;
        }
    }
    n
}

fn libyaml_safer(text: &str) -> usize {
    let mut bytes = text.as_bytes();
    let mut parser = libyaml_safer::Parser::new();
    parser.set_input_string(&mut bytes);
    let mut n = 0;
    loop {
        let event = parser.parse().expect("valid");
        black_box(event.start_mark.index);
        n += 1;
        if matches!(event.data, libyaml_safer::EventData::StreamEnd) {
            break;
        }
    }
    n
}

fn unsafe_libyaml(text: &str) -> usize {
    use unsafe_libyaml::*;
    let mut n = 0;
    unsafe {
        let mut parser = MaybeUninit::<yaml_parser_t>::uninit();
        assert!(yaml_parser_initialize(parser.as_mut_ptr()).ok);
        let parser = parser.as_mut_ptr();
        yaml_parser_set_input_string(parser, text.as_ptr(), text.len() as u64);
        loop {
            let mut event = MaybeUninit::<yaml_event_t>::uninit();
            assert!(yaml_parser_parse(parser, event.as_mut_ptr()).ok);
            let event = event.as_mut_ptr();
            black_box((*event).start_mark.index);
            n += 1;
            let end = (*event).type_ == YAML_STREAM_END_EVENT;
            yaml_event_delete(event);
            if end {
                break;
            }
        }
        yaml_parser_delete(parser);
    }
    n
}

fn main() {
    let path = std::env::args().nth(1).expect("a YAML file");
    let rounds: usize = std::env::args().nth(2).map_or(200, |r| r.parse().expect("a number"));
    let text = std::fs::read_to_string(&path).expect("readable");
    let parsers: [(&str, fn(&str) -> usize); 4] = [
        ("saphyr-parser 0.3.4", saphyr),
        ("yaml-rust2 0.10.4", yaml_rust2),
        ("libyaml-safer 0.1.1", libyaml_safer),
        ("unsafe-libyaml 0.2.11", unsafe_libyaml),
    ];
    let mut base = 0.0;
    for (name, parse) in parsers {
        let events = parse(&text);
        let mut best = f64::MAX;
        for _ in 0..5 {
            let start = Instant::now();
            for _ in 0..rounds {
                black_box(parse(black_box(&text)));
            }
            best = best.min(start.elapsed().as_secs_f64() / rounds as f64);
        }
        if base == 0.0 {
            base = best;
        }
        println!(
            "{name:24} {events:6} events  {:8.1} µs per file  {:6.1} MB/s  {:.2}x saphyr",
            best * 1e6,
            text.len() as f64 / best / 1e6,
            best / base
        );
    }
}
