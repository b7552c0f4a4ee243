//! Patterns that can only match where one of a few words starts ("password", "staff
//! number", "VLAN", "https"). The lexicon's pass over the draft's words notes where
//! those words stand, so such a pattern is compiled only for a draft that has its
//! words and tried only there, anchored, instead of scanning the whole draft.

use std::sync::OnceLock;

use regex_automata::meta::Regex;
use regex_automata::util::captures::Captures;
use regex_automata::util::iter::Searcher;
use regex_automata::{Anchored, Input};

/// A group of patterns started by the same words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    /// A password, PIN or key named before its value.
    Secret,
    /// An API key or token, by its label or its own prefix.
    Key,
    /// "payroll number", "staff ID", "patient no."
    Numbered,
    /// "case reference", "PCN", "crime number"
    CaseRef,
    /// "account", "user name", "login"
    Account,
    /// "VLAN 10"
    Vlan,
    /// "port 3389", "TCP/443"
    Port,
    /// "PC 4471", "collar number 4471"
    Collar,
    /// "http://", "https://"
    Url,
    /// A line about wireless networks (SSIDs).
    Wireless,
    /// A firm's legal ending ("Ltd", "plc", "Group", "UK").
    Company,
    /// A server name ("srv-fs01", "SVR02"), by its prefix.
    Host,
    /// A bare extension: "ext. 4418", "Extension 4418", "extension4418".
    Extension,
}

const CUES: usize = 13;

impl Cue {
    pub(crate) fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// The words (lowercase) that start each group's matches. Each pattern's doc says
/// which words it starts with: a word missing here would be a match never tried.
pub(crate) const CUE_WORDS: &[(Cue, &[&str])] = &[
    (
        Cue::Secret,
        &[
            "password",
            "passwords",
            "pw",
            "pwd",
            "passphrase",
            "passcode",
            "pass",
            "pre",
            "psk",
            "wi",
            "wifi",
            "network",
            "key",
            "pin",
            "credential",
            "credentials",
            "login",
        ],
    ),
    (
        Cue::Key,
        &[
            "api",
            "api_key",
            "apikey",
            "secret",
            "token",
            "client",
            "client_secret",
            "clientsecret",
            "access",
            "access_key",
            "accesskey",
            "xoxb",
            "xoxp",
        ],
    ),
    (
        Cue::Numbered,
        &[
            "payroll",
            "staff",
            "employee",
            "personnel",
            "student",
            "pupil",
            "patient",
            "hospital",
            "badge",
            "warrant",
            "pension",
            "membership",
        ],
    ),
    (
        Cue::CaseRef,
        &[
            "pcn",
            "penalty",
            "complaint",
            "case",
            "reference",
            "crime",
            "claim",
            "tribunal",
            "incident",
        ],
    ),
    (
        Cue::Account,
        &["account", "user", "username", "login", "log"],
    ),
    (Cue::Vlan, &["vlan", "vlans"]),
    (Cue::Port, &["tcp", "udp", "port", "ports"]),
    (
        Cue::Collar,
        &[
            "pc", "pcso", "dc", "ds", "sgt", "insp", "di", "ps", "collar", "warrant", "shoulder",
        ],
    ),
    (Cue::Url, &["http", "https"]),
    (Cue::Wireless, &["ssid", "ssids", "wifi", "wireless", "wi"]),
    (
        Cue::Company,
        &["ltd", "limited", "plc", "llp", "inc", "group", "uk"],
    ),
    (Cue::Extension, &["ext"]),
];

/// Prefixes of server names (`Cue::Host`): a word that starts with one.
pub(crate) const HOST_PREFIXES: &[&[u8]] = &[b"srv", b"svr"];

/// Key prefixes that begin a word of their own ("sk_live_…", "ghp_…", "AKIA…").
pub(crate) const KEY_PREFIXES: &[&[u8]] = &[b"sk_live_", b"ghp_", b"akia"];

/// The bits of the groups a lowercase word starts.
pub(crate) fn cue_bits(word: &str) -> u16 {
    CUE_WORDS
        .iter()
        .filter(|(_, words)| words.contains(&word))
        .fold(0, |bits, (cue, _)| bits | cue.bit())
}

/// How far a digit-led pattern's match may reach from its digits, in bytes, at most;
/// each pattern says its own reach.
pub(crate) const DIGIT_REACH: usize = 48;

/// Where each group's words start in one draft, in order; and the draft's runs of
/// digits.
#[derive(Debug, Default)]
pub(crate) struct CueHits {
    at: [Vec<usize>; CUES],
    /// The draft's runs of digits.
    digit_runs: Vec<(usize, usize)>,
}

impl CueHits {
    /// Notes a word starting at `start` that starts the groups in `bits`.
    pub(crate) fn add(&mut self, bits: u16, start: usize) {
        for (i, list) in self.at.iter_mut().enumerate() {
            if bits & (1 << i) != 0 {
                list.push(start);
            }
        }
    }

