//! The scanner: built once from a config, then `scan` many times.

use crate::detect::{is_alnum, is_letter};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::config::Config;
use crate::detect::company::CompanyDetector;
use crate::detect::cues::CueHits;
use crate::detect::email::{EmailDetector, MailboxClass};
use crate::detect::identifiers::{is_record_reference, record_reference_with, IdentifierDetector};
use crate::detect::lexicon::{LexHit, LexRule, LexiconDetector};
use crate::detect::names::{self, NameCue, NameLists, Tier};
use crate::detect::network::NetworkDetector;
use crate::detect::versions::VersionDetector;
use crate::detect::{phone, Candidate, WordSet};
use crate::document::Document;
use crate::error::Error;
use crate::finding::{Context, Family, Finding, Kind, Report, Severity};
use crate::pack::{PatternRule, RulePack};
use crate::policy;

/// The text read from a .docx and the findings in it (offsets into `text`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocxScan {
    /// The document's text: headers, body (tables as tab-separated rows), footers, then comments.
    pub text: String,
    /// Findings in `text`, hidden content (comments, tracked changes, hidden text) included.
    pub report: Report,
}

/// The detectors that no config changes, compiled once per process and shared by
/// every `Scanner`: a new config (the page's allow list, say) costs only its own parts.
struct Shared {
    email: EmailDetector,
    network: NetworkDetector,
    identifiers: IdentifierDetector,
    companies: CompanyDetector,
    lexicon: LexiconDetector,
    versions: VersionDetector,
    /// Each name finding's severity and reason, by tier, cue and whether the name could
    /// be a place (see [`Shared::name_reason`]): made once, not once per name.
    name_reasons: NameReasons,
}

