//! Firms named in an answer whose names say they supply IT, security or telecoms
//! ("Kestrel Security Systems Ltd", "Northern Networks Limited").

use super::cues::{Cue, CueHits, CuedPattern};
use super::shapes::{self, Caps};

pub(crate) struct CompanyDetector {
    /// Ends with a word of `Cue::Company`: run only on a draft that has one.
    re: CuedPattern<shapes::Company>,
}

impl CompanyDetector {
    #[inline(never)]
    pub(crate) fn new() -> CompanyDetector {
        CompanyDetector {
            // Searched in `windows` around the words of `Cue::Company`.
            re: CuedPattern::new(),
        }
    }

    /// Searched only in the windows around the words that can close a firm's name.
    #[inline(never)]
    pub(crate) fn find(&self, text: &str, cues: &CueHits) -> Vec<(usize, usize)> {
        let closers = cues.of(Cue::Company);
        if closers.is_empty() {
            return Vec::new();
        }
        self.find_in(text, &windows(text, closers))
    }

    fn find_in(&self, text: &str, windows: &[(usize, usize)]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        self.each_in(text, windows, |c| {
            let m = c.whole();
            // "Ltd" glued to a letter the pattern's ASCII boundary lets through ("Ltdé")
            // closes no name (nor is it the word the windows are found by).
            if text[m.end()..]
                .chars()
                .next()
                .is_some_and(super::is_word_char)
            {
                return;
            }
            let s = &text[m.start()..m.end()];
            // Not a sentence that starts with the word ("Security Systems UK …" is fine, "The…" is not part).
            if s.split_whitespace().count() < 2 {
                return;
            }
            let skip = s.find(|c: char| c.is_uppercase()).unwrap_or(0);
            let lead = ["The ", "Our ", "By ", "With ", "From "]
                .iter()
                .find(|p| s.starts_with(**p))
                .map_or(skip, |p| p.len());
            out.push((m.start() + lead, m.end()));
        });
        out
    }

    /// The pattern's matches in `windows`, as `CuedPattern::each_in` finds them, but
    /// linear however long a word is. A match starts at a capital and its first word
    /// runs to the whitespace after it, so every capital inside one run of name
    /// characters ("[A-Za-z&'-]") goes on with the same words as the run's first
    /// capital: once that one found nothing, a later one can only start a match as its
    /// field word ("Security", at most 18 letters) that ends the run.
    fn each_in(&self, text: &str, windows: &[(usize, usize)], f: impl FnMut(&Caps)) {
        each_in_with(text, windows, |t, at, limit| self.re.at(t, at, limit), f);
    }
}

/// [`CompanyDetector::each_in`], with the pattern's matcher `at` (the tests count its
/// calls).
fn each_in_with(
    text: &str,
    windows: &[(usize, usize)],
    mut at: impl FnMut(&str, usize, usize) -> Option<Caps>,
    mut f: impl FnMut(&Caps),
) {
    const LONGEST_FIELD: usize = "Telecommunications".len();
    let bytes = text.as_bytes();
    let in_name = |b: u8| b.is_ascii_alphabetic() || matches!(b, b'&' | b'\'' | b'-');
    for &(from, to) in windows {
        let mut p = from;
        // The end of the run whose first capital found no match.
        let mut tried_to = from;
        while p < to {
            if bytes[p].is_ascii_uppercase() {
                let worth = if p < tried_to {
                    tried_to - p <= LONGEST_FIELD
                } else {
                    tried_to = p + bytes[p..].iter().take_while(|&&b| in_name(b)).count();
                    true
                };
                if worth {
                    if let Some(c) = at(text, p, to) {
                        f(&c);
                        p = c.end.max(p + 1);
                        tried_to = p;
                        continue;
                    }
                }
            }
            p += 1;
        }
    }
}

/// Words of a match before the word that closes it: four, the field, three; and one
/// to spare.
const WORDS_BEFORE: usize = 9;
/// Tokens from a cue word to the end of a match that runs on past it to a "Ltd" glued
/// to a letter ("… UK Ltdé", which is searched for as a whole text would be, then
/// turned away): itself, three and the closing one.
const WORDS_AFTER: usize = 5;

/// The stretches of `text` that hold every match. A match ends with a word of
/// `Cue::Company` ("Ltd", "UK") and spans at most `WORDS_BEFORE` whitespace-separated
/// tokens before it, one whitespace character apart: it lies in the window around the
/// word that closes it. Windows that touch are merged, so that a search window by
/// window finds what a search of the whole text finds.
fn windows(text: &str, cue_starts: &[usize]) -> Vec<(usize, usize)> {
    windows_walked(text, cue_starts, &mut 0)
}