    /// Notes a word of the draft that starts with a key prefix ("sk_live_…"), a
    /// server prefix ("srv…") or "extension".
    pub(crate) fn note_prefix(&mut self, word: &[u8], start: usize) {
        if matches!(word.first(), Some(b'e' | b'E'))
            && word.len() >= 9
            && word[..9].eq_ignore_ascii_case(b"extension")
        {
            self.add(Cue::Extension.bit(), start);
            return;
        }
        if !matches!(word.first(), Some(b's' | b'S' | b'g' | b'G' | b'a' | b'A')) {
            return;
        }
        let starts = |p: &&[u8]| word.len() >= p.len() && word[..p.len()].eq_ignore_ascii_case(p);
        if KEY_PREFIXES
            .iter()
            .any(|p| word.len() > p.len() && starts(p))
        {
            self.add(Cue::Key.bit(), start);
        }
        if HOST_PREFIXES.iter().any(starts) {
            self.add(Cue::Host.bit(), start);
        }
    }

    /// Notes a word of the draft at `start` whose lowercase form starts the groups in
    /// `bits`; "(reference" may start at the bracket.
    pub(crate) fn note_word(&mut self, bytes: &[u8], start: usize, bits: u16) {
        let case_ref = Cue::CaseRef.bit();
        if bits & case_ref != 0 && start > 0 && bytes[start - 1] == b'(' {
            self.add(case_ref, start - 1);
        }
        self.add(bits, start);
    }

    /// The cue hits of `text`, from the scanner's own pass over the words (the
    /// detectors' tests).
    #[cfg(test)]
    pub(crate) fn scan(text: &str) -> CueHits {
        let scanner = crate::Scanner::new(crate::Config::default()).expect("default config");
        scanner
            .word_pass(text, &crate::document::Document::parse(text))
            .0
    }

    /// Notes the draft's runs of digits, for [`Self::digit_windows_within`].
    pub(crate) fn note_digits(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(at) = super::next_digit(bytes, i, false) {
            let mut end = at;
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                end += 1;
            }
            self.digit_runs.push((at, end));
            i = end;
        }
    }

    /// The windows of `text` within `reach` bytes of a digit, merged where they touch:
    /// a match that holds a digit and reaches no further from it lies wholly inside one.
    pub(crate) fn digit_windows_within(&self, text: &str, reach: usize) -> Vec<(usize, usize)> {
        let mut windows: Vec<(usize, usize)> = Vec::new();
        for &(start, end) in &self.digit_runs {
            let mut from = start.saturating_sub(reach);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let mut to = (end + reach).min(text.len());
            while !text.is_char_boundary(to) {
                to += 1;
            }
            match windows.last_mut() {
                Some(last) if from <= last.1 => last.1 = to,
                _ => windows.push((from, to)),
            }
        }
        windows
    }

    /// Where the draft's runs of digits start and end, in order.
    pub(crate) fn digit_runs(&self) -> &[(usize, usize)] {
        &self.digit_runs
    }

    /// Where the group's words start.
    pub(crate) fn of(&self, cue: Cue) -> &[usize] {
        &self.at[cue as usize]
    }
}

/// A pattern compiled on first use and tried only at its group's word starts, or
/// near the draft's digits.
pub(crate) struct CuedPattern {
    pattern: &'static str,
    re: OnceLock<Regex>,
    /// For a pattern led by digits: how far from its digits a match reaches, in bytes,
    /// and how many digits it holds at least.
    reach: usize,
    min_digits: usize,
    /// Searched through the whole draft (`each_all`): worth a literal prefilter, which
    /// costs more to build than the rest of a pattern. Searches anchored at a cue's
    /// word or inside the small windows near digits need none.
    whole_text: bool,
}

impl CuedPattern {
    pub(crate) const fn new(pattern: &'static str) -> CuedPattern {
        CuedPattern::with(pattern, DIGIT_REACH, 1, false)
    }

