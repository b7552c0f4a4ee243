//! Detectors: engines that find shapes in text. Which rule an outcome maps to, and
//! its severity and reason, come from the rule pack; context adjustments from `policy`.

pub(crate) mod company;
pub(crate) mod cues;
pub(crate) mod email;
pub(crate) mod identifiers;
pub(crate) mod lexicon;
pub(crate) mod names;
pub(crate) mod network;
pub(crate) mod phone;
pub(crate) mod secrets;
pub(crate) mod settings;
pub(crate) mod shapes;
pub(crate) mod system_columns;
pub(crate) mod tokens;
pub(crate) mod versions;

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
    is_alnum(c) || c == '_'
}

/// A combining mark that writes an accent as a character of its own: text in Unicode's
/// decomposed form (NFD, as some Mac and PDF copies give it) writes "Mòrag" as "Mo",
/// U+0300, "rag". The blocks of combining marks for Latin, Greek and Cyrillic letters;
/// the marks of other scripts are letters to `char::is_alphabetic` already.
#[inline]
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// A letter, or a combining mark that belongs to the letter before it: a word such as
/// "Mòrag" is one word however its accent is written.
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    c.is_alphabetic() || is_mark(c)
}

/// A letter ([`is_letter`]) or a digit.
#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// The first position at or after `from` whose byte is an ASCII digit, or, with
/// `number_start`, also `+` or `(` (where a phone number can start). Tests eight bytes
/// at a time: most of a draft is letters and spaces.
pub(crate) fn next_digit(bytes: &[u8], from: usize, number_start: bool) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Is some byte of `v` less than `n` (n <= 128)? Exact for "some byte".
    let has_less = |v: u64, n: u64| v.wrapping_sub(ONES * n) & !v & HIGH != 0;
    let wanted = |b: &u8| b.is_ascii_digit() || number_start && (*b == b'+' || *b == b'(');
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes([
            chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
        ]);
        let digit = has_less(x ^ (ONES * b'0' as u64), 10);
        let other = number_start
            && (has_less(x ^ (ONES * b'+' as u64), 1) || has_less(x ^ (ONES * b'(' as u64), 1));
        if digit || other {
            break;
        }
        i += 8;
    }
    bytes.get(i..)?.iter().position(wanted).map(|k| i + k)
}

/// Maximal runs of word characters (see [`is_word_char`]), as byte ranges, in order.
/// (The scan reads them from its `Document`; this is for the tests' short texts.)
#[cfg(test)]
pub(crate) fn word_runs(text: &str) -> Vec<(usize, usize)> {
    tokens::Tokens::new(text).word_runs().collect()
}

/// The first run of word characters in `text` (a term's first word), as a byte range.
pub(crate) fn first_word_run(text: &str) -> Option<(usize, usize)> {
    let mut chars = text.char_indices().skip_while(|&(_, c)| !is_word_char(c));
    let (start, _) = chars.next()?;
    let end = chars
        .find(|&(_, c)| !is_word_char(c))
        .map_or(text.len(), |(i, _)| i);
    Some((start, end))
}

/// True when `text[start..end]` is not glued to a word character on either side.
pub(crate) fn on_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

/// "Does `[s, e)` overlap a span found so far?", asked of a pass's output as it grows,
/// in a binary search each: the spans there when the pass began are one `SpanSet`; the
/// pass's own, pushed since, are read as they come (their starts in order, as a pass
/// that walks the draft pushes them: then with the furthest end so far; out of order,
/// one by one). Asking `out.iter().any(…)` at every candidate instead made a long paste
/// of one repeated line quadratic.
pub(crate) struct Taken {
    before: names::SpanSet,
    seen: usize,
    starts: Vec<usize>,
    max_end: Vec<usize>,
    in_order: bool,
    own: Vec<(usize, usize)>,
}

