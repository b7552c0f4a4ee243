//! Version numbers that stand apart from a product's name: "upgraded to version 9.2.1",
//! "GlobalProtect, client version 6.1.4", "firmware V4.62.210", "Centurion version 8.3";
//! and the cells of a table's Version column ("Sectra IDS7<TAB>24.1 SP2"). The lexicon
//! joins a version only when it follows its product at once (`extend_version`).
//!
//! Only the draft's dotted digit runs are looked at (`CueHits` noted every digit run in
//! the word pass), and only those after a version word or a "v": a cheap walk, nothing
//! compiled. A version of three or more parts after such a word is a software version
//! on its own; one of two parts ("8.3") is one only with a product in the same
//! sentence or a software word before it ("client version", "firmware"), as documents
//! have versions too ("Information Security Policy version 3.1").

use super::cues::CueHits;
use super::is_alnum;
use super::lexicon::is_version_token;
use super::network::Hit;
use super::{has_word, is_word_char, line_before, starts_with_ignore_ascii_case, WordSet};
use crate::document::Document;

/// Words that introduce a version number. `true`: the word is part of the version's span
/// ("version 9.2.1"); `false`: it names the thing ("firmware V4.62.210").
const VERSION_WORDS: &[(&str, bool)] = &[
    ("version", true),
    ("versions", true),
    ("ver", true),
    ("release", true),
    ("build", true),
    // ("hotfix 16.2.3 applied")
    ("hotfix", true),
    ("firmware", false),
    // ("Saab R5 SUPREME | fw 3.7.0 |": firmware, as a register shortens it.)
    ("fw", true),
];

/// Words a little before a version word that say software is meant: with one of them a
/// two-part version is enough ("client version 8.3", "running version 8.3").
/// The last word of an application's name ("Evergreen Bereavement Manager", "Fleet
/// Suite", "Bookings Portal"), which a "v" number after it gives a release.
const APP_NOUNS: &[&str] = &[
    "manager",
    "suite",
    "studio",
    "portal",
    "console",
    "desktop",
    "connect",
    "gateway",
    "workstation",
    "enterprise",
    "pro",
    "cloud",
    "online",
    "server",
    "client",
];

const SOFTWARE_WORDS: &[&str] = &[
    "client",
    "software",
    "app",
    "application",
    "agent",
    "firmware",
    "os",
    "bios",
    "kernel",
    "plugin",
    "plug-in",
    "browser",
    "driver",
    "server",
    "platform",
    "database",
    "hypervisor",
    "sensor",
    "run",
    "running",
    "runs",
    "upgraded",
    "patched",
    "installed",
    // ("the Uniform upgrade to 10.6")
    "upgrade",
    "update",
    "updated",
];

/// Words before "build" that make it the verb, not Windows' build ("we will build
/// 12345 homes"). "to" is the verb's too, unless a copula reads it ("upgraded to build
/// 22631"): each caller says how it takes "to".
const VERB_LEADS: &[&str] = &[
    "will", "would", "could", "can", "shall", "should", "must", "we", "they", "you", "i", "and",
    "or", "not", "also",
];

/// Small words skipped on the way back from a version word to a software word
/// ("upgraded to version", "is running on version").
const FILLERS: &[&str] = &[
    "to",
    // ("Upgrade supervisor software from v3.62")
    "from",
    "on",
    "at",
    "is",
    "are",
    "was",
    "were",
    "the",
    "a",
    "its",
    "their",
    "currently",
    "now",
    "still",
    "latest",
    "current",
];

/// Standards and protocols whose versions are no software's: "PCI DSS version 3.2.1",
/// "WCAG 2.1", "SMB v3.1.1".
const STANDARDS: &[&str] = &[
    "dss",
    "wcag",
    "cvss",
    "iso",
    "iec",
    "nist",
    "tls",
    "ssl",
    "http",
    "smb",
    "snmp",
    "ipv",
    "itil",
    "license",
    "licence",
    "gpl",
    "lgpl",
    "agpl",
    "mpl",
    "schema",
    "api",
    "standard",
    "specification",
    "spec",
    "protocol",
    "rfc",
    "unicode",
    "html",
    "xml",
    "json",
    "odf",
    "pdf",
    "dspt",
    "caf",
    "gdpr",
];

/// Words that make a version a document's (a policy's, a form's) rather than software's,
/// in the clause before the version word or right after the number.
const DOCUMENT_WORDS: &[&str] = &[
    "policy",
    "policies",
    "procedure",
    "procedures",
    "strategy",
    "plan",
    "guidance",
    "guide",
    "scheme",
    "framework",
    "document",
    "documents",
    "form",
    "template",
    "agreement",
    "notice",
    "schedule",
    "report",
    "minutes",
    "handbook",
    "charter",
    "assessment",
    "dpia",
    "specification",
    "statement",
    "terms",
    "contract",
    "approved",
    "reviewed",
    "ratified",
    "author",
    "issued",
    "issue",
    "draft",
    "amended",
    "published",
    "consultation",
    "protocol",
    "toolkit",
    "standard",
    "standards",
    "licence",
    "license",
    "manual",
    "leaflet",
    "booklet",
    "code of practice",
    "amendment",
    "amendments",
    "revision",
    "revisions",
];

/// Header words of a document's version history ("Version | Date | Changes"), on top of
/// [`DOCUMENT_WORDS`]: a table with one is left alone.
const HISTORY_HEADERS: &[&str] = &["changes", "change", "summary of changes", "comments"];

/// A table's header cell that names its column's versions.
const VERSION_HEADERS: &[&str] = &[
    "version",
    "versions",
    "software version",
    "firmware",
    "firmware version",
    "release",
    "version number",
    "current version",
    "version in use",
    "os version",
    "os build",
    "build",
    "patch level",
    "app version",
    "client version",
    "version/release",
    // ("fw", "FW version", "SW version": a spreadsheet's short headers.)
    "fw",
    "fw version",
    "sw version",
];

/// Version numbers in running text and in a table's Version column.
pub(crate) struct VersionDetector {
    documents: WordSet<&'static str>,
    history: WordSet<&'static str>,
}

/// How far back from a version word a product or a document word counts, in bytes.
const CLAUSE: usize = 100;

impl VersionDetector {
    pub(crate) fn new() -> VersionDetector {
        VersionDetector {
            documents: WordSet::new(DOCUMENT_WORDS.to_vec()),
            history: WordSet::new(HISTORY_HEADERS.to_vec()),
        }
    }

    /// `products`: the spans of the draft's product and system names (sorted by start),
    /// which make a two-part version after them in the same sentence a software version.
    #[inline(never)]
    pub(crate) fn find(
        &self,
        text: &str,
        doc: &Document,
        cues: &CueHits,
        products: &[(usize, usize)],
        out: &mut Vec<Hit>,
    ) {
        self.find_numbers(text, cues, products, out);
        self.find_table_columns(text, doc, out);
        self.find_csv_columns(text, doc, out);
        find_patch_levels(text, out);
        find_feature_updates(text, out);
        find_firmware_builds(text, out);
        find_update_numbers(text, cues, out);
        find_model_codes(text, cues, products, out);
        find_sibling_models(text, products, out);
    }

    #[inline(never)]
    fn find_numbers(
        &self,
        text: &str,
        cues: &CueHits,
        products: &[(usize, usize)],
        out: &mut Vec<Hit>,
    ) {
        let bytes = text.as_bytes();
        let runs = cues.digit_runs();
        let mut i = 0;
        while i < runs.len() {
            // The dotted number this run starts: "6", ".1", ".4", ".1120".
            let mut end = runs[i].1;
            let mut j = i + 1;
            while j < runs.len() && bytes.get(end) == Some(&b'.') && runs[j].0 == end + 1 {
                end = runs[j].1;
                j += 1;
            }
            let parts = &runs[i..j];
            i = j;
            if parts.len() < 2 {
                let (s, e) = parts[0];
                // Microsoft 365's channel version and build: "Outlook version 2308
                // (Build 16731.20234)", with the product before it.
                if let Some(close) = channel_build(text, s, e) {
                    let from = previous_word(text, s)
                        .filter(|&(ws, we)| {
                            text[ws..we].eq_ignore_ascii_case("version") && text[we..s] == *" "
                        })
                        .map(|(ws, _)| {
                            previous_word(text, ws)
                                .filter(|&(ps, pe)| {
                                    text[pe..ws] == *" " && product_like(&text[ps..pe])
                                })
                                .map_or(ws, |(ps, _)| ps)
                        });
                    if let Some(from) = from {
                        out.push(("version.number", from, close));
                        continue;
                    }
                }
                // Windows' five-digit build alone: "(build 22631)", "OS build 19045".
                if e - s == 5
                    && !bytes.get(e).is_some_and(u8::is_ascii_alphanumeric)
                    && previous_word(text, s)
                        .is_some_and(|(ws, we)| text[ws..we].eq_ignore_ascii_case("build"))
                    && text[..s].ends_with(' ')
                {
                    // The noun, not the verb: "Windows 11 (build 22631)", "upgraded to
                    // build 22631"; not "we will build 12345 homes".
                    let ws = text[..s].trim_end().len() - 5;
                    let verb = previous_word(text, ws).is_some_and(|(a, z)| {
                        let w = &text[a..z];
                        VERB_LEADS.iter().any(|k| w.eq_ignore_ascii_case(k))
                            || w.eq_ignore_ascii_case("to") && !copula_at(text, (a, z))
                    });
                    if !verb {
                        out.push(("version.number", ws, e));
                    }
                }
                continue;
            }
            if let Some((s, e)) = self.version_at(text, parts, products) {
                out.push(("version.number", s, e));
            } else if let Some(e) =
                service_pack_after(text, end).filter(|_| text[..parts[0].0].ends_with(' '))
            {
                // (A table's cell, after a tab or a bar, is its Version column's.)
                // "CAD 8.2 SP3", "4.7 CU12": a service pack or cumulative update says
                // the number is software's; the product's name just before it with it.
                let s = parts[0].0;
                let s = previous_word(text, s)
                    .filter(|&(ws, we)| {
                        we + 1 == s
                            && text[we..s] == *" "
                            && text[ws..we].starts_with(|c: char| c.is_ascii_uppercase())
                            && we - ws >= 2
                            && ![
                                "The",
                                "Table",
                                "Section",
                                "Figure",
                                "Appendix",
                                "Annex",
                                "Part",
                                "Para",
                                "Paragraph",
                                "Item",
                                "Step",
                                "Stage",
                                "Phase",
                            ]
                            .contains(&&text[ws..we])
                    })
                    .map_or(s, |(ws, _)| ws);
                if s == parts[0].0 || !text[..parts[0].0].ends_with(is_alnum) {
                    out.push(("version.number", s, e));
                }
            }
        }
    }

