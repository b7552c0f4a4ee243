//! Word boundaries found 64 bytes at a time.
//!
//! A byte-at-a-time tokeniser takes a branch at every word's start and end, and the
//! processor guesses many of them wrong: on a draft that was 15 ns a word. Here each
//! 64-byte block of the draft becomes a few `u64`s (a bit for each byte: in a word, a
//! letter, an apostrophe or hyphen) with no branches: by vector comparisons of sixteen
//! bytes at once (SSE2 on x86-64, WebAssembly SIMD in the .wasm), or elsewhere by
//! arithmetic on eight bytes at once (SWAR), which the vector code is tested against.
//! The words are read off the bits with `trailing_zeros`. In a block
//! with bytes over 0x7F each multi-byte character is decoded and classified as a
//! `char`, so the result is the same for any Unicode text. One pass serves the
//! lexicon's word runs and the names' words.

use super::is_letter;
use super::is_word_char;

/// One bit per byte of a text: bit `i % 64` of `blocks[i / 64]`.
#[derive(Debug, Clone)]
pub(crate) struct ByteBits {
    blocks: Vec<u64>,
    len: usize,
}

/// A draft's words, classified once for every detector that reads words: runs of
/// word characters (the lexicon, the cue words) and the words of names.
#[derive(Debug, Clone)]
pub(crate) struct Tokens {
    classes: Classes,
}

impl Tokens {
    pub(crate) fn new(text: &str) -> Tokens {
        Tokens {
            classes: Classes::of(text),
        }
    }

    /// Maximal runs of word characters ([`is_word_char`]), as byte ranges, in order.
    pub(crate) fn word_runs(&self) -> Runs<'_> {
        self.classes.words.runs()
    }

    /// The words of names (see [`NameWords`]). Built when asked, by the one detector
    /// that reads them, and dropped after it.
    pub(crate) fn name_words<'t>(&self, text: &'t str) -> NameWords<'t> {
        NameWords::of(text, &self.classes)
    }
}