impl Taken {
    pub(crate) fn new(out: &[(&'static str, usize, usize)]) -> Taken {
        Taken::of(out, |_| true)
    }

    /// [`Taken::new`] for the spans of `out` that `keep` keeps (those there now; the
    /// pass's own pushes all count).
    pub(crate) fn of(
        out: &[(&'static str, usize, usize)],
        keep: impl Fn(&(&'static str, usize, usize)) -> bool,
    ) -> Taken {
        Taken {
            before: names::SpanSet::new(
                out.iter().filter(|h| keep(h)).map(|h| (h.1, h.2)).collect(),
            ),
            seen: out.len(),
            starts: Vec::new(),
            max_end: Vec::new(),
            in_order: true,
            own: Vec::new(),
        }
    }

    /// Does `[s, e)` overlap a span of `out` (the same output `new` was given, perhaps
    /// grown since)?
    pub(crate) fn overlaps(
        &mut self,
        out: &[(&'static str, usize, usize)],
        s: usize,
        e: usize,
    ) -> bool {
        for h in &out[self.seen.min(out.len())..] {
            let (a, b) = (h.1, h.2);
            if self.starts.last().is_some_and(|&last| a < last) {
                self.in_order = false;
            }
            let furthest = self.max_end.last().map_or(b, |&m| m.max(b));
            self.starts.push(a);
            self.max_end.push(furthest);
            self.own.push((a, b));
        }
        self.seen = out.len();
        if self.before.overlaps(s, e) {
            return true;
        }
        if self.in_order {
            let upto = self.starts.partition_point(|&a| a < e);
            upto > 0 && self.max_end[upto - 1] > s
        } else {
            self.own.iter().any(|&(a, b)| a < e && s < b)
        }
    }
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

/// Does `t` start with `prefix`, ASCII case aside ("Staff no" for "staff no")? No
/// copy is made, and a prefix that would end inside a character does not match.
pub(crate) fn starts_with_ignore_ascii_case(t: &str, prefix: &str) -> bool {
    t.get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix))
}

/// At most the first `n` bytes of `t`, cut on a char boundary: a short look at what
/// follows, never a copy of the rest of the draft.
pub(crate) fn head_of(t: &str, n: usize) -> &str {
    let mut k = n.min(t.len());
    while !t.is_char_boundary(k) {
        k -= 1;
    }
    &t[..k]
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

/// For each byte value, a bit `k` for each of `words` (at most 64) that starts with
/// that byte, ASCII case folded: a walk over a text tries at each place only the words
/// that can start there.
pub(crate) fn by_first_byte<W: AsRef<str>>(words: &[W]) -> [u64; 256] {
    debug_assert!(words.len() <= 64);
    let mut by_first = [0u64; 256];
    for (k, w) in words.iter().enumerate() {
        if let Some(&b) = w.as_ref().as_bytes().first() {
            by_first[usize::from(b.to_ascii_lowercase())] |= 1 << k;
        }
    }
    by_first
}

/// Whole-word, ASCII-case-insensitive test for any of `words` (lowercase) in `hay`.
/// Callers pass short windows (a line around a hit) and up to a hundred words: one
/// walk over the window, trying the words only where a word can start, comparing in
/// place.
pub(crate) fn has_word(hay: &str, words: &[&str]) -> bool {
    words
        .chunks(64)
        .any(|words| has_word_of_64(hay, words, &by_first_byte(words)))
}

/// Words for [`has_word`] that are looked for again and again (a rule's cue words, the
/// job titles): their table of first bytes is made once, not at every question.
pub(crate) struct WordSet<W> {
    words: Vec<W>,
    /// [`by_first_byte`] of each 64 words.
    tables: Vec<[u64; 256]>,
}

impl<W: AsRef<str>> WordSet<W> {
    pub(crate) fn new(words: Vec<W>) -> WordSet<W> {
        let tables = words.chunks(64).map(by_first_byte).collect();
        WordSet { words, tables }
    }

    /// The words, in order.
    #[cfg(test)]
    pub(crate) fn words(&self) -> &[W] {
        &self.words
    }

    /// [`has_word`] for these words.
    pub(crate) fn found_in(&self, hay: &str) -> bool {
        self.words
            .chunks(64)
            .zip(&self.tables)
            .any(|(words, table)| has_word_of_64(hay, words, table))
    }
}

fn has_word_of_64<W: AsRef<str>>(hay: &str, words: &[W], by_first: &[u64; 256]) -> bool {
    let bytes = hay.as_bytes();
    // A place in the window is tried only against the words that start with its byte.
    // (A word with a capital is never found: the window's bytes are lowercased.)
    let matches_at = |s: usize, w: &[u8]| {
        let rest = &bytes[s..];
        rest.len() >= w.len()
            && rest
                .iter()
                .zip(w)
                .all(|(a, b)| a.to_ascii_lowercase() == *b)
            && hay
                .get(s + w.len()..)
                .is_some_and(|after| !after.chars().next().is_some_and(is_word_char))
    };
    let mut after_word = false;
    let mut s = 0;
    while s < bytes.len() {
        let b = bytes[s];
        let mut candidates = if after_word {
            0
        } else {
            by_first[usize::from(b.to_ascii_lowercase())]
        };
        while candidates != 0 {
            let k = candidates.trailing_zeros() as usize;
            candidates &= candidates - 1;
            if matches_at(s, words[k].as_ref().as_bytes()) {
                return true;
            }
        }
        if b < 0x80 {
            after_word = b.is_ascii_alphanumeric() || b == b'_';
            s += 1;
        } else {
            let c = hay[s..].chars().next().unwrap_or(' ');
            after_word = is_word_char(c);
            s += c.len_utf8();
        }
    }
    false
}

pub(crate) use wordlist::hash_bytes;

/// The word-list hash and table layout, shared with `build.rs` (which sorts and folds
/// the big lists at compile time, so start-up only lays out their tables).
mod wordlist;

/// A word list in an open-addressing hash table: one hash and usually one comparison
/// per look-up. The name lists come sorted and folded from `build.rs`; every list's
/// table is laid out on first use.
pub(crate) struct WordList {
    /// The words, sorted, each followed by a newline.
    text: Cow<'static, str>,
    /// Little-endian u32: where each word starts in `text`, then `text.len()`.
    starts: Vec<u8>,
    /// Little-endian u16 or u32: word index plus one, 0 for an empty slot.
    slots: Vec<u8>,
    /// How many slots: a power of two.
    size: usize,
}

/// Hashing for per-scan maps and sets (names' parts, email keys, the strings of a
/// report): no need for SipHash's resistance to chosen keys in a set that lives for
/// one scan.
pub(crate) type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

/// A `Hasher` over [`hash_bytes`], for maps keyed by short strings.
#[derive(Default)]
pub(crate) struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = (self.0.rotate_left(5) ^ hash_bytes(bytes)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0.rotate_left(5) ^ n as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The number of slots of a table laid out by `wordlist::build`: twice the words,
/// rounded up to a power of two (at least 8).
fn slot_count(starts: &[u8], slots: &[u8]) -> usize {
    let words = starts.len() / 4 - 1;
    let size = (words * 2).next_power_of_two().max(8);
    debug_assert!(slots.len() == size * 2 || slots.len() == size * 4);
    size
}

impl WordList {
    /// A list `build.rs` wrote with `wordlist::build`: distinct words, each followed
    /// by a newline.
    pub(crate) fn embedded(text: &'static str) -> WordList {
        let (starts, slots) = wordlist::tables(text);
        WordList {
            text: Cow::Borrowed(text),
            size: slot_count(&starts, &slots),
            starts,
            slots,
        }
    }

    /// From a hand-written list: `#` comments and blank lines skipped.
    pub(crate) fn from_source(data: &'static str) -> WordList {
        let words: Vec<&str> = data
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        let (text, starts, slots) = wordlist::build(words);
        WordList {
            size: slot_count(&starts, &slots),
            text: Cow::Owned(text),
            starts,
            slots,
        }
    }

    /// Compared exactly: the lists `build.rs` writes are lowercase, so `word` must be
    /// too; hand-written lists (titles, place words) keep their capitals.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.contains_bytes(word.as_bytes())
    }

    fn contains_bytes(&self, word: &[u8]) -> bool {
        let mask = self.size - 1;
        let text = self.text.as_bytes();
        let mut at = hash_bytes(word) as usize & mask;
        loop {
            let i = wordlist::read_slot(&self.slots, self.size, at) as usize;
            if i == 0 {
                return false;
            }
            // The entry's bounds (each word is followed by its newline): lengths first.
            let from = wordlist::read_u32(&self.starts, i - 1) as usize;
            let to = wordlist::read_u32(&self.starts, i) as usize - 1;
            if to - from == word.len() && &text[from..to] == word {
                return true;
            }
            at = (at + 1) & mask;
        }
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
            return self.contains_bytes(b);
        }
        let mut len = 0;
        for c in word.chars().flat_map(char::to_lowercase) {
            let c = if c == '’' { '\'' } else { c };
            if len + c.len_utf8() > buf.len() {
                return false; // longer than any entry
            }
            len += c.encode_utf8(&mut buf[len..]).len();
        }
        if self.contains_bytes(&buf[..len]) {
            return true;
        }
        // The lists hold a name as it is most often written: "Zoë" and "Siobhán" as
        // "Zoe" and "Siobhan" are found too.
        let mut plain = [0u8; 64];
        let mut n = 0;
        for c in std::str::from_utf8(&buf[..len])
            .unwrap_or("")
            .chars()
            .filter(|&c| !is_mark(c))
            .map(plain_letter)
        {
            if n + c.len_utf8() > plain.len() {
                return false;
            }
            n += c.encode_utf8(&mut plain[n..]).len();
        }
        n != len && self.contains_bytes(&plain[..n])
    }
}

/// A lowercase letter without its accent ('ë' is 'e', 'ł' is 'l', Vietnamese 'ạ' and
/// 'ễ' are 'a' and 'e'), and `’` as `'`; any other character as it is.
pub(crate) fn plain_letter(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' | 'ă' | 'ā' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ě' | 'ē' | 'ė' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ő' | 'ō' | 'ơ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ű' | 'ů' | 'ū' | 'ų' | 'ư' => 'u',
        'ŵ' => 'w',
        'ŷ' | 'ý' => 'y',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'ğ' | 'ģ' => 'g',
        'ķ' => 'k',
        'ł' | 'ľ' | 'ĺ' | 'ļ' => 'l',
        'ń' | 'ñ' | 'ň' | 'ņ' => 'n',
        'ř' | 'ŕ' => 'r',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ź' | 'ż' | 'ž' => 'z',
        '’' => '\'',
        // Vietnamese letters with a tone mark (Latin Extended Additional), each an
        // upper and a lower case in turn.
        '\u{1ea0}'..='\u{1eb7}' => 'a',
        '\u{1eb8}'..='\u{1ec7}' => 'e',
        '\u{1ec8}'..='\u{1ecb}' => 'i',
        '\u{1ecc}'..='\u{1ee3}' => 'o',
        '\u{1ee4}'..='\u{1ef1}' => 'u',
        '\u{1ef2}'..='\u{1ef9}' => 'y',
        c => c,
    }
}

/// Texts of up to `most` of `pieces` in any order, for the property tests that a
/// pattern's starts or windows miss no match: the pieces are what it turns on.
#[cfg(test)]
pub(crate) fn texts_of(
    pieces: &'static [&'static str],
    most: usize,
) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::strategy::Strategy;
    proptest::collection::vec(proptest::sample::select(pieces), 0..most).prop_map(|v| v.concat())
}

/// `text` for a failed test's message, unless it is too long to read there.
#[cfg(test)]
pub(crate) fn shown(text: &str) -> &str {
    if text.len() > 200 {
        "(a long text)"
    } else {
        text
    }
}

/// `tests/data/every_pattern.txt`: a draft in which every pattern of the detectors
/// finds a match (each detector's tests check that it does). `scripts/test.sh` also
/// scans it with the binary built as shipped (release, no debug assertions).
#[cfg(test)]
pub(crate) const EVERY_PATTERN: &str = include_str!("../../tests/data/every_pattern.txt");

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

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// `Taken` answers as asking every span of the output would, whatever order the
        /// spans are pushed in, between questions asked in any order.
        #[test]
        fn taken_agrees_with_asking_every_span(
            before in proptest::collection::vec((0usize..60, 1usize..12), 0..8),
            steps in proptest::collection::vec((proptest::bool::ANY, 0usize..60, 1usize..12), 0..40),
        ) {
            let mut out: Vec<(&'static str, usize, usize)> =
                before.iter().map(|&(s, l)| ("x", s, s + l)).collect();
            let mut taken = Taken::new(&out);
            for (push, s, l) in steps {
                let e = s + l;
                if push {
                    out.push(("y", s, e));
                } else {
                    let naive = out.iter().any(|h| h.1 < e && s < h.2);
                    proptest::prop_assert_eq!(taken.overlaps(&out, s, e), naive);
                }
            }
        }
    }

    proptest::proptest! {
        /// The hash of any bytes is the hash of their eight-byte blocks, the last one
        /// zero-padded (what the tables built at compile time were hashed with).
        #[test]
        fn hash_bytes_pads_the_tail_with_zeros(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..40)) {
            const K: u64 = 0x517c_c1b7_2722_0a95;
            let mut h = bytes.len() as u64;
            let mut blocks = bytes.chunks_exact(8);
            for c in &mut blocks {
                h = (h.rotate_left(5) ^ u64::from_le_bytes(c.try_into().unwrap())).wrapping_mul(K);
            }
            let mut tail = [0u8; 8];
            tail[..blocks.remainder().len()].copy_from_slice(blocks.remainder());
            h = (h.rotate_left(5) ^ u64::from_le_bytes(tail)).wrapping_mul(K);
            proptest::prop_assert_eq!(hash_bytes(&bytes), h ^ (h >> 29));
        }
    }

    /// The walk `has_word` replaced, trying every word at every place: the reference.
    fn has_word_by_char(hay: &str, words: &[&str]) -> bool {
        let mut after_word = false;
        for (s, c) in hay.char_indices() {
            if !after_word {
                let rest = &hay.as_bytes()[s..];
                let hit = words.iter().any(|w| {
                    let w = w.as_bytes();
                    !w.is_empty()
                        && rest.len() >= w.len()
                        && rest
                            .iter()
                            .zip(w)
                            .all(|(a, b)| a.to_ascii_lowercase() == *b)
                        && !hay[s + w.len()..].chars().next().is_some_and(is_word_char)
                });
                if hit {
                    return true;
                }
            }
            after_word = is_word_char(c);
        }
        false
    }

    proptest::proptest! {
        #[test]
        fn has_word_is_the_walk(
            hay in "[a-cA-C1 .\\-é’_]{0,40}",
            words in proptest::collection::vec("[a-c1 .\\-é’]{0,4}", 0..80),
        ) {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            let want = has_word_by_char(&hay, &words);
            proptest::prop_assert_eq!(has_word(&hay, &words), want);
            proptest::prop_assert_eq!(WordSet::new(words).found_in(&hay), want);
        }
    }

    #[test]
    fn next_digit_finds_what_a_byte_walk_finds() {
        let texts = [
            "",
            "no digits here at all, none",
            "a1",
            "abcdefgh9",
            "abcdefghijklmnop+44 20",
            "(0)20 ééééééé 7",
            "0123456789",
            "/:;<=>?@[`{~\x7f ÿ",
        ];
        for t in texts {
            let b = t.as_bytes();
            for number_start in [false, true] {
                let want = |from: usize| {
                    b[from..]
                        .iter()
                        .position(|c| {
                            c.is_ascii_digit() || number_start && (*c == b'+' || *c == b'(')
                        })
                        .map(|k| from + k)
                };
                for from in 0..=b.len() {
                    assert_eq!(
                        next_digit(b, from, number_start),
                        want(from),
                        "{t:?} {from}"
                    );
                }
            }
        }
    }

    #[test]
    fn word_runs_split_like_is_word_char() {
        let text = "Zoë’s café_2 (ASP.NET) — 10.0.0.1\u{1F600}x";
        let runs: Vec<&str> = word_runs(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(
            runs,
            ["Zoë", "s", "café_2", "ASP", "NET", "10", "0", "0", "1", "x"]
        );
        assert!(word_runs("").is_empty());
        assert!(word_runs(" ,;").is_empty());
        for t in [text, "", " ,;", "x", "  ab_1 c", "é", "—é—"] {
            assert_eq!(first_word_run(t), word_runs(t).first().copied(), "{t:?}");
        }
    }

    #[test]
    fn word_list_finds_every_entry_and_nothing_else() {
        let list = WordList::from_source("# comment\nsmith\njones\n\no'neil\nzoë\n");
        for w in ["smith", "jones", "o'neil", "zoë"] {
            assert!(list.contains(w), "{w}");
        }
        for w in ["", "smit", "smiths", "# comment", "Smith"] {
            assert!(!list.contains(w), "{w}");
        }
        assert!(list.contains_folded("O’Neil"));
        assert!(list.contains_folded("ZOË"));
        let empty = WordList::from_source("");
        assert!(!empty.contains("x"));
    }

    /// The name lists are laid out at start-up from `build.rs`'s text: every entry is
    /// found, in a table of u16 slots and in one past 65,534 words (u32 slots).
    #[test]
    fn embedded_lists_find_every_entry_in_narrow_and_wide_tables() {
        let surnames = include_str!(concat!(env!("OUT_DIR"), "/surnames.txt"));
        let list = WordList::embedded(surnames);
        assert!(surnames.lines().count() > 10_000);
        assert_eq!(list.slots.len(), list.size * 2);
        for w in surnames.lines() {
            assert!(list.contains(w), "{w}");
        }
        assert!(!list.contains("zzzqx") && !list.contains(""));
        let many: String = (0..70_000).map(|i| format!("w{i}\n")).collect();
        let wide = WordList::embedded(Box::leak(many.into_boxed_str()));
        assert_eq!(wide.slots.len(), wide.size * 4);
        for i in (0..70_000).step_by(997) {
            assert!(wide.contains(&format!("w{i}")), "w{i}");
        }
        assert!(!wide.contains("w70000") && !wide.contains("w"));
    }
}
