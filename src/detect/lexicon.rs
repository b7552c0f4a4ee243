//! Every term of the rule pack (and the config's deny list) in one index keyed by
//! the term's first word: one pass over the draft's words, one hash look-up each;
//! word boundaries, case rules, cues, versions and model numbers are checked after
//! each match. A term must start and end on a word boundary, so its first word is a
//! whole word of the draft (".NET": the word "net" with "." before it); the rare
//! term with no word character at all goes to a small Aho-Corasick automaton.

use super::is_alnum;
use std::borrow::Cow;

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::cues::{self, CueHits};
use super::{on_word_boundary, Candidate, FxHasher, WordSet};
use crate::document::Document;
use crate::error::{Error, ErrorKind};
use crate::finding::Kind;
use crate::pack::{LexiconRule, VersionMode};

/// Where a term came from.
#[derive(Debug, Clone, Copy)]
struct TermRef {
    rule: usize,
    /// Matched exactly as written and only with a cue nearby.
    guarded: bool,
}

pub(crate) const SHAPE_BITS: usize = 19;
/// How many shapes there are.
pub(crate) const SHAPES: usize = 1 << SHAPE_BITS;

/// A word's shape for the `shapes` filter: its length (up to 15) and the low five bits
/// of its first, second and last bytes. An ASCII letter and its capital differ only in
/// bit 5, so a word and its lowercase have the same shape.
pub(crate) fn shape(word: &[u8]) -> usize {
    let low = |b: u8| usize::from(b & 0x1f);
    let at = |i: usize| word.get(i).copied().unwrap_or(0);
    (word.len().min(15) << 15)
        | (low(at(0)) << 10)
        | (low(at(1)) << 5)
        | low(word.last().copied().unwrap_or(0))
}

/// First word (ASCII-lowercased) -> what starts with it.
type FirstWordIndex = HashMap<Box<[u8]>, FirstWord, BuildHasherDefault<FxHasher>>;

/// What a word can start: terms (with the term's bytes before that word: 1 for ".NET",
/// 0 for most), and the cued patterns' groups (see `cues`).
#[derive(Default)]
struct FirstWord {
    terms: Vec<(u32, u32)>,
    cues: u16,
}

/// A term source: a pack rule, or the config's deny list (which reuses the same matching).
pub(crate) struct LexiconDetector {
    /// First word of a term (ASCII-lowercased) -> the terms it is the first word of,
    /// with the term's bytes before that word (1 for ".NET", 0 for most).
    by_first_word: FirstWordIndex,
    /// The longest first word, in bytes: longer words of the draft are not looked up.
    longest_first_word: usize,
    /// One bit per (length, first, second and last byte) of the first words: most
    /// words of a draft start no term, and this says so without hashing them.
    shapes: Vec<u64>,
    /// Terms without a word character ("++", from a config's deny list).
    others: Option<(AhoCorasick, Vec<u32>)>,
    /// The index also notes the cue words of `cues` (the built-in pack's detector does).
    with_cues: bool,
    /// Every term, ASCII-lowercased.
    lower: Vec<Box<[u8]>>,
    /// Terms whose plural is found too: unguarded device terms that end in a letter
    /// other than "s" ("iPad", "Toughbook"), matched as written ("Toughbooks", not
    /// "toughbooks").
    plural: Vec<bool>,
    terms: Vec<TermRef>,
    patterns: Vec<String>,
    rules: Vec<LexRule>,
}

/// What the detector needs of a rule (pack rules borrow; config rules own their text).
pub(crate) struct LexRule {
    pub id: Cow<'static, str>,
    pub kind: Kind,
    pub severity: crate::finding::Severity,
    pub exemption: Cow<'static, str>,
    pub reason: Cow<'static, str>,
    pub version: Option<VersionMode>,
    pub models: bool,
    /// Lowercase.
    pub cues: WordSet<String>,
}

impl LexRule {
    pub(crate) fn from_pack(r: &'static LexiconRule) -> LexRule {
        LexRule {
            id: Cow::Borrowed(&r.id),
            kind: r.kind,
            severity: r.severity,
            exemption: Cow::Borrowed(&r.exemption),
            reason: Cow::Borrowed(&r.reason),
            version: r.version,
            models: r.models,
            cues: WordSet::new(r.cues.iter().map(|c| c.to_ascii_lowercase()).collect()),
        }
    }
}

/// One lexicon detection, before policy.
#[derive(Debug, Clone)]
pub(crate) struct LexHit {
    pub start: usize,
    pub end: usize,
    pub rule: usize,
    /// The span was extended over a version number.
    pub versioned: bool,
}

