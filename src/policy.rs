//! Turns raw detections into findings: severity, exemption and reason from the rule
//! pack, adjusted by where each stands in the response and by the config.

use crate::detect::is_alnum;
use std::borrow::Cow;
use std::collections::HashSet;

use crate::detect::phone::{NumberClass, PhoneMatch};
use crate::detect::{has_word, line_after, line_before, Candidate, WordSet};
use crate::document::Document;
use crate::finding::{Context, Family, Kind, Severity};
use crate::pack::RulePack;

/// Words before a number that make it an individual's line.
const PERSONAL_PHONE_CUES: &[&str] = &[
    "direct",
    "directly",
    "direct line",
    "direct dial",
    "ddi",
    "mobile",
    "mob",
    "cell",
    "personal",
    "home",
    "on-call",
    "on call",
    "his",
    "her",
    "their mobile",
    "my",
    "uniongyrchol",
    "symudol",
    "(direct)",
    // A job over a team, a person's ("the Road Safety Team Leader, Jo Bramwell (0115
    // 496 0318, …)"): it ends after the team's word does.
    "team leader",
    "team manager",
    "team lead",
    "office manager",
    "unit manager",
    "centre manager",
    "desk manager",
    "head of department",
];

/// Words before a number that make it a published one.
const PUBLIC_PHONE_CUES: &[&str] = &[
    "switchboard",
    "main",
    "reception",
    "helpline",
    "help line",
    "service desk",
    "servicedesk",
    "helpdesk",
    "help desk",
    "team",
    "office",
    "unit",
    "centre",
    "center",
    "freephone",
    "pals",
    "enquiries",
    "enquiry",
    "textphone",
    "minicom",
    "fax",
    "general",
    "customer",
    "department",
    "contact centre",
    "travel line",
    "information line",
    "customer line",
    "liaison service",
    "press",
    "hotline",
    "advice line",
    "booking line",
    "bookings line",
    "visits line",
    "appointments line",
    "appointment line",
    "reporting line",
    "desk",
    "switsfwrdd",
    // A number the draft gives an audience to call is the service's: "residents can
    // call", "the out-of-hours noise line on", "students … can email … or call".
    "residents",
    "public",
    "tenants",
    "callers",
    "students",
    "parents",
    "customers",
    "patients",
    "visitors",
    "anyone",
    "out-of-hours",
    "out of hours",
    "service",
    // ("call Parking Services on …": a department given a number; not "Head of Digital
    // Services - 029 …", a person's title.)
    "services on",
    // The body itself given a number: "call the Authority on 029 2018 0000".
    "the authority",
    "the council",
    "the trust",
    "the university",
    "the college",
    "the practice",
    "the board",
    "the force",
    "the commissioner",
    "the ombudsman",
];

/// Reason prefix for anything in the requester's own words.
const IN_REQUEST: &str =
    "Named in the requester's own question, so repeating it discloses nothing new.";

pub(crate) struct PhonePolicy<'a> {
    pub pack: &'static RulePack,
    pub public_numbers: &'a HashSet<String>,
}