/// [`windows`], counting in `walked` the characters its walks step over (the tests
/// check that this stays within a small multiple of the text's length).
fn windows_walked(text: &str, cue_starts: &[usize], walked: &mut usize) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (k, &at) in cue_starts.iter().enumerate() {
        // Each walk stops where the window it would reach merges with its neighbour's
        // anyway (the previous window's end; the next cue word), so that the windows
        // are the same and every byte is walked over at most twice, however many cue
        // words one long token holds ("Ltd-Ltd-Ltd-…").
        let floor = out.last().map_or(0, |w| w.1);
        let ceiling = cue_starts
            .get(k + 1)
            .map_or(text.len(), |&next| next.max(at));
        let from = tokens_back(text, at, WORDS_BEFORE, floor, walked);
        let to = tokens_forward(text, at, WORDS_AFTER, ceiling, walked);
        match out.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => out.push((from, to)),
        }
    }
    out
}

/// Where the `n`th whitespace-separated token from the one at `at` (itself the first)
/// ends, or `ceiling` if that comes first.
fn tokens_forward(text: &str, at: usize, n: usize, ceiling: usize, walked: &mut usize) -> usize {
    let mut to = at;
    let mut chars = text[at..]
        .char_indices()
        .inspect(|_| *walked += 1)
        .peekable();
    for _ in 0..n {
        while let Some((i, _)) = chars.next_if(|&(_, c)| c.is_whitespace()) {
            if at + i >= ceiling {
                return ceiling;
            }
        }
        if chars.peek().is_none() {
            return text.len().min(ceiling);
        }
        while let Some((i, c)) = chars.next_if(|&(_, c)| !c.is_whitespace()) {
            to = at + i + c.len_utf8();
            if to >= ceiling {
                return ceiling;
            }
        }
    }
    to
}