/// For each byte: 1 an ASCII word character (letter, digit, `_`), 2 an ASCII letter,
/// 4 an apostrophe or hyphen (which join the parts of a name); 0 for the rest and for
/// every byte over 0x7F. What [`swar_class`] computes, byte by byte (its test).
#[cfg(test)]
const ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() {
            1 | 2
        } else if c.is_ascii_digit() || c == b'_' {
            1
        } else if c == b'\'' || c == b'-' {
            4
        } else {
            0
        };
        b += 1;
    }
    t
};
const WORD: u8 = 1;
const LETTER: u8 = 2;
const JOINER: u8 = 4;

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` (eight bytes of text) whose class (see
/// [`ASCII_CLASS`]) has `class`: the same answers as the table, eight bytes at once.
#[inline]
fn swar_class(x: u64, class: u8) -> u64 {
    let ascii = !x & HIGH;
    let x7 = x & !HIGH;
    // For bytes of at most 0x7F no sum below carries into the next byte.
    let at_least = |v: u64, lo: u8| v.wrapping_add(ONES * u64::from(0x80 - lo)) & HIGH;
    let at_most = |v: u64, hi: u8| !v.wrapping_add(ONES * u64::from(0x7F - hi)) & HIGH;
    let range = |v: u64, lo: u8, hi: u8| at_least(v, lo) & at_most(v, hi);
    let lower = x7 | (ONES * 0x20);
    let mut m = 0;
    if class & (WORD | LETTER) != 0 {
        m |= range(lower, b'a', b'z');
    }
    if class & WORD != 0 {
        m |= range(x7, b'0', b'9') | range(x7, b'_', b'_');
    }
    if class & JOINER != 0 {
        m |= range(x7, b'\'', b'\'') | range(x7, b'-', b'-');
    }
    m & ascii
}

/// The high bits of `m`'s eight bytes as eight bits, byte 0 the lowest: the
/// multiplier's eight bits each move one byte's bit into the top byte, and no two
/// products meet, so nothing carries.
#[inline]
fn gather(m: u64) -> u64 {
    (m >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// The bits of a text's classes of bytes, in one pass.
#[derive(Debug, Clone)]
struct Classes {
    /// Word characters ([`is_word_char`]): every byte of such a character.
    words: ByteBits,
    /// Letters (`is_letter`): every byte.
    letters: ByteBits,
    /// ASCII apostrophes and hyphens.
    joiners: Vec<u64>,
    /// ASCII small letters.
    lowers: Vec<u64>,
    /// Where each "’" starts (the one multi-byte character that can join a name).
    quotes: Vec<usize>,
}

/// The classes of the 64 bytes of a block, a bit for each byte (byte 0 the lowest).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct BlockBits {
    /// ASCII word characters (letters, digits, `_`).
    word: u64,
    /// ASCII letters.
    letter: u64,
    /// ASCII small letters.
    lower: u64,
    /// ASCII apostrophes and hyphens.
    join: u64,
    /// First bytes of multi-byte characters (`0b11xx_xxxx`).
    firsts: u64,
}

impl BlockBits {
    /// Eight bytes at a time by arithmetic (SWAR): the way on targets without the
    /// vector instructions below, and what those are tested against.
    #[cfg_attr(
        any(target_arch = "x86_64", target_feature = "simd128"),
        allow(dead_code)
    )]
    fn of_swar(block: &[u8; 64]) -> BlockBits {
        let mut out = BlockBits::default();
        for (g, b) in block.chunks_exact(8).enumerate() {
            let x = u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]);
            let l = swar_class(x, LETTER);
            out.letter |= gather(l) << (g * 8);
            // A small letter has bit 5 set, moved here to bit 7.
            out.lower |= gather(l & x << 2) << (g * 8);
            out.word |= gather(l | swar_class(x, WORD & !LETTER)) << (g * 8);
            out.join |= gather(swar_class(x, JOINER)) << (g * 8);
            out.firsts |= gather(x & x << 1 & HIGH) << (g * 8);
        }
        out
    }

    /// Sixteen bytes at a time (SSE2, which every x86-64 processor has). A signed
    /// comparison with a bound under 0x80 fails for every byte over 0x7F, which is
    /// negative as an `i8`: only ASCII bytes fall in the ranges.
    #[cfg(target_arch = "x86_64")]
    fn of(block: &[u8; 64]) -> BlockBits {
        use std::arch::x86_64::*;
        let mut out = BlockBits::default();
        for g in 0..4 {
            // SAFETY: SSE2 is part of x86-64; the load reads 16 bytes inside `block`
            // (unaligned load).
            unsafe {
                let x = _mm_loadu_si128(block.as_ptr().add(g * 16).cast());
                let splat = |b: u8| _mm_set1_epi8(b as i8);
                let within = |v, lo: u8, hi: u8| {
                    _mm_and_si128(
                        _mm_cmpgt_epi8(v, splat(lo - 1)),
                        _mm_cmplt_epi8(v, splat(hi + 1)),
                    )
                };
                let bits = |m| u64::from(_mm_movemask_epi8(m) as u16) << (g * 16);
                let lower = within(x, b'a', b'z');
                let letter = within(_mm_or_si128(x, splat(0x20)), b'a', b'z');
                let other_word =
                    _mm_or_si128(within(x, b'0', b'9'), _mm_cmpeq_epi8(x, splat(b'_')));
                let join = _mm_or_si128(
                    _mm_cmpeq_epi8(x, splat(b'\'')),
                    _mm_cmpeq_epi8(x, splat(b'-')),
                );
                // 0xC0..=0xFF: the bytes whose unsigned maximum with 0xC0 is themselves.
                let firsts = _mm_cmpeq_epi8(_mm_max_epu8(x, splat(0xC0)), x);
                out.lower |= bits(lower);
                out.letter |= bits(letter);
                out.word |= bits(_mm_or_si128(letter, other_word));
                out.join |= bits(join);
                out.firsts |= bits(firsts);
            }
        }
        out
    }

    /// Sixteen bytes at a time (WebAssembly SIMD, which the shipped .wasm is built
    /// with). As for SSE2, signed comparisons keep out every byte over 0x7F.
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    fn of(block: &[u8; 64]) -> BlockBits {
        use std::arch::wasm32::*;
        let mut out = BlockBits::default();
        for g in 0..4 {
            // SAFETY: the load reads 16 bytes inside `block` (wasm loads need no
            // alignment).
            let x = unsafe { v128_load(block.as_ptr().add(g * 16).cast()) };
            let splat = |b: u8| i8x16_splat(b as i8);
            let within = |v, lo: u8, hi: u8| {
                v128_and(i8x16_gt(v, splat(lo - 1)), i8x16_lt(v, splat(hi + 1)))
            };
            let bits = |m| u64::from(i8x16_bitmask(m)) << (g * 16);
            let lower = within(x, b'a', b'z');
            let letter = within(v128_or(x, splat(0x20)), b'a', b'z');
            let other_word = v128_or(within(x, b'0', b'9'), i8x16_eq(x, splat(b'_')));
            let join = v128_or(i8x16_eq(x, splat(b'\'')), i8x16_eq(x, splat(b'-')));
            let firsts = u8x16_ge(x, splat(0xC0));
            out.lower |= bits(lower);
            out.letter |= bits(letter);
            out.word |= bits(v128_or(letter, other_word));
            out.join |= bits(join);
            out.firsts |= bits(firsts);
        }
        out
    }

    #[cfg(not(any(
        target_arch = "x86_64",
        all(target_arch = "wasm32", target_feature = "simd128")
    )))]
    fn of(block: &[u8; 64]) -> BlockBits {
        Self::of_swar(block)
    }
}

impl Classes {
    fn of(text: &str) -> Classes {
        let bytes = text.as_bytes();
        let n = bytes.len().div_ceil(64);
        let (mut words, mut letters) = (vec![0u64; n], vec![0u64; n]);
        let (mut joiners, mut lowers) = (vec![0u64; n], vec![0u64; n]);
        let mut quotes = Vec::new();
        for (k, block) in bytes.chunks(64).enumerate() {
            // The last block, if short, is padded with NULs, which are in no class.
            let mut padded = [0u8; 64];
            let block: &[u8; 64] = match block.try_into() {
                Ok(full) => full,
                Err(_) => {
                    padded[..block.len()].copy_from_slice(block);
                    &padded
                }
            };
            let BlockBits {
                word,
                letter,
                lower,
                join,
                mut firsts,
            } = BlockBits::of(block);
            words[k] |= word;
            letters[k] |= letter;
            joiners[k] = join;
            lowers[k] = lower;
            // Each multi-byte character, decoded at its first byte; its bits may run
            // into the next block.
            let base = k * 64;
            while firsts != 0 {
                let at = base + firsts.trailing_zeros() as usize;
                firsts &= firsts - 1;
                let c = text[at..].chars().next().unwrap_or(' ');
                let (is_letter, is_word) = if is_letter(c) {
                    (true, true)
                } else {
                    (false, is_word_char(c))
                };
                for p in at..at + c.len_utf8() {
                    letters[p / 64] |= u64::from(is_letter) << (p % 64);
                    words[p / 64] |= u64::from(is_word) << (p % 64);
                }
                if c == '’' {
                    quotes.push(at);
                }
            }
        }
        let len = bytes.len();
        Classes {
            words: ByteBits { blocks: words, len },
            letters: ByteBits {
                blocks: letters,
                len,
            },
            joiners,
            lowers,
            quotes,
        }
    }
}

impl ByteBits {
    fn get(&self, at: usize) -> bool {
        at < self.len && self.blocks[at / 64] >> (at % 64) & 1 == 1
    }

    /// Maximal runs of set bits, as byte ranges, in order.
    pub(crate) fn runs(&self) -> Runs<'_> {
        Runs {
            bits: self,
            block: 0,
            from: 0,
        }
    }
}

/// See [`ByteBits::runs`].
pub(crate) struct Runs<'b> {
    bits: &'b ByteBits,
    /// The block holding `from`, the first byte not yet read.
    block: usize,
    from: u32,
}

impl Iterator for Runs<'_> {
    type Item = (usize, usize);

    #[inline]
    fn next(&mut self) -> Option<(usize, usize)> {
        let blocks = &self.bits.blocks;
        // The run's start: the first set bit at or after `from`.
        let mut m = blocks.get(self.block)? & (!0u64 << self.from);
        while m == 0 {
            self.block += 1;
            m = *blocks.get(self.block)?;
        }
        let start_bit = m.trailing_zeros();
        let start = self.block * 64 + start_bit as usize;
        // Its end: the first clear bit after the start.
        let mut clear = !blocks[self.block] & (!0u64 << start_bit);
        while clear == 0 {
            self.block += 1;
            match blocks.get(self.block) {
                Some(b) => clear = !b,
                None => {
                    self.from = 0;
                    return Some((start, self.bits.len));
                }
            }
        }
        self.from = clear.trailing_zeros();
        let end = (self.block * 64 + self.from as usize).min(self.bits.len);
        Some((start, end))
    }
}

/// A word of a name, as a byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
}

/// The words of names: runs of letters, with an apostrophe (`'`, `’`) or hyphen
/// between two letters inside a word ("O’Donnell", "Smith-Jones"), and without a
/// possessive "’s" at the end ("Mr Zieliński’s claim").
///
/// Kept as bits, not as a list: a name starts with a capital, and the names detector
/// reads only the few words that do and their neighbours. Most words of a draft are
/// never made into a [`Word`] at all.
pub(crate) struct NameWords<'t> {
    bytes: &'t [u8],
    /// Every byte of every word.
    bits: ByteBits,
    /// The first byte of each word that does not start with an ASCII small letter.
    capitals: ByteBits,
}