    /// The span of the version whose number has these digit runs, if a version word or
    /// a "v" introduces it and nothing says it is a document's, a standard's, a date or an
    /// address.
    #[inline(never)]
    fn version_at(
        &self,
        text: &str,
        parts: &[(usize, usize)],
        products: &[(usize, usize)],
    ) -> Option<(usize, usize)> {
        let bytes = text.as_bytes();
        let (start, _) = parts[0];
        let (_, mut end) = *parts.last()?;
        let n = parts.len();
        // (Windows numbers its builds in five digits: "build 19044.3930".)
        let build = || {
            let before = text[..start].trim_end();
            before.len() >= 5
                && before
                    .get(before.len() - 5..)
                    .is_some_and(|w| w.eq_ignore_ascii_case("build"))
        };
        if n > 5
            || parts.iter().any(|&(s, e)| e - s > 6)
            || parts[0].1 - parts[0].0 > 5
            || parts[0].1 - parts[0].0 == 5 && !build()
        {
            return None;
        }
        let value = |k: usize| {
            text[parts[k].0..parts[k].1]
                .parse::<u32>()
                .unwrap_or(u32::MAX)
        };
        if n == 3 && value(0) <= 31 && value(1) <= 12 && (1900..2100).contains(&value(2)) {
            return None;
        }
        // "v" glued before: "V4.62.210", "v8.3".
        let v_prefix = start > 0
            && matches!(bytes[start - 1], b'v' | b'V')
            && !text[..start - 1]
                .chars()
                .next_back()
                .is_some_and(is_word_char);
        // "release R8.3": an "R" glued before, after a release or version word.
        let r_prefix = !v_prefix
            && start > 0
            && bytes[start - 1] == b'R'
            && !text[..start - 1]
                .chars()
                .next_back()
                .is_some_and(is_word_char)
            && previous_word(text, start - 1).is_some_and(|(ws, we)| {
                let w = &text[ws..we];
                w.eq_ignore_ascii_case("release") || w.eq_ignore_ascii_case("version")
            });
        let v_prefix = v_prefix || r_prefix;
        // 10.1.2.3 is an address (the network detector's), but not with a "v" before it
        // ("firmware v4.2.1.88") nor after a version word ("Uniform, version 10.4.2.1":
        // the network detector leaves those here); 30.04.2024 a date.
        if n == 4
            && !v_prefix
            && (0..4).all(|k| value(k) <= 255)
            && !after_version_word(text, start)
        {
            return None;
        }
        let number_start = if v_prefix { start - 1 } else { start };
        if !v_prefix
            && text[..start]
                .chars()
                .next_back()
                .is_some_and(|c| is_word_char(c) || c == '.')
        {
            return None;
        }
        // A letter or two glued on ("1.1.1w", "3.2.1a"), then a word boundary.
        let tail = bytes[end..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if tail > 3 || text[end + tail..].starts_with(is_word_char) {
            return None;
        }
        // "Niagara 4.10u5": an update's number glued on, as Java-style releases are
        // written, after a name.
        let update_tail = tail >= 2
            && bytes[end] == b'u'
            && bytes[end + 1..end + tail].iter().all(u8::is_ascii_digit)
            && previous_word(text, start)
                .is_some_and(|(ws, we)| we + 1 == start && product_like(&text[ws..we]));
        end += tail;
        if bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        // "24.1 SP2", "7.0 U3", "2203 LTSR".
        while let Some(rest) = text[end..].strip_prefix(' ') {
            let len = rest
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(rest.len());
            let token = &rest[..len];
            if token.is_empty()
                || token.bytes().all(|b| b.is_ascii_digit())
                || !is_version_token(token, true)
            {
                break;
            }
            end += 1 + len;
        }

        // ("updated to 10.6 million", "2.4 GHz": a quantity.)
        if !v_prefix && quantity_after(text, end) {
            return None;
        }
        // The word before the number (after "v", or a space, colon or "no.").
        let before = previous_word(text, number_start);
        let keyword = before.and_then(|(ws, we)| {
            let w = &text[ws..we];
            VERSION_WORDS
                .iter()
                .find(|(k, _)| w.eq_ignore_ascii_case(k))
                .map(|&(_, in_span)| (ws, in_span, w.eq_ignore_ascii_case("firmware")))
        });
        // A release's product code between ("release CX 24.1.6", "version R 2.1").
        let keyword = keyword.or_else(|| {
            let (cs, ce) = before?;
            let code = &text[cs..ce];
            if !(1..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                return None;
            }
            let (ws, we) = previous_word(text, cs)?;
            let w = &text[ws..we];
            (w.eq_ignore_ascii_case("release") || w.eq_ignore_ascii_case("version"))
                .then_some((ws, true, false))
        });
        // A product's name between, after a version word or "running" ("version RiO
        // 7.3.2", "running OneFS 9.5"): the name with its number, as the lexicon would
        // give a product it knows.
        // (A product's name so placed says software, however many parts its number has.)
        let mut named = false;
        let keyword = keyword.or_else(|| {
            let (cs, ce) = before?;
            if ce != number_start - 1 || !text[ce..number_start].starts_with(' ') {
                return None;
            }
            let name = &text[cs..ce];
            // (A product the lexicon knows keeps the lexicon's finding: "runs FortiOS
            // 7.2.5". One it knows without its releases, "Cisco Jabber 14.2.1", "Zoom
            // 5.17", leaves the number to be read here: the number alone is its version,
            // unless a quantity's unit follows it, "Sophos 2.5 million".)
            let k = products.partition_point(|p| p.1 <= cs);
            if let Some(p) = products.get(k).filter(|p| p.0 <= cs) {
                if p.1 == ce && !quantity_after(text, end) {
                    named = true;
                    return Some((number_start, false, false));
                }
                return None;
            }
            // "Product:     Pure 5.28", "Scheduler:   Slurm 23.02.6": a name after a
            // field's label for software, its value.
            if product_like(name) && field_label_before(text, cs) {
                named = true;
                return Some((cs, true, false));
            }
            // (No word right before when a stop or bracket stands there: "Separately,
            // Slurm 22.05.9 is out of support" is read as any name is, below.)
            let (ws, we) = previous_word(text, cs).unwrap_or((cs, cs));
            let lead = &text[ws..we];
            // Or after words that say the body is on it or moves to it ("we're still on
            // Core-Vet 4.7", "upgraded to LCS 2.19.4"): not "on Table 4.7".
            let on = || {
                let is = |l: &str| lead.eq_ignore_ascii_case(l);
                let Some((ps, pe)) = previous_word(text, ws) else {
                    return false;
                };
                let w = &text[ps..pe];
                is("on") && ON_WORDS.iter().any(|k| w.eq_ignore_ascii_case(k))
                    || (is("to") || is("from"))
                        && UPGRADE_WORDS.iter().any(|k| w.eq_ignore_ascii_case(k))
            };
            // ("Synology DS920+ on DSM 7.1": the system a product named just before
            // runs.)
            let on_product = || {
                lead.eq_ignore_ascii_case("on")
                    && text[..ws].ends_with(' ')
                    && product_ends_at(products, ws - 1)
            };
            named = product_like(name)
                && (on_product()
                    || ["version", "release", "running", "runs", "run"]
                    .iter()
                    .any(|k| lead.eq_ignore_ascii_case(k))
                    || on()
                    // "The platform is Moodle 4.1.9": a release of three parts after
                    // "is" and the name.
                    || n >= 3 && lead == "is"
                    // "[Software is Jaltest 23.3", "the council uses QRoute 5.2": of
                    // two parts, after "is" with a word for software before it, or
                    // after "uses"; a name with small letters (not a protocol's,
                    // "uses SAML 2.0", which the lexicon reads).
                    || name.bytes().any(|b| b.is_ascii_lowercase())
                        && !["OAuth", "OpenID", "Kerberos", "Radius", "Shibboleth"].contains(&name)
                        && ((lead == "is" || lead == "are") && software_before(text, ws)
                            || matches!(lead, "uses" | "using"))
                    // "the LAS 24.1 release": the word after says so.
                    || text[end..]
                        .strip_prefix(" release")
                        .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_alphanumeric()))
                        && lead.eq_ignore_ascii_case("the"));
            if named {
                return Some((cs, true, false));
            }
            // "Open OnDemand 3.1 does SAML": a name with a capital inside it, as
            // products are written (not "McDonald"), names its release, with a
            // capitalised word just before it.
            if camel_product(name) {
                named = true;
                let with_lead = product_like(lead)
                    && text[we..cs] == *" "
                    && !matches!(lead, "The" | "This" | "That" | "Our" | "We");
                return Some((if with_lead { ws } else { cs }, true, false));
            }
            // "local product PortIQ Inspect 5.3": a brand with a capital inside it (see
            // `camel_product`), then a capitalised word, names its release of any parts.
            if camel_product(lead) && product_like(name) && text[we..cs] == *" " {
                named = true;
                return Some((ws, true, false));
            }
            // "The platform is Moodle Workplace 4.1.9": a name of two words.
            // ("The form is built with Gravity Forms 2.7.17": or after "with", "using".)
            let two = n >= 3
                && product_like(lead)
                && text[we..cs] == *" "
                && previous_word(text, ws).is_some_and(|(ps, pe)| {
                    &text[ps..pe] == "is"
                        // (Not a document's name: "conform with Debian Policy 4.5.0".)
                        || matches!(&text[ps..pe], "with" | "using" | "uses" | "runs")
                            && product_like(name)
                            && !self.documents.found_in(&text[ws..ce])
                });
            if two {
                named = true;
                return Some((ws, true, false));
            }
            // "privacyIDEA 3.9", "iManage 10.3": a name in lowercase first with a
            // capital inside, as only products are written.
            if lower_camel(name) {
                named = true;
                return Some((cs, true, false));
            }
            // "mock assessments run in Safe Exam Browser 3.6.1": up to three capitalised
            // words right before a release of three parts, after a word that is not
            // one of them, or after a field's label for software ("Scheduler:   Slurm
            // 23.02.6"; not a changelog's "configure.ac: Require Libassuan 2.0.3").
            // (Not "Section 3.6.1": see `product_like`.) A release of two parts so
            // placed needs the name to say software: its last word names an
            // application ("uses Elysian Booking Suite 4.2", not "Suite 4.2" alone), or
            // the label names software ("Product:  Pure 5.28").
            if !product_like(name) {
                return None;
            }
            let app_last = APP_NOUNS
                .iter()
                .chain(&["browser", "office", "system"])
                .any(|k| name.eq_ignore_ascii_case(k));
            if n < 3 && !app_last && !text[..cs].trim_end_matches(' ').ends_with(':') {
                return None;
            }
            let mut first = cs;
            let mut words = 1;
            let mut label = false;
            loop {
                // (Before the name's last word it was asked above, and was not.)
                if first != cs && field_label_before(text, first) {
                    label = true;
                    break;
                }
                // (One of a list: "Intune, Smoothwall, Safe Exam Browser 3.5".)
                if text[..first].ends_with(", ") {
                    break;
                }
                let (ps, pe) = previous_word(text, first)?;
                let word = &text[ps..pe];
                if text[pe..first] != *" " {
                    return None;
                }
                // (The word before is in lowercase: "run in", not a sentence's "Since".)
                if word.starts_with(|c: char| c.is_ascii_lowercase()) {
                    break;
                }
                if !product_like(word) || words == 3 {
                    return None;
                }
                words += 1;
                first = ps;
            }
            // (A "v" number after such a name is read below, the name apart: "Evergreen
            // Bereavement Manager v6.3".)
            if n < 3 && !(label || app_last && words >= 2 && !v_prefix) {
                return None;
            }
            named = true;
            Some((first, true, false))
        });
        // The version word as the sentence's subject: "The version currently in use is
        // 3.8.2", "the release deployed is 6.1".
        let keyword = keyword.or_else(|| subject_version_word(text, number_start));
        // "Proctorio extension 1.5.24023.1", "Zebra driver 5.1.7": a product's part (an
        // extension, an agent, a driver) with its release of three parts or more.
        let keyword = keyword.or_else(|| {
            let (ws, we) = before?;
            let w = &text[ws..we];
            if n < 3
                || text[we..number_start] != *" "
                || ![
                    "extension",
                    "plugin",
                    "plug-in",
                    "add-in",
                    "addon",
                    "add-on",
                    "agent",
                    "client",
                    "runtime",
                    "driver",
                    "app",
                ]
                .iter()
                .any(|k| w.eq_ignore_ascii_case(k))
            {
                return None;
            }
            let (ps, pe) = previous_word(text, ws)?;
            (text[pe..ws] == *" " && product_like(&text[ps..pe])).then_some((ps, true, false))
        });
        // "Update the outstation firmware to 4.40", "the software from 3.62": the
        // number the software moves to or from.
        let keyword = keyword.or_else(|| {
            let (ws, we) = before?;
            let w = &text[ws..we];
            if !(w == "to" || w == "from") || text[we..number_start] != *" " {
                return None;
            }
            let (ps, pe) = previous_word(text, ws)?;
            let moved = &text[ps..pe];
            let firmware = moved.eq_ignore_ascii_case("firmware");
            (firmware
                || ["software", "version", "release", "build"]
                    .iter()
                    .chain(UPGRADE_WORDS)
                    .any(|k| moved.eq_ignore_ascii_case(k)))
            .then_some((number_start, false, firmware))
        });
        // "on build 22631.3296": Windows' build of five digits and its revision.
        // (The noun, not the verb: not "we will build 22631.3296 homes".)
        let windows_build = n == 2
            && parts[0].1 - parts[0].0 == 5
            && build()
            && before.is_some_and(|(ws, _)| {
                previous_word(text, ws).map_or(true, |(a, z)| {
                    let w = &text[a..z];
                    !(VERB_LEADS.iter().any(|k| w.eq_ignore_ascii_case(k))
                        || w.eq_ignore_ascii_case("to"))
                })
            });
        let keyword = keyword.or_else(|| windows_build.then_some((number_start, false, false)));
        // A number of three parts or more after "is", "to", "from" or "running" is a
        // release, not a quantity: "Live CAD is 6.2.14", "upgraded to 5.4.1". (The
        // document test below still applies: "the policy was updated to 2.1.3".)
        let after_copula = || before.is_some_and(|b| copula_at(text, b));
        // ("patched to 13.1-51.15": a release of two parts with its build joined by a
        // hyphen says so too.)
        let hyphen_build = || {
            let b = text.as_bytes();
            let mut k = end + 1;
            let mut dots = 0;
            while b.get(k).is_some_and(|c| c.is_ascii_digit() || *c == b'.') {
                dots += usize::from(b[k] == b'.');
                k += 1;
            }
            b.get(end) == Some(&b'-')
                && b.get(end + 1).is_some_and(u8::is_ascii_digit)
                && dots == 1
                && b[k - 1] != b'.'
                && !b.get(k).is_some_and(u8::is_ascii_alphanumeric)
        };
        let copula = keyword.is_none()
            && !v_prefix
            && (n >= 3 || n == 2 && hyphen_build())
            && after_copula();
        // "Collections is 7.3 (build 7.3.22187)": a number its build follows.
        let built = keyword.is_none()
            && !v_prefix
            && text[end..]
                .strip_prefix(" (build ")
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            && after_copula();
        // "Avigilon Control Center (7.14.4)": a release of three parts alone in brackets
        // right after a product's name.
        let bracketed = || {
            n >= 3
                && text[..number_start].ends_with(" (")
                && text[end..].starts_with(')')
                && product_ends_at(products, number_start - 2)
        };
        // "after last night's 3.7.0 patch": a release of three parts named by the word
        // after it.
        let patch_after = || {
            n >= 3
                && ["patch", "update", "upgrade", "hotfix", "firmware"]
                    .iter()
                    .any(|w| {
                        text[end..].strip_prefix(' ').is_some_and(|r| {
                            starts_with_ignore_ascii_case(r, w)
                                && !r[w.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
                        })
                    })
        };
        // ("known bug in ONTAP 9.8P4": a patch's number glued on after a capital P, right
        // after a name.)
        // ("known bug in ONTAP 9.8P4": a patch's number glued on after a capital P, right
        // after a name.)
        let patched = {
            let glued = &text[parts[n - 1].1..end];
            glued.len() >= 2
                && glued.starts_with('P')
                && glued[1..].bytes().all(|c| c.is_ascii_digit())
                && previous_word(text, number_start)
                    .is_some_and(|(ws, we)| we + 1 == number_start && product_like(&text[ws..we]))
        };
        if keyword.is_none()
            && !v_prefix
            && !copula
            && !patched
            && !built
            && !update_tail
            && !bracketed()
            && !patch_after()
        {
            return None;
        }
        // "firmware 14.1-12.35": a build joined by a hyphen.
        if let Some(rest) = text[end..].strip_prefix('-') {
            let len = rest
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(rest.len());
            let build = rest[..len].trim_end_matches('.');
            if build.contains('.')
                && build.starts_with(|c: char| c.is_ascii_digit())
                && !text[end + 1 + build.len()..].starts_with(is_word_char)
            {
                end += 1 + build.len();
            }
        }
        let (word_start, span_start, firmware) = match keyword {
            Some((ws, true, _)) => (ws, ws, false),
            Some((ws, false, firmware)) => (ws, number_start, firmware),
            None => (number_start, number_start, false),
        };
        // "firmware version 4.1", "version v2.1": the word before that too.
        let word_before = previous_word(text, word_start);
        let word_is = |w: Option<(usize, usize)>, list: &[&str]| {
            w.is_some_and(|(s, e)| list.iter().any(|k| text[s..e].eq_ignore_ascii_case(k)))
        };
        if word_is(word_before, STANDARDS)
            || word_before
                .filter(|&(s, e)| text[s..e].eq_ignore_ascii_case("the"))
                .is_some_and(|(s, _)| word_is(previous_word(text, s), STANDARDS))
        {
            return None;
        }
        // The cheap tests first: a document's words are looked for last.
        let clause = clause_before(text, word_start);
        // Software has releases; documents have versions: "on release v21.40".
        let release = keyword.is_some()
            && text
                .get(word_start..word_start + 7)
                .is_some_and(|w| w.eq_ignore_ascii_case("release"))
            && !word_is(word_before, &["press", "news", "media"]);
        // "EXACT v12.6 SP3": a service pack or cumulative update after a "v" number
        // says software.
        let number_end = parts[n - 1].1;
        let packed = v_prefix
            && text[number_end..end]
                .split(' ')
                .any(|t| t.starts_with("SP") || t.starts_with("CU"));
        // "Evergreen Bereavement Manager v6.3": a "v" number right after a name whose
        // last word names an application (not a document's: "Policy v2.1").
        let app_named = v_prefix
            && word_before.is_some_and(|(ws, we)| {
                we + 1 == span_start
                    && text[ws..we].starts_with(|c: char| c.is_ascii_uppercase())
                    && APP_NOUNS
                        .iter()
                        .any(|k| text[ws..we].eq_ignore_ascii_case(k))
            });
        if n == 2
            && !firmware
            && !windows_build
            && !release
            && !built
            && !packed
            && !patched
            && !named
            && !update_tail
            && !app_named
            && !word_is(word_before, &["firmware"])
        {
            let software = {
                let mut w = word_before;
                let mut found = false;
                for _ in 0..3 {
                    let Some((s, e)) = w else { break };
                    let word = &text[s..e];
                    if SOFTWARE_WORDS.iter().any(|k| word.eq_ignore_ascii_case(k)) {
                        found = true;
                        break;
                    }
                    if !FILLERS.iter().any(|f| word.eq_ignore_ascii_case(f)) {
                        break;
                    }
                    w = previous_word(text, s);
                }
                found
            };
            let clause_start = word_start - clause.len();
            let from = products.partition_point(|p| p.0 < clause_start);
            let product_before = products[from..]
                .iter()
                .take_while(|p| p.0 < word_start)
                .any(|p| p.1 <= word_start);
            // "version 8.3 of Centurion"
            let product_after = text[end..].strip_prefix(" of ").is_some_and(|_| {
                let at = end + 4;
                let k = products.partition_point(|p| p.0 < at);
                products.get(k).is_some_and(|p| p.0 == at)
            });
            // "on v3.62 of the software"
            let of_software = ["software", "firmware", "app", "application"]
                .iter()
                .any(|k| {
                    text[end..]
                        .strip_prefix(" of the ")
                        .is_some_and(|r| starts_with_ignore_ascii_case(r, k))
                });
            // ("Software is on the office PC, v6.07 I think": a "v" number in a
            // sentence about software or firmware.)
            let v_software = v_prefix
                && clause.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
                    w.eq_ignore_ascii_case("software") || w.eq_ignore_ascii_case("firmware")
                });
            if !(software || product_before || product_after || of_software || v_software) {
                return None;
            }
        }
        if in_document_control(text, word_start, end) {
            return None;
        }
        let after = super::line_after(text, end, 40);
        // A word cut by the window's end is no word ("issues" is not "issue").
        let after = if text[end + after.len()..].starts_with(is_word_char) {
            after.rsplit_once(' ').map_or("", |(whole, _)| whole)
        } else {
            after
        };
        let after = after.split(['.', ';']).next().unwrap_or("");
        // ("Tellurian Revenues & Benefits (version 7.4.2), supplied under a contract": a
        // version in brackets is read to its closing bracket only.)
        let after = if text[..word_start].ends_with('(') {
            after.split(')').next().unwrap_or("")
        } else {
            after
        };
        // (Documents have no firmware: "published by a NetScaler … running firmware 14.1".)
        // (Nor a release of three parts named by a product, its name no document's: "the
        // form is built with Gravity Forms 2.7.17".)
        // (Its own clause only: "the DSPT v6.1.2 standard" is a document's.)
        let product_release =
            named && n >= 3 && !self.documents.found_in(&text[word_start..parts[0].0]);
        let (clause, after) = if product_release {
            ("", after.split(',').next().unwrap_or(""))
        } else {
            (clause, after)
        };
        if !firmware && (self.documents.found_in(clause) || self.documents.found_in(after)) {
            return None;
        }
        // The product's name just before a packed "v" number goes with it ("EXACT
        // v12.6 SP3").
        let span_start = match previous_word(text, span_start) {
            Some((ws, we))
                if (packed || patched)
                    && keyword.is_none()
                    && text[we..span_start] == *" "
                    && product_like(&text[ws..we]) =>
            {
                ws
            }
            _ => span_start,
        };
        Some((span_start, end))
    }

    /// Tables whose header row has a Version column: each cell under it that reads as a
    /// version ("24.1 SP2", "2023.1", "R2"), until the table ends. A table of documents
    /// (a header or row that names a policy or procedure) is left alone.
    #[inline(never)]
    fn find_table_columns(&self, text: &str, doc: &Document, out: &mut Vec<Hit>) {
        let bytes = text.as_bytes();
        let mut column: Option<usize> = None;
        // Only the lines with a tab or a bar are read: most drafts have none.
        let mut last_line = usize::MAX;
        let mut at = 0;
        while let Some(k) = bytes
            .get(at..)
            .and_then(|rest| memchr::memchr2(b'\t', b'|', rest))
        {
            let index = doc.line_index(at + k);
            let line = &doc.lines[index];
            at = (line.end + 1).max(at + k + 1);
            // A line between without either ends the table.
            if last_line.checked_add(1) != Some(index) {
                column = None;
            }
            last_line = index;
            let s = &text[line.start..line.end];
            let sep = if s.contains('\t') {
                '\t'
            } else if s.matches('|').count() >= 2 {
                '|'
            } else {
                column = None;
                continue;
            };
            let mut cells: Vec<(usize, &str)> = Vec::new();
            let mut pos = line.start;
            for c in s.split(sep) {
                cells.push((pos, c));
                pos += c.len() + sep.len_utf8();
            }
            // A row of a table of fields, its label then its value: "| Client version |
            // 5.1.2.42 |", "Firmware<TAB>4.62.210".
            let field = cells.windows(2).find(|w| {
                let label = w[0].1.trim().trim_end_matches(':').to_ascii_lowercase();
                let last = label.rsplit(' ').next().unwrap_or("");
                label.split(' ').count() <= 4
                    && matches!(last, "version" | "firmware" | "build" | "release")
                    && is_version_cell(w[1].1.trim())
            });
            if let Some(w) = field {
                if !cells.iter().any(|(_, c)| self.documents.found_in(c)) {
                    let (pos, cell) = w[1];
                    let t = cell.trim();
                    let lead = cell.len() - cell.trim_start().len();
                    out.push(("version.table", pos + lead, pos + lead + t.len()));
                }
                column = None;
                continue;
            }
            let header = cells.iter().position(|(_, c)| is_version_header(c));
            if let Some(h) = header {
                let about_documents = cells
                    .iter()
                    .any(|(_, c)| self.documents.found_in(c) || self.history.found_in(c));
                column = (!about_documents).then_some(h);
                continue;
            }
            let Some(col) = column else { continue };
            let Some(&(pos, cell)) = cells.get(col) else {
                continue;
            };
            let Some(t) = column_version(cell.trim()) else {
                continue;
            };
            if cells.iter().any(|(_, c)| self.documents.found_in(c)) {
                continue;
            }
            let lead = cell.len() - cell.trim_start().len();
            out.push(("version.table", pos + lead, pos + lead + t.len()));
        }
    }

    /// Comma-separated tables whose header has a Version or Firmware column
    /// ("site,asset_tag,make_model,firmware,ip_address", "…,model,fw,member_no"): each
    /// cell under it that reads as a version, until a row of another width ends it.
    fn find_csv_columns(&self, text: &str, doc: &Document, out: &mut Vec<Hit>) {
        // (The header's column and its width.)
        let mut column: Option<(usize, usize)> = None;
        for line in &doc.lines {
            let s = &text[line.start..line.end];
            let s = s.strip_suffix('\r').unwrap_or(s);
            if memchr::memchr_iter(b',', s.as_bytes()).nth(2).is_none() {
                column = None;
                continue;
            }
            let Some(cells) = crate::detect::identifiers::csv_cells(s, line.start) else {
                column = None;
                continue;
            };
            if let Some((col, width)) = column {
                if cells.len() != width {
                    column = None;
                } else {
                    let (pos, cell) = cells[col];
                    let t = cell.trim();
                    if let Some(v) = column_version(t) {
                        let lead = cell.len() - cell.trim_start().len();
                        out.push(("version.table", pos + lead, pos + lead + v.len()));
                    }
                    continue;
                }
            }
            // (A header names its columns: short cells, no digits.)
            if cells.iter().all(|(_, c)| c.len() <= 30)
                && !s.bytes().any(|c| c.is_ascii_digit())
                && !cells.iter().any(|(_, c)| self.documents.found_in(c))
            {
                column = cells
                    .iter()
                    .position(|(_, c)| is_version_header(&c.replace('_', " ")))
                    .map(|col| (col, cells.len()));
            }
        }
    }
}