impl Shared {
    fn get() -> Result<&'static Shared, Error> {
        static SHARED: OnceLock<Result<Shared, Error>> = OnceLock::new();
        SHARED
            .get_or_init(|| {
                let pack = RulePack::builtin()?;
                let lexicon = LexiconDetector::new(
                    pack.lexicon
                        .iter()
                        .map(|r| (LexRule::from_pack(r), r.terms.clone(), r.guarded.clone()))
                        .collect(),
                    true,
                )?;
                Ok(Shared {
                    email: EmailDetector::new(),
                    network: NetworkDetector::new(),
                    identifiers: IdentifierDetector::new(),
                    companies: CompanyDetector::new(),
                    lexicon,
                    versions: VersionDetector::new(),
                    name_reasons: Shared::name_reasons(pack),
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// In the order of their values: `name_reasons` is indexed by `tier as usize`.
    const TIERS: [Tier; 3] = [Tier::Private, Tier::Senior, Tier::Board];

    fn name_reasons(pack: &RulePack) -> NameReasons {
        Shared::TIERS.map(|tier| {
            let rule = pack.pattern(name_detector(tier));
            NameCue::ALL.map(|cue| {
                let reason = format!("{} Recognised as a name by {}.", rule.reason, cue.says());
                // A name that could as well be a place or building, or whose surname
                // is in no list, is for review.
                let unsure = if rule.severity == Severity::High {
                    let check = match cue {
                        NameCue::FirstName | NameCue::InitialAndWord => {
                            "It could also be a firm, product or place: check."
                        }
                        NameCue::FirstNameAlone => {
                            "A first name alone could also be a word or a place: check."
                        }
                        NameCue::EarlierMention => {
                            "The name it repeats is itself for review: check."
                        }
                        NameCue::Initials | NameCue::NameInitials => {
                            "Initials could also be a team's or a term's: check."
                        }
                        NameCue::SubjectInitials => {
                            "Initials could also be an abbreviation: check."
                        }
                        NameCue::ListedWith => "Its first word is in no list of names: check.",
                        NameCue::RecordAfter => {
                            "The word is in no list of names and could be a system's or a place's: check."
                        }
                        NameCue::FamilyNameFirst => {
                            "The two words could also be a place's or a firm's: check."
                        }
                        _ => "It could also be a place or building named after a person: check.",
                    };
                    (Severity::Review, format!("{reason} {check}"))
                } else {
                    (rule.severity, reason.clone())
                };
                [(rule.severity, reason), unsure]
            })
        })
    }

    /// A name finding's severity and reason: its rule's, with the cue that found it,
    /// and for review when it `unsure`ly names a person rather than a place.
    fn name_reason(
        &'static self,
        tier: Tier,
        cue: NameCue,
        unsure: bool,
    ) -> (Severity, &'static str) {
        let (severity, reason) =
            &self.name_reasons[tier as usize][cue as usize][usize::from(unsure)];
        (*severity, reason)
    }
}

/// [`Shared::name_reasons`]: by tier, cue (as their values index [`Shared::TIERS`] and
/// [`NameCue::ALL`]), then sure or not.
type NameReasons = [[[(Severity, String); 2]; NameCue::ALL.len()]; Shared::TIERS.len()];

/// The pattern rule of a name of `tier`.
fn name_detector(tier: Tier) -> &'static str {
    match tier {
        Tier::Private => "person.private",
        Tier::Senior => "person.senior",
        Tier::Board => "person.board",
    }
}

/// Finds personal data and cyber-sensitive detail in a draft response.
///
/// Build it once (it builds its config's automata) and call [`Scanner::scan`]
/// for each draft.
pub struct Scanner {
    config: Config,
    pack: &'static RulePack,
    shared: &'static Shared,
    deny: Option<LexiconDetector>,
    names: NameLists,
    national_numbers: HashSet<String>,
    /// The config's public numbers (national digits), role mailboxes and allow list
    /// (lowercase), as sets: a look-up each, however long the config's lists.
    public_numbers: HashSet<String>,
    role_mailboxes: HashSet<String>,
    allow: HashSet<String>,
}

impl Scanner {
    /// Builds a scanner; fails only on a config that breaks a rule.
    pub fn new(config: Config) -> Result<Scanner, Error> {
        let pack = RulePack::builtin()?;
        let shared = Shared::get()?;
        let deny = if config.deny.is_empty() {
            None
        } else {
            let rule = pack.pattern("config.deny");
            Some(LexiconDetector::new(
                config
                    .deny
                    .iter()
                    .map(|d| {
                        let exemption = match d.kind.family() {
                            Family::Personal => "s40(2)",
                            Family::Cyber => "s31(1)(a)",
                        };
                        let lex = LexRule {
                            id: Cow::Borrowed(&rule.id),
                            kind: d.kind,
                            severity: d.severity,
                            exemption: Cow::Borrowed(exemption),
                            reason: d
                                .reason
                                .clone()
                                .map_or(Cow::Borrowed(&rule.reason), Cow::Owned),
                            version: None,
                            models: false,
                            cues: WordSet::new(Vec::new()),
                        };
                        (lex, vec![d.term.clone()], Vec::new())
                    })
                    .collect(),
                false,
            )?)
        };
        let national_numbers = include_str!("rules/personal/public_numbers.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect();
        let public_numbers = config
            .public_numbers
            .iter()
            .map(|n| national_digits(n))
            .collect();
        let allow = config
            .allow
            .iter()
            .map(|a| a.trim().to_lowercase())
            .collect();
        let role_mailboxes = config
            .role_mailboxes
            .iter()
            .map(|r| r.to_lowercase())
            .collect();
        Ok(Scanner {
            pack,
            shared,
            deny,
            names: NameLists::new(&config.public_people),
            national_numbers,
            public_numbers,
            role_mailboxes,
            allow,
            config,
        })
    }

    /// The config the scanner was built from.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// How many rules and terms the built-in pack holds: `(lexicon rules, terms, pattern rules)`.
    pub fn rule_counts(&self) -> (usize, usize, usize) {
        (
            self.pack.lexicon.len(),
            self.shared.lexicon.term_count(),
            self.pack.patterns.len(),
        )
    }

    /// Scans one draft. Offsets in the report are byte offsets into `text`.
    ///
    /// The steps below and the detectors' entry points are `#[inline(never)]`: a browser
    /// compiles each wasm function on its first call and recompiles hot ones, and one
    /// huge function (the whole scan, inlined) made a first scan slow to compile.
    pub fn scan(&self, text: &str) -> Report {
        // Accents written as marks of their own are scanned composed (crate::compose).
        let Some(composed) = crate::compose::compose(text) else {
            return self.scan_composed(text);
        };
        let mut report = self.scan_composed(&composed.text);
        for f in &mut report.findings {
            f.start = composed.original(f.start);
            f.end = composed.original(f.end);
            f.text = text[f.start..f.end].to_string();
        }
        // (The map keeps order: the findings stay sorted.)
        report
    }

    /// [`Self::scan`] of a text whose letters and marks are composed.
    fn scan_composed(&self, text: &str) -> Report {
        let doc = Document::parse(text);
        let mut found: Vec<Candidate> = Vec::new();

        // The lexicon's hits are added below, in their usual place.
        let (cues, lexicon_hits) = self.word_pass(text, &doc);

        self.scan_emails(text, &mut found);
        self.scan_phones(text, &doc, &cues, &mut found);
        let mut hits = Vec::new();
        self.shared.network.find(text, &doc, &cues, &mut hits);
        self.shared.identifiers.find(text, &doc, &cues, &mut hits);
        // Hosts named as one found was ("EM-AV-TC-112" beside "EM-AV-RFLT1-CAP").
        crate::detect::network::find_host_siblings(text, &mut hits);
        // Hosts numbered as one found ("nmu-rad01 / nmu-rad02").
        crate::detect::network::find_numbered_hosts(text, &mut hits);
        // Hosts named by the last part of a name found ("SUP02" of "EST-BMS-SUP02").
        crate::detect::network::find_host_tails(text, &mut hits);
        // Ports named again by their number alone ("Inbound NAT for 4911").
        crate::detect::network::find_port_repeats(text, &mut hits);
        hits.extend(
            self.shared
                .companies
                .find(text, &cues)
                .into_iter()
                .map(|(s, e)| ("supplier.company", s, e)),
        );
        let products = self.shared.lexicon.product_spans(&lexicon_hits);
        self.shared
            .versions
            .find(text, &doc, &cues, &products, &mut hits);
        // An asset's tag is not a host's name ("Asset tag EM-LT-08831").
        let tags = names::SpanSet::new(
            hits.iter()
                .filter(|h| h.0 == "id.asset_tag")
                .map(|h| (h.1, h.2))
                .collect(),
        );
        for (detector, s, e) in hits {
            if detector == "network.host" && tags.covers(s, e) {
                continue;
            }
            found.push(Candidate::from_pattern(self.pack.pattern(detector), s, e));
        }
        for hit in lexicon_hits {
            found.push(self.shared.lexicon.candidate(text, &hit));
        }
        if let Some(deny) = &self.deny {
            for hit in deny.find(text, &doc, &mut CueHits::default()) {
                found.push(deny.candidate(text, &hit));
            }
        }
        self.scan_names(text, &doc, &cues, &mut found);
        // Systems named by a version after them or a word before them: after the names,
        // so that a person's name before a version stays a person's.
        let versions: Vec<(usize, usize)> = found
            .iter()
            .filter(|c| c.rule == "software.version_number")
            .map(|c| (c.start, c.end))
            .collect();
        let mut spans: Vec<(usize, usize)> = found.iter().map(|c| (c.start, c.end)).collect();
        spans.sort_unstable();
        let mut systems = Vec::new();
        crate::detect::versions::find_named_systems(text, &versions, &spans, &mut systems);
        crate::detect::versions::find_support_firms(text, &spans, &mut systems);
        crate::detect::system_columns::find(text, &doc, &spans, &mut systems);
        crate::detect::system_columns::find_apps(text, &spans, &mut systems);
        for (detector, s, e) in systems {
            found.push(Candidate::from_pattern(self.pack.pattern(detector), s, e));
        }
        self.add_numbers_beside_names(text, &mut found);
        self.add_numbers_after_names(text, &mut found);
        add_repeated_identifiers(text, &mut found);
        add_reference_siblings(text, &mut found);
        add_supplier_short_names(text, &mut found);
        self.add_references_before_records(text, &mut found);
        add_listed_identifiers(text, &mut found);
        self.add_names_in_brackets_after_makes(text, &mut found);

        let mut found = drop_contained(text, found);
        for c in &mut found {
            policy::apply_context(c, doc.context_at(c.start));
            policy::apply_denial(text, c);
        }
        self.add_confirmations(text, &doc, &mut found);

        // Sized at once: a filtered iterator's collect grows the Vec step by step,
        // copying the findings made so far at each step.
        let mut findings: Vec<Finding> = Vec::with_capacity(found.len());
        findings.extend(found.into_iter().filter(|c| self.keep(text, c)).map(|c| {
            let context = doc.context_at(c.start);
            finding(text, c, context)
        }));
        findings.sort_by(|a, b| (a.start, a.end, &a.rule).cmp(&(b.start, b.end, &b.rule)));
        Report { findings }
    }

    /// The one pass over the draft's words: the lexicon's hits, and where the cued
    /// patterns' words and the digits stand (see `detect::cues`).
    #[inline(never)]
    pub(crate) fn word_pass(&self, text: &str, doc: &Document) -> (CueHits, Vec<LexHit>) {
        let mut cues = CueHits::default();
        cues.note_digits(text);
        let hits = self.shared.lexicon.find(text, doc, &mut cues);
        (cues, hits)
    }

    /// Reads a .docx and scans its text; comments, tracked changes and hidden text
    /// are findings of their own. A damaged or password-protected file is an error.
    pub fn scan_docx(&self, bytes: &[u8]) -> Result<DocxScan, Error> {
        self.scan_docx_within(bytes, usize::MAX)
    }

    /// [`Self::scan_docx`], refusing (before scanning) a document whose text is longer
    /// than `max_text` bytes, with the message `too_long` gives for its length.
    pub(crate) fn scan_docx_within(
        &self,
        bytes: &[u8],
        max_text: usize,
    ) -> Result<DocxScan, Error> {
        let doc = crate::docx::read(bytes)?;
        if doc.text.len() > max_text {
            return Err(Error::new(
                crate::ErrorKind::Input,
                too_long(doc.text.len(), max_text),
            ));
        }
        let mut report = self.scan(&doc.text);
        for &(s, e, what) in &doc.hidden {
            let c = Candidate::from_pattern(self.pack.pattern(what.detector()), s, e);
            if !self.keep(&doc.text, &c) {
                continue;
            }
            report.findings.push(finding(&doc.text, c, Context::Hidden));
        }
        report
            .findings
            .sort_by(|a, b| (a.start, a.end, &a.rule).cmp(&(b.start, b.end, &b.rule)));
        Ok(DocxScan {
            text: doc.text,
            report,
        })
    }

    fn is_name_word(&self, w: &str) -> bool {
        self.names.first.contains(w) || self.names.surnames.contains(w)
    }

    #[inline(never)]
    fn scan_emails(&self, text: &str, found: &mut Vec<Candidate>) {
        // Each address with where its local part ends: at its "@", or at the marker of
        // one written to dodge harvesters.
        let addresses = self
            .shared
            .email
            .find(text)
            .map(|(s, e)| (s, e, s + text[s..e].find('@').unwrap_or(e - s)))
            .chain(crate::detect::email::find_obfuscated(text));
        for (s, e, local_end) in addresses {
            let address = &text[s..e];
            let local = &text[s..local_end];
            let lower = address.to_lowercase();
            let configured_role = !self.role_mailboxes.is_empty()
                && (self.role_mailboxes.contains(&lower)
                    || self.role_mailboxes.contains(&local.to_lowercase()));
            let class = if configured_role || self.team_display_name(text, s, local) {
                MailboxClass::Role
            } else {
                match self.shared.email.classify(local, |w| self.is_name_word(w)) {
                    // A team's word at a personal mail provider ("consume.noise@gmail.com"):
                    // a person's or a small group's own account, for review.
                    MailboxClass::Role if is_webmail(&lower) => MailboxClass::Unclear,
                    // "or to the team inbox directpayments@…": what the draft calls it,
                    // when the address spells no person.
                    MailboxClass::Unclear
                        if !is_webmail(&lower) && called_a_team_mailbox(text, s) =>
                    {
                        MailboxClass::Role
                    }
                    c => c,
                }
            };
            let detector = match class {
                // "request-1290417-7f3ac2e9@whatdotheyknow.com": the requester's, at
                // the site (its local part looks like a system's).
                _ if is_request_alias(&lower) => "email.request_alias",
                MailboxClass::Role => "email.role",
                MailboxClass::Personal
                    if policy::senior_role_before(text, s, &self.names.board.roles)
                        || policy::senior_role_before(text, s, &self.names.senior.roles) =>
                {
                    "email.executive"
                }
                MailboxClass::Personal => "email.personal",
                MailboxClass::Unclear => "email.unclassified",
            };
            found.push(Candidate::from_pattern(self.pack.pattern(detector), s, e));
        }
        self.team_acronym_mailboxes(text, found);
    }

    /// An address under a team's display name in a mail header or a list ("ANPR Bureau
    /// <anpr.bureau@…>", "To: Neighbourhood Team <neighbourhoods@…>"): the team's, when
    /// no word of its local part is a person's name.
    #[inline(never)]
    fn team_display_name(&self, text: &str, s: usize, local: &str) -> bool {
        const TEAM_WORDS: &[&str] = &[
            "Team",
            "Bureau",
            "Unit",
            "Office",
            "Desk",
            "Service",
            "Services",
            "Department",
            "Centre",
            "Hub",
            "Helpdesk",
            "Mailbox",
            "Inbox",
            "Support",
            "Enquiries",
        ];
        if !text[..s].ends_with('<') {
            return false;
        }
        let head = crate::detect::line_before(text, s - 1, 80);
        let head = head.strip_suffix(' ').unwrap_or(head);
        // The display name: back to the field's label, a separator or the line's start.
        let name = head
            .rsplit(['\n', ':', ';', ',', '\t', '|', '"'])
            .next()
            .unwrap_or("")
            .trim();
        let words: Vec<&str> = name.split(' ').collect();
        (2..=5).contains(&words.len())
            && words.last().is_some_and(|w| TEAM_WORDS.contains(w))
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_ascii_uppercase()) || *w == "and" || *w == "of"
            })
            && !self.is_name_word(&words[0].to_ascii_lowercase())
            && !local
                .split(|c: char| !c.is_ascii_alphabetic())
                .map(str::to_ascii_lowercase)
                .any(|t| {
                    // (Nor an initial and a surname: "jsmith".)
                    t.len() > 1 && self.is_name_word(&t)
                        || t.len() >= 5 && self.names.surnames.contains(&t[1..])
                })
    }

    /// An unclear address whose local part is a team's initials, spelt out in the draft
    /// as a name is, capitalised ("fiu@" beside "Fire Investigation Unit", "swooh@"
    /// beside "Social Work Out of Hours"), is the team's: `email.role`. The initials of
    /// every run of three to six words are read in one pass, and only when an address
    /// asks.
    #[inline(never)]
    fn team_acronym_mailboxes(&self, text: &str, found: &mut [Candidate]) {
        // Packs three to six ASCII letters into a number (five bits a letter).
        fn pack(letters: impl Iterator<Item = u8>) -> u64 {
            letters.fold(0, |acc, c| {
                acc << 5 | u64::from(c.to_ascii_lowercase() - b'a' + 1)
            })
        }
        let tokens = |c: &Candidate| {
            let local = text[c.start..c.end].split('@').next().unwrap_or("");
            local
                .split(|ch: char| !ch.is_ascii_alphabetic())
                .filter(|t| !t.is_empty())
                .map(str::to_ascii_lowercase)
                .collect::<Vec<_>>()
        };
        let acronym = |t: &str| (3..=6).contains(&t.len());
        let mut wanted = HashSet::new();
        for c in found.iter().filter(|c| c.rule == "email.unclassified") {
            for t in tokens(c) {
                if acronym(&t) && !self.shared.email.is_role_token(&t) {
                    wanted.insert(pack(t.bytes()));
                }
            }
        }
        if wanted.is_empty() {
            return;
        }
        // The initials of the words of each run (words with only a space between).
        let mut spelt = HashSet::new();
        // (Each word's start and end, with its initial: a run that opens with a first
        // name is a person's name, "jmb@" beside "John Michael Brown".)
        let mut initials: Vec<u8> = Vec::new();
        let mut words: Vec<(usize, usize)> = Vec::new();
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i].is_ascii_alphabetic() {
                let start = i;
                // (A hyphenated word is one word: "Thien-Thi Nguyen" spells no "ttn".)
                while i < b.len()
                    && (b[i].is_ascii_alphabetic()
                        || b[i] == b'-' && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic))
                {
                    i += 1;
                }
                if start > 0 && (b[start - 1].is_ascii_alphanumeric() || b[start - 1] >= 0x80) {
                    continue;
                }
                initials.push(b[start]);
                words.push((start, i));
                if initials.len() > 6 {
                    initials.remove(0);
                    words.remove(0);
                }
                for n in 3..=initials.len() {
                    let key = pack(initials[initials.len() - n..].iter().copied());
                    if wanted.contains(&key) {
                        // A name's words, capitalised ("Fire Investigation Unit",
                        // "Social Work Out of Hours"): not a changelog's "the tarball
                        // name".
                        let run = &words[words.len() - n..];
                        let (ws, we) = run[0];
                        let named = b[ws].is_ascii_uppercase()
                            && run.iter().all(|&(a, z)| {
                                b[a].is_ascii_uppercase()
                                    || matches!(
                                        &text[a..z],
                                        "of" | "and" | "for" | "the" | "in" | "on"
                                    )
                            });
                        if named
                            && !self
                                .names
                                .first
                                .contains(&text[ws..we].to_ascii_lowercase())
                        {
                            spelt.insert(key);
                        }
                    }
                }
                if b.get(i) != Some(&b' ') {
                    initials.clear();
                    words.clear();
                }
            } else {
                if b[i] != b' ' {
                    initials.clear();
                    words.clear();
                }
                i += 1;
            }
        }
        if spelt.is_empty() {
            return;
        }
        let role = self.pack.pattern("email.role");
        for c in found.iter_mut().filter(|c| c.rule == "email.unclassified") {
            let ts = tokens(c);
            let by_initials = ts
                .iter()
                .any(|t| acronym(t) && spelt.contains(&pack(t.bytes())));
            if by_initials
                && ts.iter().all(|t| {
                    self.shared.email.is_role_token(t)
                        || acronym(t) && spelt.contains(&pack(t.bytes()))
                })
            {
                *c = Candidate::from_pattern(role, c.start, c.end);
            }
        }
    }

    #[inline(never)]
    fn scan_phones(&self, text: &str, doc: &Document, cues: &CueHits, found: &mut Vec<Candidate>) {
        let phones = phone::find(text, cues.of(crate::detect::cues::Cue::Extension));
        let mut org = policy::org_numbers(text, doc, &phones);
        org.extend(self.national_numbers.iter().cloned());
        let p = policy::PhonePolicy {
            pack: self.pack,
            public_numbers: &self.public_numbers,
        };
        // Addresses found so far (sorted, non-overlapping), then the numbers taken here,
        // which come in order: a number starting inside either is not a number.
        let addresses = names::SpanSet::new(found.iter().map(|c| (c.start, c.end)).collect());
        let mut reach = 0;
        for m in &phones {
            // Inside an email address or a longer token, a digit run is not a phone number;
            // nor is one introduced as an invoice, order or reference number.
            if addresses.overlaps(m.start, m.start + 1)
                || m.start < reach
                || is_reference_number(text, m.start)
            {
                continue;
            }
            let c = p.classify(text, doc, m, &org);
            reach = reach.max(c.end);
            found.push(c);
        }
    }

    /// Names, with the seniority the draft gives each; then an address that spells a
    /// senior person's name is theirs ("email.executive").
    #[inline(never)]
    fn scan_names(&self, text: &str, doc: &Document, cues: &CueHits, found: &mut Vec<Candidate>) {
        // (Not names a table's column marked: the name pass judges them too, so that
        // their later mentions are found, "OKAFOR, Chidi" … "Note from Chidi:".)
        let skip = names::SpanSet::new(
            found
                .iter()
                .filter(|c| c.kind != Kind::Phone && c.kind != Kind::PersonName)
                .map(|c| (c.start, c.end))
                .collect(),
        );
        let locals: Vec<String> = found
            .iter()
            .filter(|c| c.kind == Kind::Email)
            .map(|c| names::fold(text[c.start..c.end].split('@').next().unwrap_or("")))
            .collect();
        let hits = names::find(
            text,
            doc,
            &self.names,
            &names::EmailIndex::new(&locals).with_roles(
                found
                    .iter()
                    .filter(|c| c.kind == Kind::Email && c.rule == "email.role")
                    .map(|c| c.start)
                    .collect(),
            ),
            &skip,
            cues,
        );
        let hits: Vec<_> = hits
            .into_iter()
            .filter(|h| !(h.unsure && names::facility_after(text, h.end)))
            .collect();
        // The surnames of senior people named in full (one set, so that each address
        // is checked in one look-up per part, however many people the draft names).
        let senior: std::collections::HashSet<String> = hits
            .iter()
            .filter(|h| h.tier != Tier::Private)
            .map(|h| text[h.start..h.end].split(' ').map(names::fold).collect())
            .filter(|t: &Vec<String>| t.len() >= 2)
            .filter_map(|t| t.last().cloned())
            .collect();
        let executive = self.pack.pattern("email.executive");
        for c in found
            .iter_mut()
            .filter(|c| c.kind == Kind::Email && c.rule == "email.personal")
        {
            let local = names::fold(text[c.start..c.end].split('@').next().unwrap_or(""));
            let parts: Vec<&str> = local
                .split(|ch: char| !is_letter(ch))
                .filter(|p| !p.is_empty())
                .collect();
            if parts.iter().any(|p| senior.contains(*p)) {
                *c = Candidate::from_pattern(executive, c.start, c.end);
            }
        }
        // A record's reference given with the person it is about: "Mr Liu Jianguo
        // (CMP-2024-0392)", "request CCTV-SAR-2024-07 from Mr Jamal Haddad".
        let case = self.pack.pattern("id.case");
        let beside: Vec<(usize, usize)> = hits
            .iter()
            .flat_map(|h| references_beside(text, h.start, h.end))
            .collect();
        if !beside.is_empty() {
            // The findings' spans in order, with the furthest end so far: whether a span
            // overlaps one is a binary search, not a walk over every finding for each
            // reference (which grew with the square of a long draft).
            let mut spans: Vec<(usize, usize)> = found.iter().map(|c| (c.start, c.end)).collect();
            spans.sort_unstable();
            let furthest: Vec<usize> = spans
                .iter()
                .scan(0, |m, s| {
                    *m = (*m).max(s.1);
                    Some(*m)
                })
                .collect();
            let overlaps = |rs: usize, re: usize| {
                let k = spans.partition_point(|s| s.0 < re);
                k > 0 && furthest[k - 1] > rs
            };
            let review = left_for_review(
                found,
                &[
                    "id.case_reference_review",
                    "id.application_reference_review",
                    "id.reference_review",
                ],
            );
            let mut refs: Vec<Candidate> = Vec::new();
            let mut starts: HashSet<usize> = HashSet::new();
            for (rs, re) in beside {
                // A reference left for review because its sentence named no one is the
                // person's beside their name.
                if let Some(&i) = review.get(&(rs, re)) {
                    found[i] = Candidate::from_pattern(case, rs, re);
                    continue;
                }
                if !overlaps(rs, re) && starts.insert(rs) {
                    refs.push(Candidate::from_pattern(case, rs, re));
                }
            }
            found.extend(refs);
        }
        for h in hits {
            let mut c =
                Candidate::from_pattern(self.pack.pattern(name_detector(h.tier)), h.start, h.end);
            let (severity, reason) = self.shared.name_reason(h.tier, h.cue, h.unsure);
            c.severity = severity;
            c.reason = Cow::Borrowed(reason);
            found.push(c);
        }
    }

    /// A plain "Yes" under a question that names a product confirms it. `found` is
    /// sorted by start: each look-up is a binary search, not a walk over every finding.
    #[inline(never)]
    fn add_confirmations(&self, text: &str, doc: &Document, found: &mut Vec<Candidate>) {
        let mut extra = Vec::new();
        for (yes, (qs, qe)) in policy::confirmation_at(text, doc) {
            let from = found.partition_point(|c| c.start < qs);
            let product = found[from..]
                .iter()
                .take_while(|c| c.start <= qe)
                .find(|c| {
                    c.end <= qe
                        && c.kind.family() == Family::Cyber
                        && c.rule != "cyber.confirmation"
                });
            if let Some(p) = product {
                let at = found.partition_point(|c| c.start < yes);
                if found.get(at).is_some_and(|c| c.start == yes)
                    || extra.last().is_some_and(|c: &Candidate| c.start == yes)
                {
                    continue;
                }
                extra.push(policy::confirmation(
                    self.pack,
                    yes,
                    p.kind,
                    &text[p.start..p.end],
                ));
            }
        }
        found.extend(extra);
    }

    /// Config: allow list, kinds switched off, lowest severity.
    #[inline(never)]
    fn keep(&self, text: &str, c: &Candidate) -> bool {
        if c.severity < self.config.min_severity || self.config.disabled_kinds.contains(&c.kind) {
            return false;
        }
        if !self.allow.is_empty() {
            let t = text[c.start..c.end].to_lowercase();
            if self.allow.contains(&t) {
                return false;
            }
        }
        true
    }
}