impl PhonePolicy<'_> {
    /// Decides which phone rule a number falls under.
    pub(crate) fn classify(
        &self,
        text: &str,
        doc: &Document,
        m: &PhoneMatch,
        org_numbers: &HashSet<String>,
    ) -> Candidate {
        let detector = self.detector(text, doc, m, org_numbers);
        Candidate::from_pattern(self.pack.pattern(detector), m.start, m.end)
    }

    fn detector(
        &self,
        text: &str,
        doc: &Document,
        m: &PhoneMatch,
        org_numbers: &HashSet<String>,
    ) -> &'static str {
        if m.class == NumberClass::Extension || m.has_extension {
            return "phone.extension";
        }
        let configured = self.public_numbers.contains(&m.digits);
        if m.class == NumberClass::Mobile && !configured {
            return "phone.mobile";
        }
        if m.class == NumberClass::International {
            return "phone.international";
        }
        // A freephone number is a service's, never one person's line ("Adult Social Care
        // Direct on 0808 157 0342").
        if m.class == NumberClass::Freephone {
            return "phone.public";
        }
        let before = cell_before(doc, text, m.start, 90);
        // Only this sentence's words describe the number: "closed by the team manager,
        // Dawn Mills. Ms Field can be contacted on 01632 960417" is Ms Field's line.
        // (A sentence of its own: "IT Service Desk. Tel 01632 960000" keeps its label.)
        let before = match before.rsplit_once(". ") {
            Some((_, b)) if b.split_whitespace().count() >= 3 => b,
            _ => before,
        };
        let after = line_after(text, m.end, 12);
        let personal_at =
            last_cue(before, PERSONAL_PHONE_CUES).max(if has_word(after, &["direct"]) {
                Some(usize::MAX)
            } else {
                None
            });
        let public_at = last_cue(before, PUBLIC_PHONE_CUES);
        let is_org = configured || org_numbers.contains(&m.digits);
        if is_org {
            // (The letterhead's address beside its switchboard is the organisation's.)
            let context = doc.context_at(m.start);
            // Or, outside the letterhead, beside someone's own mobile or direct line
            // ("0151 496 0000 (via switchboard) | mob 07700 900851").
            // (A number the config lists as public stays public.)
            // (Not a number under its own switchboard label: "Direct: … | Switchboard: …"
            // gives the office's line beside the person's.)
            let own_label = line_before(text, m.start, 20)
                .trim_end()
                .trim_end_matches(':')
                .to_ascii_lowercase()
                .ends_with("switchboard");
            let beside_own = !configured && !own_label && context != Context::Letterhead && {
                // (The line up to 400 bytes either side: not a copy of a whole long
                // line for each number on it.)
                let mut from = m.start - line_before(text, m.start, 400).len();
                let mut to = m.end + line_after(text, m.end, 400).len();
                // (Whole words only at a cut: not "mobile" of "automobile".)
                if from > 0 && text.as_bytes()[from - 1] != b'\n' {
                    from += text[from..to].find(' ').map_or(to - from, |k| k + 1);
                }
                let rest = &text[to..];
                if !(rest.is_empty() || rest.starts_with('\n') || rest.starts_with("\r\n")) {
                    to = from + text[from..to].rfind(' ').unwrap_or(0);
                }
                has_word(
                    &text[from..to].to_ascii_lowercase(),
                    &["mob", "mobile", "direct", "dd", "ext"],
                )
            };
            if context != Context::Letterhead && line_names_a_person(text, m.start) || beside_own {
                return "phone.switchboard_as_contact";
            }
            return "phone.public";
        }
        if own_desk(text, doc, m.start) {
            return "phone.direct";
        }
        match (personal_at, public_at) {
            (Some(p), Some(q)) if q > p => return "phone.public",
            (Some(_), _) => return "phone.direct",
            (None, Some(_)) => return "phone.public",
            (None, None) => {}
        }
        match doc.context_at(m.start) {
            Context::Letterhead => "phone.public",
            Context::Signature => "phone.direct",
            _ => match m.class {
                NumberClass::Freephone | NumberClass::NonGeographic => "phone.public",
                _ => "phone.direct",
            },
        }
    }
}

/// A signature's own desk ("Desk 029 2018 0561 | Mobile …"), not a help desk's: the
/// label "Desk" in a signature, or beside the person's own mobile on the line ("Mob:
/// 07700 900418 | Desk: 0113 496 0271", a signature pasted in a mail chain, which may
/// stand over the body's address as a letterhead does).
fn own_desk(text: &str, doc: &Document, at: usize) -> bool {
    let before = line_before(text, at, 40).trim_end().trim_end_matches(':');
    // ("Desk" alone, or after a bar: not a help desk's or a service desk's.)
    let n = before.len();
    let lead = before.as_bytes()[..n.saturating_sub(4)].trim_ascii_end();
    n >= 4
        && before.as_bytes()[n - 4..].eq_ignore_ascii_case(b"desk")
        && (lead.is_empty()
            || lead.ends_with(b"|")
            || lead.ends_with(b"\t")
            || lead.ends_with(b","))
        && (doc.context_at(at) == Context::Signature
            || has_word(
                &line_before(text, at, 80).to_ascii_lowercase(),
                &["mob", "mobile", "direct", "ddi"],
            ))
}