/// What of a cell under a Version or Firmware header reads as a version: the whole cell
/// ("24.1 SP2", "Ver.1.64", "IOS XE 17.3.4a", "sensor 7.10", a firmware's build name
/// "RUT9_R_00.07.06.3"), or a dotted version opening a cell of more ("10.7.1 on SQL
/// Server 2019").
fn column_version(t: &str) -> Option<&str> {
    if is_version_cell(t) {
        return Some(t);
    }
    // ("Ver.1.64", "ver 2.1", "fw 3.7.0": a version's own word before it.)
    let bare = ["Ver.", "ver.", "Ver ", "ver ", "fw ", "FW ", "Fw "]
        .iter()
        .find_map(|p| t.strip_prefix(p));
    if bare.is_some_and(is_version_cell) {
        return Some(t);
    }
    // ("17.3.4a": a dotted release with a letter after it.)
    let lettered = |v: &str| {
        v.strip_suffix(|c: char| c.is_ascii_lowercase())
            .is_some_and(|r| r.contains('.') && is_version_cell(r))
    };
    // (A firmware's build name: one word, with two dots at least between digits.)
    let build = !t.contains(' ')
        && t.len() <= 32
        && t.bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-'))
        && t.as_bytes()
            .windows(3)
            .filter(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit())
            .count()
            >= 2;
    if build || lettered(t) {
        return Some(t);
    }
    let w = t.split(' ').next().unwrap_or("");
    // (Or a product's name and its version, the whole cell: "VIBES 4.2", "IOS XE
    // 17.3.4a", "sensor 7.10".)
    let named = t.rsplit_once(' ').is_some_and(|(name, v)| {
        v.contains('.')
            && v.starts_with(|c: char| c.is_ascii_digit() || c == 'v' || c == 'V')
            && (is_version_cell(v) || lettered(v))
            && name.split(' ').count() <= 2
            && name
                .split(' ')
                .all(|n| product_like(n) || matches!(n, "sensor" | "agent" | "client" | "build"))
    });
    if named {
        Some(t)
    } else if w.len() < t.len()
        && w.contains('.')
        && w.starts_with(|c: char| c.is_ascii_digit() || c == 'v' || c == 'V')
        && is_version_cell(w)
    {
        Some(w)
    } else {
        None
    }
}