impl Scanner {
    /// A number in brackets right after a person found, alone there: their staff,
    /// collar or employee number ("Morag NicLeòid (FC 2241)", "NGUYEN Thi Lan (E6120)",
    /// "PC Jones (4471)"), or after a comma inside the name's own brackets ("(PCSO
    /// Niamh O'Brien, 7712)"). One to four capitals and a space perhaps, then three to
    /// eight digits; not a year ("(2019)") nor a date.
    #[inline(never)]
    fn add_numbers_after_names(&self, text: &str, found: &mut Vec<Candidate>) {
        let b = text.as_bytes();
        let mut numbers: Vec<(usize, usize)> = Vec::new();
        for c in found.iter() {
            if c.kind != Kind::PersonName || c.severity < Severity::Review {
                continue;
            }
            // (Or inside the name's own brackets, after a comma: "(PCSO Niamh O'Brien,
            // 7712)".)
            let opened = || {
                let before = crate::detect::line_before(text, c.start, 24);
                before
                    .rfind('(')
                    .is_some_and(|k| !before[k..].contains(')'))
            };
            let Some(r) = text[c.end..]
                .strip_prefix(" (")
                .or_else(|| text[c.end..].strip_prefix(", ").filter(|_| opened()))
            else {
                continue;
            };
            let s = b.len() - r.len();
            let rb = r.as_bytes();
            let letters = rb
                .iter()
                .take(5)
                .take_while(|x| x.is_ascii_uppercase())
                .count();
            let gap = usize::from(letters > 0 && rb.get(letters) == Some(&b' '));
            let digits = rb[letters + gap..]
                .iter()
                .take(9)
                .take_while(|x| x.is_ascii_digit())
                .count();
            let e = s + letters + gap + digits;
            let year = letters == 0 && digits == 4 && matches!(&r[..2], "19" | "20");
            // (Not a count heading a list: "Jakub Narębski (138):".)
            if letters <= 4
                && (3..=8).contains(&digits)
                && b.get(e) == Some(&b')')
                && b.get(e + 1) != Some(&b':')
                && !year
            {
                numbers.push((s, e));
            }
        }
        let rule = self.pack.pattern("id.beside_name");
        push_untaken(
            found,
            numbers.into_iter().map(|(s, e)| (s, e, rule)).collect(),
        );
    }