/// Numbers the draft itself shows to be the organisation's: those in the letterhead,
/// or given after a switchboard or helpline cue anywhere.
pub(crate) fn org_numbers(text: &str, doc: &Document, phones: &[PhoneMatch]) -> HashSet<String> {
    let mut out = HashSet::new();
    for m in phones {
        if m.class == NumberClass::Mobile || m.has_extension || m.class == NumberClass::Extension {
            continue;
        }
        let before = cell_before(doc, text, m.start, 40);
        let cue = last_cue(
            before,
            &[
                "switchboard",
                "main switchboard",
                "helpline",
                "reception",
                "freephone",
            ],
        )
        .is_some();
        if cue
            || (doc.context_at(m.start) == Context::Letterhead
                && last_cue(before, PERSONAL_PHONE_CUES).is_none()
                && !own_desk(text, doc, m.start))
        {
            out.insert(m.digits.clone());
        }
    }
    out
}

/// The text before `at` within its table cell (or line), at most `max` bytes.
fn cell_before<'t>(doc: &Document, text: &'t str, at: usize, max: usize) -> &'t str {
    let before = line_before(text, at, max);
    if doc.lines.is_empty() {
        return before;
    }
    let line = &doc.lines[doc.line_index(at)];
    for &(s, e, _) in &line.cells {
        if at >= s && at <= e {
            let from = (at - before.len()).max(s);
            return &text[from..at];
        }
    }
    before
}

/// Position (end) of the last whole-word cue in `hay`, if any (cues are lowercase; a
/// cue that starts with "(" may start inside a word). Positions only compare with each
/// other: both the ASCII path and the general one keep their order.
fn last_cue(hay: &str, cues: &[&str]) -> Option<usize> {
    if !hay.is_ascii() {
        return last_cue_unicode(hay, cues);
    }
    // One pass over the word starts, each cue compared in place: no lowercased copy
    // and no substring searcher per cue (the cues do not overlap themselves). At each
    // start only the cues that begin with its byte are tried.
    cues.chunks(64)
        .filter_map(|cues| last_cue_of_64(hay.as_bytes(), cues))
        .max()
}

fn last_cue_of_64(bytes: &[u8], cues: &[&str]) -> Option<usize> {
    let by_first = crate::detect::by_first_byte(cues);
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut best = None;
    for s in 0..bytes.len() {
        // A cue starts at a word start, or at a "(" (only a cue that starts with one
        // can match there).
        if s > 0 && word(bytes[s - 1]) && bytes[s] != b'(' {
            continue;
        }
        let mut candidates = by_first[usize::from(bytes[s].to_ascii_lowercase())];
        while candidates != 0 {
            let c = cues[candidates.trailing_zeros() as usize].as_bytes();
            candidates &= candidates - 1;
            if bytes.len() - s >= c.len()
                && bytes[s..s + c.len()].eq_ignore_ascii_case(c)
                && !bytes.get(s + c.len()).is_some_and(|&b| word(b))
            {
                best = best.max(Some(s + c.len()));
            }
        }
    }
    best
}

/// [`last_cue`] for text with non-ASCII letters: searched in a lowercased copy.
fn last_cue_unicode(hay: &str, cues: &[&str]) -> Option<usize> {
    let lower = hay.to_lowercase();
    let mut best = None;
    for cue in cues {
        let mut from = 0;
        while let Some(i) = lower[from..].find(cue) {
            let s = from + i;
            let e = s + cue.len();
            let before_ok = !lower[..s]
                .chars()
                .next_back()
                .is_some_and(crate::detect::is_word_char)
                || cue.starts_with('(');
            let after_ok = !lower[e..]
                .chars()
                .next()
                .is_some_and(crate::detect::is_word_char);
            if before_ok && after_ok {
                best = best.max(Some(e));
            }
            from = e;
        }
    }
    best
}

/// True when the line around `at` gives a personal address (a person's contact row).
fn line_names_a_person(text: &str, at: usize) -> bool {
    let before = line_before(text, at, 160);
    // Only the clause the number stands in: a contact given a sentence earlier is another's.
    let before = before.rsplit(". ").next().unwrap_or(before);
    before.contains('@') && !before.to_lowercase().contains("foi")
        || asks_for_someone(text, at)
        || reached_through(before)
}

