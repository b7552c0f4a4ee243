//! Patterns that can only match where one of a few words starts ("password", "staff
//! number", "VLAN", "https"). The lexicon's pass over the draft's words notes where
//! those words stand, so such a pattern is tried only there, anchored, instead of
//! through the whole draft. Each pattern is matched by hand-written code (`shapes`),
//! tested against the regular expression it stands for.

use std::marker::PhantomData;

use super::shapes::{Caps, Shape};

/// A group of patterns started by the same words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    /// A password, PIN or key named before its value.
    Secret,
    /// An API key or token, by its label or its own prefix.
    Key,
    /// "payroll number", "staff ID", "patient no."
    Numbered,
    /// "case reference", "PCN", "crime number", "appeal APP/24/0117"
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
    /// A bare extension: "ext. 4418", "Extension 4418", "extension4418"; a hospital's
    /// pager, "Bleep 2217".
    Extension,
    /// The last word of a code that opens something ("key safe", "door code").
    Access,
    /// A name field's label ("Surname", "First name").
    NameField,
    /// A word that may open a key known by its shape ("eyJ…", "AIza…", "SG", "BEGIN").
    Shape,
}

const CUES: usize = 16;

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
            "client",
            "shared",
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
            "mosaic",
            "rio",
            "pas",
            "las",
            "carenotes",
            "liquidlogic",
            "systmone",
            "emis",
        ],
    ),
    (
        Cue::CaseRef,
        &[
            "pcn",
            "penalty",
            "parking",
            "complaint",
            "case",
            "reference",
            "crime",
            "claim",
            "tribunal",
            "incident",
            "appeal",
            "referral",
            "tenancy",
            "permit",
            "enforcement",
            "enquiry",
            "ref",
            "datix",
            "application",
            "occurrence",
            "inquest",
            // A reference whose own letters say it is a person's case: "HR/24/019",
            // "PSD/CO/2022/0387" (`identifiers::find_personal_case_letters`).
            "hr",
            "psd",
            "grv",
            "disc",
            "dsar",
            "sar",
            "asb",
        ],
    ),
    (
        Cue::Account,
        &["account", "user", "username", "login", "log"],
    ),
    (Cue::Vlan, &["vlan", "vlans"]),
    (
        Cue::Port,
        &[
            "tcp", "udp", "port", "ports", "rdp", "ssh", "smb", "https", "http", "ldaps", "ldap",
            "snmp", "smtp", "dns", "vnc", "winrm", "telnet", "sftp", "ftp", "dpt", "dport", "eq",
        ],
    ),
    (
        Cue::Collar,
        &[
            "pc", "pcso", "dc", "ds", "sgt", "insp", "di", "ps", "sc", "ceo", "collar", "warrant",
            "shoulder", "badge",
        ],
    ),
    (Cue::Url, &["http", "https"]),
    (
        Cue::Wireless,
        &[
            "ssid",
            "ssids",
            "wifi",
            "wireless",
            "wi",
            "networks",
            "connect",
            "connects",
            "connected",
            "connecting",
            "govwifi",
        ],
    ),
    (
        Cue::Company,
        &["ltd", "limited", "plc", "llp", "inc", "group", "uk", "cyf"],
    ),
    (Cue::Extension, &["ext", "bleep"]),
    (
        Cue::Access,
        &[
            "code",
            "safe",
            "keysafe",
            "keypad",
            "lockbox",
            "box",
            "combination",
        ],
    ),
    // One-time, backup and recovery codes (`secrets::find_one_time_codes`): their words
    // are access cues too.
    (Cue::Access, super::secrets::ONE_TIME_WORDS),
    (
        Cue::NameField,
        &[
            "surname",
            "surnames",
            "forename",
            "forenames",
            "name",
            "names",
        ],
    ),
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
    /// The shapes (see `lexicon::shape`) of the words the draft writes in lowercase,
    /// a bit each: a word whose shape is not here is not one of them.
    pub(crate) lowercase: Option<Box<[u64; super::lexicon::SHAPES / 64]>>,
}