impl<'t> NameWords<'t> {
    fn of(text: &'t str, classes: &Classes) -> NameWords<'t> {
        let (letters, joiners) = (&classes.letters, &classes.joiners);
        let l = &letters.blocks;
        let mut blocks = vec![0u64; l.len()];
        for k in 0..l.len() {
            // A joiner counts with a letter on either side of it.
            let before = l[k] << 1 | k.checked_sub(1).map_or(0, |p| l[p] >> 63);
            let after = l[k] >> 1 | l.get(k + 1).map_or(0, |n| n << 63);
            blocks[k] = l[k] | joiners[k] & before & after;
        }
        // "’" is three bytes: its letters are one before and three after.
        for &at in &classes.quotes {
            if at > 0 && letters.get(at - 1) && letters.get(at + 3) {
                for p in at..at + 3 {
                    blocks[p / 64] |= 1 << (p % 64);
                }
            }
        }
        let mut capitals = vec![0u64; blocks.len()];
        let mut carry = 0;
        for (k, &b) in blocks.iter().enumerate() {
            capitals[k] = b & !(b << 1 | carry) & !classes.lowers[k];
            carry = b >> 63;
        }
        NameWords {
            bytes: text.as_bytes(),
            bits: ByteBits {
                blocks,
                len: text.len(),
            },
            capitals: ByteBits {
                blocks: capitals,
                len: text.len(),
            },
        }
    }

    /// The first word at or after byte `from` that does not start with an ASCII small
    /// letter (the only words a name can start with), by its start.
    #[inline]
    pub(crate) fn next_capital(&self, from: usize) -> Option<usize> {
        self.capitals.next_set(from)
    }

    /// The word starting at byte `start` (which must start one).
    #[inline(always)]
    pub(crate) fn word_at(&self, start: usize) -> Word {
        let bytes = self.bytes;
        let mut end = self.bits.next_clear(start);
        // A possessive "’s" is not part of the name. Every word starts with a letter,
        // so a joiner in it has a letter before it: the stem is never empty. The byte
        // before the last is tested first: it is rarely `'` or the last of "’", so the
        // branch is foreseen, where one on a last "s" (plurals) is not.
        if end - start >= 3 && matches!(bytes[end - 2], b'\'' | 0x99) && bytes[end - 1] == b's' {
            let t = &bytes[start..end];
            if t.ends_with(b"'s") {
                end -= 2;
            } else if t.ends_with("’s".as_bytes()) {
                end -= 4;
            }
        }
        Word { start, end }
    }

    /// The first word, if any.
    #[cfg(test)]
    pub(crate) fn first(&self) -> Option<Word> {
        Some(self.word_at(self.bits.next_set(0)?))
    }

    /// The word after `w`.
    #[inline]
    pub(crate) fn after(&self, w: Word) -> Option<Word> {
        // Past what is left of the word's run (a possessive "’s").
        let end = self.bits.next_clear(w.end);
        Some(self.word_at(self.bits.next_set(end)?))
    }

    /// The word before `w`.
    #[inline]
    pub(crate) fn before(&self, w: Word) -> Option<Word> {
        let last = self.bits.prev_set(w.start)?;
        Some(self.word_at(self.bits.run_start(last)))
    }
}

impl ByteBits {
    /// The first set bit at or after `from`.
    #[inline]
    fn next_set(&self, from: usize) -> Option<usize> {
        let mut k = from / 64;
        let mut m = *self.blocks.get(k)? & (!0u64 << (from % 64));
        while m == 0 {
            k += 1;
            m = *self.blocks.get(k)?;
        }
        Some(k * 64 + m.trailing_zeros() as usize)
    }

