//! Accents written as characters of their own, composed before a scan.
//!
//! Text in Unicode's decomposed form (NFD, as some Mac and PDF copies give it) writes
//! "Mòrag" as "Mo", U+0300, "rag". The rules are written for the composed form (the
//! name lists, "Ó Súilleabháin", "Tŷ", "Lôn"), so a draft with such marks is scanned
//! composed, and each finding's offsets are taken back to the draft as it came: a
//! finding's end after a composed letter is the end of its last mark in the draft, so
//! nothing of a name is left outside its span.

use crate::compose_table::COMPOSITIONS;

/// A draft with its letters and marks composed, and the way back to the draft's offsets.
pub(crate) struct Composed {
    /// The draft, each letter followed by marks that compose with it written as one.
    pub(crate) text: String,
    /// At each composed letter: its end in `text` and its end in the draft (after its
    /// marks), in order. Between two, an offset moves by the later's difference.
    ends: Vec<(usize, usize)>,
}

impl Composed {
    /// The draft's offset for an offset of `text` on a character boundary.
    pub(crate) fn original(&self, at: usize) -> usize {
        let k = self.ends.partition_point(|&(end, _)| end <= at);
        match k.checked_sub(1) {
            Some(k) => at + (self.ends[k].1 - self.ends[k].0),
            None => at,
        }
    }
}

/// The letter that `base` and the combining mark `mark` compose, if Unicode has one.
fn compose_pair(base: char, mark: char) -> Option<char> {
    let (b, m) = (
        u16::try_from(u32::from(base)).ok()?,
        u16::try_from(u32::from(mark)).ok()?,
    );
    let k = COMPOSITIONS
        .binary_search_by(|&(pb, pm, _)| (pb, pm).cmp(&(b, m)))
        .ok()?;
    char::from_u32(u32::from(COMPOSITIONS[k].2))
}

/// A combining mark of U+0300..U+036F, the marks that compose with letters.
fn is_composing_mark(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// `text` with each letter and the marks after it that compose with it written as one
/// letter ("o" U+0300 as "ò"), or `None` when nothing composes (most drafts: a search
/// for the marks' first bytes, 0xCC and 0xCD, settles it).
///
/// Marks are composed in the order they come, as long as each composes with the letter
/// made so far; the first that does not, and any after it, stay as they are (canonical
/// order puts a letter's marks in the order that composes them).
pub(crate) fn compose(text: &str) -> Option<Composed> {
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut ends = Vec::new();
    // The draft is copied to `out` up to `copied`; marks are looked for from `from`.
    let mut copied = 0;
    let mut from = 0;
    while let Some(k) = memchr::memchr2(0xCC, 0xCD, &bytes[from..]) {
        // 0xCC and 0xCD are first bytes of two-byte characters: `at` is a boundary.
        let at = from + k;
        from = at + 2;
        let Some(mark) = text[at..].chars().next().filter(|&c| is_composing_mark(c)) else {
            continue;
        };
        // The letter before the mark, unless it was composed already (it is then in
        // `out`, and the mark did not compose with it) or it is a mark itself.
        let Some(base) = text[copied..at].chars().next_back() else {
            continue;
        };
        let Some(mut letter) = compose_pair(base, mark) else {
            continue;
        };
        let mut end = at + mark.len_utf8();
        while let Some(next) = text[end..].chars().next().filter(|&c| is_composing_mark(c)) {
            match compose_pair(letter, next) {
                Some(c) => {
                    letter = c;
                    end += next.len_utf8();
                }
                None => break,
            }
        }
        if out.capacity() == 0 {
            out.reserve(text.len());
        }
        out.push_str(&text[copied..at - base.len_utf8()]);
        out.push(letter);
        ends.push((out.len(), end));
        copied = end;
        from = end;
    }
    if ends.is_empty() {
        return None;
    }
    out.push_str(&text[copied..]);
    Some(Composed { text: out, ends })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn composes_letters_and_maps_offsets_back() {
        let draft =
            "Mo\u{300}rag Nic Leo\u{300}id, Tra\u{302}\u{300}n Va\u{306}n, e\u{323}\u{302}!";
        let c = compose(draft).expect("marks that compose");
        assert_eq!(c.text, "Mòrag Nic Leòid, Trần Văn, ệ!");
        // Each composed letter's end maps past its marks; every boundary maps to one.
        let m = c.text.find("Mòrag").unwrap();
        let (s, e) = (c.original(m), c.original(m + "Mòrag".len()));
        assert_eq!(&draft[s..e], "Mo\u{300}rag");
        let t = c.text.find("Trần").unwrap();
        let (s, e) = (c.original(t), c.original(t + "Trần".len()));
        assert_eq!(&draft[s..e], "Tra\u{302}\u{300}n");
        assert_eq!(c.original(c.text.len()), draft.len());
    }

    #[test]
    fn leaves_text_without_composing_marks_alone() {
        assert!(compose("").is_none());
        assert!(compose("Mòrag, Zoë, Ω, Ͱ (U+0370: a 0xCD first byte), ̀ alone").is_none());
        // A mark that composes with nothing before it (a digit, a space) stays.
        assert!(compose("7\u{301} \u{301}").is_none());
    }

    #[test]
    fn a_mark_that_does_not_compose_stays_after_the_letter() {
        // 'q' has no composed form with an acute; 'a' + ring + grave: "å" then the grave.
        let draft = "q\u{301}a\u{30A}\u{300}x";
        let c = compose(draft).unwrap();
        assert_eq!(c.text, "q\u{301}å\u{300}x");
        let x = c.text.find('x').unwrap();
        assert_eq!(&draft[c.original(x)..], "x");
    }

    proptest! {
        /// Every character boundary of the composed text maps to a boundary of the
        /// draft, in order, and the text between two maps is the same text composed.
        #[test]
        fn boundaries_map_to_boundaries(text in "[aAoOeEuUnNcCzZ ,.q7ø\u{300}-\u{30C}\u{323}\u{327}\u{328}ə]{0,40}") {
            if let Some(c) = compose(&text) {
                let mut last = 0;
                for (i, _) in c.text.char_indices().chain([(c.text.len(), ' ')]) {
                    let o = c.original(i);
                    prop_assert!(text.is_char_boundary(o));
                    prop_assert!(o >= last);
                    last = o;
                }
                prop_assert_eq!(c.original(c.text.len()), text.len());
                let again = compose(&text[..]).unwrap();
                prop_assert_eq!(again.text, c.text);
            }
        }
    }
}
