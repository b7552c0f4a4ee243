//! Detectors: engines that find shapes in text. Which rule an outcome maps to, and
//! its severity and reason, come from the rule pack; context adjustments from `policy`.

pub(crate) mod company;
pub(crate) mod email;
pub(crate) mod identifiers;
pub(crate) mod lexicon;
pub(crate) mod names;
pub(crate) mod network;
pub(crate) mod phone;

use std::borrow::Cow;

use crate::finding::{Kind, Severity};
use crate::pack::PatternRule;

/// A raw detection, before policy and config.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub severity: Severity,
    pub exemption: Cow<'static, str>,
    pub rule: Cow<'static, str>,
    pub reason: Cow<'static, str>,
}

impl Candidate {
    pub(crate) fn from_pattern(rule: &'static PatternRule, start: usize, end: usize) -> Candidate {
        Candidate {
            start,
            end,
            kind: rule.kind,
            severity: rule.severity,
            exemption: Cow::Borrowed(&rule.exemption),
            rule: Cow::Borrowed(&rule.id),
            reason: Cow::Borrowed(&rule.reason),
        }
    }
}

/// Letters, digits and the underscore make words; everything else separates them.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// True when `text[start..end]` is not glued to a word character on either side.
pub(crate) fn on_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

/// The text of the same line before `at`, at most `max` bytes (cut on a char boundary).
/// Looks back at most `max` bytes, so that a very long line costs no more.
pub(crate) fn line_before(text: &str, at: usize, max: usize) -> &str {
    let mut from = at.saturating_sub(max);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..at];
    window.rfind('\n').map_or(window, |i| &window[i + 1..])
}

/// The text of the same line after `at`, at most `max` bytes.
pub(crate) fn line_after(text: &str, at: usize, max: usize) -> &str {
    let mut to = (at + max).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let window = &text[at..to];
    window.find('\n').map_or(window, |i| &window[..i])
}

/// Whole-word, ASCII-case-insensitive test for any of `words` in `hay`. Callers pass
/// short windows (a line around a hit) and tens of words: one walk over the window
/// comparing in place is cheaper than a substring search per word.
pub(crate) fn has_word(hay: &str, words: &[&str]) -> bool {
    let lower = hay.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    (0..bytes.len()).any(|s| {
        lower.is_char_boundary(s)
            && words.iter().any(|w| {
                !w.is_empty()
                    && bytes[s] == w.as_bytes()[0]
                    && bytes[s..].starts_with(w.as_bytes())
                    && on_word_boundary(&lower, s, s + w.len())
            })
    })
}

/// A sorted word list embedded at build time (lowercase), searched by binary search.
pub(crate) struct WordList {
    words: Vec<&'static str>,
}

impl WordList {
    pub(crate) fn new(data: &'static str) -> WordList {
        WordList {
            words: data.lines().filter(|l| !l.is_empty()).collect(),
        }
    }

    /// From a hand-written list: `#` comments and blank lines skipped, sorted here.
    pub(crate) fn from_source(data: &'static str) -> WordList {
        let mut words: Vec<&'static str> = data
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        words.sort_unstable();
        words.dedup();
        WordList { words }
    }

    /// Compared exactly: the lists `build.rs` writes are lowercase, so `word` must be
    /// too; hand-written lists (titles, place words) keep their capitals.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.words.binary_search(&word).is_ok()
    }

    /// Is `word`, lowercased and with `’` read as `'`, in the list? Compares as it
    /// folds, without allocating: this runs for every capitalised word of a draft.
    pub(crate) fn contains_folded(&self, word: &str) -> bool {
        if !word.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
            return self.contains(word);
        }
        let mut buf = [0u8; 64];
        if word.is_ascii() {
            let Some(b) = buf.get_mut(..word.len()) else {
                return false;
            };
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            return std::str::from_utf8(b).is_ok_and(|w| self.contains(w));
        }
        let mut len = 0;
        for c in word.chars().flat_map(char::to_lowercase) {
            let c = if c == '’' { '\'' } else { c };
            if len + c.len_utf8() > buf.len() {
                return false; // longer than any entry
            }
            len += c.encode_utf8(&mut buf[len..]).len();
        }
        // Whole chars were written, so the bytes are UTF-8.
        std::str::from_utf8(&buf[..len]).is_ok_and(|w| self.contains(w))
    }
}

/// Prints how long each pattern takes over `text` (the detectors' timing tests).
#[cfg(test)]
pub(crate) fn time_patterns(text: &str, patterns: &[(&str, &regex::Regex)]) {
    for (name, re) in patterns {
        let t = std::time::Instant::now();
        let n = re.find_iter(text).count();
        println!(
            "{name:>12}: {:>7.2} ms, {n} matches",
            t.elapsed().as_secs_f64() * 1e3
        );
    }
}

/// ~`size` bytes of the dev drafts (or a stand-in), for timing tests.
#[cfg(test)]
pub(crate) fn test_corpus(size: usize) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev/docs");
    let mut docs: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    docs.sort();
    if docs.is_empty() {
        docs.push(
            "Dear Ms Smith\n\nWe use TightVNC on 10.1.2.3. Call Jo on 07700 900123.\n".repeat(20),
        );
    }
    let mut out = String::new();
    while out.len() < size {
        for d in &docs {
            out.push_str(d);
        }
    }
    out
}