    /// The first clear bit at or after `from`; the text's length if there is none.
    #[inline]
    fn next_clear(&self, from: usize) -> usize {
        let mut k = from / 64;
        let Some(&b) = self.blocks.get(k) else {
            return self.len;
        };
        let mut m = !b & (!0u64 << (from % 64));
        while m == 0 {
            k += 1;
            match self.blocks.get(k) {
                Some(b) => m = !b,
                None => return self.len,
            }
        }
        (k * 64 + m.trailing_zeros() as usize).min(self.len)
    }

    /// The last set bit before `before`.
    #[inline]
    fn prev_set(&self, before: usize) -> Option<usize> {
        let last = before.checked_sub(1)?;
        let mut k = last / 64;
        let mut m = self.blocks[k] & (!0u64 >> (63 - last % 64));
        while m == 0 {
            k = k.checked_sub(1)?;
            m = self.blocks[k];
        }
        Some(k * 64 + 63 - m.leading_zeros() as usize)
    }

    /// The first bit of the run of set bits that holds bit `at` (which is set).
    #[inline]
    fn run_start(&self, at: usize) -> usize {
        let mut k = at / 64;
        // The clear bits at or below `at`.
        let mut m = !self.blocks[k] & (!0u64 >> (63 - at % 64));
        while m == 0 {
            let Some(p) = k.checked_sub(1) else {
                return 0;
            };
            k = p;
            m = !self.blocks[k];
        }
        k * 64 + 64 - m.leading_zeros() as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character-at-a-time tokeniser `name_words` replaced: the reference.
    fn name_words_by_char(text: &str) -> Vec<(usize, usize)> {
        let joiner = |c: char| c == '\'' || c == '’' || c == '-';
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut out = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            if !is_letter(chars[k].1) {
                k += 1;
                continue;
            }
            let start = chars[k].0;
            k += 1;
            while k < chars.len() {
                let letter = is_letter(chars[k].1);
                let joins = joiner(chars[k].1) && chars.get(k + 1).is_some_and(|c| is_letter(c.1));
                if letter || joins {
                    k += 1;
                } else {
                    break;
                }
            }
            let mut end = chars.get(k).map_or(text.len(), |c| c.0);
            let t = &text[start..end];
            if let Some(stem) = t.strip_suffix("'s").or_else(|| t.strip_suffix("’s")) {
                if !stem.is_empty() {
                    end = start + stem.len();
                }
            }
            out.push((start, end));
        }
        out
    }