    /// Numbers in a list beside people's names ("  NWOSU, Chidi      FF    052214"): a
    /// line that opens with a person found, its cells parted by a tab, a bar or two
    /// spaces or more, and a cell of five to eight digits (perhaps after one or two
    /// capitals: "E104872"). Two such lines at least: a list, not a line of prose.
    #[inline(never)]
    fn add_numbers_beside_names(&self, text: &str, found: &mut Vec<Candidate>) {
        let b = text.as_bytes();
        let mut numbers: Vec<(usize, usize)> = Vec::new();
        let mut rows = 0;
        let mut last_line = usize::MAX;
        for c in found.iter() {
            if c.kind != Kind::PersonName || c.severity < Severity::Review {
                continue;
            }
            // The line's start, if only spaces and a list's marks stand before the name
            // (walked back over those only: a long line of names stays linear).
            let mut line = c.start;
            while line > 0 && matches!(b[line - 1], b' ' | b'\t' | b'|' | b'*' | b'-') {
                line -= 1;
            }
            if line > 0 && b[line - 1] != b'\n'
                || line == last_line
                || !text[c.end..].starts_with(['\t', '|']) && !text[c.end..].starts_with("  ")
            {
                continue;
            }
            // (A row's cells within its first 200 bytes after the name.)
            let mut end = memchr::memchr(b'\n', &b[c.end..b.len().min(c.end + 200)])
                .map_or(b.len().min(c.end + 200), |k| c.end + k);
            // (Cut on a character's boundary: the 200th byte may fall inside one.)
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let mut row = false;
            // The cells after the name: runs between tabs, bars and two spaces or more.
            let mut k = c.end;
            while k < end {
                let sep = |i: usize| {
                    matches!(b[i], b'\t' | b'|') || b[i] == b' ' && b.get(i + 1) == Some(&b' ')
                };
                while k < end && (sep(k) || b[k] == b' ') {
                    k += 1;
                }
                let s = k;
                while k < end && !sep(k) {
                    k += 1;
                }
                let t = text[s..k].trim_end();
                // (Or the cell's last word, after a grade's: "FF(C) 41907".)
                let (s, t) = match t.rfind(' ') {
                    Some(i) if t[..i].split(' ').count() <= 2 => (s + i + 1, &t[i + 1..]),
                    _ => (s, t),
                };
                let letters = t.bytes().take_while(u8::is_ascii_uppercase).count();
                let digits = t.len() - letters;
                if letters <= 2
                    && (5..=8).contains(&digits)
                    && t.bytes().skip(letters).all(|x| x.is_ascii_digit())
                {
                    numbers.push((s, s + t.len()));
                    row = true;
                }
            }
            if row {
                rows += 1;
                last_line = line;
            }
        }
        if rows < 2 {
            return;
        }
        let rule = self.pack.pattern("id.beside_name");
        push_untaken(
            found,
            numbers.into_iter().map(|(s, e)| (s, e, rule)).collect(),
        );
    }
}

/// Pushes each of a pass's `spans`, with its rule, that overlaps no finding there before
/// and none of `spans` pushed before it: a search of sorted spans each, not a walk over
/// every finding (which grew with the square of a long paste).
fn push_untaken(found: &mut Vec<Candidate>, spans: Vec<(usize, usize, &'static PatternRule)>) {
    let extra = spans
        .into_iter()
        .map(|(s, e, rule)| Candidate::from_pattern(rule, s, e))
        .collect();
    push_untaken_candidates(found, extra);
}

/// `extra`, each where no finding stands and none of `extra` before it.
fn push_untaken_candidates(found: &mut Vec<Candidate>, mut extra: Vec<Candidate>) {
    if extra.is_empty() {
        return;
    }
    extra.sort_unstable_by_key(|c| (c.start, c.end));
    let taken = names::SpanSet::new(found.iter().map(|c| (c.start, c.end)).collect());
    // ("Recording CR-2023-88213, NHS no. …": a record's reference left for review.)
    let review = left_for_review(found, &["id.reference_review"]);
    let mut furthest = 0;
    for c in extra {
        if c.kind == Kind::OtherIdentifier && c.severity == Severity::High {
            if let Some(&i) = review.get(&(c.start, c.end)) {
                found[i] = c;
                continue;
            }
        }
        if c.start < furthest || taken.overlaps(c.start, c.end) {
            continue;
        }
        furthest = c.end;
        found.push(c);
    }
}

/// The length of the identifier of capitals then digits at the start of `t` ("WC21983"):
/// its letters and its digits, if a word of its own.
fn letters_digits(t: &[u8]) -> Option<(usize, usize)> {
    let letters = t
        .iter()
        .take(5)
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    let digits = t[letters..]
        .iter()
        .take(11)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let e = letters + digits;
    ((1..=4).contains(&letters)
        && (4..=10).contains(&digits)
        && !t
            .get(e)
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'/')))
    .then_some((letters, digits))
}

/// Identifiers listed after one the draft flags, of the same shape (the same capitals,
/// as many digits), further along the same sentence: "staff no. WC20417 (Ellis
/// Marwood, paramedic) and WC21983 (Georgina Tallis)". Each is the first's kind and
/// rule. Looked for in the 200 bytes after each.
fn add_listed_identifiers(text: &str, found: &mut Vec<Candidate>) {
    let b = text.as_bytes();
    let mut extra: Vec<Candidate> = Vec::new();
    for c in found.iter() {
        if c.kind != Kind::OtherIdentifier || c.severity < Severity::Review {
            continue;
        }
        let Some((letters, digits)) = letters_digits(&b[c.start..]) else {
            continue;
        };
        if c.end - c.start != letters + digits
            || c.start > 0 && b[c.start - 1].is_ascii_alphanumeric()
        {
            continue;
        }
        let prefix = &b[c.start..c.start + letters];
        let after = crate::detect::line_after(text, c.end, 200);
        let after = after.split(". ").next().unwrap_or(after);
        for k in memchr::memmem::find_iter(after.as_bytes(), prefix) {
            let at = c.end + k;
            if b[at - 1].is_ascii_alphanumeric() {
                continue;
            }
            if letters_digits(&b[at..]) == Some((letters, digits)) {
                let mut sibling = c.clone();
                sibling.start = at;
                sibling.end = at + letters + digits;
                extra.push(sibling);
            }
        }
    }
    push_untaken_candidates(found, extra);
}

/// An identifier flagged in one place is flagged wherever else the draft gives it: a
/// number redacted in a table but left in a note names the same person ("| X384117 |"
/// … "Note: X384117 is Jordan Pike"). One automaton pass over the draft for all of
/// them, so the cost stays linear however many there are.
#[inline(never)]
fn add_repeated_identifiers(text: &str, found: &mut Vec<Candidate>) {
    let mut ids: Vec<(&str, usize)> = found
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            let t = &text[c.start..c.end];
            c.kind == Kind::OtherIdentifier
                && c.severity >= Severity::Review
                && c.end - c.start >= 5
                && t.bytes().any(|b| b.is_ascii_digit())
                // (And a device's model as one code, "MR46" from a table's column, in
                // prose: "the Hollinsdale MR46s are end-of-life".)
                // (Not a model code found by its shape alone: one doubtful find would
                // be repeated.)
                || c.kind == Kind::DeviceMakeModel
                    && c.rule != "device.model_code"
                    && c.severity >= Severity::Review
                    && c.end - c.start >= 4
                    && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                    && t.bytes().any(|b| b.is_ascii_digit())
                    && t.bytes().any(|b| b.is_ascii_uppercase())
        })
        .map(|(i, c)| (&text[c.start..c.end], i))
        .collect();
    if ids.is_empty() {
        return;
    }
    // One candidate per text: the most severe.
    ids.sort_by(|a, b| {
        a.0.cmp(b.0)
            .then(found[b.1].severity.cmp(&found[a.1].severity))
    });
    ids.dedup_by(|a, b| a.0 == b.0);
    let Ok(automaton) = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(ids.iter().map(|(t, _)| t))
    else {
        return;
    };
    // Most matches are the identifiers' own spans; the spans of every finding are set
    // up only for a match elsewhere.
    let own: HashSet<(usize, usize)> = found
        .iter()
        .filter(|c| matches!(c.kind, Kind::OtherIdentifier | Kind::DeviceMakeModel))
        .map(|c| (c.start, c.end))
        .collect();
    let mut taken: Option<names::SpanSet> = None;
    let mut extra = Vec::new();
    for m in automaton.find_iter(text) {
        let (s, e) = (m.start(), m.end());
        // On the identifier's own boundaries: not inside a longer code.
        let glued = |b: Option<&u8>| {
            b.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'/')
        };
        let model = found[ids[m.pattern().as_usize()].1].kind == Kind::DeviceMakeModel;
        // (A model's plural too: "MR46s".)
        let e =
            if model && text.as_bytes().get(e) == Some(&b's') && !glued(text.as_bytes().get(e + 1))
            {
                e + 1
            } else {
                e
            };
        if glued(s.checked_sub(1).and_then(|k| text.as_bytes().get(k)))
            || glued(text.as_bytes().get(e))
        {
            continue;
        }
        if own.contains(&(s, e))
            || taken
                .get_or_insert_with(|| {
                    names::SpanSet::new(found.iter().map(|c| (c.start, c.end)).collect())
                })
                .overlaps(s, e)
        {
            continue;
        }
        extra.push(found_again(
            &found[ids[m.pattern().as_usize()].1],
            (s, e),
            "The draft gives it elsewhere too, where it was recognised.",
        ));
    }
    found.extend(extra);
}