/// "The ACFO can be contacted via the switchboard on …", "Ms Boateng may be reached
/// on …": the number is given as one person's way in (not a team's, a service's or an
/// office's).
fn reached_through(clause: &str) -> bool {
    let lower = clause.to_ascii_lowercase();
    [
        "can be contacted",
        "may be contacted",
        "can be reached",
        "may be reached",
    ]
    .iter()
    .filter_map(|p| lower.find(p))
    .any(|k| {
        let subject = lower[..k].trim_end().rsplit(' ').next().unwrap_or("");
        !subject.is_empty()
            && !matches!(
                subject,
                "team"
                    | "service"
                    | "services"
                    | "office"
                    | "department"
                    | "desk"
                    | "unit"
                    | "line"
                    | "centre"
                    | "center"
                    | "helpline"
                    | "directorate"
                    | "we"
                    | "it"
                    | "they"
                    | "staff"
                    | "officers"
                    | "teams"
            )
    })
}

/// "call 0113 496 0500 and ask for Nadia": the number is given as one person's way in.
fn asks_for_someone(text: &str, at: usize) -> bool {
    let after = line_after(text, at, 48);
    // (Or in brackets: "01632 960300 (ask for Eilidh)".)
    let Some(k) = after
        .find(" ask for ")
        .or_else(|| after.find(" asking for "))
        .or_else(|| after.find("(ask for "))
    else {
        return false;
    };
    let rest = after[k + 1..]
        .strip_prefix("ask for ")
        .or_else(|| after[k + 1..].strip_prefix("asking for "))
        .unwrap_or("");
    // "ask for Karen", or for one post by its title: "ask for the Electoral Services
    // Manager".
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    rest.starts_with(|c: char| c.is_uppercase()) && !after[..k].contains(". ")
}

/// True when a senior role stands in the clause just before `at` (same line, no other
/// address between): "Gordon Flack - Director of Finance, gordon.flack@…".
pub(crate) fn senior_role_before(text: &str, at: usize, roles: &WordSet<&'static str>) -> bool {
    let before = line_before(text, at, 160);
    let before = before.rsplit('@').next().unwrap_or(before);
    let lower = before.to_lowercase();
    roles.found_in(&lower)
}

/// Cyber findings in the requester's own words are theirs to have: `info`. Not a
/// password or key: no requester asks with one, so one there is a line taken for the
/// request by mistake.
pub(crate) fn apply_context(c: &mut Candidate, context: Context) {
    if c.kind.family() == Family::Cyber && c.kind != Kind::Credential && context == Context::Request
    {
        c.severity = Severity::Info;
        c.reason = Cow::Borrowed(IN_REQUEST);
    }
}

const DENIED: &str =
    "Named only to say the body does not use it. That tells an attacker less than \
    naming what it does use, but it still narrows the field: decide whether to say it.";

/// A product named only to deny it ("No – the Council does not use Mosaic.", "we don't
/// use TeamViewer or AnyDesk"): `review` at most, as a judgement call, not `high`. Not one
/// the clause goes on to use ("does not use RDP but uses Citrix": Citrix), nor a
/// password.
pub(crate) fn apply_denial(text: &str, c: &mut Candidate) {
    if c.kind.family() != Family::Cyber
        || c.severity != Severity::High
        || matches!(
            c.kind,
            Kind::Credential | Kind::NetworkDetail | Kind::SoftwareVersion
        )
    {
        return;
    }
    // "TeamViewer is not used.", "AnyDesk is not used by staff": denied right after its
    // name, the clause ending there (only the name just before the words).
    let after = line_after(text, c.end, 40);
    if let Some(r) = [
        " is not used",
        " are not used",
        " is not in use",
        " are not in use",
        " isn't used",
        " aren't used",
        " is never used",
        " are never used",
    ]
    .iter()
    .find_map(|p| after.strip_prefix(p))
    {
        if r.is_empty()
            || r.starts_with(['.', ';', ',', ')', ']'])
            || r.starts_with(" by ")
            || r.starts_with(" at ")
            || r.starts_with(" here")
        {
            c.severity = Severity::Review;
            c.reason = Cow::Borrowed(DENIED);
            return;
        }
    }
    let before = line_before(text, c.start, 80);
    let clause = before
        .rfind(['.', ';', ':', '?', '!', '('])
        .map_or(before, |k| &before[k + 1..]);
    let Some(k) = [" not use ", "n't use ", " not using ", " never used "]
        .iter()
        .filter_map(|p| clause.rfind(p).map(|k| k + p.len()))
        .max()
    else {
        return;
    };
    let rest = &clause[k..];
    if rest.len() <= 40
        && ![" but ", " instead", " use", " and ", " with "]
            .iter()
            .any(|w| rest.contains(w))
    {
        c.severity = Severity::Review;
        c.reason = Cow::Borrowed(DENIED);
    }
}