impl LexiconDetector {
    /// `sources`: (rule, terms, guarded terms) triples. With `with_cues`, `find` also
    /// notes where the cued patterns' words stand.
    #[inline(never)]
    pub(crate) fn new(
        sources: Vec<(LexRule, Vec<String>, Vec<String>)>,
        with_cues: bool,
    ) -> Result<LexiconDetector, Error> {
        let mut rules = Vec::new();
        let mut terms = Vec::new();
        let mut patterns = Vec::new();
        for (rule, plain, guarded) in sources {
            let index = rules.len();
            rules.push(rule);
            for t in plain {
                patterns.push(t);
                terms.push(TermRef {
                    rule: index,
                    guarded: false,
                });
            }
            for t in guarded {
                patterns.push(t);
                terms.push(TermRef {
                    rule: index,
                    guarded: true,
                });
            }
        }
        // Case-insensitive by lowercasing both sides, ASCII only, so byte offsets do
        // not move.
        let lower: Vec<Box<[u8]>> = patterns
            .iter()
            .map(|p| p.to_ascii_lowercase().into_bytes().into_boxed_slice())
            .collect();
        let plural: Vec<bool> = patterns
            .iter()
            .zip(&terms)
            .map(|(p, t)| {
                rules[t.rule].kind == Kind::DeviceMakeModel
                    && !t.guarded
                    && p.len() >= 4
                    && p.ends_with(|c: char| c.is_ascii_alphabetic() && c != 's' && c != 'S')
            })
            .collect();
        let mut by_first_word: FirstWordIndex = HashMap::default();
        let mut longest_first_word = 0;
        let mut other_terms = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            match super::first_word_run(p) {
                Some((s, e)) => {
                    longest_first_word = longest_first_word.max(e - s);
                    by_first_word
                        .entry(lower[i][s..e].into())
                        .or_default()
                        .terms
                        .push((i as u32, s as u32));
                }
                None if p.is_empty() => {}
                None => other_terms.push(i as u32),
            }
            // A one-word term's plural is a word of its own ("toughbooks"): index it too.
            if plural[i] && super::first_word_run(p) == Some((0, p.len())) {
                let mut key = lower[i].to_vec();
                key.push(b's');
                longest_first_word = longest_first_word.max(key.len());
                by_first_word
                    .entry(key.into_boxed_slice())
                    .or_default()
                    .terms
                    .push((i as u32, 0));
            }
        }
        if with_cues {
            for (_, words) in cues::CUE_WORDS {
                for w in *words {
                    longest_first_word = longest_first_word.max(w.len());
                    by_first_word.entry(w.as_bytes().into()).or_default().cues = cues::cue_bits(w);
                }
            }
        }
        let mut shapes = vec![0u64; 1 << (SHAPE_BITS - 6)];
        for key in by_first_word.keys() {
            let k = shape(key);
            shapes[k >> 6] |= 1 << (k & 63);
        }
        let others = if other_terms.is_empty() {
            None
        } else {
            let automaton = AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build(other_terms.iter().map(|&i| &lower[i as usize]))
                .map_err(|e| Error::new(ErrorKind::RulePack, format!("lexicon automaton: {e}")))?;
            Some((automaton, other_terms))
        };
        Ok(LexiconDetector {
            by_first_word,
            longest_first_word,
            shapes,
            others,
            with_cues,
            lower,
            plural,
            terms,
            patterns,
            rules,
        })
    }

    pub(crate) fn term_count(&self) -> usize {
        self.patterns.len()
    }

    /// Every term occurrence, leftmost-longest, with versions and models joined and
    /// adjacent device/product terms merged into one span; and, into `cue_hits`, where
    /// the cued patterns' words start.
    #[inline(never)]
    pub(crate) fn find(&self, text: &str, doc: &Document, cue_hits: &mut CueHits) -> Vec<LexHit> {
        // (start, end, term)
        let mut matches: Vec<(usize, usize, usize)> = Vec::new();
        let bytes = text.as_bytes();
        let mut key = vec![0u8; self.longest_first_word];
        // The shapes of the words written in lowercase, for `cue_hits` (noted, as the
        // cue words are, only by the built-in pack's detector).
        let mut lowercase: Box<[u64; SHAPES / 64]> = vec![0; SHAPES / 64]
            .into_boxed_slice()
            .try_into()
            .expect("the length is the array's");
        for (s, e) in doc.tokens.word_runs() {
            let word = &bytes[s..e];
            let k = shape(word);
            if self.with_cues {
                cue_hits.note_prefix(word, s);
                // A bit or nothing, with no branch (a quarter of the words are
                // capitalised, in no order a processor could guess).
                lowercase[(k >> 6) & (SHAPES / 64 - 1)] |=
                    u64::from(word[0].is_ascii_lowercase()) << (k & 63);
            }
            if self.shapes[k >> 6] & (1 << (k & 63)) == 0 {
                continue;
            }
            let Some(key) = key.get_mut(..e - s) else {
                continue;
            };
            key.copy_from_slice(word);
            key.make_ascii_lowercase();
            let Some(entry) = self.by_first_word.get(&*key) else {
                continue;
            };
            if entry.cues != 0 {
                cue_hits.note_word(bytes, s, entry.cues);
            }
            for &(id, before) in &entry.terms {
                let p = &self.lower[id as usize];
                let Some(start) = s.checked_sub(before as usize) else {
                    continue;
                };
                if bytes.len() - start >= p.len()
                    && bytes[start..start + p.len()].eq_ignore_ascii_case(p)
                {
                    let end = start + p.len();
                    matches.push((start, end, id as usize));
                    // "Toughbooks", "iPads": a device written in the plural, as the
                    // term is written.
                    if bytes.get(end) == Some(&b's') && self.plural[id as usize] {
                        matches.push((start, end + 1, id as usize));
                    }
                }
            }
        }
        if self.with_cues {
            cue_hits.lowercase = Some(lowercase);
        }
        if let Some((automaton, ids)) = &self.others {
            let lower = text.to_ascii_lowercase();
            for m in automaton.find_overlapping_iter(&lower) {
                matches.push((m.start(), m.end(), ids[m.pattern().as_usize()] as usize));
            }
        }
        let mut raw: Vec<(usize, usize, usize, bool)> = Vec::new();
        for (s, e, id) in matches {
            if !text.is_char_boundary(s)
                || !text.is_char_boundary(e)
                || !on_word_boundary(text, s, e)
            {
                continue;
            }
            let term = self.terms[id];
            let written = self.patterns[id].as_str();
            let plural = e - s == written.len() + 1;
            if (term.guarded || plural) && &text[s..s + written.len()] != written {
                continue;
            }
            // "Three ultrasound carts still run …": a number counting things, not the
            // mobile network, whatever cue stands on its line.
            if term.guarded && counts_things(text, s, e) {
                continue;
            }
            raw.push((s, e, term.rule, term.guarded));
        }
        // A guarded term needs a cue nearby, or an unguarded term of the same rule on
        // its line ("Vodafone and EE").
        // The document's line numbers make this a binary search, not a walk between
        // every pair of hits (quadratic on a long one-line paste).
        if raw.iter().any(|r| r.3) {
            // (rule, line) of every unguarded hit, sorted.
            let mut plain: Vec<(usize, usize)> = raw
                .iter()
                .filter(|r| !r.3)
                .map(|r| (r.2, doc.line_index(r.0)))
                .collect();
            plain.sort_unstable();
            // The last words of the unguarded hits: a guarded term that ends one names
            // the same product again ("Paxton Net2" … "The Net2 server"), when it is
            // written as no word is, with a digit or a capital inside ("Net2", "TBox";
            // not "Precision", "Elite", "XPS").
            let coined = |t: &str| {
                t.bytes().any(|b| b.is_ascii_digit())
                    || t.bytes().skip(1).any(|b| b.is_ascii_uppercase())
                        && t.bytes().any(|b| b.is_ascii_lowercase())
            };
            // Or, for a named system (a supplier's rule: not a device's model word like
            // "Precision", "Elite", "Yoga"), written with a capital inside a sentence (a
            // name, not the sentence's first word), the first or last word of such a
            // product ("Niche RMS" … "Planned Niche patching overran").
            // (Any word of a security product or remote-access tool: "Microsoft
            // Defender for Endpoint" … "do we name Defender?")
            let tails: std::collections::HashSet<(usize, &str)> = raw
                .iter()
                .filter(|r| !r.3)
                .filter_map(|r| {
                    let t = &text[r.0..r.1];
                    let (head, _) = t.split_once(' ')?;
                    let (_, last) = t.rsplit_once(' ')?;
                    let inner = matches!(
                        self.rules[r.2].kind,
                        Kind::SecurityProduct | Kind::RemoteAccess
                    );
                    let middle = t.split(' ').skip(1).filter(move |_| inner);
                    Some(
                        [head, last]
                            .into_iter()
                            .chain(middle)
                            .map(move |w| (r.2, w)),
                    )
                })
                .flatten()
                .filter(|&(_, t)| t.len() >= 3)
                .collect();
            let mid_sentence = |s: usize| {
                let before = text[..s].trim_end_matches(' ');
                !before.is_empty()
                    && before.ends_with(|c: char| is_alnum(c) || c == ',')
                    && text[..s].ends_with(' ')
            };
            let accepted = |&(s, e, rule, guarded): &(usize, usize, usize, bool)| {
                !guarded
                    || plain.binary_search(&(rule, doc.line_index(s))).is_ok()
                    || tails.contains(&(rule, &text[s..e]))
                        && (coined(&text[s..e])
                            || self.rules[rule].kind == Kind::ItSupplier && mid_sentence(s)
                            || matches!(
                                self.rules[rule].kind,
                                Kind::SecurityProduct | Kind::RemoteAccess
                            ) && mid_sentence(s)
                                && standing_alone(text, s, e))
                    || self.has_cue(text, s, e, &self.rules[rule].cues)
                    || (self.rules[rule].models && model_code_follows(text, e))
                    || used_before(text, s) && text[s..e].bytes().any(|b| b.is_ascii_lowercase())
            };
            let keep: Vec<bool> = raw.iter().map(accepted).collect();
            // A guarded term the draft has already shown to be the product ("student
            // records are held in SITS" … "SEAtS integrates with SITS overnight") is
            // the product wherever else it is written so inside a sentence.
            // (Standing alone: "Precision" inside "Dell Precision 5570" shows nothing.)
            let mut whole: Vec<(usize, usize)> =
                raw.iter().filter(|r| !r.3).map(|r| (r.0, r.1)).collect();
            whole.sort_unstable();
            let mut reach = 0;
            for w in &mut whole {
                reach = reach.max(w.1);
                w.1 = reach;
            }
            let inside = |s: usize, e: usize| {
                let k = whole.partition_point(|w| w.0 <= s);
                k > 0 && whole[k - 1].1 >= e
            };
            let shown: std::collections::HashSet<(usize, &str)> = raw
                .iter()
                .zip(&keep)
                .filter(|(r, &k)| k && r.3 && !inside(r.0, r.1))
                .map(|(r, _)| (r.2, &text[r.0..r.1]))
                .collect();
            let mut k = keep.into_iter();
            raw.retain(|&(s, e, rule, _)| {
                k.next().unwrap_or(false)
                    || shown.contains(&(rule, &text[s..e]))
                        && (mid_sentence(s) || coined(&text[s..e]))
            });
        }
        // Leftmost-longest, non-overlapping.
        raw.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut chosen: Vec<LexHit> = Vec::new();
        for (s, e, rule, _) in raw {
            if chosen.last().is_some_and(|last| s < last.end) {
                continue;
            }
            let r = &self.rules[rule];
            let mut hit = LexHit {
                start: s,
                end: e,
                rule,
                versioned: false,
            };
            if r.models {
                hit.end = extend_model(text, e);
            }
            // "Windows 10 IoT": the term holds its version, so an edition or release
            // after it joins ("Enterprise LTSC 2021").
            let named = text[s..e]
                .split(' ')
                .skip(1)
                .any(|w| w.bytes().all(|b| b.is_ascii_digit()));
            if r.version.is_some() && hit.end == e {
                let v = extend_version(text, e, named, r.version == Some(VersionMode::Required));
                if v > e {
                    hit.end = v;
                    hit.versioned = true;
                }
            }
            if r.version == Some(VersionMode::Required) && !hit.versioned {
                continue;
            }
            chosen.push(hit);
        }
        // "Dell" + "PowerEdge R740", "Palo Alto Networks" + "GlobalProtect": one span,
        // taking the rule of the product (the later term).
        let mut merged: Vec<LexHit> = Vec::with_capacity(chosen.len());
        for hit in chosen {
            if let Some(last) = merged.last_mut() {
                let gap = &text[last.end..hit.start];
                let last_kind = self.rules[last.rule].kind;
                if gap == " " && !last.versioned && mergeable(last_kind, self.rules[hit.rule].kind)
                {
                    last.end = hit.end;
                    last.rule = hit.rule;
                    last.versioned = hit.versioned;
                    continue;
                }
            }
            merged.push(hit);
        }
        merged
    }

    /// The spans of the hits that name a product or system (not a protocol), in order:
    /// a two-part version after one in its sentence is the product's (`versions`).
    pub(crate) fn product_spans(&self, hits: &[LexHit]) -> Vec<(usize, usize)> {
        hits.iter()
            .filter(|h| self.rules[h.rule].kind != Kind::AuthProtocol)
            .map(|h| (h.start, h.end))
            .collect()
    }

    fn has_cue(&self, text: &str, s: usize, e: usize, cues: &WordSet<String>) -> bool {
        let before = super::line_before(text, s, 160);
        let after = super::line_after(text, e, 160);
        cues.found_in(before) || cues.found_in(after)
    }

    /// Turns lexicon hits into candidates.
    pub(crate) fn candidate(&self, text: &str, hit: &LexHit) -> Candidate {
        let r = &self.rules[hit.rule];
        let (kind, reason) = if hit.versioned && r.version != Some(VersionMode::Join) {
            let reason = match r.version {
                Some(VersionMode::Required) => Cow::Owned(format!(
                    "Names the exact version of software in use ({}), which tells an attacker which published vulnerabilities apply.",
                    &text[hit.start..hit.end]
                )),
                _ => Cow::Owned(format!(
                    "{} Its version tells an attacker which published vulnerabilities apply.",
                    r.reason
                )),
            };
            (Kind::SoftwareVersion, reason)
        } else {
            (r.kind, r.reason.clone())
        };
        Candidate {
            start: hit.start,
            end: hit.end,
            kind,
            severity: r.severity,
            exemption: r.exemption.clone(),
            rule: r.id.clone(),
            reason,
        }
    }
}