    fn word_runs_by_char(text: &str) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        for (i, c) in text.char_indices() {
            if !is_word_char(c) {
                continue;
            }
            match out.last_mut() {
                Some(last) if last.1 == i => last.1 = i + c.len_utf8(),
                _ => out.push((i, i + c.len_utf8())),
            }
        }
        out
    }

    fn check(text: &str) {
        let tokens = Tokens::new(text);
        let want = name_words_by_char(text);
        let words = tokens.name_words(text);
        // Forwards, word by word.
        let forwards: Vec<_> = std::iter::successors(words.first(), |&w| words.after(w))
            .map(|w| (w.start, w.end))
            .collect();
        assert_eq!(forwards, want, "{text:?}");
        // Backwards from the last.
        let mut backwards: Vec<_> = forwards
            .last()
            .map(|&(start, end)| Word { start, end })
            .into_iter()
            .flat_map(|last| std::iter::successors(Some(last), |&w| words.before(w)))
            .map(|w| (w.start, w.end))
            .collect();
        backwards.reverse();
        assert_eq!(backwards, want, "{text:?}");
        // The words that may start a name: those not starting with a small ASCII letter.
        let capitals: Vec<_> =
            std::iter::successors(words.next_capital(0), |&at| words.next_capital(at + 1))
                .map(|at| {
                    let w = words.word_at(at);
                    (w.start, w.end)
                })
                .collect();
        let want_capitals: Vec<_> = want
            .iter()
            .copied()
            .filter(|&(s, _)| !text.as_bytes()[s].is_ascii_lowercase())
            .collect();
        assert_eq!(capitals, want_capitals, "{text:?}");
        let runs: Vec<_> = tokens.word_runs().collect();
        assert_eq!(runs, word_runs_by_char(text), "{text:?}");
    }