/// The finding `c` again at `span`, its reason saying why (`why`).
/// A reference of a series the draft has already tied to a person ("case
/// EH/NOI/23/05532"), given elsewhere without its cue ("… asking about is
/// EH/NOI/23/04127 – Mrs …"): the same system's record, as the found one. The series is
/// the reference up to its last "/" or "-", with three parts or more before it and a
/// part of letters among them; the number after it has as many digits.
#[inline(never)]
fn add_reference_siblings(text: &str, found: &mut Vec<Candidate>) {
    let mut series: Vec<(&str, usize, usize)> = Vec::new();
    for (i, c) in found.iter().enumerate() {
        if c.kind != Kind::OtherIdentifier || c.severity < Severity::Review {
            continue;
        }
        let t = &text[c.start..c.end];
        let Some(k) = t.rfind(['/', '-']) else {
            continue;
        };
        let (prefix, number) = (&t[..=k], &t[k + 1..]);
        let parts: Vec<&str> = prefix[..k].split(['/', '-']).collect();
        // (Three parts: a shorter prefix, "RJ-2310-", numbers a depot's jobs and a
        // tenant's alike.)
        if parts.len() >= 3
            && parts
                .iter()
                .any(|p| p.len() >= 2 && p.bytes().all(|b| b.is_ascii_uppercase()))
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric()))
            && (3..=8).contains(&number.len())
            && number.bytes().all(|b| b.is_ascii_digit())
            && !series.iter().any(|s| s.0 == prefix)
        {
            series.push((prefix, number.len(), i));
            // (A few series: one search of the draft each.)
            if series.len() >= 8 {
                break;
            }
        }
    }
    if series.is_empty() {
        return;
    }
    let b = text.as_bytes();
    let taken = names::SpanSet::new(found.iter().map(|c| (c.start, c.end)).collect());
    let review = left_for_review(found, &["id.reference_review"]);
    let mut again = Vec::new();
    let mut extra = Vec::new();
    for &(prefix, digits, i) in &series {
        for at in memchr::memmem::find_iter(b, prefix.as_bytes()) {
            let s = at;
            let e = at + prefix.len() + digits;
            let glued = |c: Option<&u8>| {
                c.is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b'/')
            };
            if e > b.len()
                || !b[at + prefix.len()..e].iter().all(u8::is_ascii_digit)
                || glued(s.checked_sub(1).and_then(|k| b.get(k)))
                || glued(b.get(e))
                // (Not the letter's own reference: "Our ref: FOI/2024/0562".)
                || crate::detect::line_before(text, s, 24)
                    .to_ascii_lowercase()
                    .contains("ref")
            {
                continue;
            }
            let c = found_again(
                &found[i],
                (s, e),
                "Another reference of the same series is given in the draft as a person's.",
            );
            match review.get(&(s, e)) {
                Some(&k) if k != i && c.severity == Severity::High => again.push((k, c)),
                _ if taken.overlaps(s, e) => {}
                _ => extra.push(c),
            }
        }
    }
    for (k, c) in again {
        found[k] = c;
    }
    found.extend(extra);
}

/// Where each reference left for review by one of `rules` stands in `found` (the first
/// at a span), by its span: a later step that finds it a person's takes its place.
fn left_for_review(found: &[Candidate], rules: &[&str]) -> HashMap<(usize, usize), usize> {
    let mut review = HashMap::new();
    for (i, c) in found.iter().enumerate() {
        if rules.contains(&c.rule.as_ref()) {
            review.entry((c.start, c.end)).or_insert(i);
        }
    }
    review
}

fn found_again(c: &Candidate, (start, end): (usize, usize), why: &str) -> Candidate {
    Candidate {
        start,
        end,
        reason: Cow::Owned(format!("{} {why}", c.reason)),
        ..c.clone()
    }
}

/// A supplier found by its full name ("Vigilant Security Systems Ltd") is often named
/// again by its first word alone ("pasted from Vigilant service report"): that word,
/// capitalised as written, mid-sentence and not before another capitalised word, is
/// the same supplier. Not a word that many firms' names start with ("Northern",
/// "Secure", "National").
#[inline(never)]
fn add_supplier_short_names(text: &str, found: &mut Vec<Candidate>) {
    const GENERIC: &[&str] = &[
        "North",
        "South",
        "East",
        "West",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Central",
        "National",
        "British",
        "United",
        "General",
        "Global",
        "International",
        "Advanced",
        "Secure",
        "Smart",
        "Total",
        "First",
        "Premier",
        "Modern",
        "Digital",
        "Data",
        "Network",
        "Networks",
        "Integrated",
        "Business",
        "Complete",
        "Managed",
        "Professional",
        "Public",
        "City",
        "County",
        "Council",
        "Royal",
        "New",
        "Open",
        "Direct",
        "Express",
        "Prime",
        "Solutions",
        "Systems",
        "Security",
        "Technology",
        "Cloud",
        "Cyber",
        "Local",
        "Regional",
        "Metro",
        "Civic",
        "Capital",
        "Trust",
        "Group",
        "Service",
        "Services",
        "The",
        "Wales",
        "Welsh",
        "Scottish",
        "English",
        "Irish",
        "London",
        "Great",
        "Copyright",
    ];
    // (A word the draft also writes in lowercase is a word: "the staff were vigilant".)
    let written_lowercase = |w: &str| {
        let lower = w.to_ascii_lowercase();
        memchr::memmem::find_iter(text.as_bytes(), lower.as_bytes()).any(|k| {
            let e = k + lower.len();
            // (As a word of prose, not part of an address: "tom@hargreaves-lunt.co.uk".)
            let joined =
                |c: &u8| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'@' | b'_');
            (k == 0 || !joined(&text.as_bytes()[k - 1]))
                && !text.as_bytes().get(e).is_some_and(joined)
        })
    };
    let mut names: Vec<(&str, usize)> = Vec::new();
    // (Each word is read through the draft once, and 64 words at most: a search of the
    // whole draft for each of thousands of firms grew with the square of its length.)
    let mut tried: Vec<&str> = Vec::new();
    for (i, c) in found.iter().enumerate() {
        if c.rule != "supplier.company" {
            continue;
        }
        let first = text[c.start..c.end].split(' ').next().unwrap_or("");
        if first.len() >= 4
            && first.len() < c.end - c.start
            && first.bytes().all(|b| b.is_ascii_alphabetic())
            && first.as_bytes()[0].is_ascii_uppercase()
            && first.bytes().skip(1).any(|b| b.is_ascii_lowercase())
            && !GENERIC.contains(&first)
            && !tried.contains(&first)
        {
            tried.push(first);
            if !written_lowercase(first) {
                names.push((first, i));
            }
        }
        if names.len() >= 16 || tried.len() >= 64 {
            break;
        }
    }
    let b = text.as_bytes();
    let mut extra = Vec::new();
    let taken = names::SpanSet::new(found.iter().map(|c| (c.start, c.end)).collect());
    for (name, i) in names {
        for at in memchr::memmem::find_iter(b, name) {
            let end = at + name.len();
            let rest = &text[end..];
            let before = text[..at].trim_end_matches([' ', '(', '“', '"']);
            if at > 0 && b[at - 1].is_ascii_alphanumeric()
                || b.get(end).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-')
                // (Mid-sentence only: a capitalised word opening one says nothing.)
                || before.is_empty()
                || before.ends_with(['.', '!', '?', '\n', ':', '–'])
                || rest.strip_prefix(' ').is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
                || taken.overlaps(at, end)
            {
                continue;
            }
            extra.push(found_again(
                &found[i],
                (at, end),
                "The draft names the firm in full elsewhere; this is its short name.",
            ));
        }
    }
    found.extend(extra);
}