/// Is the term at `s..e` a number word counting the things named after it ("Three
/// ultrasound carts", "Three mobile phones", "Three of the sites", "Three HP ProBook 450
/// G8 laptops")? Two words in small letters after it, the second a plural; "of"; or a
/// make and model, then a kind of device. ("Three provides our SIMs", "Three for mobile
/// data", "Three UK phones" name the network.)
fn counts_things(text: &str, s: usize, e: usize) -> bool {
    const NUMBERS: [&str; 10] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    if !NUMBERS.iter().any(|n| text[s..e].eq_ignore_ascii_case(n)) {
        return false;
    }
    // ("Three HP ProBook 450 G8 laptops": a make and model, then what they are.)
    const THINGS: [&str; 16] = [
        "laptops",
        "desktops",
        "pcs",
        "computers",
        "phones",
        "handsets",
        "tablets",
        "devices",
        "servers",
        "printers",
        "cameras",
        "carts",
        "machines",
        "units",
        "switches",
        "routers",
    ];
    let after = super::line_after(text, e, 60);
    let clause = after
        .split([',', '.', ';', ':', '('])
        .next()
        .unwrap_or(after);
    if clause.starts_with(' ')
        && !clause[1..].starts_with(|c: char| c.is_ascii_lowercase())
        && !["UK", "Business", "Mobile"]
            .iter()
            .any(|w| clause[1..].starts_with(w))
        && clause.split(' ').take(7).any(|w| THINGS.contains(&w))
    {
        return true;
    }
    let mut words = after
        .split(' ')
        .skip(1)
        .map(|w| w.trim_end_matches([',', '.', ';', ':']));
    let small = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    match (words.next(), words.next()) {
        (Some("of"), _) => true,
        (Some(a), Some(b)) => {
            let plural = |w: &str| w.ends_with('s') && !w.ends_with("ss");
            small(a) && small(b) && plural(b) && !plural(a)
        }
        _ => false,
    }
}