/// A plain "Yes" (or "Yes." / "Yes –") that answers a question naming a product:
/// returns the span of the "Yes".
pub(crate) fn confirmation_at(text: &str, doc: &Document) -> Vec<(usize, (usize, usize))> {
    let mut out = Vec::new();
    for line in &doc.lines {
        let whole;
        let answer_cells: Vec<(usize, usize)>;
        let spans: &[(usize, usize)] = if line.cells.is_empty() {
            if line.context != Context::Answer {
                continue;
            }
            whole = [(line.start, line.end)];
            &whole
        } else {
            answer_cells = line
                .cells
                .iter()
                .filter(|c| c.2 == Context::Answer)
                .map(|c| (c.0, c.1))
                .collect();
            &answer_cells
        };
        // A question answered on its own line: "Do staff access it via Citrix? Yes.",
        // "Single sign-on via SAML: Yes." (the question from the line's start, or from
        // the sentence before it, to the "?" or ":").
        if line.cells.is_empty() {
            let l = &text[line.start..line.end];
            // (At each "Y": a byte search, with no searcher built for each line.)
            for yes in memchr::memchr_iter(b'Y', l.as_bytes()) {
                if !(2..=400).contains(&yes)
                    || !l[yes..].starts_with("Yes")
                    || l[yes + 3..].starts_with(|c: char| is_alnum(c))
                {
                    continue;
                }
                // What ends the question: "? ", ": ", ". " (perhaps with more spaces:
                // "…in your question?  Yes."), or a dash ("On your last point — Yes.").
                let gap = l[..yes].trim_end_matches(' ');
                if gap.len() == yes {
                    continue;
                }
                let k = if gap.ends_with(['?', ':', '.']) {
                    gap.len() - 1
                } else if gap.ends_with([',', ';']) {
                    // "On device management, Yes – the tablets …", "… by Capita; Yes,
                    // that is …": a "Yes" that stops there, after a clause of the answer.
                    let after = l[yes + 3..].trim_start_matches(' ');
                    if !(after.is_empty() || after.starts_with([',', '.', ';', '-', '–', '—']))
                    {
                        continue;
                    }
                    gap.len() - 1
                } else if let Some(g) = gap.strip_suffix(['—', '–']) {
                    if !g.ends_with(' ') {
                        continue;
                    }
                    g.len()
                } else {
                    continue;
                };
                // (A question ends at "?", ":" or a dash; not at a sentence's or a
                // clause's end.)
                if yes <= 162 && !matches!(l.as_bytes()[k], b'.' | b',' | b';') {
                    let qs = l[..k].rfind(". ").map_or(0, |d| d + 2);
                    out.push((line.start + yes, (line.start + qs, line.start + k)));
                }
                // "(b) Records are held apart. Yes – access needs MFA.", "Regarding
                // devices: Yes, …": a "Yes" inside the answer confirms the question
                // it answers (when its own lead-in names no product).
                let i = doc.line_index(line.start);
                if let Some(q) = doc
                    .question_for(line.start + yes)
                    .or_else(|| doc.question_under_heading(i, 4))
                {
                    // (The question above, or on a line below: a request forwarded
                    // under the draft answers.)
                    if q.1 <= line.start || q.0 > line.end {
                        out.push((line.start + yes, q));
                    }
                }
            }
        }
        for &(s, e) in spans {
            let cell = &text[s..e];
            let body = strip_answer_number(cell);
            let offset = s + (cell.len() - body.len());
            let trimmed = body.trim_start();
            let lead = body.len() - trimmed.len();
            if !trimmed.starts_with("Yes") || trimmed[3..].starts_with(|c: char| is_alnum(c)) {
                continue;
            }
            let yes = offset + lead;
            // ("ANSWER\nThere are six cameras.\n\nYes, the cameras can be viewed
            // remotely": a "Yes" opening a later paragraph of the same answer, its line
            // not in a table.)
            let later = || {
                (line.cells.is_empty() && s == line.start)
                    .then(|| doc.question_above(doc.line_index(yes), 3))
                    .flatten()
            };
            if let Some(q) = doc.question_for(yes).or_else(later) {
                if q.0 < yes || q.0 > line.end {
                    out.push((yes, q));
                }
            }
            // ("| 2 | Call handling software | Yes. …": a table's row numbered as the
            // request's question, its own cell only a summary; that question too.)
            if let Some(&(fs, fe, _)) = line.cells.first() {
                let first = text[fs..fe].trim().trim_end_matches('.');
                if (1..=2).contains(&first.len()) && first.bytes().all(|c| c.is_ascii_digit()) {
                    let n = first.parse().unwrap_or(0);
                    if let Some(q) = doc.question_numbered(n, doc.line_index(yes)) {
                        if q.1 <= line.start || q.0 > line.end {
                            out.push((yes, q));
                        }
                    }
                }
            }
        }
    }
    out
}