    /// A pattern searched through the whole draft ([`Self::each_all`]).
    pub(crate) const fn whole_text(pattern: &'static str) -> CuedPattern {
        CuedPattern::with(pattern, DIGIT_REACH, 1, true)
    }

    /// A pattern whose every match holds `min_digits` digits and no byte further than
    /// `reach` from one of them (at most [`DIGIT_REACH`]); see [`Self::each_near_digits`].
    pub(crate) const fn near_digits(
        pattern: &'static str,
        reach: usize,
        min_digits: usize,
    ) -> CuedPattern {
        assert!(reach <= DIGIT_REACH);
        CuedPattern::with(pattern, reach, min_digits, false)
    }

    const fn with(
        pattern: &'static str,
        reach: usize,
        min_digits: usize,
        whole_text: bool,
    ) -> CuedPattern {
        CuedPattern {
            pattern,
            re: OnceLock::new(),
            reach,
            min_digits,
            whole_text,
        }
    }

    /// `each_in` over the windows within the pattern's reach of the draft's digits that
    /// hold enough digits: what a whole-text search finds, searched in less text.
    pub(crate) fn each_near_digits(&self, text: &str, cues: &CueHits, f: impl FnMut(&Captures)) {
        let bytes = text.as_bytes();
        let windows: Vec<(usize, usize)> = cues
            .digit_windows_within(text, self.reach)
            .into_iter()
            .filter(|&(a, b)| {
                self.min_digits <= 1
                    || bytes[a..b].iter().filter(|c| c.is_ascii_digit()).count() >= self.min_digits
            })
            .collect();
        self.each_in(text, &windows, f);
    }

    fn regex(&self) -> &Regex {
        self.re.get_or_init(|| {
            Regex::builder()
                .configure(Regex::config().auto_prefilter(self.whole_text))
                .build(self.pattern)
                .expect("cued pattern is valid")
        })
    }

    /// Calls `f` with each match (and its groups) that starts at one of `starts`:
    /// the matches a leftmost-first search of the whole text finds, given that every
    /// match starts at one of `starts`. Later starts inside a match are skipped.
    pub(crate) fn each(&self, text: &str, starts: &[usize], mut f: impl FnMut(&Captures)) {
        if starts.is_empty() {
            return;
        }
        let re = self.regex();
        let mut caps = re.create_captures();
        let mut reached = 0;
        for &at in starts {
            if at < reached || at > text.len() {
                continue;
            }
            let input = Input::new(text).range(at..).anchored(Anchored::Yes);
            re.search_captures(&input, &mut caps);
            if let Some(m) = caps.get_match() {
                reached = m.end().max(at + 1);
                f(&caps);
            }
        }
    }

    /// Calls `f` with each match of a pattern that needs a digit and reaches at most
    /// [`DIGIT_REACH`] bytes from its digits: searched window by window (look-arounds
    /// see the text outside), which finds what a whole-text search finds.
    pub(crate) fn each_in(
        &self,
        text: &str,
        windows: &[(usize, usize)],
        mut f: impl FnMut(&Captures),
    ) {
        if windows.is_empty() {
            return;
        }
        let re = self.regex();
        // One `Captures` for every window (`captures_iter` makes one per window, and a
        // scan has thousands of windows).
        let mut caps = re.create_captures();
        for &(from, to) in windows {
            let mut it = Searcher::new(Input::new(text).range(from..to));
            while it
                .advance(|input| {
                    re.search_captures(input, &mut caps);
                    Ok(caps.get_match())
                })
                .is_some()
            {
                f(&caps);
            }
        }
    }

    /// Calls `f` with each match in the whole text (compiled on first use).
    pub(crate) fn each_all(&self, text: &str, f: impl FnMut(&Captures)) {
        debug_assert!(
            self.whole_text,
            "built without a prefilter: {}",
            self.pattern
        );
        self.each_in(text, &[(0, text.len())], f);
    }

    /// Checks that `each_near_digits` finds what a whole-text search finds.
    #[cfg(test)]
    pub(crate) fn assert_windows_agree(&self, text: &str) {
        let mut got = Vec::new();
        self.each_near_digits(text, &CueHits::scan(text), |c| {
            got.push(group_spans(c));
        });
        assert_eq!(got, self.whole_text_spans(text), "{}", self.pattern);
    }