fn mergeable(first: Kind, second: Kind) -> bool {
    use Kind::*;
    matches!(
        (first, second),
        (DeviceMakeModel, DeviceMakeModel)
            | (SecurityProduct, DeviceMakeModel)
            | (SecurityProduct, RemoteAccess)
            | (SecurityProduct, SecurityProduct)
            | (ItSupplier, ItSupplier)
            | (DeviceMakeModel, SecurityProduct)
            | (ItSupplier, SecurityProduct)
            | (ItSupplier, RemoteAccess)
    )
}

/// A model code right after a make says the make is meant ("Axis P3245-LVE", "Sharp
/// MX-3071"): a capital, then letters and at least two digits, as no word is written.
fn model_code_follows(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let token = rest
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .next()
        .unwrap_or("")
        .trim_end_matches('-');
    let digits = token.bytes().filter(u8::is_ascii_digit).count();
    let letters = token.bytes().filter(u8::is_ascii_alphabetic).count();
    token.len() <= 20
        && token.starts_with(|c: char| c.is_ascii_uppercase())
        && digits >= 2
        && letters >= 1
}

/// A model number after a make or family: "7090", "840 G8", "DL380 Gen10", "5516-X",
/// "S23 Ultra", "X1 Carbon Gen 11", "DS920+", "DS-2CD2143G2-I", "SE (2nd generation)".
fn extend_model(text: &str, end: usize) -> usize {
    let mut pos = end;
    let mut taken = 0;
    let mut committed = end;
    while taken < 5 {
        let rest = &text[pos..];
        let Some(after_space) = rest.strip_prefix(' ').or_else(|| rest.strip_prefix('-')) else {
            break;
        };
        let token_len = after_space
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .unwrap_or(after_space.len());
        let token = after_space[..token_len].trim_end_matches('-');
        if token.is_empty() {
            break;
        }
        let letters = token.chars().filter(|c| c.is_ascii_alphabetic()).count();
        let digits = token.chars().filter(|c| c.is_ascii_digit()).count();
        // "DS-7732NI-K4", "DS-2CD2143G2-I": long codes have hyphens and many digits.
        let is_model = digits > 0
            && ((token.len() <= 10 && letters <= 5)
                || (token.len() <= 20 && token.contains('-') && digits >= 3 && letters <= 8));
        let is_suffix = taken > 0 && MODEL_SUFFIXES.contains(&token);
        // "Gen 11", "Generation 4": a word and its number, as one step.
        let generation = (taken > 0
            && (token.eq_ignore_ascii_case("gen") || token == "Generation"))
            .then(|| {
                let n = after_space[token.len()..].strip_prefix(' ')?;
                let len = n.bytes().take_while(u8::is_ascii_digit).count();
                (1..=2).contains(&len).then_some(token.len() + 1 + len)
            })
            .flatten();
        if !(is_model || is_suffix || generation.is_some()) {
            break;
        }
        // "Toughbook 55" yes; "iPhone 13,000" no; a number with units ("840 units") is fine: units stop the loop.
        if after_space[token.len()..].starts_with([',', '.'])
            && after_space[token.len() + 1..].starts_with(|c: char| c.is_ascii_digit())
        {
            break;
        }
        let mut len = generation.unwrap_or(token.len());
        // "DS920+", "RS3621xs+"
        if is_model {
            let plus = after_space[len..]
                .bytes()
                .take_while(|&b| b == b'+')
                .count();
            if plus > 0 && plus <= 2 && !after_space[len + plus..].starts_with(super::is_word_char)
            {
                len += plus;
            }
        }
        pos += 1 + len;
        taken += 1;
        committed = pos;
    }
    // "iPhone SE (2nd generation)", "iPad (10th generation)"
    if let Some(inner) = text[committed..].strip_prefix(" (") {
        let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &inner[digits..];
        let ordinal = ["st ", "nd ", "rd ", "th "]
            .iter()
            .find_map(|o| rest.strip_prefix(o));
        if let Some(tail) = ordinal.filter(|_| (1..=2).contains(&digits)) {
            for word in ["generation)", "gen)", "Generation)", "Gen)"] {
                if tail.starts_with(word) {
                    committed += 2 + digits + 3 + word.len();
                    break;
                }
            }
        }
    }
    committed
}