/// A word that can be a product's name before its version: a capital first, another
/// capital or a letter after it ("RiO", "OneFS", "Niche"), no more than 16 letters;
/// not a document's part ("Table 3.2", "Section 4.1") nor a word a sentence starts with.
/// Does one of `products` (sorted, apart) end at `at`?
/// Does a quantity's unit or word follow the number ending at `end` ("2.5 million",
/// "2.4 GHz", "1.5 per cent", "3.5%")?
pub(crate) fn quantity_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    if rest.starts_with(['%', '£', '$', '€']) {
        return true;
    }
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    // ("1.5 per cent"; not "17.6.4 per the asset list".)
    if rest
        .get(..8)
        .is_some_and(|w| w.eq_ignore_ascii_case("per cent"))
    {
        return true;
    }
    // (A word of a unit is short: twelve bytes are read at most.)
    let mut cut = rest.len().min(12);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let word = rest[..cut]
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    [
        "million", "billion", "bn", "percent", "gb", "tb", "mb", "ghz", "mhz", "mbps", "gbps",
        "mm", "cm", "kg", "hours", "days", "weeks", "months", "years", "times", "users", "seats",
        "licences", "licenses", "fte",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

fn product_ends_at(products: &[(usize, usize)], at: usize) -> bool {
    let k = products.partition_point(|p| p.1 < at);
    products.get(k).is_some_and(|p| p.1 == at)
}

/// The end of " (Build 16731.20234)" after a number of four digits at `s..e`: a
/// channel's version and its build, as Microsoft 365 gives them.
fn channel_build(text: &str, s: usize, e: usize) -> Option<usize> {
    if e - s != 4 {
        return None;
    }
    let rest = text[e..]
        .strip_prefix(" (Build ")
        .or_else(|| text[e..].strip_prefix(" (build "))?;
    let len = rest
        .bytes()
        .take_while(|c| c.is_ascii_digit() || *c == b'.')
        .count();
    let build = &rest[..len];
    let ok = build.split('.').count() == 2 && build.split('.').all(|p| (3..=6).contains(&p.len()));
    // (Perhaps with the channel's words after it: "(Build 16731.20234 Click-to-Run)".)
    let close = rest.as_bytes()[len..]
        .iter()
        .take(21)
        .position(|&c| c == b')' || c == b'\n')
        .filter(|&k| rest.as_bytes()[len + k] == b')')?;
    ok.then_some(e + " (Build ".len() + len + close + 1)
}

/// Is `name` product-like with a capital inside after a small letter ("OnDemand",
/// "SharePoint", "NetScaler"), not a Scottish or Irish surname ("McDonald", "MacLeod")?
fn camel_product(name: &str) -> bool {
    let b = name.as_bytes();
    product_like(name)
        && b.windows(2)
            .skip(1)
            .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
        && !name.starts_with("Mc")
        && !name.starts_with("Mac")
        && !name.starts_with("Fitz")
}

/// Is `name` a product's written in lowercase first with a capital inside after a small
/// letter ("privacyIDEA", "iManage"), five letters at least?
fn lower_camel(name: &str) -> bool {
    let b = name.as_bytes();
    (5..=16).contains(&b.len())
        && b[0].is_ascii_lowercase()
        && b.iter().all(u8::is_ascii_alphanumeric)
        && b.windows(2)
            .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
}

/// Does a field's label for software end just before `at`: a word of [`FIELD_LABELS`],
/// its colon, then a space or spaces to align the values ("Scheduler:   ")?
fn field_label_before(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end_matches(' ');
    let Some(h) = head.strip_suffix(':').filter(|_| head.len() < at) else {
        return false;
    };
    let letters = h
        .bytes()
        .rev()
        .take(16)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let word = &h[h.len() - letters..];
    FIELD_LABELS.iter().any(|k| word.eq_ignore_ascii_case(k))
}

/// Labels of a field whose value names software ("Product:", "Scheduler:"), before a
/// name and a release of two parts.
const FIELD_LABELS: &[&str] = &[
    "product",
    "platform",
    "software",
    "scheduler",
    "application",
    "app",
    "system",
    "package",
    "database",
    "client",
    "server",
    "portal",
    "firmware",
    "os",
    "backup",
    "tool",
];

fn product_like(name: &str) -> bool {
    const NOT_PRODUCTS: &[&str] = &[
        "The",
        "This",
        "That",
        "Table",
        "Section",
        "Figure",
        "Appendix",
        "Annex",
        "Part",
        "Para",
        "Paragraph",
        "Item",
        "Step",
        "Stage",
        "Phase",
        "Page",
        "Chapter",
        "Version",
        "Release",
        "Clause",
        "Schedule",
        "Question",
        "Option",
        "Level",
        "Grade",
        "Band",
        "Tier",
        "Year",
        "Week",
        "Day",
        "Room",
        "Floor",
        "Unit",
        "Block",
        "Ward",
        "Bay",
        "Article",
        "Regulation",
        "Rule",
        "Note",
        "Point",
        "Module",
        "Lot",
        "Box",
        "Chart",
        "Exhibit",
        "Recommendation",
        "Standard",
        "Outcome",
        "Criterion",
        "Requirement",
        "Objective",
        "Action",
        "Priority",
        "Goal",
        "KPI",
        "Indicator",
        "Measure",
        "Principle",
        "Control",
        "Condition",
        "Policy",
        "Procedure",
    ];
    (2..=16).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && name.bytes().skip(1).any(|b| b.is_ascii_alphabetic())
        && !name.ends_with('-')
        && !NOT_PRODUCTS.contains(&name)
}

/// Does a word for software end just before `at` (a space between): "Software is",
/// "the system is", "the apps are"?
fn software_before(text: &str, at: usize) -> bool {
    let Some((ps, pe)) = previous_word(text, at) else {
        return false;
    };
    let w = text[ps..pe].trim_end_matches('s');
    [
        "software",
        "system",
        "platform",
        "application",
        "app",
        "package",
        "tool",
        "product",
    ]
    .iter()
    .any(|k| w.eq_ignore_ascii_case(k))
}

/// Windows' feature updates named alone ("running build 22H2", "on 21H1"): two digits,
/// "H", then 1 or 2, a word of its own. (After "Windows 11" the OS rule takes the whole.)
fn find_feature_updates(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let mut taken = crate::detect::Taken::new(out);
    for k in memchr::memchr_iter(b'H', b) {
        if k < 2
            || !b[k - 2].is_ascii_digit()
            || !b[k - 1].is_ascii_digit()
            || !matches!(b.get(k + 1), Some(b'1' | b'2'))
        {
            continue;
        }
        let (s, e) = (k - 2, k + 2);
        let glued = |c: Option<&u8>| {
            c.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'/' | b'_'))
        };
        // (A full stop after it ends the sentence: "on 21H1.")
        let stop = b.get(e) == Some(&b'.') && !b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric);
        if glued(s.checked_sub(1).and_then(|i| b.get(i)))
            || glued(b.get(e)) && !stop
            || taken.overlaps(out, s, e)
        {
            continue;
        }
        out.push(("version.number", s, e));
    }
}

/// The end of " SP3" or " CU12" right after a version number ending at `end`.
fn service_pack_after(text: &str, end: usize) -> Option<usize> {
    let rest = text[end..].strip_prefix(' ')?;
    let tail = rest
        .strip_prefix("SP")
        .or_else(|| rest.strip_prefix("CU"))?;
    let n = tail.bytes().take_while(u8::is_ascii_digit).count();
    let e = end + 3 + n;
    ((1..=3).contains(&n)
        && !text
            .as_bytes()
            .get(e)
            .is_some_and(u8::is_ascii_alphanumeric))
    .then_some(e)
}

/// A header cell that names a column of versions ("Version", "Firmware", "OS build").
/// An Android device's security patch level, a date that dates its firmware: "security
/// patch level 2024-02-01", "patch level: 1 March 2024".
fn find_patch_levels(text: &str, out: &mut Vec<Hit>) {
    // ("patch level" and "Patch level" in one search.)
    for k in PATCH_LEVEL.find_iter(text.as_bytes()) {
        if k == 0 || !matches!(text.as_bytes()[k - 1], b'p' | b'P') {
            continue;
        }
        let from = k + 10;
        let rest = &text[from..];
        let gap = rest.len() - rest.trim_start_matches([' ', ':', '-']).len();
        let at = from + gap;
        let end = text[at..]
            .find(|c: char| !(c.is_ascii_digit() || c == '-'))
            .map_or(text.len(), |n| at + n);
        let date = &text[at..end];
        let iso = date.len() == 10
            && date.as_bytes()[4] == b'-'
            && date.as_bytes()[7] == b'-'
            && (date.starts_with("20") || date.starts_with("19"));
        if iso && gap > 0 {
            out.push(("version.number", at, end));
        }
    }
}

/// A firmware build written as a code rather than a dotted number, just after the word
/// "firmware" ("the tablet firmware (T575XXU5DWB1)", "Firmware: V5.7.3_build220112",
/// "firmware build RB2011-7.14"): capitals and digits, a letter and two digits at least.
/// Not a word ("firmware updates"), nor a dotted number alone (`find_numbers` has it).
fn find_firmware_builds(text: &str, out: &mut Vec<Hit>) {
    for k in FIRMWARE.find_iter(text.as_bytes()) {
        if k == 0 || !matches!(text.as_bytes()[k - 1], b'f' | b'F') {
            continue;
        }
        let (s0, from) = (k - 1, k + 7);
        if s0 > 0 && text.as_bytes()[s0 - 1].is_ascii_alphanumeric() {
            continue;
        }
        let mut rest = &text[from..];
        let mut at = from;
        for word in [" version", " build", " is", ":", " (", " "] {
            if let Some(r) = rest.strip_prefix(word) {
                at += word.len();
                rest = r;
            }
        }
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
            .unwrap_or(rest.len());
        let token = rest[..len].trim_end_matches(['.', '-', '_']);
        let b = token.as_bytes();
        let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
        let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
        let dotted = token
            .trim_start_matches(['v', 'V'])
            .bytes()
            .all(|c| c.is_ascii_digit() || c == b'.');
        if (6..=32).contains(&b.len())
            && !dotted
            && digits >= 2
            && letters >= 1
            && b[0].is_ascii_alphanumeric()
            && (!b.iter().any(u8::is_ascii_lowercase) || token.contains("build"))
            && at > from
        {
            out.push(("version.number", at, at + token.len()));
        }
    }
}

/// Windows updates by their number ("KB5034441 has not been applied"), and a switch's
/// firmware by its coded release ("WC.16.10.0012": two capitals, then three numbers,
/// the last of three or more digits; not a standard's clause, "A.12.6.1").
#[inline(never)]
fn find_update_numbers(text: &str, cues: &CueHits, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let runs = cues.digit_runs();
    for (k, &(s, e)) in runs.iter().enumerate() {
        let alone_after = !b.get(e).is_some_and(|c| c.is_ascii_alphanumeric());
        // "KB5034441".
        if (6..=7).contains(&(e - s))
            && alone_after
            && s >= 2
            && b[s - 2..s].eq_ignore_ascii_case(b"kb")
            && (s == 2 || !b[s - 3].is_ascii_alphanumeric())
        {
            out.push(("version.update", s - 2, e));
            continue;
        }
        // "CVE-2023-4966": a published vulnerability's identifier, its year then its
        // number, where the draft says a system had it ("vulnerable to", "affected
        // by", "exploited"), not in a list of fixes.
        if e - s == 4
            && s >= 4
            && b[s - 4..s].eq_ignore_ascii_case(b"cve-")
            && (s == 4 || !b[s - 5].is_ascii_alphanumeric())
            && b.get(e) == Some(&b'-')
            && runs.get(k + 1).is_some_and(|&(ns, ne)| {
                ns == e + 1
                    && (4..=7).contains(&(ne - ns))
                    && !b.get(ne).is_some_and(u8::is_ascii_alphanumeric)
            })
            && has_word(
                &line_before(text, s - 4, 80)
                    .rsplit(". ")
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase(),
                &[
                    "vulnerable",
                    "affected",
                    "exposed",
                    "exploited",
                    "exploit",
                    "exploiting",
                    "unpatched",
                    "susceptible",
                    "compromised",
                ],
            )
        {
            out.push(("version.cve", s - 4, runs[k + 1].1));
            continue;
        }
        // "WC.16.10.0012".
        if s >= 3
            && b[s - 1] == b'.'
            && b[s - 3..s - 1].iter().all(u8::is_ascii_uppercase)
            && (s == 3 || !b[s - 4].is_ascii_alphanumeric() && b[s - 4] != b'.')
            && (1..=3).contains(&(e - s))
            && k + 2 < runs.len()
            && b.get(e) == Some(&b'.')
            && runs[k + 1].0 == e + 1
            && (1..=3).contains(&(runs[k + 1].1 - runs[k + 1].0))
            && b.get(runs[k + 1].1) == Some(&b'.')
            && runs[k + 2].0 == runs[k + 1].1 + 1
            && (3..=5).contains(&(runs[k + 2].1 - runs[k + 2].0))
            && !b.get(runs[k + 2].1).is_some_and(|c| {
                c.is_ascii_alphanumeric()
                    || *c == b'.' && b.get(runs[k + 2].1 + 1).is_some_and(u8::is_ascii_digit)
            })
        {
            out.push(("version.number", s - 3, runs[k + 2].1));
        }
    }
}

static FIRMWARE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("irmware"));

static PATCH_LEVEL: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("atch level"));

/// Is there a version word a little before `at` on its line ("version 4.1.2.10",
/// "build 10.4.2.1")? A dotted quad after one is a version, not an address: the
/// network detector leaves it, and this detector takes it.
pub(crate) fn after_version_word(text: &str, at: usize) -> bool {
    let window = line_before(text, at, 12);
    // (The window may open inside a word: the "V" of "UCV-SPT-LEG01 10.31.8.20", a
    // host's name, is no version word.)
    let window = if text[..at - window.len()]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
    {
        window.trim_start_matches(char::is_alphanumeric)
    } else {
        window
    };
    has_word(window, &["version", "v", "build", "release"])
}

fn is_version_header(cell: &str) -> bool {
    let t = cell.trim().trim_matches(['*', ':', ' ']);
    let is = |t: &str| t.len() <= 20 && VERSION_HEADERS.iter().any(|h| t.eq_ignore_ascii_case(h));
    // ("Version / detail", "Release/patch": a header of two, one of them a version's.)
    is(t) || t.len() <= 32 && t.contains('/') && t.split('/').any(|p| is(p.trim()))
}

/// A cell that reads as a version: "24.1 SP2", "2023.1", "12.1", "R2", "7.2.5", "v3",
/// "21H2": every word a version's, and a digit somewhere.
fn is_version_cell(t: &str) -> bool {
    t.len() <= 24
        && t.bytes().any(|b| b.is_ascii_digit())
        && t.split(' ')
            .all(|w| !w.is_empty() && is_version_token(w, true))
}

/// The word run that ends just before `at` (with a space, a colon, "#" or "no." between),
/// as a byte range.
fn previous_word(text: &str, at: usize) -> Option<(usize, usize)> {
    // (A wrapped line may part the word from its number: "(release\n5.3.1)".)
    let mut head = text[..at].trim_end_matches([' ', ':', '#', '\n', '\r']);
    if let Some(h) = head
        .strip_suffix(" no.")
        .or_else(|| head.strip_suffix(" No."))
    {
        head = h;
    }
    if head.len() == at || at - head.len() > 5 {
        return None;
    }
    let s = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c) || c == '-')
        .last()
        .map(|(i, _)| i)?;
    Some((s, head.len()))
}

/// Words after which a number of three parts is a release: "is 6.2.14", "running 3.1.4";
/// a product's part named before its release ("GlobalProtect (client 6.1.3)", "the
/// agent 7.2.14").
const COPULAS: &[&str] = &["is", "was", "are", "running", "runs", "client", "agent"];