impl Scanner {
    /// What a make or a supplier found names in brackets right after it: a model after
    /// "model" ("Flowbird pay-and-display machines (model Strada Evolution)"), which has
    /// no digits for the model pass to see; or, after a supplier, its product ("Saltire
    /// Mobilising Systems Ltd (SMS Vantage)"), for review. Capitalised words, four at
    /// most, closed by the bracket.
    #[inline(never)]
    fn add_names_in_brackets_after_makes(&self, text: &str, found: &mut Vec<Candidate>) {
        const NOT_PRODUCT: &[&str] = &[
            "UK",
            "Ltd",
            "Limited",
            "plc",
            "PLC",
            "LLP",
            "Inc",
            "Group",
            "Holdings",
            "Scotland",
            "Wales",
            "England",
            "Ireland",
            "Europe",
            "International",
            "The",
            "Formerly",
            "Now",
            "Part",
            "Trading",
            "Supplier",
            "Contractor",
            "Provider",
            "Council",
        ];
        let (model_rule, system_rule) = (
            self.pack.pattern("device.model_named"),
            self.pack.pattern("supplier.named_system"),
        );
        let mut extra: Vec<(usize, usize, &'static PatternRule)> = Vec::new();
        for c in found.iter() {
            let device = c.kind == Kind::DeviceMakeModel;
            if !(device || c.kind == Kind::ItSupplier) || c.severity < Severity::Review {
                continue;
            }
            // Within the clause: the make's words, then at most four more before "(".
            let after = crate::detect::line_after(text, c.end, 64);
            let Some(open) = after.find('(') else {
                continue;
            };
            let lead = &after[..open];
            if lead.contains([',', '.', ';', ')']) || lead.split_whitespace().count() > 4 {
                continue;
            }
            let inner_from = c.end + open + 1;
            // (A search of the bytes: the 48th may fall inside a character.)
            let window = &text.as_bytes()[inner_from..text.len().min(inner_from + 48)];
            let Some(close) = memchr::memchr(b')', window) else {
                continue;
            };
            let inner = &text[inner_from..inner_from + close];
            let (model, from) = match inner
                .strip_prefix("model ")
                .or_else(|| inner.strip_prefix("Model "))
                .or_else(|| inner.strip_prefix("model: "))
            {
                Some(rest) => (true, inner_from + inner.len() - rest.len()),
                None => (false, inner_from),
            };
            let name = &text[from..inner_from + close];
            let words: Vec<&str> = name.split(' ').collect();
            let named = (1..=4).contains(&words.len())
                && words.iter().all(|w| {
                    w.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
                        && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                        && !NOT_PRODUCT.contains(w)
                })
                // (A product after a firm has two words at least: "(UK)", "(ABC)" are
                // the firm's own.)
                && (model || words.len() >= 2);
            if named && (model || !device) {
                let rule = if model { model_rule } else { system_rule };
                extra.push((from, from + name.len(), rule));
            }
        }
        push_untaken(found, extra);
    }

    /// A reference just before a person's NHS number or date of birth names the same
    /// person ("one participant on it – TCH-ONC-0417, NHS no. 628 194 8211, DOB …"):
    /// the record's, high. The reference is the clause before the label, one token.
    #[inline(never)]
    fn add_references_before_records(&self, text: &str, found: &mut Vec<Candidate>) {
        let rule = self.pack.pattern("id.case");
        let mut proposed: Vec<(usize, usize, &'static PatternRule)> = Vec::new();
        for c in found
            .iter()
            .filter(|c| matches!(c.kind, Kind::NhsNumber | Kind::DateOfBirth))
        {
            let before = crate::detect::line_before(text, c.start, 80);
            // A record's block: "Ref: SW-23-04412" on a line of its own just above.
            if let Some((ts, te)) = reference_line_above(text, c.start) {
                proposed.push((ts, te, rule));
                continue;
            }
            // The label's clause ("NHS no. ", "DOB "), then the clause before it.
            let Some(k) = before.rfind([',', ';', '(', '–']) else {
                continue;
            };
            let head = before[..k].trim_end();
            // The reference may stand before the person's name too ("Visit
            // HFSV-23-08817: Carmichael-Noone, Edith, DOB …", "CUS/PS/23/004417 –
            // LEIGHTON-FARR, Jordan – DOB …"): up to six tokens back, within the sentence.
            let mut end = head.len();
            for _ in 0..6 {
                let t = head[..end].trim_end_matches([' ', '\t', ',', ';', ':', '–', '(']);
                if t.is_empty() || t.ends_with(['.', '?', '!']) {
                    break;
                }
                let token_start = t.rfind([' ', '\t', '(', ',']).map_or(0, |i| i + 1);
                let token = &t[token_start..];
                // ("O'Driscoll-Hart – ID 230917, DOB …": a number after an ID's label.)
                let labelled_number = (5..=10).contains(&token.len())
                    && token.bytes().all(|b| b.is_ascii_digit())
                    && t[..token_start]
                        .trim_end()
                        .rsplit([' ', '\t', '(', ','])
                        .next()
                        .is_some_and(|w| {
                            ["id", "no", "no.", "number", "ref", "ref."]
                                .iter()
                                .any(|l| w.eq_ignore_ascii_case(l))
                        });
                if is_multipart_reference(token) || labelled_number {
                    // (Not the request's own number: "FOI-2024-0417 – from Mr …".)
                    let own = ["FOI", "EIR", "foi", "eir"]
                        .iter()
                        .any(|p| token.starts_with(p));
                    if !own {
                        let ts = c.start - before.len() + token_start;
                        proposed.push((ts, ts + token.len(), rule));
                    }
                    break;
                }
                end = token_start;
            }
        }
        // Each reference once, and none over a finding.
        push_untaken(found, proposed);
    }
}

/// The reference of a record's block, on one of the two lines above `at` with no blank
/// line between: "Ref: SW-23-04412" / "Resident: Mr Edward Gallagher, DOB 14/02/1938".
/// Not the letter's own ("Our ref:", "Your ref:", "FOI ref:").
fn reference_line_above(text: &str, at: usize) -> Option<(usize, usize)> {
    // (Its line starts within 1,000 bytes: a record's line is short, and a search back to
    // the start of a long line for each date of birth grew with the square of it.)
    let from = at.saturating_sub(1000);
    let mut end = memchr::memrchr(b'\n', &text.as_bytes()[from..at]).map(|k| from + k)?;
    for _ in 0..2 {
        let start = text[..end].rfind('\n').map_or(0, |k| k + 1);
        let line = &text[start..end];
        let t = line.trim();
        if t.is_empty() {
            return None;
        }
        if let Some((label, value)) = t.split_once(':') {
            let label = label.trim().to_ascii_lowercase();
            let value = value.trim();
            if matches!(
                label.as_str(),
                "ref"
                    | "ref no"
                    | "ref."
                    | "reference"
                    | "case ref"
                    | "case reference"
                    | "case no"
                    | "referral ref"
                    | "referral no"
                    | "record ref"
            ) && is_multipart_reference(value)
            {
                let s = start + line.find(value)?;
                return Some((s, s + value.len()));
            }
        }
        end = start.checked_sub(1)?;
    }
    None
}

/// A record reference in parts, as a case system writes them beside a person's name
/// ("2024/HMO/00417", "CMP-2024-0392"): not a changelog's "VS2015 (Joao Reis)" nor
/// "ISO8859-5 (Mike Fabian)".
fn is_multipart_reference(token: &str) -> bool {
    is_record_reference(token) && (token.contains('/') || token.matches('-').count() >= 2)
}

/// The references next to the name at `s..e`: in brackets just after it ("Mr Liu
/// Jianguo (CMP-2024-0392)"), or just before it with "from", "for" or "of" and perhaps
/// a title between ("request CCTV-SAR-2024-07 from Mr Jamal Haddad").
#[inline(never)]
fn references_beside(text: &str, s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if let Some(rest) = text[e..].strip_prefix(" (") {
        // To the bracket's end, or to the first comma in it ("(ID 20231187, DOB …)").
        // (Looked for in the first 41 bytes: a search to the draft's end for each name
        // grew with the square of a long text without brackets.)
        if let Some(k) = crate::detect::head_of(rest, 41).find([')', ',', ';']) {
            let inside = &rest[..k];
            if k <= 24 && is_record_reference(inside) {
                out.push((e + 2, e + 2 + k));
            } else if let Some((label, token)) = inside.rsplit_once(' ') {
                // "Mr Derek Haines (agreement ALT/CR/022)": a word or two of label first.
                // (With its label, a short number in parts is enough: "ALT/CR/022".)
                let b = token.as_bytes();
                let labelled_ref = record_reference_with(token, 3)
                    && (token.contains('/') || token.contains('-'))
                    && b[b.len() - 1].is_ascii_digit();
                // (Not a pointer elsewhere: "(see ENF/23/0007)".)
                let pointer = matches!(
                    label.split(' ').next(),
                    Some(
                        "see"
                            | "cf"
                            | "cf."
                            | "eg"
                            | "e.g."
                            | "ie"
                            | "i.e."
                            | "as"
                            | "was"
                            | "formerly"
                    )
                );
                // ("Chen Xiaoling (card 21234001234567)": a long number of its own; a
                // short one after a person's own number's word: "(badge 2207)", "(staff
                // no. 40718)".)
                let personal_label = label
                    .rsplit(' ')
                    .find(|w| !matches!(*w, "no." | "no" | "number" | "id" | "ID"))
                    .is_some_and(|w| {
                        matches!(
                            w,
                            "badge"
                                | "staff"
                                | "payroll"
                                | "employee"
                                | "collar"
                                | "warrant"
                                | "shoulder"
                        )
                    });
                let labelled_number = (6..=20).contains(&b.len())
                    && b.iter().all(u8::is_ascii_digit)
                    || personal_label
                        && (3..=10).contains(&b.len())
                        && b.iter().all(u8::is_ascii_digit);
                // ("Mei Ling Chan (PSNI reg T0418)": a register's letters in capitals, then
                // a number of one part with letters.)
                let register = label.split_once(' ').is_some_and(|(org, w)| {
                    (2..=5).contains(&org.len())
                        && org.bytes().all(|c| c.is_ascii_uppercase())
                        && matches!(
                            w,
                            "reg"
                                | "reg."
                                | "registration"
                                | "no."
                                | "number"
                                | "id"
                                | "ID"
                                | "ref"
                        )
                }) && (4..=16).contains(&b.len())
                    && b.iter().all(|c| {
                        c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'-' || *c == b'/'
                    })
                    && b.iter().filter(|c| c.is_ascii_digit()).count() >= 3
                    && b[b.len() - 1].is_ascii_digit();
                // ("ID" is written in capitals: "Ruby Ashworth (ID 20231187, …)".)
                let lowercase_label = label
                    .bytes()
                    .all(|c| c.is_ascii_lowercase() || c == b' ' || c == b'.')
                    || label == "ID";
                if !pointer
                    && label.split(' ').count() <= 2
                    && (lowercase_label
                        && (is_multipart_reference(token) || labelled_ref || labelled_number)
                        || register)
                {
                    let at = e + 2 + label.len() + 1;
                    out.push((at, at + token.len()));
                }
            }
        }
    }
    // "Mr Nowak, licence 2024/HMO/00417,": a label of a word or two, then the reference.
    if let Some(rest) = text[e..].strip_prefix(", ") {
        let mut at = e + 2;
        // "student Daniel Achebe, 22119305, DOB …": a number of its own after the name,
        // closed by a comma or a bracket, is the person's.
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        // (Not a date written as six digits: "Lukyanov, 970825)".)
        let dated = digits == 6 && {
            let d = |i: usize| {
                u32::from(rest.as_bytes()[i] - b'0') * 10 + u32::from(rest.as_bytes()[i + 1] - b'0')
            };
            (1..=12).contains(&d(2)) && ((1..=31).contains(&d(4)) || (1..=31).contains(&d(0)))
        };
        if (6..=12).contains(&digits)
            && !dated
            && matches!(rest.as_bytes().get(digits), Some(b',' | b')'))
            && !rest[digits..].starts_with(",0")
        {
            out.push((e + 2, e + 2 + digits));
        }
        // ("Olamide Bakare, SW no. SW1184.": a system's letters and "no." before a
        // reference of one part.)
        let mut numbered = false;
        for (k, word) in rest.split(' ').take(4).enumerate() {
            let token = word.trim_end_matches([',', '.', ';', ')']);
            let b = token.as_bytes();
            if k > 0
                && (is_multipart_reference(token)
                    || numbered
                        && record_reference_with(token, 3)
                        && b[b.len() - 1].is_ascii_digit())
            {
                out.push((at, at + token.len()));
                break;
            }
            numbered = matches!(word, "no." | "no" | "number" | "ref" | "ref." | "id" | "ID");
            let abbreviation =
                k == 0 && (1..=4).contains(&word.len()) && b.iter().all(u8::is_ascii_uppercase);
            if !abbreviation && !word.bytes().all(|c| c.is_ascii_lowercase() || c == b'.') {
                break;
            }
            at += word.len() + 1;
        }
    }
    // "his PA Grainne Ni Dhomhnaill is WM-PA-0817": the person is given a reference.
    if let Some(rest) = text[e..].strip_prefix(" is ") {
        let token = crate::detect::head_of(rest, 40)
            .split([' ', ',', ';', ')'])
            .next()
            .unwrap_or("")
            .trim_end_matches('.');
        let b = token.as_bytes();
        if is_multipart_reference(token) && b[b.len() - 1].is_ascii_digit() {
            out.push((e + 4, e + 4 + token.len()));
        }
    }
    let before = crate::detect::line_before(text, s, 60);
    let mut words = before.trim_end().rsplit(' ');
    let mut w = words.next().unwrap_or("");
    // "2024/HMO/00417 (Mr Tariq Mahmood)": the reference, then the person in brackets.
    let mut bracketed = w.starts_with('(') || before.ends_with('(');
    if let Some(t) = w.strip_prefix('(') {
        w = t;
    }
    if matches!(w, "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Dr") {
        w = words.next().unwrap_or("");
    }
    // "CHC-24-0193 (patient: Mr Harold Green": a label in the brackets before the name.
    if !bracketed && w.starts_with('(') && w.ends_with(':') && w.len() <= 16 {
        bracketed = true;
        w = "";
    }
    if bracketed {
        let token = if w.is_empty() {
            words.next().unwrap_or("")
        } else {
            w
        };
        // ("Library account 21234001234567 (Mr D Evans)": digits after their label.)
        let labelled_digits = (6..=20).contains(&token.len())
            && token.bytes().all(|c| c.is_ascii_digit())
            && words.clone().next().is_some_and(|l| {
                matches!(
                    l.to_ascii_lowercase().as_str(),
                    "account"
                        | "number"
                        | "no."
                        | "no"
                        | "ref"
                        | "ref."
                        | "reference"
                        | "card"
                        | "claim"
                        | "licence"
                        | "permit"
                        | "case"
                )
            });
        if is_multipart_reference(token) || labelled_digits {
            let head = words.map(|w| w.len() + 1).sum::<usize>();
            let ts = s - before.len() + head;
            if text[ts..].starts_with(token) {
                out.push((ts, ts + token.len()));
            }
        }
        return out;
    }
    // "INC0012345 raised by Sarah Jones", "logged by", "reported by".
    if w == "by" {
        let verb = words.next().unwrap_or("");
        w = if matches!(
            verb,
            "raised" | "logged" | "reported" | "submitted" | "made" | "opened"
        ) {
            "from"
        } else {
            ""
        };
    }
    // "Licence PH/0412/22 was issued to Mr Kowalski": given to the person.
    if w == "to" {
        let verb = words.next().unwrap_or("");
        w = if matches!(
            verb,
            "issued"
                | "granted"
                | "allocated"
                | "awarded"
                | "assigned"
                | "sent"
                | "given"
                | "served"
        ) {
            // ("was", "were" between the reference and the verb.)
            if words
                .clone()
                .next()
                .is_some_and(|a| matches!(a, "was" | "were" | "is" | "been"))
            {
                words.next();
            }
            "from"
        } else {
            ""
        };
    }
    if matches!(w, "from" | "for" | "of") {
        let token = words.next().unwrap_or("");
        // ("Bidding number 20041577 for Mrs Begum": digits alone after their label.)
        let labelled_digits = (6..=12).contains(&token.len())
            && token.bytes().all(|c| c.is_ascii_digit())
            && words.clone().next().is_some_and(|l| {
                matches!(l, "number" | "no." | "no" | "ref" | "ref." | "reference")
            });
        if is_record_reference(token) || labelled_digits {
            let head = words.map(|w| w.len() + 1).sum::<usize>();
            let ts = s - before.len() + head;
            if text[ts..].starts_with(token) {
                out.push((ts, ts + token.len()));
            }
        }
    }
    out
}

/// An address the draft calls a team's: "or to the team inbox directpayments@…", "the
/// shared mailbox: …" (asked only of an address that spells no person).
fn called_a_team_mailbox(text: &str, s: usize) -> bool {
    let before = crate::detect::line_before(text, s, 40)
        .trim_end_matches([' ', ':', ',', '('])
        .to_ascii_lowercase();
    [
        "team",
        "shared",
        "generic",
        "group",
        "department's",
        "team's",
    ]
    .iter()
    .flat_map(|w| [" inbox", " mailbox", " email", " e-mail", " address"].map(|m| (w, m)))
    .any(|(w, m)| {
        before.strip_suffix(m).is_some_and(|b| {
            b.strip_suffix(w)
                .is_some_and(|r| r.is_empty() || r.ends_with(' '))
        })
    })
}

/// A public request site's address for one request ("request-1290417-7f3ac2e9@
/// whatdotheyknow.com"), or another portal's written the same way, a request's number
/// and a code ("request-88231-7f2c9a1e@foi-portal.example"): `address` in lower case.
fn is_request_alias(address: &str) -> bool {
    address.rsplit_once('@').is_some_and(|(local, domain)| {
        let Some(rest) = local.strip_prefix("request-") else {
            return false;
        };
        let numbered = rest.split_once('-').is_some_and(|(n, code)| {
            n.len() >= 3
                && n.bytes().all(|c| c.is_ascii_digit())
                && code.len() >= 6
                && code.bytes().all(|c| c.is_ascii_hexdigit())
        });
        domain == "whatdotheyknow.com" || domain.ends_with(".whatdotheyknow.com") || numbered
    })
}

/// Is `address` (lowercase) at a personal mail provider, where no public body keeps its
/// team mailboxes?
fn is_webmail(address: &str) -> bool {
    const WEBMAIL: &[&str] = &[
        "gmail.com",
        "googlemail.com",
        "hotmail.com",
        "hotmail.co.uk",
        "outlook.com",
        "live.com",
        "live.co.uk",
        "yahoo.com",
        "yahoo.co.uk",
        "icloud.com",
        "me.com",
        "aol.com",
        "btinternet.com",
        "sky.com",
        "virginmedia.com",
        "talktalk.net",
        "ntlworld.com",
        "protonmail.com",
        "proton.me",
        "gmx.com",
        "mail.com",
    ];
    address
        .rsplit_once('@')
        .is_some_and(|(_, domain)| WEBMAIL.contains(&domain))
}

/// Why a text of `len` bytes is refused where at most `max` are taken.
pub(crate) fn too_long(len: usize, max: usize) -> String {
    format!(
        "the text is {} MiB, more than the {} MiB the checker takes at once; split it into parts",
        len.div_ceil(1 << 20),
        max >> 20
    )
}

/// The finding a kept candidate of `text` makes, in `context`.
fn finding(text: &str, c: Candidate, context: Context) -> Finding {
    Finding {
        start: c.start,
        end: c.end,
        text: text[c.start..c.end].to_string(),
        family: c.kind.family(),
        kind: c.kind,
        severity: c.severity,
        exemption: c.exemption,
        rule: c.rule,
        reason: c.reason,
        context,
    }
}

/// Drops detections that sit wholly inside a longer one (an IP inside a URL, a
/// version inside a product span); keeps partial overlaps. A person's reference that a
/// product's span took as its version ("Datix 78112") is kept, and the product's span
/// ends before it.
#[inline(never)]
fn drop_contained(text: &str, mut found: Vec<Candidate>) -> Vec<Candidate> {
    // A Model column's cell gives way to what names it otherwise ("Milestone XProtect
    // Corporate 2023 R3", a product and its version): the column only guesses. (A
    // device found inside the cell, "Acer" of "Acer Spin 512", is the cell's.)
    if found.iter().any(|c| c.rule == "device.table_model") {
        let mut named: Vec<(usize, usize)> = found
            .iter()
            .filter(|c| {
                c.rule != "device.table_model"
                    && c.kind.family() == Family::Cyber
                    && c.kind != Kind::DeviceMakeModel
            })
            .map(|c| (c.start, c.end))
            .collect();
        named.sort_unstable();
        found.retain(|c| {
            c.rule != "device.table_model"
                || !crate::detect::versions::overlaps_taken(&named, c.start, c.end)
        });
    }
    found.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out: Vec<Candidate> = Vec::with_capacity(found.len());
    let mut reach = 0;
    for c in found {
        if !out.is_empty() && c.end <= reach {
            let last = out.len() - 1;
            let container = &mut out[last];
            // A number of ten digits read both as a phone number and as a patient's
            // ("CHI 0306857731", a Scottish patient's number that starts like a 030
            // number) is the patient's: that pass needs a valid check digit or a label.
            if c.kind == Kind::NhsNumber
                && container.kind == Kind::Phone
                && (container.start, container.end) == (c.start, c.end)
                && says_patient_number(crate::detect::line_before(text, c.start, 40))
            {
                *container = c;
                continue;
            }
            if c.kind == Kind::OtherIdentifier
                && container.kind.family() == Family::Cyber
                && container.end == c.end
                && container.start < c.start
            {
                container.end = container.start + text[container.start..c.start].trim_end().len();
                out.push(c);
            }
            continue;
        }
        reach = reach.max(c.end);
        out.push(c);
    }
    out
}

/// Do the words before a number name it a patient's ("NHS no.", "CHI", "patient"), not
/// only a number ("Tel no.")?
fn says_patient_number(before: &str) -> bool {
    let lower = before.to_ascii_lowercase();
    lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| matches!(w, "nhs" | "chi" | "hcn" | "patient" | "pt"))
}

/// "invoice 0123456789", "PO no. 0100234567": a number introduced as a reference.
fn is_reference_number(text: &str, at: usize) -> bool {
    let before = crate::detect::line_before(text, at, 28).to_lowercase();
    let before = before
        .trim_end_matches([' ', ':', '#', '.'])
        .trim_end_matches(" no")
        .trim_end_matches(" number");
    [
        "invoice",
        "order",
        "po",
        "account",
        "reference",
        "ref",
        "serial",
        "contract",
        "case",
        "claim",
        "ticket",
        "policy",
        "crime",
        "requisition",
        "asset",
        "tag",
    ]
    .iter()
    .any(|w| {
        before.ends_with(w) && !before[..before.len() - w.len()].ends_with(|c: char| is_alnum(c))
    })
}

/// Digits of a phone number in national form ("+44 (0)20 7946 0000" -> "02079460000").
fn national_digits(n: &str) -> String {
    let digits: String = n.chars().filter(char::is_ascii_digit).collect();
    if let Some(rest) = digits
        .strip_prefix("44")
        .filter(|_| n.trim_start().starts_with('+'))
    {
        let rest = rest.strip_prefix('0').unwrap_or(rest);
        return format!("0{rest}");
    }
    if let Some(rest) = digits.strip_prefix("0044") {
        return format!("0{}", rest.strip_prefix('0').unwrap_or(rest));
    }
    digits
}

#[cfg(test)]
mod name_reason_tests {
    use super::{NameCue, Shared};