    #[test]
    fn cases() {
        for text in [
            "",
            "a",
            " ",
            "O’Donnell-Smith’s claim, Zoë’s café_2 (ASP.NET) — 10.0.0.1\u{1F600}x",
            "a--b a'-b -a- 'x' x’ ’x x’s s's 's ’s Ní Ó Briain",
            "Łukasz Żółć ap Gwyn Pen-ỳ-Bryn e\u{301}",
        ] {
            check(text);
        }
        // Words and joiners across every block boundary, ASCII and not.
        for pad in 0..70 {
            for tail in ["O’Neil’s", "ab-cd", "é’é", "xyz’s", "’’", "ab", "Zoë-x"] {
                check(&format!("{}{tail} q", " ".repeat(pad)));
                check(&format!("{}{tail}", "é".repeat(pad)));
                check(&format!("{}{tail}", "a".repeat(pad)));
            }
        }
    }

    #[test]
    fn swar_class_is_the_table() {
        for class in [WORD, LETTER, JOINER] {
            for b in 0..=255u8 {
                for at in 0..8 {
                    let mut bytes = [b'x' ^ b; 8];
                    bytes[at] = b;
                    let want = u64::from(ASCII_CLASS[usize::from(b)] & class != 0) << at;
                    let got = gather(swar_class(u64::from_le_bytes(bytes), class)) & 1 << at;
                    assert_eq!(got, want, "{b:#x} at {at}, class {class}");
                }
            }
        }
    }

    proptest::proptest! {
        /// The vector classifier (SSE2 here) gives the SWAR one's bits for any bytes.
        #[test]
        fn vector_classes_are_the_swar_ones(bytes in proptest::collection::vec(
            proptest::prop_oneof![proptest::num::u8::ANY, proptest::sample::select(
                b"azAZ@[`{09/:_'-\x7f\x80\xbf\xc0\xff ".to_vec())],
            64,
        )) {
            let block: [u8; 64] = bytes.try_into().unwrap();
            proptest::prop_assert_eq!(BlockBits::of(&block), BlockBits::of_swar(&block));
        }

        #[test]
        fn same_as_by_char(text in "[a-zA-Z0-9_ \\-'’.éŻỳ\u{301}\u{1F600}\n]{0,200}") {
            check(&text);
        }

        #[test]
        fn same_as_by_char_any_text(text in "\\PC{0,150}") {
            check(&text);
        }
    }
}