/// Words before "on" that say the body uses a release ("still on", "we're on",
/// "currently on").
const ON_WORDS: &[&str] = &[
    "still",
    "are",
    "re",
    "now",
    "currently",
    "remain",
    "remains",
    "stuck",
    "is",
    "was",
    "were",
];

/// Words before "to" or "from" that move software between releases: "upgraded to 5.4.1"
/// (not "refer to 3.1.2", a paragraph).
const UPGRADE_WORDS: &[&str] = &[
    "upgraded",
    "updated",
    "patched",
    "moved",
    "migrated",
    "upgrade",
    "update",
    "upgrading",
    "updating",
    "patching",
    "rolled",
    "rolling",
    "reverted",
    "reverting",
    "downgraded",
    "downgrading",
];

/// Is the word at `ws..we`, just before a number, one that makes a number of three parts
/// a release: "is", "running"; "to" or "from" after an upgrade word or another number
/// ("upgraded from 5.2.1 to 5.4.1"); "on" after "are" or "still" ("We are on 5.14.2").
fn copula_at(text: &str, (ws, we): (usize, usize)) -> bool {
    let w = &text[ws..we];
    if COPULAS.iter().any(|k| w.eq_ignore_ascii_case(k)) {
        return true;
    }
    // "We are on 5.14.2", "still on 6.2.14": where the software stands.
    // "client pinned at 6.0.11": where the software is held.
    if w == "at" {
        return previous_word(text, ws).is_some_and(|(s, e)| {
            ["pinned", "held", "frozen", "fixed", "locked", "stuck"]
                .iter()
                .any(|k| text[s..e].eq_ignore_ascii_case(k))
        });
    }
    if w == "on" {
        return previous_word(text, ws).is_some_and(|(s, e)| {
            [
                "are",
                "is",
                "still",
                "currently",
                "now",
                "remain",
                "remains",
                "were",
                "was",
            ]
            .iter()
            .any(|k| text[s..e].eq_ignore_ascii_case(k))
        });
    }
    // "fixed in 4.11.2": the release that mended a fault.
    if w == "in" {
        return previous_word(text, ws).is_some_and(|(s, e)| {
            ["fixed", "resolved", "patched", "corrected", "addressed"]
                .iter()
                .any(|k| text[s..e].eq_ignore_ascii_case(k))
        });
    }
    if !(w.eq_ignore_ascii_case("to") || w.eq_ignore_ascii_case("from")) {
        return false;
    }
    let head = text[..ws].trim_end_matches(' ');
    if head.ends_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let upgrade = |(s, e): (usize, usize)| {
        UPGRADE_WORDS
            .iter()
            .any(|k| text[s..e].eq_ignore_ascii_case(k))
    };
    // ("Rolling back to 6.8.2", "rolled back to": the verb before "back".)
    previous_word(text, ws).is_some_and(|(s, e)| {
        upgrade((s, e))
            || text[s..e].eq_ignore_ascii_case("back")
                && previous_word(text, s).is_some_and(upgrade)
    })
}

/// Words between a subject version word and its "is": "the version currently in use is",
/// "the release deployed now is".
const SUBJECT_FILLERS: &[&str] = &[
    "currently",
    "now",
    "in",
    "use",
    "live",
    "deployed",
    "installed",
    "running",
    "today",
    "of",
    "the",
    "system",
    "software",
    "application",
    "app",
];

/// The version word that is the subject of an "is" just before `at`: "The version
/// currently in use is 3.8.2" (the word's start, the word not in the span).
fn subject_version_word(text: &str, at: usize) -> Option<(usize, bool, bool)> {
    let (ws, we) = previous_word(text, at)?;
    let w = &text[ws..we];
    if !(w.eq_ignore_ascii_case("is") || w.eq_ignore_ascii_case("was")) {
        return None;
    }
    let mut from = ws;
    for _ in 0..5 {
        let (s, e) = previous_word(text, from)?;
        let w = &text[s..e];
        if ["version", "release", "build"]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k))
        {
            return Some((s, false, false));
        }
        if !SUBJECT_FILLERS.iter().any(|k| w.eq_ignore_ascii_case(k)) {
            return None;
        }
        from = s;
    }
    None
}

/// Labels that start the lines of a document's control block ("Date: May 2024",
/// "Author: …", "Status: Approved").
const CONTROL_LABELS: &[&str] = &[
    "date",
    "author",
    "owner",
    "status",
    "approved",
    "review",
    "next review",
    "classification",
    "document",
    "title",
    "reference",
    "issue",
    "effective",
    "prepared by",
    "revision",
];

/// Is the version at `start..end` a line of its own in a document's control block: its
/// line holds little else, and the line before or after starts with a control label
/// ("Version 1.0.2" over "Date: 12 May 2024")?
fn in_document_control(text: &str, start: usize, end: usize) -> bool {
    // Read in short windows only: a long line is no control block's, and a one-line
    // paste of many versions must not be walked back to its start for each.
    let head = super::line_before(text, start, 12);
    let line_start = start - head.len();
    if !(line_start == 0 || text.as_bytes()[line_start - 1] == b'\n')
        || !head
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '-' | '|' | '•'))
            .is_empty()
    {
        return false;
    }
    let tail = super::line_after(text, end, 40);
    let line_end = end + tail.len();
    if line_end < text.len() && text.as_bytes()[line_end] != b'\n' || tail.trim().len() > 30 {
        return false;
    }
    let labelled = |line: &str| {
        let line = line
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '|' | '•'))
            .as_bytes();
        CONTROL_LABELS.iter().any(|l| {
            line.len() > l.len()
                && line[..l.len()].eq_ignore_ascii_case(l.as_bytes())
                && matches!(line[l.len()], b':' | b'\t' | b' ' | b'|')
        })
    };
    // The line before, if it starts within 80 bytes.
    let before = line_start.checked_sub(1).and_then(|newline| {
        let prev = super::line_before(text, newline, 80);
        let from = newline - prev.len();
        (from == 0 || text.as_bytes()[from - 1] == b'\n').then_some(prev)
    });
    let after = (line_end < text.len()).then(|| super::line_after(text, line_end + 1, 40));
    before.is_some_and(labelled) || after.is_some_and(labelled)
}

/// The text of the clause before `at`: back to a sentence's end, a line's start or
/// [`CLAUSE`] bytes.
fn clause_before(text: &str, at: usize) -> &str {
    let line = super::line_before(text, at, CLAUSE);
    // A word cut by the window's start is no word ("form" of "platform").
    let from = at - line.len();
    let line = if text[..from].ends_with(is_word_char) {
        line.split_once(' ').map_or("", |(_, whole)| whole)
    } else {
        line
    };
    let b = line.as_bytes();
    let mut cut = 0;
    for k in 0..b.len().saturating_sub(1) {
        if matches!(b[k], b'.' | b'!' | b'?' | b';') && b[k + 1] == b' ' {
            cut = k + 2;
        }
    }
    &line[cut..]
}

/// Words that open a sentence or name no system, though capitalised before a version or
/// after "system,".
const NOT_SYSTEM_WORDS: &[&str] = &[
    "The",
    "This",
    "That",
    "These",
    "Our",
    "Its",
    "It",
    "We",
    "Version",
    "Release",
    "Build",
    "Update",
    "Patch",
    "Service",
    "Pack",
    "Firmware",
    "Currently",
    "Now",
    "Since",
    "From",
    "Until",
    "In",
    "On",
    "At",
    "And",
    "Or",
    "But",
    "Yes",
    "Not",
    "Also",
    "Still",
    "No",
    "Q",
    "Question",
    "Answer",
    "Response",
    "Part",
    "Section",
    "Appendix",
    "Annex",
    "Table",
    "Figure",
    "Page",
    "Item",
    "Phase",
    "Stage",
    "Step",
    "Level",
    "Year",
    "Tier",
    "Option",
    "Schedule",
    "Rev",
    "Revision",
    "Draft",
    "Policy",
    "Standard",
    "Guidance",
    "Act",
    "Regulations",
    "Edition",
    "Upgrade",
    "Upgraded",
    "Upgrading",
    "Fix",
    "Fixed",
    "Fixes",
    "Float",
    "Bump",
    "Use",
    "Add",
    "Added",
    "Remove",
    "Removed",
    "Set",
    "Support",
    "Supports",
    "Requires",
    "Required",
    "Minimum",
    "Maximum",
    "Note",
    "See",
    "Run",
    "Running",
    "Installed",
    "Moved",
    "Migrated",
];

/// The last `n` words on the line before `end`, in order.
fn line_words_before(text: &str, end: usize, n: usize) -> impl Iterator<Item = &str> {
    // (At most the line's last 512 bytes, less a word the window cuts: a long line is
    // not split whole at each call.)
    let line = super::line_before(text, end, 512);
    let from = end - line.len();
    let cut = from > 0 && text.as_bytes()[from - 1] != b'\n';
    let mut words: Vec<&str> = line.split_whitespace().collect();
    if cut && !line.starts_with(char::is_whitespace) && !words.is_empty() {
        words.remove(0);
    }
    let from = words.len().saturating_sub(n);
    words.into_iter().skip(from)
}

/// The capitalised name (one to three words; a word of digits only after the first)
/// that ends at `end`: its start, or None.
fn name_ending_at(text: &str, end: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut start = end;
    let mut words = 0;
    let mut p = end;
    while words < 3 {
        let mut q = p;
        while q > 0 && (b[q - 1].is_ascii_alphanumeric() || b[q - 1] == b'-') {
            q -= 1;
        }
        if q == p {
            break;
        }
        let w = &text[q..p];
        let capital = w.starts_with(|c: char| c.is_ascii_uppercase());
        let digits = w.bytes().all(|c| c.is_ascii_digit());
        if !(capital || digits && words == 0) || NOT_SYSTEM_WORDS.contains(&w) {
            break;
        }
        start = q;
        words += 1;
        if q > 0 && b[q - 1] == b' ' {
            p = q - 1;
        } else {
            break;
        }
    }
    // A name, not a number alone: a capitalised word of three or more letters in it.
    let name = &text[start..end];
    let lettered = name
        .split(' ')
        .any(|w| w.len() >= 3 && w.starts_with(|c: char| c.is_ascii_uppercase()));
    (words > 0 && lettered).then_some(start)
}

/// The capitalised name (one to three words) that starts at `start`: its end, or None.
/// It must end where a clause does (",", ")", ".", ";", " and", " –").
fn name_starting_at(text: &str, start: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut e = start;
    let mut words = 0;
    loop {
        let s = e;
        let opens = b.get(s).is_some_and(u8::is_ascii_uppercase)
            || words > 0 && b.get(s).is_some_and(u8::is_ascii_digit);
        if !opens {
            break;
        }
        let mut q = s;
        while q < b.len() && (b[q].is_ascii_alphanumeric() || b[q] == b'-') {
            q += 1;
        }
        if NOT_SYSTEM_WORDS.contains(&&text[s..q]) || q - s < 2 {
            return None;
        }
        e = q;
        words += 1;
        if words == 3
            || b.get(e) != Some(&b' ')
            || !b.get(e + 1).is_some_and(u8::is_ascii_uppercase)
        {
            break;
        }
        e += 1;
    }
    let rest = &text[e..];
    let closes = rest.starts_with([',', ')', '.', ';', '?'])
        || rest.starts_with(" and ")
        || rest.starts_with(" or ")
        || rest.starts_with(" –")
        || rest.starts_with(" - ");
    (words > 0 && e > start + 2 && closes).then_some(e)
}

/// Does `s..e` overlap one of `taken` (sorted by start)? A binary search, then back over
/// the spans that start shortly before: not every span for every name, on a long draft
/// with many.
pub(crate) fn overlaps_taken(taken: &[(usize, usize)], s: usize, e: usize) -> bool {
    let i = taken.partition_point(|&(a, _)| a < e);
    taken[..i]
        .iter()
        .rev()
        .take_while(|&&(a, _)| a + 4096 > s)
        .any(|&(_, z)| s < z)
}