    /// `Shared::name_reasons` is indexed by the tiers' and cues' values.
    #[test]
    fn tiers_and_cues_are_listed_in_the_order_of_their_values() {
        for (i, &tier) in Shared::TIERS.iter().enumerate() {
            assert_eq!(tier as usize, i, "{tier:?}");
        }
        for (i, &cue) in NameCue::ALL.iter().enumerate() {
            assert_eq!(cue as usize, i, "{cue:?}");
        }
    }
}

#[cfg(test)]
mod contained_tests {
    /// A reference a product's span took as its version is kept, and the product's span
    /// gives it back; a version inside a product's span is still dropped.
    #[test]
    fn a_reference_inside_a_product_span_is_kept() {
        let s = super::Scanner::new(crate::Config::default()).unwrap();
        let text = "The incident was logged on Datix 78112 after his fall; Windows 10 runs.";
        let got: Vec<(String, String)> = s
            .scan(text)
            .findings
            .into_iter()
            .map(|f| (f.rule.to_string(), f.text))
            .collect();
        assert!(
            got.contains(&("supplier.clinical".into(), "Datix".into())),
            "{got:?}"
        );
        assert!(
            got.contains(&("id.case_reference".into(), "78112".into())),
            "{got:?}"
        );
        assert!(!got.iter().any(|(_, t)| t == "10"), "{got:?}");
    }
}

/// The integration tests' .docx builder.
#[cfg(test)]
#[path = "../tests/support/docx.rs"]
#[allow(dead_code)]
mod docx_support;

#[cfg(test)]
mod docx_limit_tests {
    use super::docx_support as support;