fn strip_answer_number(cell: &str) -> &str {
    // ("> > Yes.": an email's quote marks; "**3.** Yes.": Markdown's bold number.)
    // ("    \"Yes. The control room …": the first reply quoted in an internal review.)
    let mut t = cell
        .trim_start_matches(['>', ' '])
        .trim_start_matches(['"', '“'])
        .trim_start_matches(['*', '_']);
    // "Answer: Yes", "Response – Yes", "A4. Yes", "c) Yes", "(c) Yes".
    for label in ["Answer", "Response", "Reply"] {
        if let Some(r) = t.strip_prefix(label) {
            let r2 = r.trim_start_matches([':', ' ', '–', '-', '.']);
            if r2.len() < r.len() {
                t = r2;
            }
        }
    }
    let b = t.as_bytes();
    let i = usize::from(b.first() == Some(&b'('));
    if b.get(i).is_some_and(u8::is_ascii_alphabetic)
        && b.get(i + 1) == Some(&b')')
        && b.get(i + 2).map_or(true, |&c| c == b' ')
    {
        return &t[i + 2..];
    }
    let t2 = t
        .strip_prefix('Q')
        .or_else(|| t.strip_prefix('q'))
        .or_else(|| t.strip_prefix('A'))
        .unwrap_or(t);
    let digits = t2.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && t2[digits..].starts_with(['.', ')', ':']) {
        return t2[digits + 1..].trim_start_matches(['*', '_']);
    }
    t
}

/// The confirmation finding for a "Yes" whose question named `product`.
pub(crate) fn confirmation(
    pack: &'static RulePack,
    yes: usize,
    product_kind: Kind,
    product: &str,
) -> Candidate {
    let rule = pack.pattern("cyber.confirmation");
    let mut c = Candidate::from_pattern(rule, yes, yes + 3);
    c.kind = product_kind;
    c.reason = Cow::Owned(rule.reason.replace("{product}", product));
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn last_cue_finds_the_last_whole_word_cue() {
        assert_eq!(last_cue("Direct line: ", PERSONAL_PHONE_CUES), Some(11));
        assert_eq!(
            last_cue("Switchboard, or direct ", PUBLIC_PHONE_CUES),
            Some(11)
        );
        assert_eq!(last_cue("directly ", &["direct"]), None);
        assert_eq!(last_cue("Tel(direct) ", PERSONAL_PHONE_CUES), Some(11));
        // (A cue with a letter over U+007F, found in capitals.)
        assert_eq!(last_cue("FFÔN: ", &["ffôn"]), Some(5));
        assert_eq!(last_cue("", PUBLIC_PHONE_CUES), None);
    }

    proptest! {
        /// The ASCII path finds what the lowercased search finds (same order of ends).
        #[test]
        fn last_cue_ascii_path_agrees(parts in proptest::collection::vec(
            prop_oneof![
                Just("direct"), Just("Direct Line"), Just("MOB"), Just("mobile"), Just("(direct)"),
                Just("on call"), Just("on-call"), Just("help desk"), Just("desk"), Just("x"),
                Just(" "), Just(": "), Just("_"), Just("1"), Just("("), Just(")"), Just("-"),
            ], 0..12)) {
            let hay: String = parts.concat();
            for cues in [PERSONAL_PHONE_CUES, PUBLIC_PHONE_CUES] {
                prop_assert_eq!(last_cue(&hay, cues), last_cue_unicode(&hay, cues), "{:?}", hay);
            }
        }
    }
}