/// Systems named by what the draft says of them, for review: the name right before a
/// version ("DEMS 360 (v4.1.7)"), a name set after "system," or "platform (" ("the
/// staff rostering system, RotaCloud,"), and a name a supplier is said to supply
/// ("Inquest Manager, supplied by Halden Digital Ltd").
///
/// Run after the name pass, with every span found so far in `taken` (sorted by start;
/// none longer than 4 KB counts):
/// a name already found there, a person's or a product's, is left as it is ("Rich Trott
/// v20.1.0", a release manager's name before a version, stays a person's).
#[inline(never)]
pub(crate) fn find_named_systems(
    text: &str,
    versions: &[(usize, usize)],
    taken: &[(usize, usize)],
    out: &mut Vec<Hit>,
) {
    let mut found: Vec<(usize, usize)> = Vec::new();
    // Before a version.
    for &(vs, _) in versions {
        let mut p = vs;
        let before = &text[..p];
        if let Some(r) = before.strip_suffix(" (") {
            p = r.len();
        } else if let Some(r) = before.strip_suffix(' ') {
            p = r.len();
        } else {
            continue;
        }
        if let Some(s) = name_ending_at(text, p) {
            found.push((s, p));
        }
    }
    // After a word for a system, or before "supplied by".
    let b = text.as_bytes();
    // (The names a draft says are a system's: "system, RotaCloud,", "database is
    // Core-Vet".)
    let mut said: Vec<(usize, usize)> = Vec::new();
    for (word, after) in [
        (&b"system"[..], true),
        (b"platform", true),
        (b"software", true),
        (b"application", true),
        (b"database", true),
        (b", supplied by", false),
        (b" (supplied by", false),
        (b", provided by", false),
        (b", developed by", false),
    ] {
        for k in memchr::memmem::find_iter(b, word) {
            if after {
                if k > 0 && b[k - 1].is_ascii_alphabetic() {
                    continue;
                }
                let mut p = k + word.len();
                if b.get(p) == Some(&b's') {
                    p += 1;
                }
                let rest = &text[p..];
                let lead = [", ", " (", " called ", " known as ", " named ", " is "]
                    .iter()
                    .find(|l| rest.starts_with(**l));
                let Some(lead) = lead else {
                    continue;
                };
                if let Some(e) = name_starting_at(text, p + lead.len()) {
                    // Not the initials of the words before it: "integrated
                    // communications control system (ICCS)" names a kind of system.
                    let name = &text[p + lead.len()..e];
                    let initials: String = line_words_before(text, p, name.len())
                        .map(|w| w.chars().next().unwrap_or(' ').to_ascii_uppercase())
                        .collect();
                    // After "is", a name shaped as a product's is ("Core-Vet", "RotaCloud",
                    // "EDRMS", "Inquest Manager"), not a word with its capital ("The
                    // system is Available.").
                    let shaped = *lead != " is " || name.contains(' ') || product_shaped(name);
                    if shaped && !(name.bytes().all(|c| c.is_ascii_uppercase()) && initials == name)
                    {
                        found.push((p + lead.len(), e));
                        said.push((p + lead.len(), e));
                    }
                }
            } else if let Some(s) = name_ending_at(text, k) {
                found.push((s, k));
            }
        }
    }
    // A firm named after the word for what it is to the body ("the ICB's commissioned
    // provider, Solent Digital Partners.", "our IT supplier is Harbour Networks"): two
    // or three capitalised words.
    let mut firms: Vec<(usize, usize)> = Vec::new();
    for word in [&b"provider"[..], b"supplier"] {
        for k in memchr::memmem::find_iter(b, word) {
            if k > 0 && b[k - 1].is_ascii_alphabetic() {
                continue;
            }
            let p = k + word.len();
            let Some(lead) = [", ", " is "].iter().find(|l| text[p..].starts_with(**l)) else {
                continue;
            };
            // (Of IT, by the sentence: "practices' IT is supported by the ICB's
            // commissioned provider, …"; not "our lead home care provider, …".)
            let sentence = line_before(text, k, 160);
            let sentence = sentence.rsplit(". ").next().unwrap_or(sentence);
            let of_it = sentence
                .split(|c: char| !is_alnum(c))
                .any(|w| w == "IT" || w == "ICT")
                || has_word(
                    &sentence.to_ascii_lowercase(),
                    &[
                        "telephony",
                        "network",
                        "hosting",
                        "software",
                        "broadband",
                        "cyber",
                        "digital",
                        "it support",
                    ],
                );
            if let Some(e) = name_starting_at(text, p + lead.len()).filter(|_| of_it) {
                if text[p + lead.len()..e].contains(' ') {
                    firms.push((p + lead.len(), e));
                }
            }
        }
    }
    // A system's initials with its name spelled out in brackets ("held on NCS (National
    // Custody System)"): the whole, as the draft names it.
    for word in [&b" System)"[..], b" Platform)", b" Database)"] {
        for k in memchr::memmem::find_iter(b, word) {
            let close = k + word.len();
            let head = line_before(text, k, 80);
            let Some(open) = head.rfind('(') else {
                continue;
            };
            let open = k - head.len() + open;
            let spelled = text[open + 1..k].split(' ').all(|w| {
                w.starts_with(|c: char| c.is_ascii_uppercase())
                    || matches!(w, "of" | "and" | "for" | "the")
            });
            let Some(lead) = text[..open].strip_suffix(' ') else {
                continue;
            };
            let n = lead
                .bytes()
                .rev()
                .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                .count();
            let initials = &lead[lead.len() - n..];
            if spelled
                && (2..=6).contains(&n)
                && initials.starts_with(|c: char| c.is_ascii_uppercase())
                && !lead[..lead.len() - n].ends_with(|c: char| is_alnum(c))
            {
                found.push((lead.len() - n, close));
            }
        }
    }
    let mut asked: Vec<(usize, usize)> = Vec::new();
    // Asked about by name ("What software is used for the vetting database – is it
    // Core-Vet?", "is it Ticketer or Vix?"): the names after "is it", in a question
    // about a system.
    for k in memchr::memmem::find_iter(b, b"s it ") {
        if k < 2 || !text[..k + 1].ends_with(" is") && !text[..k + 1].ends_with(" Is") {
            continue;
        }
        let mut p = k + 5;
        // ("is it the Broadcare system?")
        if text[p..].starts_with("the ") {
            p += 4;
        }
        // (Its sentence, which may wrap over lines.)
        let mut from = k.saturating_sub(200);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let window = &text[from..k];
        // (Or the question before it: "What intelligence database does the service
        // use? Is it Memex …")
        let question = {
            let mut parts = window.rsplit(['.', '?', '!']);
            let last = parts.next().unwrap_or(window);
            let asked_before = window[..window.len() - last.len()].ends_with('?');
            let before = if asked_before {
                parts.next().unwrap_or("")
            } else {
                ""
            };
            format!("{before} {last}").to_ascii_lowercase()
        };
        if !has_word(&question, QUESTION_SYSTEM_WORDS) {
            continue;
        }
        // ("the Broadcare system?": a name before the word for what it is.)
        let before_kind = |p: usize| {
            let n = text[p..]
                .find(|c: char| !(is_alnum(c) || c == '-'))
                .unwrap_or(text.len() - p);
            let word = &text[p..p + n];
            (n >= 3
                && word.starts_with(|c: char| c.is_ascii_uppercase())
                && !NOT_SYSTEM_WORDS.contains(&word)
                && [" system", " software", " platform", " database", " app"]
                    .iter()
                    .any(|k| text[p + n..].starts_with(k)))
            .then_some(p + n)
        };
        while let Some(e) = name_starting_at(text, p).or_else(|| before_kind(p)) {
            // (In a question about a system, any name it asks about: "Is it Memex or
            // the national IDB?", "is it the Broadcare system?".)
            found.push((p, e));
            asked.push((p, e));
            match [" or the ", " or ", ", "]
                .iter()
                .find(|sep| text[e..].starts_with(**sep))
            {
                Some(sep) => p = e + sep.len(),
                None => break,
            }
        }
    }
    // The draft's other mentions of a name it says is a system's ("the vetting
    // database is Core-Vet" … "and Core-Vet authenticates users against the
    // directory"): a name of four letters or more, as a whole word. (A few names per
    // draft; one search each.) Not a name found by its version or supplier alone:
    // a person's name may stand before a version in a changelog.
    let said = {
        let mut strong = said;
        // (Shaped as a product's name is, not as a person's: "Core-Vet", "RotaCloud",
        // "EDRMS2"; not "Joyee Cheung" in brackets after "applications".)
        strong.retain(|&(s, e)| {
            let name = &text[s..e];
            !overlaps_taken(taken, s, e) && !name.contains(' ') && product_shaped(name)
        });
        strong
    };
    let mut names: Vec<&str> = said
        .iter()
        .chain(&asked)
        .map(|&(s, e)| &text[s..e])
        .filter(|n| n.len() >= 4)
        .collect();
    names.sort_unstable();
    names.dedup();
    for name in names.into_iter().take(32) {
        for k in memchr::memmem::find_iter(b, name.as_bytes()) {
            let e = k + name.len();
            let whole = !text[..k].ends_with(|c: char| is_alnum(c) || c == '-')
                && !text[e..].starts_with(|c: char| is_alnum(c) || c == '-');
            if whole {
                found.push((k, e));
            }
        }
    }
    found.sort_unstable_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
    found.dedup();
    // (One span where two found overlap: the first, the longer if they start together.)
    let mut reached = 0;
    for &(s, e) in &found {
        if s >= reached && !overlaps_taken(taken, s, e) {
            out.push(("supplier.named_system", s, e));
            reached = e;
        }
    }
    for (s, e) in firms {
        if !overlaps_taken(taken, s, e) && !overlaps_taken(&found, s, e) {
            out.push(("supplier.company", s, e));
        }
    }
}

/// Is a one-word name shaped as a product's is, not as a word with its capital: a
/// hyphen, a digit or a capital after its first letter ("Core-Vet", "EDRMS2",
/// "RotaCloud"; not "Available")?
fn product_shaped(name: &str) -> bool {
    name.contains('-')
        || name.bytes().any(|c| c.is_ascii_digit())
        || name.bytes().skip(1).any(|c| c.is_ascii_uppercase())
}

/// Words that make a question about a system: "is it" after one of them asks about a
/// product by name ("What software … – is it Core-Vet?").
const QUESTION_SYSTEM_WORDS: &[&str] = &[
    "software",
    "system",
    "systems",
    "platform",
    "database",
    "product",
    "application",
    "app",
    "supplier",
    "provider",
    "solution",
    "tool",
    "package",
];

/// Kinds of device a model code may stand before ("two DS-9632NI-I8 network video
/// recorders", "JL256A switches").
const DEVICE_NOUNS: &[&str] = &[
    // ("The cameras are DS-2CD2143G2-I units": a model code's shape says it is one.)
    "units",
    "camera",
    "cameras",
    "recorder",
    "recorders",
    "nvr",
    "nvrs",
    "dvr",
    "dvrs",
    "switch",
    "switches",
    "firewall",
    "firewalls",
    "router",
    "routers",
    "appliance",
    "appliances",
    "server",
    "servers",
    "laptop",
    "laptops",
    "tablet",
    "tablets",
    "handset",
    "handsets",
    "phones",
    "printer",
    "printers",
    "mfd",
    "mfds",
    "controller",
    "controllers",
    "sensors",
    "monitors",
    "pumps",
    "terminals",
    "radios",
    "scanners",
    "ap",
    "aps",
    "point",
    "points",
    "arrays",
    "array",
    "desktops",
    "workstations",
    "readers",
    "panels",
];

/// Words that may stand between a model code and its kind of device ("network video
/// recorders", "PTZ cameras", "core switches").
const DEVICE_MODIFIERS: &[&str] = &[
    "network",
    "video",
    "wireless",
    "ptz",
    "ip",
    "core",
    "edge",
    "access",
    "security",
    "patient",
    "door",
    "storage",
    "rack",
    "dome",
    "bullet",
    "body-worn",
    "multifunction",
];

/// Is `t` shaped like a device's model code: capitals and digits, perhaps joined by
/// hyphens, four to twenty characters, a letter and a digit at least ("FG-100F",
/// "JL256A", "PSA3000", "DS-9632NI-I8", "AP-635"). Not an ingress rating ("IP67") or a
/// year.
fn model_code(t: &str) -> bool {
    let b = t.as_bytes();
    (4..=20).contains(&b.len())
        && b.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'-')
        && b.iter().any(u8::is_ascii_digit)
        && b.iter().any(u8::is_ascii_uppercase)
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && !t.starts_with("IP")
        && !t.starts_with("COVID")
        && !t.starts_with("ISO")
        && !t.starts_with("FOI")
        && !t.starts_with("UTF")
        && !t.contains("--")
}

/// A device named by its model code alone, with what says it is one: its kind of
/// device after it ("two DS-9632NI-I8 network video recorders"), a count before it ("2 x
/// JL256A", "a pair of FG-100F"), a count after it ("U6-LR x 24"), or in brackets after a
/// model or appliance word ("the AP model (AP-635)", "Pulse Secure appliances
/// (PSA3000)").
/// Another model of a range the draft names with its make ("mostly Trend IQ4
/// outstations, with some older IQ3 units"): a word of the same capitals and other
/// digits as a named product's last word. At most eight ranges, one sweep each.
#[inline(never)]
fn find_sibling_models(text: &str, products: &[(usize, usize)], out: &mut Vec<Hit>) {
    const NOT_RANGES: &[&str] = &[
        "IP", "PC", "KB", "SP", "CU", "VM", "MB", "GB", "TB", "FY", "PS", "SW", "AP", "CVE", "ISO",
        "COVID", "UTF", "FOI", "HP", "DC", "TLS", "SSL", "WPA", "USB", "DDR", "LTE", "CAT", "SHA",
        "MD", "PCI", "IPV", "MK",
    ];
    let b = text.as_bytes();
    let mut ranges: Vec<(&str, &str)> = Vec::new();
    for &(ps, pe) in products {
        let name = &text[ps..pe];
        let last = name.rsplit(' ').next().unwrap_or(name);
        let letters = last.bytes().take_while(u8::is_ascii_uppercase).count();
        let digits = &last[letters..];
        if (2..=4).contains(&letters)
            && (1..=4).contains(&digits.len())
            && digits.bytes().all(|c| c.is_ascii_digit())
            && !NOT_RANGES.contains(&&last[..letters])
            && !ranges.iter().any(|r| r.1 == last)
        {
            ranges.push((&last[..letters], last));
            if ranges.len() == 8 {
                break;
            }
        }
    }
    for (prefix, _) in ranges {
        for k in memchr::memmem::find_iter(b, prefix.as_bytes()) {
            let e0 = k + prefix.len();
            let e = e0
                + b[e0..]
                    .iter()
                    .take(5)
                    .take_while(|c| c.is_ascii_digit())
                    .count();
            if !(1..=4).contains(&(e - e0))
                || k > 0
                    && (b[k - 1].is_ascii_alphanumeric()
                        || matches!(b[k - 1], b'-' | b'.' | b'/' | b'_'))
                || b.get(e)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_'))
                || b.get(e) == Some(&b'.') && b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric)
            {
                continue;
            }
            if !overlaps_taken(products, k, e) {
                out.push(("device.model_sibling", k, e));
            }
        }
    }
}