    /// A .docx whose text is over the limit is refused before it is scanned, with its
    /// size in the message; within the limit it is scanned as `scan_docx` scans it.
    #[test]
    fn a_docx_text_over_the_limit_is_refused() {
        let s = super::Scanner::new(crate::Config::default()).unwrap();
        let body = support::p(&"Call Jo Bloggs on 07700 900123. ".repeat(40_000));
        let bytes = support::docx(&body, &[]);
        let e = s.scan_docx_within(&bytes, 1 << 20).unwrap_err();
        assert_eq!(e.kind(), crate::ErrorKind::Input);
        assert!(
            e.to_string()
                .contains("the text is 2 MiB, more than the 1 MiB the checker takes at once"),
            "{e}"
        );
        let whole = s.scan_docx_within(&bytes, 2 << 20).unwrap();
        assert_eq!(whole.report, s.scan_docx(&bytes).unwrap().report);
        let phones = whole
            .report
            .findings
            .iter()
            .filter(|f| f.text == "07700 900123");
        assert_eq!(phones.count(), 40_000);
    }
}

#[cfg(test)]
mod timing {
    //! Where the time goes (ignored tests, run by hand; figures printed, not asserted).

    /// A number from the environment, or `default`.
    fn env_number(name: &str, default: usize) -> usize {
        std::env::var(name)
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(default)
    }

    /// Where the first Scanner's start-up goes (`cargo test --release --lib
    /// startup_parts -- --ignored --nocapture`): run alone, since parts are shared.
    #[test]
    #[ignore]
    fn startup_parts() {
        let t = std::time::Instant::now();
        let lap = |what: &str| {
            println!("{what:>12}: {:>7.2} ms", t.elapsed().as_secs_f64() * 1e3);
        };
        crate::pack::RulePack::builtin().unwrap();
        lap("pack");
        let _ = super::NameLists::new(&[]);
        lap("names");
        let s = super::Scanner::new(crate::Config::default()).unwrap();
        lap("scanner");
        s.scan("Dear Ms Smith, we use TightVNC on 10.1.2.3; call 07700 900123.");
        lap("first scan");
    }

    /// Where a scan of ~1 MB of the dev drafts goes, detector by detector
    /// (`cargo test --release --lib scan_parts -- --ignored --nocapture`; SIZE sets
    /// the size in bytes).
    #[test]
    #[ignore]
    fn scan_parts() {
        let text = crate::detect::test_corpus(env_number("SIZE", 1_000_000));
        let s = super::Scanner::new(crate::Config::default()).unwrap();
        let best = |f: &mut dyn FnMut()| {
            (0..5)
                .map(|_| {
                    let t = std::time::Instant::now();
                    f();
                    t.elapsed().as_secs_f64() * 1e3
                })
                .fold(f64::MAX, f64::min)
        };
        let doc = super::Document::parse(&text);
        let (cues, _) = s.word_pass(&text, &doc);
        let parts: Vec<(&str, f64)> = vec![
            (
                "document",
                best(&mut || drop(super::Document::parse(&text))),
            ),
            ("word pass", best(&mut || drop(s.word_pass(&text, &doc)))),
            (
                "emails",
                best(&mut || s.scan_emails(&text, &mut Vec::new())),
            ),
            (
                "phones",
                best(&mut || s.scan_phones(&text, &doc, &cues, &mut Vec::new())),
            ),
            (
                "network",
                best(&mut || s.shared.network.find(&text, &doc, &cues, &mut Vec::new())),
            ),
            (
                "identifiers",
                best(&mut || {
                    s.shared
                        .identifiers
                        .find(&text, &doc, &cues, &mut Vec::new())
                }),
            ),
            (
                "companies",
                best(&mut || {
                    std::hint::black_box(s.shared.companies.find(&text, &cues).len());
                }),
            ),
            (
                "names",
                best(&mut || s.scan_names(&text, &doc, &cues, &mut Vec::new())),
            ),
            ("whole scan", best(&mut || drop(s.scan(&text)))),
        ];
        for (what, ms) in parts {
            println!("{what:>12}: {ms:>7.2} ms");
        }
    }

    /// A target for `perf record` or `valgrind --tool=callgrind`: one part of a scan
    /// (PART=names|phones|identifiers|network|words|document|scan), RUNS times over
    /// SIZE bytes (default ~1 MB).
    #[test]
    #[ignore]
    fn part_only() {
        let text = crate::detect::test_corpus(env_number("SIZE", 1_000_000));
        let s = super::Scanner::new(crate::Config::default()).unwrap();
        let doc = super::Document::parse(&text);
        let part = std::env::var("PART").unwrap_or_else(|_| "names".into());
        let (cues, _) = s.word_pass(&text, &doc);
        for _ in 0..env_number("RUNS", 30) {
            match part.as_str() {
                "phones" => s.scan_phones(&text, &doc, &cues, &mut Vec::new()),
                "identifiers" => s
                    .shared
                    .identifiers
                    .find(&text, &doc, &cues, &mut Vec::new()),
                "network" => s.shared.network.find(&text, &doc, &cues, &mut Vec::new()),
                "words" => drop(s.word_pass(&text, &doc)),
                "document" => drop(super::Document::parse(&text)),
                "scan" => drop(s.scan(&text)),
                _ => s.scan_names(&text, &doc, &cues, &mut Vec::new()),
            }
        }
    }
}