/// Words that join a model after its number: "S23 Ultra", "X1 Carbon", "9th generation".
const MODEL_SUFFIXES: &[&str] = &[
    "Pro",
    "Plus",
    "Ultra",
    "Max",
    "Mini",
    "mini",
    "Air",
    "SFF",
    "Tower",
    "Micro",
    "XL",
    "FE",
    "Lite",
    "Carbon",
    "Yoga",
    "Nano",
    "Flip",
    "Fold",
    "generation",
    "Generation",
];

const EDITIONS: &[&str] = &[
    "Enterprise",
    "Professional",
    "Pro",
    "Standard",
    "Datacenter",
    "Education",
    "Server",
    "Update",
    "Corporate",
    "Express",
    "Essentials",
    "Business",
    "Premium",
    "Ultimate",
    "IoT",
    "Embedded",
];

/// A version after a product: "10 21H2", "2012 R2", "7.0 U3", "12.1", "7 2203 LTSR", "v7.2".
/// `named`: the term names a version itself ("Windows 10 IoT"), so what follows may be a
/// release or edition of it ("Enterprise LTSC 2021").
///
/// `version_word`: the term is nothing without its version, so "version" may stand
/// between them ("FortiOS version 7.2.5", "Windows 10 version 22H2").
fn extend_version(text: &str, end: usize, named: bool, version_word: bool) -> usize {
    // A release in brackets right after the product: "Ivanti Connect Secure (22.6R2)",
    // "FortiGate (7.2.5)"; a dotted release or a feature update, not "(2)" or "(2021)".
    if let Some(inner) = text[end..].strip_prefix(" (") {
        let k = inner
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
            .unwrap_or(inner.len());
        let token = &inner[..k];
        if inner[k..].starts_with(')')
            && is_version_token(token, false)
            && (token.contains('.') || token.len() == 4 && token.as_bytes()[2] == b'H')
        {
            return end + 2 + k + 1;
        }
    }
    let mut pos = end;
    let mut committed = end;
    let mut numeric_seen = named;
    for _ in 0..7 {
        let rest = &text[pos..];
        let Some(after_space) = rest.strip_prefix(' ') else {
            break;
        };
        let token_len = after_space
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
            .unwrap_or(after_space.len());
        let token = after_space[..token_len].trim_end_matches('.');
        if token.is_empty() {
            break;
        }
        let next = &after_space[token.len()..];
        if next.starts_with('%')
            || (next.starts_with(',') && next[1..].starts_with(|c: char| c.is_ascii_digit()))
        {
            break;
        }
        let numeric = is_version_token(token, numeric_seen);
        // ("Sophos 2.5 million files": a quantity, not a release.)
        if numeric && super::versions::quantity_after(text, pos + 1 + token.len()) {
            break;
        }
        if numeric {
            numeric_seen = true;
            pos += 1 + token.len();
            committed = pos;
        } else if version_word && (token == "version" || token == "Version") {
            // Joins only with the version after it.
            pos += 1 + token.len();
        } else if EDITIONS.contains(&token) && (numeric_seen || pos - end < 30) {
            // "Windows 10 Enterprise 21H2", "XProtect Corporate 2022 R3": an edition
            // joins when a version follows it, or ends one ("Windows 7 Embedded",
            // "Windows Server 2019 Datacenter").
            pos += 1 + token.len();
            if numeric_seen && token != "Update" {
                committed = pos;
            }
        } else {
            break;
        }
    }
    committed
}