#[inline(never)]
fn find_model_codes(text: &str, cues: &CueHits, products: &[(usize, usize)], out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let mut last = usize::MAX;
    for &(ds, de) in cues.digit_runs() {
        // The token around the digits.
        let mut s = ds;
        while s > 0 && (b[s - 1].is_ascii_alphanumeric() || b[s - 1] == b'-') && ds - s < 20 {
            s -= 1;
        }
        if s == last {
            continue;
        }
        let mut e = de;
        while e < b.len() && (b[e].is_ascii_alphanumeric() || b[e] == b'-') && e - s < 24 {
            e += 1;
        }
        let e = text[..e].trim_end_matches('-').len();
        let s = s + (text[s..e].len() - text[s..e].trim_start_matches('-').len());
        last = s;
        let token = &text[s..e];
        if !model_code(token)
            || s > 0 && matches!(b[s - 1], b'.' | b'/' | b'\\' | b'_' | b'@' | b':')
            || b.get(e)
                .is_some_and(|c| matches!(c, b'.' | b'/' | b'\\' | b'_' | b'@'))
                && b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric)
        {
            continue;
        }
        // The words after it: a kind of device, perhaps after a modifier; or "x 24".
        let after = super::line_after(text, e, 40);
        let mut words = after.split_whitespace();
        let noun_after = words.next().is_some_and(|w| {
            let w = w
                .trim_end_matches([',', '.', ';', ')'])
                .to_ascii_lowercase();
            DEVICE_NOUNS.contains(&w.as_str())
                || DEVICE_MODIFIERS.contains(&w.as_str())
                    && words.next().is_some_and(|w2| {
                        let w2 = w2
                            .trim_end_matches([',', '.', ';', ')'])
                            .to_ascii_lowercase();
                        DEVICE_NOUNS.contains(&w2.as_str())
                            || DEVICE_MODIFIERS.contains(&w2.as_str())
                                && words.next().is_some_and(|w3| {
                                    DEVICE_NOUNS.contains(
                                        &w3.trim_end_matches([',', '.', ';', ')'])
                                            .to_ascii_lowercase()
                                            .as_str(),
                                    )
                                })
                    })
        });
        let count_after = {
            let a = after.trim_start();
            (a.starts_with("x ") || a.starts_with("× "))
                && a[a.find(' ').unwrap_or(0) + 1..].starts_with(|c: char| c.is_ascii_digit())
        };
        let before = super::line_before(text, s, 40);
        let before_lower = before.to_ascii_lowercase();
        let count_before = {
            let t = before_lower.trim_end();
            t.ends_with(" x") || t.ends_with('×') || t.ends_with("pair of")
        };
        // (A model of a kind of device, not of a lift or a defibrillator: "the AP model
        // (AP-635)".)
        let bracketed = before.ends_with('(') && {
            let t = before_lower.trim_end_matches(['(', ' ']);
            let mut w = t.rsplit(' ');
            let last = w.next().unwrap_or("");
            DEVICE_NOUNS.contains(&last)
                || last == "model" && w.next().is_some_and(|p| DEVICE_NOUNS.contains(&p))
        };
        // ("a ruggedised tablet, model SM-T636B": after "model" and a kind of device.)
        let model_before = {
            let t = before_lower
                .trim_end()
                .trim_end_matches([':', ','])
                .trim_end();
            let t = t
                .strip_suffix(" no.")
                .or_else(|| t.strip_suffix(" number"))
                .unwrap_or(t);
            t.strip_suffix("model").is_some_and(|lead| {
                // (The same clause: not "4G routers. The lift (Marlow model ML-630)".)
                let lead = lead.rsplit(". ").next().unwrap_or(lead);
                let lead = lead.rsplit(['(', ';']).next().unwrap_or(lead);
                lead.split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
                    .any(|w| DEVICE_NOUNS.contains(&w))
            })
        };
        // (A model the lexicon named with its make or its kind keeps that finding.)
        let named = || {
            let i = products.partition_point(|&(a, _)| a < e);
            products[..i].iter().rev().take(8).any(|&(_, z)| s < z)
        };
        if (noun_after || count_after || count_before || bracketed || model_before) && !named() {
            out.push(("device.model_code", s, e));
        }
    }
}

/// Words that say who supports, hosts or supplies something: the firm's name follows.
const SUPPORT_LEADS: &[&str] = &[
    "supported by ",
    "looked after by ",
    "built by ",
    "managed by ",
    "hosted by ",
    "maintained by ",
    "provided by ",
    "supplied by ",
    "installed by ",
    "serviced by ",
    "support from ",
    "contract with ",
    "contracts are with ",
    "outsourced to ",
    "wiped by ",
    "contract by ",
    "contracted to ",
    "contract to ",
    "contracted with ",
    "engineers from ",
    "engineer from ",
    "technicians from ",
    "technician from ",
];

/// What a firm does to the body's IT, said just after its name ("Getinge UK Ltd
/// engineers connect", "Apex Building Services installed TeamViewer").
const FIRM_ACTS: &[&str] = &[
    " engineer ",
    " engineers ",
    " engineer,",
    " technician ",
    " technicians ",
    " installed ",
    " connects ",
    " connect ",
    " connected ",
    " dials in",
    " logs in",
    " has remote ",
    " have remote ",
    " remotely ",
];

/// Where the firm's name that ends just before `at` starts: its words in capitals ("&"
/// and a legal ending among them), two to six, back to what is not one of them. Not a
/// sentence's first word of no name ("The", "Our"), which the name starts after; not
/// the body's own desk or team.
fn firm_start_before(text: &str, at: usize) -> Option<usize> {
    // ("Kestrel Controls Ltd, has remote access": a comma may close the name.)
    let at = if at > 0 && text.as_bytes()[at - 1] == b',' {
        at - 1
    } else {
        at
    };
    let head = super::line_before(text, at, 80);
    let base = at - head.len();
    let mut end = head.len();
    let mut start = None;
    let mut n = 0;
    while n < 6 {
        let upto = &head[..end];
        let k = upto.rfind([' ', '\t']).map_or(0, |k| k + 1);
        if !firm_word(&upto[k..]) {
            break;
        }
        start = Some(base + k);
        n += 1;
        // (A tab ends the name: a table's cell.)
        if k == 0 || head.as_bytes()[k - 1] == b'\t' {
            break;
        }
        end = k - 1;
    }
    // (Not the body's own team: "the ICT Service Desk connects".)
    let name = &text[start?..at];
    let in_house = name
        .split([' ', '\t'])
        .any(|w| matches!(w, "Desk" | "Team" | "Department" | "Dept" | "Directorate"));
    start.filter(|_| n >= 2 && !in_house)
}

/// A word of a firm's name: in capitals or "&" or a legal ending, and no word that
/// opens a sentence ("The", "Our", "Their").
fn firm_word(w: &str) -> bool {
    (w.starts_with(|c: char| c.is_ascii_uppercase()) || w == "&" || w == "plc")
        // (A word that ends a sentence or a clause ends the name: "Model. Practices".)
        && w.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '&' | '-' | '\''))
        && !matches!(
            w,
            "The" | "Our" | "Their" | "A" | "An" | "This" | "That" | "Its" | "Your" | "Each"
        )
}

/// A firm's role as the body's supplier, before its name ("our systems integrator is").
const SUPPLIER_ROLES: &[&str] = &[
    " contractor",
    " integrator",
    " supplier",
    " provider",
    " reseller",
    " installer",
    " maintainer",
    // ("Our IT support company, Ashbridge PC Doctor Ltd,")
    " company",
    " firm",
    " partner",
];

/// Words before a supplier's role that make its trade IT's, besides [`IT_WORDS`]
/// ("our radio contractor", "the systems integrator", "our telephony provider").
const IT_TRADES: &[&str] = &[
    "radio",
    "systems",
    "scada",
    "telemetry",
    "integration",
    "technology",
    "digital",
    "service",
    "services",
    "support",
    "security",
    "telecommunications",
    "comms",
    "voip",
    // ("our implementation partner, Fennick Cloud Partners": who set a system up.)
    "implementation",
    "deployment",
    "migration",
    "hosting",
];

/// Words of a firm's name that say it works in IT or telecoms ("Tarn Valley Networks",
/// "Quarry Hill IT", "Harrier Voice Ltd").
const IT_FIRM_WORDS: &[&str] = &[
    "IT",
    "ICT",
    "Network",
    "Networks",
    "Networking",
    "Systems",
    "Solutions",
    "Technology",
    "Technologies",
    "Tech",
    "Digital",
    "Data",
    "Cloud",
    "Voice",
    "Telecom",
    "Telecoms",
    "Comms",
    "Communications",
    "Computing",
    "Computers",
    "Software",
    "Web",
    "Managed",
    "Security",
    "Cyber",
    "Integration",
    "Infrastructure",
    "Mobile",
    "Connect",
    "Hosting",
    "Broadband",
    "Fibre",
    "Wireless",
    "Document",
    "Print",
    "Recycling",
    // (Building and plant controls, telemetry: the BMS and SCADA run on the network.)
    "Controls",
    "Automation",
    "Telemetry",
    "Electronics",
];

/// Words of an IT sentence: what the firm supports is IT ("network", "server",
/// "website", "telephony").
const IT_WORDS: &[&str] = &[
    // Building and site systems run on the network too ("The BMS is maintained under
    // contract by Kingsbridge Building Controls Ltd").
    "bms",
    "access control",
    "door access",
    "rfid",
    "anpr",
    "telematics",
    "terminals",
    "tablets",
    "network",
    "networks",
    "server",
    "servers",
    "system",
    "systems",
    "website",
    "email",
    "e-mail",
    "telephony",
    "phones",
    "handsets",
    "firewall",
    "firewalls",
    "switches",
    "hosting",
    "laptops",
    "desktops",
    "devices",
    "cctv",
    "cameras",
    "software",
    "wi-fi",
    "wifi",
    "wireless",
    "printers",
    "printing",
    "it",
    "ict",
    "infrastructure",
    "backup",
    "backups",
    "cloud",
    "broadband",
    "internet",
    "connectivity",
    "hardware",
    "pcs",
    "storage",
    "vpn",
    "telecoms",
    "mobile",
    "appliances",
    "access points",
    "data centre",
    "helpdesk",
    "service desk",
    "assets",
    "wan",
    "lan",
    "hosts",
    "kit",
    "equipment",
    "scanner",
    "scanners",
    "pacs",
    "kiosk",
    "kiosks",
    "portal",
    "platform",
    "database",
    // ("Council mail is hosted on Microsoft 365 and managed by Cambrian IT".)
    "mail",
    "mailboxes",
    "hosted",
    "computers",
    "laptop",
    "router",
    // (A firm that reaches the body's IT from outside: "connects through BeyondTrust
    // Remote Support".)
    "remote access",
    "remote support",
    "remote session",
    "remote desktop",
];