impl CueHits {
    /// May the draft write `word` (ASCII-lowercased, as a whole word) in lowercase?
    /// No means no; yes means perhaps (words of one shape share a bit).
    pub(crate) fn maybe_lowercase(&self, word: &[u8]) -> bool {
        let k = super::lexicon::shape(word);
        self.lowercase
            .as_ref()
            .is_some_and(|bits| bits[k >> 6] & (1 << (k & 63)) != 0)
    }

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
        // "x6347": an extension written with an "x" (four or five digits).
        if word.first() == Some(&b'x')
            && (5..=6).contains(&word.len())
            && word[1..].iter().all(u8::is_ascii_digit)
        {
            self.add(Cue::Extension.bit(), start);
            return;
        }
        // The words that may open a key known by its shape (`secrets::find_secret_shapes`).
        // (Or a live or test key's prefix: "ak_live_…", "pk_test_…".)
        let live = || word.len() > 12 && super::secrets::live_key_prefix(word).is_some();
        if live()
            || matches!(
                word.first(),
                Some(b'e' | b'A' | b'S' | b's' | b'r' | b'g' | b'h' | b'B')
            ) && (word.len() > 10 && word.starts_with(b"eyJ")
                || word.len() > 20 && word.starts_with(b"AIza")
                || word == b"SG"
                || word == b"BEGIN"
                || word.eq_ignore_ascii_case(b"glpat")
                || word.eq_ignore_ascii_case(b"hooks")
                || [&b"sk_test_"[..], b"rk_live_", b"rk_test_", b"github_pat_"]
                    .iter()
                    .any(|p| word.len() > p.len() && word[..p.len()].eq_ignore_ascii_case(p)))
        {
            self.add(Cue::Shape.bit(), start);
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

/// A fixed pattern, tried only at its group's word starts, or near the draft's digits,
/// by its hand-written matcher (`shapes`). Nothing is compiled: the matcher is code.
pub(crate) struct CuedPattern<S: Shape> {
    /// For a pattern led by digits: how far from its digits a match reaches, in bytes,
    /// and how many digits it holds at least.
    reach: usize,
    min_digits: usize,
    /// Has the pattern found a match (the test that every pattern is needed)?
    #[cfg(test)]
    found: std::sync::atomic::AtomicBool,
    shape: PhantomData<S>,
}

impl<S: Shape> CuedPattern<S> {
    pub(crate) const fn new() -> CuedPattern<S> {
        CuedPattern::near_digits(DIGIT_REACH, 1)
    }

    /// A pattern whose every match holds `min_digits` digits and no byte further than
    /// `reach` from one of them (at most [`DIGIT_REACH`]); see [`Self::each_near_digits`].
    pub(crate) const fn near_digits(reach: usize, min_digits: usize) -> CuedPattern<S> {
        assert!(reach <= DIGIT_REACH);
        CuedPattern {
            reach,
            min_digits,
            #[cfg(test)]
            found: std::sync::atomic::AtomicBool::new(false),
            shape: PhantomData,
        }
    }

    /// Notes that the pattern found a match (for the test that every one is needed).
    fn found(&self) {
        #[cfg(test)]
        self.found.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// `each_in` over the windows within the pattern's reach of the draft's digits that
    /// hold enough digits: what a whole-text search finds, searched in less text.
    pub(crate) fn each_near_digits(&self, text: &str, cues: &CueHits, f: impl FnMut(&Caps)) {
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

    /// Calls `f` with each match (and its groups) that starts at one of `starts`, in
    /// order: the matches a leftmost-first search of the whole text finds, given that
    /// every match starts at one of `starts`. Later starts inside a match are skipped.
    pub(crate) fn each(&self, text: &str, starts: &[usize], mut f: impl FnMut(&Caps)) {
        let mut reached = 0;
        for &at in starts {
            if at < reached || at >= text.len() || !text.is_char_boundary(at) {
                continue;
            }
            if let Some(c) = S::at(text, at, text.len()) {
                reached = c.end.max(at + 1);
                self.found();
                f(&c);
            }
        }
    }

    /// The match that starts at `at` and ends by `limit` (see [`Shape::at`]).
    pub(crate) fn at(&self, text: &str, at: usize, limit: usize) -> Option<Caps> {
        let c = S::at(text, at, limit)?;
        self.found();
        Some(c)
    }

    /// Calls `f` with each match that lies wholly inside one of `windows` (in order,
    /// not overlapping), as a search of each window finds them: leftmost-first, the
    /// next search starting where a match ends. Look-arounds see the text outside.
    pub(crate) fn each_in(&self, text: &str, windows: &[(usize, usize)], mut f: impl FnMut(&Caps)) {
        let bytes = text.as_bytes();
        for &(from, to) in windows {
            let mut p = from;
            while p < to {
                if S::can_start(bytes[p]) && text.is_char_boundary(p) {
                    if let Some(c) = S::at(text, p, to) {
                        self.found();
                        f(&c);
                        p = c.end.max(p + 1);
                        continue;
                    }
                }
                p += 1;
            }
        }
    }

    /// Checks that `each_near_digits` finds what a whole-text search finds.
    #[cfg(test)]
    pub(crate) fn assert_windows_agree(&self, text: &str) {
        let mut got = Vec::new();
        self.each_near_digits(text, &CueHits::scan(text), |c| {
            got.push(group_spans(c));
        });
        assert_eq!(got, Self::whole_text_spans(text), "{}", S::PATTERN);
    }

    /// Checks that `each`, at the word starts of `cue`, finds exactly the matches and
    /// groups a whole-text search finds: that the group's words are complete.
    #[cfg(test)]
    pub(crate) fn assert_whole_text_agrees(&self, cue: Cue, text: &str) {
        let mut got = Vec::new();
        self.each(text, CueHits::scan(text).of(cue), |c| {
            got.push(group_spans(c))
        });
        assert_eq!(got, Self::whole_text_spans(text), "{cue:?}: {}", S::PATTERN);
    }

    /// Checks that `each`, at `starts`, finds exactly the matches and groups a
    /// whole-text search finds: that every match starts at one of `starts`.
    #[cfg(test)]
    pub(crate) fn assert_starts_agree(&self, text: &str, starts: &[usize]) {
        let mut got = Vec::new();
        self.each(text, starts, |c| got.push(group_spans(c)));
        assert_eq!(
            got,
            Self::whole_text_spans(text),
            "{:?}: {}",
            super::shown(text),
            S::PATTERN
        );
    }

    /// Every match's group spans, from a search of the whole text with `regex`.
    #[cfg(test)]
    fn whole_text_spans(text: &str) -> Vec<Vec<Option<(usize, usize)>>> {
        regex::Regex::new(S::PATTERN)
            .expect("valid")
            .captures_iter(text)
            .map(|c| {
                let mut spans: Vec<_> = c.iter().map(|g| g.map(|g| (g.start(), g.end()))).collect();
                spans.resize(3, None);
                spans
            })
            .collect()
    }

    /// Has the pattern found a match yet (the test that a file needs every pattern)?
    #[cfg(test)]
    pub(crate) fn has_found(&self) -> bool {
        self.found.load(std::sync::atomic::Ordering::Relaxed)
    }
}

/// A pattern, as the test that a detector needs every one of its patterns sees it.
#[cfg(test)]
pub(crate) trait Needed {
    fn pattern(&self) -> &'static str;
    fn has_found(&self) -> bool;
}

#[cfg(test)]
impl<S: Shape> Needed for CuedPattern<S> {
    fn pattern(&self) -> &'static str {
        S::PATTERN
    }
    fn has_found(&self) -> bool {
        CuedPattern::has_found(self)
    }
}

/// Runs a detector's `find` on [`super::EVERY_PATTERN`] and checks that every one of
/// `patterns` found a match there: that the file needs them all.
#[cfg(test)]
pub(crate) fn assert_every_pattern_needed(
    find: impl FnOnce(&str, &crate::document::Document, &CueHits),
    patterns: &[&dyn Needed],
) {
    let text = super::EVERY_PATTERN;
    find(
        text,
        &crate::document::Document::parse(text),
        &CueHits::scan(text),
    );
    for p in patterns {
        assert!(p.has_found(), "{}", p.pattern());
    }
}

/// A match's span and its two groups' (the tests' comparison with a whole-text search).
#[cfg(test)]
fn group_spans(c: &Caps) -> Vec<Option<(usize, usize)>> {
    vec![Some((c.start, c.end)), c.groups[0], c.groups[1]]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::shapes;

    #[test]
    fn matches_as_a_whole_text_search_would() {
        let p = CuedPattern::<shapes::Numbered>::new();
        let text = "Staff number 12345 and payroll no. 67890; staff canteen; STAFF NO 1111111";
        let mut starts: Vec<usize> = Vec::new();
        for (s, e) in crate::detect::word_runs(text) {
            if cue_bits(&text[s..e].to_ascii_lowercase()) & Cue::Numbered.bit() != 0 {
                starts.push(s);
            }
        }
        let mut got = Vec::new();
        p.each(text, &starts, |c| {
            let g = c.get_group(1).unwrap();
            got.push(&text[g.start..g.end]);
        });
        let whole = regex::Regex::new(shapes::Numbered::PATTERN).unwrap();
        let want: Vec<&str> = whole
            .captures_iter(text)
            .map(|c| c.get(1).unwrap().as_str())
            .collect();
        assert_eq!(got, want);
        assert_eq!(got, ["12345", "67890", "1111111"]);
        assert!(p.has_found());
    }

    /// A window is searched as a text that ends there, but whose look-arounds see on:
    /// a number cut by a window's end is no match ("\b" sees the digit after it).
    #[test]
    fn windows_end_matches_but_not_look_arounds() {
        let p = CuedPattern::<shapes::Nhs>::new();
        let text = "NHS 943 476 5919; NHS 943 476 59190";
        let spans = |windows: &[(usize, usize)]| {
            let mut got = Vec::new();
            p.each_in(text, windows, |c| got.push(&text[c.start..c.end]));
            got
        };
        assert_eq!(spans(&[(0, text.len())]), ["943 476 5919"]);
        assert_eq!(spans(&[(0, 15)]), Vec::<&str>::new());
        assert_eq!(spans(&[(0, 16)]), ["943 476 5919"]);
        // The second number, cut after ten digits, would match but for the "0" after.
        let second = text.rfind("943").unwrap();
        assert_eq!(spans(&[(second, second + 12)]), Vec::<&str>::new());
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