pub(crate) fn is_version_token(token: &str, after_version: bool) -> bool {
    let b = token.as_bytes();
    let digits_dots = |t: &str| {
        !t.is_empty()
            && t.bytes().all(|c| c.is_ascii_digit() || c == b'.')
            && t.as_bytes()[0].is_ascii_digit()
            && !t.ends_with('.')
    };
    if digits_dots(token) {
        return token.len() <= 12;
    }
    // A release series: "10.x", "7.2.x".
    if let Some(series) = token
        .strip_suffix(".x")
        .or_else(|| token.strip_suffix(".X"))
    {
        if digits_dots(series) && series.len() <= 8 {
            return true;
        }
    }
    if let Some(rest) = token.strip_prefix('v').or_else(|| token.strip_prefix('V')) {
        if digits_dots(rest) {
            return true;
        }
    }
    // A release and its revision, as Junos and Ivanti write them: "22.6R2", "9.1R18.2".
    if let Some((release, revision)) = token.split_once('R') {
        if digits_dots(release)
            && release.contains('.')
            && digits_dots(revision)
            && token.len() <= 12
        {
            return true;
        }
    }
    // 21H2, 23H2
    if b.len() == 4
        && b[0].is_ascii_digit()
        && b[1].is_ascii_digit()
        && (b[2] == b'H' || b[2] == b'h')
        && b[3].is_ascii_digit()
    {
        return true;
    }
    if !after_version {
        return false;
    }
    let upper = token.to_ascii_uppercase();
    if ["LTSR", "LTSC", "LTS", "ESR", "X64", "X86"].contains(&upper.as_str()) {
        return true;
    }
    // R2, SP1, U3, U3c, CU12, RU5, P1
    let letters: String = upper
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    let tail = &upper[letters.len()..];
    ["R", "SP", "U", "CU", "RU", "P", "MR", "GEN"].contains(&letters.as_str())
        && !tail.is_empty()
        && tail.chars().next().is_some_and(|c| c.is_ascii_digit())
        && tail.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Does the word at `s..e` stand alone in its sentence, not as part of another name
/// ("do we name Defender?"; not "Land Rover Defender", "the Northvale Sentinel", "Keeper
/// of Natural History"): the word before is in lowercase, the word after is neither
/// capitalised nor "of".
fn standing_alone(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].trim_end_matches(' ');
    let prev = before.rsplit(|c: char| !is_alnum(c)).next().unwrap_or("");
    let after = text[e..].trim_start_matches(' ');
    let next = after.split(|c: char| !is_alnum(c)).next().unwrap_or("");
    prev.starts_with(|c: char| c.is_lowercase())
        && !next.starts_with(|c: char| c.is_uppercase())
        && next != "of"
}