/// Firms said to support, host, manage or supply the body's IT, for review ("managed
/// by Tarn Valley Networks", "hosted by Harrier Voice Ltd", "under Quarry Hill IT
/// support"): a name in capitals after the words that say so, ending in a firm's
/// ending or holding a word of IT, in a sentence about IT. Not a person ("managed by
/// Sarah Jones": the name pass has it), nor a firm of another trade.
#[inline(never)]
pub(crate) fn find_support_firms(text: &str, taken: &[(usize, usize)], out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let mut starts: Vec<FirmStart> = Vec::new();
    // One search for each lead's last word (" by ", " with ", " from ", " to "), then
    // the whole lead checked in place: not a search of the draft for each lead.
    for tail in [" by ", " with ", " from ", " to "] {
        for k in memchr::memmem::find_iter(b, tail.as_bytes()) {
            let end = k + tail.len();
            // Every lead's word before its last ends in "d", "t", "e" or "r" ("supported
            // by", "support from", "are with", "looked after by"): most of the draft's
            // " to " and " by " are passed over on one byte.
            if k == 0 || !matches!(b[k - 1], b'd' | b't' | b'e' | b'r' | b's' | b',') {
                continue;
            }
            // (A clause between ends with a comma: "supplied, and are maintained, by".)
            let head = text[..k].strip_suffix(',').unwrap_or(&text[..k]);
            if let Some(lead) = SUPPORT_LEADS.iter().find(|lead| {
                lead.strip_suffix(tail)
                    .is_some_and(|verb| head.ends_with(verb))
            }) {
                // (Work given out by contract: its paragraph may say what it is for.)
                let contracted = lead.starts_with("contract") || lead.starts_with("outsourced");
                // (Hosting is IT's: "hosted by Clarion Civic Software" needs no other
                // word of IT around it.)
                starts.push(FirmStart {
                    contracted,
                    hosted: lead.starts_with("hosted"),
                    ..FirmStart::at(end)
                });
            }
        }
    }
    // "under Quarry Hill IT support".
    for k in memchr::memmem::find_iter(b, b"under ") {
        starts.push(FirmStart::at(k + 6));
    }
    // "Hallam Controls Ltd engineer set up …", "Apex Building Services installed
    // TeamViewer": the firm's name just before what it did to the body's IT, read back
    // over its words in capitals (not a sentence's "The" or "Our").
    for act in FIRM_ACTS {
        for k in memchr::memmem::find_iter(b, act.as_bytes()) {
            if let Some(s) = firm_start_before(text, k) {
                starts.push(FirmStart::at(s));
            }
        }
    }
    // "our radio contractor Fellcomms Ltd", "Our systems integrator is Trident Controls
    // Ltd", "our telephony supplier, Harrier Voice Ltd": the firm after its role.
    // (The role's own word says the trade is IT's: not "our repairs contractor".)
    for role in SUPPLIER_ROLES {
        for k in memchr::memmem::find_iter(b, role.as_bytes()) {
            let trade = super::line_before(text, k, 24)
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            let it_trade =
                IT_WORDS.contains(&trade.as_str()) || IT_TRADES.contains(&trade.as_str());
            let mut at = k + role.len();
            // (The role's word whole, then a space or a comma: "contractor, Kestrel".)
            let Some(link) = [" is ", " was ", " are ", ", ", " - ", " – ", " "]
                .iter()
                .find(|link| text[at..].starts_with(*link))
            else {
                continue;
            };
            at += link.len();
            starts.push(FirmStart {
                needs_it_word: !it_trade,
                ..FirmStart::at(at)
            });
        }
    }
    // "Supplier: Kingsbridge Building Controls Ltd": a firm after its label, opening a
    // line; the lines around say what it supplies.
    // (Its value after spaces or a tab, as a form aligns it: "Awarded to:      Northern
    // Fibre & Wireless Ltd".)
    for label in [
        "Supplier:",
        "Contractor:",
        "Vendor:",
        "Supplier name:",
        "Awarded to:",
        "Maintainer:",
        "Maintained by:",
        "Supported by:",
        "Installer:",
        "Provider:",
        "Successful bidder:",
    ] {
        for k in memchr::memmem::find_iter(b, label.as_bytes()) {
            let at = k + label.len();
            let gap = b[at..]
                .iter()
                .take(40)
                .take_while(|c| matches!(c, b' ' | b'\t'))
                .count();
            if (k == 0 || b[k - 1] == b'\n') && gap > 0 {
                starts.push(FirmStart {
                    contracted: true,
                    label: true,
                    ..FirmStart::at(at + gap)
                });
            }
        }
    }
    starts.sort_unstable();
    starts.dedup_by_key(|st| st.at);
    for FirmStart {
        at: s,
        contracted,
        hosted,
        label,
        needs_it_word,
    } in starts
    {
        // The words in capitals ("&" between them), up to six.
        let mut e = s;
        let mut words: Vec<&str> = Vec::new();
        while words.len() < 6 {
            let q = e;
            let len = b[q..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-' || **c == b'&')
                .count();
            let w = &text[q..q + len];
            // ("provided by MCP plc": a legal ending in lowercase ends the name.)
            let capital = w.starts_with(|c: char| c.is_ascii_uppercase())
                || w == "&"
                || !words.is_empty() && matches!(w, "plc" | "ltd");
            if len == 0 || !capital {
                break;
            }
            words.push(w);
            e = q + len;
            if b.get(e) != Some(&b' ') {
                break;
            }
            e += 1;
        }
        let e = text[..e].trim_end().len();
        while words.last() == Some(&"&") {
            words.pop();
        }
        if words.is_empty() || e <= s {
            continue;
        }
        let mut name_end = e;
        // "under X support": the name ends before "support"; it must be there.
        if text[..s].ends_with("under ") {
            if !text[e..].starts_with(" support") {
                continue;
            }
        } else if text[e..].starts_with(" support") {
            name_end = e;
        }
        let ending = words
            .last()
            .is_some_and(|w| ["Ltd", "Limited", "plc", "PLC", "LLP", "ltd"].contains(w));
        let it_word = words.iter().any(|w| IT_FIRM_WORDS.contains(w));
        // ("supplied by OneAdvanced": one word with a capital inside, as firms write
        // their names.)
        // (A firm ends its phrase: not "managed by PowerShell scripts".)
        let camel = words.len() == 1
            && camel_product(words[0])
            && text[e..].strip_prefix(' ').map_or(true, |r| {
                let next = super::line_after(r, 0, 24)
                    .split([' ', ',', '.', ';'])
                    .next()
                    .unwrap_or("");
                !next.starts_with(|c: char| c.is_ascii_lowercase())
                    || matches!(
                        next,
                        "and"
                            | "under"
                            | "for"
                            | "to"
                            | "in"
                            | "on"
                            | "since"
                            | "who"
                            | "which"
                            | "until"
                            | "as"
                            | "from"
                            | "with"
                            | "at"
                    )
            });
        if !it_word && !camel && (!ending || words.len() < 2) || needs_it_word && !it_word {
            continue;
        }
        // A sentence about IT: an IT word within the sentence around it; for a firm
        // by its legal ending that work is contracted or outsourced to, within its
        // paragraph ("… reporting is outsourced to Meridian Teleradiology Ltd", under a
        // paragraph on the PACS).
        if label && !(ending && words.len() >= 2) {
            continue;
        }
        let before = if label {
            // (The label's own record, its lines up to a blank line either side: not
            // the next contract's in a register, "Contract: Grounds Maintenance /
            // Supplier: Greenway Landscapes Ltd" under a managed security service's.)
            let from = s - paragraph_before(text, s, 400).len();
            let rest = &text[name_end..];
            let k = rest.len().min(400);
            let mut to =
                name_end + memchr::memmem::find(&rest.as_bytes()[..k], b"\n\n").unwrap_or(k);
            while !text.is_char_boundary(to) {
                to -= 1;
            }
            &text[from..to]
        } else if contracted && ending && words.len() >= 2 {
            paragraph_before(text, s, 400)
        } else {
            let before = super::line_before(text, s, 160);
            before.rsplit(". ").next().unwrap_or(before)
        };
        let after = super::line_after(text, name_end, 80);
        let after = after.split(". ").next().unwrap_or(after);
        let sentence = format!("{before} {after}").to_ascii_lowercase();
        // (A record's words of any trade are no IT words: "Equipment: 4 x John Deere
        // X950R ride-on mowers" under "Supplier: Greenway Landscapes Ltd".)
        // ("Title: Terminal refurbishment – phase 2 (non-IT)": the record says it is
        // not IT's.)
        let it_sentence = if label {
            !sentence.contains("non-it")
                && !sentence.contains("non-ict")
                && IT_WORDS
                    .iter()
                    .filter(|w| !matches!(**w, "equipment" | "kit" | "assets" | "devices"))
                    .any(|w| super::has_word(&sentence, &[w]))
        } else {
            super::has_word(&sentence, IT_WORDS)
        };
        if !(hosted && it_word || it_sentence) || overlaps_taken(taken, s, name_end) {
            continue;
        }
        out.push(("supplier.company", s, name_end));
    }
}

/// Where a firm's name starts in [`find_support_firms`], and what the words that led to
/// it say. Ordered by where it starts, then by its flags: of the places found at one
/// start, the first (fewest flags set) is kept.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct FirmStart {
    at: usize,
    /// Its work is contracted or outsourced: its paragraph may say what it is for.
    contracted: bool,
    /// It hosts a system: hosting is IT's.
    hosted: bool,
    /// It stands after a label, "Supplier: ", opening a line.
    label: bool,
    /// Its name must hold a word of IT: its role's trade is not IT's ("our maintenance
    /// contractor, Tenbury Systems").
    needs_it_word: bool,
}

impl FirmStart {
    fn at(at: usize) -> FirmStart {
        FirmStart {
            at,
            contracted: false,
            hosted: false,
            label: false,
            needs_it_word: false,
        }
    }
}

/// The text of the paragraph before `at` (back to a blank line), at most `max` bytes.
fn paragraph_before(text: &str, at: usize, max: usize) -> &str {
    let mut from = at.saturating_sub(max);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = &text[from..at];
    match head.rfind("\n\n") {
        Some(k) => &head[k + 2..],
        None => head,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, products: &[&str]) -> Vec<(&'static str, String)> {
        let doc = Document::parse(text);
        let mut cues = CueHits::default();
        cues.note_digits(text);
        let spans: Vec<(usize, usize)> = products
            .iter()
            .map(|p| {
                let s = text.find(p).expect("the product is in the text");
                (s, s + p.len())
            })
            .collect();
        let mut out = Vec::new();
        VersionDetector::new().find(text, &doc, &cues, &spans, &mut out);
        out.into_iter()
            .map(|(d, s, e)| (d, text[s..e].to_string()))
            .collect()
    }

    /// (text, products named in it, what is found)
    const CASES: &[(&str, &[&str], &[&str])] = &[
        // A release's product code before its number; an Android security patch level;
        // not a press release's.
        (
            "The bug was fixed in release CX 24.1.6. Tablets are on security patch level 2024-02-01. Press release CX 2.1 is out.",
            &[],
            &["release CX 24.1.6", "2024-02-01"],
        ),
        // Three parts or more after a version word: a version on its own.
        (
            "Cleric CAD. The system was upgraded to version 9.2.1 in November 2024.",
            &[],
            &["version 9.2.1"],
        ),
        (
            "Staff connect using Palo Alto Networks GlobalProtect, client version 6.1.4, terminating on the firewalls.",
            &["Palo Alto Networks GlobalProtect"],
            &["version 6.1.4"],
        ),
        (
            "a Hikvision NVR running firmware V4.62.210. Recordings are kept for 30 days.",
            &["Hikvision"],
            &["V4.62.210"],
        ),
        ("The agent is release 6.1.4.1120 on all PCs.", &[], &["release 6.1.4.1120"]),
        ("Switches were patched to build 17.9.4a last week.", &[], &["build 17.9.4a"]),
        ("Desktops run Windows 10, build 19044.3930; ref 12345.6789.", &["Windows 10"], &["build 19044.3930"]),
        ("The appliance runs v7.2.5 SP1 today.", &[], &["v7.2.5 SP1"]),
        ("Both hosts run versions 8.0.2 and 8.0.3.", &[], &["versions 8.0.2"]),
        ("Firmware version: 4.62.210 is installed.", &[], &["version: 4.62.210"]),
        // Two parts: with a product in the sentence or a software word.
        ("Q3. Yes. PSD uses Centurion version 8.3, which exchanges data nightly.", &["Centurion"], &["version 8.3"]),
        ("The handhelds run client version 8.3.", &[], &["version 8.3"]),
        ("Cameras are on firmware 5.7 now.", &[], &["5.7"]),
        ("All units were upgraded to version 8.3 in May.", &[], &["version 8.3"]),
        ("We use version 2.4 of Centurion for complaints.", &["Centurion"], &["version 2.4"]),
        ("The router firmware is v1.4.", &[], &["v1.4"]),
        // Documents, standards, dates, addresses: not software.
        ("Our Information Security Policy version 3.1 was approved in May.", &[], &[]),
        ("Version 2.0 – approved by the Board", &[], &[]),
        ("Version 1.2 May 2024", &[], &[]),
        ("The Incident Procedure (version 6, 2023) applies.", &[], &[]),
        ("Our Publication Scheme (version 4.2, reviewed March 2024) is online.", &[], &[]),
        ("We comply with PCI DSS version 3.2.1 in full.", &[], &[]),
        ("The site meets WCAG 2.1 AA and WCAG version 2.2.", &[], &[]),
        ("Records policy version 1.0.3 is attached.", &[], &[]),
        ("Version 1.0.2 – approved by the Information Governance Group.", &[], &[]),
        ("The release 30.04.2024 notes apply.", &[], &[]),
        ("Section 3.2.1 of the contract applies.", &[], &[]),
        ("The system is at version 8.3 of its roadmap.", &[], &[]),
        ("ISO 27001:2013 and ISO/IEC 27002.", &[], &[]),
        ("Paragraph 4.12.3 says so; see 1.2.3 too.", &[], &[]),
        // A document's control block, and its version history.
        (
            "Cyber Security Incident Procedure\nVersion 1.0.2\nDate: 12 May 2024\nAuthor: IG Team\n",
            &[],
            &[],
        ),
        ("Status: Approved\r\nVersion: 2.1.3\r\n", &[], &[]),
        ("Version 1.2.3 of the FOI guidance notes applies.", &[], &[]),
        ("We follow the DSPT v6.1.2 standard.", &[], &[]),
        // Four parts after a version word: the network detector leaves them here, as a
        // release ("Uniform, version 10.4.2.1"), whatever their size.
        ("The back-office system is Uniform, version 10.4.2.1.", &[], &["version 10.4.2.1"]),
        // A line of its own among a device's details is a version.
        (
            "Model: DS-7732NI-K4\nFirmware: V4.62.210\nLocation: server room\n",
            &[],
            &["V4.62.210"],
        ),
        // Where the software stands: "are on", "still on"; not a paragraph's number.
        (
            "We are on 5.14.2 until the upgrade. It is still on 6.2.14. See 5.14.2 and comment on 5.14.2.",
            &[],
            &["5.14.2", "6.2.14"],
        ),
        // A product's client or agent and its release; not a contract's client.
        (
            "Staff connect through GlobalProtect (client 6.1.3). The agent 7.2.14 is deployed. The client 2.1 said so.",
            &[],
            &["6.1.3", "7.2.14"],
        ),
    ];

    #[test]
    fn versions_in_running_text() {
        for (text, products, want) in CASES {
            let got: Vec<String> = found(text, products).into_iter().map(|f| f.1).collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    /// A word cut by the end of a window read around a version is not taken for a
    /// document word ("issue" of "issues", "form" of "platform").
    #[test]
    fn windows_cut_no_words() {
        let after = format!(
            "Hosts were upgraded to version 9.2.1{} issues.",
            " w".repeat(17)
        );
        assert_eq!(
            found(&after, &[]),
            [("version.number", "version 9.2.1".into())]
        );
        let before = format!("platform {}", "w ".repeat(48));
        assert_eq!(
            clause_before(&before, before.len())
                .trim_start()
                .chars()
                .next(),
            Some('w')
        );
    }

    #[test]
    fn version_columns_of_tables() {
        let cases: &[(&str, &[&str])] = &[
            (
                "System\tSupplier/product\tVersion\tLast upgraded\nPACS\tSectra IDS7\t24.1 SP2\tMarch 2024\nRIS\tRadis (national)\tnot held locally\tn/a\nVoice recognition\tNuance PowerScribe One\t2023.1\tNovember 2023\n",
                &["24.1 SP2", "2023.1"],
            ),
            (
                "| Device | Firmware | Count |\n|---|---|---|\n| Core switch | 17.9.4 | 2 |\n| Edge | R2 | 4 |\n",
                &["17.9.4", "R2"],
            ),
            ("Application\tRelease\nFinance\t12.1\nHousing\t7.2.5\n", &["12.1", "7.2.5"]),
            // A table of documents, a table that has ended, a column of dates.
            ("Policy\tVersion\tReview date\nInformation Security\t3.1\tMarch 2025\n", &[]),
            ("System\tVersion\nFinance\t12.1\n\nThen 7.2 was in a line.\tx\n", &["12.1"]),
            ("System\tVersion\nFinance\tMarch 2024\nHousing\t31/03/2024\n", &[]),
            ("Document\tVersion\nAccess control standard\t2.1\n", &[]),
            ("Version\tDate\tChanges\n1.0\tMay 2024\tFirst issue\n1.1\tJune 2024\tTypos\n", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<String> = found(text, &[])
                .into_iter()
                .filter(|f| f.0 == "version.table")
                .map(|f| f.1)
                .collect();
            assert_eq!(&got, want, "{text}");
        }
    }
}