    /// Checks that `each`, at the word starts of `cue`, finds exactly the matches and
    /// groups a whole-text search finds: that the group's words are complete.
    #[cfg(test)]
    pub(crate) fn assert_whole_text_agrees(&self, cue: Cue, text: &str) {
        let mut got = Vec::new();
        self.each(text, CueHits::scan(text).of(cue), |c| {
            got.push(group_spans(c))
        });
        assert_eq!(
            got,
            self.whole_text_spans(text),
            "{cue:?}: {}",
            self.pattern
        );
    }

    /// Checks that `each`, at `starts`, finds exactly the matches and groups a
    /// whole-text search finds: that every match starts at one of `starts`.
    #[cfg(test)]
    pub(crate) fn assert_starts_agree(&self, text: &str, starts: &[usize]) {
        let mut got = Vec::new();
        self.each(text, starts, |c| got.push(group_spans(c)));
        assert_eq!(
            got,
            self.whole_text_spans(text),
            "{:?}: {}",
            super::shown(text),
            self.pattern
        );
    }

    /// Every match's group spans, from a search of the whole text with `regex`.
    #[cfg(test)]
    fn whole_text_spans(&self, text: &str) -> Vec<Vec<Option<(usize, usize)>>> {
        regex::Regex::new(self.pattern)
            .expect("valid")
            .captures_iter(text)
            .map(|c| c.iter().map(|g| g.map(|g| (g.start(), g.end()))).collect())
            .collect()
    }

    /// Has the pattern been compiled (for the tests of laziness)?
    #[cfg(test)]
    pub(crate) fn is_compiled(&self) -> bool {
        self.re.get().is_some()
    }
}

/// Runs a detector's `find` on [`super::EVERY_PATTERN`] and checks that it compiled
/// every one of `patterns`: that the file needs them all.
#[cfg(test)]
pub(crate) fn assert_every_pattern_needed(
    find: impl FnOnce(&str, &crate::document::Document, &CueHits),
    patterns: &[&CuedPattern],
) {
    let text = super::EVERY_PATTERN;
    find(
        text,
        &crate::document::Document::parse(text),
        &CueHits::scan(text),
    );
    for p in patterns {
        assert!(p.is_compiled(), "{}", p.pattern);
    }
}

/// A match's group spans (the tests' comparison with a whole-text search).
#[cfg(test)]
fn group_spans(c: &Captures) -> Vec<Option<(usize, usize)>> {
    (0..c.group_len())
        .map(|i| c.get_group(i).map(|g| (g.start, g.end)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_as_a_whole_text_search_would() {
        let p = CuedPattern::new(r"(?i)(?-u:\b)(?:staff|payroll) (?:number|no\.?)[ :]*([0-9]{4,})");
        let text = "Staff number 12345 and payroll no. 67890; staff canteen; STAFF NO 1111";
        assert!(!p.is_compiled());
        let mut starts: Vec<usize> = Vec::new();
        for (s, e) in crate::detect::word_runs(text) {
            if cue_bits_for_test(&text[s..e].to_ascii_lowercase()) {
                starts.push(s);
            }
        }
        let mut got = Vec::new();
        p.each(text, &starts, |c| {
            let g = c.get_group(1).unwrap();
            got.push(&text[g.start..g.end]);
        });
        let whole = regex::Regex::new(p.pattern).unwrap();
        let want: Vec<&str> = whole
            .captures_iter(text)
            .map(|c| c.get(1).unwrap().as_str())
            .collect();
        assert_eq!(got, want);
        assert_eq!(got, ["12345", "67890", "1111"]);
        assert!(p.is_compiled());
    }

    fn cue_bits_for_test(w: &str) -> bool {
        w == "staff" || w == "payroll"
    }

    #[test]
    fn no_cue_no_compile() {
        let p = CuedPattern::new(r"(?i)(?-u:\b)vlan [0-9]+");
        let mut calls = 0;
        p.each("no cue here", &[], |_| calls += 1);
        assert_eq!(calls, 0);
        assert!(!p.is_compiled());
    }

    #[test]
    fn cue_words_are_lowercase_and_known() {
        for (cue, words) in CUE_WORDS {
            for w in *words {
                assert_eq!(*w, w.to_ascii_lowercase(), "{cue:?}");
                assert!(cue_bits(w) & cue.bit() != 0);
            }
        }
        assert_eq!(cue_bits("warrant"), Cue::Numbered.bit() | Cue::Collar.bit());
        assert_eq!(cue_bits("login"), Cue::Secret.bit() | Cue::Account.bit());
        assert_eq!(cue_bits("the"), 0);
    }
}