/// A guarded term (written as the product is, with its capital; not an acronym, which
/// code and manuals "use" too: "use ANS", "using INIT()") just after "use",
/// "uses", "using" or "used" inside a sentence: "Do you use Egress to exchange …",
/// "staff use Duo": a thing used by name is a product, not the word.
fn used_before(text: &str, s: usize) -> bool {
    let before = &text[..s];
    let Some(head) = before.strip_suffix(' ') else {
        return false;
    };
    ["use", "uses", "using", "used"]
        .iter()
        .any(|w| head.strip_suffix(w).is_some_and(|h| h.ends_with(' ')))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The shape filter turns no word away whose lowercase starts a term.
        #[test]
        fn a_word_has_its_lowercase_shape(word in "[ -~]{1,20}|[a-zA-Zé0-9_]{1,20}") {
            let w = word.as_bytes();
            proptest::prop_assert_eq!(shape(w), shape(&w.to_ascii_lowercase()));
        }
    }

    fn deny(terms: &[&str]) -> LexiconDetector {
        let rule = LexRule {
            id: Cow::Borrowed("config.deny"),
            kind: Kind::OtherIdentifier,
            severity: crate::finding::Severity::High,
            exemption: Cow::Borrowed("s40(2)"),
            reason: Cow::Borrowed("Listed."),
            version: None,
            models: false,
            cues: WordSet::new(Vec::new()),
        };
        let terms = terms.iter().map(|t| t.to_string()).collect();
        LexiconDetector::new(vec![(rule, terms, Vec::new())], false).unwrap()
    }

    #[test]
    fn terms_start_with_a_word_or_punctuation() {
        let d = deny(&[".NET", "C++", "++", "Project X-Ray", "x"]);
        let text = "ASP.NET and .net apps; C++ code ++ Project x-ray, X";
        let doc = Document::parse(text);
        let found: Vec<&str> = d
            .find(text, &doc, &mut CueHits::default())
            .iter()
            .map(|h| &text[h.start..h.end])
            .collect();
        // ".NET" glued to "ASP" is not on a word boundary.
        assert_eq!(found, [".net", "C++", "++", "Project x-ray", "X"]);
    }

    #[test]
    fn versions() {
        let cases = [
            ("Windows 10 21H2 (Enterprise", "Windows 10 21H2"),
            ("Windows Server 2012 R2 with", "Windows Server 2012 R2"),
            ("ESXi 7.0 U3 hosts", "ESXi 7.0 U3"),
            (
                "Veeam Backup & Replication 12.1, with",
                "Veeam Backup & Replication 12.1",
            ),
            (
                "Citrix Virtual Apps and Desktops 7 2203 LTSR.",
                "Citrix Virtual Apps and Desktops 7 2203 LTSR",
            ),
            (
                "Milestone XProtect Corporate 2022 R3 is",
                "Milestone XProtect Corporate 2022 R3",
            ),
            ("FortiOS 7.2.5.", "FortiOS 7.2.5"),
            (
                "Milestone XProtect Corporate 2022 R3 is",
                "Milestone XProtect Corporate 2022 R3",
            ),
            (
                "Milestone XProtect Corporate licences",
                "Milestone XProtect",
            ),
            ("Windows 10,000 devices", "Windows"),
            ("Office 2016 remains", "Office 2016"),
            ("Windows 7 Embedded tills", "Windows 7 Embedded"),
            (
                "Windows Server 2019 Datacenter hosts",
                "Windows Server 2019 Datacenter",
            ),
            ("Windows 10 Update Assistant", "Windows 10"),
            ("FortiOS version 7.2.5 is", "FortiOS version 7.2.5"),
            ("Windows 10 version 22H2.", "Windows 10 version 22H2"),
            ("Windows 10 version control", "Windows 10"),
        ];
        for (text, want) in cases {
            let term_end = want
                .find(|c: char| c.is_ascii_digit())
                .map_or(want.len(), |i| i - 1);
            let term_end = if want.starts_with("Windows 10,") {
                7
            } else {
                want.find(" version").unwrap_or(term_end)
            };
            let end = extend_version(text, term_end.min(text.len()), false, true);
            assert_eq!(&text[..end], want, "{text}");
        }
    }

    /// A release in brackets right after the product, and a release with its revision
    /// ("22.6R2"); not a bracketed count, year or aside.
    #[test]
    fn bracketed_releases() {
        for (text, term, want) in [
            (
                "Ivanti Connect Secure (22.6R2) terminating",
                "Ivanti Connect Secure",
                "Ivanti Connect Secure (22.6R2)",
            ),
            (
                "Ivanti Connect Secure 22.6R2 terminating",
                "Ivanti Connect Secure",
                "Ivanti Connect Secure 22.6R2",
            ),
            ("FortiOS (7.2.5) on", "FortiOS", "FortiOS (7.2.5)"),
            ("Sophos (2021) and", "Sophos", "Sophos"),
            ("Citrix (2) and", "Citrix", "Citrix"),
            ("Windows 10 (see below)", "Windows 10", "Windows 10"),
            ("Junos 22.6R (later)", "Junos", "Junos"),
        ] {
            let end = extend_version(text, term.len(), false, true);
            assert_eq!(&text[..end], want, "{text}");
        }
        assert!(is_version_token("9.1R18.2", false));
        assert!(!is_version_token("R2D2", false) && !is_version_token("22R2", false));
    }

    /// A release or edition after a term that names its version itself.
    #[test]
    fn versions_after_a_named_version() {
        let text = "Windows 10 IoT Enterprise LTSC 2021 on the tills";
        let end = extend_version(text, "Windows 10 IoT".len(), true, true);
        assert_eq!(&text[..end], "Windows 10 IoT Enterprise LTSC 2021");
        let text = "Windows 10 IoT devices";
        assert_eq!(extend_version(text, "Windows 10 IoT".len(), true, true), 14);
    }

    #[test]
    fn models() {
        let cases = [
            ("OptiPlex 7090 (3,960 units)", "OptiPlex", "OptiPlex 7090"),
            ("EliteBook 840 G8 devices", "EliteBook", "EliteBook 840 G8"),
            (
                "ProLiant DL380 Gen10 servers",
                "ProLiant",
                "ProLiant DL380 Gen10",
            ),
            ("ASA 5516-X firewall", "ASA", "ASA 5516-X"),
            ("Axis P3245-LVE cameras", "Axis", "Axis P3245-LVE"),
            ("iPhone 13 devices", "iPhone", "iPhone 13"),
            ("Catalyst 9200L units", "Catalyst", "Catalyst 9200L"),
            ("ThinkPad laptops", "ThinkPad", "ThinkPad"),
            (
                "ThinkPad X1 Carbon Gen 11 laptops",
                "ThinkPad",
                "ThinkPad X1 Carbon Gen 11",
            ),
            ("ThinkPad L13 Gen 4, and", "ThinkPad", "ThinkPad L13 Gen 4"),
            (
                "iPhone SE (2nd generation) handsets",
                "iPhone SE",
                "iPhone SE (2nd generation)",
            ),
            ("iPad 9th generation tablets", "iPad", "iPad 9th generation"),
            ("Synology DS920+ NAS", "Synology", "Synology DS920+"),
            ("Synology DS920+.", "Synology", "Synology DS920+"),
            (
                "Hikvision DS-7732NI-K4 network video recorder",
                "Hikvision",
                "Hikvision DS-7732NI-K4",
            ),
            (
                "Hikvision DS-2CD2143G2-I cameras",
                "Hikvision",
                "Hikvision DS-2CD2143G2-I",
            ),
            ("iPhone (see note)", "iPhone", "iPhone"),
            ("Surface Pro 9 (3rd floor)", "Surface Pro", "Surface Pro 9"),
        ];
        for (text, term, want) in cases {
            let end = extend_model(text, term.len());
            assert_eq!(&text[..end], want, "{text}");
        }
    }
}