/// Where the `n`th whitespace-separated token before the one at `at` starts, or
/// `floor` if that comes first (`at` itself if it is below `floor`).
fn tokens_back(text: &str, at: usize, n: usize, floor: usize, walked: &mut usize) -> usize {
    if at <= floor {
        return at;
    }
    let mut from = at;
    let mut chars = text[..at]
        .char_indices()
        .rev()
        .inspect(|_| *walked += 1)
        .peekable();
    for _ in 0..n {
        while let Some((i, _)) = chars.next_if(|&(_, c)| c.is_whitespace()) {
            if i <= floor {
                return floor;
            }
        }
        if chars.peek().is_none() {
            return floor;
        }
        while let Some((i, _)) = chars.next_if(|&(_, c)| !c.is_whitespace()) {
            from = i;
            if from <= floor {
                return floor;
            }
        }
    }
    from
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn firms() {
        let text = "Maintenance is by Kestrel Security Systems Ltd under contract. The Data Protection Act applies.";
        assert_eq!(firms_in(text), ["Kestrel Security Systems Ltd"]);
    }

    /// A firm's name keeps to its cell and its line: not "Microsoft Azure<TAB>Phoenix
    /// Software Ltd" from a table's two cells, nor across a line break; a no-break space
    /// joins its words.
    #[test]
    fn firms_keep_to_their_cell() {
        let text = "Cloud hosting – Microsoft Azure\tPhoenix Software Ltd\t01/04/2023\nNorthern\nNetworks Ltd and Tarn\u{a0}Valley\u{a0}Networks Ltd.";
        assert_eq!(
            firms_in(text),
            [
                "Phoenix Software Ltd",
                "Networks Ltd",
                "Tarn\u{a0}Valley\u{a0}Networks Ltd"
            ]
        );
    }

    /// The firms found in `text`, as text.
    fn firms_in(text: &str) -> Vec<&str> {
        CompanyDetector::new()
            .find(text, &CueHits::scan(text))
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    /// The windows find what a search of the whole text finds.
    fn check(text: &str) {
        let d = CompanyDetector::new();
        assert_eq!(
            d.find(text, &CueHits::scan(text)),
            d.find_in(text, &[(0, text.len())]),
            "{:?}",
            crate::detect::shown(text)
        );
    }

    #[test]
    fn windows_hold_every_match() {
        check(crate::detect::network::cued::TRICKY);
        check(&crate::detect::test_corpus(300_000));
        for text in [
            "Kestrel Security Systems Ltd and North West Cloud Data Solutions Group UK Ltd.",
            "A B C D Security E F G Ltd; Data\u{a0}Ltd; Cyber\nSystems\nUK Ltd; xSecurity Ltd",
            "Ltd UK Group Security UK Security Group Ltd Ltd",
            "Kestrel Security Ltdé and Cloud Data Ltd_x; A Security Ltdé Data Systems Ltd",
            "KestrelKestrelSecurity Ltd Ltdé",
            "The IT Group UK Limited plc, By Fibre Connect Inc (Comms PLC) Cloud LLP.",
        ] {
            check(text);
        }
    }

    /// One long token of cue words ("Ltd-Ltd-…", a paste with no spaces) is walked over
    /// a bounded number of times, not once for each cue word in it.
    #[test]
    fn windows_walk_each_byte_a_few_times() {
        for text in [
            "Ltd-".repeat(20_000),
            format!("Kestrel Security {} Ltd", "Ltd-".repeat(20_000)),
            "Ltd ".repeat(20_000),
            format!("{}Ltd{}", " ".repeat(40_000), " Ltd".repeat(10_000)),
        ] {
            let cues = CueHits::scan(&text);
            let mut walked = 0;
            let got = windows_walked(&text, cues.of(Cue::Company), &mut walked);
            assert!(!got.is_empty());
            assert!(
                walked <= 3 * text.len(),
                "{walked} steps for {} bytes",
                text.len()
            );
        }
    }

    /// See `detect::EVERY_PATTERN`.
    #[test]
    fn the_every_pattern_file_needs_every_pattern() {
        let d = CompanyDetector::new();
        crate::detect::cues::assert_every_pattern_needed(
            |text, _, cues| drop(d.find(text, cues)),
            &[&d.re],
        );
    }

    /// The matches the driver finds in a window, against a search of the whole text by
    /// the regular expression.
    fn check_driver(text: &str) {
        use crate::detect::shapes::Shape;
        let d = CompanyDetector::new();
        let mut got = Vec::new();
        d.each_in(text, &[(0, text.len())], |c| got.push((c.start, c.end)));
        let want: Vec<(usize, usize)> = regex::Regex::new(shapes::Company::PATTERN)
            .unwrap()
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .collect();
        assert_eq!(got, want, "{:?}", crate::detect::shown(text));
    }

    #[test]
    fn the_driver_finds_what_the_pattern_finds() {
        check_driver(crate::detect::network::cued::TRICKY);
        check_driver(&crate::detect::test_corpus(300_000));
        for text in [
            "ABSecurity Ltd, xyzCloud IT Ltd, KestrelSecurity Ltd, AAAA9 Data Ltd",
            "ABCDEFGHIJKLMNOPQRSTSecurity Ltd and ABCDEFGHIJKLMNOPQRSTUVWXYZTelecommunications UK",
            "O'Neil&Co-Data Systems Ltd; A-Cyber Ltd; Ltd-Security Group",
        ] {
            check_driver(text);
        }
    }

    /// A long word of capitals is tried at a bounded number of its letters, not at
    /// each (which would read the word once for each of its letters).
    #[test]
    fn the_driver_tries_a_long_word_a_few_times() {
        let text = format!("{}9 Security Ltd", "A".repeat(100_000));
        let (mut calls, mut found) = (0, Vec::new());
        each_in_with(
            &text,
            &[(0, text.len())],
            |t, at, limit| {
                calls += 1;
                shapes::company_at_for_tests(t, at, limit)
            },
            |c| found.push(&text[c.start..c.end]),
        );
        assert_eq!(found, ["Security Ltd"]);
        assert!(calls <= 25, "{calls} calls");
    }

    proptest::proptest! {
        /// Any text of these words, capitals and joiners: the driver finds what the
        /// pattern finds.
        #[test]
        fn the_driver_misses_no_match(text in crate::detect::texts_of(&[
            "Kestrel", "Security", "IT", "ICT", "Data", "Ltd", "UK", "Group", "AB", "A", "x",
            "Telecoms", " ", "\n", "\u{a0}", "-", "&", "'", "é", "9",
        ], 40)) {
            check_driver(&text);
        }

        /// Any text of these words and spaces: the windows hold every match.
        #[test]
        fn windows_miss_no_match(text in crate::detect::texts_of(&[
            "Kestrel", "Security", "IT", "Data", "Ltd", "UK", "Group", "the", " ", "\n",
            "\u{a0}", "  ", "-", "é",
        ], 40)) {
            check(&text);
        }
    }
}
