//! Names of people: full names, initial + surname, title + surname, a first name in a
//! greeting or sign-off; with the seniority the draft gives each.
//!
//! A run of capitalised words is a name when the draft says so (a title, a greeting,
//! a signature, a mail header, a job title after it, an address that spells it) or
//! when the name lists know both its first and last word. Places, buildings and
//! firms named after people ("Gordon Street", "the John Lewis store") are not names.

use super::{is_alnum, is_letter};
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::{HashMap, HashSet};

use super::cues::CueHits;
use super::tokens::{NameWords, Word};
use super::{
    head_of, line_after, line_before, starts_with_ignore_ascii_case, FxBuild, WordList, WordSet,
};
use crate::document::{unquoted, Document};
use crate::finding::Context;

/// How senior the draft shows a person to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Tier {
    /// Staff below senior level, the requester, third parties.
    Private,
    /// Senior but below the board: a judgement.
    Senior,
    /// Executive or board member named in their public role.
    Board,
}

/// One name found.
#[derive(Debug, Clone)]
pub(crate) struct NameHit {
    pub start: usize,
    pub end: usize,
    pub tier: Tier,
    /// Why it was taken to be a name (for the reason text).
    pub cue: NameCue,
    /// It could as well be a place or building named after a person ("Tom Ward"):
    /// the officer checks it.
    pub unsure: bool,
}

/// Does a place or building's kind follow `e` ("Tudor Lodge care home", "Mill House
/// surgery")? A name that could be a place ([`NameHit::unsure`]) is then the place.
pub(crate) fn facility_after(text: &str, e: usize) -> bool {
    const FACILITIES: [&str; 16] = [
        "care home",
        "nursing home",
        "residential home",
        "children's home",
        "surgery",
        "medical centre",
        "health centre",
        "primary school",
        "infant school",
        "hotel",
        "farm",
        "estate",
        "depot",
        "retirement",
        "sheltered",
        "hostel",
    ];
    text[e..].strip_prefix(' ').is_some_and(|a| {
        FACILITIES.iter().any(|f| {
            a.strip_prefix(f)
                .is_some_and(|r| !r.starts_with(|c: char| is_alnum(c)))
        })
    })
}

/// Why a run of words was taken to be a name: the end of its finding's reason. A
/// closed set, so that the scanner makes each reason text once, not once per name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameCue {
    Title,
    Greeting,
    SignOff,
    MailHeader,
    SpellingAddress,
    JobTitle,
    FirstAndSurname,
    /// A listed first name before a capitalised word in no list ("Sarah Lindqvist").
    FirstName,
    EarlierMention,
    /// A listed first name alone, where a person is meant ("Wayne says", "check with
    /// Rhodri").
    FirstNameAlone,
    /// Initials signing a drafting note ("[KH: …]", "[… – FWH]").
    Initials,
    /// Initials after the word for whom a record is about ("re patient J.M.").
    SubjectInitials,
    /// A capitalised word and a listed surname joined to a name by "and" or a comma
    /// ("Amira El-Sayed and Tyrese Boateng").
    ListedWith,
    /// A common Chinese, Korean or Vietnamese family name, then a given name ("Zhang
    /// Wei").
    FamilyNameFirst,
    /// Capitalised words before a staff or collar number in brackets ("ECA Aroha Ngata
    /// (staff no. 411907)").
    NumberAfter,
    /// A person's initials where the draft also names them ("LN amends" beside "L.
    /// Novak").
    NameInitials,
    /// A surname before a record that is always one person's ("the Lindqvist SAR").
    RecordAfter,
    /// Who wrote a message of a chat pasted into the draft ("Ruairidh Mac a' Phearsain
    /// 08:47: Morning …").
    ChatSpeaker,
    /// A person in a list of people written surname first ("Llewelyn, Siân; Dubois,
    /// Mathieu"), or a row of a rota ("FERGUSON A   FF(C)   41522").
    Roster,
    /// A name written in lowercase where a person's name stands ("thanks, priya",
    /// "Requester: jordan kettleby").
    Lowercase,
    /// A person's user name ("s.mahmood", "jboyd2", "Raj (rpatel7)").
    Login,
    /// The label for a person before it ("Patient: MacAoidh, Eòghann", "Officer: DW").
    Labelled,
    /// An initial with its stop before a capitalised word in no list ("S. Nkemelu").
    InitialAndWord,
}

impl NameCue {
    pub(crate) const ALL: [NameCue; 23] = [
        NameCue::Title,
        NameCue::Greeting,
        NameCue::SignOff,
        NameCue::MailHeader,
        NameCue::SpellingAddress,
        NameCue::JobTitle,
        NameCue::FirstAndSurname,
        NameCue::FirstName,
        NameCue::EarlierMention,
        NameCue::FirstNameAlone,
        NameCue::Initials,
        NameCue::SubjectInitials,
        NameCue::ListedWith,
        NameCue::FamilyNameFirst,
        NameCue::NumberAfter,
        NameCue::NameInitials,
        NameCue::RecordAfter,
        NameCue::ChatSpeaker,
        NameCue::Roster,
        NameCue::Lowercase,
        NameCue::Login,
        NameCue::Labelled,
        NameCue::InitialAndWord,
    ];

    /// "Recognised as a name by …".
    pub(crate) fn says(self) -> &'static str {
        match self {
            NameCue::Title => "the title before it",
            NameCue::Greeting => "the greeting",
            NameCue::SignOff => "its place under the sign-off",
            NameCue::MailHeader => "the mail header",
            NameCue::SpellingAddress => "the email address or user name that spells it",
            NameCue::JobTitle => "the job title after it",
            NameCue::FirstAndSurname => "its first name and surname",
            NameCue::FirstName => "its first name, before a word that may be a surname",
            NameCue::InitialAndWord => {
                "an initial and its stop, before a word that may be a surname (\"S. Nkemelu\")"
            }
            NameCue::EarlierMention => "another mention of the same person in the draft",
            NameCue::FirstNameAlone => {
                "a first name used alone, as notes and emails name colleagues"
            }
            NameCue::Initials => "its place as the initials signing a note in the draft",
            NameCue::SubjectInitials => {
                "the words around it, which say whose record it is (a patient, a pupil, a title) or what the person did (\"ICT (A.N.) confirms\")"
            }
            NameCue::ListedWith => "its surname, in a list with another person's name",
            NameCue::FamilyNameFirst => {
                "its family name written first, then a given name, as Chinese, Korean and Vietnamese names are"
            }
            NameCue::NumberAfter => "the staff or collar number in brackets after it",
            NameCue::NameInitials => "being the initials of a person the draft names",
            NameCue::RecordAfter => {
                "the word after it, a record that is always one person's (a subject access request, a grievance) or a family (\"the Delaney family\")"
            }
            NameCue::ChatSpeaker => {
                "its place as the writer of a message in a chat pasted into the draft (a name and the time of each message)"
            }
            NameCue::Labelled => {
                "the label before it, which names a person's part (\"Patient:\", \"Officer:\", \"Caller:\")"
            }
            NameCue::Login => {
                "its shape, a person's user name: an initial and a surname, or a given name, joined by a dot (\"s.mahmood\"), or written together with a number (\"jboyd2\", \"Raj (rpatel7)\"), or listed as user names, or after a ticket's label for a person (\"Caller: pc4471\")"
            }
            NameCue::Lowercase => {
                "its place, where a person's name stands (a sign-off, a label such as \"Requester:\"), though written in lowercase"
            }
            NameCue::Roster => {
                "its place in a list of people written surname first, one of them a known name (\"Llewelyn, Siân; Dubois, Mathieu\", a rota's \"FERGUSON A\")"
            }
        }
    }
}

/// The word lists, built once per process; see [`NameLists`].
pub(crate) struct BaseLists {
    pub first: WordList,
    pub surnames: WordList,
    pub not_names: WordList,
    pub titles: WordList,
    /// For each ASCII first byte, a bit for each length (up to 31 bytes) of the titles
    /// that start with it: most capitalised words ("The", "Council") are settled here,
    /// with no look-up.
    pub title_shapes: [u32; 128],
    pub places: WordList,
    /// Place words that are also common surnames ("Green", "Hall", "Ward").
    pub place_surnames: WordList,
    pub job_words: WordList,
    pub board: RoleSet,
    pub senior: RoleSet,
}

/// The shared word lists and a config's public people.
pub(crate) struct NameLists {
    base: &'static BaseLists,
    pub public_people: std::collections::HashSet<String>,
}

impl std::ops::Deref for NameLists {
    type Target = BaseLists;
    fn deref(&self) -> &BaseLists {
        self.base
    }
}

/// The (first byte, length) pairs of the titles, for [`BaseLists::title_shapes`]; a
/// title written with a full stop ("Dr.") is one byte longer.
fn title_shapes(titles: &[&str]) -> [u32; 128] {
    let mut shapes = [0u32; 128];
    for t in titles {
        let b = t.as_bytes();
        if let Some(&first) = b.first().filter(|f| f.is_ascii()) {
            for len in [b.len(), b.len() + 1] {
                shapes[usize::from(first)] |= 1u32.checked_shl(len as u32).unwrap_or(0);
            }
        }
    }
    shapes
}

fn data_lines(data: &'static str) -> Vec<&'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

impl NameLists {
    /// The shared lists (built on the first call) with a config's public people.
    pub(crate) fn new(public_people: &[String]) -> NameLists {
        // The name lists as `build.rs` wrote them: sorted, lowercase, one a line.
        macro_rules! embedded {
            ($list:literal) => {
                WordList::embedded(include_str!(concat!(env!("OUT_DIR"), "/", $list, ".txt")))
            };
        }
        static BASE: std::sync::OnceLock<BaseLists> = std::sync::OnceLock::new();
        let base = BASE.get_or_init(|| BaseLists {
            first: embedded!("first_names"),
            surnames: embedded!("surnames"),
            not_names: embedded!("not_names"),
            titles: WordList::from_source(include_str!("../rules/personal/titles.txt")),
            title_shapes: title_shapes(&data_lines(include_str!("../rules/personal/titles.txt"))),
            places: WordList::from_source(include_str!("../rules/personal/place_words.txt")),
            place_surnames: WordList::from_source(include_str!(
                "../rules/personal/place_surnames.txt"
            )),
            job_words: WordList::from_source(include_str!("../rules/personal/job_words.txt")),
            board: RoleSet::new(data_lines(include_str!(
                "../rules/personal/board_roles.txt"
            ))),
            senior: RoleSet::new(data_lines(include_str!(
                "../rules/personal/senior_roles.txt"
            ))),
        });
        NameLists {
            base,
            public_people: public_people.iter().map(|p| fold(p)).collect(),
        }
    }

    /// A listed first name, or two joined by a hyphen ("Ellie-May", "Anne-Marie").
    #[inline]
    fn is_first(&self, w: &str) -> bool {
        self.first.contains_folded(w)
            || w.split_once('-').is_some_and(|(a, b)| {
                a.len() > 1
                    && b.len() > 1
                    && starts_upper(b)
                    && self.first.contains_folded(a)
                    && self.first.contains_folded(b)
            })
    }

    #[inline]
    fn is_surname(&self, w: &str) -> bool {
        self.surnames.contains_folded(w)
            || w.contains('-')
                && w.split('-')
                    .any(|p| p.len() > 1 && self.surnames.contains_folded(p))
    }

    #[inline]
    fn is_not_name(&self, w: &str) -> bool {
        self.not_names.contains_folded(w)
    }

    /// Titles are capitalised ("Mr", "Dr", "Cllr"): a lowercase word needs no look-up.
    #[inline]
    fn is_title(&self, w: &str) -> bool {
        starts_upper(w) && self.titles.contains(w.trim_end_matches('.'))
    }
}

/// What the lists say of one word (bits of [`Lookup::flags`]).
const FIRST: u8 = 1;
const SURNAME: u8 = 2;
const NOT_NAME: u8 = 4;
const TITLE: u8 = 8;
const PLACE: u8 = 16;
const PLACE_SURNAME: u8 = 32;

/// The name lists for one draft, with what they say of each distinct word kept: a
/// draft asks the same questions of the same few thousand words again and again, and
/// one look-up in a small map of its own costs less than one in each list.
struct Lookup<'l> {
    lists: &'l NameLists,
    /// The draft's bytes (where a word's address may key `recent`).
    text: std::ops::Range<usize>,
    memo: RefCell<Memo>,
    /// The latest answers by where the word stands in the draft (its address and
    /// length, for words of the draft only): the same word is asked about several
    /// times in a row, as a run grows and is judged, and this needs no hashing of its
    /// letters.
    recent: [Cell<(usize, usize, u8)>; 16],
    /// The shapes of the words the draft writes in lowercase (from the word pass).
    cues: &'l CueHits,
    /// Whether the draft writes a word in lowercase, by word (lowercased), once checked.
    lowercase: RefCell<HashMap<String, bool>>,
    /// How many more bytes of the draft those checks may search: a few times its
    /// length, so that the scan stays linear in it whatever the draft.
    search_budget: Cell<usize>,
}

impl std::ops::Deref for Lookup<'_> {
    type Target = NameLists;
    fn deref(&self) -> &NameLists {
        self.lists
    }
}

impl<'l> Lookup<'l> {
    fn new(lists: &'l NameLists, text: &str, cues: &'l CueHits) -> Lookup<'l> {
        let at = text.as_ptr() as usize;
        Lookup {
            lists,
            text: at..at + text.len(),
            memo: RefCell::new(Memo::new()),
            recent: Default::default(),
            cues,
            lowercase: RefCell::new(HashMap::new()),
            search_budget: Cell::new(4 * text.len() + (1 << 20)),
        }
    }

    /// Does the draft also write `w` in lowercase, as an ordinary word ("Tools" and
    /// "tools")? Then it is no surname the lists lack. Most words are settled by their
    /// shape alone (see `CueHits::maybe_lowercase`); the rest by a search of the draft
    /// for the word, whole and not as part of an address ("simon.smith@…",
    /// "/home/simon"), within the search budget (past it, no: the name is kept).
    fn written_lowercase(&self, w: &str, text: &str) -> bool {
        let lower = w.to_lowercase();
        if !lower.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
            || !self.cues.maybe_lowercase(lower.as_bytes())
        {
            return false;
        }
        if let Some(&known) = self.lowercase.borrow().get(&lower) {
            return known;
        }
        let budget = self.search_budget.get();
        if budget < text.len() {
            return false;
        }
        let b = text.as_bytes();
        let mut searched = text.len();
        // A match starts on the word's first byte, ASCII, and ends where its last
        // character does: both on character boundaries.
        let found = memchr::memmem::find_iter(b, lower.as_bytes()).find(|&s| {
            let e = s + lower.len();
            let before = s.checked_sub(1).map(|k| b[k]);
            let joined_after = matches!(b.get(e), Some(b'@' | b'.' | b'_' | b'/' | b'-'))
                && b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric)
                // (An address written "morgner at informatik.hu-berlin.de".)
                || [" at ", " [at] ", "[at]", "(at)", " (at) "].iter().any(|m| {
                    text[e..].strip_prefix(m).is_some_and(|r| {
                        r.split([' ', '>', ')', ',']).next().is_some_and(|d| d.contains('.') || r.contains(" dot "))
                    })
                });
            let ok = super::on_word_boundary(text, s, e)
                && !joined_after
                && !matches!(before, Some(b'.' | b'@' | b'/' | b'\\' | b'_' | b'-'));
            if ok {
                searched = e;
            }
            ok
        });
        self.search_budget.set(budget - searched);
        self.lowercase.borrow_mut().insert(lower, found.is_some());
        found.is_some()
    }

    /// Every list's answer for `w`, looked up once per distinct word.
    fn flags(&self, w: &str) -> u8 {
        let at = w.as_ptr() as usize;
        if !(self.text.start <= at && at + w.len() <= self.text.end) {
            return self.flags_of(w);
        }
        let slot = &self.recent[at % 16];
        let (a, len, f) = slot.get();
        if a == at && len == w.len() {
            return f;
        }
        let f = self.flags_of(w);
        slot.set((at, w.len(), f));
        f
    }

    fn flags_of(&self, w: &str) -> u8 {
        let hash = super::hash_bytes(w.as_bytes());
        if let Some(f) = self.memo.borrow().get(w, hash) {
            return f;
        }
        let l = self.lists;
        let bit = |on: bool, b: u8| if on { b } else { 0 };
        let f = bit(l.is_first(w), FIRST)
            | bit(l.is_surname(w), SURNAME)
            | bit(l.is_not_name(w), NOT_NAME)
            | bit(l.is_title(w), TITLE)
            | bit(l.places.contains(w), PLACE)
            | bit(l.place_surnames.contains(w), PLACE_SURNAME);
        self.memo.borrow_mut().insert(w, hash, f);
        f
    }

    #[inline]
    fn is_first(&self, w: &str) -> bool {
        self.flags(w) & FIRST != 0
    }

    #[inline]
    fn is_surname(&self, w: &str) -> bool {
        self.flags(w) & SURNAME != 0
    }

    #[inline]
    fn is_not_name(&self, w: &str) -> bool {
        self.flags(w) & NOT_NAME != 0
    }

    /// Titles are capitalised ("Mr", "Dr"): a lowercase word is settled on its first byte.
    #[inline]
    fn is_title(&self, w: &str) -> bool {
        let b = w.as_bytes();
        let shaped = match b.first() {
            Some(&f) if f.is_ascii() => {
                b.len() < 32 && self.title_shapes[usize::from(f)] & (1 << b.len()) != 0
            }
            // (A title may start with a letter outside ASCII: looked up.)
            Some(_) => true,
            None => false,
        };
        shaped && starts_upper(w) && self.flags(w) & TITLE != 0
    }

    #[inline]
    fn is_place(&self, w: &str) -> bool {
        self.flags(w) & PLACE != 0
    }

    #[inline]
    fn is_place_surname(&self, w: &str) -> bool {
        self.flags(w) & PLACE_SURNAME != 0
    }
}

/// What the lists said of each distinct word of a draft: an open-addressing table of
/// the words' hashes, kept at most half full. A draft asks about the same few hundred
/// capitalised words tens of thousands of times; a look-up here hashes the word once
/// and compares its bytes once, about half the instructions of the `HashMap` it
/// replaced.
struct Memo {
    /// Index + 1 into `entries`; 0 is empty.
    slots: Vec<u32>,
    entries: Vec<(u64, Box<str>, u8)>,
}

impl Memo {
    fn new() -> Memo {
        Memo {
            slots: vec![0; 1024],
            entries: Vec::new(),
        }
    }

    fn get(&self, w: &str, hash: u64) -> Option<u8> {
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        loop {
            let i = self.slots[at] as usize;
            let (h, word, f) = self.entries.get(i.checked_sub(1)?)?;
            if *h == hash && **word == *w {
                return Some(*f);
            }
            at = (at + 1) & mask;
        }
    }

    fn insert(&mut self, w: &str, hash: u64, f: u8) {
        self.entries.push((hash, w.into(), f));
        if self.entries.len() * 2 > self.slots.len() {
            self.slots = vec![0; self.slots.len() * 2];
            for k in 0..self.entries.len() {
                self.place(k);
            }
        } else {
            self.place(self.entries.len() - 1);
        }
    }

    fn place(&mut self, k: usize) {
        let mask = self.slots.len() - 1;
        let mut at = self.entries[k].0 as usize & mask;
        while self.slots[at] != 0 {
            at = (at + 1) & mask;
        }
        self.slots[at] = k as u32 + 1;
    }
}

/// A word in capitals written as the name lists write names: its first letter kept,
/// the rest in lowercase ("MURCHÚ" -> "Murchú", "NÍ" -> "Ní").
fn title_case(w: &str) -> String {
    let mut chars = w.chars();
    chars
        .next()
        .into_iter()
        .chain(chars.flat_map(char::to_lowercase))
        .collect()
}

/// Lowercase, apostrophes straightened, common diacritics folded: for comparing a
/// name with an email local part ("Zoë Brontë" ~ "zoe.bronte").
pub(crate) fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars()
        .filter(|&c| !super::is_mark(c))
        .flat_map(char::to_lowercase)
        .map(super::plain_letter)
        .collect()
}

#[inline]
fn is_capitalised(w: &str) -> bool {
    // Most capitalised words are ASCII, with a small letter second ("The", "Council").
    let b = w.as_bytes();
    if b.len() >= 2 && b[0].is_ascii_uppercase() && b[1].is_ascii_lowercase() {
        // (The hyphen of "-language", the longest tail, is within its last nine bytes.)
        return !(b.len() > 5
            && b[b.len().saturating_sub(9).max(2)..].contains(&b'-')
            && compound_adjective(w));
    }
    // An Arabic surname's article, written in lowercase ("al-Rashid", "el-Masri").
    if b.first().is_some_and(u8::is_ascii_lowercase) {
        return b.len() >= 6
            && b[2] == b'-'
            && (b.starts_with(b"al") || b.starts_with(b"el"))
            && is_capitalised(&w[3..]);
    }
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    first.is_uppercase() && chars.any(|c| c.is_lowercase())
}

#[inline]
fn is_initial(w: &str) -> bool {
    // An initial is one character: at most four bytes.
    if w.len() > 4 {
        return false;
    }
    // Welsh writes the initial of Llinos or Rhodri with its digraph ("Ll. Bowen").
    if w == "Ll" || w == "Rh" {
        return true;
    }
    // Two initials of a double given name: "A-M Okafor" (Anne-Marie). Not "A-Z".
    if let [a, b'-', c] = w.as_bytes() {
        return a.is_ascii_uppercase() && c.is_ascii_uppercase() && w != "A-Z";
    }
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// Could `w` start a name at all: a capital first letter (most words of a draft are
/// lowercase and stop here, on their first byte).
fn starts_upper(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => w.chars().next().is_some_and(char::is_uppercase),
        None => false,
    }
}

/// Is `gap` lowercase particles between single spaces (" van der ", " ap "), as between
/// a title and a surname ("Mr van der Berg")?
fn particles_between(gap: &str) -> bool {
    gap.len() > 2
        && gap
            .strip_prefix(' ')
            .and_then(|g| g.strip_suffix(' '))
            .is_some_and(|g| {
                g.split(' ').count() <= 3
                    && g.split(' ')
                        .all(|w| is_particle(w) && w.starts_with(|c: char| c.is_ascii_lowercase()))
            })
}

/// Is `w` a name particle ("de", "van", "Ní")? (A `match` on strings compiles to a
/// switch on the length, then on the bytes: most words of a draft are short, and a
/// walk over a list compared each with every particle.)
fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "Ní" | "Ó"
            | "Ni"
            | "O"
            | "Mac"
            | "Nic"
            | "de"
            | "da"
            | "van"
            | "von"
            | "der"
            | "den"
            | "bin"
            | "binti"
            | "ap"
            | "ab"
            | "le"
            | "la"
            | "du"
            | "di"
            | "del"
            | "dos"
            | "ben"
    )
}

/// Two capitals that may be a short given name before a surname in capitals ("JO
/// WHITFIELD"): judged as a name only with a listed first name (`caps_name`).
#[inline]
fn short_caps_given(w: &str) -> bool {
    w.len() == 2 && w.bytes().all(|c| c.is_ascii_uppercase())
}

/// Is the word after `e` (one space on) a word in capitals of three letters or more?
fn caps_word_after(text: &str, e: usize) -> bool {
    let Some(r) = text[e..].strip_prefix(' ') else {
        return false;
    };
    let n = r.bytes().take_while(u8::is_ascii_uppercase).count();
    n >= 3 && !r.as_bytes().get(n).is_some_and(u8::is_ascii_alphanumeric)
}

/// Is `w` a greeting ("Dear", "Hello")?
#[inline]
fn is_greeting(w: &str) -> bool {
    // (Notes and chats greet in lowercase too: "hi Gwen -".)
    matches!(
        w,
        "Dear"
            | "Hi"
            | "Hello"
            | "Hiya"
            | "Annwyl"
            | "Morning"
            | "Afternoon"
            | "hi"
            | "hello"
            | "hiya"
    )
}

/// Finds names; `emails` indexes the draft's email addresses.
///
/// Each `add_…` pass it calls is `#[inline(never)]`, as the scan's steps are (see
/// `Scanner::scan`): inlined into this one caller, they made one 150 KB wasm function
/// that the browser's optimising compiler took 200 ms over, on a first scan's cores.
#[inline(never)]
pub(crate) fn find(
    text: &str,
    doc: &Document,
    lists: &NameLists,
    emails: &EmailIndex,
    skip: &SpanSet,
    cues: &CueHits,
) -> Vec<NameHit> {
    let lists = &Lookup::new(lists, text, cues);
    let words = &doc.tokens.name_words(text);
    let mut hits: Vec<NameHit> = Vec::new();
    // Runs are asked about in order.
    let mut skipped = skip.cursor();
    // A run's words, after the word before it (and the one before that, after a
    // title) and with the word after it: all that `judge` reads.
    let mut ws: Vec<Word> = Vec::with_capacity(8);
    let mut from = 0;
    // Most words are lowercase: only those that are not are visited.
    while let Some(at) = words.next_capital(from) {
        let first = words.word_at(at);
        from = first.end;
        let w = &text[first.start..first.end];
        if !starts_upper(w)
            || !(is_capitalised(w)
                || is_initial(w)
                || is_all_caps_name(w)
                || short_caps_given(w) && caps_word_after(text, first.end))
            || lists.is_title(w)
            || is_greeting(w)
        {
            continue;
        }
        ws.clear();
        // ("Dear Mr van der Berg", "Mr ap Iorwerth": lowercase particles between a
        // title and the surname are read through, and start the name.)
        let mut particles_from = None;
        let mut p = words.before(first);
        let mut next_start = first.start;
        for _ in 0..3 {
            let Some(q) = p.filter(|q| text[q.end..next_start] == *" ") else {
                break;
            };
            let w = &text[q.start..q.end];
            if !(is_particle(w) && w.starts_with(|c: char| c.is_lowercase())) {
                break;
            }
            particles_from = Some(q.start);
            next_start = q.start;
            p = words.before(q);
        }
        let particles_from = particles_from.filter(|_| {
            p.is_some_and(|t| {
                text[t.end..next_start] == *" " && lists.is_title(&text[t.start..t.end])
            })
        });
        if let Some(p1) = if particles_from.is_some() {
            p
        } else {
            words.before(first)
        } {
            // The word before that is read only after a title ("Dear Dr Patel").
            if lists.is_title(&text[p1.start..p1.end]) {
                ws.extend(words.before(p1));
            }
            ws.push(p1);
        }
        let i = ws.len();
        ws.push(first);
        // Grow a run of name-like words joined by single spaces (or ". " after an initial).
        let mut j = i;
        let mut after = words.after(first);
        // Joined only as a given name before a surname in capitals ("Amelia-Rose
        // KAMARA"): judged alone again if the two are no name ("Priya NHS").
        let mut caps_tail = false;
        while let Some(n) = after {
            if j - i >= 4 {
                break;
            }
            let gap = &text[ws[j].end..n.start];
            let next = &text[n.start..n.end];
            let cur = &text[ws[j].start..ws[j].end];
            let joined =
                gap == " " || (is_initial(cur) && (gap == ". " || gap == "." || gap == " "));
            // A middle initial joins too ("David M. Jones", "J. R. Smith"), or the
            // first name is left out of the name. A surname that is also a word joins a
            // first name, after a word of the run too ("Student Amelia Stroud"; not "St
            // Nicholas Fair").
            let next_ok = || {
                (is_capitalised(next)
                    || is_particle(next)
                    || is_initial(next)
                    || (is_all_caps_name(cur) || is_caps_particle(cur))
                        && (is_all_caps_name(next) || is_caps_particle(next))
                    || is_all_caps_name(next) && is_initial(cur)
                    || j == i && short_caps_given(cur) && is_all_caps_name(next))
                    && !lists.is_title(next)
                    && (!lists.is_not_name(next)
                        || lists.is_place(next)
                        || (j == i
                            || !matches!(
                                &text[ws[j - 1].start..ws[j - 1].end],
                                "St" | "Saint" | "San" | "Santa" | "Port" | "Fort" | "Mount"
                            ))
                            && surname_word_after(lists, text, &ws, j, next))
            };
            // (Or after a job's title in the run: "Watch Manager Stephen OLAWALE".)
            let given_before_caps = || {
                (j == i
                    || lists
                        .job_words
                        .contains_folded(&text[ws[j - 1].start..ws[j - 1].end]))
                    && gap == " "
                    && is_all_caps_name(next)
                    && is_capitalised(cur)
                    && cur.split('-').all(|p| lists.is_first(p))
                    && !lists.is_title(next)
            };
            if joined && next_ok() {
                ws.push(n);
                j += 1;
                after = words.after(n);
            } else if given_before_caps() {
                ws.push(n);
                j += 1;
                caps_tail = true;
                break;
            } else {
                break;
            }
        }
        if caps_tail {
            after = words.after(ws[j]);
        }
        ws.extend(after);
        // Trailing particles and initials are not part of a name ("Jane Smith I think"),
        // but for an initial after a surname in capitals, with its stop ("ZIELIŃSKI W.").
        let caps_initial = j == i + 1
            && is_all_caps_name(&text[ws[i].start..ws[i].end])
            && is_initial(&text[ws[j].start..ws[j].end])
            && text[ws[j].end..].starts_with('.');
        while !caps_initial && j > i && {
            let w = &text[ws[j].start..ws[j].end];
            is_particle(w) || is_caps_particle(w) || is_initial(w)
        } {
            j -= 1;
        }
        let (s, e) = (ws[i].start, ws[j].end);
        from = e;
        if skipped.overlaps(s, e) {
            continue;
        }
        if let Some(hit) = inverted(text, doc, lists, &ws, i, j) {
            from = hit.end;
            hits.push(hit);
            continue;
        }
        if let Some(hit) = judge(text, doc, lists, emails, &ws, i, j)
            .or_else(|| {
                let k = name_in_tail(text, lists, &ws, i, j)?;
                judge(text, doc, lists, emails, &ws, k, j)
            })
            .or_else(|| {
                caps_tail
                    .then(|| judge(text, doc, lists, emails, &ws, i, i))
                    .flatten()
            })
            .or_else(|| family_name_first(text, doc, lists, &ws, i, j))
            // ("ECA Zhang Wei": a rank's capitals joined the run.)
            .or_else(|| {
                (j == i + 2 && is_all_caps_name(&text[ws[i].start..ws[i].end]))
                    .then(|| family_name_first(text, doc, lists, &ws, i + 1, j))
                    .flatten()
            })
            .or_else(|| numbered_name(text, doc, lists, &ws, i, j))
            .or_else(|| {
                // "Patient SMITH, John": a word before a surname written first, which
                // joined the run ("Nicolas JOLY, Jason" was taken above as "Nicolas
                // JOLY").
                (j > i && !(i..j).any(|m| lists.is_first(&text[ws[m].start..ws[m].end])))
                    .then(|| inverted(text, doc, lists, &ws, j, j))
                    .flatten()
            })
            .or_else(|| {
                // "Station Manager Beddoes": a job's words as a rank before a surname.
                (j > i && rank_before(text, lists, &ws, j)).then(|| {
                    name_hit(
                        text,
                        doc,
                        lists,
                        (ws[j].start, ws[j].end),
                        NameCue::Title,
                        false,
                    )
                })
            })
        {
            // (Judged again from the particles: its seniority reads the title before.)
            let hit = match particles_from.filter(|_| hit.start == first.start) {
                Some(at) => name_hit(text, doc, lists, (at, hit.end), hit.cue, hit.unsure),
                None => hit,
            };
            from = from.max(hit.end);
            hits.push(hit);
        }
    }
    add_listed_with(text, doc, lists, &mut hits);
    add_chat_speakers(text, doc, lists, &mut hits);
    add_lowercase_names(text, doc, lists, emails, &mut hits);
    add_reversed_names(text, doc, lists, &mut hits);
    add_nicknames(text, doc, lists, &mut hits);
    add_login_names(text, doc, lists, &mut hits);
    add_labelled_user_names(text, doc, lists, &mut hits);
    add_dotted_mentions(text, doc, lists, &mut hits);
    add_account_names(text, doc, lists, &mut hits);
    add_labelled_initials(text, lists, &mut hits);
    add_short_names_before(text, lists, &mut hits);
    add_names_before_initialled(text, lists, &mut hits);
    add_titled_initials(text, doc, lists, &mut hits);
    add_initial_and_o_surname(text, doc, lists, &mut hits);
    add_display_names(text, doc, lists, &mut hits);
    add_called_and_here(text, doc, lists, &mut hits);
    add_initials_spelled_after(text, doc, lists, &mut hits);
    add_surname_first_lists(text, doc, lists, &mut hits);
    add_labelled_people(text, doc, lists, &mut hits);
    add_gaelic_surnames(text, doc, lists, &mut hits);
    add_dated_note_heads(text, &mut hits);
    add_initials_before_dates(text, &mut hits);
    add_small_initials_with_titles(text, lists, &mut hits);
    add_initials_after_roles(text, lists, &mut hits);
    add_user_name_keys(text, &mut hits);
    // (Nor a team's name before its team's address, in no list of names: "FOI /
    // Rhyddid Gwybodaeth <foi@…>".)
    hits.retain(|h| {
        !is_spelt_mailbox(text, lists, h.start, h.end)
            && (!emails.role_after(text, h.end)
                || display_name_listed(lists, &text[h.start..h.end]))
    });
    same_person_same_tier(text, &mut hits);
    add_later_mentions(text, doc, lists, words, &mut hits, skip);
    add_note_initials(text, &mut hits);
    add_loose_note_initials(text, doc, &mut hits);
    add_editor_initials(text, &mut hits);
    add_subject_initials(text, &mut hits);
    add_initials_key(text, doc, lists, &mut hits);
    add_defined_initials(text, lists, &mut hits);
    add_named_initials(text, lists, &mut hits);
    add_repeated_initials(text, &mut hits);
    add_record_surnames(text, lists, &mut hits);
    hits.sort_by_key(|h| h.start);
    hits
}

/// Who wrote each message of a chat pasted into the draft: capitalised words opening a
/// line, with the message's time after them ("Ruairidh Mac a' Phearsain 08:47: Morning
/// …") or before them in brackets ("[09:05] Eòghann MacIllEathain: On it"). Two such
/// lines at least, so that a timed agenda's item ("Lunch 12:30: buffet") is no chat; one
/// word is a writer only when it is a listed first name.
#[inline(never)]
fn add_chat_speakers(text: &str, doc: &Document, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    // (Each writer's span, and whether it is one word in no list, which must write
    // twice to count.)
    let mut found: Vec<(usize, usize, bool)> = Vec::new();
    let mut lines = 0;
    let mut last_line = usize::MAX;
    for colon in memchr::memchr_iter(b':', b) {
        // A time, "08:47" or "8:47", not part of a longer number.
        let (Some(&m1), Some(&m2)) = (b.get(colon + 1), b.get(colon + 2)) else {
            break;
        };
        if !(m1.is_ascii_digit() && m2.is_ascii_digit())
            || b.get(colon + 3).is_some_and(u8::is_ascii_digit)
        {
            continue;
        }
        let mut t = colon;
        while t > 0 && colon - t < 2 && b[t - 1].is_ascii_digit() {
            t -= 1;
        }
        if t == colon || t > 0 && b[t - 1].is_ascii_digit() {
            continue;
        }
        // (Looked for in the 64 bytes before the time only: a long line of times stays
        // linear.)
        let from = t.saturating_sub(65);
        let line = match memchr::memrchr(b'\n', &b[from..t]) {
            Some(i) => from + i + 1,
            None if from == 0 => 0,
            None => continue,
        };
        if t - line > 64 {
            continue;
        }
        // (A time may give its seconds, as a call's transcript does: "[00:00:19]".)
        let after = match (b.get(colon + 3), b.get(colon + 4), b.get(colon + 5)) {
            (Some(b':'), Some(s1), Some(s2))
                if s1.is_ascii_digit()
                    && s2.is_ascii_digit()
                    && !b.get(colon + 6).is_some_and(u8::is_ascii_digit) =>
            {
                colon + 6
            }
            _ => colon + 3,
        };
        let ends_message_head = |at: usize| match b.get(at) {
            Some(b':') => b
                .get(at + 1)
                .map_or(true, |&c| c == b' ' || c == b'\n' || c == b'\r'),
            _ => text[at..].starts_with(" - ") || text[at..].starts_with(" – "),
        };
        // ("Kowalska, Marta  09:14" or "Marta Kowalska 09:14" alone on its line, the
        // message on the lines below, as a chat app's window copies it.)
        let head_line = || {
            let r = &text[after..];
            r.is_empty() || r.starts_with('\n') || r.starts_with("\r\n")
        };
        // "Name 08:47: …", or "[08:47] Name: …".
        let span = if t > line + 1 && b[t - 1] == b' ' && ends_message_head(after) {
            Some((line, t - 1))
        } else if t > line + 1 && b[t - 1] == b' ' && b[line] != b'[' && head_line() {
            let name = text[line..t].trim_end();
            (!name.is_empty()).then_some((line, line + name.len()))
        } else if b[line] == b'['
            // ("[21/05/2024 09:20] Devendra Raghunathan": a date before the time, and
            // the message on the lines below, as Teams exports a chat; "[09/04/2024,
            // 08:12] Bev (Town Clerk): …", as WhatsApp does.)
            && (t == line + 1
                || t > line + 2
                    && b[t - 1] == b' '
                    && b[line + 1..t - 1]
                        .iter()
                        .all(|c| c.is_ascii_digit() || matches!(c, b'/' | b'-' | b'.' | b',')))
            && text[after..].starts_with("] ")
        {
            let from = after + 2;
            let end = text[from..]
                .find(['\n', ':'])
                .map_or(text.len(), |k| from + k);
            let own_line = t > line + 1 && text[end..].trim_start_matches('\r').starts_with('\n');
            ((text[end..].starts_with(':') || own_line) && end - from <= 64)
                .then_some((from, end.min(from + text[from..end].trim_end().len())))
        } else if t > line + 6
            && b[t - 1] == b' '
            && b[after] == b' '
            && b[line].is_ascii_digit()
            && b[line..t - 1]
                .iter()
                .all(|c| c.is_ascii_digit() || matches!(c, b'/' | b'-' | b'.'))
        {
            // ("03/01/2023 09:15 a.mcgrath2: dock not reachable", a ticket's log: its
            // date and time open the line, and its writer is after them.)
            let from = after + 1;
            let end = line_after(text, from, 64).find(':').map(|k| from + k);
            end.filter(|&e| e > from).map(|e| (from, e))
        } else {
            None
        };
        let Some((s, e)) = span else {
            continue;
        };
        // (A message head with its time in brackets, as chat apps and transcripts write
        // them, says the words are its writer's: capitalised words in no list of
        // ordinary ones are enough, one alone too ("[09:02] Thảo: …"), with their role
        // after them in ordinary words or in brackets ("Daz Caretaker", "Bev (Town
        // Clerk)"), a title before them ("Cllr Ngozi").)
        let bracketed = b[line] == b'[';
        let exported = || {
            let words: Vec<&str> = without_bracket_tail(&text[s..e]).split(' ').collect();
            let titles = words.iter().take_while(|w| lists.is_title(w)).count();
            let name_word = |w: &str| {
                is_capitalised(w)
                    && w.chars().count() >= 3
                    && !lists.is_not_name(w)
                    && !lists.job_words.contains_folded(w)
                    && !lists.is_title(w)
                    && !lists.written_lowercase(w, text)
            };
            let n = words[titles..].iter().take_while(|w| name_word(w)).count();
            let role = &words[titles + n..];
            let from: usize = words[..titles].iter().map(|w| w.len() + 1).sum();
            let to = from + words[titles..titles + n].join(" ").len();
            ((1..=4).contains(&n)
                && role.len() <= 2
                && role.iter().all(|w| {
                    is_capitalised(w)
                        && (lists.is_not_name(w) || lists.job_words.contains_folded(w))
                }))
            .then_some((from, to))
        };
        // ("[08:03] jpatel (Digital Services): …": a user name for the writer, in
        // lowercase, perhaps their team in brackets after it; no ordinary word.)
        // ("[22/04/2025 09:12] @seonaid.nicleoid: …", "@hamish": a handle after "@", as
        // Slack and Teams export their writers, is the person's whoever it names, a
        // first name alone too; the span keeps the "@".)
        let login = || {
            let head = &text[s..e];
            let at_sign = usize::from(head.starts_with('@'));
            let k = at_sign
                + head.as_bytes()[at_sign..]
                    .iter()
                    .take_while(|c| {
                        c.is_ascii_lowercase()
                            || c.is_ascii_digit()
                            || **c == b'.'
                            || at_sign == 1 && matches!(c, b'_' | b'-')
                    })
                    .count();
            let token = &head[at_sign..k];
            ((if at_sign == 1 { 2..=24 } else { 4..=16 }).contains(&token.len())
                && token.starts_with(|c: char| c.is_ascii_lowercase())
                && !token.ends_with('.')
                && (k == head.len() || head[k..].starts_with(" ("))
                && !lists.is_not_name(token)
                && (at_sign == 1 || !lists.is_first(token))
                && !role_account(token, lists)
                && !matches!(
                    token,
                    "admin" | "system" | "bot" | "root" | "guest" | "user"
                ))
            .then_some((0, k))
        };
        let Some((s, e)) = chat_speaker(&text[s..e], lists)
            .or_else(|| if bracketed { exported() } else { None })
            .or_else(login)
            .map(|(a, z)| (s + a, s + z))
        else {
            continue;
        };
        let lone = !text[s..e].contains(' ')
            && text[s..e].starts_with(char::is_uppercase)
            && !lists.is_first(&text[s..e]);
        if line != last_line {
            lines += 1;
            last_line = line;
        }
        found.push((s, e, lone));
    }
    if lines < 2 {
        return;
    }
    // (A word in no list as a writer twice at least: "[09:10] Welcome: …" once is a
    // heading.)
    let mut lone: Vec<&str> = found
        .iter()
        .filter(|f| f.2)
        .map(|&(s, e, _)| &text[s..e])
        .collect();
    lone.sort_unstable();
    let twice = |w: &str| {
        let k = lone.partition_point(|x| *x < w);
        lone.get(k + 1) == Some(&w)
    };
    // (A chat whose writers are handles after "@" mentions its people so inside the
    // messages too: "@domhnall.macaoidh can you confirm …". A handle of small letters,
    // digits, stops, "_" or "-", after a space, a line's start or a bracket, and not a
    // domain: its last part no top-level domain's.)
    if found.iter().any(|&(s, _, _)| b[s] == b'@') {
        // (The writers' starts, sorted, asked by halves: a long chat stays linear.)
        let mut writers: Vec<usize> = found.iter().map(|f| f.0).collect();
        writers.sort_unstable();
        for at in memchr::memchr_iter(b'@', b) {
            if at > 0 && !matches!(b[at - 1], b' ' | b'\n' | b'\t' | b'(' | b'[') {
                continue;
            }
            let k = b[at + 1..]
                .iter()
                .take(25)
                .take_while(|c| {
                    c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'_' | b'-')
                })
                .count();
            let token = text[at + 1..at + 1 + k].trim_end_matches(['.', '-', '_']);
            let joined = b
                .get(at + 1 + k)
                .is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80 || c == b'@');
            let domain = token.rsplit_once('.').is_some_and(|(_, tld)| {
                matches!(
                    tld,
                    "com"
                        | "uk"
                        | "org"
                        | "net"
                        | "gov"
                        | "io"
                        | "ac"
                        | "nhs"
                        | "scot"
                        | "wales"
                        | "eu"
                        | "info"
                )
            });
            if (2..=24).contains(&token.len())
                && token.starts_with(|c: char| c.is_ascii_lowercase())
                && !joined
                && !domain
                && !lists.is_not_name(token)
                && !role_account(token, lists)
                && writers.binary_search(&at).is_err()
            {
                found.push((at, at + 1 + token.len(), false));
            }
        }
    }
    // Not a name found already, whole (one search each: a long chat stays linear).
    let named = SpanSet::new(hits.iter().map(|h| (h.start, h.end)).collect());
    for &(s, e, single) in &found {
        if named.covers(s, e) || single && !twice(&text[s..e]) {
            continue;
        }
        hits.push(name_hit(
            text,
            doc,
            lists,
            (s, e),
            NameCue::ChatSpeaker,
            false,
        ));
    }
}

/// Names written in lowercase, as chats, notes and service desks write them: "thanks,
/// priya" closing a note, "Requester: jordan kettleby", "Caller: brennan, joanne". Only
/// where the place says a person stands (a sign-off, or a label for a person before a
/// colon), and only words the lists hold as names: a listed first name alone, a first
/// name and a surname, or a surname, a comma and a first name.
#[inline(never)]
fn add_lowercase_names(
    text: &str,
    doc: &Document,
    lists: &Lookup,
    emails: &EmailIndex,
    hits: &mut Vec<NameHit>,
) {
    let b = text.as_bytes();
    let mut found: Vec<(usize, usize, NameCue)> = Vec::new();
    // A label for a person before a colon ("Requester: ", "| Caller: ").
    for colon in memchr::memchr_iter(b':', b) {
        let Some(mut label_start) = label_before_colon(b, colon) else {
            continue;
        };
        let mut label = &text[label_start..colon];
        // ("Noted by: gethin ap dafydd": who did it.)
        if let Some(v) = done_by_label(text, label_start, colon) {
            label_start = v;
            label = "reviewer";
        }
        // The label opens its line or its cell.
        let opens = text[..label_start]
            .trim_end_matches([' ', '\t'])
            .as_bytes()
            .last()
            // ("Cofnodwyd gan / Noted by:": after a label in another language.)
            .map_or(true, |&c| {
                matches!(c, b'\n' | b'|' | b'\t' | b'-' | b'*' | b'/')
            });
        if label.len() < 4
            || !opens
            || !PERSON_LABELS
                .iter()
                .chain(SUBJECT_LABELS.iter())
                .any(|l| l.eq_ignore_ascii_case(label))
        {
            continue;
        }
        let from =
            colon + 1 + text[colon + 1..].len() - text[colon + 1..].trim_start_matches(' ').len();
        if let Some((s, e)) = lowercase_name_at(text, lists, emails, from, true) {
            found.push((s, e, NameCue::Lowercase));
        } else if let Some((s, e)) = surname_first_at(text, lists, from) {
            found.push((s, e, NameCue::Labelled));
        }
    }
    // A title in lowercase before a name in lowercase ("req in from dr anand
    // krishnamurthy").
    for title in ["dr ", "mr ", "mrs ", "ms ", "miss "] {
        for k in memchr::memmem::find_iter(b, title.as_bytes()) {
            if k > 0 && (b[k - 1].is_ascii_alphanumeric() || matches!(b[k - 1], b'-' | b'_' | b'.'))
            {
                continue;
            }
            let from = k + title.len();
            if let Some((s, e)) = lowercase_name_at(text, lists, emails, from, true) {
                found.push((s, e, NameCue::Lowercase));
            }
        }
    }
    // A sign-off and a first name on its line ("thanks, priya", "cheers priya").
    let mut line = 0;
    while line < b.len() {
        let end = memchr::memchr(b'\n', &b[line..]).map_or(b.len(), |k| line + k);
        let l = &text[line..end];
        // "… Nothing has been taken out yet - nnamdi": a note signed after a dash at its
        // line's end, the name in lowercase.
        let tail = l.trim_end_matches(['\r', ' ', '.']);
        if let Some(k) = [" - ", " – ", " — "].iter().find_map(|d| {
            tail.rfind(d)
                .filter(|&k| tail.len() - k <= 20 + d.len())
                .map(|k| k + d.len())
        }) {
            let from = line + k;
            let w = &text[from..line + tail.len()];
            if w.len() >= 3
                && w.bytes().all(|c| c.is_ascii_lowercase())
                && !LOWERCASE_WORD_NAMES.contains(&w)
                && lowercase_first_name(lists, w)
            {
                found.push((from, from + w.len(), NameCue::Lowercase));
            }
        }
        if l.len() < 48 {
            let t = l.trim_start();
            let lead = line + (l.len() - t.len());
            let lower = t.get(..16).unwrap_or(t).to_ascii_lowercase();
            if let Some(k) = SIGN_OFF_WORDS.iter().find_map(|w| {
                lower
                    .strip_prefix(w)
                    .filter(|r| r.starts_with([',', ' ']))
                    .map(|_| w.len())
            }) {
                let rest = &t[k..];
                let from = lead + k + (rest.len() - rest.trim_start_matches([',', ' ']).len());
                if let Some((s, e)) = lowercase_name_at(text, lists, emails, from, false) {
                    found.push((s, e, NameCue::Lowercase));
                }
            }
        }
        line = end + 1;
    }
    let mut found: Vec<(usize, usize, NameCue, bool)> = found
        .into_iter()
        .map(|(s, e, cue)| (s, e, cue, false))
        .collect();
    add_lowercase_note_names(text, lists, &mut found);
    if found.is_empty() {
        return;
    }
    push_unnamed(text, doc, lists, hits, found);
}

/// A first name in a note written all in lowercase, where the words around it say a
/// person ("asked tunde in county ict", "draft for sandeep to check", "it was bea who
/// spoke to him"), as they would of the name capitalised, or a listed surname after it
/// ("mohammed iqbal"): for review. Only a listed first name that is no ordinary word,
/// on a line with no capitalised word.
#[inline(never)]
fn add_lowercase_note_names(
    text: &str,
    lists: &Lookup,
    found: &mut Vec<(usize, usize, NameCue, bool)>,
) {
    let b = text.as_bytes();
    let mut line = 0;
    while line < b.len() {
        let end = memchr::memchr(b'\n', &b[line..]).map_or(b.len(), |k| line + k);
        let l = &b[line..end];
        let next_line = end + 1;
        // (Capitals alone may stand in it, "IQBAL M.", "NVR"; not a capitalised word.)
        if l.len() < 16
            || l.len() > 1000
            || l.windows(2)
                .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_lowercase())
        {
            line = next_line;
            continue;
        }
        let mut k = line;
        while k < end {
            if !b[k].is_ascii_lowercase() {
                k += 1;
                continue;
            }
            let s = k;
            while k < end
                && (b[k].is_ascii_lowercase()
                    || b[k] == b'-' && b.get(k + 1).is_some_and(u8::is_ascii_lowercase))
            {
                k += 1;
            }
            let e = k;
            // (A word of its own: not inside an address, a path or a file's name.)
            let joined = |c: u8| {
                c.is_ascii_alphanumeric() || matches!(c, b'@' | b'/' | b'_' | b'\\' | b'.' | b'\'')
            };
            if !(3..=12).contains(&(e - s))
                || s > 0
                    && joined(b[s - 1])
                    && !(b[s - 1] == b'\'' || b[s - 1] == b'.' && s >= 2 && b[s - 2] == b' ')
                || b.get(e).is_some_and(|&c| {
                    c.is_ascii_alphanumeric()
                        || matches!(c, b'@' | b'/' | b'_' | b'\\')
                        || c == b'.' && b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric)
                })
            {
                continue;
            }
            let word = &text[s..e];
            if !lowercase_first_name(lists, word) {
                continue;
            }
            // "mohammed iqbal", "ruth o'halloran", "beatriz soares-lima": a listed
            // surname, no ordinary word, right after it.
            if b.get(e) == Some(&b' ') {
                let ss = e + 1;
                let mut se = ss;
                while se < end
                    && (b[se].is_ascii_lowercase()
                        || matches!(b[se], b'-' | b'\'')
                            && b.get(se + 1).is_some_and(u8::is_ascii_lowercase))
                {
                    se += 1;
                }
                let surname = name_case(&text[ss..se]);
                let listed = |w: &str| lists.is_surname(w) && !lists.is_not_name(w);
                // (Where a person stands: in brackets, "mo (mohammed iqbal, …)", or after
                // a job, "branch supervisor ruth o'halloran (mob …)".)
                // (Or before a bracket of their own, "deirdre quigley (security mgr)";
                // before their address, "tomas whitfield, tomas.whitfield79@…"; after a
                // word of writing to or hearing from them, "emailed dave okonjo".)
                let placed = || {
                    let lower = text[ss..se].to_ascii_lowercase();
                    let after = line_after(text, se, 80);
                    text[..s].ends_with('(')
                        || after.starts_with(" (")
                        || after.strip_prefix(", ").is_some_and(|r| {
                            r.split([' ', ',', ';'])
                                .next()
                                .and_then(|t| t.split_once('@'))
                                .is_some_and(|(local, _)| {
                                    local.to_ascii_lowercase().contains(lower.as_str())
                                })
                        })
                        || previous_word_gap(text, line, s).is_some_and(|(w, gap)| {
                            gap == " "
                                && (lists.job_words.contains_folded(w)
                                    || matches!(
                                        w,
                                        "from"
                                            | "emailed"
                                            | "cc"
                                            | "told"
                                            | "asked"
                                            | "rang"
                                            | "called"
                                            | "met"
                                    ))
                        })
                };
                if se - ss >= 3
                    && !b.get(se).is_some_and(|c| {
                        c.is_ascii_alphanumeric() || matches!(c, b'@' | b'/' | b'_')
                    })
                    && (listed(&surname) || surname.contains('-') && surname.split('-').all(listed))
                    && placed()
                {
                    found.push((s, se, NameCue::Lowercase, true));
                    k = se;
                    continue;
                }
            }
            let prev = previous_word_gap(text, line, s);
            let next = next_word_gap(text, e, end);
            // "kehinde mob 07700 900903": a first name before their own number's label;
            // "sc 4471 (gareth)": a first name alone in brackets.
            let own_number = next.is_some_and(|(n, gap)| {
                gap == " " && matches!(n, "mob" | "mobile" | "tel" | "ext")
            });
            // (In brackets of its own, and then what they did or a dash: not a code's
            // "xmalloc(len);", a release's "0.119 (jessie),", "2.49e (alpha).".)
            let bracketed = || {
                text[..s].ends_with(" (")
                    && b.get(e) == Some(&b')')
                    && (text[e + 1..].starts_with(" – ")
                        || text[e + 1..].starts_with(" - ")
                        || next_word_gap(text, e + 1, end).is_some_and(|(n, gap)| {
                            gap == " "
                                && n.bytes().all(|c| c.is_ascii_lowercase())
                                && !matches!(
                                    n,
                                    "and"
                                        | "or"
                                        | "is"
                                        | "are"
                                        | "was"
                                        | "were"
                                        | "in"
                                        | "on"
                                        | "of"
                                        | "for"
                                        | "to"
                                        | "from"
                                        | "with"
                                        | "the"
                                        | "a"
                                        | "an"
                                        | "as"
                                        | "which"
                                        | "that"
                                        | "by"
                                        | "at"
                                )
                        }))
            };
            // (Not a word as well as a name: "(max)".)
            if (own_number || bracketed()) && !LOWERCASE_WORD_NAMES.contains(&word) {
                found.push((s, e, NameCue::Lowercase, true));
                continue;
            }
            // (Not before a modal or "is": "abi can", "darwin is" are a program's.)
            let weak = next.is_some_and(|(n, _)| {
                matches!(
                    n,
                    "can" | "could" | "should" | "would" | "is" | "was" | "will" | "needs"
                )
            });
            // (In running words: not a program's part before a colon, "pam: include",
            // nor a tag, "[dev]", nor an item of a list, "max, min".)
            let prose = prev.map_or(true, |(_, gap)| gap == " ")
                && next.map_or(true, |(_, gap)| gap == " ")
                && !matches!(b.get(e), Some(b':' | b']' | b')' | b','));
            if prose && !weak && mention_context(text, (s, e), prev, next, Mention::Lone) {
                found.push((s, e, NameCue::Lowercase, true));
            }
        }
        line = next_line;
    }
}

/// A word in lowercase written as the lists write names: a capital first and after
/// each hyphen or apostrophe ("o'halloran" -> "O'Halloran", "soares-lima" ->
/// "Soares-Lima").
fn name_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut up = true;
    for c in w.chars() {
        if up {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        up = matches!(c, '-' | '\'');
    }
    out
}

/// The word before `s` on its line (from `line`), and the bytes between: ("asked", " ").
fn previous_word_gap(text: &str, line: usize, s: usize) -> Option<(&str, &str)> {
    let b = text.as_bytes();
    let mut k = s;
    while k > line && matches!(b[k - 1], b' ' | b',' | b'"' | b'(' | b'\t') {
        k -= 1;
    }
    let we = k;
    while k > line && (b[k - 1].is_ascii_alphanumeric() || b[k - 1] == b'/') {
        k -= 1;
    }
    (k < we).then(|| (&text[k..we], &text[we..s]))
}

/// The word after `e` on its line (to `end`), and the bytes between: ("says", " ").
fn next_word_gap(text: &str, e: usize, end: usize) -> Option<(&str, &str)> {
    let b = text.as_bytes();
    let mut k = e;
    while k < end && matches!(b[k], b' ' | b',' | b'"' | b')' | b'\t') {
        k += 1;
    }
    let ws = k;
    while k < end && b[k].is_ascii_alphanumeric() {
        k += 1;
    }
    (ws < k).then(|| (&text[ws..k], &text[e..ws]))
}

/// A person written surname first after a label for them, capitalised: "Patient:
/// MacAoidh, Eòghann  CHI …". The given name must be a listed first name; the surname
/// any capitalised word that is no ordinary one; the field must end after them.
fn surname_first_at(text: &str, lists: &Lookup, from: usize) -> Option<(usize, usize)> {
    let e1 = name_word_end(text, from);
    let w1 = &text[from..e1];
    let s2 = e1 + text[e1..].strip_prefix(", ").map(|_| 2)?;
    let e2 = name_word_end(text, s2);
    let w2 = &text[s2..e2];
    let r = &text[e2..];
    let ends = r.is_empty()
        || r.starts_with(['\n', '\r', '\t', '|', ',', ';', '('])
        || r.starts_with("  ")
        || r.starts_with(" (");
    (ends
        && w1.chars().count() >= 2
        && is_capitalised(w1)
        && is_capitalised(w2)
        && !lists.is_not_name(w1)
        && lists.is_first(w2)
        && !lists.is_not_name(w2))
    .then_some((from, e2))
}

/// Sign-offs before a first name on the same line, in lowercase.
const SIGN_OFF_WORDS: [&str; 7] = [
    "many thanks",
    "thanks",
    "thank you",
    "cheers",
    "regards",
    "best wishes",
    "ta",
];

/// A name in lowercase starting at `from` and ending where a name's place ends (the
/// line, a bracket, a bar, a tab, two spaces, a comma or an email in angle brackets):
/// a listed first name alone, a first name and a surname ("jordan kettleby", "kat
/// o'hara"; after a label, any word after the first name; anywhere, two words an email
/// address of the draft spells), or after a label a surname, a comma and a first name
/// ("brennan, joanne").
fn lowercase_name_at(
    text: &str,
    lists: &Lookup,
    emails: &EmailIndex,
    from: usize,
    labelled: bool,
) -> Option<(usize, usize)> {
    let word_end = |at: usize| {
        text[at..]
            .find(|c: char| !(c.is_lowercase() || matches!(c, '-' | '\'' | '’')))
            .map_or(text.len(), |n| at + n)
    };
    let plain = |w: &str| {
        w.len() >= 3
            && w.chars().next().is_some_and(char::is_lowercase)
            && w.chars().last().is_some_and(char::is_lowercase)
    };
    let ends_place = |at: usize| {
        let r = &text[at..];
        r.is_empty()
            || r.starts_with(['\n', '\r', '\t', '|', ',', ';', '('])
            || r.starts_with(" <")
            || r.starts_with(" (")
            || r.starts_with(" |")
            || r.starts_with("  ")
            || r.starts_with(" - ")
            || r.starts_with(" – ")
            || r.starts_with(" x\n")
            || r.starts_with(['.', '!']) && r[1..].trim_start_matches([' ', '\r']).starts_with('\n')
    };
    let e1 = word_end(from);
    let w1 = &text[from..e1];
    if !plain(w1) || lists.is_not_name(w1) {
        return None;
    }
    // A first name and a surname.
    if text[e1..].starts_with(' ') {
        let mut s2 = e1 + 1;
        // ("gethin ap dafydd", "joost van dijk": a particle between them.)
        let p = word_end(s2);
        if matches!(
            &text[s2..p],
            "ap" | "ab" | "van" | "von" | "de" | "da" | "di" | "du" | "le" | "la" | "del" | "bin"
        ) && text[p..].starts_with(' ')
        {
            s2 = p + 1;
        }
        let e2 = word_end(s2);
        let w2 = &text[s2..e2];
        // (After a label a listed first name is enough, and an email address that
        // spells the two words is enough anywhere: "kat o'hara <kat.ohara92@…>".)
        if plain(w2)
            && !lists.is_not_name(w2)
            && ends_place(e2)
            && (lists.is_first(w1) && (labelled || lists.is_surname(w2))
                || emails.spells(&[w1, w2]))
        {
            return Some((from, e2));
        }
    }
    // A surname, a comma and a first name, after a label.
    if labelled && text[e1..].starts_with(", ") {
        let s2 = e1 + 2;
        let e2 = word_end(s2);
        let w2 = &text[s2..e2];
        if plain(w2)
            && lists.is_surname(w1)
            && lists.is_first(w2)
            && !lists.is_not_name(w2)
            && ends_place(e2)
        {
            return Some((from, e2));
        }
    }
    (lists.is_first(w1) && ends_place(e1)).then_some((from, e1))
}

/// A person the draft names "First Surname", written again surname first ("Iain
/// Dòmhnallach" … "Dòmhnallach, Iain"): the same person, whatever the lists hold of the
/// surname; or as its surname and initial ("MENSAH K", "Mensah K"). Only names of two
/// capitalised words, 32 of them at most.
#[inline(never)]
fn add_reversed_names(text: &str, doc: &Document, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let mut keys: Vec<(String, bool)> = Vec::new();
    for h in hits.iter() {
        let name = &text[h.start..h.end];
        let Some((first, last)) = name.split_once(' ') else {
            continue;
        };
        let initial_only = first.len() == 2 && first.ends_with('.') && is_initial(&first[..1]);
        if last.contains(' ')
            || first.chars().count() < 2
            || last.chars().count() < 3
            || !(is_capitalised(first) || initial_only)
            || !is_capitalised(last)
            || lists.is_title(first)
        {
            continue;
        }
        keys.push((format!("{last}, {first}"), h.unsure));
        // ("K. Mensah" … "MENSAH K}}", "Mensah K": the surname and the initial, as a
        // register or a note's signature writes them.)
        if let Some(initial) = first.chars().next().filter(char::is_ascii_uppercase) {
            keys.push((format!("{} {initial}", last.to_uppercase()), h.unsure));
            keys.push((format!("{last} {initial}"), h.unsure));
        }
        if keys.len() >= 96 {
            break;
        }
    }
    if keys.is_empty() {
        return;
    }
    keys.sort_unstable();
    keys.dedup_by(|a, b| a.0 == b.0);
    let found = whole_words(text, keys.iter().map(|k| k.0.as_str()), true);
    if found.is_empty() {
        return;
    }
    let found = found.into_iter().map(|(s, e)| {
        // (As sure as the name it repeats.)
        let unsure = keys
            .binary_search_by(|k| k.0.as_str().cmp(&text[s..e]))
            .is_ok_and(|i| keys[i].1);
        (s, e, NameCue::EarlierMention, unsure)
    });
    push_unnamed(text, doc, lists, hits, found.collect());
}

/// Names a draft gives a person by: in brackets after their name ("Małgorzata
/// Wiśniewska (Gosia)") or inside it ("Babatunde (Tunde) Adeyemi-Cole"), or in quotes
/// before a surname ("\"Mack\" McAllister"). The name in brackets or quotes must be a
/// listed first name; a surname after it, capitalised and no ordinary word.
#[inline(never)]
fn add_nicknames(text: &str, doc: &Document, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let ends: HashMap<usize, bool> = hits.iter().map(|h| (h.end, h.unsure)).collect();
    let mut found: Vec<(usize, usize, NameCue, bool)> = Vec::new();
    let nick = |s: usize| {
        let e = name_word_end(text, s);
        let w = &text[s..e];
        (e > s && is_capitalised(w) && w.len() >= 3 && lists.is_first(w) && !lists.is_not_name(w))
            .then_some(e)
    };
    let surname_at = |s: usize| {
        let e = name_word_end(text, s);
        let w = &text[s..e];
        (e > s && is_capitalised(w) && w.chars().count() >= 3 && !lists.is_not_name(w)).then_some(e)
    };
    // (In quotes between a first name and a surname, a nickname need be in no list:
    // "Tom \"Tucker\" Rowe".)
    let quoted_nick = |s: usize| nick(s).or_else(|| surname_at(s));
    for open in memchr::memchr3_iter(b'(', b'"', 0xE2, b) {
        let quote = match b[open] {
            b'(' => None,
            b'"' => Some(1),
            // A left double quotation mark, U+201C.
            _ if text[open..].starts_with('“') => Some(3),
            _ => continue,
        };
        if open < 2 || b[open - 1] != b' ' && quote.is_none() {
            continue;
        }
        let Some(close) = (match quote {
            None => nick(open + 1).filter(|&e| b.get(e) == Some(&b')')),
            Some(n) => quoted_nick(open + n)
                .filter(|&e| text[e..].starts_with('"') || text[e..].starts_with('”')),
        }) else {
            continue;
        };
        let after = close
            + if b[close] == b'"' || b[close] == b')' {
                1
            } else {
                3
            };
        match quote {
            None => {
                // After a name the draft found: the same person.
                if let Some(&unsure) = ends.get(&(open - 1)) {
                    found.push((open + 1, close, NameCue::EarlierMention, unsure));
                    continue;
                }
                // Inside a name: a listed first name before it, a surname after it.
                let w1_start = text[..open - 1]
                    .rfind(|c: char| !is_name_char(c))
                    .map_or(0, |k| {
                        k + text[k..].chars().next().map_or(1, char::len_utf8)
                    });
                let w1 = &text[w1_start..open - 1];
                if is_capitalised(w1)
                    && lists.is_first(w1)
                    && !lists.is_not_name(w1)
                    && b.get(after) == Some(&b' ')
                {
                    if let Some(e) = surname_at(after + 1) {
                        found.push((
                            w1_start,
                            e,
                            NameCue::FirstAndSurname,
                            !lists.is_surname(&text[after + 1..e]),
                        ));
                    }
                }
            }
            Some(_) => {
                if b.get(after) != Some(&b' ') {
                    continue;
                }
                let Some(e) = surname_at(after + 1) else {
                    continue;
                };
                // Inside a name, after its first name ("Georgina \"Gina\" Tallis"): a
                // space before the quote, the word before that. (Read back from the
                // space only: the byte before the quote may be inside a character.)
                let spaced = open > 0 && b[open - 1] == b' ';
                let w1_end = if spaced { open - 1 } else { open };
                let w1_start = run_start(text, w1_end, 32, is_name_char);
                let w1 = &text[w1_start..w1_end];
                if spaced && is_capitalised(w1) && lists.is_first(w1) && !lists.is_not_name(w1) {
                    // (Each word its own finding: the nickname is how the draft names
                    // them again.)
                    let unsure = !lists.is_surname(&text[after + 1..e]);
                    let s = open + quote.unwrap_or(1);
                    found.push((w1_start, open - 1, NameCue::FirstAndSurname, unsure));
                    found.push((s, close, NameCue::FirstAndSurname, unsure));
                    found.push((after + 1, e, NameCue::FirstAndSurname, unsure));
                } else if lists.is_surname(&text[after + 1..e])
                    && nick(open + quote.unwrap_or(1)).is_some()
                {
                    // A nickname in quotes before a listed surname: each is the person's.
                    let s = open + quote.unwrap_or(1);
                    found.push((s, close, NameCue::FirstAndSurname, false));
                    found.push((after + 1, e, NameCue::FirstAndSurname, false));
                }
            }
        }
    }
    if found.is_empty() {
        return;
    }
    push_unnamed(text, doc, lists, hits, found);
}

/// A name given after a word for a person and "called" or "named" ("a carer called
/// Róisín arrived", "a guard named Kev"), and a writer naming themself ("Ana here
/// (Beatriz to payroll)", "Hi all, Sam here."): not a thing's name ("a system called
/// Encompass").
#[inline(never)]
fn add_called_and_here(text: &str, doc: &Document, lists: &Lookup, hits: &mut Vec<NameHit>) {
    const PERSON_NOUNS: [&str; 28] = [
        "carer",
        "man",
        "woman",
        "lady",
        "gentleman",
        "boy",
        "girl",
        "child",
        "officer",
        "worker",
        "colleague",
        "someone",
        "somebody",
        "nurse",
        "driver",
        "guard",
        "neighbour",
        "friend",
        "person",
        "resident",
        "member",
        "tenant",
        "volunteer",
        "engineer",
        "technician",
        "manager",
        "son",
        "daughter",
    ];
    let b = text.as_bytes();
    let word_end = |from: usize| {
        text[from..]
            .char_indices()
            .take(24)
            .take_while(|&(_, c)| is_name_char(c))
            .last()
            .map_or(from, |(p, c)| from + p + c.len_utf8())
    };
    let mut found = Vec::new();
    for marker in [&b" called "[..], b" named "] {
        for k in memchr::memmem::find_iter(b, marker) {
            let noun = previous_word_of(text, k);
            if !PERSON_NOUNS.contains(&noun) {
                continue;
            }
            let s = k + marker.len();
            let e = word_end(s);
            let w = &text[s..e];
            if e == s || !is_capitalised(w) || is_team_word(w) || lists.is_not_name(w) {
                continue;
            }
            // (With a surname after it: "a carer called Róisín Doyle".)
            let e2 = text[e..]
                .strip_prefix(' ')
                .map(|_| word_end(e + 1))
                .filter(|&e2| e2 > e + 1 && is_capitalised(&text[e + 1..e2]))
                .filter(|&e2| lists.is_surname(&text[e + 1..e2]))
                .unwrap_or(e);
            found.push((s, e2, NameCue::FirstName, !lists.is_first(w)));
        }
    }
    for k in memchr::memmem::find_iter(b, b" here") {
        let after = b.get(k + 5).copied();
        if !matches!(
            after,
            None | Some(b' ' | b',' | b'.' | b'(' | b'!' | b'\n' | b'\r')
        ) {
            continue;
        }
        let s = run_start(text, k, 24, is_letter);
        let w = &text[s..k];
        let before = text[..s].trim_end_matches([' ', '>']);
        let opens = before.is_empty() || before.ends_with(['\n', ',', '.', '!']);
        if s < k
            && opens
            && is_capitalised(w)
            && lists.is_first(w)
            && !lists.is_not_name(w)
            && !lists.is_place(w)
        {
            found.push((s, k, NameCue::FirstName, false));
        }
    }
    // "Shore crew member Jago reports …": a capitalised word after a word for a person
    // and before what a person does.
    for verb in [
        " reports ",
        " reported ",
        " said ",
        " says ",
        " rang ",
        " told ",
    ] {
        for k in memchr::memmem::find_iter(b, verb.as_bytes()) {
            let s = run_start(text, k, 24, is_letter);
            let w = &text[s..k];
            if s == k
                || s == 0
                || b[s - 1] != b' '
                || !is_capitalised(w)
                || is_team_word(w)
                || lists.is_not_name(w)
                || lists.is_place(w)
            {
                continue;
            }
            if PERSON_NOUNS.contains(&previous_word_of(text, s - 1)) {
                found.push((s, k, NameCue::FirstName, !lists.is_first(w)));
            }
        }
    }
    // "Dafydd P + me", "Hollie B on site": a listed first name and an initial alone,
    // or with its stop ("deputy Priyanka R. to pick up").
    for k in memchr::memchr_iter(b' ', b) {
        let Some(&c) = b.get(k + 1) else { break };
        let mut after = b.get(k + 2).copied();
        let dot = after == Some(b'.')
            && matches!(
                b.get(k + 3),
                None | Some(b' ' | b',' | b')' | b'\n' | b'\r' | b';')
            );
        if dot {
            after = b.get(k + 3).copied();
        }
        if !c.is_ascii_uppercase()
            || !matches!(
                after,
                None | Some(b' ' | b',' | b'+' | b')' | b'\n' | b'\r' | b';')
            )
            || matches!(c, b'A' | b'I')
        {
            continue;
        }
        // (Not before a capitalised word: "Dafydd P Jones" is the name pass's.)
        if after == Some(b' ')
            && b.get(k + 3 + usize::from(dot))
                .is_some_and(u8::is_ascii_uppercase)
        {
            continue;
        }
        let s = run_start(text, k, 24, is_letter);
        let w = &text[s..k];
        let opens = s == 0 || !is_letter(text[..s].chars().next_back().unwrap_or(' '));
        if s < k
            && opens
            && is_capitalised(w)
            && lists.is_first(w)
            && !lists.is_not_name(w)
            && !lists.is_place(w)
            // (Not after a capital and one mark: "O’Neill Q", "J. Grace A".)
            && !text[..s].chars().rev().nth(1).is_some_and(char::is_uppercase)
        {
            found.push((s, k + 2 + usize::from(dot), NameCue::FirstName, true));
        }
    }
    push_unnamed(text, doc, lists, hits, found);
}

/// A name shown before an email address in angle brackets, as mail shows its sender
/// ("Requester (via WhatDoTheyKnow): Kerenza Polglase <request-…@whatdotheyknow.com>"),
/// wherever it stands: two or three capitalised words, none a team's or a body's word.
/// For review unless a listed first name or surname is among them.
#[inline(never)]
fn add_display_names(text: &str, doc: &Document, lists: &Lookup, hits: &mut Vec<NameHit>) {
    const BODY_WORDS: [&str; 40] = [
        "Council",
        "Trust",
        "Ltd",
        "Limited",
        "University",
        "College",
        "School",
        "Police",
        "Board",
        "Authority",
        "Group",
        "Foundation",
        "Partnership",
        "Hospital",
        "Info",
        "Information",
        "Noreply",
        "No-Reply",
        "Customer",
        "Finance",
        "Payroll",
        "Estates",
        "Facilities",
        "Digital",
        "Security",
        "Operations",
        "Mail",
        "Newsletter",
        "News",
        "Alerts",
        "Notifications",
        "Bookings",
        "Sales",
        "Accounts",
        "Portal",
        "System",
        "Systems",
        "FOI",
        "IT",
        "NHS",
    ];
    let b = text.as_bytes();
    let mut found = Vec::new();
    for k in memchr::memmem::find_iter(b, b" <") {
        // An address, then ">": "<name@host>".
        let rest = &b[k + 2..b.len().min(k + 2 + 120)];
        let Some(close) = memchr::memchr(b'>', rest) else {
            continue;
        };
        let addr = &rest[..close];
        if !addr.contains(&b'@') || addr.iter().any(|c| c.is_ascii_whitespace() || *c == b'<') {
            continue;
        }
        // Up to three words back, each capitalised.
        let mut s = k;
        let mut words = 0;
        loop {
            let ws = run_start(text, s, 24, is_name_char);
            let w = &text[ws..s];
            if ws == s || !is_capitalised(w) || is_team_word(w) || BODY_WORDS.contains(&w) {
                break;
            }
            s = ws;
            words += 1;
            if words == 3 || s == 0 || b[s - 1] != b' ' {
                break;
            }
            // (Not on past a word in small letters or a label: the name's start.)
            let prev = text[..s - 1]
                .char_indices()
                .next_back()
                .map_or(' ', |(_, c)| c);
            if !is_letter(prev) {
                break;
            }
            s -= 1;
            let prev_start = run_start(text, s, 24, is_name_char);
            if !is_capitalised(&text[prev_start..s]) {
                s += 1;
                break;
            }
        }
        if words < 2 {
            continue;
        }
        // The name opens its line or follows a label, a comma or a bracket.
        let before = text[..s].trim_end_matches([' ', '\t']);
        if !(before.is_empty() || before.ends_with(['\n', ':', ',', ';', '(', '>', '"'])) {
            continue;
        }
        if is_spelt_mailbox(text, lists, s, k) {
            continue;
        }
        found.push((
            s,
            k,
            NameCue::MailHeader,
            !display_name_listed(lists, &text[s..k]),
        ));
    }
    push_unnamed(text, doc, lists, hits, found);
}

/// Is a listed first name or surname among a display name's words?
fn display_name_listed(lists: &Lookup, name: &str) -> bool {
    name.split(' ')
        .next()
        .is_some_and(|f| lists.is_first(f) && !lists.is_not_name(f))
        || name.rsplit(' ').next().is_some_and(|l| lists.is_surname(l))
}

/// Is the name at `s..e` a mailbox's, shown before the address that spells it, its
/// words in no list of names ("Planning Enforcement <planning.enforcement@…>")? A
/// team's, not a person's.
fn is_spelt_mailbox(text: &str, lists: &Lookup, s: usize, e: usize) -> bool {
    let Some(rest) = text[e..].strip_prefix(" <") else {
        return false;
    };
    let Some(at) = rest.get(..rest.len().min(64)).and_then(|r| r.find('@')) else {
        return false;
    };
    let local = rest[..at].to_ascii_lowercase();
    let name = &text[s..e];
    let folded: Vec<String> = name.split(' ').map(fold).collect();
    // (Ordinary words each: "Siarhei Siamashka <siarhei.siamashka@…>" is a person whose
    // name no list holds.)
    [".", "_", "-", ""].iter().any(|j| folded.join(j) == local)
        && !display_name_listed(lists, name)
        && name
            .split(' ')
            .all(|w| lists.is_not_name(w) || is_team_word(w))
}

/// An initial before an Irish surname with its "O'" ("T. O'Súilleabháin", "K. O’Dwyer"),
/// which only a surname has, whatever the lists hold of it.
#[inline(never)]
fn add_initial_and_o_surname(text: &str, doc: &Document, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let mut found = Vec::new();
    for k in memchr::memchr2_iter(b'\'', 0x99, b) {
        // The apostrophe, or the last byte of "’" (E2 80 99).
        let apostrophe = if b[k] == b'\'' {
            k
        } else if k >= 2 && b[k - 2] == 0xE2 && b[k - 1] == 0x80 {
            k - 2
        } else {
            continue;
        };
        let after = k + 1;
        if apostrophe < 4
            || b[apostrophe - 1] != b'O'
            || b[apostrophe - 2] != b' '
            || b[apostrophe - 3] != b'.'
            || !b[apostrophe - 4].is_ascii_uppercase()
            || apostrophe >= 5
                && is_letter(text[..apostrophe - 4].chars().next_back().unwrap_or(' '))
            || !text[after..].starts_with(|c: char| c.is_uppercase())
        {
            continue;
        }
        let e = name_word_end(text, after);
        if e - after >= 3 && text[after..e].chars().skip(1).all(|c| !c.is_uppercase()) {
            found.push((apostrophe - 4, e, NameCue::FirstAndSurname, false));
        }
    }
    push_unnamed(text, doc, lists, hits, found);
}

/// A title before a double surname's initials ("Dr E-H rang", "Mentioned Mr P-S by
/// name"): how a note names a person it does not spell out.
#[inline(never)]
fn add_titled_initials(text: &str, doc: &Document, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let mut found = Vec::new();
    for k in memchr::memchr_iter(b'-', b) {
        if k < 4
            || !b[k - 1].is_ascii_uppercase()
            || b[k - 2] != b' '
            || !b.get(k + 1).is_some_and(u8::is_ascii_uppercase)
            || b.get(k + 2)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-')
        {
            continue;
        }
        let title_end = k - 2;
        let title_start = b[..title_end]
            .iter()
            .rposition(|c| !c.is_ascii_alphabetic() && *c != b'.')
            .map_or(0, |p| p + 1);
        let title = text[title_start..title_end].trim_end_matches('.');
        if matches!(title, "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Dr" | "Prof")
            && lists.is_title(title)
        {
            found.push((title_start, k + 2, NameCue::Title, false));
        }
    }
    push_unnamed(text, doc, lists, hits, found);
}

/// A first name or a nickname just before a person's name in brackets that begins
/// with an initial ("Ranger Tom (T. Gaskell, staff no. HN2291)", "\"Robbo\" (S.
/// Robertson)"): the same person. A listed first name whose first letter is the
/// initial, or a word in quotes that opens as the surname does.
#[inline(never)]
fn add_names_before_initialled(text: &str, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let mut found = Vec::new();
    for h in hits.iter().take(512) {
        if h.start < 3 || b[h.start - 1] != b'(' || b[h.start - 2] != b' ' {
            continue;
        }
        let name = &text[h.start..h.end];
        let Some((initial, surname)) = name.split_once(". ") else {
            continue;
        };
        if initial.len() != 1 || surname.contains(' ') || surname.len() < 3 {
            continue;
        }
        let before = &text[..h.start - 2];
        let quoted = ['"', '”', '\''].iter().find(|q| before.ends_with(**q));
        let word_end = before.len() - quoted.map_or(0, |q| q.len_utf8());
        let ws = text[..word_end]
            .char_indices()
            .rev()
            .take(24)
            .take_while(|&(_, c)| is_letter(c))
            .last()
            .map_or(word_end, |(i, _)| i);
        let w = &text[ws..word_end];
        if w.chars().count() < 2 || !is_capitalised(w) || lists.is_title(w) || lists.is_not_name(w)
        {
            continue;
        }
        let opened = quoted.is_some_and(|q| {
            let open = text[..ws].ends_with(match q {
                '”' => '“',
                c => *c,
            });
            let head = |x: &str| x.chars().take(3).collect::<String>().to_lowercase();
            open && w.chars().count() >= 3 && head(w) == head(surname)
        });
        let first = lists.is_first(w) && !lists.is_place(w) && w.starts_with(initial);
        if opened || first {
            found.push(NameHit {
                start: ws,
                end: word_end,
                tier: h.tier,
                cue: NameCue::EarlierMention,
                unsure: h.unsure,
            });
        }
    }
    if found.is_empty() {
        return;
    }
    let taken = SpanSet::new(hits.iter().map(|h| (h.start, h.end)).collect());
    found.retain(|f| !taken.overlaps(f.start, f.end));
    hits.extend(found);
    hits.sort_by_key(|h| h.start);
}

/// A short form of a person's first name just before their name in brackets ("\"Kev\"
/// (Kevin Marsh)", "Kenny (Kenneth Baird, Head of Estates Operations)"): the same
/// person, there and wherever else the draft writes it as a word of its own.
#[inline(never)]
fn add_short_names_before(text: &str, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let mut keys: Vec<(&str, Tier, bool)> = Vec::new();
    let mut found: Vec<NameHit> = Vec::new();
    // Is `w` a short form of `first` ("Kev" of "Kevin", "Mo" of "Mohammed"; "Kenny" of
    // "Kenneth": three letters the same at least)?
    let short_form = |w: &str, first: &str| {
        let common = w
            .chars()
            .zip(first.chars())
            .take_while(|(a, c)| a.to_lowercase().eq(c.to_lowercase()))
            .count();
        let short = w.len() >= 2 && first.len() > w.len() && first.starts_with(w);
        is_capitalised(w) && w != first && (short || common >= 3 && w.len() <= first.len() + 1)
    };
    for h in hits.iter() {
        // A sign-off's short name on its own line over the name in full ("> Dec\n>\n>
        // Declan McCartan, Mobile Devices …").
        if keys.len() < 16 && h.start > 0 {
            let line_start = memchr::memrchr(b'\n', &b[h.start.saturating_sub(200)..h.start])
                .map(|k| h.start.saturating_sub(200) + k + 1);
            let first = text[h.start..h.end].split([' ', ',']).next().unwrap_or("");
            if let Some(ls) =
                line_start.filter(|&ls| text[ls..h.start].trim_start_matches(['>', ' ']).is_empty())
            {
                // The lines above, skipping those left empty (or holding only ">").
                let mut end = ls.saturating_sub(1);
                for _ in 0..2 {
                    // (A line longer than 200 bytes is no sign-off's: not read.)
                    let window = end.saturating_sub(200);
                    let from = match memchr::memrchr(b'\n', &b[window..end]) {
                        Some(k) => window + k + 1,
                        None if window == 0 => 0,
                        None => break,
                    };
                    let line = &text[from..end];
                    let w = line.trim_start_matches(['>', ' ']).trim_end();
                    if w.is_empty() {
                        if from == 0 {
                            break;
                        }
                        end = from - 1;
                        continue;
                    }
                    if w.chars().all(is_letter) && short_form(w, first) {
                        let s = from + line.len() - line.trim_start_matches(['>', ' ']).len();
                        found.push(NameHit {
                            start: s,
                            end: s + w.len(),
                            tier: h.tier,
                            cue: NameCue::EarlierMention,
                            unsure: h.unsure,
                        });
                    }
                    break;
                }
            }
        }
        if h.start < 4 || b[h.start - 1] != b'(' || b[h.start - 2] != b' ' || keys.len() >= 16 {
            continue;
        }
        let name = &text[h.start..h.end];
        if name.contains(',') {
            continue;
        }
        let Some((first, _)) = name.split_once(' ') else {
            continue;
        };
        // The word before the bracket, perhaps in quotes.
        let mut e = h.start - 2;
        let quote = if text[..e].ends_with('"') {
            1
        } else if text[..e].ends_with('”') {
            3
        } else {
            0
        };
        e -= quote;
        let s = run_start(text, e, 12, is_letter);
        let w = &text[s..e];
        if quote > 0 && !(text[..s].ends_with('"') || text[..s].ends_with('“')) {
            continue;
        }
        // (Not a word that is also a word: "Support (Susan Smith)".)
        if s == e
            || !short_form(w, first)
            || lists.is_not_name(w)
            || s > 0 && is_letter(text[..s].chars().next_back().unwrap_or(' '))
        {
            continue;
        }
        found.push(NameHit {
            start: s,
            end: e,
            tier: h.tier,
            cue: NameCue::EarlierMention,
            unsure: h.unsure,
        });
        keys.push((w, h.tier, h.unsure));
    }
    if keys.is_empty() {
        return;
    }
    let taken = SpanSet::new(
        hits.iter()
            .chain(&found)
            .map(|h| (h.start, h.end))
            .collect(),
    );
    for &(w, tier, unsure) in &keys {
        for (s, e) in whole_words(text, std::iter::once(w), true) {
            // (Not the start of another name: "Ken Loach".)
            let next_capital = text[e..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
            if !taken.overlaps(s, e) && !next_capital {
                found.push(NameHit {
                    start: s,
                    end: e,
                    tier,
                    cue: NameCue::EarlierMention,
                    unsure,
                });
            }
        }
    }
    hits.extend(found);
}

/// A person written as a user name is: an initial, a dot and a listed surname in
/// lowercase ("a member of police staff, s.mahmood (staff number …)"), standing alone,
/// not part of an email address, a host or a path.
/// Does the byte join a user name to what stands beside it (a letter, a digit, a dot,
/// "@", a hyphen, a path's or a setting's mark)?
fn login_joins(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'@' | b'-' | b'_' | b'/' | b'\\' | b':' | b'=')
}

/// Does a user name end at `e`? (A sentence's full stop or comma after it is fine; a
/// domain's dot is not.)
fn login_ends_at(b: &[u8], e: usize) -> bool {
    match b.get(e) {
        None => true,
        Some(b'.' | b',' | b';' | b':') => !b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric),
        Some(&c) => !login_joins(c) && c.is_ascii(),
    }
}

#[inline(never)]
fn add_login_names(text: &str, doc: &Document, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let joins = login_joins;
    let ends_at = |e: usize| login_ends_at(b, e);
    // The draft's own names as a user name writes them: the given name's initial, a
    // dot and the surname folded to plain lowercase letters ("Aoife Ní Bhriain" ->
    // "a.nibhriain"), for a surname no list holds.
    let mut keys: Vec<String> = Vec::new();
    let mut whole: Vec<String> = Vec::new();
    for h in hits.iter() {
        if h.tier != Tier::Private || keys.len() >= 64 {
            continue;
        }
        let name = &text[h.start..h.end];
        let Some((given, surname)) = name.split_once(' ') else {
            continue;
        };
        let Some(initial) = given.chars().next().filter(char::is_ascii_uppercase) else {
            continue;
        };
        let folded: String = fold(surname)
            .chars()
            .filter(char::is_ascii_lowercase)
            .collect();
        if folded.len() >= 3 && surname.chars().all(|c| is_letter(c) || " -'’".contains(c)) {
            keys.push(format!("{}.{folded}", initial.to_ascii_lowercase()));
        }
        // ("Oksana Melnyk" -> "oksana.melnyk", "Wen Li" -> "wen.li": the whole given
        // name and the surname.)
        let given: String = fold(given)
            .chars()
            .filter(char::is_ascii_lowercase)
            .collect();
        if given.len() >= 2 && folded.len() >= 2 && !surname.contains(' ') {
            whole.push(format!("{given}.{folded}"));
        }
    }
    let mut found: Vec<(usize, usize)> = Vec::new();
    for dot in memchr::memchr_iter(b'.', b) {
        if dot == 0 || !b[dot - 1].is_ascii_lowercase() {
            continue;
        }
        // "Exported … by oksana.melnyk", "@wen.li temp login": a person of the draft's
        // user name, their given name whole (after "@" too, as a chat mentions them).
        if !whole.is_empty() && dot >= 2 && b[dot - 2].is_ascii_lowercase() {
            let start = dot
                - b[dot.saturating_sub(20)..dot]
                    .iter()
                    .rev()
                    .take_while(|c| c.is_ascii_lowercase())
                    .count();
            let mut e = dot + 1;
            while e < b.len() && e - dot <= 20 && b[e].is_ascii_lowercase() {
                e += 1;
            }
            let opens = start == 0 || b[start - 1] == b'@' || !joins(b[start - 1]);
            if opens && ends_at(e) && whole.iter().any(|k| k.as_bytes() == &b[start..e]) {
                found.push((start, e));
            }
            continue;
        }
        if dot >= 2 && joins(b[dot - 2]) {
            continue;
        }
        let mut e = dot + 1;
        while e < b.len() && b[e].is_ascii_lowercase() {
            e += 1;
        }
        let surname = &text[dot + 1..e];
        // ("a.mensah-boateng": a double-barrelled surname, one of its parts listed.)
        if b.get(e) == Some(&b'-') && b.get(e + 1).is_some_and(u8::is_ascii_lowercase) {
            let mut e2 = e + 1;
            while e2 < b.len() && e2 - e <= 30 && b[e2].is_ascii_lowercase() {
                e2 += 1;
            }
            let second = &text[e + 1..e2];
            let listed = |w: &str| w.len() >= 3 && lists.is_surname(w) && !lists.is_not_name(w);
            if ends_at(e2) && (listed(surname) || listed(second)) {
                found.push((dot - 1, e2));
            }
            continue;
        }
        if e - dot > 3
            && ends_at(e)
            && (lists.is_surname(surname) && !lists.is_not_name(surname)
                || keys.iter().any(|k| k.as_bytes() == &b[dot - 1..e]))
        {
            found.push((dot - 1, e));
        }
    }
    // "Caller: Sophie Leng (sleng)": a user name in brackets right after its person's
    // name, made of their given name's initial (or the given name) and the surname's
    // first letters, perhaps with digits after.
    for h in hits.iter().filter(|h| h.tier == Tier::Private).take(256) {
        let Some(rest) = text[h.end..].strip_prefix(" (") else {
            continue;
        };
        let len = rest
            .bytes()
            .take(24)
            .take_while(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'_')
            })
            .count();
        if !(4..=20).contains(&len) || !matches!(rest.as_bytes().get(len), Some(b')' | b',')) {
            continue;
        }
        let token = &rest[..len];
        let name = &text[h.start..h.end];
        let (Some(given), Some(surname)) = (name.split(' ').next(), name.rsplit(' ').next()) else {
            continue;
        };
        let plain =
            |w: &str| -> String { fold(w).chars().filter(char::is_ascii_lowercase).collect() };
        let (given, surname) = (plain(given), plain(surname));
        let letters = token.trim_end_matches(|c: char| c.is_ascii_digit());
        let head = &surname[..surname.len().min(4)];
        let made = given.len() >= 2
            && surname.len() >= 3
            && (letters
                .strip_prefix(&given[..1])
                .is_some_and(|r| r.trim_start_matches(['.', '_']).starts_with(head))
                || letters
                    .strip_prefix(given.as_str())
                    .is_some_and(|r| r.trim_start_matches(['.', '_']).starts_with(head)));
        if made {
            let s = h.end + 2;
            found.push((s, s + len));
        }
    }
    if found.is_empty() {
        return;
    }
    let found = found
        .into_iter()
        .map(|(s, e)| (s, e, NameCue::Login, false));
    push_unnamed(text, doc, lists, hits, found.collect());
}

/// A person's user name after a setting's key or a label that names a user
/// ("Admin1=jkaminska ; J. Kamińska", "User: tadeyemi", "\"login\": \"e.mcleod\"").
/// See [`person_handle`].
#[inline(never)]
fn add_labelled_user_names(text: &str, doc: &Document, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let found: Vec<(usize, usize, NameCue, bool)> =
        crate::detect::settings::user_names(text, doc.settings(text))
            .into_iter()
            .filter(|&(s, e)| person_handle(&text[s..e], lists))
            .map(|(s, e)| (s, e, NameCue::Login, false))
            .collect();
    push_unnamed(text, doc, lists, hits, found);
}

/// "@dafydd.aprhys can you log the incident?": a mention of a person's handle made of a
/// given name and a surname joined by a dot, after a space, a bracket or the line's
/// start; not a mail's domain ("@gmail.com": a last part of two or three letters, or a
/// known ending, is a domain's) nor a handle of no listed name ("@app.route").
#[inline(never)]
fn add_dotted_mentions(text: &str, doc: &Document, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let mut found = Vec::new();
    for at in memchr::memchr_iter(b'@', b) {
        if at > 0 && !matches!(b[at - 1], b' ' | b'\n' | b'\t' | b'(' | b'[') {
            continue;
        }
        let s = at + 1;
        let len = b[s..]
            .iter()
            .take(41)
            .take_while(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'-')
            })
            .count();
        let e = text[..s + len].trim_end_matches(['.', '-']).len();
        let v = &text[s..e];
        let Some((a, rest)) = v.split_once('.') else {
            continue;
        };
        if e == s + 40
            || rest.contains('.')
            || b.get(e)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_' || *c == b'@')
            || a.len() < 2
            || rest.len() < 4
            || ["com", "org", "net", "gov", "info", "mail", "email"].contains(&rest)
        {
            continue;
        }
        if a.starts_with(|c: char| c.is_ascii_lowercase())
            && person_handle(v, lists)
            && lists.is_first(a)
        {
            found.push((s, e, NameCue::Login, false));
        }
    }
    push_unnamed(text, doc, lists, hits, found);
}

/// Is a user name (lowercase, digits, ".", "_", "-") a person's: a listed given name or
/// surname in it, or an initial or two and a listed surname ("jkaminska", "emcleod"),
/// or a listed given name and an initial ("bartoszk")? Not a machine's or a role's
/// account ("admin", "svc_backup", "reception2").
fn person_handle(v: &str, lists: &Lookup) -> bool {
    const ROLES: &[&str] = &[
        "admin",
        "administrator",
        "adm",
        "root",
        "guest",
        "service",
        "svc",
        "srv",
        "system",
        "sys",
        "operator",
        "user",
        "test",
        "kiosk",
        "support",
        "engineer",
        "supervisor",
        "manager",
        "reception",
        "scanner",
        "backup",
        "sa",
        "sysadmin",
        "default",
        "master",
        "install",
        "setup",
        "maint",
        "maintenance",
        "tech",
        "technician",
        "public",
        "staff",
        "vendor",
        "superuser",
        "app",
        "api",
        "web",
        "sql",
        "db",
        "noreply",
        "nobody",
        "www",
        "data",
        "shared",
        "office",
        "desk",
        "station",
        "ops",
        "local",
        "demo",
        "training",
    ];
    let parts: Vec<&str> = v
        .split(['.', '_', '-'])
        .map(|p| p.trim_end_matches(|c: char| c.is_ascii_digit()))
        .collect();
    if parts.iter().any(|p| ROLES.contains(p)) || lists.is_not_name(v) {
        return false;
    }
    let named = |w: &str| {
        w.len() >= 2 && (lists.is_first(w) || lists.is_surname(w)) && !lists.is_not_name(w)
    };
    if parts.len() >= 2 {
        return parts.iter().any(|p| named(p));
    }
    let core = parts[0];
    let surname_after = |k: usize| {
        core.get(k..)
            .is_some_and(|r| r.len() >= 3 && lists.is_surname(r) && !lists.is_not_name(r))
    };
    named(core)
        || surname_after(1)
        || surname_after(2)
        || (3..core.len()).any(|k| {
            core.len() - k <= 2 && lists.is_first(&core[..k]) && !lists.is_not_name(&core[..k])
        })
}

/// Labels of a list of user names ("User names for audit: jbrennan4, a.nazari,
/// okaforK"), lowercased, up to the colon or the words before it.
const ACCOUNT_LIST_LABELS: [&str; 8] = [
    "user names",
    "usernames",
    "user ids",
    "userids",
    "logins",
    "log-ins",
    "user accounts",
    "accounts",
];

/// Does `t` read as a user name written without a dot between its parts: lowercase
/// letters and then digits ("jbrennan4"), a dot or underscore inside ("a.nazari"), or a
/// surname and a capital initial ("okaforK")?
fn account_shaped(t: &str) -> bool {
    let b = t.as_bytes();
    if !(4..=24).contains(&b.len()) || !b[0].is_ascii_lowercase() {
        return false;
    }
    let letters = b.iter().take_while(|c| c.is_ascii_lowercase()).count();
    let rest = &b[letters..];
    let digits = rest.iter().all(u8::is_ascii_digit) && (1..=3).contains(&rest.len());
    let capital = rest.len() == 1 && rest[0].is_ascii_uppercase();
    let joined = b
        .iter()
        .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'.' || c == b'_')
        && b.iter().filter(|&&c| c == b'.' || c == b'_').count() == 1
        && !t.ends_with(['.', '_'])
        && b[1..].iter().any(|&c| c == b'.' || c == b'_');
    letters >= 3 && (digits || capital) || joined
}

/// A person's user name written without a dot, as a directory often writes it:
/// - the initial and surname of a person found, or the surname and initial, with a
///   number or an admin suffix after it or none ("jboyd2" for Jennifer Boyd,
///   "rzielinski-adm" for Rafał Zieliński);
/// - in brackets after a first name, starting with its initial and ending in a number
///   ("Raj (rpatel7)", "Mhairi (mmackinnon2)"): the first name is a person's too;
/// - each of a list after a label for user names ("User names for audit: jbrennan4,
///   a.nazari, okaforK"), when every item has a user name's shape.
#[inline(never)]
fn add_account_names(text: &str, doc: &Document, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let mut found: Vec<(usize, usize, NameCue, bool)> = Vec::new();
    let ends_at = |e: usize| login_ends_at(b, e);
    let mut keys: Vec<(String, String)> = Vec::new();
    for h in hits.iter() {
        if h.tier != Tier::Private || keys.len() >= 96 {
            continue;
        }
        let name = &text[h.start..h.end];
        let Some((given, surname)) = name.rsplit_once(' ') else {
            continue;
        };
        let Some(initial) = given.chars().next().filter(|c| c.is_alphabetic()) else {
            continue;
        };
        let initial: String = fold(&initial.to_string()).to_ascii_lowercase();
        let folded: String = fold(surname)
            .chars()
            .filter(char::is_ascii_alphabetic)
            .collect();
        let folded = folded.to_ascii_lowercase();
        if initial.len() == 1 && folded.len() >= 3 {
            // ("jboyd", or "okafor" and then its initial in either case, "okaforK".)
            keys.push((format!("{initial}{folded}"), String::new()));
            keys.push((folded, initial));
        }
    }
    if !keys.is_empty() {
        keys.sort_unstable();
        keys.dedup();
        // (One pattern each, with the initials that may follow it: a search in the
        // case written, which a prefilter keeps fast.)
        let mut pats: Vec<(String, String)> = Vec::with_capacity(keys.len());
        for (p, i) in keys {
            match pats.last_mut() {
                Some(last) if last.0 == p => last.1.push_str(&i),
                _ => pats.push((p, i)),
            }
        }
        if let Ok(ac) = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(pats.iter().map(|p| &p.0))
        {
            for m in ac.find_iter(text) {
                let (s, mut e) = (m.start(), m.end());
                if s > 0 && login_joins(b[s - 1]) {
                    continue;
                }
                let (key, initials) = &pats[m.pattern().as_usize()];
                if !initials.is_empty() {
                    match b.get(e) {
                        Some(&c) if initials.as_bytes().contains(&c.to_ascii_lowercase()) => {
                            e += 1;
                        }
                        _ => continue,
                    }
                }
                let written = &text[s..e];
                let digits = b[e..]
                    .iter()
                    .take(4)
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                let mut marked = false;
                if (1..=3).contains(&digits) {
                    e += digits;
                    marked = true;
                }
                for suffix in ["-adm", "_adm", "-admin", "_admin"] {
                    if text[e..].starts_with(suffix)
                        && !b
                            .get(e + suffix.len())
                            .is_some_and(u8::is_ascii_alphanumeric)
                    {
                        e += suffix.len();
                        marked = true;
                        break;
                    }
                }
                // (Without a number, a longer key only: not a word.)
                if ends_at(e)
                    && (marked || key.len() + usize::from(!initials.is_empty()) >= 6)
                    && !lists.is_not_name(written)
                {
                    found.push((s, e, NameCue::Login, false));
                }
            }
        }
    }
    // "he's dmcgrath2", "user names are … e.g. apatel4": one or two initials, a listed
    // surname and a number, as a directory numbers its users, where the words before it
    // say it is one ("python3", "md5", "amd64" are no surnames after an initial, and
    // "stream2" is said to be no one's).
    for i in 1..b.len() {
        if !(b[i].is_ascii_digit() && b[i - 1].is_ascii_lowercase()) {
            continue;
        }
        let letters = b[i.saturating_sub(20)..i]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_lowercase())
            .count();
        let s = i - letters;
        let digits = b[i..]
            .iter()
            .take(3)
            .take_while(|c| c.is_ascii_digit())
            .count();
        let e = i + digits;
        if letters < 5 || digits > 2 || s > 0 && login_joins(b[s - 1]) || !ends_at(e) {
            continue;
        }
        let word = &text[s..i];
        // (Said to be a user name in the words before it: "he's", "login", "user names
        // are … e.g.", "account".)
        let said = || {
            let before = line_before(text, s, 80).to_ascii_lowercase();
            [
                "login",
                "log-in",
                "logon",
                "user name",
                "username",
                "user id",
                "userid",
                "account",
                "he's",
                "she's",
                "they're",
                "i'm ",
            ]
            .iter()
            .any(|w| before.contains(w))
        };
        if (1..=2).any(|k| {
            let surname = &word[k..];
            lists.is_surname(surname) && !lists.is_not_name(surname) && !lists.is_first(surname)
        }) && !lists.is_not_name(word)
            && !lists.is_first(word)
            && !lists.is_surname(word)
            && said()
        {
            found.push((s, e, NameCue::Login, false));
        }
    }
    // "Raj (rpatel7)", "Dayo (d.okonkwo) in Digital"
    for open in memchr::memmem::find_iter(b, b" (") {
        let inner = open + 2;
        let len = b[inner..]
            .iter()
            .take(25)
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'.')
            .count();
        if !(5..=20).contains(&len) || !matches!(b.get(inner + len), Some(b')' | b',')) {
            continue;
        }
        let token = &text[inner..inner + len];
        let letters = token.bytes().take_while(u8::is_ascii_lowercase).count();
        // (An initial, a dot and three letters or more: "d.okonkwo".)
        let dotted = letters == 1
            && token.as_bytes()[1] == b'.'
            && token[2..].bytes().all(|c| c.is_ascii_lowercase())
            && len >= 5;
        let numbered = letters >= 4
            && (1..=3).contains(&(len - letters))
            && token[letters..].bytes().all(|c| c.is_ascii_digit());
        if !(dotted || numbered) {
            continue;
        }
        let head = &text[..open];
        let ws = head
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphabetic())
            .last()
            .map_or(open, |(k, _)| k);
        let word = &text[ws..open];
        let Some(first) = word.chars().next().filter(|c| c.is_uppercase()) else {
            continue;
        };
        if fold(&first.to_string())
            .to_ascii_lowercase()
            .as_bytes()
            .first()
            != Some(&b[inner])
        {
            continue;
        }
        let person = hits
            .iter()
            .any(|h| h.end == open && h.tier == Tier::Private);
        if person || lists.is_first(word) && !lists.is_not_name(word) {
            found.push((inner, inner + len, NameCue::Login, false));
            if !person {
                found.push((ws, open, NameCue::FirstNameAlone, false));
            }
        }
    }
    // "User names for audit: jbrennan4, a.nazari, okaforK"
    for colon in memchr::memchr_iter(b':', b) {
        let before = line_before(text, colon, 40).to_ascii_lowercase();
        if !ACCOUNT_LIST_LABELS.iter().any(|l| before.contains(l)) {
            continue;
        }
        // (Up to the sentence's end: a full stop and a space, or the line's end.)
        let line = line_after(text, colon + 1, 300);
        let body = match line.find(". ") {
            Some(k) => &line[..k],
            None => line.trim_end().trim_end_matches('.'),
        };
        let mut items: Vec<(usize, &str)> = Vec::new();
        let mut at = colon + 1;
        for part in body.split(',') {
            let t = part.trim_start();
            let t = t.strip_prefix("and ").unwrap_or(t);
            items.push((at + part.len() - t.len(), t.trim_end()));
            at += part.len() + 1;
        }
        if items.len() >= 2 && items.iter().all(|(_, t)| account_shaped(t)) {
            for (s, t) in items {
                found.push((s, s + t.len(), NameCue::Login, false));
            }
        }
    }
    add_labelled_logins(text, lists, &mut found);
    push_unnamed(text, doc, lists, hits, found);
}

/// Labels before a colon for the person a ticket or a log line names, whose value a
/// service desk writes as a user name ("Caller: pc4471 | Assignee: a.mcgrath2"),
/// lowercased. "… by:" labels ("Exported by:", "Resolved by:") count as well.
const LOGIN_LABELS: [&str; 19] = [
    // ("Portal admins: zharrington, sprichard": the people who run a system, by their
    // user names, each of them.)
    "admins",
    "administrators",
    "users",
    "accounts",
    "caller",
    "account",
    "assignee",
    "requester",
    "user",
    "username",
    "login",
    "technician",
    "engineer",
    "analyst",
    "agent",
    "owner",
    "handler",
    "reviewer",
    "approver",
];

/// Words that say the next word is a person's user name ("my login's tnanh", "his
/// username is dkaur4"), lowercased.
const LOGIN_IS: [&str; 6] = [
    "login's ",
    "login is ",
    "log-in is ",
    "username is ",
    "user name is ",
    "user id is ",
];

/// Words that say the next word is a user name, whoever's it is ("the account was
/// dpike.vol", "logged in as j.okafor2"), lowercased: only a name with a dot, a digit
/// or an underscore counts after them.
const LOGIN_WAS: [&str; 8] = [
    "account is ",
    "account was ",
    "login was ",
    "username was ",
    "user name was ",
    "logged in as ",
    "logged on as ",
    "signed in as ",
];

/// Does a word for a shared or a machine's account stand before `at` ("the engineer
/// account is robot_eng", "the supplier's support account was …")?
fn shared_account_before(text: &str, at: usize) -> bool {
    let word = line_before(text, at, 32)
        .trim_end()
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .trim_end_matches(['\'', '’', 's'])
        .to_ascii_lowercase();
    // (The word is read without its plural's or possessive's "s": "engineers",
    // "supplier's" are "engineer", "supplier".)
    [
        "engineer",
        "engineering",
        "admin",
        "administrator",
        "service",
        "shared",
        "generic",
        "system",
        "test",
        "guest",
        "kiosk",
        "supplier",
        "vendor",
        "support",
        "maintenance",
        "default",
        "local",
        "root",
        "domain",
        "emergency",
        "device",
        "team",
    ]
    .contains(&word.as_str())
}

/// A person's user name by where it stands, whatever its shape: after a ticket's label
/// for a person that opens its line or cell ("Caller: pc4471", "| Assignee: a.mcgrath2",
/// "Exported by: t.wisniewski"), or after "my login's" and the like. Not a shared or
/// role account ("fcr.supervisor", "svc_backup", "admin"), not a name in lowercase
/// (the lowercase-names pass reads those).
#[inline(never)]
fn add_labelled_logins(text: &str, lists: &Lookup, found: &mut Vec<(usize, usize, NameCue, bool)>) {
    let b = text.as_bytes();
    // (`loose`: a word of lowercase letters alone will do, after a label for a person;
    // after "User:" or "login is" a user name needs a digit, a dot or an underscore, or
    // to end its clause, as "user: kiosk" and "login is still …" do not.)
    let mut push = |from: usize, loose: bool, strict: bool| -> Option<usize> {
        let len = b[from..]
            .iter()
            .take(25)
            .take_while(|&&c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'_' | b'-')
            })
            .count();
        let mut e = from + len;
        while e > from && matches!(b[e - 1], b'.' | b'-' | b'_') {
            e -= 1;
        }
        let marked = b[from..e]
            .iter()
            .any(|&c| c.is_ascii_digit() || c == b'.' || c == b'_');
        let closes = matches!(b.get(e), Some(b',' | b';' | b')' | b'.'));
        // (A shared account's log-in with its password after it, "login is pwsampling /
        // Dwr2023#", is no person's.)
        let paired = text[e..].starts_with(" / ")
            || memchr::memchr(b'\n', &b[e..(e + 200).min(b.len())]).is_some_and(|k| {
                let next = line_after(text, e + k + 1, 12);
                next.trim_start().to_ascii_lowercase().starts_with("pass")
            });
        if !(loose || marked || closes) || strict && !marked || paired {
            return None;
        }
        let (s, e) = labelled_login(text, lists, from, e)?;
        found.push((s, e, NameCue::Login, false));
        Some(e)
    };
    for colon in memchr::memchr_iter(b':', b) {
        // A key of JSON or YAML in quotes, its value in quotes: `"username": "twierzb2"`.
        if colon >= 2 && b[colon - 1] == b'"' && text[colon + 1..].starts_with(" \"") {
            let mut start = colon - 1;
            while start > 0 && colon - start < 18 && b[start - 1].is_ascii_alphabetic() {
                start -= 1;
            }
            let key = &text[start..colon - 1];
            if start >= 1
                && b[start - 1] == b'"'
                && matches!(
                    key.to_ascii_lowercase().as_str(),
                    "username" | "user" | "login" | "userid" | "samaccountname" | "upn"
                )
                // (The value's closing quote within 25 bytes: a user name, not prose.)
                && (colon + 3..colon + 28).any(|k| b.get(k) == Some(&b'"'))
            {
                push(colon + 3, true, false);
            }
            continue;
        }
        let Some(start) = label_before_colon(b, colon) else {
            continue;
        };
        let label = &text[start..colon];
        let lead = text[..start].trim_end_matches(' ');
        // ("Exported by:": the label opens after the word before "by".)
        let verb = if label == "by" {
            previous_word_of(text, lead.len())
        } else {
            ""
        };
        let by = !verb.is_empty();
        let lead = text[..lead.len() - verb.len()].trim_end_matches(' ');
        let opens = lead
            .as_bytes()
            .last()
            .map_or(true, |&c| matches!(c, b'\n' | b'|' | b'\t' | b'*' | b'-'));
        // (A plural label may have its system's name before it: "Portal admins:".)
        let plural = ["admins", "administrators", "users", "accounts"]
            .iter()
            .any(|l| l.eq_ignore_ascii_case(label));
        let opens = opens
            || plural && {
                let l = line_before(text, lead.len(), 40);
                l.len() < 40 && l.split(' ').count() <= 3
            };
        if !opens || !(by || LOGIN_LABELS.iter().any(|l| l.eq_ignore_ascii_case(label))) {
            continue;
        }
        // (A module's name opens a changelog's line as "agent: fix …" does.)
        let lower = label.to_ascii_lowercase();
        let generic = matches!(
            lower.as_str(),
            "user" | "username" | "login" | "agent" | "owner" | "account"
        );
        // (A list after a plural label: each user name of it, a comma between.)
        let mut next = push(colon + 2, !generic && !plural, false);
        if plural {
            for _ in 0..16 {
                let Some(e) = next.filter(|&e| text[e..].starts_with(", ")) else {
                    break;
                };
                next = push(e + 2, true, false);
            }
        }
    }
    let cues = memchr::memmem::find_iter(b, b" is ")
        .chain(memchr::memmem::find_iter(b, b"'s "))
        .chain(memchr::memmem::find_iter(b, b" was "))
        .chain(memchr::memmem::find_iter(b, b" as "));
    for k in cues {
        // (Every cue's word ends in "n", "e", "d" or "t", "login", "username", "user
        // id", "account": most hits, "it is", "this was", stop at one byte.)
        if k == 0 || !matches!(b[k - 1].to_ascii_lowercase(), b'n' | b'e' | b'd' | b't') {
            continue;
        }
        // (The cue's end: after " is ", "'s ", " was " or " as ".)
        let end = match b[k + 1] {
            b's' => k + 3,
            b'i' | b'a' => k + 4,
            _ => k + 5,
        };
        let head = line_before(text, end, 16).to_ascii_lowercase();
        // (Whose it is comes first: "my login's tnanh", "Declan's username is …"; not
        // "a user id is ambiguous".)
        let owned = |cue: &str| {
            let before = line_before(text, end - cue.len(), 16).trim_end_matches(' ');
            let word = before
                .rsplit(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
                .next()
                .unwrap_or("");
            let word = word.to_ascii_lowercase();
            matches!(word.as_str(), "my" | "his" | "her" | "their" | "your")
                || word.ends_with("'s")
                || word.ends_with("’s")
        };
        if end < b.len() && LOGIN_IS.iter().any(|c| head.ends_with(c) && owned(c)) {
            push(end, false, false);
        } else if end < b.len()
            && LOGIN_WAS
                .iter()
                .any(|c| head.ends_with(c) && !shared_account_before(text, end - c.len()))
        {
            // ("account was dpike.vol", "logged in as j.okafor2": whoever's it is, with a
            // dot, a digit or an underscore in it.)
            push(end, false, true);
        }
    }
}

/// The user name in `s..e` after a label or a cue for one, if it reads as a person's:
/// three to twenty-four bytes, a lowercase letter first, whole (not the start of an
/// address or a host), two letters at least, and no part of it an ordinary word that
/// is no surname ("fcr.supervisor", "service.desk") or a listed first name alone (a
/// name in lowercase, read elsewhere).
fn labelled_login(text: &str, lists: &Lookup, s: usize, e: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let t = text.get(s..e)?;
    if !(3..=24).contains(&t.len())
        || !b[s].is_ascii_lowercase()
        || !login_ends_at(b, e)
        || t.bytes().filter(u8::is_ascii_alphabetic).count() < 2
        || t.starts_with("svc")
        || lists.is_first(t)
    {
        return None;
    }
    let bare = t.bytes().all(|c| c.is_ascii_lowercase());
    (!(role_account(t, lists) || bare && lists.is_not_name(t))).then_some((s, e))
}

/// Is the user name a shared or role account's: a part of it an ordinary word that is
/// no surname ("fcr.supervisor", "service.desk", "ict-helpdesk")?
fn role_account(t: &str, lists: &Lookup) -> bool {
    t.split(['.', '_', '-'])
        .map(|p| p.trim_end_matches(|c: char| c.is_ascii_digit()))
        .filter(|p| p.len() >= 3)
        .any(|p| lists.is_not_name(p) && !lists.is_surname(p))
}

/// Initials standing for a person in two places of their own: a word processor's
/// comment mark ("[Comment [KO1]: …", the comment's number after its writer's
/// initials), and a label for a person before a colon that they close ("Officer: DW",
/// "| Handler: RT |"). For review.
#[inline(never)]
fn add_labelled_initials(text: &str, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let mut found: Vec<(usize, usize)> = Vec::new();
    // "two audit clinicians (RM and TK)": initials in brackets, joined by "and" or
    // commas, after a word for people.
    for k in memchr::memmem::find_iter(b, b" and ") {
        // (Looked for within a few bytes only: a long line of "and"s stays linear.)
        let from = k.saturating_sub(16);
        let Some(open) = memchr::memrchr(b'(', &b[from..k]).map(|o| from + o) else {
            continue;
        };
        let to = (k + 13).min(b.len());
        let Some(close) = memchr::memchr(b')', &b[k..to]).map(|c| k + c) else {
            continue;
        };
        if open == 0 || b[open - 1] != b' ' {
            continue;
        }
        let people = previous_word_of(text, open - 1);
        let plural = ["ers", "ors", "ians", "ists"]
            .iter()
            .any(|x| people.ends_with(x))
            || matches!(
                people,
                "colleagues" | "staff" | "people" | "nurses" | "others" | "both"
            );
        if !plural {
            continue;
        }
        let inner = &text[open + 1..close];
        let mut parts: Vec<(usize, usize)> = Vec::new();
        let mut at = open + 1;
        for part in inner.split([',']).flat_map(|p| p.split(" and ")) {
            let lead = part.len() - part.trim_start().len();
            let t = part.trim();
            if !t.is_empty() {
                let s = text[at..close].find(t).map_or(at + lead, |f| at + f);
                parts.push((s, s + t.len()));
                at = s + t.len();
            }
        }
        if parts.len() >= 2
            && parts.iter().all(|&(s, e)| {
                (2..=3).contains(&(e - s))
                    && b[s..e].iter().all(u8::is_ascii_uppercase)
                    && is_note_initials(&text[s..e])
            })
        {
            found.extend(parts);
        }
    }
    let caps_at = |s: usize| {
        let n = b[s..]
            .iter()
            .take(5)
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        (2..=4).contains(&n).then_some(s + n)
    };
    let mut labelled: Vec<(usize, usize)> = Vec::new();
    let mut small_keys: Vec<&str> = Vec::new();
    for k in memchr::memmem::find_iter(b, b"Comment [") {
        let s = k + 9;
        let Some(e) = caps_at(s) else { continue };
        let digits = b[e..]
            .iter()
            .take(4)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if digits > 0 && b.get(e + digits) == Some(&b']') && is_note_initials(&text[s..e]) {
            found.push((s, e));
        }
    }
    for colon in memchr::memchr_iter(b':', b) {
        let Some(ls) = label_before_colon(b, colon) else {
            continue;
        };
        let mut label = &text[ls..colon];
        let mut ls = ls;
        // ("Reviewed by:", "Prepared by:": who did it.)
        if let Some(v) = done_by_label(text, ls, colon) {
            ls = v;
            label = "reviewer";
        }
        let opens_at = |at: usize| {
            text[..at]
                .trim_end_matches([' ', '\t'])
                .as_bytes()
                .last()
                .map_or(true, |&c| matches!(c, b'\n' | b'|' | b'\t'))
                || text[..at].ends_with("   ")
        };
        // ("Case owner:", "Line manager:": one word before the label, opening the line.)
        let qualified = || {
            let head = line_before(text, ls, 17);
            let w = head.trim_end_matches(' ');
            w.len() < head.len()
                && (2..=12).contains(&w.len())
                && w.bytes().all(|c| c.is_ascii_alphabetic())
                && opens_at(ls - head.len())
        };
        let opens = opens_at(ls) || qualified();
        if label.len() < 4 || !opens || !PERSON_LABELS.iter().any(|l| l.eq_ignore_ascii_case(label))
        {
            continue;
        }
        // ("Case owner:  YW  (IG Officer)": spaces that line the fields up.)
        let s = colon
            + 1
            + b[colon + 1..]
                .iter()
                .take(8)
                .take_while(|&&c| c == b' ' || c == b'\t')
                .count();
        let closes = |r: &str| {
            r.is_empty()
                || r.starts_with(['\n', '\r', '\t', '|', ',', ';', ')'])
                || r.starts_with("  ")
                || r.starts_with(" |")
                || r.starts_with(" (")
                // ("Approved for release: EN 21/05/24", "Cleared by: GM / Chief
                // Executive's Office": a date or another party after them.)
                || r.starts_with(" / ")
                || r.starts_with(" – ")
                || r.strip_prefix(' ').is_some_and(|d| {
                    let n = d.bytes().take_while(|c| c.is_ascii_digit()).count();
                    (1..=2).contains(&n) && d[n..].starts_with(['/', '.'])
                })
        };
        // ("Prepared by: Chen Y. (Information Rights Analyst)": a surname and an initial.)
        let w = &text[s..name_word_end(text, s)];
        let at = s + w.len();
        if (2..=32).contains(&w.len())
            && is_capitalised(w)
            && b.get(at) == Some(&b' ')
            && b.get(at + 1).is_some_and(u8::is_ascii_uppercase)
            && !lists.is_not_name(w)
            && !lists.is_title(w)
            && !lists.is_place(w)
            && !lists.job_words.contains_folded(w)
            && !is_team_word(w)
        {
            let e = at + 2 + usize::from(b.get(at + 2) == Some(&b'.'));
            if closes(&text[e..]) {
                labelled.push((s, e));
                continue;
            }
        }
        // ("E.R.": initials with their stops.)
        let dotted = b[s..]
            .chunks(2)
            .take(3)
            .take_while(|p| p.len() == 2 && p[0].is_ascii_uppercase() && p[1] == b'.')
            .count();
        // ("Second reviewer:  kw": two initials in lowercase, as a quick note types
        // them; each "kw:" opening a note elsewhere is the same reviewer.)
        let small = b[s..]
            .iter()
            .take(3)
            .take_while(|c| c.is_ascii_lowercase())
            .count();
        if small == 2
            && !matches!(
                &text[s..s + 2],
                "me" | "us"
                    | "is"
                    | "it"
                    | "na"
                    | "no"
                    | "ok"
                    | "hr"
                    | "to"
                    | "do"
                    | "go"
                    | "so"
                    | "we"
                    | "he"
                    | "an"
                    | "as"
                    | "at"
                    | "by"
                    | "in"
                    | "of"
                    | "on"
                    | "or"
                    | "up"
            )
            && closes(&text[s + 2..])
        {
            labelled.push((s, s + 2));
            if !small_keys.contains(&&text[s..s + 2]) && small_keys.len() < 8 {
                small_keys.push(&text[s..s + 2]);
            }
            continue;
        }
        let (e, ini) = if dotted >= 2 {
            let e = s + 2 * dotted;
            let ini: String = text[s..e].chars().filter(|c| *c != '.').collect();
            (e, ini)
        } else {
            let Some(e) = caps_at(s) else { continue };
            (e, text[s..e].to_string())
        };
        if closes(&text[e..]) && is_note_initials(&ini) {
            labelled.push((s, e));
        }
    }
    for key in small_keys {
        let pattern = format!("{key}:");
        for k in memchr::memmem::find_iter(b, pattern.as_bytes()) {
            if (k == 0 || !b[k - 1].is_ascii_alphanumeric() && b[k - 1] != b'.')
                && matches!(b.get(k + 3), Some(b' ' | b'\t'))
                && !labelled.contains(&(k, k + 2))
            {
                found.push((k, k + 2));
            }
        }
    }
    found.sort_unstable();
    labelled.sort_unstable();
    add_for_review(hits, found, NameCue::Initials);
    add_for_review(hits, labelled, NameCue::Labelled);
}

/// Initials the draft spells out in brackets after them ("Coroner's officer = DS
/// (Dilnoza Saidova), ext 2290"): the words in brackets are a person's name, whatever
/// the lists hold of them, when their first letters are the initials; and the initials
/// anywhere else are that person, for review.
#[inline(never)]
fn add_initials_spelled_after(text: &str, doc: &Document, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let mut names: Vec<(usize, usize)> = Vec::new();
    let mut keys: Vec<&str> = Vec::new();
    for k in memchr::memmem::find_iter(b, b" (") {
        let mut s = k;
        while s > 0 && k - s < 4 && b[s - 1].is_ascii_uppercase() {
            s -= 1;
        }
        if !(2..=3).contains(&(k - s)) || s > 0 && b[s - 1].is_ascii_alphanumeric() {
            continue;
        }
        let ini = &text[s..k];
        if !is_note_initials(ini) {
            continue;
        }
        let from = k + 2;
        // (Looked for within 49 bytes, as bytes: a long line of brackets stays linear.)
        let Some(len) = b[from..b.len().min(from + 49)]
            .iter()
            .position(|c| matches!(c, b')' | b',' | b'\n'))
        else {
            continue;
        };
        let inner = &text[from..from + len];
        let words: Vec<&str> = inner.split(' ').collect();
        let letters: String = words.iter().filter_map(|w| w.chars().next()).collect();
        // (Not an acronym spelled out, "TUI (Text User Interface)": a listed first name
        // or surname among the words, and none the draft writes in lowercase.)
        if len > 48
            || words.len() != ini.len()
            || letters != ini
            || !words.iter().all(|w| {
                is_capitalised(w)
                    && !lists.is_not_name(w)
                    && !lists.is_title(w)
                    && !lists.written_lowercase(w, text)
            })
            || !(lists.is_first(words[0]) || lists.is_surname(words[words.len() - 1]))
        {
            continue;
        }
        names.push((from, from + len));
        keys.push(ini);
        if keys.len() >= 16 {
            break;
        }
    }
    if names.is_empty() {
        return;
    }
    let names = names
        .into_iter()
        .map(|(s, e)| (s, e, NameCue::FirstAndSurname, false));
    push_unnamed(text, doc, lists, hits, names.collect());
    keys.sort_unstable();
    keys.dedup();
    let found = whole_words(text, keys.into_iter(), true);
    add_for_review(hits, found, NameCue::Initials);
}

/// Where a label of who did something starts, when the word before a colon at `ls` is
/// "by" after a verb of doing it ("Reviewed by:", "Noted by:"): the verb's start.
fn done_by_label(text: &str, ls: usize, colon: usize) -> Option<usize> {
    // ("Approved for release: EN 21/05/24", "Cleared for issue: GM": who let it go.)
    let label = &text[ls..colon];
    if ["release", "issue", "publication", "disclosure"]
        .iter()
        .any(|w| label.eq_ignore_ascii_case(w))
        && text[..ls].ends_with(" for ")
        && ls > 6
    {
        let verb = previous_word_of(text, ls - 5);
        let approving = matches!(
            verb.to_ascii_lowercase().as_str(),
            "approved" | "cleared" | "authorised" | "authorized" | "signed"
        );
        return approving.then(|| ls - 5 - verb.len());
    }
    if !label.eq_ignore_ascii_case("by") || ls <= 2 || text.as_bytes()[ls - 1] != b' ' {
        return None;
    }
    let verb = previous_word_of(text, ls - 1);
    let w = verb.len();
    matches!(
        verb.to_ascii_lowercase().as_str(),
        "reviewed"
            | "prepared"
            | "checked"
            | "approved"
            | "drafted"
            | "written"
            | "completed"
            | "signed"
            | "authorised"
            | "authorized"
            | "logged"
            | "updated"
            | "noted"
            | "minuted"
            | "compiled"
            | "cleared"
            // ("Note taken by: AK", "Minutes taken by: …")
            | "taken"
    )
    .then(|| ls - 1 - w)
}

/// Where the label that a colon and a space end starts ("Requester: "): back over 16
/// ASCII letters at most (so the cut is at a character's boundary). None when no space
/// follows the colon.
fn label_before_colon(b: &[u8], colon: usize) -> Option<usize> {
    if b.get(colon + 1) != Some(&b' ') {
        return None;
    }
    let mut start = colon;
    while start > 0 && colon - start < 16 && b[start - 1].is_ascii_alphabetic() {
        start -= 1;
    }
    Some(start)
}

/// Pushes each of a pass's finds (span, cue, unsure) that overlaps no name found before
/// the pass, judged as `name_hit` judges (its tier). One search each in the names found
/// before: a long draft stays linear. (A pass's finds may overlap each other.)
fn push_unnamed(
    text: &str,
    doc: &Document,
    lists: &Lookup,
    hits: &mut Vec<NameHit>,
    found: Vec<(usize, usize, NameCue, bool)>,
) {
    if found.is_empty() {
        return;
    }
    let named = SpanSet::new(hits.iter().map(|h| (h.start, h.end)).collect());
    for (s, e, cue, unsure) in found {
        if !named.overlaps(s, e) {
            hits.push(name_hit(text, doc, lists, (s, e), cue, unsure));
        }
    }
}

/// A Scottish Gaelic surname with its article ("Nic an t-Saoir", "Mac an tSaoir", "Mac a'
/// Phearsain"), which the word reader parts into words no list holds: the whole name,
/// with a listed given name before it ("Eilidh Nic an t-Saoir") or after it and a comma
/// ("Nic an t-Saoir, Eilidh"), or a title before it ("Mr Mac an t-Saoir"). Any name
/// found inside it gives way to it.
#[inline(never)]
fn add_gaelic_surnames(text: &str, doc: &Document, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let mut found: Vec<(usize, usize)> = Vec::new();
    for pat in [
        "Mac an ",
        "Nic an ",
        "Mac a' ",
        "Nic a' ",
        "Mac a’ ",
        "Nic a’ ",
    ] {
        for k in memchr::memmem::find_iter(b, pat.as_bytes()) {
            if text[..k].chars().next_back().is_some_and(is_letter) {
                continue;
            }
            let from = k + pat.len();
            let rest = &text[from..];
            // ("t-Saoir", "tSaoir": the article's "t" before a vowel or "S".)
            let body = rest
                .strip_prefix("t-")
                .or_else(|| {
                    rest.strip_prefix('t')
                        .filter(|r| r.starts_with(char::is_uppercase))
                })
                .unwrap_or(rest);
            let e = name_word_end(text, from);
            let word_len = e - (from + rest.len() - body.len());
            if !body.starts_with(char::is_uppercase) || word_len < 3 || e > from + 24 {
                continue;
            }
            let mut s = k;
            let mut end = e;
            let before = line_before(text, k, 40);
            let given_before = before.strip_suffix(' ').and_then(|h| {
                let w = h.rsplit(|c: char| !is_name_char(c)).next()?;
                (is_capitalised(w)
                    && (lists.is_first(w) || lists.is_title(w.trim_end_matches('.'))))
                .then_some((h.len() - w.len(), lists.is_title(w.trim_end_matches('.'))))
            });
            let given_after = text[e..].strip_prefix(", ").and_then(|r| {
                let we = name_word_end(r, 0);
                let w = &r[..we];
                (is_capitalised(w) && lists.is_first(w) && !lists.is_not_name(w))
                    .then_some(e + 2 + we)
            });
            match (given_before, given_after) {
                (Some((off, title)), _) => {
                    if !title {
                        s = k - (before.len() - off);
                    }
                }
                (None, Some(ae)) => end = ae,
                (None, None) => continue,
            }
            found.push((s, end));
        }
    }
    if found.is_empty() {
        return;
    }
    // (A hit inside a span: the spans by start, and the furthest end of those that start
    // at or before each, looked up by a binary search, not a walk over every span for
    // each hit.)
    found.sort_unstable();
    let reach: Vec<usize> = found
        .iter()
        .scan(0, |r, &(_, e)| {
            *r = e.max(*r);
            Some(*r)
        })
        .collect();
    hits.retain(|h| {
        let k = found.partition_point(|&(s, _)| s <= h.start);
        !(k > 0 && reach[k - 1] >= h.end)
    });
    let found = found
        .into_iter()
        .map(|(s, e)| (s, e, NameCue::FirstAndSurname, false))
        .collect();
    push_unnamed(text, doc, lists, hits, found);
}

/// Labels of a list of people on one line ("Participants: Ffion Lloyd-Jones; Devendra
/// Raghunathan; Nkechi Obi-Eze"), lowercased.
const PEOPLE_LIST_LABELS: [&str; 9] = [
    "participants",
    "attendees",
    "present",
    "in attendance",
    "apologies",
    "members",
    "invitees",
    "panel",
    "distribution",
];

/// The people listed after a label for a list of people, between semicolons, when one
/// of them is a known name: the others are people too, whatever the lists hold of their
/// words, if each is two or three capitalised words ("Devendra Raghunathan"), no job's
/// or team's word among them. For review.
#[inline(never)]
fn add_labelled_people(text: &str, doc: &Document, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut named: Option<Vec<(usize, usize)>> = None;
    for colon in memchr::memchr_iter(b':', b) {
        let Some(label_start) = label_before_colon(b, colon) else {
            continue;
        };
        // The label opens its line: what is before the colon on its line, looked for in
        // the 24 bytes before it (not back to the start of a long line for each colon).
        let head = line_before(text, colon, 24);
        let whole = colon == head.len() || b[colon - head.len() - 1] == b'\n';
        if label_start == colon
            || !whole
            || !PEOPLE_LIST_LABELS
                .iter()
                .any(|l| l.eq_ignore_ascii_case(head.trim()))
        {
            continue;
        }
        // (The list within 600 bytes, to its line's end.)
        let Some(line_end) = memchr::memchr(b'\n', &b[colon..(colon + 601).min(b.len())])
            .map(|k| colon + k)
            .or_else(|| (b.len() - colon <= 600).then_some(b.len()))
        else {
            continue;
        };
        if !text[colon..line_end].contains(';') {
            continue;
        }
        // Each item: where it starts and ends, trimmed.
        let mut items: Vec<(usize, usize)> = Vec::new();
        let mut at = colon + 1;
        for part in text[colon + 1..line_end].split(';') {
            let lead = part.len() - part.trim_start().len();
            let t = part.trim();
            // (A role in brackets after the name: "Aoife Ní Bhriain (chair)".)
            let t = t
                .split(" (")
                .next()
                .unwrap_or(t)
                .trim_end_matches(['.', ',']);
            items.push((at + lead, at + lead + t.len()));
            at += part.len() + 1;
        }
        // (The names found so far, sorted once for the draft: not a walk of them all
        // for each item of each list.)
        let named = named.get_or_insert_with(|| {
            let mut v: Vec<(usize, usize)> = hits.iter().map(|h| (h.start, h.end)).collect();
            v.sort_unstable();
            v
        });
        let known = items.iter().any(|span| named.binary_search(span).is_ok());
        if !known {
            continue;
        }
        for (s, e) in items {
            let words: Vec<&str> = text[s..e].split(' ').collect();
            let shaped = (2..=3).contains(&words.len())
                && words.iter().all(|w| {
                    is_capitalised(w)
                        && w.chars().all(is_name_char)
                        && !lists.is_not_name(w)
                        && !lists.job_words.contains_folded(w)
                        && !is_team_word(w)
                        && !lists.is_title(w)
                        // (A word in no list that the draft writes in lowercase is a
                        // word: "Ordnance Survey" beside "the survey".)
                        && !(lists.flags(w) == 0 && lists.written_lowercase(w, text))
                });
            if shaped {
                found.push((s, e, NameCue::Labelled, true));
            }
        }
    }
    push_unnamed(text, doc, lists, hits, found);
}

/// A note's head of a date, perhaps a time, and its writer's initials or first name and
/// initials, alone on their line ("02/05/24  RB", "22/11/2023 16:02  Anders T-M"), as a
/// case log or a notebook typed up writes each entry: for review.
#[inline(never)]
fn add_dated_note_heads(text: &str, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut lower: Vec<(usize, usize)> = Vec::new();
    let mut keys: Vec<&str> = Vec::new();
    let mut inline: Vec<(usize, usize)> = Vec::new();
    let mut logins: Vec<(usize, usize)> = Vec::new();
    let mut line = 0;
    while line < b.len() {
        let end = memchr::memchr(b'\n', &b[line..]).map_or(b.len(), |k| line + k);
        let l = text[line..end].trim_end();
        let next = end + 1;
        let mut t = l.trim_start();
        // (After a note's name: "Call note, 18/04/24, PV", "File note: 02/05/24  RB".)
        if let Some(k) = t.get(..t.len().min(24)).and_then(|h| h.find([',', ':'])) {
            let head = t[..k].to_ascii_lowercase();
            if head.split(' ').count() <= 3
                && (head.ends_with(" note") || head == "note" || head.ends_with(" log"))
                && t.as_bytes().get(k + 1) == Some(&b' ')
            {
                t = t[k + 1..].trim_start();
            }
        }
        let lead = line + (l.len() - t.len());
        // The date: "02/05/24", "22/11/2023", "2024-05-02".
        let date_len = t
            .bytes()
            .take(10)
            .take_while(|c| c.is_ascii_digit() || matches!(c, b'/' | b'-' | b'.'))
            .count();
        let date = &t[..date_len];
        let parts: Vec<&str> = date.split(['/', '-', '.']).collect();
        let dated = parts.len() == 3
            && parts
                .iter()
                .all(|p| (1..=4).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit()));
        if !dated {
            line = next;
            continue;
        }
        let mut rest = &t[date_len..];
        // The writer's initials of an entry `inline_note_writer` reads (`w`, a tail of `t`).
        let writer_at = |w: &str| {
            let s = lead + (t.len() - w.len());
            (s, s + w.find([' ', '\t']).unwrap_or(w.len()))
        };
        if let Some((off, len)) = log_user(rest) {
            if logins.len() < 64 {
                let s = lead + date_len + off;
                logins.push((s, s + len));
            }
            line = next;
            continue;
        }
        // A time: " 16:02".
        let r = rest.trim_start_matches(' ');
        // (Asked of the bytes: a wide character may follow the colon, "07:€".)
        if r.len() >= 5
            && r.as_bytes()[2] == b':'
            && r.as_bytes()[..2]
                .iter()
                .chain(&r.as_bytes()[3..5])
                .all(u8::is_ascii_digit)
        {
            rest = &r[5..];
            // (And its seconds: " 09:44:50".)
            if rest.len() >= 3
                && rest.as_bytes()[0] == b':'
                && rest.as_bytes()[1..3].iter().all(u8::is_ascii_digit)
            {
                rest = &rest[3..];
            }
        }
        if t.len() > 96 {
            // (Only an entry with its writer's initials runs on.)
            if let Some(w) = inline_note_writer(rest) {
                if inline.len() < 64 {
                    inline.push(writer_at(w));
                }
            }
            line = next;
            continue;
        }
        // A log's entry type in brackets: "2024-02-07 09:44:50  [Work note]  jpatel
        // (Service Desk L1)".
        let mut tagged = false;
        let r = rest.trim_start_matches([' ', '\t']);
        if r.starts_with('[') {
            if let Some(k) = r.get(..r.len().min(28)).and_then(|h| h.find(']')) {
                if r[1..k]
                    .bytes()
                    .all(|c| c.is_ascii_alphabetic() || c == b' ')
                    && k > 2
                {
                    rest = &r[k + 1..];
                    tagged = true;
                }
            }
        }
        // A file note's entry with its text on the same line, the writer's initials in
        // small letters between two wide gaps: "04/03/24  nk  Request received …",
        // "08/03/24\tbo'c\tWi-Fi is …". Counted when the note has three such entries.
        if !tagged {
            if let Some(w) = inline_note_writer(rest) {
                if inline.len() < 64 {
                    inline.push(writer_at(w));
                }
                line = next;
                continue;
            }
        }
        if !tagged && t.len() > 48 {
            line = next;
            continue;
        }
        // Two spaces or a tab, or a dash, before the writer.
        let who = rest
            .strip_prefix("  ")
            .or_else(|| rest.strip_prefix('\t'))
            .or_else(|| rest.strip_prefix(" – "))
            .or_else(|| rest.strip_prefix(" - "))
            .or_else(|| rest.strip_prefix(", "))
            .map(|w| w.trim_start_matches([' ', '\t']));
        let Some(who) = who else {
            line = next;
            continue;
        };
        let s = lead + (t.len() - who.len());
        // (After a log's entry type, the writer's team may follow in brackets.)
        let who = match who.find(" (") {
            Some(k) if tagged && who.ends_with(')') => &who[..k],
            _ => who,
        };
        let initials_only = is_note_initials(who);
        // After a log's entry type, a user name in small letters ("jpatel", "d.ng").
        let login = tagged && {
            let letters = who.bytes().filter(u8::is_ascii_lowercase).count();
            (4..=16).contains(&who.len())
                && letters + 1 >= who.len()
                && who.bytes().all(|c| c.is_ascii_lowercase() || c == b'.')
                && !who.starts_with('.')
                && !who.ends_with('.')
                && !is_common_log_word(who)
        };
        // "Anders T-M", "Anders T.": a first name and initials ("Hollie B" after a
        // log's entry type).
        let shortest = if tagged { 1 } else { 2 };
        let named = who.split_once(' ').is_some_and(|(first, ini)| {
            is_capitalised(first)
                && first.chars().all(is_letter)
                && first.chars().count() >= 3
                && (shortest..=5).contains(&ini.len())
                && ini.starts_with(|c: char| c.is_ascii_uppercase())
                && ini
                    .bytes()
                    .all(|c| c.is_ascii_uppercase() || matches!(c, b'-' | b'.'))
        });
        if initials_only || named || login {
            found.push((s, s + who.len()));
        }
        if (initials_only || login) && keys.len() < 8 && !keys.contains(&who) {
            keys.push(who);
        }
        // ("05/08/24  jb": a writer's initials in small letters, as a file note types
        // them; counted only when a second entry is theirs too.)
        if !tagged
            && (2..=3).contains(&who.len())
            && who.bytes().all(|c| c.is_ascii_lowercase())
            && !is_short_word(who)
            && lower.len() < 64
        {
            lower.push((s, s + who.len()));
        }
        line = next;
    }
    // (An audit log's user column: three entries at least.)
    if logins.len() >= 3 {
        inline.append(&mut logins);
    }
    if inline.len() >= 3 {
        for &(s, e) in &inline {
            found.push((s, e));
            if keys.len() < 12 && !keys.contains(&&text[s..e]) {
                keys.push(&text[s..e]);
            }
        }
    }
    lower.sort_unstable_by_key(|&(s, e)| (&text[s..e], s));
    for (k, &(s, e)) in lower.iter().enumerate() {
        let same = |o: Option<&(usize, usize)>| o.is_some_and(|&(a, z)| text[a..z] == text[s..e]);
        if same(lower.get(k + 1)) || k > 0 && same(lower.get(k - 1)) {
            found.push((s, e));
            if keys.len() < 8 && !keys.contains(&&text[s..e]) {
                keys.push(&text[s..e]);
            }
        }
    }
    // The writer's initials elsewhere ("typed up … by RB on 09/05/24").
    found.extend(other_uses(text, keys.into_iter()));
    add_for_review(hits, found, NameCue::Initials);
}

/// A note's writer in small letters, then the day it was written: "(dz, 03/07)" in
/// brackets, or opening a line or a list's item, "- rm 24/06: checked". Two or three
/// letters that make no word ("on 24/06", "by 03/07" do); a date of day and month.
#[inline(never)]
fn add_initials_before_dates(text: &str, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(k) = memchr::memchr(b'/', &b[at..]) {
        let slash = at + k;
        at = slash + 1;
        if found.len() >= 64 {
            break;
        }
        // The day before the slash, a month after it.
        let day = b[..slash]
            .iter()
            .rev()
            .take(3)
            .take_while(|c| c.is_ascii_digit())
            .count();
        let month = b[slash + 1..]
            .iter()
            .take(3)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if !(1..=2).contains(&day) || !(1..=2).contains(&month) {
            continue;
        }
        let d = slash - day;
        // ", " or " " before the day, and the initials before that.
        let gap = if b[..d].ends_with(b", ") {
            2
        } else if b[..d].ends_with(b" ") {
            1
        } else {
            continue;
        };
        let e = d - gap;
        let n = b[..e]
            .iter()
            .rev()
            .take(4)
            .take_while(|c| c.is_ascii_lowercase())
            .count();
        if !(2..=3).contains(&n) {
            continue;
        }
        let s = e - n;
        let before = &text[..s];
        let opens = before.ends_with('(')
            || before.ends_with("\n")
            || before.is_empty()
            || ["- ", "* ", "• "].iter().any(|m| {
                before.strip_suffix(m).is_some_and(|r| {
                    r.trim_end_matches([' ', '\t']).ends_with('\n') || r.trim().is_empty()
                })
            });
        let closes = matches!(b.get(slash + 1 + month), Some(b')' | b':'));
        if opens && closes && is_small_initials(&text[s..e]) {
            found.push((s, e));
        }
    }
    add_for_review(hits, found, NameCue::Initials);
}

/// Initials in small letters given a job title in brackets, as a file note names a
/// colleague: "Asked ts (Visitor Services Manager)", "passed to jh (Head of
/// Governance)", "bo'c (ICT Officer)". Two or three letters (an apostrophe may join
/// them) that make no word.
#[inline(never)]
fn add_small_initials_with_titles(text: &str, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let mut found = Vec::new();
    for p in memchr::memmem::find_iter(b, b" (") {
        if found.len() >= 64 {
            break;
        }
        let n = b[..p]
            .iter()
            .rev()
            .take(5)
            .take_while(|c| c.is_ascii_lowercase() || **c == b'\'')
            .count();
        let s = p - n;
        let alone = s == 0 || matches!(b[s - 1], b' ' | b'\n' | b'\t' | b'(');
        if alone
            && is_small_initials(&text[s..p])
            && b.get(p + 2).is_some_and(u8::is_ascii_uppercase)
            && job_title_after(text, lists, p).is_some()
        {
            found.push((s, p));
        }
    }
    add_for_review(hits, found, NameCue::Initials);
}

/// Initials in capitals in brackets after a role written in small letters, or after a
/// note's word, as a note names who did it without their name: "a repairs advisor
/// (PÓC) sent it", "FOI officer's note (HS), 21 May". For review. Not the role's own
/// letters ("the data protection officer (DPO)"), nor an abbreviation of no person
/// (`is_note_initials`), nor after a role in capitals ("Data Protection Officer (DPO)").
#[inline(never)]
fn add_initials_after_roles(text: &str, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let mut found = Vec::new();
    for p in memchr::memmem::find_iter(b, b" (") {
        if found.len() >= 64 {
            break;
        }
        let inner = &text[p + 2..];
        let n = caps_len(inner, 4);
        if n == 0 || inner.as_bytes().get(n) != Some(&b')') || !is_note_initials(&inner[..n]) {
            continue;
        }
        let before = line_before(text, p, 40);
        let words: Vec<&str> = before.split(' ').collect();
        let last = words.last().copied().unwrap_or("");
        let last = last.strip_suffix("'s").unwrap_or(last);
        let note = matches!(last, "note" | "notes" | "comment" | "comments");
        let role = last.starts_with(|c: char| c.is_ascii_lowercase())
            && lists.job_words.contains_folded(last);
        if !(note || role) {
            continue;
        }
        // Not the role's own letters: "the data protection officer (DPO)".
        let initials: String = inner[..n].chars().map(|c| c.to_ascii_lowercase()).collect();
        let heads: String = words
            .iter()
            .rev()
            .take(initials.chars().count())
            .rev()
            .filter_map(|w| w.chars().next())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if heads == initials {
            continue;
        }
        found.push((p + 2, p + 2 + n));
    }
    add_for_review(hits, found, NameCue::Initials);
}

/// A key to user names, one a line, each spelt by the name it is given: "jmokoena =
/// Jabu Mokoena, Property Officer" (an initial and the surname, or the first name and
/// the surname's, run together). Both are the person's: the name is found by the user
/// name that spells it, the user name for review. Two such lines at least.
#[inline(never)]
fn add_user_name_keys(text: &str, hits: &mut Vec<NameHit>) {
    let mut pairs = Vec::new();
    let mut line = 0;
    while line < text.len() && pairs.len() < 64 {
        let end = memchr::memchr(b'\n', &text.as_bytes()[line..]).map_or(text.len(), |k| line + k);
        let l = &text[line..end];
        let next = end + 1;
        let Some(eq) = l.get(..l.len().min(40)).and_then(|h| h.find(" = ")) else {
            line = next;
            continue;
        };
        let user = l[..eq].trim_start();
        let us = line + (eq - user.len());
        let name_from = line + eq + 3;
        let rest = &text[name_from..end];
        let clause = rest
            .split([',', '(', ';', '\t', '\r'])
            .next()
            .unwrap_or("")
            .trim_end();
        let words: Vec<&str> = clause.split(' ').collect();
        let ok_user = (3..=24).contains(&user.len())
            && user.starts_with(|c: char| c.is_ascii_lowercase())
            && user.bytes().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'_' | b'-')
            });
        let ok_name = (2..=3).contains(&words.len())
            && words.iter().all(|w| {
                is_capitalised(w) && w.chars().all(is_name_char) && w.chars().count() >= 2
            });
        if ok_user && ok_name {
            // The user name's letters spell the name: an initial or the first name, then
            // the surname ("jmokoena", "jabu.mokoena", "mokoenaj").
            let letters: String = user.chars().filter(|c| c.is_ascii_lowercase()).collect();
            let first = fold(words[0]);
            let last: String = fold(words[words.len() - 1])
                .chars()
                .filter(char::is_ascii_lowercase)
                .collect();
            let initial = first.chars().next().map(String::from).unwrap_or_default();
            let spelt = last.len() >= 3
                && (letters == format!("{initial}{last}")
                    || letters == format!("{first}{last}")
                    || letters == format!("{last}{initial}"));
            if spelt {
                pairs.push(((us, us + user.len()), (name_from, name_from + clause.len())));
            }
        }
        line = next;
    }
    if pairs.len() < 2 {
        return;
    }
    let names = pairs.iter().map(|p| p.1).collect();
    add_unless_taken(hits, names, NameCue::SpellingAddress, false);
    add_for_review(hits, pairs.iter().map(|p| p.0).collect(), NameCue::Login);
}

/// Initials in small letters as a note writes them: two or three letters, an apostrophe
/// may join them ("bo'c"), and no word or abbreviation ([`is_short_word`]).
fn is_small_initials(ini: &str) -> bool {
    let letters = ini.bytes().filter(u8::is_ascii_lowercase).count();
    (2..=3).contains(&letters)
        && ini.len() <= letters + 1
        && ini.bytes().all(|c| c.is_ascii_lowercase() || c == b'\'')
        && ini.starts_with(|c: char| c.is_ascii_lowercase())
        && ini.ends_with(|c: char| c.is_ascii_lowercase())
        && !is_short_word(ini)
}

/// A word of two or three small letters that a note puts where initials could stand
/// (before a date, between a date and an entry's text).
fn is_short_word(w: &str) -> bool {
    matches!(
        w,
        "on" | "by"
            | "at"
            | "to"
            | "of"
            | "in"
            | "is"
            | "it"
            | "as"
            | "an"
            | "am"
            | "be"
            | "do"
            | "go"
            | "if"
            | "me"
            | "my"
            | "no"
            | "so"
            | "up"
            | "us"
            | "we"
            | "or"
            | "ok"
            | "he"
            | "hi"
            | "and"
            | "the"
            | "for"
            | "per"
            | "via"
            | "was"
            | "are"
            | "dob"
            | "due"
            | "est"
            | "rec"
            | "ref"
            | "see"
            | "ack"
            | "inv"
            | "cf"
            | "eg"
            | "ie"
            | "nb"
            | "ps"
            | "re"
            | "fw"
            | "cc"
            | "tbc"
            | "tbd"
            | "etc"
            | "log"
            | "all"
            | "new"
            | "old"
            | "any"
            | "one"
            | "two"
            | "six"
            | "ten"
            | "out"
            | "off"
            | "day"
            | "pm"
            | "wk"
            | "wc"
            | "we'"
            | "fri"
            | "mon"
            | "tue"
            | "wed"
            | "thu"
            | "sat"
            | "sun"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "oct"
            | "nov"
            | "dec"
            | "jan"
            | "feb"
            | "mar"
            | "may"
            | "til"
            | "end"
            | "w/c"
            | "upd"
            | "rev"
            | "ver"
            | "v"
            | "no."
            | "exp"
            | "ext"
            | "tel"
            | "fax"
            | "mob"
            | "fyi"
            | "pls"
            | "eod"
            | "cob"
            | "wef"
            | "qtr"
            | "yr"
            | "mth"
            | "hrs"
            | "min"
            | "max"
            | "avg"
            | "tot"
            | "dep"
            | "arr"
            | "ret"
            | "po"
            | "na"
            | "she"
            | "met"
    )
}

/// The user in an audit log's entry: after the date (`rest` follows it) a time, then a
/// user name in small letters (digits, ".", "-" and "_" too), then a wide gap and the
/// event in capitals: "2024-01-02 07:02:41 jmokoena     LOGON OK". Its offset in
/// `rest` and its length. Not a word a log writes there ("system", "admin").
fn log_user(rest: &str) -> Option<(usize, usize)> {
    let r = rest.trim_start_matches([' ', '\t', 'T']);
    let b = r.as_bytes();
    let time =
        b.len() >= 5 && b[2] == b':' && b[..2].iter().chain(&b[3..5]).all(u8::is_ascii_digit);
    if !time {
        return None;
    }
    let mut k = 5;
    if b.get(5) == Some(&b':')
        && b.get(6..8)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    {
        k = 8;
    }
    let after = &r[k..];
    let w = after.trim_start_matches([' ', '\t']);
    if w.len() == after.len() {
        return None;
    }
    let n = w
        .bytes()
        .take(25)
        .take_while(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'-' | b'_')
        })
        .count();
    let user = &w[..n];
    let tail = &w[n..];
    let gap = tail.starts_with("  ") || tail.starts_with('\t');
    let event = tail.trim_start_matches([' ', '\t']);
    let caps = event.bytes().take_while(u8::is_ascii_uppercase).count();
    ((3..=24).contains(&n)
        && user.starts_with(|c: char| c.is_ascii_lowercase())
        && user.bytes().any(|c| c.is_ascii_lowercase())
        && !user.ends_with(['.', '-', '_'])
        && gap
        && caps >= 2
        && !is_common_log_word(user))
    .then(|| (rest.len() - w.len(), n))
}

/// The writer's initials in small letters and the rest of the entry, when `rest` (what
/// follows a file note's date) is two spaces or a tab, two or three small letters (an
/// apostrophe may join them: "bo'c"), then two spaces or a tab and the entry's text.
/// Not a word a note may start with ("am", "ok", "re").
fn inline_note_writer(rest: &str) -> Option<&str> {
    let w = rest
        .strip_prefix("  ")
        .or_else(|| rest.strip_prefix('\t'))?
        .trim_start_matches([' ', '\t']);
    let n = w
        .bytes()
        .take(5)
        .take_while(|c| c.is_ascii_lowercase() || *c == b'\'')
        .count();
    let gap = w[n..].starts_with("  ") || w[n..].starts_with('\t');
    let body = w[n..].trim_start_matches([' ', '\t']);
    (gap && is_small_initials(&w[..n]) && !body.is_empty()).then_some(w)
}

/// A word a log's head may hold where its writer stands ("system", "admin"): no user's
/// name.
fn is_common_log_word(w: &str) -> bool {
    matches!(
        w,
        "system"
            | "admin"
            | "administrator"
            | "auto"
            | "automated"
            | "service"
            | "server"
            | "unknown"
            | "none"
            | "root"
            | "guest"
            | "update"
            | "updated"
            | "closed"
            | "resolved"
            | "note"
            | "notes"
            | "email"
            | "user"
            | "users"
    )
}

/// Where initials the draft defines stand elsewhere as a word of their own (not
/// "AF-1", "x-AF"), but not as a time ("10:00 AM") nor a maker's name before its
/// product ("MS Teams").
fn other_uses<'t>(text: &str, keys: impl Iterator<Item = &'t str>) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    whole_words(text, keys, true)
        .into_iter()
        .filter(|&(s, e)| {
            let time = text[..s]
                .strip_suffix(' ')
                .unwrap_or(&text[..s])
                .ends_with(|c: char| c.is_ascii_digit());
            let product = b.get(e) == Some(&b' ')
                && b.get(e + 1).is_some_and(u8::is_ascii_uppercase)
                && b.get(e + 2).is_some_and(u8::is_ascii_lowercase);
            !(time || product)
        })
        .collect()
}

/// The end of the word of a name that starts at `from`: its letters, hyphens and
/// apostrophes ("Adebayo-Hart", "O'Neill", "D’Souza").
fn name_word_end(text: &str, from: usize) -> usize {
    text[from..]
        .find(|c: char| !is_name_char(c))
        .map_or(text.len(), |n| from + n)
}

/// A letter of a name's word, or its hyphen or apostrophe.
fn is_name_char(c: char) -> bool {
    is_letter(c) || matches!(c, '-' | '\'' | '’')
}

/// Where the run of characters that `keep` accepts, at most `max` of them, that ends at
/// `end` starts (`end` if there is none): the word before a marker, read back a bounded
/// way.
fn run_start(text: &str, end: usize, max: usize, keep: impl Fn(char) -> bool) -> usize {
    text[..end]
        .char_indices()
        .rev()
        .take(max)
        .take_while(|&(_, c)| keep(c))
        .last()
        .map_or(end, |(p, _)| p)
}

/// People listed surname first, one after another, when one of them is a known name
/// (a listed first name and surname): each of the others is then a person too, whatever
/// the lists hold of their words. Two shapes:
/// - a semicolon between them: "the panel was Llewelyn, Siân; Dubois, Mathieu;
///   Adebayo-Hart, Kemi." (minutes' "Present:" lines, a panel, a distribution list);
/// - a rota's or a register's rows, each opening a line and followed by a column:
///   "NICLEÒID M   WM   staff no. 40718", "FERGUSON A   FF(C)", "MacAoidh, Eòghann   FF(C)".
#[inline(never)]
fn add_surname_first_lists(text: &str, doc: &Document, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let mut found: Vec<(usize, usize)> = Vec::new();
    let word_end = |from: usize| name_word_end(text, from);
    // A surname (or a surname in capitals), a comma, a given name: its end, if `at`
    // starts one.
    let inverted_at = |at: usize| -> Option<(usize, bool)> {
        let e1 = word_end(at);
        let sur = &text[at..e1];
        if !(is_capitalised(sur) || is_all_caps_name(sur)) || !text[e1..].starts_with(", ") {
            return None;
        }
        let e2 = word_end(e1 + 2);
        let first = &text[e1 + 2..e2];
        if !is_capitalised(first)
            || lists.is_title(sur)
            || lists.is_title(first)
            || lists.is_not_name(first) && !lists.is_first(first)
            || lists.is_not_name(sur) && !lists.is_surname(sur)
            || lists.is_place(sur) && !lists.is_surname(sur)
        {
            return None;
        }
        Some((e2, lists.is_first(first) && lists.is_surname(sur)))
    };
    // Semicolon lists: each line holding "; " read once.
    let mut line_done = 0;
    for semi in memchr::memmem::find_iter(b, b"; ") {
        if semi < line_done {
            continue;
        }
        let ls = memchr::memrchr(b'\n', &b[..semi]).map_or(0, |k| k + 1);
        let le = memchr::memchr(b'\n', &b[semi..]).map_or(b.len(), |k| semi + k);
        line_done = le;
        // The line's parts between semicolons; an item fills a middle part, ends the
        // first and opens the last.
        let mut parts: Vec<(usize, usize)> = Vec::new();
        let mut from = ls;
        for k in memchr::memmem::find_iter(&b[ls..le], b"; ") {
            parts.push((from, ls + k));
            from = ls + k + 2;
        }
        parts.push((from, le));
        let mut run: Vec<(usize, usize)> = Vec::new();
        let mut known = false;
        for (k, &(ps, pe)) in parts.iter().enumerate() {
            let part = text[ps..pe].trim_end_matches('\r');
            // (The first part's item starts after a space, a colon or a bracket.)
            let item = if k == 0 {
                let comma = part.rfind(", ");
                comma.and_then(|c| {
                    let st = part[..c]
                        .rfind([' ', ':', '(', '[', '\t'])
                        .map_or(0, |i| i + 1);
                    inverted_at(ps + st)
                        .filter(|&(e, _)| e == ps + part.len())
                        .map(|(e, kn)| (ps + st, e, kn))
                })
            } else {
                // (The list may end inside a part: "… Adebayo-Hart, Kemi. Offices: …".)
                inverted_at(ps)
                    .filter(|&(e, _)| {
                        let rest = &text[e..ps + part.len()];
                        rest.is_empty()
                            || rest.starts_with(['.', ')', ']'])
                            || rest.starts_with(" (")
                            || rest.starts_with(" –")
                            || rest.starts_with(" - ")
                    })
                    .map(|(e, kn)| (ps, e, kn))
            };
            match item {
                Some((s, e, kn)) => {
                    run.push((s, e));
                    known |= kn;
                    if e < ps + part.len() {
                        if run.len() >= 2 && known {
                            found.append(&mut run);
                        }
                        run.clear();
                        known = false;
                    }
                }
                None => {
                    if run.len() >= 2 && known {
                        found.append(&mut run);
                    }
                    run.clear();
                    known = false;
                }
            }
        }
        if run.len() >= 2 && known {
            found.append(&mut run);
        }
    }
    // Rows: an item opening a line, after spaces or a list's mark, then two spaces, a tab
    // or a cell's bar.
    let mut rows: Vec<(usize, usize, bool)> = Vec::new();
    let mut ls = 0;
    while ls < b.len() {
        let le = memchr::memchr(b'\n', &b[ls..]).map_or(b.len(), |k| ls + k);
        let mut at = ls;
        while at < le && matches!(b[at], b' ' | b'\t' | b'|' | b'-' | b'*') {
            at += 1;
        }
        if at < le && le - at > 4 && (b[at].is_ascii_uppercase() || b[at] >= 0xC3) {
            let e1 = word_end(at);
            let sur = &text[at..e1];
            let item = if is_all_caps_name(sur)
                && b.get(e1) == Some(&b' ')
                && b.get(e1 + 1).is_some_and(u8::is_ascii_uppercase)
                && !b
                    .get(e1 + 2)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80)
                && !lists.is_title(sur)
                && !lists.is_not_name(sur)
            {
                Some((e1 + 2, lists.is_surname(sur)))
            } else {
                inverted_at(at)
            };
            if let Some((e, kn)) = item {
                let rest = &text[e..le];
                let rest = rest.strip_prefix('.').unwrap_or(rest);
                if rest.starts_with("  ") || rest.starts_with('\t') || rest.starts_with(" |") {
                    rows.push((at, e, kn));
                }
            }
        }
        ls = le + 1;
    }
    // (Rows of one list: each within three lines of the one before, no blank line
    // between.)
    let mut k = 0;
    while k < rows.len() {
        let mut z = k + 1;
        while z < rows.len() && {
            let between = &text[rows[z - 1].1..rows[z].0];
            let lines: Vec<&str> = between.split('\n').collect();
            (2..=4).contains(&lines.len())
                && !lines[1..lines.len() - 1]
                    .iter()
                    .any(|l| l.trim().is_empty())
        } {
            z += 1;
        }
        if z - k >= 2 && rows[k..z].iter().any(|r| r.2) {
            found.extend(rows[k..z].iter().map(|r| (r.0, r.1)));
        }
        k = z;
    }
    if found.is_empty() {
        return;
    }
    found.sort_unstable();
    let found = found
        .into_iter()
        .map(|(s, e)| (s, e, NameCue::Roster, false));
    push_unnamed(text, doc, lists, hits, found.collect());
}

/// A chat writer's head without the team or role in brackets after the name
/// ("kieran (Hollins Park site)", "Bev (Town Clerk)"): the words before " (", or all of
/// them.
fn without_bracket_tail(t: &str) -> &str {
    match t.trim_end().strip_suffix(')').and_then(|r| r.rfind(" (")) {
        Some(k) if k > 0 => &t[..k],
        _ => t,
    }
}

/// The name in the words before a chat message's time (`t`, a line's start): its span
/// within `t`, titles left out. Capitalised words and particles ("Mac a' Phearsain"),
/// five at most, one of them a listed name or a particle and none an ordinary word; one
/// word only as a listed first name.
fn chat_speaker(t: &str, lists: &Lookup) -> Option<(usize, usize)> {
    // (The writer's team or place in brackets after them: "kieran (Hollins Park
    // site)".)
    let t = without_bracket_tail(t);
    let lead = t.len() - t.trim_start().len();
    // A writer in lowercase, as chats write them ("[08:54] priya: anyone else …"): a
    // listed first name alone.
    let w = t.trim();
    if w.len() >= 3
        && w.chars().all(|c| c.is_lowercase() || c == '-')
        && lists.is_first(w)
        && !lists.is_not_name(w)
    {
        return Some((lead, lead + w.len()));
    }
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut at = lead;
    for w in t[lead..].split(' ') {
        words.push((at, w));
        at += w.len() + 1;
    }
    while words.len() > 1 && lists.is_title(words[0].1) {
        words.remove(0);
    }
    // (Their job after them, "Daz Caretaker": not the name's.)
    while words.len() > 1 && lists.job_words.contains_folded(words[words.len() - 1].1) {
        words.pop();
    }
    if words.is_empty() || words.len() > 5 {
        return None;
    }
    let (first, last) = (words[0].1, words[words.len() - 1].1);
    let name_word = |w: &str| {
        is_capitalised(w)
            || is_all_caps_name(w)
            || is_particle(w)
            // (Gaelic's "a'" of "Mac a' Phearsain".)
            || w.len() <= 3 && w.ends_with(['\'', '’']) && w.starts_with(char::is_lowercase)
    };
    if !words.iter().all(|(_, w)| !w.is_empty() && name_word(w))
        || !(is_capitalised(first) || is_all_caps_name(first))
        || !(is_capitalised(last) || is_all_caps_name(last))
        || words.len() == 1 && !lists.is_first(first)
    {
        return None;
    }
    // A listed name or a particle among the words, and no ordinary word ("Closing
    // Remarks 16:00: the chair").
    let listed = |w: &str| lists.is_first(w) || lists.is_surname(w);
    if !words.iter().any(|(_, w)| listed(w) || is_particle(w))
        || words
            .iter()
            .any(|(_, w)| lists.is_not_name(w) && !listed(w) && !is_particle(w))
    {
        return None;
    }
    let (s, (z, lw)) = (words[0].0, words[words.len() - 1]);
    Some((s, z + lw.len()))
}

/// A minutes' key of initials, one person a line: the initials, a dash or a colon, then
/// the name, then a comma, a bracket or the line's end ("TN – Nguyễn Thị Thanh, CAD
/// Analyst", "RMcA – Ruairidh MacAoidh", "JO'C: Jennifer O'Connell (chair)"). Each capital
/// of the initials opens a word of the name (a given name may come first or last), the
/// name has a listed word and no ordinary one, and two lines of the draft at least are
/// such keys. The name is a person's, and the initials, wherever else they stand ("TN
/// confirmed", "ŁW:"), are that person, for review.
#[inline(never)]
fn add_initials_key(text: &str, doc: &Document, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let mut names: Vec<(usize, usize)> = Vec::new();
    let mut keys: Vec<&str> = Vec::new();
    let mut at = 0;
    while at < b.len() {
        let end = memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |k| at + k);
        let line = text[at..end].trim_end_matches('\r');
        let lead = line.len() - line.trim_start_matches([' ', '\t', '*', '-', '•']).len();
        let body = &line[lead..];
        // (The initials: up to six letters, apostrophes, hyphens or stops, two capitals at
        // least: "RMcA", "JO'C", "BT-M".)
        let ini_len = body
            .char_indices()
            .take(7)
            .take_while(|&(_, c)| is_letter(c) || matches!(c, '\'' | '’' | '-' | '.'))
            .last()
            .map_or(0, |(k, c)| k + c.len_utf8());
        let ini = &body[..ini_len];
        let caps: Vec<char> = ini.chars().filter(|c| c.is_uppercase()).collect();
        let sep = [" – ", " - ", " — ", ": ", " = "]
            .iter()
            .find(|d| body[ini_len..].starts_with(**d));
        if let (Some(sep), true) = (sep, (2..=4).contains(&caps.len()) && starts_upper(ini)) {
            let from = at + lead + ini_len + sep.len();
            // (The name: up to four capitalised words, then a comma, a bracket or the end.)
            let mut e = from;
            let mut words: Vec<&str> = Vec::new();
            while words.len() < 4 {
                let we = name_word_end(text, e);
                if we == e || !starts_upper(&text[e..we]) {
                    break;
                }
                words.push(&text[e..we]);
                e = we;
                if !text[e..].starts_with(' ') || !text[e + 1..].starts_with(char::is_uppercase) {
                    break;
                }
                e += 1;
            }
            let rest = text[e..end].trim_end_matches('\r');
            let closes = rest.is_empty()
                || rest.starts_with([',', ';'])
                || rest.starts_with(" (")
                || rest.starts_with(" – ")
                || rest.starts_with(" - ");
            let opens: Vec<char> = words
                .iter()
                .flat_map(|w| {
                    // ("MacAoidh", "O'Connell": a capital inside a word opens a part.)
                    w.split(['-', '\'', '’'])
                        .flat_map(|p| p.chars().filter(|c| c.is_uppercase()))
                })
                .collect();
            let listed = |w: &str| lists.is_first(w) || lists.is_surname(w);
            if closes
                && (2..=4).contains(&words.len())
                && words.iter().all(|w| is_capitalised(w))
                && caps.iter().all(|c| opens.contains(c))
                && words.iter().any(|w| listed(w))
                && !words.iter().any(|w| lists.is_not_name(w) && !listed(w))
                && (!ini.bytes().all(|c| c.is_ascii_alphabetic()) || is_note_initials(ini))
            {
                names.push((from, e));
                keys.push(ini);
                // (A key is short: each name is looked up among the hits below.)
                if names.len() >= 64 {
                    break;
                }
            }
        }
        at = end + 1;
    }
    if keys.len() < 2 {
        return;
    }
    // (Only a name below the board keys its initials: a director's are hers in public.)
    let mut private: Vec<&str> = Vec::new();
    for (&(s, e), &ini) in names.iter().zip(&keys) {
        let tier = match hits.iter().find(|h| h.start < e && s < h.end) {
            Some(h) => h.tier,
            None => {
                let hit = name_hit(text, doc, lists, (s, e), NameCue::Labelled, false);
                let tier = hit.tier;
                hits.push(hit);
                tier
            }
        };
        if tier == Tier::Private {
            private.push(ini);
        }
    }
    let mut keys = private;
    keys.sort_unstable();
    keys.dedup();
    keys.truncate(16);
    let found = other_uses(text, keys.into_iter());
    add_for_review(hits, found, NameCue::NameInitials);
}

/// Initials the draft itself gives a person ("Alasdair Ferguson (AF)", "AF = Alasdair
/// Ferguson"), and the same initials as a word anywhere else ("AF to check"): that
/// colleague. Only a name below the board, whose words' first letters they are, and
/// not a common abbreviation ("Ian Thomas (IT)" keys nothing).
#[inline(never)]
fn add_defined_initials(text: &str, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let mut keys: Vec<String> = Vec::new();
    for h in hits.iter() {
        if h.tier != Tier::Private || h.cue == NameCue::Initials || keys.len() >= 16 {
            continue;
        }
        // A list of people, one a line, each with their initials in a column at the
        // line's end ("  Tomasz Kowalczyk, ICT Systems Officer        TK"): the rest of
        // the name's line, if the name opens it.
        let column = {
            let rest = line_after(text, h.end, 120);
            let closed = text[h.end + rest.len()..].is_empty()
                || text[h.end + rest.len()..].starts_with('\n');
            let rest = rest.trim_end();
            // (A title may open the line: "  Capt. Alasdair MacLeòid, Harbour Master".)
            let opens = {
                let lead = line_before(text, h.start, 16).trim();
                lead.is_empty() || lists.is_title(lead.trim_end_matches('.'))
            };
            let gap = rest
                .rfind([' ', '\t'])
                .filter(|&k| rest[..=k].ends_with("  ") || rest[..=k].ends_with('\t'));
            match gap {
                Some(k) if closed && opens && rest.len() - k <= 4 => &rest[k + 1..],
                _ => "",
            }
        };
        // ("Spoke to kt in ICT (Katarzyna Tomaszewska, …)": a note's own initials for a
        // person, in small letters, with the person in brackets after them, perhaps
        // their team between.)
        if let Some(key) = lowercase_key_before(text, lists, h.start, h.end) {
            if !keys.contains(&key) {
                keys.push(key);
            }
            continue;
        }
        // (Most names are keyed to nothing: the bytes around them settle it first.)
        // ("KOB (Kathleen O'Brien, Information Manager)": the initials first.)
        if !(text[h.end..].starts_with(" (")
            || text[..h.start].ends_with(" = ")
            || text[..h.start].ends_with(" ("))
            && column.is_empty()
        {
            continue;
        }
        let name = &text[h.start..h.end];
        // ("O'NEILL, Siobhan (SON)": a name written surname first stands for "Siobhan
        // O'Neill".)
        let reordered;
        let name = match name.split_once(", ") {
            Some((surname, given)) if !given.contains(',') => {
                reordered = format!("{given} {}", name_case(&surname.to_lowercase()));
                reordered.as_str()
            }
            _ => name,
        };
        // (A double-barrelled surname gives one letter or two: "Rebecca Pryce-Oyelowo
        // (RP)" or "(RPO)"; a Gaelic or Scots one the capitals inside it too: "Mòrag
        // NicLeòid (MNL)", "Ealasaid MacAoidh (EMA)".)
        for seps in [&[' ', '-'][..], &[' '][..], &[][..]] {
            let ini: String = if seps.is_empty() {
                name.split(' ')
                    .filter(|w| starts_upper(w) && !lists.is_title(w))
                    .flat_map(|w| w.chars().filter(|c| c.is_uppercase()))
                    .collect()
            } else {
                name.split(seps)
                    .filter(|w| starts_upper(w) && !lists.is_title(w))
                    .filter_map(|w| w.chars().next())
                    .collect()
            };
            // (Capitals with accents too: "Kieran Ó Dálaigh (KÓD)".)
            // (A writer's mark is taken too once a name defines it: "Priyanka Shah
            // (PS)" makes "PS escalates" hers; an acronym of the draft's subject, "IT",
            // "HR", "AD", "JS" (a changelog's JavaScript), never is.)
            const MARKS: [&str; 9] = ["PS", "NB", "SH", "EG", "QA", "NA", "IMO", "ETA", "PTO"];
            if !(2..=3).contains(&ini.chars().count())
                || !(is_note_initials(&ini) || MARKS.contains(&ini.as_str()))
            {
                continue;
            }
            let bracketed = text[h.end..]
                .strip_prefix(" (")
                .and_then(|r| r.strip_prefix(ini.as_str()))
                .is_some_and(|r| r.starts_with(')'));
            let equals = text[..h.start]
                .strip_suffix(" = ")
                .and_then(|b| b.strip_suffix(ini.as_str()))
                .is_some_and(|b| !b.as_bytes().last().is_some_and(u8::is_ascii_alphanumeric));
            let before = text[..h.start]
                .strip_suffix(" (")
                .and_then(|b| b.strip_suffix(ini.as_str()))
                .is_some_and(|b| !b.as_bytes().last().is_some_and(u8::is_ascii_alphanumeric));
            // ("per S.K. (Siân Kowalski, IT Infrastructure)": the initials with their
            // stops, which key themselves and "SK" both.)
            let dotted: String = ini.chars().flat_map(|c| [c, '.']).collect();
            let dotted_before = text[..h.start]
                .strip_suffix(" (")
                .and_then(|b| b.strip_suffix(dotted.as_str()))
                .is_some_and(|b| !b.as_bytes().last().is_some_and(u8::is_ascii_alphanumeric));
            if dotted_before {
                keys.push(dotted);
            }
            if bracketed || equals || before || dotted_before || column == ini {
                keys.push(ini);
                break;
            }
        }
    }
    if keys.is_empty() {
        return;
    }
    keys.sort_unstable();
    keys.dedup();
    let found = other_uses(text, keys.iter().map(String::as_str));
    add_for_review(hits, found, NameCue::Initials);
}

/// The initials in small letters a note gives the person named at `s..e` just before
/// their name's bracket ("kt (Katarzyna Tomaszewska"); one word of a team may stand
/// between ("kt in ICT (…"). Not a nickname that opens as the first name does ("baz
/// (Barry Holroyd"): a changelog's "tool (Tobias …)" is a word.
fn lowercase_key_before(text: &str, lists: &Lookup, s: usize, e: usize) -> Option<String> {
    let before = text[..s].strip_suffix(" (")?;
    let head = line_before(text, before.len(), 40);
    let mut words = head.rsplit(' ');
    let mut key = words.next()?;
    if key.bytes().all(|c| c.is_ascii_uppercase()) && words.next() == Some("in") {
        key = words.next()?;
    }
    if !(2..=4).contains(&key.len()) || !key.bytes().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    // (A word, "or (Barry…", "via (…", is no one's short name.)
    if lists.is_not_name(key)
        || matches!(
            key,
            "and"
                | "or"
                | "via"
                | "per"
                | "see"
                | "cc"
                | "to"
                | "by"
                | "at"
                | "on"
                | "in"
                | "of"
                | "for"
                | "the"
                | "was"
                | "is"
        )
    {
        return None;
    }
    let name = &text[s..e];
    let words: Vec<&str> = name
        .split([' ', '-'])
        .filter(|w| starts_upper(w) && !lists.is_title(w))
        .collect();
    let first = *words.first()?;
    if !lists.is_first(first) || words.len() < 2 {
        return None;
    }
    let ini: String = words
        .iter()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_lowercase)
        .collect();
    (ini == key).then(|| key.to_string())
}

/// A person's initials where the draft also names that person ("LN amends" beside
/// "Drafted by L. Novak", "-- NE: good" beside "Nkechi Eze", "KO'N –" beside "K.
/// O'Neill"): a colleague signing or named in a note. Only a name below the board, and
/// only initials standing as a note's do: before a colon, a dash, a bracket or a
/// lowercase word ("PR pasted"), not before a capitalised one ("NE Lincolnshire") or a
/// team's word ("PR team"), and not among other capitals ("NE REGION").
#[inline(never)]
fn add_named_initials(text: &str, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let mut keys: Vec<String> = Vec::new();
    for h in hits.iter() {
        if h.tier != Tier::Private || h.unsure || keys.len() >= 16 {
            continue;
        }
        if matches!(
            h.cue,
            NameCue::Initials
                | NameCue::SubjectInitials
                | NameCue::FirstNameAlone
                | NameCue::NameInitials
        ) {
            continue;
        }
        let name = &text[h.start..h.end];
        // ("Raghunathan, Priya": the given name first.)
        let (lead, rest) = match name.split_once(", ") {
            Some((surname, given)) => (given, surname),
            None => ("", name),
        };
        let mut ini = String::new();
        for w in lead.split([' ', '-']).chain(rest.split([' ', '-'])) {
            let w = w.trim_end_matches('.');
            if !starts_upper(w) || lists.is_title(w) {
                continue;
            }
            // ("O'Neill": "O'N".)
            match w.strip_prefix("O'").or_else(|| w.strip_prefix("O’")) {
                Some(r) if r.starts_with(|c: char| c.is_ascii_uppercase()) => {
                    ini.push_str("O'");
                    ini.push_str(&r[..1]);
                }
                _ => ini.extend(w.chars().next()),
            }
        }
        let letters = ini.bytes().filter(u8::is_ascii_uppercase).count();
        // ("Joost van den Berg": "JvdB", the particles' first letters small.)
        if name.split(' ').any(|w| {
            matches!(
                w,
                "van" | "von" | "der" | "den" | "de" | "du" | "di" | "da" | "del" | "le" | "la"
            )
        }) && keys.len() < 16
        {
            let mut with: String = String::new();
            for w in name.split([' ', '-']) {
                match w.chars().next() {
                    Some(c) if is_particle(w) && c.is_ascii_lowercase() => with.push(c),
                    Some(c) if c.is_ascii_uppercase() && !lists.is_title(w) => with.push(c),
                    _ => {}
                }
            }
            if with.len() <= 5
                && with.bytes().any(|c| c.is_ascii_lowercase())
                && is_note_initials(&with)
            {
                keys.push(with);
            }
        }
        if !(2..=3).contains(&letters) || !ini.is_ascii() {
            continue;
        }
        if !ini.contains('\'') && !is_note_initials(&ini) {
            continue;
        }
        keys.push(ini);
    }
    if keys.is_empty() {
        return;
    }
    keys.sort_unstable();
    keys.dedup();
    const TEAM_WORDS: [&str; 16] = [
        "team",
        "teams",
        "department",
        "dept",
        "office",
        "region",
        "unit",
        "agency",
        "campaign",
        "firm",
        "officer",
        "manager",
        "lead",
        "area",
        "sector",
        "service",
    ];
    let b = text.as_bytes();
    let found: Vec<(usize, usize)> = whole_words(text, keys.iter().map(String::as_str), true)
        .into_iter()
        .filter(|&(s, e)| {
            // (A word standing alone: not "zh_HK", "MM:SS:FF", "RO-{BT,CL}"; nor an
            // English word in capitals, "AS not supporting".)
            if s > 0 && !b" \t\n([<>\"'".contains(&b[s - 1])
                || matches!(
                    &text[s..e],
                    "AS" | "AT"
                        | "AN"
                        | "AM"
                        | "BE"
                        | "BY"
                        | "DO"
                        | "GO"
                        | "HE"
                        | "IF"
                        | "IN"
                        | "IS"
                        | "ME"
                        | "MY"
                        | "NO"
                        | "OF"
                        | "OH"
                        | "ON"
                        | "OR"
                        | "SO"
                        | "TO"
                        | "UP"
                        | "WE"
                )
            {
                return false;
            }
            // (Not among other capitals: the word before is no abbreviation, nor is the
            // next in a list, "BR, CF, CG, CL".)
            let before = text[..s].trim_end_matches([' ', '\t']);
            let caps = |w: &str| {
                let w = w.trim_matches([',', ';', '/', '(', ')']);
                w.len() >= 2 && w.bytes().all(|c| c.is_ascii_uppercase())
            };
            let prev_caps = before.rsplit([' ', '\t', '\n']).next().is_some_and(caps);
            let listed = [", ", "/", " / "].iter().any(|sep| {
                text[e..]
                    .strip_prefix(sep)
                    .is_some_and(|r| r.split([' ', ',', '.', ';']).next().is_some_and(caps))
            });
            if listed {
                return false;
            }
            // (Nor a role in brackets after a name: "Kayleigh (PA)".)
            let role = text[e..].starts_with(')')
                && before.strip_suffix('(').is_some_and(|b| {
                    b.trim_end()
                        .rsplit([' ', '\t', '\n'])
                        .next()
                        .is_some_and(|w| {
                            starts_upper(w)
                                && w.len() > 1
                                && !w.bytes().all(|c| c.is_ascii_uppercase())
                        })
                });
            if prev_caps || role {
                return false;
            }
            let after = &text[e..];
            if after.is_empty() || after.starts_with(['\n', '\r']) {
                return s == 0 || b[s - 1] == b'\n' || before.ends_with(['-', '–', '—']);
            }
            if after.starts_with([':', ')', ']', ',', ';', '>']) {
                return true;
            }
            if [" –", " -", " —", " ("]
                .iter()
                .any(|p| after.starts_with(p))
            {
                return true;
            }
            after.strip_prefix(' ').is_some_and(|a| {
                let w = a.split([' ', ',', '.', ';', ':']).next().unwrap_or("");
                w.starts_with(|c: char| c.is_ascii_lowercase()) && !TEAM_WORDS.contains(&w)
            })
        })
        .collect();
    add_for_review(hits, found, NameCue::NameInitials);
}

/// Where each of `tokens` stands in `text` as a word of its own (no letter or digit
/// either side; nor a hyphen, if `hyphen_joins`), one sweep of the draft per token.
fn whole_words<'t>(
    text: &str,
    tokens: impl Iterator<Item = &'t str>,
    hyphen_joins: bool,
) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let joins = |c: u8| c.is_ascii_alphanumeric() || hyphen_joins && c == b'-';
    let mut found = Vec::new();
    for t in tokens {
        for k in memchr::memmem::find_iter(b, t.as_bytes()) {
            let e = k + t.len();
            if (k == 0 || !joins(b[k - 1])) && !b.get(e).is_some_and(|&c| joins(c)) {
                found.push((k, e));
            }
        }
    }
    found
}

/// A note's initials of three letters or more ("Comment [LMcK]: …", "-- SJW"), written
/// again elsewhere in the draft: the same colleague ("approved LMcK 14/12/23"). Two
/// capitals are left to where they stand: they are often something else too.
#[inline(never)]
fn add_repeated_initials(text: &str, hits: &mut Vec<NameHit>) {
    let mut tokens: Vec<&str> = hits
        .iter()
        .filter(|h| h.cue == NameCue::Initials && h.end - h.start >= 3)
        .map(|h| &text[h.start..h.end])
        .collect();
    if tokens.is_empty() {
        return;
    }
    tokens.sort_unstable();
    tokens.dedup();
    // (One sweep of the draft for each: a draft has a few writers, and a paste of
    // thousands of notes is not searched thousands of times.)
    tokens.truncate(16);
    let found = whole_words(text, tokens.into_iter(), false);
    add_for_review(hits, found, NameCue::Initials);
}

/// "Our Finance Manager Jane Smith", "The Estates Officer Tom Brown", "Call Jane Smith":
/// ordinary capitalised words (a job, a department, a sentence's first word) run into a
/// name, and the whole run is no name. Where the run's tail from its first listed first
/// name or initial may be one, when every word before that is an ordinary word (for
/// `find` to judge). An ordinary word is a listed one, or one in no name list at all
/// ("Call", "Contact", "Ask", "Payroll": the not-name list holds only words that are
/// also in a name list).
fn name_in_tail(text: &str, lists: &Lookup, ws: &[Word], i: usize, j: usize) -> Option<usize> {
    let word = |k: usize| &text[ws[k].start..ws[k].end];
    let k = (i + 1..=j)
        .find(|&k| is_initial(word(k)) || lists.is_first(word(k)) && !lists.is_not_name(word(k)))?;
    // ("Trader Mohammed Iqbal", "Driver John Lowe": a word that is also a surname may
    // stand before a first name and a listed surname.)
    let strong_tail = j > k && lists.is_first(word(k)) && lists.is_surname(word(j));
    (i..k)
        .all(|m| {
            let w = word(m);
            !lists.is_first(w) && (lists.is_not_name(w) || !lists.is_surname(w) || strong_tail)
        })
        .then_some(k)
}

/// May `next`, an ordinary word that is also a surname ("Green", "Hall", "King"),
/// follow word `i` as its surname? Only after a listed first name or an initial
/// ("Sarah Green", "J. Hall", "Mark Rose"); a title alone before it is judged in
/// `judge`, which also asks for a cue when both words are ordinary ones ("Mark Rose
/// (Station Manager)", not "Mark Day agreed").
fn surname_word_after(lists: &Lookup, text: &str, ws: &[Word], i: usize, next: &str) -> bool {
    let cur = &text[ws[i].start..ws[i].end];
    lists.is_surname(next) && (is_initial(cur) || lists.is_first(cur))
}

#[inline]
fn is_all_caps_name(w: &str) -> bool {
    // Most words fail on an ASCII lowercase letter in their first two bytes.
    let b = w.as_bytes();
    if b.first().is_some_and(u8::is_ascii_lowercase) || b.get(1).is_some_and(u8::is_ascii_lowercase)
    {
        return false;
    }
    if b.is_ascii() {
        return b.len() >= 3
            && b.iter()
                .all(|&c| c.is_ascii_uppercase() || c == b'\'' || c == b'-');
    }
    w.chars().all(|c| c.is_uppercase() || c == '\'' || c == '-') && w.chars().count() >= 3
}

/// Does a mail or note close with this word ("Thanks, Rose", "Regards,\nMark")?
/// Is the word at `s` a chat's mention of a person, "@" straight before it and a space,
/// a bracket or the line's start before that ("@Marta thanks", "(@Grzegorz)"), not an
/// address's domain ("jo@Example.org") nor a code's annotation ("x.@Override")?
fn at_mention(text: &str, s: usize) -> bool {
    let b = text.as_bytes();
    if !(s >= 1
        && b[s - 1] == b'@'
        && (s == 1 || matches!(b[s - 2], b' ' | b'\n' | b'\t' | b'(' | b'[')))
    {
        return false;
    }
    // (The word's end: not a dot and more of a domain after it.)
    let e = text[s..]
        .find(|c: char| !is_alnum(c))
        .map_or(text.len(), |k| s + k);
    !(b.get(e) == Some(&b'.') && b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric))
}

fn is_closing(w: &str) -> bool {
    matches!(
        w,
        "Thanks"
            | "thanks"
            | "Ta"
            | "Regards"
            | "regards"
            | "Cheers"
            | "Best"
            | "wishes"
            | "Wishes"
            | "Diolch"
    )
}

/// Does the line `before` a run end with a job title and a separator ("the Parking
/// Manager, ", "Team Leader – ", "Project Lead: ")?
fn role_before(lists: &Lookup, before: &str) -> bool {
    let Some(t) = [", ", " – ", " - ", " — ", ": "]
        .iter()
        .find_map(|sep| before.strip_suffix(sep))
    else {
        return false;
    };
    let word = t.rsplit([' ', '\t', '(']).next().unwrap_or("");
    lists.job_words.contains_folded(word)
}

/// Is the run ending at `e` a table cell of its own: a tab or a bar (or the line's
/// start, in a row that has them) before it, and a tab or a bar after it?
fn is_cell(text: &str, before: &str, e: usize) -> bool {
    let b = before.trim_end_matches(' ');
    let after = line_after(text, e, 2);
    let a = after.trim_start_matches(' ');
    let opens = b.ends_with(['\t', '|']) || b.is_empty() && before.len() < 4;
    opens && a.starts_with(['\t', '|'])
}

/// "Zhang, Wei", "Brown, Mark", "de Souza, Rafael", "Marsh, D.": a surname, a comma and
/// a first name or initial, as staff lists and tables write names, when the two are a
/// cell or list item of their own (the line, a tab or a bar before the surname; the
/// line's end, a tab, a bar, a bracket or a dash after the first name) or follow a
/// label ("Officer: Okafor, Chinonso"). The surname and the first name must be listed
/// as such. Words `i..=j` are the surname's run; the word after it is `ws[j + 1]`.
fn inverted(
    text: &str,
    doc: &Document,
    lists: &Lookup,
    ws: &[Word],
    i: usize,
    j: usize,
) -> Option<NameHit> {
    let (mut s, e) = (ws[i].start, ws[j].end);
    if !text[e..].starts_with(", ") || j - i > 2 {
        return None;
    }
    let f = ws.get(j + 1)?;
    let surname = &text[ws[j].start..e];
    let first = &text[f.start..f.end];
    // "KHAN, Nadia": a surname in capitals before a first name is a name wherever it
    // stands, as police, NHS and council records write names.
    let caps = is_all_caps_name(surname);
    // "Patient: NKEMELU, Adaeze, DOB …", "the visitor was NOWAKOWSKA, Katarzyna DOB
    // 03/07/1988": a surname in capitals and a first name, after a label for a person
    // or before the person's date of birth, whatever the lists hold.
    let first_end = {
        let mut k = f.end;
        // ("Jun-Hao": a first name of two parts.)
        while text[k..].starts_with('-') && text[k + 1..].starts_with(|c: char| c.is_uppercase()) {
            k += 1 + text[k + 1..]
                .find(|c: char| !is_letter(c))
                .unwrap_or(text.len() - k - 1);
        }
        k
    };
    // (A surname of two letters too: "LI, Jun-Hao".)
    let caps2 = surname.chars().count() >= 2
        && surname
            .chars()
            .all(|c| c.is_uppercase() || c == '\'' || c == '-');
    let recorded = caps2
        && i == j
        && f.start == e + 2
        && is_capitalised(first)
        && !lists.is_title(surname)
        && {
            says_born(text[first_end..].trim_start_matches([',', ' ', '(', '\u{a0}']))
                || line_before(text, s, 40)
                    .trim_end()
                    .strip_suffix(':')
                    .is_some_and(|b| {
                        let b = b.trim_start();
                        SUBJECT_LABELS.iter().any(|l| b.eq_ignore_ascii_case(l))
                    })
                // ("Officer: WHITTAKER-NDLOVU, Temperance": a label for a person's part.)
                || person_label_before(text, s)
        };
    if recorded {
        return Some(name_hit(
            text,
            doc,
            lists,
            (s, first_end),
            NameCue::FirstAndSurname,
            false,
        ));
    }
    // (In a mail header's field a surname the lists do not hold is one before a first
    // name they do: "From: Raghunathan, Priyanka <…>"; not a word: "To: Housing, Rose".)
    // (Or a double surname in capitals, one part listed, before a listed first name:
    // "Officer: WHITTAKER-NDLOVU, Temperance".)
    let surname_known = lists.is_surname(surname)
        || lists.is_first(first) && !lists.is_not_name(surname) && in_mail_header(text, s)
        || caps
            && surname.contains('-')
            && lists.is_first(first)
            && surname.split('-').any(|p| lists.is_surname(p))
        // ("Lindqvist-Hale, M.": a double surname, one part listed, before an initial.)
        || is_capitalised(surname)
            && surname.contains('-')
            && is_initial(first)
            && surname.split('-').all(is_capitalised)
            && surname.split('-').any(|p| lists.is_surname(p) && !lists.is_not_name(p));
    if f.start != e + 2
        || !(is_capitalised(surname) || caps)
        || !surname_known
        || lists.is_title(surname)
        || !(ws[i..j].iter().all(|w| {
            let p = &text[w.start..w.end];
            is_particle(p) || is_caps_particle(p)
        }))
    {
        return None;
    }
    let initial = is_initial(first);
    // "From: Pillai, Tharini": a mail header's field that a surname the lists hold and
    // a given name fill, whatever the given name.
    let header_field = || {
        is_capitalised(first)
            && lists.is_surname(surname)
            && !lists.is_not_name(first)
            && in_mail_header(text, s)
            && {
                let r = &text[f.end..];
                r.is_empty() || r.starts_with(['\n', '\r', ';']) || r.starts_with(" <")
            }
    };
    // ("French, German", "Bell, Bell": words, or one name twice, are no name.)
    if !(initial || is_capitalised(first) && lists.is_first(first) || header_field())
        || lists.is_title(first)
        || first == surname
    {
        return None;
    }
    // Two ordinary words ("French, German", "Hall, Rose") are a name only in a mail
    // header's field ("From: Hall, Rose <…>").
    let both_words = lists.is_not_name(surname) && lists.is_not_name(first);
    let mut end = f.end;
    if initial && text[end..].starts_with('.') {
        end += 1;
        // (More initials: "BAJWA, H.S.", "Hale, M.J.".)
        for _ in 0..2 {
            let b = text.as_bytes();
            if b.get(end).is_some_and(u8::is_ascii_uppercase)
                && b.get(end + 1) == Some(&b'.')
                && !b.get(end + 2).is_some_and(u8::is_ascii_alphanumeric)
            {
                end += 2;
            } else {
                break;
            }
        }
    }
    // A middle initial after the first name: "O'Neill, Stephen T. (Head of Security)".
    let b = text.as_bytes();
    if !initial
        && b.get(end) == Some(&b' ')
        && b.get(end + 1).is_some_and(u8::is_ascii_uppercase)
        && b.get(end + 2) == Some(&b'.')
        && !b.get(end + 3).is_some_and(u8::is_ascii_alphanumeric)
    {
        end += 3;
    }
    // A lowercase particle before the surname belongs to it ("de Souza, Rafael").
    // (Two of them: "van der Berg, Pieter".)
    for _ in 0..2 {
        let before = line_before(text, s, 60);
        let lead = before.trim_end_matches(' ');
        // (The particle may start a cell: "40018901<TAB>NÍ BHRIAIN, Aoife".)
        let k = lead.rfind([' ', '\t', '|']).map_or(0, |k| k + 1);
        if !((is_particle(&lead[k..]) || is_caps_particle(&lead[k..]))
            && lead.len() + 1 == before.len())
        {
            break;
        }
        s -= before.len() - k;
    }
    let before = line_before(text, s, 60);
    let t = before.trim_end_matches(' ');
    let after = line_after(text, end, 4);
    // A cell, a list item or a line of its own. (A cell of a table aligned with spaces
    // has two or more on each side: "INV-55134  Pennant    MACLEOD, Fiona    6098342".)
    let wide_before = !t.trim_start().is_empty() && before.len() - t.len() >= 2;
    // (A cell of comma-separated values, quoted for its comma: `,"Hale, M.",2024`.)
    let csv = (t == "\"" || t.ends_with(",\""))
        && after
            .strip_prefix('"')
            .is_some_and(|a| a.trim_end().is_empty() || a.starts_with(','));
    let item = csv
        || (t.trim_start().is_empty()
            || t.ends_with(['\t', '|', '•', '–', '-', '*'])
            || wide_before && after.starts_with("  "))
            && (after.trim_end().is_empty()
            || after.starts_with(['\t', '|'])
            || wide_before && after.starts_with("  ")
            || after.starts_with(" (")
            || after.starts_with(" |")
            // ("Nowak, Piotr – Visitor Services Supervisor": a dash, then a role.)
            || after.starts_with(" –")
            || after.starts_with(" —")
            || after.starts_with(" - "));
    // After a label ("Officer: ") or "by" ("refused by Kaur, Jaspreet;"), or before a
    // job or a note.
    let by = t.ends_with(" by") || t.ends_with(" By");
    // ("From: Oduya, Grace PC 2317": a rank and a collar number after the name.)
    let rank_after = || {
        let r = text[end..].strip_prefix(' ').unwrap_or("");
        let (rank, rest) = r.split_once(' ').unwrap_or(("", ""));
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        (lists.is_title(rank) || rank == "PS")
            && rank.bytes().all(|b| b.is_ascii_alphabetic())
            && (3..=6).contains(&digits)
            && !rest
                .as_bytes()
                .get(digits)
                .is_some_and(u8::is_ascii_alphanumeric)
    };
    let field = (item || by || t.ends_with([':', ';']))
        && (after.trim_end().is_empty()
            || after.starts_with(['\t', '|', ')', ';', ']'])
            || after.starts_with(" (")
            || after.starts_with(" <")
            || after.starts_with(" |")
            || after.starts_with(" –")
            || after.starts_with(" —")
            || after.starts_with(" -")
            || after.starts_with(", ")
            || rank_after());
    // A surname that is also an ordinary word ("Wood, Amber") only as an item: "Places:
    // London, Paris" lists places.
    // (In a mail header's list of people, any: "Cc: Victor Hall; Wood, Amber".)
    let header = || in_mail_header(text, s);
    // (Not in a list of names written the other way: "Nicolas JOLY, Jason L. Wright",
    // "Luca BRUNO, Ludwig Nussel".)
    let name_before = {
        let b = before.trim_end_matches([' ', '\u{a0}']);
        b.len() < before.len()
            && !wide_before
            && b.rsplit([' ', '\t', '\u{a0}'])
                .next()
                // (A given name: "Patient SMITH, John" is a record's. Not a job's title
                // before a comma: "The Crematorium Technician, ZIELIŃSKI, Marek".)
                .is_some_and(|w| {
                    !w.ends_with([',', ';', ':']) && is_capitalised(w) && !lists.is_not_name(w)
                })
    };
    let name_after = {
        let mut a = text[end..].chars();
        matches!(a.next(), Some(' ' | '\u{a0}')) && a.next().is_some_and(char::is_uppercase)
    };
    let caps_pair = caps
        && (is_capitalised(first) || initial)
        && !lists.is_not_name(surname)
        && !name_before
        && !name_after;
    if !(item || caps_pair || field && (!lists.is_not_name(surname) || header()))
        || both_words && !(field && header())
    {
        return None;
    }
    Some(name_hit(
        text,
        doc,
        lists,
        (s, end),
        NameCue::FirstAndSurname,
        false,
    ))
}

/// The name at `s..e`, found by `cue`: a board member's if the config names them
/// public, otherwise as senior as the words around it say.
fn name_hit(
    text: &str,
    doc: &Document,
    lists: &Lookup,
    (s, e): (usize, usize),
    cue: NameCue,
    unsure: bool,
) -> NameHit {
    let tier = if lists.public_people.contains(&fold(&text[s..e])) {
        Tier::Board
    } else {
        seniority(text, lists, s, e, doc)
    };
    // A person given their badge, staff or collar number is named as staff are, not in
    // a public role ("CEO Leanne Thorogood, badge no. CEO 1147": a civil enforcement
    // officer, not a chief executive).
    let numbered =
        || opens_number_label(line_after(text, e, 24).trim_start_matches([',', ' ', '(']));
    let tier = if tier != Tier::Private && numbered() {
        Tier::Private
    } else {
        tier
    };
    NameHit {
        start: s,
        end: e,
        tier,
        cue,
        unsure,
    }
}

/// Is `at` on a mail header's line of people ("From:", "To:", "Cc:", "Bcc:")?
fn in_mail_header(text: &str, at: usize) -> bool {
    // (A reply quotes the header it answers: "> From: …".)
    let line = unquoted(line_before(text, at, 200).trim_start());
    ["From:", "To:", "Cc:", "CC:", "Bcc:"]
        .iter()
        .any(|h| line.starts_with(h))
}

/// Does a mail header's line start here ("From:", "To:", "Cc:", "Sent by:")?
fn opens_mail_header(line_start: &str) -> bool {
    ["From:", "To:", "Cc:", "CC:", "Sent by:"]
        .iter()
        .any(|h| line_start.starts_with(h))
}

/// A name particle in capitals ("VAN", "DE", "MAC"), as in a name written all in capitals.
fn is_caps_particle(w: &str) -> bool {
    let mut low = [0u8; 5];
    // "NÍ", "Ó", "MAC": the Irish particles, written as the name is, in capitals.
    if !w.is_ascii() && w.len() <= 4 && w.chars().all(char::is_uppercase) {
        return is_particle(&title_case(w));
    }
    if matches!(w, "MAC" | "NIC") {
        return true;
    }
    if !(2..=5).contains(&w.len()) || !w.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    low[..w.len()].copy_from_slice(w.as_bytes());
    low.make_ascii_lowercase();
    std::str::from_utf8(&low[..w.len()]).is_ok_and(is_particle)
}

/// Words `i..=j`, some in capitals: a name written all in capitals ("JOHN HARGREAVES",
/// "MARY O'NEILL", "SARAH VAN DER BERG"), as under a sign-off, in a mail header or
/// after a label ("Author: "), is a person's name when its first word is a listed
/// first name and its last a listed surname, and the name is its line, or follows a
/// label on it, or has a job title after it. (Headings are written in capitals too,
/// and are not names: "FREEDOM OF INFORMATION REQUEST", "GRACE HALL" alone on a line
/// outside a signature is checked by the officer.)
fn caps_name(
    text: &str,
    doc: &Document,
    lists: &Lookup,
    ws: &[Word],
    i: usize,
    j: usize,
    tokens: &[&str],
) -> Option<NameHit> {
    let (s, e) = (ws[i].start, ws[j].end);
    let (first, last) = (tokens[0], *tokens.last()?);
    // (A given name of two letters too, before a surname: "JO WHITFIELD".)
    let short_first = tokens.len() == 2 && short_caps_given(first);
    let shaped = (2..=4).contains(&tokens.len())
        && (is_all_caps_name(first) || short_first)
        && is_all_caps_name(last)
        && tokens[1..tokens.len() - 1]
            .iter()
            .all(|t| is_all_caps_name(t) || is_caps_particle(t) || is_initial(t));
    let before = line_before(text, s, 200);
    let after = line_after(text, e, 200).trim_end_matches('\r');
    if !shaped || !lists.is_first(first) || lists.is_title(first) || !lists.is_surname(last) {
        return mixed_caps_name(text, doc, lists, ws, (i, j), tokens, before);
    }
    let line = whole_line(text, s);
    let rest = after.trim_end().trim_end_matches([',', '.']);
    let own_line = before
        .trim_start()
        .trim_start_matches_str("for ")
        .trim_start_matches_str("pp ")
        .is_empty()
        && rest.is_empty()
        && line.len() < 200;
    let label = before.trim_end().ends_with(':')
        && (rest.is_empty() || after.starts_with([',', ' ', '<', '(', '\t']));
    let job_after = job_title_after(text, lists, e).is_some();
    let in_signature = doc.context_at(s) == Context::Signature;
    // After a title ("MR PÁDRAIG Ó MURCHÚ"), a job title ("the team manager, DAWN
    // MILLS."), or as a table's cell ("E105066\tROWAN ASHE\tSecurity Analyst").
    let titled = i > 0 && lists.is_title(&text[ws[i - 1].start..ws[i - 1].end]);
    if !(own_line
        || label
        || job_after
        || titled
        || role_before(lists, before)
        || is_cell(text, before, e))
    {
        return None;
    }
    let header = opens_mail_header(before.trim_start());
    let signed = in_signature || own_line && is_first_signature_line(text, doc, s);
    // A first name and a place word ("VICTORIA WARD") alone on a line may be a ward's
    // heading: for review, unless a signature, header or job title says it is a person.
    // (The place lists are written as places are, "Ward": so is the word looked up.)
    let titled = title_case(last);
    let unsure = lists.is_place_surname(&titled) && !(signed || header || job_after);
    let cue = if signed {
        NameCue::SignOff
    } else if header {
        NameCue::MailHeader
    } else if job_after {
        NameCue::JobTitle
    } else {
        NameCue::FirstAndSurname
    };
    Some(name_hit(text, doc, lists, (s, e), cue, unsure))
}

/// A surname in capitals beside given names written as names are, as records and
/// registers write them: "Amelia-Rose KAMARA", "TSANG Mei Ling", "ZIELIŃSKI W.". The
/// given names must be listed first names (each part of a hyphenated one) or initials,
/// and the surname listed as one, or the name must stand where only a name stands:
/// after a title or a label, as a table's cell, or alone on its line.
fn mixed_caps_name(
    text: &str,
    doc: &Document,
    lists: &Lookup,
    ws: &[Word],
    (i, j): (usize, usize),
    tokens: &[&str],
    before: &str,
) -> Option<NameHit> {
    let given = |t: &str| {
        is_capitalised(t)
            && !is_all_caps_name(t)
            && t.split('-').all(|p| lists.is_first(p))
            && !lists.is_not_name(t)
    };
    // "Watch Manager Stephen OLAWALE-GRANT": a job's title in the same run, before
    // given names and a surname in capitals, stands as a title does.
    let mut job_led = false;
    let (mut i, mut tokens) = (i, tokens);
    if tokens.len() >= 3 && tokens.len() == j + 1 - i && is_all_caps_name(tokens[tokens.len() - 1])
    {
        if let Some(k) = (1..tokens.len() - 1).find(|&k| given(tokens[k])) {
            if lists.job_words.contains_folded(tokens[k - 1])
                && tokens[..k]
                    .iter()
                    .all(|t| is_capitalised(t) && !is_all_caps_name(t))
            {
                (i, tokens) = (i + k, &tokens[k..]);
                job_led = true;
            }
        }
    }
    if !(2..=4).contains(&tokens.len()) {
        return None;
    }
    let (s, e) = (ws[i].start, ws[j].end);
    let (first, last) = (tokens[0], tokens[tokens.len() - 1]);
    let rest_initials = tokens[1..].iter().all(|t| is_initial(t));
    // Given names then the surname, or the surname then given names or initials.
    let (surname, names) = if is_all_caps_name(last)
        && tokens[..tokens.len() - 1].iter().all(|t| given(t))
    {
        (last, &tokens[..tokens.len() - 1])
    } else if is_all_caps_name(first) && (tokens[1..].iter().all(|t| given(t)) || rest_initials) {
        (first, &tokens[1..])
    } else if is_all_caps_name(last)
        && tokens[..tokens.len() - 1].iter().all(|t| is_initial(t))
        // ("K. MADUEKWE" signing a letter: initials, then the surname in capitals,
        // under the sign-off or after a person's label.)
        && (doc.context_at(s) == Context::Signature
            || is_first_signature_line(text, doc, s)
            || person_label_before(text, s))
    {
        (last, &tokens[..tokens.len() - 1])
    } else {
        return None;
    };
    if lists.is_title(surname) || names.is_empty() {
        return None;
    }
    // "ZIELIŃSKI W." — the initial closed by its stop, or ending a cell or line.
    if rest_initials && surname == first {
        let after = &text[e..];
        if !(after.starts_with('.')
            || after.is_empty()
            || after.starts_with(['\t', '|', '\n', '\r']))
        {
            return None;
        }
    }
    let folded = title_case(surname);
    let listed = lists.is_surname(&folded) || lists.is_surname(surname);
    let titled = i > 0 && lists.is_title(&text[ws[i - 1].start..ws[i - 1].end]);
    let labelled = titled || job_led || person_label_before(text, s);
    let placed = labelled
        || is_cell(text, before, e)
        || before.trim().is_empty() && {
            let a = line_after(text, e, 80);
            let a = a.strip_prefix('.').unwrap_or(a);
            a.trim().is_empty() || a.starts_with("  ") || a.starts_with(['\t', '|', ','])
        };
    // A surname in capitals that is also a word or a place ("LONDON Paris", "WARD
    // Sister") only after a title or a label.
    if (lists.is_place(&folded) || lists.is_not_name(&folded)) && !labelled || !(listed || placed) {
        return None;
    }
    // Not a heading's words ("NOTE Please", "WARNING Will").
    if lists.job_words.contains_folded(surname) || lists.is_place(&folded) && !listed {
        return None;
    }
    let e = if rest_initials && surname == first && text[e..].starts_with('.') {
        e + 1
    } else {
        e
    };
    Some(name_hit(
        text,
        doc,
        lists,
        (s, e),
        NameCue::FirstAndSurname,
        !listed,
    ))
}

/// Is the title-shaped word before the run at `i` no title for it: an area manager's
/// "AM" that is a clock's, after a time ("9 AM Monday", "10.30 AM Tuesday"), or a word
/// with a line's end between them ("NICLEÒID M   WM    40718\n  FERGUSON A": the rank
/// and a number close one row, a name opens the next)?
fn no_title_before(text: &str, ws: &[Word], i: usize) -> bool {
    i >= 1
        && (text[ws[i - 1].end..ws[i].start].contains('\n')
            || &text[ws[i - 1].start..ws[i - 1].end] == "AM" && {
                let before = text[..ws[i - 1].start].trim_end_matches(' ');
                before.ends_with(|c: char| c.is_ascii_digit())
            })
}

/// Is the title before word `i` the Welsh "Sir" of a county ("Cyngor Sir Dyfnant",
/// "Cyngor Sir Ddinbych": a county council), not a knight's?
fn welsh_county(text: &str, ws: &[Word], i: usize) -> bool {
    i >= 2
        && &text[ws[i - 1].start..ws[i - 1].end] == "Sir"
        && text[ws[i - 2].start..ws[i - 2].end].eq_ignore_ascii_case("cyngor")
}

/// Labels that name a person's part: "(agent: Femi)", "Officer: Dumi Okonkwo".
const PERSON_LABELS: [&str; 33] = [
    "agent",
    // ("Implementer: Priyanka (HPC team)", "In attendance: Ffion (minutes)", "Present:
    // Osian", "Custodian: Tamsin".)
    "implementer",
    "attendance",
    "attendees",
    "present",
    "apologies",
    "custodian",
    // ("invig: Aoife": an exam's invigilator; "sup: Kemi", a supervisor.)
    "invig",
    "invigilator",
    "supervisor",
    "officer",
    "owner",
    "contact",
    "caller",
    "handler",
    "author",
    "lead",
    "manager",
    "engineer",
    "analyst",
    "by",
    "from",
    "to",
    "cc",
    "requester",
    "complainant",
    "assignee",
    "reviewer",
    "approver",
    "technician",
    "adviser",
    "advisor",
    "name",
];

/// Does `after` open with a date of birth's label ("DOB", "D.O.B.", "born ")?
fn says_born(after: &str) -> bool {
    let head = head_of(after, 5).to_ascii_lowercase();
    head.starts_with("dob") || head.starts_with("d.o.b") || head.starts_with("born ")
}

/// Does `after`, the bytes after a name, open with a person's own record: their date of
/// birth, NHS, national insurance or case record number, or age (", CRN X482913", " (DOB
/// 03/04/1988)", ", aged 34")?
fn record_after(after: &str) -> bool {
    const RECORDS: [&str; 11] = [
        "date of birth",
        "nhs number",
        "nhs no",
        "crn ",
        "crn:",
        "pnc ",
        "pnc:",
        "ni number",
        "ni no",
        "national insurance",
        "aged ",
    ];
    let after = after.trim_start_matches([',', ' ', '(', '[']);
    let head = head_of(after, 20).to_ascii_lowercase();
    // ("Amelia Stroud (ID 22018473)": a record's number of five digits or more.)
    let id = || {
        head.strip_prefix("id ")
            .or_else(|| head.strip_prefix("id: "))
            .is_some_and(|r| r.bytes().take_while(u8::is_ascii_digit).count() >= 5)
    };
    says_born(after)
        || id()
        || RECORDS.iter().any(|r| {
            head.starts_with(r)
                && (*r != "aged " || head[5..].starts_with(|c: char| c.is_ascii_digit()))
        })
}

/// Tasks a drafting note gives someone: "Rhodri to confirm with the Chief Executive",
/// "PR to confirm.".
const TASKS: [&str; 29] = [
    "confirm", "check", "advise", "chase", "review", "approve", "sign", "update", "reply", "agree",
    "decide", "respond", "clarify", "provide", "supply", "answer", "draft", "ring", "call",
    "email", "send", "contact", "ask", "amend", "redact", "follow", "arrange", "liaise", "speak",
];

/// Labels of a record's subject, alone before a colon at a line's start ("Patient:",
/// " pupil:"): a surname in capitals and a first name after one is the person's.
const SUBJECT_LABELS: [&str; 18] = [
    "requester",
    "requestor",
    "complainant",
    "service user",
    "patient",
    "pupil",
    "student",
    "child",
    "client",
    "tenant",
    "resident",
    "claimant",
    "visitor",
    "prisoner",
    "victim",
    "deceased",
    "applicant",
    "subject",
];

/// Does a label that names a person's part end the line before `s` ("Officer: ")?
fn person_label_before(text: &str, s: usize) -> bool {
    let before = line_before(text, s, 80).trim_end();
    before.strip_suffix(':').is_some_and(|b| {
        let word = b.rsplit(|c: char| !is_letter(c)).next().unwrap_or("");
        PERSON_LABELS.iter().any(|l| l.eq_ignore_ascii_case(word))
    })
}

/// Is word `i`, a lone surname that is no other word, named by the job before it as by
/// a rank ("Station Manager Beddoes informed", "Project Manager Okonedo")?
fn rank_before(text: &str, lists: &Lookup, ws: &[Word], i: usize) -> bool {
    let Some(p) = i.checked_sub(1).map(|k| ws[k]) else {
        return false;
    };
    let word = &text[ws[i].start..ws[i].end];
    let prev = &text[p.start..p.end];
    &text[p.end..ws[i].start] == " "
        && is_capitalised(prev)
        && is_capitalised(word)
        && lists.job_words.contains_folded(prev)
        && lists.is_surname(word)
        && !lists.is_not_name(word)
        && !lists.is_first(word)
        && !lists.is_place(word)
}

/// Does a firm's tail follow a name ("Arthur Dunmore & Sons", "J. Hartley & Co",
/// "Hale and Partners LLP")? Then the name is the firm's, not a person's.
fn firm_follows(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix(" & ")
        .or_else(|| after.strip_prefix(" and "))
    else {
        return false;
    };
    let word = rest.split(|c: char| !is_alnum(c)).next().unwrap_or("");
    matches!(
        word,
        "Sons" | "Son" | "Co" | "Company" | "Partners" | "Associates" | "Daughters" | "Daughter"
    )
}

/// Common Chinese, Korean and Vietnamese family names, which come first in the name
/// (sorted, for a binary search).
const EAST_ASIAN_FAMILY_NAMES: &[&str] = &[
    "Bui", "Cai", "Cao", "Chan", "Chen", "Cheng", "Cheung", "Cho", "Choi", "Chow", "Cui", "Dang",
    "Deng", "Ding", "Dong", "Du", "Feng", "Fu", "Gao", "Guo", "Han", "He", "Ho", "Hoang", "Hu",
    "Huang", "Jang", "Jeong", "Jiang", "Jin", "Kang", "Kim", "Kwok", "Lam", "Lau", "Leung", "Li",
    "Liang", "Lim", "Lin", "Liu", "Lu", "Luo", "Ma", "Ng", "Nguyen", "Pan", "Park", "Peng", "Pham",
    "Phan", "Ren", "Shen", "Shin", "Su", "Sun", "Tan", "Tang", "Tian", "Tran", "Tsang", "Vu",
    "Wang", "Wong", "Wu", "Xiao", "Xie", "Xu", "Yang", "Yao", "Ye", "Yip", "Yoon", "Yuan", "Zeng",
    "Zhang", "Zhao", "Zheng", "Zhong", "Zhou", "Zhu",
];

/// Words a person's own number is introduced by, in brackets after their name.
const NUMBER_LABELS: [&str; 16] = [
    // ("by CEO Kwame Asante-Darko, officer no. CEO214": a civil enforcement officer.)
    "officer no",
    // ("by CEO ADEYEMI, Babatunde (badge CEO 2207)".)
    "badge ",
    "officer number",
    "badge number",
    "staff no",
    "staff number",
    "staff id",
    "employee no",
    "employee number",
    "payroll no",
    "payroll number",
    "collar no",
    "collar number",
    "warrant no",
    "warrant number",
    "badge no",
];

/// Does `s` open with one of [`NUMBER_LABELS`], in any case ("Staff No. 4471")?
fn opens_number_label(s: &str) -> bool {
    NUMBER_LABELS
        .iter()
        .any(|l| s.get(..l.len()).is_some_and(|h| h.eq_ignore_ascii_case(l)))
}

/// A name `judge` found none in, by the person's own number in brackets right after
/// it: "ECA Aroha Ngata (staff no. 411907)", "Sgt Tomas Kerr (collar no 2291)". Two or
/// three capitalised words before the bracket (after any rank's capitals), none an
/// ordinary word unless a listed name.
fn numbered_name(
    text: &str,
    doc: &Document,
    lists: &Lookup,
    ws: &[Word],
    i: usize,
    j: usize,
) -> Option<NameHit> {
    let e = ws[j].end;
    if !opens_number_label(text[e..].strip_prefix(" (")?) {
        return None;
    }
    let word = |k: usize| &text[ws[k].start..ws[k].end];
    let namelike = |k: usize| {
        let w = word(k);
        is_capitalised(w)
            && !is_all_caps_name(w)
            && w.chars().count() >= 2
            && !lists.is_title(w)
            && (!lists.is_not_name(w) || lists.is_first(w) || lists.is_surname(w))
    };
    // The name's first word: back over name-like words, two or three of them.
    let mut k = j;
    while k > i && j - k < 2 && namelike(k - 1) {
        k -= 1;
    }
    (k < j && (k..=j).all(namelike)).then(|| {
        name_hit(
            text,
            doc,
            lists,
            (ws[k].start, e),
            NameCue::NumberAfter,
            false,
        )
    })
}

/// A name written family name first, as Chinese, Korean and Vietnamese names are
/// ("Zhang Wei", "Nguyen Lan"), that `judge` found no name: one of those languages'
/// common family names, then a listed given name, for review.
fn family_name_first(
    text: &str,
    doc: &Document,
    lists: &Lookup,
    ws: &[Word],
    i: usize,
    j: usize,
) -> Option<NameHit> {
    let first = &text[ws[i].start..ws[i].end];
    let last = &text[ws[j].start..ws[j].end];
    (j == i + 1
        && first.len() <= 6
        && EAST_ASIAN_FAMILY_NAMES.binary_search(&first).is_ok()
        && !lists.is_first(first)
        && lists.is_first(last)
        && !lists.is_not_name(last))
    .then(|| {
        name_hit(
            text,
            doc,
            lists,
            (ws[i].start, ws[j].end),
            NameCue::FamilyNameFirst,
            true,
        )
    })
}

/// Decides whether words `i..=j` are a person's name, and how senior.
fn judge(
    text: &str,
    doc: &Document,
    lists: &Lookup,
    emails: &EmailIndex,
    ws: &[Word],
    i: usize,
    j: usize,
) -> Option<NameHit> {
    let (s, e) = (ws[i].start, ws[j].end);
    // Most runs are one capitalised word ("The", "Council"); alone, a word is a name
    // only after a title or a greeting, or as a first name: settle the rest here, on
    // a look at the word before and one list look-up.
    if i == j {
        let word = &text[s..e];
        let prev = i.checked_sub(1).map(|k| &text[ws[k].start..ws[k].end]);
        // (Nothing but spaces, stops or a collar number between, or particles.)
        // ("PS 4471 Hughes": a police sergeant's rank, which is also a postscript's,
        // only with a collar number.)
        let sergeant = || {
            let g = text[ws[i - 1].end..s].trim();
            !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit())
        };
        let titled = prev.is_some_and(|p| {
            (lists.is_title(p) && !no_title_before(text, ws, i)) || p == "PS" && sergeant()
        }) && {
            let gap = &text[ws[i - 1].end..s];
            !gap.contains(is_letter) || particles_between(gap)
        } && !welsh_county(text, ws, i);
        // A surname in capitals after a title is a name ("Dear Mr QURESHI", "PC 4127
        // HOLLOWAY"), as police and NHS records write them; other capitals are not,
        // nor a title inside a code ("E7000-PC ICE", "SHA1_DC SHA1DC").
        let caps_titled = || {
            let title_start = ws[i - 1].start;
            // A collar number between says the title is a rank ("Sgt 2291 HARGREAVE").
            let gap = text[ws[i - 1].end..s].trim();
            let collar = !gap.is_empty() && gap.bytes().all(|b| b.is_ascii_digit());
            (lists.is_surname(word) || collar)
                && !text[..title_start].ends_with(|c: char| is_alnum(c) || "-_./".contains(c))
                && !text[e..].starts_with(|c: char| is_alnum(c) || c == '_')
        };
        if is_all_caps_name(word) && !(titled && caps_titled())
            || !(titled || prev.is_some_and(is_greeting) || lists.is_first(word))
        {
            return None;
        }
    }
    // Runs are at most five words (see `find`).
    let mut buf = [""; 5];
    for (slot, w) in buf.iter_mut().zip(&ws[i..=j]) {
        *slot = &text[w.start..w.end];
    }
    let tokens = &buf[..(j - i + 1).min(5)];
    let first = tokens[0];
    let last = *tokens.last()?;
    // Asked of the same two words several times below: looked up once.
    let first_is_first = lists.is_first(first);
    let last_is_surname = lists.is_surname(last);
    let first_not_name = lists.is_not_name(first);
    let all_caps = tokens.iter().any(|t| is_all_caps_name(t));
    // (A lone word in capitals got here only after a title: judged as any titled word.)
    if all_caps && tokens.len() > 1 && !(tokens.len() == 2 && is_initial(first) && last_is_surname)
    {
        return caps_name(text, doc, lists, ws, i, j, tokens);
    }
    let prev = i.checked_sub(1).map(|k| &text[ws[k].start..ws[k].end]);
    let prev_gap = i
        .checked_sub(1)
        .map_or("", |k| &text[ws[k].end..ws[i].start]);
    let next = ws.get(j + 1).map(|w| &text[w.start..w.end]);
    let next_gap = ws.get(j + 1).map_or("", |w| &text[ws[j].end..w.start]);

    // A rank with a collar number between it and the name: "PC 4471 Daniel Whitcombe".
    // (Not a model code: "Meraki MR46 APs".)
    let collar = prev_gap.starts_with(' ')
        && prev_gap.trim().chars().all(|c| c.is_ascii_digit())
        && !prev_gap.trim().is_empty();
    // ("PS 4471 Hughes": a sergeant's rank only with a collar number.)
    let titled =
        prev.is_some_and(|p| {
            (lists.is_title(p) && !no_title_before(text, ws, i)) || p == "PS" && collar
        }) && (prev_gap == " " || prev_gap == ". " || collar || particles_between(prev_gap))
            && !welsh_county(text, ws, i);
    // A ship's name after its prefix: "the MV Lady Isobel", "RMS Lady Grace".
    if titled
        && i >= 2
        && text[ws[i - 2].end..ws[i - 1].start] == *" "
        && matches!(
            &text[ws[i - 2].start..ws[i - 2].end],
            "MV" | "MS" | "MY" | "SS" | "RMS" | "HMS" | "HMY" | "RV" | "FV" | "RRS" | "HMCS"
        )
    {
        return None;
    }
    let greeting = prev.is_some_and(is_greeting) && prev_gap.trim().is_empty()
        || titled && i >= 2 && is_greeting(&text[ws[i - 2].start..ws[i - 2].end]);
    // Most runs are one capitalised word ("The", "Council"). Alone, a word is a name
    // only with a title, a greeting, or as a first name under a sign-off: settle the
    // rest before the costlier checks below.
    if tokens.len() == 1 && !titled && !greeting && !first_is_first {
        return None;
    }
    // A first name closing a note or mail, on the sign-off's line or under it: "Thanks,
    // Rose]", "Regards,\nMark" (not "Thanks, Will do").
    let closing = tokens.len() == 1
        && first_is_first
        && prev.is_some_and(is_closing)
        && (matches!(prev_gap, ", " | "," | ",\n" | ",\r\n" | "\n" | "\r\n")
            // (In a quoted mail: "> Best,\n> Zoë".)
            || [",\n", ",\r\n"].iter().any(|g| {
                prev_gap.strip_prefix(g).is_some_and(|q| {
                    q.contains('>') && q.bytes().all(|c| c == b'>' || c == b' ')
                })
            }))
        && {
            let after = line_after(text, e, 8);
            after.trim().is_empty() || after.starts_with([']', ')'])
        };
    let in_signature = doc.context_at(s) == Context::Signature;
    if tokens.len() == 1 && !titled && !greeting && !in_signature && !closing {
        // ("Wayne says", "check with Rhodri"; a first name that is also a word only
        // before a person's verb: "Will says".)
        // ("Rhodri (Head of Digital Operations)".)
        let job = || {
            !first_not_name
                && text[e..].starts_with(" (")
                && job_title_after(text, lists, e).is_some()
        };
        // A first name of two letters only when it opens a line and is spoken to:
        // "Jo – please confirm", "Jo, can you check".
        // Or signing a note after a dash ("… goes too far. – Mo]"), or spoken to at the
        // head of a bracketed comment ("[Comment from MH: Mo – the paragraph").
        let short_addressed = || {
            let before = line_before(text, s, 80);
            let spoken_to = text[e..].starts_with(" – ")
                || text[e..].starts_with(" - ")
                || text[e..]
                    .strip_prefix(", ")
                    .is_some_and(|a| a.starts_with(|c: char| c.is_lowercase()));
            let head = before.trim_end().strip_suffix(':').is_some_and(|h| {
                h.rfind('[')
                    .is_some_and(|k| h.len() - k <= 24 && !h[k..].contains(']'))
            });
            // (At the start of its line only as a bracketed note's last word: " – Mo]".)
            let signs = ([". – ", ". - ", "? – ", "! – ", ") – "]
                .iter()
                .any(|d| before.ends_with(d))
                || matches!(before.trim(), "–" | "-" | "—") && text[e..].starts_with(']'))
                && text[e..]
                    .trim_start_matches([']', ')', '.'])
                    .split('\n')
                    .next()
                    .is_some_and(|r| r.trim().is_empty());
            !first_not_name && ((before.trim_start().is_empty() || head) && spoken_to || signs)
        };
        // A first name that is a whole item of a mail header's field: "To: FOI Team;
        // Callum", "Cc: Callum".
        let header_item = || {
            first_is_first
                && !first_not_name
                && first.chars().count() >= 3
                && in_mail_header(text, s)
                && line_before(text, s, 200).trim_end().ends_with([';', ':'])
                && {
                    // ("To: Siobhán (Registrar)": or with the role in brackets.)
                    let r = line_after(text, e, 4);
                    r.trim().is_empty()
                        || r.starts_with(';')
                        || r.starts_with(" <")
                        || r.starts_with(" (")
                }
        };
        // "Engineer Marek on site", "Supplier engineer Mo connects": a listed first
        // name (of two letters too) right after a job's word, then a word in small
        // letters or the clause's end: a person named by their job.
        let after_job_word = || {
            !first_not_name
                && prev_gap == " "
                && prev.is_some_and(|p| lists.job_words.contains_folded(p))
                && (text[e..].starts_with([',', '.', ';', ')'])
                    || text[e..]
                        .strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(|c: char| c.is_lowercase())))
        };
        // "  Kwame, Finance Business Partner": a listed first name opening its line, a
        // list's item, with a job title after it.
        let list_item_job = || {
            !first_not_name
                && first.chars().count() >= 3
                && text[e..].starts_with(", ")
                && line_before(text, s, 16)
                    .trim_start_matches([' ', '\t', '-', '*', '•'])
                    .is_empty()
                && job_title_after(text, lists, e).is_some()
        };
        // "…\tn/a\tNeville (agency)\tAGY-0147\t…": a listed first name that is a table's
        // whole cell, perhaps with a short note in brackets, in a row of three cells or
        // more.
        // (A data row's, with a digit in it, not a header's "Miles" or "Reg"; not a job's
        // word, "Porter", nor one the draft writes in small letters, "van".)
        let cell_alone = || {
            if first_not_name
                || first.chars().count() < 3
                || lists.job_words.contains_folded(first)
                || lists.written_lowercase(first, text)
            {
                return false;
            }
            let before = line_before(text, s, 200);
            let opens = before.trim_end_matches(' ').ends_with(['\t', '|']);
            let mut after = &text[e..];
            if let Some(r) = after.strip_prefix(" (") {
                if let Some(k) = r.bytes().take(25).position(|c| c == b')') {
                    after = &r[k + 1..];
                }
            }
            // (Or the row's last cell: "… | Refused (s12 cost limit)   | Stefan".)
            let closes = || {
                after.trim_start_matches(' ').starts_with(['\t', '|'])
                    || before.matches(['\t', '|']).count() >= 3 && {
                        let r = line_after(text, e, 8);
                        r.trim().is_empty() || r.trim() == "|"
                    }
            };
            // (A data row: a digit in it, or a row of the same table above it, so that
            // it is no header: "Thu | Siân | Dafydd | duty phone".)
            let row_above = || {
                let ls = s - before.len();
                let Some(above) = strip_eol(&text[..ls]) else {
                    return false;
                };
                let prev_line = line_before(above, above.len(), 400);
                let sep = |l: &str| l.matches(['\t', '|']).count();
                let here = sep(whole_line(text, s));
                here >= 2 && sep(prev_line) == here && !prev_line.contains("--")
            };
            opens
                && closes()
                && before.matches(['\t', '|']).count() >= 2
                && (whole_line(text, s).bytes().any(|c| c.is_ascii_digit()) || row_above())
        };
        let person = is_capitalised(first)
            && (first.chars().count() >= 3 || first.chars().count() == 2 && short_addressed())
            && !is_month_or_day(first)
            && !lists.is_place(first)
            && !prev.is_some_and(|p| p == "the" || p == "The")
            && mention_context(
                text,
                (s, e),
                prev.map(|p| (p, prev_gap)),
                next.map(|n| (n, next_gap)),
                if first_not_name {
                    Mention::LoneWord
                } else {
                    Mention::Lone
                },
            )
            || is_capitalised(first) && !lists.is_place(first) && job()
            || header_item()
            // "Our IT manager, Callum, says no": a listed first name set between commas
            // after a job's word; or before where they work ("the probation
            // practitioner, Jo at Darlington PDU"), a name of two letters too.
            || first_is_first
                && !first_not_name
                && prev_gap == ", "
                && prev.is_some_and(|p| lists.job_words.contains_folded(p))
                && (first.chars().count() >= 3 && text[e..].starts_with(", ")
                    || [" at ", " from ", " in "].iter().any(|w| text[e..].starts_with(w)))
            || after_job_word()
            || list_item_job()
            || cell_alone();
        // "Happy to talk – Martin H, ext 4451]": a first name and a surname's initial
        // signing a note after a dash, the initial with it.
        let signed_initial = || {
            let a = &text.as_bytes()[e..];
            let before = line_before(text, s, 80).trim_end();
            let k = if a.get(2) == Some(&b'.') { 3 } else { 2 };
            // (A first name of two letters too: "… rotate this. – Jo W.]".)
            !first_not_name
                && (first.chars().count() >= 3 || first_is_first && first.len() == 2)
                && is_capitalised(first)
                && a.len() >= 2
                && a[0] == b' '
                && a[1].is_ascii_uppercase()
                && a.get(k).map_or(true, |c| {
                    matches!(c, b',' | b':' | b']' | b')' | b'\n' | b'\r')
                })
                && (before.ends_with(['–', '—', '[']) || before.ends_with(" -"))
        };
        // A first name alone on its line over a job title's, as a short signature
        // writes it without a sign-off: "Jo\nInformation Governance Officer".
        if !person
            && first_is_first
            && is_capitalised(first)
            && !lists.is_place(first)
            && name_over_job(text, lists, s, e)
        {
            return Some(name_hit(text, doc, lists, (s, e), NameCue::SignOff, false));
        }
        if !person && signed_initial() {
            let k = if text.as_bytes().get(e + 2) == Some(&b'.') {
                3
            } else {
                2
            };
            return Some(name_hit(
                text,
                doc,
                lists,
                (s, e + k),
                NameCue::FirstNameAlone,
                true,
            ));
        }
        return person.then(|| name_hit(text, doc, lists, (s, e), NameCue::FirstNameAlone, true));
    }
    // Each asked at most once, and only if a cheaper test leaves it to decide.
    let header = OnceCell::new();
    let header = || {
        *header.get_or_init(|| opens_mail_header(unquoted(line_before(text, s, 20).trim_start())))
    };
    let spelled = OnceCell::new();
    // (Not a team's mailbox: "fleetworkshop@" spells "Fleet Workshop".)
    let spelled =
        || *spelled.get_or_init(|| !first_not_name && !is_team_word(last) && emails.spells(tokens));
    // A run of several words with no first name, initial or surname at its ends is
    // a name only by a strong cue ("Freedom of Information Act" has none). Many runs
    // are such phrases: the cheap tests first.
    if tokens.len() > 1
        && !titled
        && !greeting
        && !in_signature
        && !first_is_first
        && !is_initial(first)
        && !last_is_surname
        && !header()
        && !spelled()
    {
        return None;
    }
    let single_word = tokens.len() == 1;
    let lone_titled_surname = single_word && lists.is_surname(first);
    let all_words = tokens.iter().all(|t| lists.is_not_name(t));
    // A team's mailbox in the header is no person ("To: Information Rights", "Cc: IT
    // Service Desk").
    let header = header() && !is_team_word(last);
    // (Even where its address spells it: "From: Fleet Workshop <fleetworkshop@…>".)
    if tokens.len() > 1 && is_team_word(last) && in_mail_header(text, s) {
        return None;
    }
    // Nor a team's name the run stops short of in the header ("To: Doorstep Crime Team
    // <…>"): the word after is a team's, then the address or the line's end.
    if in_mail_header(text, s)
        && text[e..].strip_prefix(' ').is_some_and(|r| {
            let w = r.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            let rest = r[w.len()..].trim_start();
            is_team_word(w)
                && (rest.is_empty() || rest.starts_with(['<', '\n', '\r', ';', ',', '(']))
        })
    {
        return None;
    }
    let spelled = spelled();
    // The name alone on its line, the first under a sign-off.
    let signature_line = in_signature && {
        let line_trim = unquoted(whole_line(text, s).trim())
            .trim_start_matches_str("for ")
            .trim_start_matches_str("pp ")
            .trim_end_matches([',', '.']);
        line_trim == &text[s..e] && is_first_signature_line(text, doc, s)
    };
    // A greeting's first name that is also an ordinary word, closing the salutation:
    // "Dear Mark,", "Hi Will –", "Hello Grace Hall!" (not "Hello World").
    let salutation = greeting
        && first_is_first
        && (tokens.len() == 1 || tokens.len() == 2 && last_is_surname)
        && ends_salutation(line_after(text, e, 8));
    // Ordinary words all ("Thank You", "Green Day") are not a name, unless a title
    // ("Mrs Price"), a salutation ("Dear Mark,") or the line under a sign-off ("Mark
    // Day") says so.
    // The run follows a label or a job title on its line, or is a table cell of its
    // own: "Employee: Mark Brown", "Allocations Team Leader – Rose Marsh", "the
    // Parking Manager, Mark Brown,", "Will McAllister<tab>Team Manager".
    // Each asked only if a cheaper test leaves it to decide.
    let job_after = OnceCell::new();
    let job_after = || *job_after.get_or_init(|| job_title_after(text, lists, e).is_some());
    // (label, job title before, cell)
    let placing = OnceCell::new();
    let placing = || {
        *placing.get_or_init(|| {
            let before_line = line_before(text, s, 80);
            // (After a label or a job, the name ends the field: "Date: Thu May 30" is
            // no name.)
            let field_end = || {
                let a = line_after(text, e, 3);
                a.trim_end().is_empty()
                    || a.starts_with([',', '.', ';', ')', '<', '\t', '|'])
                    || a.starts_with(" (")
                    || a.starts_with(" <")
                    || a.starts_with(" –")
                    || a.starts_with(" -")
                    || a.starts_with(" |")
            };
            let labelled = {
                let t = before_line.trim_end_matches(' ');
                t.len() < before_line.len() && t.ends_with(':') && t.len() <= 60
            } && field_end();
            let role = role_before(lists, before_line) && field_end();
            (labelled, role, is_cell(text, before_line, e))
        })
    };
    let labelled = || placing().0;
    let role_before = || placing().1;
    let cell = || placing().2;
    let listed_pair = tokens.len() == 2 && first_is_first && last_is_surname;
    // A line of its own over a job title's: a signature's name ("Rose Hall\nFleet
    // Systems Officer | …").
    let job_below = OnceCell::new();
    let job_below = || *job_below.get_or_init(|| listed_pair && name_over_job(text, lists, s, e));
    // A line of its own over a telephone number or a mail address, as a signature block
    // without its sign-off gives it ("Mark Lethbridge\n…\n07700 900741").
    let contact_below = OnceCell::new();
    let contact_below = || {
        *contact_below.get_or_init(|| {
            (2..=3).contains(&tokens.len())
                && first_is_first
                && is_capitalised(last)
                // (Not a place's or a firm's words: "Grace Road Depot".)
                && !tokens[1..]
                    .iter()
                    .any(|t| lists.is_not_name(t) && !lists.is_surname(t) || lists.is_place(t))
                && last.chars().count() >= 2
                && name_over_contact(text, s, e)
        })
    };
    let named_by_place = titled && lone_titled_surname
        || salutation
        || closing
        || (signature_line || titled) && listed_pair
        || listed_pair && (labelled() || role_before() || cell() || job_after())
        || job_below()
        || contact_below();
    if all_words && !named_by_place {
        return None;
    }
    // The last word may be a surname that is also an ordinary word ("Sarah Green").
    // Middle initials ("David M. Jones", "Mark R. Bannister", "Anders F. Bjorklund")
    // give a run a name's shape of its own: before them, a first name that is also a
    // word ("Mark") counts, and so does a surname that is no ordinary word ("Anders").
    // (Not any word: "Contact J. Smith" is no name of three words.)
    let middle_initials = tokens.len() >= 3
        && (first_is_first || !first_not_name && lists.is_surname(first))
        && tokens[1..tokens.len() - 1].iter().all(|t| is_initial(t));
    let listed = tokens.len() >= 2
        && (first_is_first || is_initial(first) || middle_initials)
        && (last_is_surname || lists.is_first(last))
        && (middle_initials
            || !tokens[..tokens.len() - 1]
                .iter()
                .any(|t| lists.is_not_name(t))
            // A first name that is also a word before a surname that is none ("Will
            // McAllister", "Rose Ellingham").
            || listed_pair && !lists.is_not_name(last))
        && (!lists.is_not_name(last) || last_is_surname);

    // An initial and a surname that is also a place word ("J. Hall", "R Ward",
    // "Robert P. J. Day"): no place is named so. ("A Hall", "I Ward" may open a sentence: a dot must say so.)
    let initial_and_surname = last_is_surname
        && (middle_initials
            || tokens.len() == 2
                && is_initial(first)
                && (!matches!(first, "A" | "I") || text[ws[i].end..].starts_with('.')));
    // Places, buildings and firms: "Gordon Street", "the John Lewis store".
    // ("Dear Ms Hall": a title before a lone surname says it is a person's.)
    let place_next = lists.is_place(last) && !initial_and_surname && !(titled && single_word)
        || next.is_some_and(|n| {
            lists.is_place(n)
                || [
                    "store", "stores", "building", "ward", "house", "street", "road",
                ]
                .contains(&n)
        }) && next_gap == " "
        // ("Florence Nightingale Health Centre", "Mary Seacole Day Hospital": a word of
        // its kind between the name and the place word.)
        || next.is_some_and(|n| {
            next_gap == " "
                && is_capitalised(n)
                && lists.is_not_name(n)
                && !lists.is_first(n)
                && ws.get(j + 1).is_some_and(|w| {
                    let r = &text[w.end..];
                    r.strip_prefix(' ').is_some_and(|r| {
                        let k = r.find(|c: char| !is_letter(c)).unwrap_or(r.len());
                        lists.is_place(&r[..k])
                    })
                })
        })
        || firm_follows(&text[e..]);
    // (Welsh names a place's kind before its name: "Ysbyty Dewi Sant", "Ysgol Glan
    // Clwyd", "Canolfan Hamdden".)
    let the_before = prev.is_some_and(|p| {
        matches!(
            p,
            "the"
                | "The"
                | "Ysbyty"
                | "Ysgol"
                | "Canolfan"
                | "Neuadd"
                | "Capel"
                | "Eglwys"
                | "Heol"
                | "Stryd"
                | "Ffordd"
                | "Parc"
                | "Plas"
                | "Coleg"
                | "Prifysgol"
                | "Cartref"
        )
    }) && prev_gap == " ";
    // Every word in a name list ("Liu Yang", "Okafor Chinonso"), after a label or a
    // job title or as a cell of its own.
    // (Not a place's words: "Port Carrick", "Fort William", "Mount Pleasant", whose
    // first word is a place's or an ordinary word and no first name.)
    let name_words = tokens.len() >= 2
        && tokens
            .iter()
            .all(|t| is_initial(t) || is_particle(t) || lists.is_first(t) || lists.is_surname(t))
        && !matches!(
            first,
            "Port" | "Fort" | "Mount" | "Loch" | "Lake" | "Cape" | "Isle" | "Strath" | "Glen"
        )
        && (!first_not_name || first_is_first);
    let placed = name_words && (labelled() || role_before() || cell());
    let strong = titled
        || greeting
        || header
        || spelled
        || signature_line
        || placed
        || job_below()
        || contact_below();
    // A first name and a surname that is also a place word ("Sarah Green", "Tom
    // Ward") may be a person or a place named after one ("Victoria Ward"): a person
    // under a greeting, a title or a sign-off; otherwise the officer checks it.
    let person_or_place = !the_before
        && tokens.len() == 2
        && first_is_first
        && (!first_not_name
            || signature_line
            || salutation
            || labelled()
            || role_before()
            || cell()
            || job_after()
            || job_below())
        && last_is_surname
        && lists.is_place_surname(last)
        && !next.is_some_and(|n| lists.is_place(n) && next_gap == " ");
    let mut unsure = false;
    if (place_next || the_before) && !(header || spelled) {
        if person_or_place {
            unsure = !(titled
                || greeting
                || signature_line
                || role_before()
                || job_after()
                || job_below());
        } else if tokens.len() == 2
            && first_is_first
            && !first_not_name
            && !the_before
            && record_after(&text[e..])
        {
            // "Student Amelia Stroud (ID 22018473)": a person's record after a first name
            // and a place's word; for review.
            unsure = true;
        } else {
            // "Gordon Street": not a person; but "Mr Gordon Street…" keeps its titled part.
            if titled && tokens.len() > 1 && lists.is_place(last) {
                return judge(text, doc, lists, emails, ws, i, j - 1);
            }
            return None;
        }
    }
    let single = tokens.len() == 1;
    // A first name that is no ordinary word (or any first name, before middle
    // initials), then a capitalised word of three letters or more in no list ("Sarah
    // Lindqvist", "Łukasz Żółć", "Anders F Bjorklund"): a surname the lists lack,
    // most likely, unless the draft writes either word in lowercase too ("Dev Tools",
    // "Alpha Release"); a firm or a place may be named so all the same ("Ben Nevis"),
    // and the officer checks it.
    // (Asked only of a run nothing else accepts.)
    let by_cue = strong || listed || job_after() && (first_is_first || last_is_surname);
    let unlisted_surname = !by_cue
        && !unsure
        && (tokens.len() == 2 && (!first_not_name || labelled() || role_before() || cell())
            || middle_initials
            // ("Gijs van Tulder", "James R. Van Zandt": particles between, in either
            // case, perhaps after middle initials.)
            || tokens.len() >= 3
                && !first_not_name
                && tokens[1..tokens.len() - 1].iter().all(|t| {
                    is_particle(t) || is_initial(t) || is_particle(&t.to_lowercase())
                })
                && tokens[1..tokens.len() - 1]
                    .iter()
                    .any(|t| is_particle(t) || is_particle(&t.to_lowercase())))
        && first_is_first
        && is_capitalised(last)
        && last.chars().count() >= 3
        && lists.flags(last) == 0
        && !lists.written_lowercase(last, text)
        && !lists.written_lowercase(first, text);
    // The other way round: a capitalised word in no list, then a listed surname that
    // is no ordinary word, after a job title or a label ("the Pathology Services
    // Manager, Kasia Zielińska,", "Officer: Dumi Okonkwo"): for review.
    let unlisted_first = !by_cue
        && !unsure
        && tokens.len() == 2
        && is_capitalised(first)
        && first.chars().count() >= 3
        && lists.flags(first) == 0
        && last_is_surname
        && !lists.is_not_name(last)
        && !lists.written_lowercase(first, text)
        && (role_before() || labelled() && person_label_before(text, s));
    // An initial with its stop, then a capitalised word of three letters or more in no
    // list that the draft never writes in small letters ("S. Nkemelu", "K. Lindqvist"):
    // a surname the lists lack, for review. (An outline's lettered heading, "B.
    // Background", has a word the lists know; "B. Braun" is a listed surname.)
    let initial_unlisted = !by_cue
        && !unsure
        && tokens.len() == 2
        && is_initial(first)
        && first.len() == 1
        && text[ws[i].end..].starts_with(". ")
        && is_capitalised(last)
        && last.chars().count() >= 3
        // (An Irish surname's "O'" has its own pass, which reads it more surely.)
        && last.chars().all(|c| is_letter(c) || c == '-')
        // (Not the last of dotted initials, "J.T. Reported by", nor a verb's form.)
        && !text[..s].ends_with('.')
        && !last.ends_with("ed")
        && !last.ends_with("ing")
        && lists.flags(last) == 0
        && !lists.written_lowercase(last, text)
        // (Not an outline's item opening its line, "  D. What was the outcome", nor a
        // unit after a number, "10.9 V. Warning light".)
        && !line_before(text, s, 40)
            .trim_start_matches([' ', '\t', '>', '"', '(', '[', '*', '-'])
            .is_empty()
        && !text[..s].trim_end_matches(' ').ends_with(|c: char| c.is_ascii_digit())
        // (Nor a sentence's first word after a letter that ends the last: "its length
        // is L. However, it is".)
        && !SENTENCE_OPENERS.contains(&last);
    let unlisted_surname = unlisted_surname || initial_unlisted;
    // ("Liam Pardoe, CRN X482913", "Dana Whitlow (DOB 03/04/1988)": a person's record
    // number or birth date right after the name says whose it is.)
    let recorded = (unlisted_surname || unlisted_first) && record_after(&text[e..]);
    if (unlisted_surname || unlisted_first) && !recorded {
        unsure = true;
    }
    // A word in no list after a greeting that opens its line, and closing it with a
    // comma or a dash ("Hi Deb,", "Dear Zorbek -"): a name, for review; not a word
    // the lists or the draft say is an ordinary one ("Dear Requester,", "Hi Team,").
    let greeted_unlisted = || {
        let after = &text[e..];
        single
            && greeting
            && !titled
            && lists.flags(first) == 0
            && first.chars().count() >= 3
            && is_capitalised(first)
            && (after.starts_with(",") || after.starts_with(" -") || after.starts_with(" –"))
            && line_before(text, s, 16)
                .trim_start()
                .strip_suffix(' ')
                .is_some_and(is_greeting)
            && !lists.job_words.contains_folded(first)
            && !lists.written_lowercase(first, text)
    };
    let greeted = !(greeting && first_is_first) && greeted_unlisted();
    if greeted {
        unsure = true;
    }
    let accept = if single {
        // A lone word needs a title, a greeting or a signature of its own.
        // (After a fire service's rank of two capitals, a surname: "GM Harcourt", not
        // "AM Mobilising", an area manager's remit, which the draft writes in small
        // letters too or which ends as a verb's "-ing" does.)
        (titled
            && (!first_not_name || lists.is_surname(first))
            && !(prev.is_some_and(|p| matches!(p, "FF" | "CM" | "WM" | "SM" | "GM" | "AM"))
                && !lists.is_surname(first)
                && (first.ends_with("ing") || lists.written_lowercase(first, text))))
            || (greeting && first_is_first)
            || greeted
            || (signature_line || closing) && first_is_first
    } else {
        by_cue || unsure || recorded
    };
    if !accept {
        return None;
    }
    let cue = if titled {
        NameCue::Title
    } else if greeting {
        NameCue::Greeting
    } else if signature_line || closing || contact_below() {
        NameCue::SignOff
    } else if header {
        NameCue::MailHeader
    } else if spelled {
        NameCue::SpellingAddress
    } else if job_after() || role_before() {
        NameCue::JobTitle
    } else if initial_unlisted {
        NameCue::InitialAndWord
    } else if unlisted_surname {
        NameCue::FirstName
    } else {
        NameCue::FirstAndSurname
    };
    Some(name_hit(text, doc, lists, (s, e), cue, unsure))
}

/// Words that open sentences and questions, which no name list holds: after a lone
/// capital and its stop they are the next sentence's ("position in G. However,") or an
/// outline's item ("D. What was the outcome"), not a surname.
const SENTENCE_OPENERS: &[&str] = &[
    "However",
    "What",
    "How",
    "Where",
    "When",
    "Why",
    "Which",
    "Who",
    "Whom",
    "Whose",
    "Whether",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Then",
    "Thus",
    "Also",
    "Yes",
    "Please",
    "Our",
    "Your",
    "Their",
    "His",
    "Her",
    "Its",
    "All",
    "Any",
    "Each",
    "Some",
    "For",
    "But",
    "And",
    "With",
    "From",
    "After",
    "Before",
    "Since",
    "While",
    "Although",
    "Otherwise",
    "Therefore",
    "Furthermore",
    "Moreover",
    "Finally",
    "First",
    "Second",
    "Third",
    "Next",
    "Once",
    "Only",
    "Not",
    "See",
    "Both",
    "Neither",
    "Either",
    "Nor",
    "Under",
    "Over",
    "Between",
    "Because",
    "Unless",
    "Until",
    "Individual",
    "Warning",
    "Note",
    "Notes",
    "The",
    "Are",
    "Was",
    "Were",
    "Has",
    "Have",
    "Had",
    "Does",
    "Did",
    "Can",
    "Could",
    "Would",
    "Should",
    "Will",
    "Shall",
    "May",
    "Might",
    "Must",
    "Here",
    "Now",
    "Instead",
    "Indeed",
    "Hence",
    "Similarly",
    "Likewise",
    "Meanwhile",
];

/// Is the name at `s..e` a line of its own, over a line that opens with a job title
/// ("Fleet Systems Officer | Fleet & Estates", "Head of Digital, Marlshire Council")?
fn name_over_job(text: &str, lists: &Lookup, s: usize, e: usize) -> bool {
    if !line_before(text, s, 80).trim().is_empty() {
        return false;
    }
    let rest = line_after(text, e, 80);
    if !rest.trim().is_empty() || text.len() <= e + rest.len() {
        return false;
    }
    let below = line_after(text, e + rest.len() + 1, 100);
    let clause = below
        .split(['|', ',', '–', '\t', '(', ';'])
        .next()
        .unwrap_or("");
    let words: Vec<&str> = clause.split_whitespace().collect();
    (1..=6).contains(&words.len()) && words.iter().any(|w| lists.job_words.contains_folded(w))
}

/// Is the name at `s..e` a line of its own (in a quoted mail too, "> > "), under a blank
/// line, with a telephone number or a mail address on one of the three lines below it:
/// a mail's signature block without its sign-off ("Mark Lethbridge\nNB \"Kingfisher\"
/// …\n07700 900741")?
fn name_over_contact(text: &str, s: usize, e: usize) -> bool {
    let before = line_before(text, s, 40);
    if !unquoted(before).trim().is_empty() || !line_after(text, e, 8).trim().is_empty() {
        return false;
    }
    // The line above, blank once its quotation marks are gone.
    let ls = s - before.len();
    let Some(above) = strip_eol(&text[..ls]) else {
        return false;
    };
    let above = line_before(above, above.len(), 80);
    if !unquoted(above).trim().is_empty() {
        return false;
    }
    let mut at = e + line_after(text, e, 8).len();
    for _ in 0..3 {
        if at >= text.len() {
            return false;
        }
        at += 1;
        let line = line_after(text, at, 120);
        if !text[at + line.len()..].starts_with('\n') && at + line.len() < text.len() {
            return false;
        }
        let bare = unquoted(line.trim_end_matches('\r')).trim();
        // ("Tel: 07700 900741", "M 07700 900741": a short label first, perhaps.)
        let number = bare
            .split_once(':')
            .filter(|(l, _)| l.len() <= 6)
            .map_or(bare, |(_, n)| n.trim());
        let digits = number.bytes().filter(u8::is_ascii_digit).count();
        let phone = (10..=13).contains(&digits)
            && number
                .bytes()
                .all(|c| c.is_ascii_digit() || matches!(c, b' ' | b'+' | b'(' | b')' | b'-'));
        let mail = bare
            .split_whitespace()
            .any(|w| w.contains('@') && w.contains('.') && w.len() <= 60);
        if phone || mail {
            return true;
        }
        at += line.len();
    }
    false
}

/// Does the rest of a line (`after` a greeting's name) close a salutation: nothing, or
/// a comma, colon, dash or exclamation mark?
fn ends_salutation(after: &str) -> bool {
    let t = after.trim_start_matches([' ', '\t']);
    t.trim_end().is_empty() || t.starts_with([',', ':', '!', '–', '—', '-'])
}

/// `t` without the line break it ends with ("\n" or "\r\n"), if it ends with one: the
/// text up to the end of the line above.
fn strip_eol(t: &str) -> Option<&str> {
    t.strip_suffix('\n')
        .map(|t| t.strip_suffix('\r').unwrap_or(t))
}

/// The line holding byte `at`; of a line longer than 400 bytes, only the 200 bytes
/// each side of `at` (the callers ask whether a name is the whole line, which a line
/// that long never is), so that long lines cost no more.
fn whole_line(text: &str, at: usize) -> &str {
    let before = line_before(text, at, 200);
    let after = line_after(text, at, 200);
    text[at - before.len()..at + after.len()].trim_end_matches('\r')
}

fn is_first_signature_line(text: &str, doc: &Document, at: usize) -> bool {
    let i = doc.line_index(at);
    // The line just under the sign-off (blank lines between are fine).
    doc.lines[..i]
        .iter()
        .rev()
        .find(|l| !text[l.start..l.end].trim().is_empty())
        .is_some_and(|l| {
            let t = unquoted(text[l.start..l.end].trim()).to_lowercase();
            t.len() < 40
                && (t.contains("sincerely")
                    || t.starts_with("cheers")
                    || t.contains("regards")
                    || t.contains("faithfully")
                    || t.contains("gywir")
                    || t.contains("wishes")
                    || t.starts_with("thanks"))
        })
}

/// "…, Telecoms Engineer", " – FOI Officer": the job title after a name, if any.
fn job_title_after<'t>(text: &'t str, lists: &Lookup, e: usize) -> Option<&'t str> {
    let after = line_after(text, e, 70);
    let rest = after
        .strip_prefix(", ")
        .or_else(|| after.strip_prefix(" – "))
        .or_else(|| after.strip_prefix(" - "))
        .or_else(|| after.strip_prefix(" ("))?;
    let clause = rest
        .split([',', '(', ')', '–', '|', '.', ';', '\t'])
        .next()?;
    let words: Vec<&str> = clause.split_whitespace().take(6).collect();
    words
        .iter()
        .any(|w| lists.job_words.contains_folded(w))
        .then_some(clause)
}

/// The email local parts of a draft, indexed so that a name is checked against all of
/// them in one lookup: "last|first" and "last|f" for each pair of parts of an address,
/// and whole single-part locals ("jsmith").
pub(crate) struct EmailIndex {
    keys: HashSet<String, FxBuild>,
    /// Where each team's or role's address starts ("foi@…"), in order.
    roles: Vec<usize>,
}

impl EmailIndex {
    /// `locals` are folded local parts (see [`fold`]).
    pub(crate) fn new(locals: &[String]) -> EmailIndex {
        let mut keys = HashSet::default();
        for local in locals {
            let parts: Vec<&str> = local
                .split(|c: char| !is_letter(c))
                .filter(|p| !p.is_empty())
                .collect();
            if parts.len() == 1 {
                keys.insert(parts[0].to_string());
            }
            // "anand.k.1962@": a first name and the surname's initial, and nothing else.
            if parts.len() == 2 && parts[1].chars().count() == 1 && parts[0].chars().count() >= 3 {
                keys.insert(format!("{}|{}#", parts[0], parts[1]));
            }
            for (i, a) in parts.iter().enumerate() {
                for (j, b) in parts.iter().enumerate() {
                    if i != j {
                        keys.insert(format!("{a}|{b}"));
                    }
                }
            }
        }
        EmailIndex {
            keys,
            roles: Vec::new(),
        }
    }

    /// The index with the starts of the draft's team and role addresses.
    pub(crate) fn with_roles(mut self, mut roles: Vec<usize>) -> EmailIndex {
        roles.sort_unstable();
        self.roles = roles;
        self
    }

    /// Is the address in angle brackets right after `e` a team's or role's ("FOI /
    /// Rhyddid Gwybodaeth <foi@…>")?
    fn role_after(&self, text: &str, e: usize) -> bool {
        !self.roles.is_empty()
            && text[e..].starts_with(" <")
            && self.roles.binary_search(&(e + 2)).is_ok()
    }

    /// Does an address spell these name tokens ("jane.smith", "j.smith", "jsmith",
    /// "smithj")?
    fn spells(&self, tokens: &[&str]) -> bool {
        if tokens.len() < 2 || self.keys.is_empty() {
            return false;
        }
        let first = fold(tokens[0]);
        let last = fold(tokens[tokens.len() - 1]).replace(['\'', '-', ' '], "");
        if last.len() < 3 {
            return false;
        }
        let initial = first.chars().next().map_or("", |c| &first[..c.len_utf8()]);
        let last_initial = last.chars().next().map_or("", |c| &last[..c.len_utf8()]);
        let (first, last) = (first.as_str(), last.as_str());
        // "last|first", "last|f", "firstlast", "flast", "lastf" ("hussaina@" for Aftab
        // Hussain), "first|l", built in one buffer.
        let mut key = String::with_capacity(first.len() + last.len() + 1);
        [
            (last, "|", first),
            (last, "|", initial),
            (first, "", last),
            (initial, "", last),
            (last, "", initial),
        ]
        .iter()
        .any(|(a, sep, b)| {
            key.clear();
            key.push_str(a);
            key.push_str(sep);
            key.push_str(b);
            self.keys.contains(&key)
        })
            // "anand.k.1962@" for Anand Krishnamurthy.
            || {
                key.clear();
                key.push_str(first);
                key.push('|');
                key.push_str(last_initial);
                key.push('#');
                self.keys.contains(&key)
            }
    }
}

/// Job titles (lowercase), found by looking up the few words at either end of a text
/// rather than comparing every title with it.
pub(crate) struct RoleSet {
    pub roles: WordSet<&'static str>,
    set: HashSet<&'static str, FxBuild>,
    /// The first and the last words of the roles: a text whose first (last) word is
    /// no role's needs no look-up of its longer prefixes (suffixes). Most are such.
    firsts: HashSet<&'static str, FxBuild>,
    lasts: HashSet<&'static str, FxBuild>,
    /// Roles ending in "of" ("director of"), which take the words of their remit.
    of_roles: Vec<&'static str>,
    longest: usize,
}

/// `t` up to its first character that is not alphanumeric.
fn first_word(t: &str) -> &str {
    t.find(|c: char| !is_alnum(c)).map_or(t, |i| &t[..i])
}

/// `t` after its last character that is not alphanumeric.
fn last_word(t: &str) -> &str {
    t.rfind(|c: char| !is_alnum(c)).map_or(t, |i| {
        &t[i + t[i..].chars().next().map_or(1, char::len_utf8)..]
    })
}

impl RoleSet {
    fn new(roles: Vec<&'static str>) -> RoleSet {
        RoleSet {
            set: roles.iter().copied().collect(),
            firsts: roles.iter().map(|r| first_word(r)).collect(),
            lasts: roles.iter().map(|r| last_word(r)).collect(),
            of_roles: roles
                .iter()
                .copied()
                .filter(|r| r.ends_with(" of"))
                .collect(),
            longest: roles.iter().map(|r| r.len()).max().unwrap_or(0),
            roles: WordSet::new(roles),
        }
    }

    /// Does `a` start with a role, not glued to the word after it?
    fn starts(&self, a: &str) -> bool {
        // A role that starts `a` has `a`'s first word as its own.
        if !self.firsts.contains(first_word(a)) {
            return false;
        }
        if a.len() <= self.longest && self.set.contains(a) {
            return true;
        }
        a.char_indices()
            .take_while(|&(i, _)| i <= self.longest)
            .any(|(i, c)| !is_alnum(c) && self.set.contains(&a[..i]))
    }

    /// Does `hay` (trimmed by `role_end`) end with a role: one not glued to the word
    /// before it, or one ending in "of" followed by a short remit?
    fn ends(&self, hay: &str) -> bool {
        // A role that ends `hay` has `hay`'s last word as its own; one with a remit
        // after it is looked for below.
        let glued_end = self.lasts.contains(last_word(hay)) && self.glued_end(hay);
        // A remit is at most 45 bytes: the "of" ending the role stands in the last 47.
        let tail = &hay.as_bytes()[hay.len().saturating_sub(47)..];
        glued_end
            || tail.windows(2).any(|w| w == b"of")
                && (self.of_roles.iter().any(|r| ends_with_remit(hay, r))
                    // Any role with a remit after it: "Executive Director of Place".
                    || hay.rfind(" of ").is_some_and(|i| {
                        ends_with_remit(hay, "of ") && self.glued_end(&hay[..i])
                    }))
            // "Senior Coroner for Calderbrook", "Cabinet Member for Housing".
            || tail.windows(5).any(|w| w == b" for ")
                && hay.rfind(" for ").is_some_and(|i| {
                ends_with_remit(hay, "for ") && self.glued_end(&hay[..i])
            })
    }

    /// Does `hay` end with a role, not glued to the word before it?
    fn glued_end(&self, hay: &str) -> bool {
        if hay.len() <= self.longest && self.set.contains(hay) {
            return true;
        }
        let from = hay.len().saturating_sub(self.longest + 4);
        // From a char boundary at or after `from` (continuation bytes are 0b10xx_xxxx).
        let from = (from..hay.len())
            .find(|&i| hay.is_char_boundary(i))
            .unwrap_or(hay.len());
        hay[from..]
            .char_indices()
            .map(|(i, c)| (i + from, c))
            .any(|(i, c)| {
                let k = i + c.len_utf8();
                !is_alnum(c) && hay.len() - k <= self.longest && self.set.contains(&hay[k..])
            })
    }
}

/// The seniority the text right around a name gives it.
fn seniority(text: &str, lists: &Lookup, s: usize, e: usize, doc: &Document) -> Tier {
    let mut after = line_after(text, e, 90).to_string();
    // A signature's or letterhead's role sits on the next line.
    if after.trim().is_empty()
        || matches!(doc.context_at(s), Context::Signature | Context::Letterhead)
    {
        let line_end = text[e..].find('\n').map_or(text.len(), |i| e + i);
        if line_end < text.len() {
            after.push_str(", ");
            after.push_str(line_after(text, line_end + 1, 90));
        }
    }
    let after = after.trim_start_matches([',', ' ', '-', '–', '(', ':', '|', '\t']);
    let after = after.strip_prefix("the ").unwrap_or(after);
    let mut before = line_before(text, s, 70);
    // A role ending the line above, with a comma: "…by the Strategic Director of
    // Planning,\nSarah Whitlock, who agreed".
    if before.trim().is_empty() && s > before.len() {
        let above = text[..s - before.len()].trim_end_matches(['\n', '\r']);
        if above.ends_with(',') {
            before = line_before(text, above.len(), 70);
        }
    }
    let before = before
        .rsplit(['.', ';', '|', '\t'])
        .next()
        .unwrap_or(before);
    let before_clause = strip_titles(lists, before);
    let lower_after = after.to_lowercase();
    // The role may be "Acting" or "Interim".
    let lower_after = lower_after
        .trim_start_matches_str("acting ")
        .trim_start_matches_str("interim ");
    let lower_before = before_clause.to_lowercase();
    let lower_before = role_end(&lower_before);
    let lower_raw = before.to_lowercase();
    let lower_raw = role_end(&lower_raw);
    // The role starts the text after the name, or ends the text before it, with or
    // without the title: "Chief Constable Sarah Lindqvist", "Cllr Ffion Roberts".
    // With no title stripped, the two texts before the name are one.
    // ("the University Secretary and Registrar, Jonathan Pickering": a role, then
    // another joined to it.)
    // (The second role capitalised, as a title is: not "the Chief Executive and her
    // deputy, Ann Lee".)
    let joined = lower_before
        .rfind(" and ")
        .filter(|&i| lower_before.len() - i <= 40)
        .filter(|_| {
            let raw = role_end(before_clause.trim_end());
            raw.rfind(" and ").is_some_and(|k| {
                let second = &raw[k + 5..];
                !second.is_empty() && second.split(' ').all(starts_upper)
            })
        })
        .map(|i| &lower_before[..i]);
    let near = |roles: &RoleSet| {
        roles.starts(lower_after)
            || roles.ends(lower_before)
            || lower_raw != lower_before && roles.ends(lower_raw)
            || joined.is_some_and(|b| roles.ends(b))
    };
    // "Cllr Yvonne Tate-Barlow, in her private capacity as organiser of …": not in
    // the public role.
    let private = [
        "private capacity",
        "personal capacity",
        "as a private individual",
    ]
    .iter()
    .any(|p| lower_after.contains(p));
    // "Cllr Judith Okoro complained in June", "Referred by: Cllr Simon Farrant": a board
    // member or councillor named for what they did as a person, not in the role: for
    // review, as a senior officer is.
    let acting = || {
        [
            "complained",
            "complains",
            "made a complaint",
            "raised a complaint",
        ]
        .iter()
        .any(|p| lower_after.starts_with(p) || lower_after.contains(&format!(" {p}")))
            || [
                "referred by",
                "complaint from",
                "complaint by",
                "complainant",
            ]
            .iter()
            .any(|p| lower_raw.contains(p))
    };
    // "Sir Robert Pemberton MP", "Gwyneth Rowlands MS": an elected member, by the
    // letters after the name (in capitals: "Ms" before a name is a title).
    let member = || {
        let rest = &text[e..];
        ["MP", "MS", "MSP", "MLA", "MEP", "AM"].iter().any(|m| {
            rest.strip_prefix(' ')
                .and_then(|r| r.strip_prefix(m))
                .is_some_and(|r| !r.starts_with(|c: char| is_alnum(c)))
        })
    };
    // "Director of IT and Digital Services", "Director of Estates": a director of a
    // service below the board (a chief officer's "Director of Place" is on it).
    let service_director = || {
        let remit = |r: &str| {
            matches!(
                r.split([' ', ',']).next().unwrap_or(""),
                "it" | "ict"
                    | "digital"
                    | "information"
                    | "estates"
                    | "facilities"
                    | "technology"
                    | "data"
                    | "ig"
                    | "systems"
                    | "infrastructure"
                    | "cyber"
            )
        };
        lower_after.strip_prefix("director of ").is_some_and(remit)
            || lower_before
                .rfind("director of ")
                .is_some_and(|i| remit(&lower_before[i + 12..]))
    };
    if private {
        Tier::Private
    } else if service_director() {
        Tier::Senior
    } else if member() || near(&lists.board) {
        if acting() {
            Tier::Senior
        } else {
            Tier::Board
        }
    } else if near(&lists.senior) {
        Tier::Senior
    } else if chief_officer_role(lower_after, true) || chief_officer_role(lower_before, false) {
        // "Its Chief Port Health Officer is Dr …": an organisation's chief officer by
        // another name (the lists' chief officers below the board came first).
        if acting() {
            Tier::Senior
        } else {
            Tier::Board
        }
    } else {
        Tier::Private
    }
}

/// A chief officer's title the role lists do not hold, starting (`at_start`) or ending
/// `hay`: "Chief" and "Officer" with one to three words of remit between ("Chief Port
/// Health Officer", "Chief Fire and Rescue Officer"); not a deputy's or an assistant's.
fn chief_officer_role(hay: &str, at_start: bool) -> bool {
    // (Asked of every private name: the cheap tests first.)
    if at_start && !hay.starts_with("chief ")
        || !at_start
            && !hay
                .trim_end_matches(|c: char| !is_alnum(c))
                .ends_with("officer")
    {
        return false;
    }
    let words: Vec<&str> = if at_start {
        hay.split(' ').take(5).collect()
    } else {
        let mut w: Vec<&str> = hay.rsplit(' ').take(6).collect();
        w.reverse();
        w
    };
    fn clean(w: &str) -> &str {
        w.trim_matches(|c: char| !is_alnum(c))
    }
    if at_start {
        if clean(words.first().copied().unwrap_or("")) != "chief" {
            return false;
        }
        (2..words.len()).any(|k| {
            words[k].trim_end_matches([',', '.', ';', ')']) == "officer"
                && words[1..k].iter().all(|w| w.chars().all(is_letter))
        })
    } else {
        if !words.last().is_some_and(|w| clean(w) == "officer") {
            return false;
        }
        let n = words.len();
        (n.saturating_sub(5)..n.saturating_sub(2)).any(|k| {
            words[k] == "chief"
                && (k == 0 || !matches!(words[k - 1], "deputy" | "assistant"))
                && words[k + 1..n - 1].iter().all(|w| w.chars().all(is_letter))
        })
    }
}

/// The text before a name as `RoleSet::ends` reads it: trailing punctuation and a
/// parenthetical after the role ("Assistant Chief Officer (Resources),") trimmed.
fn role_end(hay: &str) -> &str {
    let hay = hay.trim_end_matches([' ', ',', ':', '-', '–']);
    if hay.ends_with(')') {
        hay.rsplit_once('(').map_or(hay, |(a, _)| a.trim_end())
    } else {
        hay
    }
}

/// `str::trim_start_matches` for a string prefix, without setting up a substring
/// searcher each time (these run for every name).
trait TrimPrefix {
    fn trim_start_matches_str(&self, prefix: &str) -> &str;
}

impl TrimPrefix for str {
    fn trim_start_matches_str(&self, prefix: &str) -> &str {
        let mut s = self;
        while let Some(rest) = s.strip_prefix(prefix).filter(|_| !prefix.is_empty()) {
            s = rest;
        }
        s
    }
}

/// "Director of Resources, …", "Head of Finance and Performance, …": does `hay` end
/// with the role `word`, which ends in "of", and a few words of its remit?
fn ends_with_remit(hay: &str, word: &str) -> bool {
    hay.rfind(word).is_some_and(|i| {
        let remit = &hay[i + word.len()..];
        !hay[..i].ends_with(|c: char| is_alnum(c))
            && remit.len() <= 45
            && remit.split_whitespace().count() <= 5
            && !remit.contains(['.', ';', ',', '(', ')'])
    })
}

fn strip_titles<'t>(lists: &Lookup, before: &'t str) -> &'t str {
    let mut b = before.trim_end();
    loop {
        let Some((head, last)) = b.rsplit_once(' ') else {
            return b;
        };
        // Titles, collar numbers and a linking verb ("Chief Executive is Dr …").
        let linking = ["is", "was", "remains", "are"].contains(&last);
        if lists.is_title(last)
            || linking
            || last.chars().all(|c| c.is_ascii_digit()) && !last.is_empty()
        {
            b = head.trim_end();
        } else {
            return b;
        }
    }
}

/// Spans sorted by start, with the furthest end reached so far, so that "does
/// `[s, e)` overlap any of them?" is one binary search, however the spans nest.
pub(crate) struct SpanSet {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl SpanSet {
    pub(crate) fn new(mut spans: Vec<(usize, usize)>) -> SpanSet {
        spans.sort_unstable();
        let mut furthest = 0;
        let max_end = spans
            .iter()
            .map(|&(_, b)| {
                furthest = furthest.max(b);
                furthest
            })
            .collect();
        SpanSet {
            starts: spans.iter().map(|&(a, _)| a).collect(),
            max_end,
        }
    }

    /// Does `[s, e)` overlap a span? All spans starting before `e` are candidates;
    /// one of them overlaps exactly when the furthest of their ends passes `s`.
    pub(crate) fn overlaps(&self, s: usize, e: usize) -> bool {
        let upto = self.starts.partition_point(|&a| a < e);
        upto > 0 && self.max_end[upto - 1] > s
    }

    /// Does a span hold all of `[s, e)`? Of the spans starting at or before `s`, the
    /// furthest end reaches `e`.
    pub(crate) fn covers(&self, s: usize, e: usize) -> bool {
        let upto = self.starts.partition_point(|&a| a <= s);
        upto > 0 && self.max_end[upto - 1] >= e
    }

    /// [`Self::overlaps`] for questions asked in order of their ends (a walk over the
    /// draft's words): a step forward for each, not a binary search.
    pub(crate) fn cursor(&self) -> SpanCursor<'_> {
        SpanCursor {
            set: self,
            upto: 0,
            last_end: 0,
        }
    }
}

/// See [`SpanSet::cursor`].
pub(crate) struct SpanCursor<'a> {
    set: &'a SpanSet,
    /// How many spans start before the last question's end.
    upto: usize,
    last_end: usize,
}

impl SpanCursor<'_> {
    /// Does `[s, e)` overlap a span? `e` must not be less than the last question's.
    pub(crate) fn overlaps(&mut self, s: usize, e: usize) -> bool {
        debug_assert!(e >= self.last_end, "asked out of order");
        self.last_end = e;
        let starts = &self.set.starts;
        while self.upto < starts.len() && starts[self.upto] < e {
            self.upto += 1;
        }
        self.upto > 0 && self.set.max_end[self.upto - 1] > s
    }
}

/// What a later mention of one part of a found name takes from it.
#[derive(Clone, Copy)]
struct Part {
    tier: Tier,
    /// The name it came from was for review: so is the mention.
    unsure: bool,
    /// The part is also an ordinary word ("Hope", "Mark", "Will"): a mention needs a
    /// person's context (see [`mention_context`]).
    word: bool,
    /// A listed surname found alone in capitals ("PC 4512 DAVIES"): written so again,
    /// it is the person with no more context ("take DAVIES out").
    sure_in_caps: bool,
}

/// Later mentions of a found person by first name or surname alone ("Rhiannon on …",
/// "Mr Ellwood himself", "Hope – can you check", "[SEUN: no]"), with that person's tier.
#[inline(never)]
fn add_later_mentions(
    text: &str,
    doc: &Document,
    lists: &Lookup,
    words: &NameWords,
    hits: &mut Vec<NameHit>,
    skip: &SpanSet,
) {
    // The first sure mention wins, so the result does not depend on map order. Parts
    // are kept as written and in capitals ("Seun", "SEUN").
    let mut parts: HashMap<String, Part, FxBuild> = HashMap::default();
    for h in hits.iter().filter(|h| h.cue != NameCue::FirstNameAlone) {
        let name = &text[h.start..h.end];
        // ("Zhang, Wei": its parts are "Zhang" and "Wei"; a name found alone, under a
        // sign-off or after a title, is its own part.)
        let toks: Vec<&str> = name.split([' ', ',']).filter(|t| !t.is_empty()).collect();
        // A name found alone counts when it is a listed name ("Seun" under a sign-off,
        // "Mr Ellwood"); of a name for review ("Grace Ibbotson", its surname in no
        // list), only a listed first name counts, and its mentions need a person's
        // context as a word's do.
        let ends = match toks.len() {
            0 => continue,
            1 if h.unsure => continue,
            _ if h.unsure => [toks[0], toks[0]],
            n => [toks[0], toks[n - 1]],
        };
        for t in ends {
            if t.chars().count() <= 2
                || is_particle(t)
                || toks.len() == 1
                    && !(lists.is_first(t) || lists.is_surname(t))
                    // (A chat's writer by one word in no list ("[09:02] Thảo: …") is
                    // that person's name wherever the draft writes it.)
                    && h.cue != NameCue::ChatSpeaker
                || h.unsure
                    && !lists.is_first(t)
                    && (toks.len() != 2 || lists.is_not_name(t) || lists.is_surname(t))
            {
                continue;
            }
            // ("PC 4512 DAVIES" … "take DAVIES out": a listed surname found alone in
            // capitals is that person again wherever it is written so.)
            let caps_sure = toks.len() == 1
                && !h.unsure
                && is_all_caps_name(t)
                && lists.is_surname(&t.to_lowercase());
            // ("HARGREAVES" is also "Hargreaves".)
            let (t, caps) = if is_capitalised(t) {
                (t.to_string(), t.to_uppercase())
            } else if is_all_caps_name(t) {
                let mut c = t.chars();
                let first = c.next().map(String::from).unwrap_or_default();
                (first + &c.as_str().to_lowercase(), t.to_string())
            } else {
                continue;
            };
            if is_month_or_day(&t) {
                continue;
            }
            let part = Part {
                tier: h.tier,
                unsure: h.unsure,
                word: h.unsure
                    || toks.len() == 1 && h.cue != NameCue::ChatSpeaker
                    || lists.is_not_name(&t),
                sure_in_caps: false,
            };
            let in_caps = Part {
                sure_in_caps: caps_sure,
                ..part
            };
            // ("Márta Szűcs" … "Called Marta": the name typed without its accents.)
            let plain = (!t.is_ascii())
                .then(|| {
                    let f = fold(&t);
                    let mut c = f.chars();
                    c.next()
                        .map(|first| first.to_uppercase().chain(c).collect::<String>())
                })
                .flatten()
                .filter(|p| p.is_ascii() && p.len() >= 3);
            for (key, part) in [(t, part), (caps, in_caps)]
                .into_iter()
                .chain(plain.map(|p| (p, part)))
            {
                let e = parts.entry(key).or_insert(part);
                if e.unsure && !part.unsure {
                    *e = part;
                }
            }
        }
    }
    add_lowercase_mentions(text, lists, hits, skip);
    add_full_name_repeats(text, doc, lists, hits, skip);
    if parts.is_empty() {
        return;
    }
    // A first name found alone is the person the draft names in full.
    for h in hits.iter_mut().filter(|h| h.cue == NameCue::FirstNameAlone) {
        if let Some(p) = parts.get(&text[h.start..h.end]).filter(|p| !p.unsure) {
            (h.tier, h.unsure, h.cue) = (p.tier, false, NameCue::EarlierMention);
        }
    }
    // Each part's first byte and length (31 for longer), so that most words of the
    // draft are turned away on two array reads, before any hashing or decoding.
    let mut lengths = [0u32; 256];
    for p in parts.keys() {
        lengths[usize::from(p.as_bytes()[0])] |= 1 << p.len().min(31);
    }
    let found = SpanSet::new(hits.iter().map(|h| (h.start, h.end)).collect());
    // The words are asked about in order.
    let (mut in_found, mut skipped) = (found.cursor(), skip.cursor());
    let mut extra = Vec::new();
    // Parts are capitalised: only words that do not start with a small letter are read.
    let mut from = 0;
    while let Some(at) = words.next_capital(from) {
        let w = words.word_at(at);
        from = w.end;
        let first = text.as_bytes()[w.start];
        if lengths[usize::from(first)] & 1 << (w.end - w.start).min(31) == 0 {
            continue;
        }
        let word = &text[w.start..w.end];
        let Some(&part) = parts.get(word) else {
            continue;
        };
        if in_found.overlaps(w.start, w.end) || skipped.overlaps(w.start, w.end) {
            continue;
        }
        let caps = is_all_caps_name(word);
        let next = words
            .after(w)
            .map(|n| (&text[n.start..n.end], &text[w.end..n.start]));
        if next.is_some_and(|(n, gap)| gap == " " && (is_capitalised(n) || lists.is_place(n))) {
            continue;
        }
        let prev = words
            .before(w)
            .map(|p| (&text[p.start..p.end], &text[p.end..w.start]));
        // ("the Pardoe case", "the Okonjo family": a surname the lists lack, after "the"
        // and before a word for a person's matter, is that person's.)
        let matter = || {
            !part.word
                && !caps
                && next.is_some_and(|(n, gap)| gap == " " && PERSON_MATTERS.contains(&n))
        };
        if prev.is_some_and(|(p, gap)| {
            gap == " "
                && (p == "the" && !matter()
                    || is_capitalised(p) && !lists.is_title(p) && !is_greeting(p))
        }) {
            continue;
        }
        // Beside a number the word is a date's ("26 Jan 2024": Jan Kowalski was named
        // earlier).
        let b = text.as_bytes();
        if w.start >= 2 && b[w.start - 1] == b' ' && b[w.start - 2].is_ascii_digit()
            || b.get(w.end) == Some(&b' ') && b.get(w.end + 1).is_some_and(u8::is_ascii_digit)
        {
            continue;
        }
        // Inside an address or URL ("gordon.flack@…") the email detector speaks.
        let around = |c: Option<char>| c.is_some_and(|c| c == '.' || c == '@' || c == '/');
        // ("ULONG_MAX", "MAX_NAME_SIZE": a programmer's word.)
        if text[..w.start].ends_with('_') || text[w.end..].starts_with('_') {
            continue;
        }
        if around(text[..w.start].chars().next_back()) && !at_mention(text, w.start)
            || around(text[w.end..].chars().next())
                && text[w.end + 1..].starts_with(|c: char| is_alnum(c))
        {
            continue;
        }
        // In capitals the name stands out of ordinary text ("[SEUN: no]", "HOPE to
        // check"), not inside a heading in capitals.
        let lowercase = |t: &str| t.chars().any(char::is_lowercase);
        if caps
            && !(next.is_some_and(|(n, _)| lowercase(n)) || prev.is_some_and(|(p, _)| lowercase(p)))
        {
            continue;
        }
        let how = if caps { Mention::Caps } else { Mention::Part };
        // (Inside a sentence, after a word in small letters: not a heading's "GREEN".)
        let sure = part.sure_in_caps && prev.is_some_and(|(p, gap)| gap == " " && lowercase(p));
        if (part.word || caps) && !sure && !mention_context(text, (w.start, w.end), prev, next, how)
        {
            continue;
        }
        extra.push(NameHit {
            start: w.start,
            end: w.end,
            tier: part.tier,
            cue: NameCue::EarlierMention,
            unsure: part.unsure,
        });
    }
    hits.extend(extra);
}

/// Words after "the" and a person's surname that make it their matter: "the Pardoe
/// case", "the Okonjo family".
const PERSON_MATTERS: [&str; 12] = [
    "case",
    "family",
    "household",
    "file",
    "referral",
    "complaint",
    "chronology",
    "matter",
    "appeal",
    "claim",
    "inquest",
    "application",
];

/// Is `w`, a word in lowercase, a listed first name that is no ordinary word, no job's
/// word, no place and no month or day ("priya", "gethin"; not "will", "may")?
fn lowercase_first_name(lists: &Lookup, w: &str) -> bool {
    lists.is_first(w)
        && !lists.is_not_name(w)
        && !lists.job_words.contains_folded(w)
        && !lists.is_place(w)
        && !is_month_or_day(w)
}

/// First names that are also words in lowercase ("max", "don", "van", "jan").
const LOWERCASE_WORD_NAMES: [&str; 24] = [
    "don", "max", "van", "jan", "sue", "pat", "ken", "bob", "guy", "ray", "kit", "rob", "dot",
    "eve", "jay", "mac", "val", "joy", "kay", "lou", "mel", "sal", "ivy", "lee",
];

/// A listed first name of a person found (not for review), written again in lowercase
/// as notes and chats write it ("Dorota Wiśniewska" … "full count to follow from
/// dorota", "Noted by: gethin ap dafydd" … "gethin asked if that was safe"): the same
/// person. Only a first name that is no ordinary word, a job's word or a place (or, as
/// "max" or "don", a word in lowercase, with a person's words around it), as a word of
/// its own (not inside an address, a path or a user name).
#[inline(never)]
fn add_lowercase_mentions(text: &str, lists: &Lookup, hits: &mut Vec<NameHit>, skip: &SpanSet) {
    let mut keys: Vec<(String, Tier)> = Vec::new();
    for h in hits
        .iter()
        .filter(|h| !h.unsure && h.cue != NameCue::FirstNameAlone)
    {
        let Some(first) = text[h.start..h.end]
            .split([' ', ','])
            .find(|t| !t.is_empty())
        else {
            continue;
        };
        let lower = first.to_lowercase();
        if lower.chars().count() < 3
            || lower.len() > 24
            || !lower.chars().all(|c| c.is_lowercase() || c == '-')
            || !lowercase_first_name(lists, &lower)
            || keys.iter().any(|(k, _)| *k == lower)
        {
            continue;
        }
        keys.push((lower, h.tier));
        if keys.len() == 256 {
            break;
        }
    }
    if keys.is_empty() {
        return;
    }
    let Ok(ac) = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(keys.iter().map(|(k, _)| k.as_str()))
    else {
        return;
    };
    let found = SpanSet::new(hits.iter().map(|h| (h.start, h.end)).collect());
    let (mut in_found, mut skipped) = (found.cursor(), skip.cursor());
    let b = text.as_bytes();
    let joined =
        |c: u8| c.is_ascii_alphanumeric() || c >= 0x80 || matches!(c, b'@' | b'/' | b'_' | b'\\');
    let mut extra = Vec::new();
    for m in ac.find_iter(text) {
        let (s, e) = (m.start(), m.end());
        // (A word of its own: "dorota]", "gethin asked"; not "dorota.k@…", "~/gethin",
        // "gethin-pc".)
        if s > 0 && (joined(b[s - 1]) || matches!(b[s - 1], b'.' | b'-' | b'\''))
            || b.get(e).is_some_and(|&c| {
                joined(c)
                    || matches!(c, b'.' | b'-') && b.get(e + 1).is_some_and(|&n| joined(n))
                    // (Not "evan't"; "dorota's" is hers.)
                    || c == b'\'' && b.get(e + 1).is_some_and(|&n| n.is_ascii_alphabetic() && n != b's')
            })
            || in_found.overlaps(s, e)
            || skipped.overlaps(s, e)
        {
            continue;
        }
        // (A name of three letters that is a word in lowercase, "max", "don", "van",
        // "jan": only where the words around it say a person, "max to check".)
        if LOWERCASE_WORD_NAMES.contains(&&text[s..e]) {
            let line = s - line_before(text, s, 200).len();
            let end = e + line_after(text, e, 200).len();
            let prev = previous_word_gap(text, line, s);
            let next = next_word_gap(text, e, end);
            if !mention_context(text, (s, e), prev, next, Mention::Lone) {
                continue;
            }
        }
        extra.push(NameHit {
            start: s,
            end: e,
            tier: keys[m.pattern().as_usize()].1,
            cue: NameCue::EarlierMention,
            unsure: false,
        });
    }
    hits.extend(extra);
}

/// A person's full name found sure ("DI Mark Ebdon"), written again whole where no cue
/// stands beside it ("| Mark Ebdon |" in a register whose draft also writes "mark for
/// review"), or turned about ("EBDON, Mark", "Ebdon, Mark"): the same person, as sure.
/// Each part is matched whole, as written or in capitals for the surname turned
/// first; a mention found for review is that person too. (Word by word, the later
/// mentions leave a word beside another capitalised one alone: "Mark" of "Mark Road".)
/// Only a name that a person's own cue found (a title, a greeting or sign-off, a job, a
/// label, a number, a chat's writer): two listed words alone ("Dennis Eagle", "Grace
/// Darling") may be a firm's or a boat's, and a repeat would spread the doubt. Not
/// before another capitalised word ("Fraser Kellett Teleradiology") or after "the".
#[inline(never)]
fn add_full_name_repeats(
    text: &str,
    doc: &Document,
    lists: &Lookup,
    hits: &mut Vec<NameHit>,
    skip: &SpanSet,
) {
    let mut keys: Vec<String> = Vec::new();
    let mut add = |k: String| {
        if keys.len() < 512 && !keys.contains(&k) {
            keys.push(k);
        }
    };
    for h in hits.iter().filter(|h| {
        !h.unsure
            && matches!(
                h.cue,
                NameCue::Title
                    | NameCue::Greeting
                    | NameCue::SignOff
                    | NameCue::SpellingAddress
                    | NameCue::JobTitle
                    | NameCue::NumberAfter
                    | NameCue::RecordAfter
                    | NameCue::ChatSpeaker
                    | NameCue::Labelled
            )
    }) {
        let name = &text[h.start..h.end];
        let toks: Vec<&str> = name.split(' ').collect();
        // Two or three words, each a capitalised word of three letters or more ("Mark
        // Ebdon", "Siân Lloyd-Rees"); not a name turned already or with initials.
        if !(2..=3).contains(&toks.len())
            || !toks
                .iter()
                .all(|t| t.chars().count() >= 3 && is_capitalised(t) && !t.contains(['.', ',']))
        {
            continue;
        }
        let (first, last) = (toks[0], toks[toks.len() - 1]);
        add(name.to_string());
        let given = toks[..toks.len() - 1].join(" ");
        add(format!("{last}, {given}"));
        add(format!("{}, {given}", last.to_uppercase()));
        add(format!("{} {first}", last.to_uppercase()));
    }
    if keys.is_empty() {
        return;
    }
    // (A mention found for review, "Mark Ebdon" in a cell, is the sure person's.)
    for h in hits.iter_mut().filter(|h| h.unsure) {
        if keys.iter().any(|k| *k == text[h.start..h.end]) {
            (h.unsure, h.cue) = (false, NameCue::EarlierMention);
        }
    }
    let Ok(ac) = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(&keys)
    else {
        return;
    };
    let found = SpanSet::new(hits.iter().map(|h| (h.start, h.end)).collect());
    let (mut in_found, mut skipped) = (found.cursor(), skip.cursor());
    let joined = |c: Option<char>| {
        c.is_some_and(|c| c.is_alphanumeric() || matches!(c, '@' | '/' | '_' | '\\' | '-' | '\''))
    };
    let mut extra = Vec::new();
    for m in ac.find_iter(text) {
        let (s, e) = (m.start(), m.end());
        // (Whole words: not inside an address, a path or a longer word.)
        let before = text[..s].chars().next_back();
        let after = text[e..].chars().next();
        if joined(before)
            || before == Some('.') && s >= 2 && text.as_bytes()[s - 2].is_ascii_alphanumeric()
            || joined(after)
            || after == Some('.') && text[e + 1..].starts_with(|c: char| c.is_alphanumeric())
            || text[e..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_uppercase))
            || text[..s].ends_with("the ")
            || text[..s].ends_with("The ")
            || in_found.overlaps(s, e)
            || skipped.overlaps(s, e)
        {
            continue;
        }
        extra.push(name_hit(
            text,
            doc,
            lists,
            (s, e),
            NameCue::EarlierMention,
            false,
        ));
    }
    hits.extend(extra);
}

/// Where the initials start after a note's label and its opening bracket near the
/// start of a line: "Comment (KN)", "DRAFTING NOTE (LH)", "Query (AB)"; at most two
/// words before the label.
fn note_label_bracket(line: &str) -> Option<usize> {
    let head = &line.as_bytes()[..line.len().min(40)];
    // (Most lines have no bracket near their start: settled by one byte search.)
    let open = memchr::memchr(b'(', head)?;
    let before = head[..open].strip_suffix(b" ")?;
    let word_start = before
        .iter()
        .rposition(|c| !c.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    let word = &before[word_start..];
    let lead = &before[..word_start];
    (["comment", "note", "query", "sylw"]
        .iter()
        .any(|l| word.eq_ignore_ascii_case(l.as_bytes()))
        && lead.iter().all(|c| c.is_ascii_alphabetic() || *c == b' ')
        && lead.split(|c| *c == b' ').filter(|w| !w.is_empty()).count() <= 2)
        .then_some(open + 1)
}

/// Does the line open as a drafting note does ("NB", "Note", "Comment", "[", ">>")?
fn is_note_line(line: &str) -> bool {
    let t = line.trim_start_matches([' ', '\t', '>', '<', '*', '•']);
    let word = t.split([' ', ':', '-', '(']).next().unwrap_or("");
    t.starts_with('[')
        || ["nb", "n.b.", "note", "comment", "drafting", "query"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
}

/// Capital initials after a verb of drafting and "by" ("accepted by MNS", "checked by
/// LH", "Drafted by: KB") or right after "checked" ("checked LH"): who worked on the
/// draft, for review.
#[inline(never)]
fn add_editor_initials(text: &str, hits: &mut Vec<NameHit>) {
    // (Not "approved", "reviewed" or "agreed": panels and boards do those, "Reviewed by
    // IRP", "approved by SMT".)
    const VERBS: [&str; 13] = [
        "accepted",
        "checked",
        "drafted",
        "amended",
        "edited",
        "updated",
        "redacted",
        "prepared",
        "added",
        "deleted",
        "pasted",
        "copied",
        "forwarded",
    ];
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut take = |at: usize| {
        let at = at + text[at..].len() - text[at..].trim_start_matches([':', ' ']).len();
        let n = caps_len(&text[at..], 3);
        let t = &text[at..at + n];
        // (Not a rank before a collar number: "Drafted by: SGT 2193"; a date may follow
        // initials: "edited by MC 08/04".)
        let collar = text[at + n..].strip_prefix(' ').is_some_and(|r| {
            let d = r.bytes().take_while(u8::is_ascii_digit).count();
            d >= 3 && !r[d..].starts_with(['/', '.', '-'])
        });
        if (2..=3).contains(&t.chars().count())
            && !text[at + n..].starts_with(|c: char| is_alnum(c) || c == '-')
            && !collar
            && is_note_initials(t)
        {
            found.push((at, at + n));
        }
    };
    for k in memchr::memmem::find_iter(b, b"ed by") {
        let verb = previous_word_of(text, k + 2);
        if VERBS.iter().any(|v| verb.eq_ignore_ascii_case(v)) {
            take(k + 5);
        }
    }
    for k in memchr::memmem::find_iter(b, b"hecked ") {
        if k > 0 && b[k - 1] | 0x20 == b'c' {
            take(k + 7);
        }
    }
    // "typed up by NG", "written up by KO": who wrote a note out.
    for k in memchr::memmem::find_iter(b, b" up by ") {
        let verb = previous_word_of(text, k);
        if ["typed", "written", "tidied", "followed", "picked", "drawn"]
            .iter()
            .any(|v| verb.eq_ignore_ascii_case(v))
        {
            take(k + 7);
        }
    }
    // "DRAFT ANSWERS (SN, 22/04 – …)", "(KO, 3 March)": a drafter's initials in
    // brackets with the day they wrote.
    for k in memchr::memchr_iter(b'(', b) {
        let n = caps_len(&text[k + 1..], 3);
        let rest = &text[k + 1 + n..];
        let dated = rest.strip_prefix(", ").is_some_and(|r| {
            let d = r.bytes().take_while(u8::is_ascii_digit).count();
            (1..=2).contains(&d)
                && (r[d..].starts_with(['/', '.'])
                    && r[d + 1..].starts_with(|c: char| c.is_ascii_digit())
                    || r[d..].strip_prefix(' ').is_some_and(|m| {
                        is_month_or_day(m.split([' ', ')', ',']).next().unwrap_or(""))
                    }))
        });
        if (2..=3).contains(&n) && dated {
            take(k + 1);
        }
    }
    // "Drafted TA 20/03", "amended KO." (a sign-off: the initials end the clause or
    // a date follows; not "edited CSV files").
    for k in memchr::memmem::find_iter(b, b"ed ") {
        // (Each verb ends "ted " or "ded ": most past tenses are passed on one byte.)
        if k == 0 || !matches!(b[k - 1], b't' | b'd') {
            continue;
        }
        let verb = previous_word_of(text, k + 2);
        if !["drafted", "amended", "edited", "redacted"]
            .iter()
            .any(|v| verb.eq_ignore_ascii_case(v))
        {
            continue;
        }
        let at = k + 3;
        let n = b[at..]
            .iter()
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        let rest = &text[at + n..];
        let ends = rest.is_empty()
            || rest.starts_with(['\n', '\r', '.', ',', ';', ')', ']'])
            || rest
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit() || "-–—?".contains(c)));
        if ends {
            take(at);
        }
    }
    // "Track changes: EZ (Information Security), TM (Compliance)", "Edits: PK / RJ": a
    // label for who changed the draft, then their initials, each perhaps with a team.
    for label in [&b"hanges: "[..], &b"dits: "[..]] {
        for k in memchr::memmem::find_iter(b, label) {
            let head = line_before(text, k, 40).to_ascii_lowercase();
            let ok = if label[0] == b'h' {
                head.ends_with("track c") || head.ends_with("tracked c")
            } else {
                head == "e" || head.ends_with(" e") || head.ends_with("my e")
            };
            if !ok {
                continue;
            }
            found.extend(initials_list(text, k + label.len()));
        }
    }
    // Whose comments a draft carries, on a line that opens a note or says the draft's
    // status (not prose: "the draft report had comments from HSE"): "[DRAFT 3 - comments from CH, RP and Workforce …]", "DRAFT 2 (PT / TP
    // comments)".
    for k in memchr::memmem::find_iter(b, b"omments") {
        if k == 0 || b[k - 1] | 0x20 != b'c' {
            continue;
        }
        // (Its line's start at most 200 bytes back: a longer line is no note's, and a
        // search to its start for each "comments" would grow with the square of it.)
        let mut from = (k - 1).saturating_sub(200);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let line_s = match text[from..k - 1].rfind('\n') {
            Some(i) => from + i + 1,
            None if from == 0 => 0,
            None => continue,
        };
        let head = text[line_s..k - 1].trim_start();
        if !(head.starts_with('[')
            || head
                .get(..5)
                .is_some_and(|d| d.eq_ignore_ascii_case("draft")))
        {
            continue;
        }
        if text[k + 7..].starts_with(" from ") {
            found.extend(initials_list(text, k + 13));
        }
        // (Back from the word to the bracket: every item initials, or none is taken.)
        let head = &text[line_s..k - 1];
        if let Some(h) = head.strip_suffix(' ') {
            if let Some(p) = h.rfind('(') {
                let list = initials_list(text, line_s + p + 1);
                if list.last().is_some_and(|&(_, e)| e == line_s + h.len()) {
                    found.extend(list);
                }
            }
        }
    }
    add_for_review(hits, found, NameCue::Initials);
}

/// Initials listed from `at`: "EZ (Information Security), TM (Compliance)", "PK / RJ",
/// "CH, RP and Workforce" (the first two). Each two or three capitals standing alone,
/// perhaps with a team in brackets after it.
fn initials_list(text: &str, mut at: usize) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    loop {
        let n = b[at..]
            .iter()
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        if !(2..=3).contains(&n)
            || b.get(at + n)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-')
            || !is_note_initials(&text[at..at + n])
        {
            break;
        }
        found.push((at, at + n));
        let mut r = at + n;
        // (A team in brackets after each: "EZ (Information Security)"; a short one, not
        // a search to the end of a long line for each item.)
        if text[r..].starts_with(" (") {
            match super::line_after(text, r, 60).find(')') {
                Some(m) => r += m + 1,
                None => break,
            }
        }
        match [", ", " / ", "/", " and ", " & ", "; "]
            .iter()
            .find(|sep| text[r..].starts_with(**sep))
        {
            Some(sep) => at = r + sep.len(),
            None => break,
        }
    }
    found
}

/// The word of letters that ends at `end`.
fn previous_word_of(text: &str, end: usize) -> &str {
    let head = &text[..end];
    let s = head.len()
        - head
            .bytes()
            .rev()
            .take_while(u8::is_ascii_alphabetic)
            .count();
    &text[s..end]
}

/// Initials that sign a drafting note in square brackets, for review: "[KH: remove
/// this]", "[PvdB: we're on 6.4]", "[NB remove name – MJ]", "[… before issue. KH]". Not
/// the note's words ("[NB: …]", "[TBC]", "[FOI: …]") nor a common acronym.
/// Two or three capitals ("KH", "FWH"), or capitals with small letters between ("PvdB",
/// "McK"), as a drafting note is signed: not a word in capitals ("JSON", "NEWS") nor a
/// common acronym.
pub(crate) fn is_note_initials(t: &str) -> bool {
    const NOT_INITIALS: [&str; 81] = [
        "NB", "PS", "FYI", "TBC", "TBD", "FOI", "EIR", "IG", "IT", "ICT", "HR", "DPO", "CEO",
        "COO", "CFO", "CIO", "CTO", "DPA", "ICO", "NHS", "SAR", "QA", "OK", "NA", "KPI", "SLA",
        "VPN", "MFA", "AOB", "WIP", "PTO", "CC", "ETA", "SSL", "TLS", "API", "SMS", "URL", "DNS",
        "RDP", "SSO", "PSN", "LAN", "WAN", "PDF", "CSV", "XML", "SQL", "AD", "DC", "IP", "OS",
        "PC", "UK", "EU", "US", "GB", "IMO", "EG", "IE", "RE", "FW", "CSS", "SH", "JS", "NOT",
        "DOB", "REF", "SMT", "SLT", "ELT", "CMT", "CSU", "PMO", "SOC", "CAB", "GP", "BI", "ICB",
        "CCG", "SOP",
    ];
    // (Capitals with accents too: an Irish or Welsh name's "Ó", "Â": "SÓD", "CÓL". Not
    // a word with an accented small letter: "JSONé".)
    let latin = |c: char| c.is_ascii_alphabetic() || ('À'..='ž').contains(&c) && c.is_uppercase();
    let caps = t.chars().filter(|c| c.is_uppercase()).count();
    let len = t.chars().count();
    t.chars().all(latin)
        && t.starts_with(char::is_uppercase)
        && caps >= 2
        && (caps == len && len <= 3 || caps < len && len <= 5)
        && !NOT_INITIALS.contains(&t)
}

/// The length in bytes of the capitals that open `s`, accented Latin ones too
/// ("SÓD"), at most `max` of them: the extent of initials.
fn caps_len(s: &str, max: usize) -> usize {
    s.char_indices()
        .take(max + 1)
        .find(|&(_, c)| !(c.is_uppercase() && (c.is_ascii() || ('À'..='ž').contains(&c))))
        .map_or_else(
            || s.char_indices().nth(max + 1).map_or(s.len(), |(i, _)| i),
            |(i, _)| i,
        )
}

/// Does a sentence, a list's item or a note open after `lead`, the line before a word:
/// nothing or marks only ("- OP to draft", "> KP to check"), a sentence's end or a
/// label's colon and a space ("ACTION: KM to check"), or a bracket ("[KP to check").
fn opens_sentence(lead: &str) -> bool {
    lead.trim_start_matches([' ', '\t', '>', '*', '•', '[', '<', '-', '–'])
        .is_empty()
        || lead.trim_end().ends_with(['.', '!', '?', ';', ':', '–', '—']) && lead.ends_with(' ')
        // ("… in the two hospitals. [KP to check with the CSU …]": opening a bracketed
        // note.)
        || lead.ends_with(['[', '('])
}

/// Letters of bodies and firms that do what people do ("DWP said", "BT confirmed"), and
/// of posts ("PA says", "MP asked", "DS rang"): never initials before such a verb.
const BODIES_AND_POSTS: [&str; 52] = [
    "DWP", "CPS", "BBC", "MOD", "MoD", "MoJ", "DfE", "DfT", "HSE", "CQC", "FCA", "ONS", "NAO",
    "NCA", "GDS", "CCS", "HMG", "LGA", "PHE", "FSA", "EA", "NE", "TfL", "GLA", "OfS", "UCU", "RCN",
    "BMA", "GMB", "PCS", "LA", "BT", "EE", "HP", "MS", "AWS", "IBM", "SAP", "DVS", "PA", "PM",
    "SW", "OT", "DS", "DI", "DCI", "SIO", "IO", "FLO", "MP", "MSP", "PCC",
];

/// Initials in a place only a note's author stands ("[Comment (AD): …", "… – AD]"):
/// two letters that elsewhere are mostly an abbreviation ("AD" for a directory) count
/// here too.
fn is_author_initials(t: &str) -> bool {
    is_note_initials(t) || matches!(t, "AD" | "DC" | "SH" | "JS" | "CC" | "RE")
}

/// The length of the note's initials that open `s`: two or three capitals, not an
/// abbreviation ("RL remove", "KD: …"); `None` if it opens otherwise.
fn leading_initials(s: &str) -> Option<usize> {
    let n = s.bytes().take_while(u8::is_ascii_uppercase).count();
    ((2..=3).contains(&n) && is_note_initials(&s[..n])).then_some(n)
}

/// Initials that open or sign a drafting note written without brackets, for review:
/// "RH – is this OK to release?", "   BLE: can we lose the SEND line?", ">> Comment (KN):
/// …", "… we don't normally say this. – P.R.". The words after opening initials must be
/// a note's ("can we", "is this", "please", "I've"): "EDR – endpoint detection" is a
/// glossary's line.
#[inline(never)]
fn add_loose_note_initials(text: &str, doc: &Document, hits: &mut Vec<NameHit>) {
    const OPENERS: [&str; 51] = [
        "can", "could", "is", "are", "do", "does", "did", "should", "shall", "would", "will",
        "please", "pls", "i", "i've", "i'm", "i'd", "we", "we've", "we're", "agree", "agreed",
        "ok", "ok?", "check", "happy", "have", "has", "this", "these", "remove", "delete", "take",
        "need", "query", "why", "what", "where", "who", "how", "think", "suggest", "sorry",
        "thanks", "leave", "keep", "drop", "omit", "cut", "redact", "withhold",
    ];
    let mut found = Vec::new();
    // Initials at `at` in `rest`, then ": " or a dash and a note's word.
    // (Capitals only, and a question on the line or a note's own words: "XCB: check
    // for I/O errors", "ARM: Remove fallback", "IRC: I am …" open a changelog's lines.)
    let opening = |rest: &str| -> Option<usize> {
        let n = rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        // (The initials first: most lines open with a word, and are settled here.)
        if !(n <= 3
            && rest[..n].bytes().all(|c| c.is_ascii_uppercase())
            && is_note_initials(&rest[..n]))
        {
            return None;
        }
        let after = [": ", " – ", " - ", " — "]
            .iter()
            .find_map(|sep| rest[n..].strip_prefix(sep))?;
        let word = after
            .split([' ', ','])
            .next()?
            .trim_end_matches(['?', '!'])
            .to_ascii_lowercase();
        let noted = after.contains('?')
            || matches!(
                word.as_str(),
                "please"
                    | "pls"
                    | "agree"
                    | "agreed"
                    | "i've"
                    | "i'm"
                    | "i'd"
                    | "happy"
                    | "sorry"
                    | "thanks"
                    | "why"
            );
        (rest[..n] != *"BTW" && OPENERS.contains(&word.as_str()) && noted).then_some(n)
    };
    // "… T14 Gen 3) -- SB: leave model out?? -- …": a note dropped into a line between
    // double hyphens, opened by initials and a note's words; "… RLT-byp-4471 <<< KO:
    // WHY is this in here": a note pointed at what it is about.
    for (mark, instructed) in [(&b" -- "[..], true), (&b" <<< "[..], false)] {
        for k in memchr::memmem::find_iter(text.as_bytes(), mark) {
            let at = k + mark.len();
            let rest = super::line_after(text, at, 200);
            if let Some(n) = opening(rest) {
                found.push((at, at + n));
                continue;
            }
            // "… tk_live_9f3a72c1e84b -- RL remove before sign-off!!": initials, then
            // what to do with the line, with a note's urgency (not "TCP -- UDP check
            // the port").
            let Some(n) = leading_initials(rest).filter(|_| instructed) else {
                continue;
            };
            let verb = rest[n..]
                .strip_prefix(' ')
                .and_then(|r| r.split([' ', ',', '.', '!']).next())
                .unwrap_or("");
            if [
                "remove", "delete", "redact", "withhold", "drop", "cut", "check", "confirm",
            ]
            .contains(&verb)
                && (rest.contains(['!', '?']) || rest.contains(" before "))
            {
                found.push((at, at + n));
            }
        }
    }
    let b = text.as_bytes();
    // Two or three capitals ending at `e`, a word of their own: their start.
    let caps_before = |e: usize| -> Option<usize> {
        let n = b[..e]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        ((2..=3).contains(&n) && (e == n || !b[e - n - 1].is_ascii_alphanumeric())).then(|| e - n)
    };
    // "… spot our handsets on marketplace chats. GPJ – agree?": a note's initials
    // opening a later sentence of a line. (One sweep of the draft, the capitals asked
    // first; the sentence read over at most 200 bytes.)
    for k in memchr::memmem::find_iter(b, b". ") {
        let at = k + 2;
        if !(b.get(at).is_some_and(u8::is_ascii_uppercase)
            && b.get(at + 1).is_some_and(u8::is_ascii_uppercase))
        {
            continue;
        }
        let rest = super::line_after(text, at, 200);
        if let Some(n) = opening(rest) {
            found.push((at, at + n));
        }
    }
    // "[GPE: … do we say? JW: no, s31.]": initials answering a note's question.
    for k in memchr::memmem::find_iter(b, b"? ") {
        let at = k + 2;
        let n = b[at..]
            .iter()
            .take(4)
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        if (2..=3).contains(&n)
            && text[at + n..].starts_with(": ")
            && is_note_initials(&text[at..at + n])
        {
            let reply = text[at + n + 2..]
                .split([' ', ',', '.', ';', ']'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            if matches!(
                reply.as_str(),
                "no" | "yes" | "agreed" | "agree" | "ok" | "fine" | "leave" | "remove"
            ) {
                found.push((at, at + n));
            }
        }
    }
    // "(draft 3 – JW/GPE comments still in!)": two writers' initials, their comments.
    for k in memchr::memmem::find_iter(b, b" comments") {
        let head = line_before(text, k, 12);
        let pair = head.rsplit([' ', '(', '[']).next().unwrap_or("");
        // (After a dash or a bracket, as a draft's stamp: not "TCP/UDP comments".)
        let lead = &head[..head.len() - pair.len()];
        let stamped = lead.ends_with(['(', '['])
            || [" – ", " - ", " — ", " -- "]
                .iter()
                .any(|d| lead.ends_with(d));
        if let Some((x, y)) = pair.split_once('/').filter(|_| stamped) {
            if [x, y]
                .iter()
                .all(|t| t.bytes().all(|c| c.is_ascii_uppercase()) && is_note_initials(t))
            {
                let at = k - pair.len();
                found.push((at, at + x.len()));
                found.push((at + x.len() + 1, k));
            }
        }
    }
    // "… admin login bwvadmin / Fenm00r#Dock. PR to confirm.": initials given a task,
    // opening a sentence or a bracketed note; in a bracketed note, after "so" or "until" too ("[… Left it
    // in so HJ can decide. - RP]").
    for pat in [" to ", " can ", " will "] {
        for k in memchr::memmem::find_iter(b, pat.as_bytes()) {
            let Some(at) = caps_before(k) else {
                continue;
            };
            let ini = &text[at..k];
            let task = text[k + pat.len()..]
                .split([' ', '.', ',', ';', '\n', ']', ')'])
                .next()
                .unwrap_or("");
            if !is_note_initials(ini) || !TASKS.contains(&task) || BODIES_AND_POSTS.contains(&ini) {
                continue;
            }
            let lead = line_before(text, at, 200);
            let opens = opens_sentence(lead);
            let in_note = || {
                (lead.ends_with(" so ") || lead.ends_with(" until "))
                    && lead.rfind('[').is_some_and(|o| !lead[o..].contains(']'))
                    && text[k..]
                        .split('\n')
                        .next()
                        .is_some_and(|r| r.contains(']'))
            };
            if opens || in_note() {
                found.push((at, k));
            }
        }
    }
    // "AK rang Mr Lim to go through the request", "AK said that would be considered":
    // initials opening a sentence, then what a person did. Not a body's letters ("DWP
    // said", "BT confirmed"), nor letters the draft spells out in brackets ("the
    // Department for Work and Pensions (DWP)"; a person's, "Anna Kaur (AK)", are found
    // by what defines them).
    let mut did: Vec<(usize, usize)> = Vec::new();
    for pat in [
        " rang ",
        " said ",
        " told ",
        " says ",
        " asked ",
        " spoke ",
        " emailed ",
        " phoned ",
        " confirmed ",
        " explained ",
        " replied ",
    ] {
        for k in memchr::memmem::find_iter(b, pat.as_bytes()) {
            let Some(at) = caps_before(k) else {
                continue;
            };
            let ini = &text[at..k];
            if is_note_initials(ini)
                && !BODIES_AND_POSTS.contains(&ini)
                && opens_sentence(line_before(text, at, 200))
            {
                did.push((at, k));
            }
        }
    }
    // (Each set of letters is looked for in brackets once, sixteen sets at most: a
    // long draft is not searched again for each sentence.)
    let mut letters: Vec<&str> = did.iter().map(|&(s, e)| &text[s..e]).collect();
    letters.sort_unstable();
    letters.dedup();
    letters.truncate(16);
    letters.retain(|l| memchr::memmem::find(b, format!("({l})").as_bytes()).is_none());
    // (Their reason is what the person did, not a note's signature.)
    did.retain(|&(s, e)| letters.contains(&&text[s..e]));
    // "(tracked changes accepted up to Q(c) -- HB 22/4)", "NB -- T.A. 14/10: for the
    // SAR team": initials and a day and month after a dash or a bracket, as a reviser
    // stamps a draft or a note.
    for k in memchr::memchr_iter(b'/', b) {
        let d = b[..k]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let m = b[k + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=2).contains(&d) || !(1..=2).contains(&m) || k < d + 3 || b[k - d - 1] != b' ' {
            continue;
        }
        // (Initials before the space: a capital, or a stop after one.)
        if !(b[k - d - 2].is_ascii_uppercase() || b[k - d - 2] == b'.') {
            continue;
        }
        let num = |t: &str| t.parse::<u32>().unwrap_or(0);
        let (day, month) = (num(&text[k - d..k]), num(&text[k + 1..k + 1 + m]));
        if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
            continue;
        }
        let after = &b[k + 1 + m..];
        if !(after.is_empty()
            || matches!(
                after[0],
                b')' | b']' | b':' | b' ' | b',' | b'/' | b'\n' | b'\r'
            ))
        {
            continue;
        }
        let head = line_before(text, k - d - 1, 40);
        let (lead, ini) = head.rsplit_once([' ', '(']).unwrap_or(("", head));
        let dotted = (4..=6).contains(&ini.len())
            && ini
                .as_bytes()
                .chunks(2)
                .all(|p| p.len() == 2 && p[0].is_ascii_uppercase() && p[1] == b'.');
        let plain = ini.bytes().all(|c| c.is_ascii_uppercase()) && is_note_initials(ini);
        let opened = head.len() > ini.len() && head.as_bytes()[head.len() - ini.len() - 1] == b'('
            || [" --", " –", " —", " -"]
                .iter()
                .any(|sep| lead.ends_with(sep) || lead == sep.trim_start());
        if (dotted || plain) && opened {
            let at = k - d - 1 - ini.len();
            found.push((at, at + ini.len()));
        }
    }
    for l in &doc.lines {
        let (start, end) = (l.start, l.end);
        let line = &text[start..end];
        // ("[JM – I've pasted …", "<<DRAFTING – … SK to confirm.>>": a note's opening
        // marks too.)
        let lead = line.len()
            - line
                .trim_start_matches([' ', '\t', '>', '*', '•', '[', '<'])
                .len();
        let mut body = start + lead;
        // (Most lines open with a lowercase word or none, and end in no initials.)
        let opens_upper = text
            .as_bytes()
            .get(body)
            .is_some_and(u8::is_ascii_uppercase);
        // ("**NB -- … -- SJW**": bold marks closing the note.)
        let unbold = line.trim_end().trim_end_matches('*');
        let ends_stop = line.ends_with(['.', '?', ']'])
            // ("… s31 -- SK": capitals signing the line after a dash.)
            || unbold.ends_with(|c: char| c.is_ascii_uppercase())
                && unbold
                    .rsplit_once(' ')
                    .is_some_and(|(b, _)| b.ends_with(['-', '–', '—']));
        if !opens_upper && !ends_stop {
            continue;
        }
        // ">> Comment (KN): …", ">> DRAFTING NOTE (LH): …": a note's label, in any
        // case and perhaps after a word or two, and the initials in brackets.
        if let Some(at) = note_label_bracket(&text[body..end]) {
            let at = body + at;
            let r = &text[at..end];
            let n = r.find(')').unwrap_or(0);
            if n > 0 && is_note_initials(&r[..n]) {
                found.push((at, at + n));
                body = at + n + 1;
                body +=
                    text[body..end].len() - text[body..end].trim_start_matches([':', ' ']).len();
            }
        }
        // ">>> JH comment: Amira – …", "TP comments: fine", "KM note - details …": the
        // writer's initials, then the note's label.
        let head = &text[body..end];
        // (With a dash, a weaker mark than a colon, two capitals only: "DPO note – …"
        // is a role's.)
        let labelled = |n: usize, labels: &[&str]| {
            labels.iter().any(|l| {
                head.get(n..n + l.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(l))
            })
        };
        if let Some(n) = leading_initials(head).filter(|&n| {
            labelled(n, &[" comment:", " comments:", " note:", " query:"])
                || n == 2
                    && labelled(
                        n,
                        &[
                            " note - ",
                            " note – ",
                            " note — ",
                            " comment - ",
                            " comment – ",
                        ],
                    )
        }) {
            found.push((body, body + n));
        }
        // ">> Comment KD: I don't think …": a note's label, then its writer's initials
        // and a colon or a dash.
        let label = ["comment ", "note ", "query ", "nb: ", "nb "]
            .iter()
            .find(|l| {
                head.get(..l.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(l))
            });
        if let Some(l) = label {
            // (A dash may stand between the label and the initials: "Comment -- GW: …".)
            let r = &head[l.len()..];
            let dash = ["-- ", "– ", "— ", "- "]
                .iter()
                .find(|d| r.starts_with(**d))
                .map_or(0, |d| d.len());
            let r = &r[dash..];
            let n = leading_initials(r).unwrap_or(0);
            // ("NB - SJ to check: …": or a task the note gives them.)
            let task = || {
                r[n..].strip_prefix(" to ").is_some_and(|t| {
                    let verb = t.split([' ', ':', ',', '.']).next().unwrap_or("");
                    [
                        "check", "confirm", "chase", "review", "advise", "ask", "amend", "redact",
                        "decide", "update", "reply", "send", "approve", "speak", "clarify",
                    ]
                    .contains(&verb)
                })
            };
            if n > 0
                && (r[n..].starts_with(": ")
                    || dash == 0
                        && [" – ", " - ", " — "]
                            .iter()
                            .any(|sep| r[n..].starts_with(sep))
                    || task())
            {
                let at = body + l.len() + dash;
                found.push((at, at + n));
            }
        }
        if let Some(n) = opening(&text[body..end]) {
            found.push((body, body + n));
        } else if line[..lead].contains("<<") || line[..lead].contains(">>") {
            // "<<TM: \"does not use Mimecast\" is fine …>>": initials and a colon after a
            // note's own marks, whatever its first word.
            if let Some(n) = leading_initials(&text[body..end])
                .filter(|&n| text[body + n..end].starts_with(": "))
            {
                found.push((body, body + n));
            }
        }
        // "NB from CO - not sure …", "Note from KH: …": the note's writer after "from".
        for label in ["NB from ", "Note from ", "Comment from "] {
            if let Some(r) = text[body..end].strip_prefix(label) {
                let n = leading_initials(r).unwrap_or(0);
                let next = &r[n..];
                if n > 0
                    && [" - ", " – ", " — ", ": ", " -- "]
                        .iter()
                        .any(|sep| next.starts_with(sep))
                {
                    let at = body + label.len();
                    found.push((at, at + n));
                }
                break;
            }
        }

        // "… normally say this. – P.R.": dotted initials after a dash, last on the line.
        let lb = line.as_bytes();
        let mut i = lb.len();
        while i >= 2 && lb[i - 1] == b'.' && lb[i - 2].is_ascii_uppercase() {
            i -= 2;
        }
        let pairs = (lb.len() - i) / 2;
        if (2..=3).contains(&pairs)
            && line[..i].ends_with(' ')
            && line[..i]
                .trim_end()
                .strip_suffix(['–', '—', '-'])
                .is_some_and(|b| b.trim_end().ends_with(['.', '?', '!']))
            && !matches!(
                &line[i..],
                "U.K." | "N.B." | "P.S." | "E.G." | "I.E." | "U.S." | "A.M." | "P.M."
            )
        {
            found.push((start + i, start + lb.len()));
        }
        // "… supplier names only. – KA": initials after a sentence and a dash, last on
        // the line.
        // On a note's own line ("NB - suggest we do the same - GPJ") the dash is enough.
        // ("… Delete before sending if not. – RH]": a note's closing bracket after them.)
        // (One letter only closing a bracketed note: "… OK to leave it? – G]".)
        let closed = line.trim_end().ends_with(']');
        if let Some((b, last)) = line
            .trim_end()
            .trim_end_matches([']', ')', '*'])
            .rsplit_once(' ')
        {
            let letter = closed && last.len() == 1 && last != "I" && last != "A";
            if (is_note_initials(last) || letter)
                && last.bytes().all(|c| c.is_ascii_uppercase())
                && b.strip_suffix("--")
                    .or_else(|| b.strip_suffix(['–', '—', '-']))
                    .is_some_and(|b| {
                        b.trim_end().ends_with(['.', '?', '!'])
                            || !letter && is_note_line(line) && b.ends_with(' ')
                    })
            {
                let at = start + b.len() + 1;
                found.push((at, at + last.len()));
            }
        }
        // "DRAFT – v2 (SP, 19/11)": initials and a date in brackets, as a draft's
        // version is stamped; "(v3, DK)", "draft (LM) 02/05/24": its version and
        // initials, or the initials alone right after "draft".
        for (k, _) in line.match_indices('(') {
            let r = &line[k + 1..];
            // (Its close within 32 bytes: a version and initials are short, and a search
            // to the line's end for each bracket grew with the square of a long line.)
            let close = head_of(r, 32).find(')').unwrap_or(0);
            let (lead, ini) = r[..close].rsplit_once(", ").unwrap_or(("", &r[..close]));
            let version = lead.len() >= 2
                && matches!(lead.as_bytes()[0], b'v' | b'V')
                && lead.as_bytes()[1..]
                    .iter()
                    .all(|&c| c.is_ascii_digit() || c == b'.');
            let drafted = lead.is_empty()
                && line_before(line, k, 64)
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| {
                        w.eq_ignore_ascii_case("draft") || w.eq_ignore_ascii_case("redraft")
                    });
            if (version || drafted)
                && ini.bytes().all(|c| c.is_ascii_uppercase())
                && is_note_initials(ini)
            {
                let at = start + k + 1 + close - ini.len();
                found.push((at, at + ini.len()));
                continue;
            }
            let n = r
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(r.len());
            let Some(date) = r[n..].strip_prefix(", ") else {
                continue;
            };
            let d = date.find(')').unwrap_or(0);
            if (3..=10).contains(&d)
                && date[..d]
                    .bytes()
                    .all(|c| c.is_ascii_digit() || matches!(c, b'/' | b'.'))
                && date[..d].contains(['/', '.'])
                && date.as_bytes()[0].is_ascii_digit()
                && n >= 2
                && r[..n].bytes().all(|c| c.is_ascii_uppercase())
                && is_note_initials(&r[..n])
            {
                let at = start + k + 1;
                found.push((at, at + n));
            }
        }
    }
    add_for_review(hits, found, NameCue::Initials);
    add_for_review(hits, did, NameCue::SubjectInitials);
}

#[inline(never)]
fn add_note_initials(text: &str, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let initials = is_note_initials;
    let mut found = Vec::new();
    // The first "]" or line end after the last "[" looked at: the same for each "[" before
    // it, so found once for them all (a search for each "[" grew with the square of a long
    // line of them).
    let mut stop = 0;
    for open in memchr::memchr_iter(b'[', b) {
        // The note, to its "]" on the same line.
        if stop <= open {
            stop = memchr::memchr2(b']', b'\n', &b[open + 1..]).map_or(b.len(), |c| open + 1 + c);
        }
        if b.get(stop) != Some(&b']') {
            continue;
        }
        let rest = &text[open + 1..];
        let close = stop - open - 1;
        let mut note = &rest[..close];
        // "[Comment RK: …", "[Note from KH – …": a note's label before the initials; in
        // Welsh and English too ("[Sylw / Comment LJ: …", "[Nodyn DW: …").
        let mut skip = 0;
        for label in [
            "Drafting comment from ",
            "Drafting note from ",
            "Drafting comment: ",
            "Drafting comment - ",
            "Drafting comment – ",
            "Drafting note: ",
            "Drafting note - ",
            "Drafting note – ",
            "Drafting comment ",
            "Drafting note ",
            // ("[DRAFT NOTE – RK: …", "[DRAFT – AM-B: …": a draft's own label.)
            "DRAFT NOTE ",
            "Draft note ",
            "DRAFT ",
            // ("[Tracked change – SOB: deleted …": who made it.)
            "Tracked change by ",
            "Tracked change ",
            "Tracked Change ",
            "Internal comment from ",
            "Internal note from ",
            "Comment by ",
            "Note by ",
            "Query from ",
            "Sylw / Comment ",
            "Sylw/Comment ",
            "Comment from ",
            "Note from ",
            "Comment: ",
            "Note: ",
            "Comment ",
            "Note ",
            "NB: ",
            "NB ",
            "Query ",
            "Sylw ",
            "Nodyn ",
        ] {
            if let Some(r) = note.strip_prefix(label) {
                skip = label.len();
                note = r;
                break;
            }
        }
        // "[C1 KW: …": a comment's number, as a word processor numbers its comments,
        // before the initials.
        if skip == 0 {
            if let Some(r) = note.strip_prefix('C') {
                let d = r.bytes().take(3).take_while(u8::is_ascii_digit).count();
                if (1..=2).contains(&d) && r[d..].starts_with(' ') {
                    skip = d + 2;
                    note = &r[d + 1..];
                }
            }
        }
        // "[Comment — ST: …", "[Comment (DL): …": a dash or a bracket after the label.
        let mut bracket = None;
        if skip > 0 {
            for (opener, shut) in [("— ", None), ("– ", None), ("- ", None), ("(", Some(')'))] {
                if let Some(r) = note.strip_prefix(opener) {
                    skip += opener.len();
                    note = r;
                    bracket = shut;
                    break;
                }
            }
        }
        // "<<Comment [MNS]: …": the bracket holds only the initials of a comment's
        // author.
        let labelled = || {
            let before = line_before(text, open, 12).trim_end().to_ascii_lowercase();
            before.ends_with("comment") || before.ends_with("note")
        };
        // "[Deleted: …] [LM]", "… not needed. [LM]": a bracket of capital initials alone,
        // after a tracked change's bracket or a sentence, signs it.
        let signs = || {
            let before = line_before(text, open, 4).trim_end_matches(' ');
            before.len() < line_before(text, open, 4).len()
                && before.ends_with([']', '.', '!', '?'])
                && note.bytes().all(|c| c.is_ascii_uppercase())
                // (Last on its line: not a link's label, "[GCC][]".)
                && super::line_after(text, open + 2 + close, 8).trim().is_empty()
        };
        // "[RH] 04/03: Have we checked …", "[K.O'B.]: Fine as is.": a reviewer's
        // initials in brackets of their own, then the date and a colon, opening a note.
        // (A bracket of capitals alone before a colon is a tag, "[GCC]: …", "[PIC]:":
        // only with the note's date, or as dotted initials.)
        let heads_note = |dotted: bool| {
            let after = &text[stop + 1..];
            let dated = after.strip_prefix(' ').and_then(|r| {
                let d = r
                    .bytes()
                    .take(10)
                    .take_while(|c| c.is_ascii_digit() || *c == b'/' || *c == b'.')
                    .count();
                (d >= 3 && r[..d].contains('/')).then(|| &r[d..])
            });
            match dated {
                Some(r) => r.starts_with(": "),
                None => dotted && after.starts_with(": "),
            }
        };
        let dotted_initials = || {
            // ("K.O'B.": an initial, a dot, an "O'" surname's letters, a dot.)
            let t = note.trim_end_matches('.');
            (3..=8).contains(&t.len())
                && t.split(['.', '\''])
                    .all(|p| p.len() <= 2 && p.bytes().all(|c| c.is_ascii_uppercase()))
                && t.bytes().filter(u8::is_ascii_uppercase).count() >= 2
                && t.contains('.')
        };
        if skip == 0
            && note.len() <= 8
            && (note.len() <= 5 && initials(note) || dotted_initials())
            && (labelled() || signs() || heads_note(dotted_initials()))
        {
            found.push((open + 1, open + 1 + note.len()));
            continue;
        }
        let open = open + skip;
        let close = close - skip;
        // "[KH: …", "[PvdB – …", "[CÓL: …"
        let mut head_len = note.find(|c: char| !is_letter(c)).unwrap_or(note.len());
        // "[RO-L: …", "[Comment W-KN: …": a double-barrelled name's initials, joined by
        // a hyphen (capitals only, one to three each side).
        let mut hyphened = None;
        if let Some(r) = note[head_len..].strip_prefix('-') {
            let k = caps_len(r, 3);
            // (Initials on both sides: not "[-KK: …".)
            if k > 0
                && head_len > 0
                && !r[k..].starts_with(is_letter)
                && caps_len(note, 4) == head_len
                && note[..head_len].chars().count() <= 3
            {
                hyphened = Some(format!("{}{}", &note[..head_len], &r[..k]));
                head_len += 1 + k;
            }
        }
        let head = hyphened.as_deref().unwrap_or(&note[..head_len]);
        // ("[KJ - we can't…", "[CM note: duty…": a hyphen for a dash, the note's
        // own word after the initials.)
        // ("[Comment TH 09/04: …": a date between the initials and the colon.)
        // ("[Comment CÓL 2: …": or the comment's number.)
        let dated = || {
            note[head_len..].strip_prefix(' ').is_some_and(|r| {
                let d = r
                    .bytes()
                    .take_while(|c| c.is_ascii_digit() || *c == b'/' || *c == b'.')
                    .count();
                let numbered = (1..=2).contains(&d) && r[..d].bytes().all(|c| c.is_ascii_digit());
                ((3..=10).contains(&d) && r[..d].contains('/') || numbered)
                    && r[d..].starts_with(':')
            })
        };
        let signed = [": ", " –", " - ", " -- ", " —", " note:", " comment:"]
            .iter()
            .any(|sep| note[head_len..].starts_with(sep))
            // ("[RN 09/09: requester is …": the note's date alone, with no label.)
            || dated()
            || bracket.is_some_and(|c| note[head_len..].starts_with(c))
            // "[Comment – YA]: …": the label's initials are all the bracket holds.
            || skip > 0 && head_len == note.len();
        let author = bracket.is_some_and(|c| note[head_len..].starts_with(c));
        if head_len > 0 && signed && (initials(head) || author && is_author_initials(head)) {
            found.push((open + 1, open + 1 + head_len));
        }
        // "… – MJ]", "… before issue. KH]"
        let tail_from = note
            .char_indices()
            .rev()
            .find(|&(_, c)| !is_letter(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let lead = note[..tail_from].trim_end_matches(' ');
        let tail = &note[tail_from..];
        if tail_from > head_len
            && lead.len() < tail_from
            && lead.ends_with(['–', '—', '-', '.', ',', '?', '!'])
            && (initials(tail) || lead.ends_with(['–', '—', '-']) && is_author_initials(tail))
        {
            found.push((open + 1 + tail_from, open + 1 + close));
        }
        // "[DRAFT 3 - MK/DL]": two writers' initials after a dash, joined by a slash.
        if let Some((lead, pair)) = note.rsplit_once(' ') {
            if let Some((a, b)) = pair.split_once('/') {
                if lead.trim_end().ends_with(['–', '—', '-'])
                    && [a, b]
                        .iter()
                        .all(|x| x.bytes().all(|c| c.is_ascii_uppercase()) && initials(x))
                {
                    let at = open + 1 + lead.len() + 1;
                    found.push((at, at + a.len()));
                    found.push((at + a.len() + 1, at + pair.len()));
                }
            }
        }
        // "… useful to an attacker. – R.O.]": dotted initials after a dash.
        let nb = note.as_bytes();
        let mut i = nb.len();
        while i >= 2 && nb[i - 1] == b'.' && nb[i - 2].is_ascii_uppercase() {
            i -= 2;
        }
        let pairs = (nb.len() - i) / 2;
        if (2..=3).contains(&pairs)
            && i > head_len
            && note[..i].trim_end_matches(' ').ends_with(['–', '—', '-'])
            && note[..i].ends_with(' ')
        {
            found.push((open + 1 + i, open + 1 + close));
        }
    }
    // "{{KM: everything in double braces is my note}}": an officer's note in double
    // braces, opened by their initials and a colon or a dash.
    for open in memchr::memmem::find_iter(b, b"{{") {
        let at = open + 2;
        let n = caps_len(&text[at..], 3);
        let rest = &text[at + n..];
        if (2..=3).contains(&text[at..at + n].chars().count())
            && [": ", " – ", " - ", " — "]
                .iter()
                .any(|sep| rest.starts_with(sep))
            && initials(&text[at..at + n])
        {
            found.push((at, at + n));
        }
    }
    // "A1  Renew the hire. Owner: BG.", "| Owner: KH |": an action's owner by their
    // initials after the label, ending the clause or the cell.
    for k in memchr::memmem::find_iter(b, b"wner: ") {
        if k == 0 || b[k - 1] != b'O' || k >= 2 && b[k - 2].is_ascii_alphabetic() {
            continue;
        }
        let at = k + 6;
        let n = caps_len(&text[at..], 3);
        let rest = &text[at + n..];
        let ends = rest.is_empty()
            || rest.starts_with(['\n', '\r', '.', ',', ';', ')', '|', '\t'])
            || rest.starts_with(" |");
        if (2..=3).contains(&text[at..at + n].chars().count())
            && ends
            && initials(&text[at..at + n])
        {
            found.push((at, at + n));
        }
    }
    add_for_review(hits, found, NameCue::Initials);
}

/// The person a record is about, by the initials after what they are: "re patient
/// J.M.", "the pupil A.B.C.", "Mrs K.L.": for review. Dotted initials only ("patient
/// ID" is no one).
#[inline(never)]
fn add_subject_initials(text: &str, hits: &mut Vec<NameHit>) {
    // ("young person T.M.", "the learner R.P.", "witness D.O.")
    const SUBJECTS: [&str; 30] = [
        "person",
        "learner",
        "carer",
        "witness",
        "parent",
        "mother",
        "father",
        "suspect",
        "patient",
        "pupil",
        "child",
        "client",
        "user",
        "resident",
        "tenant",
        "victim",
        "complainant",
        "detainee",
        "prisoner",
        "offender",
        "student",
        "baby",
        "deceased",
        "applicant",
        "claimant",
        "employee",
        "mr",
        "mrs",
        "ms",
        "miss",
    ];
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut reached = 0;
    for dot in memchr::memchr_iter(b'.', b) {
        // "J.M." from its first stop: a capital before it, a capital after it.
        if dot < 1
            || dot < reached
            || !b[dot - 1].is_ascii_uppercase()
            || !b.get(dot + 1).is_some_and(u8::is_ascii_uppercase)
            || (dot >= 2 && !matches!(b[dot - 2], b' ' | b'('))
        {
            continue;
        }
        let s = dot - 1;
        let mut e = dot + 2;
        if b.get(e) == Some(&b'.') {
            e += 1;
            if b.get(e).is_some_and(u8::is_ascii_uppercase) && b.get(e + 1) == Some(&b'.') {
                e += 2;
            }
        }
        reached = e;
        if b.get(e).is_some_and(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        let before = line_before(text, s, 24).trim_end();
        // ("(patient K.L., NHS no. …": after a bracket too.)
        let word = before
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .trim_start_matches(['(', '[']);
        // ("Patient initials: J.T.": a field that holds a person's initials.)
        let field = before
            .strip_suffix(':')
            .is_some_and(|b| b.to_ascii_lowercase().ends_with("initials"));
        // ("J.W. (DOB 11/07/2009)": initials with the person's date of birth after them.)
        let born = || says_born(text[e..].trim_start_matches([' ', '(', ',', '[']));
        // ("ICT (A.N.) confirms = backup job": a team's member in brackets, then what
        // they did.)
        let acted = || {
            s >= 1
                && b[s - 1] == b'('
                && text[e..].strip_prefix(") ").is_some_and(|a| {
                    let w = a.split([' ', ',', '.', ':']).next().unwrap_or("");
                    matches!(
                        w,
                        "confirms"
                            | "confirmed"
                            | "says"
                            | "said"
                            | "advises"
                            | "advised"
                            | "agrees"
                            | "agreed"
                            | "reports"
                            | "reported"
                            | "notes"
                            | "noted"
                            | "thinks"
                            | "checked"
                    )
                })
        };
        if b[s.saturating_sub(1)] == b'(' && s >= 1 {
            if acted() {
                found.push((s, e));
            }
        } else if field || SUBJECTS.iter().any(|w| w.eq_ignore_ascii_case(word)) || born() {
            found.push((s, e));
        }
    }
    add_for_review(hits, found, NameCue::SubjectInitials);
}

/// Initials, or a surname before a person's record, found where no name was, for
/// review. (Put in order here: the cursor asks in order, and a pass may find its notes
/// in more than one sweep.)
#[inline(never)]
fn add_for_review(hits: &mut Vec<NameHit>, found: Vec<(usize, usize)>, cue: NameCue) {
    add_unless_taken(hits, found, cue, true);
}

/// Adds each span of `found` as a person's name (for review if `unsure`), unless a name
/// already found overlaps it.
fn add_unless_taken(
    hits: &mut Vec<NameHit>,
    mut found: Vec<(usize, usize)>,
    cue: NameCue,
    unsure: bool,
) {
    if found.is_empty() {
        return;
    }
    found.sort_unstable();
    let taken = SpanSet::new(hits.iter().map(|h| (h.start, h.end)).collect());
    let mut in_taken = taken.cursor();
    for (s, e) in found {
        if !in_taken.overlaps(s, e) {
            hits.push(NameHit {
                start: s,
                end: e,
                tier: Tier::Private,
                cue,
                unsure,
            });
        }
    }
}

/// A capitalised word in no list of ordinary words or places before a record that is
/// always one person's: "Subject: Lindqvist SAR", "the Okafor grievance", "the
/// Renwick-Shaw revocation". For review: the word is most likely the person's surname.
#[inline(never)]
fn add_record_surnames(text: &str, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let b = text.as_bytes();
    let mut found = Vec::new();
    // (A licence's revocation, an inquest, a pupil's exclusion, a complaint: one
    // person's too, when the word is a surname the lists know, each part of a
    // double-barrelled one: "Permanent exclusion", "Licence revocation" are a word's.)
    static RECORDS: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    const RECORD_WORDS: [(&str, bool); 19] = [
        (" SAR", false),
        (" DSAR", false),
        (" grievance", false),
        (" disciplinary", false),
        (" revocation", true),
        (" inquest", true),
        (" exclusion", true),
        (" complaint", true),
        // ("the draft reply for the Mulholland request": a requester's, by surname.)
        (" request", true),
        // ("One of these was the Delaney family": a household, by its surname.)
        (" family", true),
        (" household", true),
        // ("about the Gaskell file", "the Okonkwo-Bright appeal", "the Chaudhry
        // twins": a person's or a family's case, by its surname.)
        (" file", true),
        (" appeal", true),
        (" case", true),
        (" claim", true),
        (" tenancy", true),
        (" investigation", true),
        (" twins", true),
        (" children", true),
    ];
    let records = RECORDS.get_or_init(|| {
        aho_corasick::AhoCorasick::new(RECORD_WORDS.iter().map(|r| r.0))
            .expect("the record words build")
    });
    for m in records.find_iter(text) {
        let (k, e, listed) = (m.start(), m.end(), RECORD_WORDS[m.pattern().as_usize()].1);
        if b.get(e).is_some_and(u8::is_ascii_alphanumeric) {
            continue;
        }
        let s = text[..k]
            .rfind(|c: char| !is_letter(c) && c != '-' && c != '\'')
            .map_or(0, |p| {
                p + text[p..].chars().next().map_or(1, char::len_utf8)
            });
        let w = &text[s..k];
        // The word before it opens no sentence and is no capitalised name's last.
        let before = text[..s].trim_end_matches(' ');
        let placed = before.ends_with(':')
            || before
                .rsplit([' ', '\n', '\t', '('])
                .next()
                .is_some_and(|p| p == "the" || p == "The" || p == "her" || p == "his");
        if w.chars().count() >= 3
            && is_capitalised(w)
            && !is_all_caps_name(w)
            && placed
            && !lists.is_not_name(w)
            && !lists.is_place(w)
            && !lists.is_first(w)
            && !lists.written_lowercase(w, text)
            && (!listed || w.split('-').all(|p| lists.is_surname(p)))
        {
            found.push((s, k));
        }
    }
    add_for_review(hits, found, NameCue::RecordAfter);
}

/// A team or department as a note names it after a colleague ("Ffion in Legal"): in
/// capitals or capitalised, as a word of its own.
const DEPARTMENTS: &[&str] = &[
    "Legal",
    "ICT",
    "IT",
    "HR",
    "Finance",
    "Estates",
    "Comms",
    "Communications",
    "Procurement",
    "Payroll",
    "Facilities",
    "Governance",
    "Audit",
    "Records",
    "Property",
    "Digital",
    "Security",
    "Compliance",
    "Licensing",
    "Planning",
    "Housing",
    "Highways",
    "Transport",
    "Operations",
    "Ops",
    "Safeguarding",
    "Complaints",
    "Democratic",
    "Members",
    "Press",
    "Media",
    "Marketing",
    "Admissions",
    "Registry",
    "Research",
    "Fleet",
    "Networks",
    "Infrastructure",
    "Infra",
    "Telecoms",
    "Insurance",
    "Claims",
    "Contracts",
    "Commissioning",
    "Pensions",
    "Revenues",
    "Benefits",
    "Parking",
    "Enforcement",
    "Workforce",
    "IG",
    "DPO",
    "Accounts",
    "Treasury",
];

/// Whose mention [`mention_context`] judges.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mention {
    /// A part of a name the draft gives in full, that is also a word ("Hope", "Mark"),
    /// or of a name found alone or for review.
    Part,
    /// A part in capitals ("SEUN").
    Caps,
    /// A listed first name the draft gives no fuller ("Wayne", "Rhodri").
    Lone,
    /// Such a first name that is also a word ("Will").
    LoneWord,
}

/// Is this mention of a first name alone, or of a name in capitals, one of a person?
/// - A person's verb after it ("Mark is not exec", "Grace has asked", "Wayne says");
///   for a name the draft gives no fuller, a verb only a person takes ("Will says",
///   not "Ruby is").
/// - Spoken to, at the start of a line or sentence: "Hope – can you", "Kieran,", "Seun,
///   answers in red", "[SEUN: no]", "[Matthias]" (not "Victoria, Australia"); a part
///   also alone on its line, as a mail's sign-off.
/// - Mid-sentence after a word that leads to a person ("goes to Mark for", "check with
///   Will", "ask Rhodri"); not "support for Darwin", "and NaN".
///
/// Not "Hope this helps", "Mark the box", "Will you".
fn mention_context(
    text: &str,
    (s, e): (usize, usize),
    prev: Option<(&str, &str)>,
    next: Option<(&str, &str)>,
    how: Mention,
) -> bool {
    const PERSON_VERBS: [&str; 35] = [
        "says",
        "reported",
        "gets",
        "knows",
        "sent",
        "told",
        "checked",
        "spoke",
        "reviewed",
        "drafted",
        "reckons",
        "believes",
        "recalls",
        "remembers",
        "said",
        "asks",
        "asked",
        "confirmed",
        "confirms",
        "agreed",
        "agrees",
        "thinks",
        "approved",
        "advised",
        "suggested",
        "suggests",
        "noted",
        "wants",
        "mentioned",
        "replied",
        "wrote",
        "emailed",
        "rang",
        "phoned",
        "signed",
    ];
    const VERBS: [&str; 6] = ["is", "has", "had", "was", "needs", "will"];
    // (Not after a name in capitals: "GTK can now be built".)
    const MODALS: [&str; 4] = ["can", "could", "should", "would"];
    let lone = matches!(how, Mention::Lone | Mention::LoneWord);
    // "on-call this quarter: Gemma, 07700 900 664": a first name given a phone number.
    if how == Mention::Lone
        && [", ", " on ", " – ", " - "].iter().any(|sep| {
            text[e..].strip_prefix(sep).is_some_and(|r| {
                let r = head_of(r, 16);
                (r.starts_with('0') || r.starts_with("+44"))
                    && r.bytes().filter(u8::is_ascii_digit).count() >= 10
                    && r.bytes()
                        .take_while(|c| c.is_ascii_digit() || matches!(c, b' ' | b'+'))
                        .count()
                        >= 12
            })
        })
    {
        return true;
    }
    // "Kevin reply: no.": a note of what someone answered.
    if text[e..]
        .strip_prefix(" reply:")
        .or_else(|| text[e..].strip_prefix(" response:"))
        .is_some()
    {
        return true;
    }
    if next.is_some_and(|(n, gap)| {
        gap == " "
            && (PERSON_VERBS.contains(&n)
                || !lone && VERBS.contains(&n)
                || how != Mention::Caps
                    && how != Mention::LoneWord
                    && MODALS.contains(&n)
                    // A thing "can be visited"; a person "can check". Not "NaN can".
                    && !head_of(&text[e..], 64).split(' ').nth(2).is_some_and(|w| w == "be")
                    && !text[s..e].chars().skip(1).any(char::is_uppercase)
                || how == Mention::Caps && n == "to")
    }) {
        return true;
    }
    // "Rhodri also says", "Priya still thinks": a word of time or addition between the
    // name and what the person said.
    if how == Mention::Lone
        && next.is_some_and(|(n, gap)| {
            gap == " " && matches!(n, "also" | "still" | "now" | "already" | "just" | "then")
        })
        && head_of(&text[e..], 48)
            .split([' ', '\n', '\r'])
            .nth(2)
            .is_some_and(|w| PERSON_VERBS.contains(&w.trim_end_matches([',', '.', ';', ':'])))
    {
        return true;
    }
    // "by Kayleigh (PA)", "Deb (DPO) agrees": a first name, then the short name of the
    // post its person holds.
    if how == Mention::Lone
        && text[e..].strip_prefix(" (").is_some_and(|r| {
            let k = r.bytes().take(6).position(|c| c == b')').unwrap_or(0);
            k >= 2
                && matches!(
                    &r[..k],
                    "PA" | "EA"
                        | "DPO"
                        | "SIRO"
                        | "IG"
                        | "HR"
                        | "IT"
                        | "ICT"
                        | "FOI"
                        | "CEO"
                        | "CFO"
                        | "COO"
                        | "CIO"
                        | "SPOC"
                        | "IGM"
                        | "DBA"
                        | "SOC"
                )
        })
    {
        return true;
    }
    // "@Marta revocations = 41", "@Grzegorz 👍": a chat's mention of a person.
    // "relief driver Tomasz (surname tbc)": a first name whose surname is to come.
    if how == Mention::Lone
        && (at_mention(text, s)
            || text[e..].strip_prefix(" (").is_some_and(|r| {
                ["surname", "full name", "last name", "second name"]
                    .iter()
                    .any(|w| starts_with_ignore_ascii_case(r, w))
            }))
    {
        return true;
    }
    // "ACTION: Hamza to ring the requester", "Priya to check": a task given to a
    // person. "Kieran rebooted the FortiGate", "Tunde has marked up the redactions":
    // what a person did (a name that is no word only: not "Will has", "Mark to").
    if how == Mention::Lone {
        // (The word after the next: "to ring", "has marked".)
        // (The line's end closes it too: "(for Oluwaseun to review)\n".)
        let w2 = head_of(&text[e..], 64)
            .split([' ', '\n', '\r'])
            .nth(2)
            .unwrap_or("")
            .trim_end_matches([',', '.', ';', ':', ')', ']']);
        const TASKS: [&str; 41] = [
            "ring", "call", "check", "send", "confirm", "chase", "email", "reply", "draft",
            "update", "review", "ask", "follow", "contact", "speak", "liaise", "arrange", "amend",
            "redact", "sign", "approve", "look", "pick", "respond", "change", "fix", "remove",
            "delete", "add", "sort", "action", "agree", "decide", "share", "tell", "brief",
            "provide", "find", "discuss", "finalise", "get",
        ];
        const DONE: [&str; 30] = [
            "took",
            "covers",
            "covered",
            "works",
            "manages",
            "leads",
            "connects",
            "connected",
            "remoted",
            "rotated",
            "swapped",
            "rebooted",
            "restarted",
            "reset",
            "marked",
            "redacted",
            "handled",
            "logged",
            "raised",
            "updated",
            "visited",
            "attended",
            "completed",
            "prepared",
            "found",
            "forwarded",
            "chased",
            "actioned",
            "uploaded",
            "pasted",
        ];
        // "Can Priya confirm?", "could Tom check": a question asking a person to act.
        let asked = prev.is_some_and(|(p, gap)| {
            gap == " " && matches!(p, "Can" | "Could" | "Would" | "can" | "could" | "would")
        }) && next.is_some_and(|(n, gap)| {
            gap == " " && (TASKS.contains(&n) || matches!(n, "advise" | "clarify" | "please"))
        });
        // "Gosia is leading that", "Wei is on paternity leave", "Kasia is due any day",
        // "Chinedu has the INC number": a person's state or part in the work. Not "Ruby
        // is" (a word too: not `Lone`), not "NaN is now treated".
        const STATE: [&str; 8] = ["on", "off", "due", "back", "away", "out", "aware", "happy"];
        let state = text[s..].starts_with(char::is_uppercase)
            && next.is_some_and(|(n, gap)| {
                gap == " "
                    && (matches!(n, "is" | "was" | "isn't" | "wasn't")
                        && (STATE.contains(&w2)
                            || w2.len() >= 6
                                && w2.ends_with("ing")
                                && w2.bytes().all(|c| c.is_ascii_lowercase()))
                        || matches!(n, "has" | "had") && matches!(w2, "the" | "our" | "a"))
            });
        // "Graham cannot open the client", "Dave on his way": what a person could not
        // do, where they were.
        let unable = next.is_some_and(|(n, gap)| {
            gap == " "
                && (matches!(n, "cannot" | "can't" | "can’t" | "couldn't" | "couldn’t")
                    || n == "on" && matches!(w2, "his" | "her" | "their") && {
                        head_of(&text[e..], 64)
                            .split(' ')
                            .nth(3)
                            .is_some_and(|w| w.starts_with("way"))
                    })
        });
        // "Dave power-cycled the router", "Amir re-imaged it": a verb of two parts
        // in the past, as a log writes what was done.
        let hyphen_done = next.is_some_and(|(n, gap)| {
            gap == " "
                && n.len() >= 7
                && n.ends_with("ed")
                && n.split_once('-').is_some_and(|(a, z)| {
                    a.len() >= 2
                        && z.len() >= 3
                        && a.bytes().chain(z.bytes()).all(|c| c.is_ascii_lowercase())
                })
        });
        if asked
            || state
            || unable
            || hyphen_done
            || next.is_some_and(|(n, gap)| gap == " " && n == "to") && TASKS.contains(&w2)
            || next.is_some_and(|(n, gap)| gap == " " && DONE.contains(&n))
            || next.is_some_and(|(n, gap)| gap == " " && (n == "has" || n == "had"))
                && (DONE.contains(&w2)
                    || [
                        "sent", "done", "spoken", "written", "said", "asked", "checked",
                    ]
                    .contains(&w2))
        {
            return true;
        }
    }
    // "IT (Graham) says": a person named in brackets, then what they did.
    if how == Mention::Lone
        && text[..s].ends_with('(')
        && text[e..]
            .strip_prefix(") ")
            .and_then(|a| a.split([' ', ',', '.', ';']).next())
            .is_some_and(|w| {
                PERSON_VERBS.contains(&w)
                    || matches!(w, "say" | "think" | "want" | "confirm" | "advise")
            })
    {
        return true;
    }
    // "Ffion's direct line", "Kofi's mobile", "Mark's number is": a person's own contact
    // details or records.
    if matches!(how, Mention::Lone | Mention::LoneWord)
        && ["'s ", "’s "].iter().any(|p| {
            text[e..].strip_prefix(p).is_some_and(|a| {
                // (Compared in place: not a lowercased copy of the rest of the draft.)
                [
                    "direct line",
                    "direct dial",
                    "mobile",
                    "personal",
                    "home ",
                    "email",
                    "e-mail",
                    "extension",
                    "ext",
                    "staff no",
                    "staff number",
                    "payroll",
                    "dob",
                    "date of birth",
                    "ni number",
                    "nhs number",
                    "address",
                    "number is",
                    "phone number",
                    "mobile number",
                    // ("Oskar's UPN is", "Leona's mother rang", "Ade's tenancy".)
                    "upn ",
                    "uln ",
                    "pupil number",
                    "student number",
                    "mother",
                    "father",
                    "mum ",
                    "dad ",
                    "parents",
                    "carer",
                    "gp ",
                    "tenancy",
                    "case ",
                    "case,",
                    "case.",
                    "file ",
                    "records",
                    "claim ",
                    "complaint",
                    "grievance",
                    "appeal",
                    "son ",
                    "daughter",
                    "husband",
                    "wife",
                    "sar ",
                    // ("from Tomasz's spreadsheet", "Gwen's notes": a colleague's own
                    // working papers.)
                    "spreadsheet",
                    "note",
                    "tracker",
                    // ("Leaving it for Mairéad's call", "Eilidh's work mobile", "Kofi's
                    // view": their decision, their own kit.)
                    "call.",
                    "call,",
                    "call]",
                    "call)",
                    "decision",
                    "view",
                    "sign-off",
                    "work ",
                    "account",
                    "login",
                    "phone",
                    "rota ",
                    "diary",
                    "laptop",
                    "inbox",
                ]
                .iter()
                .any(|w| starts_with_ignore_ascii_case(a, w))
            })
        })
    {
        return true;
    }
    // "Tadhg's sites", "Bart's project", "Q3/Q5 – Eilidh's.": whose a thing is, for a
    // listed first name that is no word (not "Will's", "Mark's"), nor a saint's, whose
    // school or church it is ("St Aidan's").
    if how == Mention::Lone
        && !prev.is_some_and(|(p, _)| matches!(p, "St" | "St." | "Saint" | "Sant" | "San"))
        && ["'s", "’s"].iter().any(|p| {
            text[e..].strip_prefix(p).is_some_and(|a| {
                a.starts_with([',', '.', ';', ')', ']', '?'])
                    || a.strip_prefix(' ').is_some_and(|w| {
                        // (Not a developer's work, in a changelog: "Larry's feature",
                        // nor a law named for its finder: "Moore's law".)
                        let w = w.split([' ', ',', '.', ';', ')']).next().unwrap_or("");
                        w.starts_with(|c: char| c.is_ascii_lowercase())
                            && !matches!(
                                w,
                                "feature"
                                    | "features"
                                    | "patch"
                                    | "patches"
                                    | "fix"
                                    | "fixes"
                                    | "code"
                                    | "branch"
                                    | "commit"
                                    | "module"
                                    | "library"
                                    | "algorithm"
                                    | "script"
                                    | "plugin"
                                    | "law"
                                    | "theorem"
                                    | "method"
                                    | "rule"
                                    | "test"
                                    | "tests"
                                    | "port"
                                    | "fork"
                            )
                    })
            })
        })
    {
        return true;
    }
    // "the laptop was Kayode's, not Tom's.": whose a thing was.
    if matches!(how, Mention::Lone | Mention::LoneWord)
        && prev.is_some_and(|(p, gap)| gap == " " && matches!(p, "was" | "is" | "not" | "were"))
        && ["'s", "’s"].iter().any(|p| {
            text[e..]
                .strip_prefix(p)
                .is_some_and(|a| a.starts_with([',', '.', ';', ')', ']']))
        })
    {
        return true;
    }
    // "Their engineer (Raj) joined", "the duty manager (Kelly)": a person's job, then
    // their first name alone in brackets.
    if how == Mention::Lone
        && text[..s].ends_with(" (")
        && text[e..].starts_with(')')
        && matches!(
            previous_word_of(text, s - 2),
            "engineer"
                | "technician"
                | "manager"
                | "officer"
                | "supervisor"
                | "analyst"
                | "operator"
                | "adviser"
                | "advisor"
                | "consultant"
                | "contact"
                | "colleague"
                | "clerk"
                | "lead"
        )
    {
        return true;
    }
    // "(from Gwen – for info only)", "(per Tomasz)", "(via Priya: …": who a note or a
    // list came from, in brackets.
    if how == Mention::Lone
        && ["(from ", "(per ", "(via "]
            .iter()
            .any(|b| text[..s].ends_with(b))
        && [" –", " -", " —", ")", ":", ","]
            .iter()
            .any(|a| text[e..].starts_with(a))
    {
        return true;
    }
    // "Ffion in Legal thinks", "Sioned in ICT asks", "Wayne in EOC says": a colleague
    // placed by their team, named or in capitals.
    if how == Mention::Lone
        && text[e..].strip_prefix(" in ").is_some_and(|a| {
            let w = a.split([' ', ',', '.', ';', ')', ']']).next().unwrap_or("");
            DEPARTMENTS.contains(&w)
                || (2..=5).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase())
        })
    {
        return true;
    }
    // "Alan at the web company says", "Jess at Civica confirmed": someone at a firm or
    // a team, then what they did.
    if how == Mention::Lone {
        if let Some(a) = text[e..].strip_prefix(" at ") {
            let clause = a.split(['.', ';', '\n', '?', '!']).next().unwrap_or("");
            let mut words = clause.split([' ', ',']).filter(|w| !w.is_empty());
            let first = words.next().unwrap_or("");
            if (first == "the" || first.starts_with(|c: char| c.is_uppercase()))
                && words
                    .take(4)
                    .any(|w| PERSON_VERBS.contains(&w) || matches!(w, "say" | "confirm" | "thinks"))
            {
                return true;
            }
        }
    }
    // "Tom and I visited": a person beside the writer.
    if how != Mention::Caps
        && text[e..].starts_with(" and I ")
        && !text[s..e].chars().skip(1).any(char::is_uppercase)
    {
        return true;
    }
    // "My wife Grace has", "her son Kieran": a person named by who they are to someone.
    {
        let before = line_before(text, s, 40).trim_end();
        let mut back = before.rsplit(' ');
        let relation = back.next().unwrap_or("");
        let whose = back.next().unwrap_or("").to_ascii_lowercase();
        if matches!(whose.as_str(), "my" | "his" | "her" | "their" | "our")
            && matches!(
                relation,
                "wife"
                    | "husband"
                    | "partner"
                    | "son"
                    | "daughter"
                    | "mother"
                    | "father"
                    | "mum"
                    | "dad"
                    | "brother"
                    | "sister"
                    | "grandson"
                    | "granddaughter"
                    | "nephew"
                    | "niece"
                    | "carer"
                    | "neighbour"
                    | "child"
            )
        {
            return true;
        }
    }
    // "checked by Priya.", "QA by Tomasz", "imaged by Chidi –", "closed on 2 Feb by
    // Tomasz after two weeks": who did a piece of the work (a listed verb, or a past
    // participle of six letters or more, a date between), closing the clause.
    if how == Mention::Lone
        && prev.is_some_and(|(p, gap)| gap == " " && p == "by")
        && (text[e..].starts_with(['.', ',', ';', ')', ']', '\n', '\r'])
            || text[e..].is_empty()
            || [
                " – ", " - ", " — ", " after ", " before ", " on ", " at ", " who ",
            ]
            .iter()
            .any(|d| text[e..].starts_with(d)))
        && !text[s..e].chars().skip(1).any(char::is_uppercase)
        && s >= 4
        && {
            let b = line_before(text, s - 3, 40).trim_end();
            // (Past a date: "on 2 Feb", "on 02/02/2024".)
            let b = match b.rsplit_once(" on ") {
                Some((h, d))
                    if d.split(' ').count() <= 3 && d.starts_with(|c: char| c.is_ascii_digit()) =>
                {
                    h
                }
                _ => b,
            };
            let w = b
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .trim_start_matches(['(', '[']);
            matches!(
                w.to_ascii_lowercase().as_str(),
                "checked"
                    | "approved"
                    | "signed"
                    | "reviewed"
                    | "qa"
                    | "qa'd"
                    | "drafted"
                    | "written"
                    | "prepared"
                    | "authorised"
                    | "countersigned"
                    | "witnessed"
                    | "verified"
                    | "done"
                    | "completed"
                    | "sent"
                    | "cleared"
                    | "agreed"
                    // ("for sign-off by Hamish)", "subject to approval by Priya.": the
                    // work's noun.)
                    | "sign-off"
                    | "signoff"
                    | "approval"
                    | "clearance"
            ) || w.len() >= 6 && w.ends_with("ed") && w.bytes().all(|c| c.is_ascii_lowercase())
        }
    {
        return true;
    }
    // "changed by Keeley (emp. no. 208114)": a first name with a staff number in
    // brackets; "Do NOT name Keeley": only a person is named or not.
    if how == Mention::Lone
        && ([
            "(emp",
            "(staff no",
            "(staff number",
            "(employee",
            "(payroll",
        ]
        .iter()
        .any(|w| {
            text[e..]
                .strip_prefix(' ')
                .is_some_and(|a| starts_with_ignore_ascii_case(a, w))
        }) || prev.is_some_and(|(p, gap)| gap == " " && p == "name") && {
            let b = line_before(text, s, 24).trim_end();
            let b = b.strip_suffix("name").unwrap_or(b).trim_end();
            let w = b.rsplit(' ').next().unwrap_or("");
            ["not", "NOT", "don't", "Don't", "DON'T", "never"].contains(&w)
        })
    {
        return true;
    }
    // "get Lee to change it": a task given to someone.
    if how == Mention::Lone
        && prev.is_some_and(|(p, gap)| gap == " " && matches!(p, "get" | "Get" | "got" | "getting"))
        && text[e..].starts_with(" to ")
    {
        return true;
    }
    // "Rhodri to confirm with the Chief Executive": a task a drafting note gives someone.
    if how == Mention::Lone
        && next.is_some_and(|(n, gap)| gap == " " && n == "to")
        && text[e..]
            .strip_prefix(" to ")
            .and_then(|a| a.split([' ', ',', '.', ';']).next())
            .is_some_and(|w| TASKS.contains(&w))
    {
        return true;
    }
    // "[Note from Kwame: kiosk admin PIN …": a note's writer; "[Comment from Tomasz
    // (IT): …", with the writer's team in brackets.
    let team_then_colon = || {
        text[e..].strip_prefix(" (").is_some_and(|r| {
            let r = head_of(r, 32);
            r.find(')').is_some_and(|k| r[k + 1..].starts_with(':'))
        })
    };
    if how == Mention::Lone
        && prev.is_some_and(|(p, gap)| gap == " " && p == "from")
        && (text[e..].starts_with(':')
            || text[e..].starts_with(" –")
            || text[e..].starts_with(" -")
            || team_then_colon())
        && {
            let b = line_before(text, s, 40).trim_end();
            let b = b.strip_suffix("from").unwrap_or(b).trim_end();
            let w = b.rsplit([' ', '[', '(']).next().unwrap_or("");
            [
                "Note", "note", "Comment", "comment", "Message", "message", "Email", "email",
                "Reply", "reply", "Response", "response", "Query", "query", "Update", "update",
                "Answer", "answer", "Feedback", "feedback", "Input", "input", "Text", "text",
            ]
            .contains(&w)
        }
    {
        return true;
    }
    // "[Deleted text – Rhiannon 05/04: …", "[Comment – Tomasz 12/03/24: …": a bracketed
    // note's writer after its label and a dash, with the date, then a colon.
    if how == Mention::Lone
        && {
            let r = head_of(&text[e..], 16);
            r.strip_prefix(' ').is_some_and(|r| {
                let d = r
                    .bytes()
                    .take_while(|c| c.is_ascii_digit() || *c == b'/' || *c == b'.')
                    .count();
                (3..=10).contains(&d)
                    && r[..d].contains(['/', '.'])
                    && r[..d].starts_with(|c: char| c.is_ascii_digit())
                    && r[d..].starts_with(':')
            })
        }
        && {
            let b = line_before(text, s, 40);
            [" – ", " - ", " — "].iter().any(|d| {
                b.strip_suffix(d).is_some_and(|h| {
                    h.rfind('[').is_some_and(|k| {
                        let label = &h[k + 1..];
                        label.len() <= 24
                            && label.starts_with(|c: char| c.is_uppercase())
                            && label.bytes().all(|c| c.is_ascii_alphabetic() || c == b' ')
                    })
                })
            })
        }
    {
        return true;
    }
    // "Delroy from UCU has", "Priya from the IT team": a person from somewhere. "Kofi in
    // IT", "Zoë in the Exams Office", "Chloe on the ICT desk": a person in a team.
    // ("Chinedu and Priya from the Fair Trading team": two first names, the first
    // read through the second.)
    if how == Mention::Lone
        && text[e..].strip_prefix(" and ").is_some_and(|r| {
            let w = r
                .bytes()
                .take(20)
                .take_while(u8::is_ascii_alphabetic)
                .count();
            w >= 3
                && r.starts_with(|c: char| c.is_ascii_uppercase())
                && r[w..].starts_with(" from the ")
        })
    {
        return true;
    }
    // "Morayo on call", "Gemma on leave": a person's rota.
    if how == Mention::Lone
        && text[e..].strip_prefix(" on ").is_some_and(|a| {
            a.split([' ', ',', '.', ';', ')'])
                .next()
                .is_some_and(|w| matches!(w, "call" | "leave" | "duty" | "nights" | "shift"))
        })
    {
        return true;
    }
    if how == Mention::Lone
        && next.is_some_and(|(n, gap)| {
            gap == " " && (n == "from" || n == "in" && text[s..].starts_with(char::is_uppercase))
        })
        && [" from ", " in "].iter().any(|w| {
            text[e..].strip_prefix(w).is_some_and(|a| {
                a.starts_with("the ")
                    || a.starts_with(|c: char| c.is_uppercase())
                        && !a.starts_with(|c: char| c.is_ascii_digit())
            })
        })
        || how == Mention::Lone
            && text[e..].strip_prefix(" on the ").is_some_and(|a| {
                let a = head_of(a, 40);
                a.split([' ', ',', '.', ';', ')']).take(3).any(|w| {
                    matches!(
                        w,
                        "desk" | "team" | "rota" | "phones" | "switchboard" | "helpdesk"
                    )
                })
            })
    {
        return true;
    }
    if how == Mention::LoneWord {
        // "Mark in ICT says delete it", "Will from Estates confirmed": a first name that
        // is also a word, then the team they work in and what they said.
        let in_team = || {
            let Some(r) = text[e..]
                .strip_prefix(" in ")
                .or_else(|| text[e..].strip_prefix(" from "))
            else {
                return false;
            };
            let k = r
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(r.len());
            let (team, rest) = r.split_at(k);
            let acronym =
                (2..=4).contains(&team.len()) && team.bytes().all(|c| c.is_ascii_uppercase());
            let named = matches!(
                team,
                "Finance"
                    | "Estates"
                    | "Legal"
                    | "Procurement"
                    | "Payroll"
                    | "Facilities"
                    | "Comms"
                    | "Digital"
                    | "Security"
                    | "Infrastructure"
                    | "Networks"
                    | "Licensing"
                    | "Housing"
                    | "Governance"
                    | "Compliance"
            );
            (acronym || named)
                && rest.strip_prefix(' ').is_some_and(|v| {
                    let v = v.split([' ', ',', '.']).next().unwrap_or("");
                    matches!(
                        v,
                        "says"
                            | "said"
                            | "confirmed"
                            | "confirms"
                            | "thinks"
                            | "advised"
                            | "advises"
                            | "agrees"
                            | "agreed"
                            | "wants"
                            | "asked"
                            | "suggests"
                            | "suggested"
                            | "reckons"
                            | "checked"
                            | "will"
                    )
                })
        };
        if in_team() {
            return true;
        }
        // "check with Will whether": only a person is checked or spoken with.
        return prev.is_some_and(|(p, gap)| {
            gap == " " && p == "with" && s >= 5 && {
                let b = line_before(text, s - 5, 40).trim_end();
                let w = b.rsplit(' ').next().unwrap_or("");
                matches!(
                    w,
                    "check"
                        | "checked"
                        | "checking"
                        | "speak"
                        | "spoke"
                        | "liaise"
                        | "liaising"
                        | "talk"
                        | "talked"
                )
            }
        });
    }
    let before = line_before(text, s, 80).trim_end();
    // A bracketed comment's heading opens it too: "[Comment KB: Priya – IT gave me",
    // "[Comment – YA]: Yusuf – internal range".
    let comment_head = before.ends_with(':')
        && before.rfind('[').is_some_and(|k| {
            let head = &before[k + 1..before.len() - 1];
            let head = head.strip_suffix(']').unwrap_or(head);
            head.len() <= 24 && !head.contains(']')
        });
    // ("** Bhavna – they've named it": a note's marks before it.)
    let opens = before.trim_start_matches([' ', '\t', '*', '>']).is_empty()
        || before.ends_with(['[', '–', '—', '.', '!', '?'])
        // (A dash typed as hyphens after a sentence: "… claim ongoing. -- Lisa]"; not a
        // list's bullet, "- Darwin - GCC".)
        || before
            .strip_suffix(" --")
            .or_else(|| before.strip_suffix(" -"))
            .is_some_and(|b| b.trim_end().ends_with(['.', '!', '?', ')']))
        || comment_head;
    let after = &text[e..];
    // ("Kieran,", "Seun, answers in red", not "Victoria, Australia".)
    let comma = after.strip_prefix(',').is_some_and(|a| {
        let a = line_after(a, 0, 80).trim_start();
        a.is_empty() || a.starts_with(|c: char| c.is_lowercase())
    });
    let alone = before.trim_start().is_empty() && line_after(text, e, 80).trim().is_empty();
    // A name alone on the line under a note's last sentence, closing it ("… but I'd
    // rather we didn't.\nFemi"), with nothing under it.
    // Or apart, with a blank line above and below ("…via the helpdesk\n\nOlu\n\n---").
    let signs_off = || {
        let Some(above) = strip_eol(&text[..s]) else {
            return false;
        };
        let line = line_before(above, above.len(), 200);
        let close = {
            let l = line.trim_end();
            l.len() > 20 && l.ends_with(['.', '!', '?'])
        };
        let apart = line.trim().is_empty()
            && strip_eol(&above[..above.len() - line.len()])
                .is_some_and(|a| line_before(a, a.len(), 200).trim().len() > 20);
        (close || apart) && {
            let rest = &text[e..];
            let rest = rest.strip_prefix('\r').unwrap_or(rest);
            rest.is_empty() || rest.starts_with('\n') && line_after(rest, 1, 80).trim().is_empty()
        }
    };
    // "… Last time ICT said no. – Nia": a first name after a sentence and a dash, last
    // on its line (or its note), signs it.
    let dash_sign = || {
        how == Mention::Lone
            && [" --", " –", " —", " -"].iter().any(|d| {
                before.strip_suffix(d).is_some_and(|b| {
                    b.trim_end().ends_with(['.', '?', '!', ')'])
                        || b.trim().is_empty() && text[e..].starts_with(']')
                })
            })
            && {
                let rest = line_after(text, e, 80);
                let rest = rest.trim_start_matches([']', ')', '.', ' ', '*']);
                rest.trim().is_empty()
            }
    };
    // "… don't want to identify her. Kris": a first name alone as a sentence, last on a
    // line of a note's sentences, signs it.
    let end_sign = || {
        how == Mention::Lone
            && before.ends_with(['.', '!', '?'])
            && text[..s].ends_with(' ')
            && before.trim_start().len() > 20
            && line_after(text, e, 80).trim().is_empty()
    };
    if opens
        && (!lone && alone
            || how == Mention::Lone && alone && signs_off()
            || end_sign()
            || dash_sign()
            || comma
            || after.starts_with(']')
            || after.starts_with(':') && {
                // A field's label, not a person spoken to: "Reg: YA68NBF", "Mark: 45".
                let value = line_after(text, e + 1, 40).trim();
                value.contains(' ') || !value.bytes().any(|c| c.is_ascii_digit())
            }
            || after.starts_with(" –")
            || after.starts_with(" —")
            || after.starts_with(" - "))
    {
        return true;
    }
    if how == Mention::Caps {
        return false;
    }
    // After a label that names a person's part, closing the field: "(agent: Femi)",
    // "Owner: Priya," (not "Status: Amber"), or with their team or role in brackets
    // ("Implementer: Priyanka (HPC team)").
    if person_label_before(text, s)
        && text[..s].ends_with(' ')
        && (after.starts_with([')', ',', ';'])
            || after.starts_with(" (")
            || line_after(text, e, 80).trim().is_empty())
    {
        return true;
    }
    // Words that lead to a person; "to" and "with" only after a verb of speaking or
    // sending ("spoke to", "check with"), and for a part also after "goes", "it".
    const LEADS: [&str; 28] = [
        // "I've not copied Gosia", "cc'd Tomasz", "pinged Kwame": a person sent a copy.
        "copied",
        "cc'd",
        "cced",
        "pinged",
        "messaged",
        "texted",
        // A note to a colleague: "NB Sarah – check", "FAO Tomasz"; "Per Marianne, the
        // robot went down".
        "Per",
        "NB",
        "FAO",
        "ask",
        "asked",
        "tell",
        "told",
        "thank",
        "thanks",
        "cc",
        "ping",
        "call",
        "email",
        "emailed",
        "contact",
        "contacted",
        "phone",
        "phoned",
        "ring",
        "rang",
        "chase",
        "chased",
    ];
    const BEFORE_TO: [&str; 29] = [
        // "[Note to Priya: …", "Message to Dan", "Thanks to Kerry-Ann for".
        "Thanks",
        "thanks",
        "Note",
        "note",
        "Message",
        "message",
        "spoke",
        "speak",
        "speaking",
        "talk",
        "talked",
        "spoken",
        "sent",
        "send",
        "forward",
        "forwarded",
        "pass",
        "passed",
        "explained",
        "replied",
        "wrote",
        "check",
        "checked",
        "confirmed",
        "agreed",
        "discuss",
        "discussed",
        "liaise",
        "liaising",
    ];
    let Some((p, gap)) = prev else {
        return false;
    };
    // A relative, neighbour or carer named by a first name: "her husband Kwame", "his
    // daughter, Amira, attends".
    const KIN: [&str; 26] = [
        "husband",
        "wife",
        "partner",
        "son",
        "daughter",
        "mother",
        "father",
        "mum",
        "dad",
        "brother",
        "sister",
        "grandson",
        "granddaughter",
        "grandmother",
        "grandfather",
        "nephew",
        "niece",
        "cousin",
        "uncle",
        "aunt",
        "carer",
        "neighbour",
        "boyfriend",
        "girlfriend",
        "stepson",
        "stepdaughter",
    ];
    // ("Referred by daughter (Carol) tel …": in brackets too.)
    if how == Mention::Lone
        && KIN.contains(&p)
        && (gap == " "
            || gap == ", " && after.starts_with(',')
            || gap == " (" && after.starts_with(')'))
    {
        return true;
    }
    if gap != " " {
        return false;
    }
    // ("Ask Tomasz before it goes out" starts its sentence.)
    if LEADS.iter().any(|l| l.eq_ignore_ascii_case(p))
        || !lone && matches!(p, "to" | "with" | "from" | "by" | "and")
    {
        return true;
    }
    matches!(p, "to" | "with" | "for") && {
        let b = line_before(text, s - gap.len() - p.len(), 40).trim_end();
        let w = b.rsplit(' ').next().unwrap_or("").trim_start_matches('[');
        // ("ask for Lisa via switchboard".)
        if p == "for" {
            return matches!(w, "ask" | "asked" | "asking" | "Ask");
        }
        // ("Check with Steve.": a sentence's first word too.)
        BEFORE_TO.iter().any(|b| b.eq_ignore_ascii_case(w))
            || matches!(w, "goes" | "go" | "going" | "it")
    }
}

/// After a person's name, " and " or ", " and a capitalised word with a listed surname
/// ("Amira El-Sayed and Tyrese Boateng", "Jo Fry, Kemi Adeyemi"): another person, whose
/// first name is in no list, for review. Not a place or firm ("and Brunel Way", "and
/// Hale Partners"), nor a longer capitalised run ("and Tyrese Boateng Academy").
#[inline(never)]
fn add_listed_with(text: &str, doc: &Document, lists: &Lookup, hits: &mut Vec<NameHit>) {
    let mut found = Vec::new();
    let named = SpanSet::new(hits.iter().map(|h| (h.start, h.end)).collect());
    for h in hits.iter() {
        if matches!(
            h.cue,
            NameCue::Initials | NameCue::SubjectInitials | NameCue::FirstNameAlone
        ) {
            continue;
        }
        let rest = &text[h.end..];
        let Some(lead) = [" and ", ", ", " & "]
            .iter()
            .find(|l| rest.starts_with(**l))
        else {
            continue;
        };
        let s = h.end + lead.len();
        let word_end = |from: usize| name_word_end(text, from);
        let e1 = word_end(s);
        // "Wes Palfrey and Tamsin on earlies": a listed first name alone, then a word
        // in small letters or the clause's end, is another person named the same way
        // colleagues are (not "and Will do", a first name that is also a word).
        let alone = &text[s..e1];
        // (After " and " only: after a comma a lone word is as often where the person
        // works, "Jim Graham, Sun;".)
        if *lead != ", "
            && alone.chars().count() >= 3
            && is_capitalised(alone)
            && lists.is_first(alone)
            && !lists.is_not_name(alone)
            && !lists.is_place(alone)
            && !lists.is_title(alone)
            && (text[e1..].starts_with([',', '.', ';', ')', ':'])
                || text[e1..]
                    .strip_prefix(' ')
                    .is_some_and(|a| a.starts_with(|c: char| c.is_lowercase())))
            && !named.overlaps(s, e1)
        {
            found.push(name_hit(
                text,
                doc,
                lists,
                (s, e1),
                NameCue::FirstNameAlone,
                true,
            ));
            continue;
        }
        if h.unsure || !text[e1..].starts_with(' ') {
            continue;
        }
        let e2 = word_end(e1 + 1);
        let (first, last) = (&text[s..e1], &text[e1 + 1..e2]);
        let after = &text[e2..];
        if first.chars().count() < 3
            || !is_capitalised(first)
            || !is_capitalised(last)
            || !lists.is_surname(last)
            || lists.is_not_name(first)
            || lists.is_place(first)
            || lists.is_title(first)
            || lists.is_not_name(last)
            || after.starts_with(|c: char| is_alnum(c))
            || after
                .strip_prefix(' ')
                .is_some_and(|a| a.starts_with(char::is_uppercase))
            || named.overlaps(s, e2)
        {
            continue;
        }
        found.push(name_hit(
            text,
            doc,
            lists,
            (s, e2),
            NameCue::ListedWith,
            true,
        ));
    }
    // "Our OOH team (Ciarán, Małgorzata and Kwabena Mensah this month)": listed first
    // names alone in a list that ends with a person's full name are people named the
    // way colleagues are, for review. The list opens after a bracket, a colon, the
    // line's start or a word in small letters; each of its words is a listed first
    // name, no place and no word, or none of them is taken.
    for h in hits.iter() {
        if matches!(
            h.cue,
            NameCue::Initials | NameCue::SubjectInitials | NameCue::FirstNameAlone
        ) || !text[h.start..h.end].contains(' ')
        {
            continue;
        }
        let mut end = h.start;
        let mut items: Vec<(usize, usize)> = Vec::new();
        let opened = loop {
            let before = &text[..end];
            let Some(lead) = [" and ", ", ", " & "]
                .iter()
                .find(|l| before.ends_with(**l))
            else {
                break false;
            };
            if !items.is_empty() && *lead != ", " {
                break false;
            }
            let e = end - lead.len();
            // (A name's word is short: a long run of letters is read no further.)
            let s = text[..e]
                .char_indices()
                .rev()
                .take(40)
                .take_while(|&(_, c)| is_letter(c) || c == '-' || c == '\'')
                .last()
                .map_or(e, |(i, _)| i);
            let w = &text[s..e];
            if w.chars().count() < 3
                || !is_capitalised(w)
                || !lists.is_first(w)
                || lists.is_not_name(w)
                || lists.is_place(w)
                || lists.is_title(w)
                || named.overlaps(s, e)
                || items.len() >= 6
            {
                break false;
            }
            items.push((s, e));
            end = s;
            let head = &text[..s];
            if head.ends_with(['(', '\n']) || head.ends_with(": ") || s == 0 {
                break true;
            }
            // ("The foster carers, Dave & Sharon Inglethorpe": a word in small letters
            // and a comma before the list.)
            if let Some(prev) = head.strip_suffix(' ') {
                let word = prev
                    .trim_end_matches(',')
                    .rsplit(|c: char| !is_letter(c))
                    .next()
                    .unwrap_or("");
                if word.starts_with(|c: char| c.is_lowercase()) {
                    break true;
                }
            }
        };
        if opened {
            for (s, e) in items {
                found.push(name_hit(
                    text,
                    doc,
                    lists,
                    (s, e),
                    NameCue::FirstNameAlone,
                    true,
                ));
            }
        }
    }
    hits.extend(found);
    hits.sort_by_key(|h| h.start);
}

/// The last word of a team's or a mailbox's name ("Information Rights", "IT Service
/// Desk", "Licensing Team").
fn is_team_word(w: &str) -> bool {
    matches!(
        w,
        "Rights"
            | "Team"
            | "Teams"
            | "Services"
            | "Service"
            | "Governance"
            | "Desk"
            | "Department"
            | "Office"
            | "Unit"
            | "Support"
            | "Centre"
            | "Enquiries"
            | "Mailbox"
            | "Requests"
            | "Records"
            | "Compliance"
            | "Helpdesk"
            | "Admin"
            | "Workshop"
            | "Workshops"
            | "Reception"
            | "Inbox"
            | "Hub"
            | "Directorate"
            | "Division"
            | "Secretariat"
    )
}

/// A capitalised word joined to a small word that makes an adjective of it, no name:
/// "Welsh-language", "Leeds-based", "Council-owned", "English-speaking".
fn compound_adjective(w: &str) -> bool {
    const TAILS: [&str; 11] = [
        "language", "speaking", "speaker", "medium", "based", "born", "owned", "led", "run",
        "funded", "wide",
    ];
    w.rsplit('-').next().is_some_and(|t| TAILS.contains(&t))
}

/// Months and days are no later mention of a person named "May Lewis" or "Jan Kowalski".
fn is_month_or_day(w: &str) -> bool {
    const WORDS: [&str; 36] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sept",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
        "Sunday",
        "Monday",
        "Easter",
        "Mon",
        "Tue",
        "Tues",
        "Wed",
        "Thu",
        "Thur",
        "Thurs",
        "Fri",
        "Sat",
        "Sun",
    ];
    WORDS.contains(&w)
        || w.ends_with("day") && w.len() <= 9 && w.starts_with(|c| "TWFS".contains(c))
}

/// A person the draft names in a role once is that senior wherever it names them: the
/// Chief Digital Officer of the signature is the one in the mail header above it
/// ("To: Andrew Ferreira-Lyle <…>"). Names are the same when their folded text is.
fn same_person_same_tier(text: &str, hits: &mut [NameHit]) {
    if hits.iter().all(|h| h.tier == Tier::Private) {
        return;
    }
    // Keyed by the text as written (most mentions repeat it), then folded.
    let mut highest: HashMap<&str, Tier, FxBuild> = HashMap::default();
    let mut folded: HashMap<String, Tier, FxBuild> = HashMap::default();
    for h in hits.iter().filter(|h| h.tier != Tier::Private) {
        let name = &text[h.start..h.end];
        let t = highest.entry(name).or_insert(h.tier);
        *t = (*t).max(h.tier);
        let t = folded.entry(fold(name)).or_insert(h.tier);
        *t = (*t).max(h.tier);
    }
    // A senior person's surname after the same title as their full name had ("Dr Helen
    // Achterberg, Chief Finance Officer. Dr Achterberg can be contacted…"): the same
    // person. (Only with the same title: the requester may share a surname.)
    let title_before = |start: usize| {
        let b = line_before(text, start, 16).trim_end();
        b.rsplit([' ', '\t', '('])
            .next()
            .unwrap_or("")
            .trim_end_matches('.')
    };
    let mut titled: HashMap<(&str, &str), Tier, FxBuild> = HashMap::default();
    for h in hits.iter().filter(|h| h.tier != Tier::Private) {
        let name = &text[h.start..h.end];
        if let Some((_, surname)) = name.rsplit_once(' ') {
            let title = title_before(h.start);
            if matches!(
                title,
                "Dr" | "Prof" | "Professor" | "Cllr" | "Councillor" | "Sir" | "Dame"
            ) {
                let t = titled.entry((title, surname)).or_insert(h.tier);
                *t = (*t).max(h.tier);
            }
        }
    }
    for h in hits.iter_mut().filter(|h| h.tier != Tier::Board) {
        let name = &text[h.start..h.end];
        if !name.contains(' ') {
            if let Some(&t) = titled.get(&(title_before(h.start), name)) {
                h.tier = h.tier.max(t);
                continue;
            }
        }
        // Written surname first, as mail headers and records do ("To: Achterberg,
        // Helen"): the person named "Helen Achterberg" elsewhere.
        if let Some((surname, first)) = name.split_once(", ") {
            if let Some(&t) = folded.get(&fold(&format!("{first} {surname}"))) {
                h.tier = h.tier.max(t);
                continue;
            }
        }
        let t = match highest.get(name) {
            Some(&t) => t,
            // Written otherwise: in capitals, or with an accent or a curly apostrophe.
            None if !name.is_ascii()
                || name
                    .as_bytes()
                    .windows(2)
                    .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase()) =>
            {
                folded.get(&fold(name)).copied().unwrap_or(Tier::Private)
            }
            None => continue,
        };
        h.tier = h.tier.max(t);
    }
}

#[cfg(test)]
mod role_tests {
    use super::*;

    /// The family names are searched by bisection: they must stay sorted.
    #[test]
    fn east_asian_family_names_are_sorted() {
        assert!(EAST_ASIAN_FAMILY_NAMES.windows(2).all(|w| w[0] < w[1]));
    }

    proptest::proptest! {
        /// Note initials never panic, and each is whole initials inside a note on one
        /// line, for any text of brackets, letters, accents, dashes and colons.
        #[test]
        fn note_initials_are_inside_notes(text in crate::detect::texts_of(&[
            "[", "]", "K", "H", "Pv", "dB", ": ", ":", " – ", "-", ".", " ", "é", "ř", "Ó", "\n", "JSON", "x",
        ], 24)) {
            let mut hits = Vec::new();
            add_note_initials(&text, &mut hits);
            for h in &hits {
                let t = &text[h.start..h.end];
                // (Letters and dots; a letter outside ASCII only as a capital: "SÓD"; a
                // hyphen only between capitals, a double-barrelled name's: "RO-L", "Ó-K";
                // an apostrophe in dotted initials, "K.O'B.".)
                let letter = |c: char| c.is_ascii_alphabetic() || !c.is_ascii() && c.is_uppercase();
                proptest::prop_assert!(t.len() >= 2 && t.chars().all(|c| letter(c) || c == '.' || c == '-' || c == '\''), "{:?} in {:?}", t, text);
                if let Some((a, b)) = t.split_once('-') {
                    let caps = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_uppercase());
                    proptest::prop_assert!(caps(a) && caps(b), "{:?} in {:?}", t, text);
                }
                let open = text[..h.start].rfind('[');
                proptest::prop_assert!(open.is_some_and(|o| !text[o..h.start].contains('\n')), "{:?}", text);
            }
        }
    }

    /// The word before "ed by" may follow a letter outside ASCII: "…\u{fffd}ed by MC"
    /// (the fuzzer's input cut a character there).
    #[test]
    fn editor_initials_after_a_wide_character() {
        for text in [
            "\u{fffd}ed by MC 1",
            "é checked LH",
            "accepted by MNS",
            "ñed by",
        ] {
            let mut hits = Vec::new();
            add_editor_initials(text, &mut hits);
            assert!(
                hits.iter().all(|h| text.is_char_boundary(h.start)),
                "{text}"
            );
        }
        assert_eq!(previous_word_of("x\u{fffd}ed", 6), "ed");
    }

    #[test]
    fn note_initials() {
        let text = "[PvdB: we are on 6.4.]\n[NB remove name - MJ]\n[Delete before issue. KH]\n[JSON::PP]\n[NB: check]\n[TBC]\n[IG: ok]\n[x – FWH]\n[see p. 4]\n[useful to them. – R.O.]\n[see the U.S.]\n[version – A.]\n[RO-L: no remote access]\n[Comment W-KN: the server]\n[UK-EU: trade]\n[IT-Ops: patching]\n[A-B-C: x]";
        let mut hits = Vec::new();
        add_note_initials(text, &mut hits);
        let got: Vec<&str> = hits.iter().map(|h| &text[h.start..h.end]).collect();
        assert_eq!(got, ["PvdB", "MJ", "KH", "FWH", "R.O.", "RO-L", "W-KN"]);
    }

    /// An address spells a name in the usual shapes, the surname first too.
    #[test]
    fn an_address_spells_a_name() {
        let index = EmailIndex::new(&["hussaina".into(), "j.smith".into(), "okoro".into()]);
        assert!(index.spells(&["Aftab", "Hussain"]));
        assert!(index.spells(&["Jane", "Smith"]));
        assert!(!index.spells(&["Aftab", "Khan"]));
        assert!(!index.spells(&["Bola", "Okorie"]));
        assert!(!index.spells(&["Hussain"]));
    }

    /// `RoleSet` answers as comparing every role with the text would.
    #[test]
    fn role_set_agrees_with_comparing_every_role() {
        let lists = NameLists::new(&[]);
        let naive_ends = |roles: &RoleSet, hay: &str| {
            let ends_with_role = |hay: &str, r: &str| {
                hay.ends_with(r) && !hay[..hay.len() - r.len()].ends_with(|c: char| is_alnum(c))
            };
            roles.roles.words().iter().any(|r| {
                ends_with_role(hay, r)
                    || r.ends_with(" of") && ends_with_remit(hay, r)
                    || hay.rfind(" of ").is_some_and(|i| {
                        ends_with_remit(hay, "of ") && ends_with_role(&hay[..i], r)
                    })
                    || hay.rfind(" for ").is_some_and(|i| {
                        ends_with_remit(hay, "for ") && ends_with_role(&hay[..i], r)
                    })
            })
        };
        let naive_starts = |roles: &RoleSet, a: &str| {
            roles
                .roles
                .words()
                .iter()
                .any(|r| a.starts_with(r) && !a[r.len()..].starts_with(|c: char| is_alnum(c)))
        };
        let mut texts = vec![
            String::new(),
            "the chief executive".into(),
            "chief executive, ".into(),
            "our director of finance and estates".into(),
            "director of finance, estates, and more".into(),
            "deputy chief executive".into(),
            "subchief executive".into(),
            "head of it".into(),
            "chief executives".into(),
            "é chief executive".into(),
            "chief executive officer of the trust".into(),
        ];
        for r in lists
            .board
            .roles
            .words()
            .iter()
            .chain(lists.senior.roles.words())
        {
            texts.push(r.to_string());
            texts.push(format!("our {r}"));
            texts.push(format!("x{r}"));
            texts.push(format!("{r}s and more"));
            texts.push(format!("{r}, the"));
            texts.push(format!("{r} of resources"));
            texts.push(format!("{r} for calderbrook"));
            texts.push(format!("{r} for housing, and more"));
            texts.push(format!("é {r}é"));
            texts.push(format!("{r}’s office"));
            texts.push(format!("a–{r}"));
        }
        for roles in [&lists.board, &lists.senior] {
            for t in &texts {
                let t = role_end(t);
                assert_eq!(roles.ends(t), naive_ends(roles, t), "ends {t:?}");
                assert_eq!(roles.starts(t), naive_starts(roles, t), "starts {t:?}");
            }
        }
    }
}

#[cfg(test)]
mod memo_tests {
    use super::*;

    /// Every word put in is found with its flags, across the table's growth; others are
    /// A span set covers what one of its spans holds whole, however the spans nest.
    #[test]
    fn span_set_covers_what_a_span_holds() {
        let set = SpanSet::new(vec![(10, 20), (0, 5), (12, 30), (40, 41)]);
        for (s, e, want) in [
            (10, 20, true),
            (12, 30, true),
            (15, 25, true),
            (0, 5, true),
            (4, 6, false),
            (5, 10, false),
            (9, 12, false),
            (29, 31, false),
            (40, 41, true),
            (41, 42, false),
        ] {
            assert_eq!(set.covers(s, e), want, "{s}..{e}");
        }
    }

    /// not, including words that share a hash slot.
    #[test]
    fn memo_finds_what_it_holds() {
        let mut memo = Memo::new();
        let words: Vec<String> = (0..5000).map(|k| format!("Word{k}")).collect();
        for (k, w) in words.iter().enumerate() {
            let hash = crate::detect::hash_bytes(w.as_bytes());
            assert_eq!(memo.get(w, hash), None, "{w}");
            memo.insert(w, hash, (k % 64) as u8);
        }
        for (k, w) in words.iter().enumerate() {
            let hash = crate::detect::hash_bytes(w.as_bytes());
            assert_eq!(memo.get(w, hash), Some((k % 64) as u8), "{w}");
            // The same hash with other letters is another word.
            assert_eq!(memo.get("Other", hash), None);
        }
        assert_eq!(
            memo.get("Word5000", crate::detect::hash_bytes(b"Word5000")),
            None
        );
    }
}

#[cfg(test)]
mod span_tests {
    use super::*;

    proptest::proptest! {
        /// A cursor answers as the binary search does, for questions in order of their
        /// ends, however the spans nest or repeat.
        #[test]
        fn a_cursor_answers_as_a_search(
            spans in proptest::collection::vec((0usize..60, 0usize..12), 0..12),
            mut questions in proptest::collection::vec((0usize..70, 0usize..8), 0..40),
        ) {
            let set = SpanSet::new(spans.iter().map(|&(s, n)| (s, s + n)).collect());
            questions.sort_by_key(|&(s, n)| s + n);
            let mut cursor = set.cursor();
            for (s, n) in questions {
                proptest::prop_assert_eq!(cursor.overlaps(s, s + n), set.overlaps(s, s + n), "[{}, {})", s, s + n);
            }
        }
    }
}

#[cfg(test)]
mod fast_path_tests {
    use super::*;

    proptest::proptest! {
        /// The ASCII fast paths answer as the character-by-character definitions.
        #[test]
        fn ascii_fast_paths_are_the_definitions(w in "[a-zA-Z'\\-’ÉéŁß.]{0,8}") {
            let caps = w.chars().all(|c| c.is_uppercase() || c == '\'' || c == '-')
                && w.chars().count() >= 3;
            proptest::prop_assert_eq!(is_all_caps_name(&w), caps, "{:?}", w);
            let folded: String = w
                .chars()
                .flat_map(char::to_lowercase)
                .map(|c| match c {
                    'é' => 'e',
                    'ł' => 'l',
                    '’' => '\'',
                    c => c,
                })
                .collect();
            proptest::prop_assert_eq!(fold(&w), folded, "{:?}", w);
        }
    }
}
