//! UK identifiers: NHS and National Insurance numbers, dates of birth, private postal
//! addresses, and numbers tied to a person (collar, payroll, student, case numbers,
//! vehicle registrations).

use super::cues::{Cue, CueHits, CuedPattern};
use super::shapes;
use super::{has_word, line_before};
use super::{is_alnum, is_letter};
use crate::document::Document;
use crate::finding::Context;

/// One detection: the detector name and the span.
pub(crate) type Hit = (&'static str, usize, usize);

pub(crate) struct IdentifierDetector {
    nhs: CuedPattern<shapes::Nhs>,
    ni: CuedPattern<shapes::Ni>,
    date: CuedPattern<shapes::Date>,
    postcode: CuedPattern<shapes::Postcode>,
    street: CuedPattern<shapes::Street>,
    collar: CuedPattern<shapes::Collar>,
    numbered: CuedPattern<shapes::Numbered>,
    case_ref: CuedPattern<shapes::CaseRef>,
    vehicle: CuedPattern<shapes::Vehicle>,
}

const BIRTH_CUES: &[&str] = &[
    "date of birth",
    "dob",
    "d.o.b",
    "d.o.b.",
    "born",
    "birth date",
    "birthdate",
    "dyddiad geni",
    "aged",
];
/// The words that open a flat's line of an address ("Flat 3, Heron Court").
const FLAT_WORDS: [&str; 2] = ["Flat ", "Apartment "];

const ORG_ADDRESS_WORDS: &[&str] = &[
    "house",
    "hospital",
    "offices",
    "office",
    "headquarters",
    "hq",
    "po box",
    "civic",
    "hall",
    "building",
    "commissioner",
    "council",
    "floor",
    "trust",
    "university",
    "centre",
    "station",
    // A court of law, not a block of flats ("12 Sandpiper Court").
    "crown court",
    "county court",
    "magistrates court",
    "magistrates' court",
    "magistrates’ court",
    "law courts",
    "royal courts",
    "tŷ",
    "unit",
];

/// Labels with "address" in them that name no home: "Email address:", "IP address:",
/// "Registered office address:", "Our address:".
const NOT_HOME_LABELS: &[&str] = &[
    "email",
    "e-mail",
    "ip",
    "mac",
    "web",
    "website",
    "url",
    "office",
    "business",
    "registered",
    "site",
    "premises",
    "our",
    "organisation",
    "company",
    "return",
    "ipv4",
    "ipv6",
    "server",
    "gateway",
    "memory",
    "wallet",
    "bitcoin",
    "hardware",
    "network",
    "billing",
    "invoice",
    "delivery",
    "trading",
    "branch",
    "venue",
    "school",
    "practice",
];

/// A home address on a line of its own after a label that says it is one, with no
/// postcode to find it by ("Address: 2 The Paddocks, Bottesford", "Complainant's address
/// (internal use only): Hafod Uchaf, Cwmystwyth, Aberystwyth"): the value, to the line's
/// end. Not in the letterhead or signature, nor an organisation's ("Address: Civic
/// Centre, …"), nor an address of another sort ("Email address:", "IP address:").
#[inline(never)]
fn find_labelled_addresses(text: &str, doc: &Document, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    // The addresses found so far (and this pass's own, as it pushes them).
    let mut taken = crate::detect::Taken::of(out, |h| h.0.starts_with("address."));
    let mut from = 0;
    while let Some(k) = memchr::memmem::find(&b[from..], b"ddress").map(|k| from + k) {
        from = k + 6;
        if k == 0 || !b[k - 1].eq_ignore_ascii_case(&b'a') {
            continue;
        }
        let ls = text[..k].rfind('\n').map_or(0, |i| i + 1);
        let le = text[k..].find('\n').map_or(text.len(), |i| k + i);
        from = from.max(le);
        let line = &text[ls..le];
        let Some(colon) = line.find(':') else {
            continue;
        };
        let label = line[..colon].to_ascii_lowercase();
        let (vs, ve) = {
            let v = &line[colon + 1..];
            // (Not a bracket left open to the next line: "Room 14, Lodge (previously".)
            let v = match v.rfind(" (") {
                Some(o) if !v[o..].contains(')') => &v[..o],
                _ => v,
            };
            // (A value of spaces alone is none: its start would pass its end.)
            let lead = v.len() - v.trim_start().len();
            let at = ls + colon + 1 + lead;
            (at, at + v.trim().len())
        };
        let value = &text[vs..ve];
        let words = label.split(|c: char| !is_alnum(c) && c != '-');
        // The label ends with "address", perhaps glossed in brackets ("Complainant's
        // address (internal use only)"); not "address is spelled as "[HOST]".
        let bare = match label.find(" (") {
            Some(o) if label.trim_end().ends_with(')') => &label[..o],
            _ => label.as_str(),
        };
        if colon > 60
            || !bare.trim_end().ends_with("address")
            || k > ls + colon
            || label.split_whitespace().count() > 6
            || words.clone().any(|w| NOT_HOME_LABELS.contains(&w))
            || !(6..=120).contains(&value.len())
            || !value.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
            || !(value.contains(',') || value.starts_with(|c: char| c.is_ascii_digit()))
            || value.contains(['@', '|', '\t'])
            || value.contains("://")
            || has_word(&value.to_lowercase(), ORG_ADDRESS_WORDS)
            || matches!(doc.context_at(vs), Context::Letterhead | Context::Signature)
            || taken.overlaps(out, vs, ve)
        {
            continue;
        }
        out.push(("address.private", vs, ve));
    }
}

/// A flat's address with no postcode: "Flat", its number, then the block and street in
/// capitals, part by part after commas ("Flat 9, Marlowe House, Canal Street", "Flat 4,
/// 19 Clarendon Road", "Apartment 12, Quayside"), or its resident named in brackets
/// after it ("Flat 12 (Ms Nguyen, …)"). A flat is someone's home. Not "flat 2" in a
/// sentence, nor a block alone ("Flat 3 is empty").
#[inline(never)]
fn find_flats(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    for word in FLAT_WORDS {
        // The addresses found so far, asked by one binary search each (not a walk over
        // all of them for each flat: a draft may hold thousands).
        let found = super::names::SpanSet::new(
            out.iter()
                .filter(|h| h.0.starts_with("address."))
                .map(|h| (h.1, h.2))
                .collect(),
        );
        let mut last_end = 0;
        for k in memchr::memmem::find_iter(b, word.as_bytes()) {
            if k > 0 && b[k - 1].is_ascii_alphanumeric() {
                continue;
            }
            let mut p = k + word.len();
            let n = b[p..]
                .iter()
                .take(4)
                .take_while(|c| c.is_ascii_digit())
                .count();
            if n == 0 {
                continue;
            }
            p += n;
            if b.get(p).is_some_and(u8::is_ascii_uppercase) {
                p += 1;
            }
            // The parts after the number: each starts with a capital or a house number,
            // and is words in capitals ("Marlowe House", "19 Clarendon Road").
            let mut end = p;
            let mut parts = 0;
            while parts < 4 && text[end..].starts_with(", ") {
                let from = end + 2;
                let part_len = text[from..]
                    .find([',', '.', ';', '(', ')', '\n', '\r', '–', '|', '\t'])
                    .unwrap_or(text.len() - from);
                let mut part = &text[from..from + part_len];
                // The part ends with the last capitalised word ("Canal Street was …").
                let mut kept = 0;
                for (i, w) in part.split(' ').enumerate() {
                    let number = i == 0
                        && w.len() <= 4
                        && w.starts_with(|c: char| c.is_ascii_digit())
                        && w.bytes().all(|c| c.is_ascii_alphanumeric());
                    if number || w.starts_with(|c: char| c.is_uppercase()) && w.len() > 1 {
                        kept = w.as_ptr() as usize - part.as_ptr() as usize + w.len();
                    } else {
                        break;
                    }
                }
                part = &part[..kept];
                if part.is_empty() || part.bytes().all(|c| c.is_ascii_digit()) {
                    break;
                }
                end = from + part.len();
                parts += 1;
                if part.len() < part_len {
                    break;
                }
            }
            // ("from Flat 12 (Ms Nguyen, rent account …)": the flat of the person named
            // in brackets after it.)
            let resident = parts == 0
                && text[p..].strip_prefix(" (").is_some_and(|r| {
                    ["Mr ", "Mrs ", "Ms ", "Miss ", "Mx ", "Dr "]
                        .iter()
                        .any(|t| r.starts_with(t))
                });
            if parts == 0 && !resident || found.overlaps(k, end) || k < last_end {
                continue;
            }
            last_end = end;
            out.push(("address.private", k, end));
        }
    }
}

impl IdentifierDetector {
    #[inline(never)]
    pub(crate) fn new() -> IdentifierDetector {
        IdentifierDetector {
            // Digit-led patterns: how far a match reaches from its digits, and how many
            // it holds ("AB 12 34 56 C": three bytes before, two after, six digits).
            nhs: CuedPattern::near_digits(1, 10),
            ni: CuedPattern::near_digits(3, 6),
            // Tried at `date_starts`.
            date: CuedPattern::new(),
            // "GIR 0AA": four bytes before its digit.
            postcode: CuedPattern::near_digits(4, 1),
            // Searched in the lines before a postcode.
            street: CuedPattern::new(),
            // Starts with the words of `Cue::Collar`.
            collar: CuedPattern::new(),
            // Starts with the words of `Cue::Numbered`.
            numbered: CuedPattern::new(),
            // Starts with the words of `Cue::CaseRef` (or the bracket before "reference").
            case_ref: CuedPattern::new(),
            vehicle: CuedPattern::near_digits(4, 2),
        }
    }

    /// `cues`: where the cued patterns' words start (see `cues`).
    #[inline(never)]
    pub(crate) fn find(&self, text: &str, doc: &Document, cues: &CueHits, out: &mut Vec<Hit>) {
        // The digit-led patterns are tried only in the windows around the draft's
        // digits that they can reach (see `near_digits` above).
        self.nhs.each_near_digits(text, cues, |c| {
            let m = c.whole();
            let (Some(g1), Some(g2)) = (c.get_group(1), c.get_group(2)) else {
                return;
            };
            let (s1, s2) = (&text[g1.start..g1.end], &text[g2.start..g2.end]);
            if s1 != s2 {
                return;
            }
            let before = line_before(text, m.start(), 40);
            if !nhs_check_digit_ok(&text[m.start()..m.end()]) {
                // Labelled as one just before it ("NHS number 999 123 4567"), a number
                // whose check digit fails is most likely one mistyped: still a patient's,
                // for review.
                let label = before.trim_end_matches([' ', ':', '(', '.', '\t']);
                let label = label.to_ascii_lowercase();
                // (Or as Scotland's CHI or Northern Ireland's Health and Care Number,
                // which are built the same way.)
                if [
                    "nhs",
                    "nhs no",
                    "nhs number",
                    "nhs num",
                    "chi",
                    "chi no",
                    "chi number",
                    "health and care number",
                    "health & care number",
                    "h&c number",
                    "h&c no",
                    "hcn",
                ]
                .iter()
                .any(|l| {
                    label.ends_with(l)
                        && !label[..label.len() - l.len()]
                            .ends_with(|c: char| c.is_ascii_alphanumeric())
                }) || second_on_labelled_line(&text[..m.start()])
                {
                    out.push(("id.nhs_unchecked", m.start(), m.end()));
                }
                return;
            }
            let glued = text[..m.start()].ends_with(['+', '-', '/', '.'])
                || text[m.end()..].starts_with(['-', '/']);
            // (Or the patient named, or their birth date, right after it: "7216281942
            // (Mr Li Wei, DOB 1964-05-30)".)
            let cue = has_word(
                before,
                &["nhs", "patient", "pt", "no", "number", "chi", "hcn"],
            ) || s1.is_empty() && {
                let after = super::line_after(text, m.end(), 12).to_ascii_lowercase();
                let after = after.trim_start_matches([' ', '(', ',', '–', '-']);
                ["mr ", "mrs ", "ms ", "miss ", "dob", "d.o.b", "born "]
                    .iter()
                    .any(|w| after.starts_with(w))
            };
            // A learner's number of ten digits may pass the NHS number's check.
            let learner = has_word(before, LEARNER_CUES);
            if !glued && !learner && (cue || !s1.is_empty()) {
                out.push(("id.nhs", m.start(), m.end()));
            }
        });
        self.ni.each_near_digits(text, cues, |c| {
            let m = c.whole();
            let prefix = &text[m.start()..m.start() + 2];
            if prefix == "QQ" {
                out.push(("id.ni_example", m.start(), m.end()));
            } else if !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].contains(&prefix) {
                out.push(("id.ni", m.start(), m.end()));
            }
        });
        self.date.each(text, &date_starts(text, cues), |c| {
            let m = c.whole();
            // (A date in brackets glosses its clause's words from further back: "your
            // date of birth as held on SITS (17 August 1999)".)
            // (Or it is what the clause's cue is: "my date of birth for the indemnity form
            // is 17 February 1949", within the sentence.)
            let head = &text[..m.start()];
            let said = head.ends_with(" is ") || head.ends_with(" was ");
            let reach = if head.ends_with('(') || said { 60 } else { 30 };
            let before = line_before(text, m.start(), reach).to_lowercase();
            // The cue's clause only: not a later date after its brackets close ("(date
            // of birth 02/11/1994), on 9 October 2023").
            // (A bracket that only glosses the cue stays: "Date of birth (DD/MM/YYYY):".)
            let clause = before.rsplit(';').next().unwrap_or(&before);
            let clause = clause.rsplit("), ").next().unwrap_or(clause);
            let clause = if said {
                clause.rsplit(". ").next().unwrap_or(clause)
            } else {
                clause
            };
            if has_word(clause, BIRTH_CUES) {
                out.push(("id.dob", m.start(), m.end()));
            }
        });
        self.find_addresses(text, doc, cues, out);
        find_labelled_addresses(text, doc, out);
        find_flats(text, out);
        self.find_streets(text, cues, out);
        self.collar.each(text, cues.of(Cue::Collar), |c| {
            if let Some(g) = c.get_group(1).or_else(|| c.get_group(2)) {
                // "Blue Badge 2023/24 statistics": a year, not a badge's number.
                let n = &text[g.start..g.end];
                let year = n.len() == 4 && (n.starts_with("19") || n.starts_with("20"));
                // Of the collar's words only "badge" starts with a "b". ("The CEO 2024
                // awards" is a year's too.)
                let badge = text.as_bytes()[c.start].eq_ignore_ascii_case(&b'b')
                    || text[c.start..].starts_with("CEO");
                if !(badge && year) {
                    out.push(("id.collar", g.start, g.end));
                    // The numbers after a label's first: "(collar nos. 4471 / 3308)".
                    if c.get_group(2).is_some() {
                        let mut e = g.end;
                        while let Some(next) = listed_number(text, e, 3, 6) {
                            out.push(("id.collar", next.0, next.1));
                            e = next.1;
                        }
                    }
                }
            }
        });
        self.numbered.each(text, cues.of(Cue::Numbered), |c| {
            let Some(g) = c.get_group(1) else {
                return;
            };
            let list = &text[g.start..g.end];
            let mut pos = g.start;
            for part in list.split([',', '&']).flat_map(|p| p.split(" and ")) {
                let t = part.trim();
                if let Some(i) = text[pos..g.end].find(t) {
                    out.push(("id.staff", pos + i, pos + i + t.len()));
                    pos += i + t.len();
                }
            }
        });
        self.case_ref.each(text, cues.of(Cue::CaseRef), |c| {
            let Some(g) = c.get_group(1) else {
                return;
            };
            if !case_ref_of_a_person(text, c.start, g.start, g.end) {
                if bare_ref_for_review(text, c.start, g.start, g.end) {
                    out.push(("id.ref_review", g.start, g.end));
                }
            } else {
                // An incident's reference in Datix is tied to a person when the sentence
                // names one ("– patient was Mrs …"); otherwise it is for review.
                let datix = text.as_bytes()[c.start..]
                    .get(..5)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"datix"));
                // An application is often a firm's or on a public register (planning):
                // tied to a person only when its sentence names one.
                let application = text.as_bytes()[c.start..]
                    .get(..11)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"application"));
                let tied = !(datix || application) || names_a_person(text, g.start, g.end);
                out.push((
                    match (tied, application) {
                        (true, _) => "id.case",
                        (false, true) => "id.application_review",
                        (false, false) => "id.case_review",
                    },
                    g.start,
                    g.end,
                ));
            }
        });
        // Before the registrations without a cue: a registration in a table's VRM column
        // is said by its header.
        self.find_table_columns(text, doc, out);
        find_pupil_numbers(text, cues, out);
        find_labelled_numbers(text, cues, out);
        find_record_numbers(text, cues, out);
        find_personal_case_letters(text, cues, out);
        find_name_fields(text, cues.of(Cue::NameField), out);
        find_names_with_ages(text, out);
        find_participant_ids(text, out);
        find_people_ids(text, out);
        find_listed_initials(text, out);
        find_prison_numbers(text, cues, out);
        find_financial_and_documents(text, cues, out);
        find_social_handles(text, out);
        find_iso_births(text, cues, out);
        find_birth_years(text, cues, out);
        find_grid_references(text, cues, out);
        find_ibans(text, out);
        find_asset_tags(text, out);
        find_orcids(text, out);
        find_card_numbers(text, cues, out);
        find_officer_codes(text, out);
        // The spans found so far, looked up once per plate (not a walk of every hit:
        // a table of thousands of plates stays linear).
        let found: std::collections::HashSet<(usize, usize)> =
            out.iter().map(|h| (h.1, h.2)).collect();
        self.vehicle.each_near_digits(text, cues, |c| {
            let m = c.whole();
            let before = line_before(text, m.start(), 40);
            let after = super::line_after(text, m.end(), 30);
            if has_word(
                before,
                &[
                    "registration",
                    "reg",
                    "vehicle",
                    "car",
                    "van",
                    "index",
                    "vrm",
                ],
            ) || has_word(after, &["vehicle", "car", "registered"])
            {
                out.push(("id.vehicle", m.start(), m.end()));
            } else if current_plate(&text[m.start()..m.end()])
                && !glued(text, m.start(), m.end())
                && !found.contains(&(m.start(), m.end()))
            {
                out.push(("id.vehicle_uncued", m.start(), m.end()));
            }
        });
        find_older_plates(text, cues, out);
        // Last: only what no other pass has taken.
        find_shaped_refs(text, out);
        find_cas_numbers(text, out);
    }

    /// A postcode: with a house and street before it (across line breaks) it is a
    /// private address; an organisation's own address is `info` on the postcode alone.
    #[inline(never)]
    fn find_addresses(&self, text: &str, doc: &Document, cues: &CueHits, out: &mut Vec<Hit>) {
        let mut postcodes = Vec::new();
        self.postcode.each_near_digits(text, cues, |c| {
            postcodes.extend(Some((c.start, c.end)));
        });
        for pc in postcodes {
            // Up to 4 lines / 160 bytes back.
            let mut from = pc.0.saturating_sub(160);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            // Start of the fourth line back, but no further than `from`.
            // An address block has no blank line in it, and is no table row above the
            // postcode's line ("| 88 Ormsby Street | … |", then "Address: … SY21 0BQ").
            let mut window_start = from;
            let mut newlines = 0;
            let mut line_end = pc.0;
            for (i, b) in text.as_bytes()[from..pc.0].iter().enumerate().rev() {
                if *b == b'\n' {
                    let line = &text.as_bytes()[from + i + 1..line_end];
                    if newlines > 0
                        && (line.iter().all(u8::is_ascii_whitespace) || line.contains(&b'|'))
                    {
                        window_start = line_end + 1;
                        break;
                    }
                    newlines += 1;
                    line_end = from + i;
                    if newlines == 4 {
                        window_start = from + i + 1;
                        break;
                    }
                }
            }
            let mut street = None;
            self.street.each_in(text, &[(window_start, pc.0)], |c| {
                street = Some(c.whole());
            });
            let context = doc.context_at(pc.0);
            // A flat's address on one line, "house" and all ("Flat 4, Seacole House,
            // Dockside Lane, Tidemouth TQ16 2RB"): a home, whether or not a house number
            // on a street follows.
            let line = line_before(text, pc.0, 120);
            let flat = FLAT_WORDS.iter().find_map(|f| {
                let k = line.rfind(f)?;
                (line[k + f.len()..].starts_with(|c: char| c.is_ascii_digit())
                    && !line[..k].ends_with(|c: char| is_alnum(c)))
                .then_some(pc.0 - line.len() + k)
            });
            if let Some(start) = flat {
                // (A hall of residence or a block's "House" or "Building" has flats.)
                let between = text[start..pc.0]
                    .to_lowercase()
                    .replace("house", "")
                    .replace("hall", "")
                    .replace("building", "");
                if !has_word(&between, ORG_ADDRESS_WORDS) {
                    out.push(("address.private", start, pc.1));
                    continue;
                }
            }
            // After words that say it is someone's home ("term address Room 14B,
            // Fenwick Hall, 3 Abbey Lane, …"), a home, whatever its building is called.
            let line = line_before(text, pc.0, 120);
            if let Some(k) = home_label_end(line) {
                out.push(("address.private", pc.0 - line.len() + k, pc.1));
                continue;
            }
            match street {
                Some(st) => {
                    let start = st.start();
                    let between = text[start..pc.0].to_lowercase();
                    // The building's name may stand just before the street, on its line
                    // ("Leeds Crown Court, 1 Oxford Row").
                    let named = line_before(text, start, 60)
                        .strip_suffix(", ")
                        .map(|b| b.rsplit(',').next().unwrap_or(b).to_lowercase());
                    // Or a floor or building earlier on the line, with its capital
                    // ("10th Floor, Causeway Exchange, 1-7 Bedford Street").
                    let org = has_word(&between, ORG_ADDRESS_WORDS)
                        || named.is_some_and(|n| has_word(&n, ORG_ADDRESS_WORDS))
                        || has_titled_word(line_before(text, start, 80), ORG_ADDRESS_WORDS);
                    // ("Requester ......... Declan Fitzgerald-Osei, 9 Rosebank Close, …": a
                    // field for a person on the address's line.)
                    let person_field = has_word(
                        &line_before(text, start, 120).to_ascii_lowercase(),
                        &[
                            "requester",
                            "applicant",
                            "complainant",
                            "customer",
                            "tenant",
                            "resident",
                        ],
                    );
                    let letterhead_org = context == Context::Letterhead
                        && !person_field
                        && !titled_line_above(text, start)
                        && !titled_line_above(text, doc.line_start(start))
                        && !greeting_follows(text, pc.1);
                    if org || letterhead_org {
                        out.push(("address.organisation", pc.0, pc.1));
                    } else {
                        // A flat's number before the street's belongs to the address
                        // ("Flat 14, Attlee Court, …").
                        let lead = line_before(text, start, 20);
                        let mut flat = ["Flat ", "Apartment ", "Flat No. "]
                            .iter()
                            .find(|f| lead.ends_with(*f))
                            .map_or(0, |f| f.len());
                        // Or on the line above it ("Flat 3, Heron Court\n27 Gallows …").
                        if lead.is_empty() && start > 0 {
                            let above = line_before(text, start - 1, 60);
                            if FLAT_WORDS.iter().any(|f| above.starts_with(f)) && above.len() < 60 {
                                flat = above.len() + 1;
                            }
                        }
                        out.push(("address.private", start - flat, pc.1));
                    }
                }
                None => {
                    let before = line_before(text, pc.0, 30).to_lowercase();
                    if has_word(
                        &before,
                        &[
                            "lives at",
                            "living at",
                            "home",
                            "resides",
                            "resident at",
                            "lives in",
                        ],
                    ) {
                        out.push(("address.private", pc.0, pc.1));
                        continue;
                    }
                    // The organisation's own address is in its letterhead or signature,
                    // or names its building; a postcode in the answer may be a home's.
                    let line = line_before(text, pc.0, 120);
                    let street = street_without_number(line).map(|k| pc.0 - line.len() + k);
                    // Organisation words in the street and town, or (for a postcode
                    // alone) anywhere on its line.
                    let named = match street {
                        Some(start) => &text[start..pc.0],
                        // (Its own sentence.)
                        None => line.rsplit(". ").next().unwrap_or(line),
                    };
                    // An address over several lines names its building on one above, with
                    // a capital ("Wycliffe House,\nWater Lane,\nWilmslow\nSK9 5AF").
                    // (Not the address under a titled person's name in the letterhead:
                    // the requester's, "Mr Callum Hughes-Whitfield\n7 Maes y Dderwen".)
                    let addressee =
                        street.is_some_and(|st| titled_line_above(text, doc.line_start(st)));
                    // (Beside the body's own contact points: a team's mailbox or the
                    // switchboard on its line or the next, "Contact: foi@…, 01632
                    // 960811, The Boathouse, 4 Wilberforce Quay, Hull HU1 1XY".)
                    let contact_line = || {
                        let after = super::line_after(text, pc.1, 120);
                        let next_at = pc.1 + after.len() + 1;
                        let next = text
                            .get(next_at..)
                            .map_or("", |r| super::line_after(r, 0, 120));
                        [line, after, next].iter().any(|l| {
                            let l = l.to_ascii_lowercase();
                            [
                                "foi@",
                                "info@",
                                "enquiries@",
                                "ymholiadau@",
                                "switchboard",
                                "switsfwrdd",
                            ]
                            .iter()
                            .any(|w| l.contains(w))
                        })
                    };
                    let own = matches!(context, Context::Letterhead | Context::Signature)
                        && !addressee
                        || contact_line()
                        || has_word(&named.to_lowercase(), ORG_ADDRESS_WORDS)
                        || street.is_none()
                            && (has_word(
                                &super::line_after(text, pc.1, 40).to_lowercase(),
                                ORG_ADDRESS_WORDS,
                            ) || has_titled_word(block_before(text, pc.0), ORG_ADDRESS_WORDS));
                    // After a label that says it is an address ("Address: Ty Newydd,
                    // Llanfair Caereinion, Welshpool SY21 0BQ"): the whole address.
                    let labelled = line.rfind(':').filter(|&k| {
                        let label = line[..k].trim().to_ascii_lowercase();
                        label.ends_with("address")
                            && label.len() <= 40
                            && line[k + 1..].trim().len() >= 4
                    });
                    match street {
                        _ if own => out.push(("address.organisation", pc.0, pc.1)),
                        _ if labelled.is_some() => {
                            let k = labelled.unwrap_or(0) + 1;
                            let lead = line[k..].len() - line[k..].trim_start().len();
                            out.push(("address.private", pc.0 - line.len() + k + lead, pc.1));
                        }
                        Some(start) => {
                            // With a house number before it, a home ("7 Maes y Deri").
                            let lead = line_before(text, start, 8);
                            let number = lead
                                .strip_suffix(' ')
                                .and_then(|l| l.trim_end_matches(',').rsplit(' ').next())
                                .filter(|n| {
                                    (1..=5).contains(&n.len())
                                        && n.starts_with(|c: char| c.is_ascii_digit())
                                        && n.bytes().all(|b| b.is_ascii_alphanumeric())
                                });
                            match number {
                                Some(n) => {
                                    let at = start - (lead.len() - lead.rfind(n).unwrap_or(0));
                                    out.push(("address.private", at, pc.1));
                                }
                                None => out.push(("address.street_postcode", start, pc.1)),
                            }
                        }
                        // Written as a postcode is, with its space: not a code in a
                        // program or a part number ("W32CE", "GL525SM").
                        None if text[pc.0..pc.1].contains(' ') => {
                            out.push(("address.postcode", pc.0, pc.1))
                        }
                        None => out.push(("address.organisation", pc.0, pc.1)),
                    }
                }
            }
        }
    }

    /// A house number and street with no postcode after it ("the collision outside 14
    /// Mill Lane", "of 22 Tennyson Close, Marlow"): most likely a home, for review. Not
    /// a street the postcode pass has read (its address, or an organisation's with its
    /// postcode a few lines on), a year ("in 2023 Leeds Road"), nor an organisation's
    /// building ("Civic Centre, 1 Market Street").
    #[inline(never)]
    fn find_streets(&self, text: &str, cues: &CueHits, out: &mut Vec<Hit>) {
        // Tried only where a house number stands: a run of up to four digits, then
        // (after a letter or a comma, perhaps) a space and a capital.
        let b = text.as_bytes();
        let mut streets = Vec::new();
        let mut reached = 0;
        for &(a, e) in cues.digit_runs() {
            // (Not a time's minutes or a number's decimals: "10:42, Balfour Road".)
            if a < reached
                || e - a > 4
                || text[..a].ends_with(|c: char| is_alnum(c))
                || a >= 2 && matches!(b[a - 1], b':' | b'.') && b[a - 2].is_ascii_digit()
            {
                continue;
            }
            let mut p = e;
            if b.get(p).is_some_and(u8::is_ascii_alphabetic) {
                p += 1;
            }
            if b.get(p) == Some(&b',') {
                p += 1;
            }
            if b.get(p) != Some(&b' ')
                || !b
                    .get(p + 1)
                    .is_some_and(|c| c.is_ascii_uppercase() || *c >= 0x80)
            {
                continue;
            }
            let mut limit = (a + 120).min(text.len());
            while !text.is_char_boundary(limit) {
                limit -= 1;
            }
            // (Anchored at the house number: the match starts at `a`, its number ends
            // at `e`.)
            if let Some(c) = super::shapes::street_at(text, a, limit) {
                reached = c.end;
                streets.push((a, e, c.end));
            }
        }
        if streets.is_empty() {
            return;
        }
        let mut addresses: Vec<usize> = out
            .iter()
            .filter(|h| h.0.starts_with("address."))
            .flat_map(|h| [h.1, h.2])
            .collect();
        addresses.sort_unstable();
        for (s, number_end, e) in streets {
            // An address found by its postcode starts or ends within reach, in the same
            // block (no blank line or table row between: "| 71 Wren Street | … |", a
            // blank line, then "Address: The Barn, Cilcain CH7 5ZZ").
            let k = addresses.partition_point(|&a| a < s);
            if addresses.get(k).is_some_and(|&a| {
                a <= e + 160 && {
                    let between = &text[e.min(a)..a];
                    let pieces: Vec<&str> = between.split('\n').collect();
                    // (A blank line: a piece between two line breaks with nothing in it.)
                    let blank = pieces.len() > 2
                        && pieces[1..pieces.len() - 1]
                            .iter()
                            .any(|l| l.trim().is_empty());
                    !(between.contains('|') || blank)
                }
            }) {
                continue;
            }
            let number = &text[s..number_end];
            if number.len() == 4 && (number.starts_with("19") || number.starts_with("20"))
                || number.starts_with('0')
            {
                continue;
            }
            // A street's words are words ("31 CVE-2020-11501 Close" is none), and the
            // number is no section's, step's or status code's ("Tier 2 Green View").
            if text[number_end..e].bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            let word_before = text[..s]
                .trim_end_matches([' ', '#', '.', ':'])
                .rsplit(|c: char| !is_alnum(c))
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            if text[..s].ends_with('#')
                || matches!(
                    word_before.as_str(),
                    "section"
                        | "tier"
                        | "phase"
                        | "chapter"
                        | "page"
                        | "version"
                        | "step"
                        | "level"
                        | "zone"
                        | "item"
                        | "question"
                        | "part"
                        | "paragraph"
                        | "clause"
                        | "annex"
                        | "appendix"
                        | "figure"
                        | "table"
                        | "q"
                        | "no"
                        | "number"
                        | "code"
                        | "error"
                        | "status"
                        | "http"
                        | "stage"
                        | "year"
                        | "week"
                        | "day"
                        | "route"
                        | "bus"
                        | "gate"
                        | "platform"
                        | "unit"
                        | "room"
                        | "floor"
                        | "block"
                        | "band"
                        | "grade"
                )
            {
                continue;
            }
            let mut before = line_before(text, s, 40).to_lowercase();
            // "his house at 7 Mill Lane": a person's house is their home, no office's.
            for who in ["his", "her", "their", "my", "your", "own", "family's"] {
                before = before.replace(&format!("{who} house"), &format!("{who} home"));
            }
            let after = super::line_after(text, e, 40).to_lowercase();
            if has_word(&before, ORG_ADDRESS_WORDS) || has_word(&after, ORG_ADDRESS_WORDS) {
                continue;
            }
            // The town after it, if one capitalised word follows a comma: ", Marlow".
            let mut end = e;
            if let Some(rest) = text[e..].strip_prefix(", ") {
                let town = rest
                    .find(|c: char| !is_letter(c) && c != '-')
                    .unwrap_or(rest.len());
                if town >= 3 && rest.starts_with(|c: char| c.is_uppercase()) {
                    end = e + 2 + town;
                }
            }
            // Said to be someone's home: "his house at", "lives at", "home address is".
            let home = [
                "his home",
                "her home",
                "their home",
                "my home",
                "your home",
                "own home",
                "family's home",
                "lives at",
                "living at",
                "lived at",
                "resides at",
                "home address",
            ]
            .iter()
            .any(|w| before.rsplit(". ").next().unwrap_or(&before).contains(w));
            out.push((
                if home {
                    "address.private"
                } else {
                    "address.street"
                },
                s,
                end,
            ));
        }
    }

    /// Tables about people: a header that names a person's identifier (payroll or pupil
    /// number, PCN, VRM, case reference, collar number) marks its column, and the table's
    /// other reference columns; every value with a digit below it is flagged, until the
    /// table ends. A table whose headers name only things ("Contract reference",
    /// "Asset ID", "Policy number") marks nothing.
    #[inline(never)]
    fn find_table_columns(&self, text: &str, doc: &Document, out: &mut Vec<Hit>) {
        let mut columns: Vec<(usize, IdColumn)> = Vec::new();
        // Home postcodes found here, which the address pass took for an organisation's.
        let mut homes: std::collections::HashSet<(usize, usize)> = Default::default();
        // A table aligned with spaces: each marked column's first character on the line.
        let mut aligned: Vec<(usize, IdColumn)> = Vec::new();
        // A comma-separated table: its marked columns and how many cells its header has.
        let mut csv: Vec<(usize, IdColumn)> = Vec::new();
        let mut csv_width = 0;
        // A header read, and no row under it yet.
        let mut fresh = false;
        for line in &doc.lines {
            let s = &text[line.start..line.end];
            // Most lines are no table row: one search for both separators settles them.
            if memchr::memchr2(b'\t', b'|', s.as_bytes()).is_none() {
                // ("Ref | Officer | Staff no.", a blank line, then the rows: a header
                // may stand apart from its rows.)
                if fresh && s.trim().is_empty() {
                    continue;
                }
                fresh = false;
                // ("------+------": a rule under the header, drawn with "+", ends no
                // table.)
                if !columns.is_empty()
                    && s.contains('-')
                    && s.bytes()
                        .all(|c| matches!(c, b'-' | b'+' | b'=' | b':' | b' ' | b'\r'))
                {
                    continue;
                }
                columns.clear();
                // A comma-separated export ("permit_ref,issued,…,authorised_by"): its
                // header, then rows of as many cells.
                // (Four cells need three commas: most lines of prose have fewer, and are
                // not split into cells.)
                if memchr::memchr_iter(b',', s.as_bytes()).nth(2).is_some() {
                    if let Some(cells) = csv_cells(s.trim_end_matches('\r'), line.start) {
                        if !csv.is_empty() && cells.len() == csv_width {
                            aligned.clear();
                            row_values(&csv, &cells, &mut homes, out);
                            continue;
                        }
                        csv.clear();
                        if let Some(marked) = csv_header(&cells) {
                            csv_width = cells.len();
                            csv = marked;
                            aligned.clear();
                            continue;
                        }
                    }
                }
                csv.clear();
                self.aligned_row(s, line.start, &mut aligned, out);
                continue;
            }
            aligned.clear();
            let sep = if s.contains('\t') {
                '\t'
            } else if s.matches('|').count() >= 2 {
                '|'
            } else {
                columns.clear();
                continue;
            };
            let cells: Vec<(usize, &str)> = {
                let mut pos = line.start;
                s.split(sep)
                    .map(|c| {
                        let r = (pos, c);
                        pos += c.len() + sep.len_utf8();
                        r
                    })
                    .collect()
            };
            if let Some(marked) = marked_columns(&cells) {
                columns = marked;
                fresh = true;
                continue;
            }
            fresh = false;
            if columns.is_empty() {
                headerless_row(&cells, out);
            }
            row_values(&columns, &cells, &mut homes, out);
        }
        if !homes.is_empty() {
            out.retain(|h| {
                !(matches!(h.0, "address.organisation" | "address.postcode")
                    && homes.contains(&(h.1, h.2)))
            });
        }
    }

    /// One line of a table aligned with spaces ("Invoice    Locum    GMC no.    Grade"):
    /// a header of three or more short cells, one naming a person's identifier, marks
    /// that column by where it starts; each row below flags the value that starts there,
    /// until a line without such a value or a blank line ends the table.
    fn aligned_row(
        &self,
        s: &str,
        at: usize,
        aligned: &mut Vec<(usize, IdColumn)>,
        out: &mut Vec<Hit>,
    ) {
        // (Two spaces: one searcher, built once, for every line.)
        static TWO_SPACES: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
            std::sync::OnceLock::new();
        let two = TWO_SPACES.get_or_init(|| memchr::memmem::Finder::new(b"  "));
        // ("----------  --------------": a rule drawn under each header cell, as a
        // fixed-width export writes it, ends no table.)
        if !aligned.is_empty()
            && s.bytes().any(|c| matches!(c, b'-' | b'='))
            && s.bytes()
                .all(|c| matches!(c, b'-' | b'=' | b' ' | b'\t' | b'\r'))
        {
            return;
        }
        if two.find(s.as_bytes()).is_none() {
            aligned.clear();
            return;
        }
        let cells = spaced_cells(s);
        if !aligned.is_empty() {
            let mut any = false;
            for &(col, kind) in aligned.iter() {
                if let Some(&(_, b, t)) = cells.iter().find(|c| c.0.abs_diff(col) <= 1) {
                    if kind.is_person() || kind == IdColumn::Who && login_cell(t) {
                        if let Some((ns, ne)) = person_cell(t).filter(|_| kind.is_person()) {
                            out.push((IdColumn::NamePart.detector(), at + b + ns, at + b + ne));
                            any = true;
                        } else if kind != IdColumn::Person && login_cell(t) {
                            out.push((IdColumn::Login.detector(), at + b, at + b + t.len()));
                            any = true;
                        }
                        continue;
                    }
                    // (`aligned` holds no whole-name column: its cells are the name
                    // pass's. A name part's is flagged as a whole cell.)
                    let value = if kind.whole_cell() {
                        column_value(kind, t)
                    } else {
                        !t.contains(' ') && t.len() <= 24 && t.bytes().any(|c| c.is_ascii_digit())
                    };
                    if value {
                        out.push((kind.detector(), at + b, at + b + value_len(kind, t)));
                        any = true;
                    }
                }
            }
            if any {
                return;
            }
            aligned.clear();
        }
        // (A header names its columns: no digits, no long cell.)
        if cells.len() < 3
            || cells.iter().any(|c| c.2.len() > 30)
            || s.bytes().any(|c| c.is_ascii_digit())
        {
            return;
        }
        let mut headers: Vec<Option<(IdColumn, bool)>> =
            cells.iter().map(|c| id_column(c.2)).collect();
        drop_vehicle_models(cells.iter().map(|c| c.2), &mut headers);
        // A column of a person's identifier, or a reference column ("Ref", "Case")
        // beside a column of people ("Landowner", "Name").
        let of_people = headers
            .iter()
            .any(|h| h.is_some_and(|(kind, _)| kind.is_person()));
        if headers.iter().any(|h| {
            h.is_some_and(|(kind, person)| {
                !kind.is_person()
                    && kind != IdColumn::Home
                    && (person
                        || of_people
                            && matches!(
                                kind,
                                IdColumn::Other | IdColumn::Case | IdColumn::Extension
                            ))
            })
        }) {
            let people = of_people || about_people(&headers);
            *aligned = cells
                .iter()
                .zip(&headers)
                .filter_map(|(c, h)| h.map(|(kind, _)| (c.0, kind)))
                .filter(|&(_, kind)| people || kind.stands_alone())
                .collect();
        }
    }
}

/// The values in one row of a table's `cells` under its marked `columns`; home
/// postcodes found go into `homes` too.
fn row_values(
    columns: &[(usize, IdColumn)],
    cells: &[(usize, &str)],
    homes: &mut std::collections::HashSet<(usize, usize)>,
    out: &mut Vec<Hit>,
) {
    for &(col, kind) in columns {
        if kind.is_person() {
            // A name written surname first ("Okonkwo-Bright, Adaeze"), which the
            // name pass may not know: the column says it is a person's.
            if let Some(&(pos, cell)) = cells.get(col) {
                let t = cell.trim();
                let lead = cell.len() - cell.trim_start().len();
                if let Some((ns, ne)) = person_cell(t) {
                    out.push((
                        IdColumn::NamePart.detector(),
                        pos + lead + ns,
                        pos + lead + ne,
                    ));
                } else if kind == IdColumn::Actor && login_cell(t) {
                    // ("Caller | hpham": a service desk writes its people by their
                    // user names.)
                    out.push((IdColumn::Login.detector(), pos + lead, pos + lead + t.len()));
                }
            }
            continue;
        }
        if let Some(&(pos, cell)) = cells.get(col) {
            let t = cell.trim();
            let longest = if kind == IdColumn::Home { 160 } else { 24 };
            // A machine's name is one word; an extension, digits alone.
            // An SSID is the network's name, digits or none ("KVFRS-TRAIN").
            // ("NTM / JvdB": who did it, two people.)
            if kind == IdColumn::Who && t.len() <= 24 && t.contains(['/', ',', '&']) {
                let lead = cell.len() - cell.trim_start().len();
                let mut at = pos + lead;
                for part in t.split_inclusive(['/', ',', '&']) {
                    let w = part.trim_end_matches(['/', ',', '&']);
                    let ws = w.len() - w.trim_start().len();
                    if initials_cell(w.trim()) {
                        out.push((kind.detector(), at + ws, at + ws + w.trim().len()));
                    }
                    at += part.len();
                }
                continue;
            }
            if kind.whole_cell() {
                let lead = cell.len() - cell.trim_start().len();
                if column_value(kind, t) {
                    let n = value_len(kind, t);
                    out.push((kind.detector(), pos + lead, pos + lead + n));
                } else if kind == IdColumn::Who && login_cell(t) {
                    out.push((IdColumn::Login.detector(), pos + lead, pos + lead + t.len()));
                }
                continue;
            }
            let shaped = match kind {
                IdColumn::Host => !t.contains(' ') && t.chars().any(is_letter),
                // A registration: two words at most of letters and digits ("KXZ
                // 4417", "LD68 YHK"), not a make and model ("Ford Transit 2.0").
                IdColumn::Vehicle => {
                    t.len() <= 9
                        && t.split(' ').count() <= 2
                        && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ')
                        && t.bytes().any(|b| b.is_ascii_uppercase())
                }
                IdColumn::Extension => t.len() <= 6 && t.bytes().all(|b| b.is_ascii_digit()),
                // A user name: a small letter first, then small letters, digits, dots,
                // underscores or hyphens ("fhowen"); not a word for none ("none"). Or
                // an ID with digits, as any staff column's ("N04512").
                IdColumn::Login => {
                    !t.contains(' ') && t.chars().any(|c| c.is_ascii_digit())
                        || user_name_shaped(t) && !NOT_A_USER.contains(&t)
                }
                _ => true,
            };
            if shaped
                && !t.is_empty()
                && (kind == IdColumn::Login || t.chars().any(|c| c.is_ascii_digit()))
                && t.len() <= longest
            {
                let lead = cell.len() - cell.trim_start().len();
                out.push((kind.detector(), pos + lead, pos + lead + t.len()));
                if kind == IdColumn::Home {
                    homes.insert((pos + lead, pos + lead + t.len()));
                }
            }
        }
    }
}

/// The cells of a comma-separated line that starts at `at`, each with its offset: a
/// cell in double quotes ("\"MBEKI, Thandiwe\"") is what stands inside them. None for a
/// line of fewer than four cells or with a quote left open.
pub(crate) fn csv_cells(s: &str, at: usize) -> Option<Vec<(usize, &str)>> {
    let b = s.as_bytes();
    let mut cells = Vec::new();
    let mut i = 0;
    loop {
        if b.get(i) == Some(&b'"') {
            // ("" inside a quoted cell is a quote.)
            let mut j = i + 1;
            loop {
                let k = j + memchr::memchr(b'"', &b[j..])?;
                if b.get(k + 1) == Some(&b'"') {
                    j = k + 2;
                    continue;
                }
                j = k;
                break;
            }
            cells.push((at + i + 1, &s[i + 1..j]));
            i = j + 1;
            match b.get(i) {
                None => break,
                Some(b',') => i += 1,
                Some(_) => return None,
            }
        } else {
            let j = memchr::memchr(b',', &b[i..]).map_or(b.len(), |k| i + k);
            cells.push((at + i, &s[i..j]));
            if j == b.len() {
                break;
            }
            i = j + 1;
        }
        if cells.len() > 40 {
            return None;
        }
    }
    (cells.len() >= 4).then_some(cells)
}

/// The marked columns of a comma-separated header: short names of columns, no digit,
/// no sentence, one naming a person's identifier or who did each entry.
fn csv_header(cells: &[(usize, &str)]) -> Option<Vec<(usize, IdColumn)>> {
    if cells.iter().any(|(_, c)| {
        let c = c.trim();
        c.is_empty()
            || c.len() > 30
            || c.split(' ').count() > 3
            || c.bytes()
                .any(|b| b.is_ascii_digit() || matches!(b, b'.' | b'"'))
    }) {
        return None;
    }
    let mut marked = marked_columns(cells)?;
    // (A reference column is a person's record only beside a column of their names:
    // "permit_ref" beside "vehicle_reg" and "authorised_by" is a work permit's. A
    // column of names makes its table about people, so none is dropped by then.)
    let named = marked
        .iter()
        .any(|&(_, k)| matches!(k, IdColumn::Person | IdColumn::Actor | IdColumn::NamePart));
    marked.retain(|&(_, kind)| named || !matches!(kind, IdColumn::Other | IdColumn::Case));
    Some(marked)
}

/// The columns a table's header row marks, by where each stands among `cells`: when a
/// header names a person's identifier, its columns, and the table's other reference
/// columns if the table is about people. None for a row that is no such header.
fn marked_columns(cells: &[(usize, &str)]) -> Option<Vec<(usize, IdColumn)>> {
    let mut headers: Vec<Option<(IdColumn, bool)>> =
        cells.iter().map(|(_, c)| id_column(c)).collect();
    // The "Contract manager" columns, by the thing their person looks after.
    let qualified: Vec<bool> = headers
        .iter()
        .zip(cells)
        .map(|(h, (_, c))| h.is_some() && qualified_person_cell(c))
        .collect();
    // ("KOWALCZYK, Agnieszka | Team Manager | 5532": a row of data, whose job title is
    // no header.)
    let data = cells.iter().any(|(_, c)| {
        c.bytes()
            .any(|b| b.is_ascii_digit() || b == b'@' || b == b',')
    });
    // ("Kwame Boateng | SENCo / ALS Manager | 2230": nor is a job title of more words, in
    // a row with digits.)
    if data {
        for (h, &q) in headers.iter_mut().zip(&qualified) {
            if q || h.is_some_and(|(kind, _)| kind.is_person()) {
                *h = None;
            }
        }
    }
    drop_vehicle_models(cells.iter().map(|c| c.1), &mut headers);
    if !headers.iter().any(|h| h.is_some_and(|(_, person)| person)) {
        return None;
    }
    // (A "Contract manager" column names who looks after each row: the rows are no
    // one's, and their "Ref" is a contract's.)
    let masked: Vec<Option<(IdColumn, bool)>> = headers
        .iter()
        .zip(&qualified)
        .map(|(h, &q)| h.filter(|_| !q))
        .collect();
    let people = about_people(&masked);
    Some(
        headers
            .iter()
            .zip(&qualified)
            .enumerate()
            .filter_map(|(i, (h, &q))| h.map(|(kind, _)| (i, kind, q)))
            .filter(|&(_, kind, q)| people || kind.stands_alone() || q)
            .map(|(i, kind, _)| (i, kind))
            .collect(),
    )
}

/// Does a header row say its table is about people (or their machines and networks),
/// so that its "Ref" and "ID" columns are theirs? Not by a column of secrets or models.
fn about_people(headers: &[Option<(IdColumn, bool)>]) -> bool {
    headers
        .iter()
        .any(|h| h.is_some_and(|(kind, person)| person && !kind.stands_alone()))
}

/// A "Model" column holds devices' models in a table about IT: its header says which
/// devices ("Laptop model"), or another header is IT's ("SSID", "IP address",
/// "Firmware"). In a table of vehicles ("Registration", "Fuel") it holds cars'.
fn drop_vehicle_models<'a>(
    header_cells: impl Iterator<Item = &'a str>,
    headers: &mut [Option<(IdColumn, bool)>],
) {
    if !headers
        .iter()
        .any(|h| h.is_some_and(|(k, _)| k == IdColumn::Model))
    {
        return;
    }
    let lower: Vec<String> = header_cells.map(str::to_ascii_lowercase).collect();
    let vehicles = lower.iter().any(|c| has_word(c, VEHICLE_HEADS));
    // Each header's words, and whether it is a model's header of two words or more
    // ("Laptop model", "Make and model", "Weighing controller").
    let words: Vec<Vec<&str>> = lower
        .iter()
        .map(|c| {
            c.split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect()
        })
        .collect();
    let model_of_words = |w: &[&str]| w.len() > 1 && model_head(w);
    let it = words
        .iter()
        .zip(&lower)
        .any(|(w, c)| model_of_words(w) || has_word(c, IT_TABLE_HEADS));
    // (In a table of vehicles a column that names its devices still holds them: "Weighing
    // controller" beside "Registration"; not a bare "Make and model".)
    for (i, h) in headers.iter_mut().enumerate() {
        let own = words.get(i).is_some_and(|w| {
            model_of_words(w)
                && !matches!(
                    w.as_slice(),
                    ["make", "model" | "models"] | ["make", "and", "model"]
                )
        });
        if h.is_some_and(|(k, _)| k == IdColumn::Model) && (vehicles && !own || !it) {
            *h = None;
        }
    }
}

/// A cell of a column of networks' names, secrets or devices' models that holds one:
/// not a placeholder ("N/A", "Withheld", "Yes"), a mask ("****") or a category. A
/// secret has no space; a model, a letter and a number ("HP 11 G9 EE", "Zebra TC52").
/// A name part's cell and a "Logged by" cell's initials have their own tests.
fn column_value(kind: IdColumn, t: &str) -> bool {
    match kind {
        IdColumn::NamePart => return name_part_shaped(t),
        IdColumn::Who => return initials_cell(t) || first_and_initial_cell(t),
        _ => {}
    }
    const NOTHING: &[&str] = &[
        "n/a", "na", "none", "nil", "withheld", "redacted", "-", "–", "—", "yes", "no", "hidden",
        "not set", "not held", "unknown", "tbc", "various", "changed", "reset", "expired", "set",
        "default", "n", "y",
    ];
    if t.is_empty() || NOTHING.iter().any(|p| t.eq_ignore_ascii_case(p)) {
        return false;
    }
    match kind {
        // (A name, not a phrase: "Guest and staff areas" says where it reaches.)
        IdColumn::Ssid => {
            t.len() <= 32 && t.chars().any(is_letter) && t.split_whitespace().count() <= 3
        }
        IdColumn::Secret => {
            (3..=64).contains(&t.chars().count())
                && t.chars().any(is_alnum)
                && !t.contains(char::is_whitespace)
                && !t
                    .chars()
                    .all(|c| matches!(c, '*' | '•' | '●' | 'x' | 'X' | '#'))
        }
        // (A segment's number, 1 to 4094, or a list or range of them: "110", "20, 30",
        // "100-110".)
        IdColumn::Vlan => {
            t.len() <= 24
                && t.bytes().any(|b| b.is_ascii_digit())
                && t.split([',', '-', '–', '/', ' '])
                    .filter(|p| !p.is_empty())
                    .all(|p| {
                        p.len() <= 4
                            && p.bytes().all(|b| b.is_ascii_digit())
                            && p.parse::<u16>().is_ok_and(|n| (1..=4094).contains(&n))
                    })
        }
        IdColumn::Model => {
            let words: Vec<&str> = t.split_whitespace().collect();
            // (Not a plural of capitals: "Wireless APs".)
            let plural = |w: &str| {
                w.strip_suffix('s')
                    .is_some_and(|c| c.len() >= 2 && c.bytes().all(|b| b.is_ascii_uppercase()))
            };
            // (Or, with no digit, capitalised words one of which a brand writes with
            // capitals inside it: "Peoplesafe SOS Pro ID", "Skyguard MySOS"; not
            // "Standard Issue".)
            let branded = || {
                words.len() >= 2
                    && words
                        .iter()
                        .all(|w| w.starts_with(|c: char| c.is_uppercase()))
                    && words.iter().any(|w| {
                        w.len() >= 2
                            && w.chars().skip(1).any(|c| c.is_ascii_uppercase())
                            && !plural(w)
                    })
            };
            // (Or a maker's name and a model's in words, capitalised: "Thermo Scientific
            // Vanquish Core", "Bruker MALDI Biotyper sirius"; not a placeholder's words,
            // "Standard Issue", "Various Makes", "Not Known".)
            let named = || {
                const NOT_MAKERS: &[&str] = &[
                    "Standard",
                    "Various",
                    "Mixed",
                    "Unknown",
                    "Not",
                    "Other",
                    "Generic",
                    "Multiple",
                    "Assorted",
                    "Legacy",
                    "None",
                    "No",
                    "Same",
                    "As",
                    "See",
                    "Staff",
                    "Personal",
                    "Shared",
                    "Loan",
                    "Spare",
                    "Replacement",
                    "New",
                    "Old",
                    "Own",
                    "Any",
                    "All",
                    "Bring",
                    "Tbc",
                    "TBC",
                    "In",
                ];
                words.len() >= 2
                    && words[..2].iter().all(|w| {
                        w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(is_letter)
                    })
                    && !words.iter().any(|w| plural(w))
                    && !NOT_MAKERS.contains(&words[0])
            };
            t.chars().count() <= 40
                && words.len() <= 6
                && t.chars().any(is_letter)
                && (t.bytes().any(|b| b.is_ascii_digit()) || branded() || named())
                && !t.contains(['£', '$', '€', '%', '/', ':'])
                && t.starts_with(|c: char| is_alnum(c))
        }
        _ => false,
    }
}

/// Words for a person whose code follows them: "tech ID PG-117", "(badge TW04)", "CEO
/// EP047", "Authorised officer AO-117".
const CODE_HOLDERS: [&str; 11] = [
    "tech",
    "technician",
    "badge",
    "officer",
    "ceo",
    "warden",
    "operator",
    "driver",
    "engineer",
    "inspector",
    "investigator",
];

/// A person's short code after the word for them, perhaps with "ID", "no." or
/// "number" between: one to four capitals, perhaps a hyphen, and two to six digits
/// ("PG-117", "TW04", "EP047"), ending there. Searched for at each of the draft's
/// capitals that follows a space after such a word; a code needs both a letter and
/// a digit, so "CEO Sarah" and "officer 2024" are none.
fn find_officer_codes(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let mut at = 0;
    let mut found = 0;
    while let Some(k) = b.get(at..).and_then(|r| memchr::memchr(b' ', r)) {
        let sp = at + k;
        at = sp + 1;
        if found >= 256 {
            break;
        }
        // The code: capitals, perhaps a hyphen, digits.
        let cs = sp + 1;
        let letters = b[cs..]
            .iter()
            .take(5)
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        if !(1..=4).contains(&letters) {
            continue;
        }
        let hy = usize::from(b.get(cs + letters) == Some(&b'-'));
        let digits = b[cs + letters + hy..]
            .iter()
            .take(7)
            .take_while(|c| c.is_ascii_digit())
            .count();
        let ce = cs + letters + hy + digits;
        if !(2..=6).contains(&digits)
            || b.get(ce)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b'/')
        {
            continue;
        }
        // The word for the person before it, perhaps "ID", "no." or "number" between,
        // a colon or a bracket perhaps: read back over at most 32 bytes.
        let before = line_before(text, sp + 1, 32).to_ascii_lowercase();
        let before = before.trim_end_matches([' ', ':', '(', '#']);
        let before = ["id", "no.", "no", "number", "ref"]
            .iter()
            .find_map(|w| {
                before
                    .strip_suffix(w)
                    .filter(|h| h.ends_with(' '))
                    .map(|h| h.trim_end())
            })
            .unwrap_or(before);
        let holder = CODE_HOLDERS.iter().any(|w| {
            before.strip_suffix(w).is_some_and(|h| {
                !h.as_bytes()
                    .last()
                    .is_some_and(|c| c.is_ascii_alphanumeric())
            })
        });
        if holder {
            out.push(("id.officer_code", cs, ce));
            found += 1;
        }
    }
}

/// A card's number as cards print it: sixteen digits in four groups of four, parted by
/// one space or one hyphen each ("6330 0217 4458 1092", a bus pass; a payment card, a
/// smartcard). Not a longer run of groups, not glued to other digits or letters, and not
/// an ORCID iD (its word within 32 bytes before).
fn find_card_numbers(text: &str, cues: &CueHits, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let runs = cues.digit_runs();
    let mut i = 0;
    while i + 4 <= runs.len() {
        let group = &runs[i..i + 4];
        let sep = b.get(group[0].1).copied();
        let shaped = matches!(sep, Some(b' ' | b'-'))
            && group.iter().all(|&(s, e)| e - s == 4)
            && group
                .windows(2)
                .all(|w| w[1].0 == w[0].1 + 1 && b[w[0].1] == sep.unwrap_or(0));
        if !shaped {
            i += 1;
            continue;
        }
        let (s, e) = (group[0].0, group[3].1);
        let glued_before =
            s > 0 && (b[s - 1].is_ascii_alphanumeric() || matches!(b[s - 1], b'-' | b'.' | b'/'));
        let runs_on = b.get(e).is_some_and(|c| c.is_ascii_alphanumeric())
            || matches!(b.get(e), Some(&c) if Some(c) == sep || c == b'.' || c == b'/')
                && b.get(e + 1).is_some_and(u8::is_ascii_digit);
        let orcid = {
            let before = line_before(text, s, 32).to_ascii_lowercase();
            before.contains("orcid")
        };
        // ("2021 2022 2023 2024": a row of years.)
        let years = group
            .iter()
            .all(|&(gs, _)| matches!(&text[gs..gs + 2], "19" | "20"));
        if !glued_before && !runs_on && !orcid && !years {
            out.push(("id.card_number", s, e));
        }
        i += 4;
    }
}

/// A researcher's ORCID iD after its name ("ORCID 0000-0002-1825-0097", "orcid.org/
/// 0000-…"): four groups of four digits, the last digit perhaps an X, with its check
/// digit right (ISO 7064 11,2). Two searches for the word: "orcid", "ORCID".
fn find_orcids(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let lower = memchr::memmem::find_iter(b, b"rcid");
    for k in lower.chain(memchr::memmem::find_iter(b, b"RCID")) {
        if k == 0 || !b[k - 1].eq_ignore_ascii_case(&b'o') {
            continue;
        }
        // The iD within the 24 bytes after the word.
        let from = k + 4;
        let to = b.len().min(from + 24);
        let Some(d) = b[from..to].iter().position(u8::is_ascii_digit) else {
            continue;
        };
        let s = from + d;
        let Some(id) = b.get(s..s + 19) else {
            continue;
        };
        let shaped = id.iter().enumerate().all(|(i, &c)| match i {
            4 | 9 | 14 => c == b'-',
            18 => c.is_ascii_digit() || c == b'X',
            _ => c.is_ascii_digit(),
        });
        if !shaped || b.get(s + 19).is_some_and(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        let digits: Vec<u32> = id[..18]
            .iter()
            .filter(|c| c.is_ascii_digit())
            .map(|c| u32::from(c - b'0'))
            .collect();
        let total = digits.iter().fold(0, |t, d| (t + d) * 2);
        let check = (12 - total % 11) % 11;
        let last = id[18];
        if (check == 10 && last == b'X')
            || (check < 10 && u32::from(last.wrapping_sub(b'0')) == check)
        {
            out.push(("id.orcid", s, s + 19));
        }
    }
}

/// The length of a column's value in its cell `t`: a model's without the count after it
/// ("MR46 x3", "TC52 ×40").
fn value_len(kind: IdColumn, t: &str) -> usize {
    if kind != IdColumn::Model {
        return t.len();
    }
    let Some(k) = t.rfind(' ') else {
        return t.len();
    };
    let count = t[k + 1..]
        .strip_prefix(['x', '×'])
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    if count && k > 0 {
        t[..k].trim_end().len()
    } else {
        t.len()
    }
}

/// Name parts given as fields or in a comma-separated table: "Surname: OYELARAN
/// Forename: Bisi", "First name: Agnieszka"; "surname,forename,team" then
/// "Kaczmarek,Agnieszka,Revenues".
#[inline(never)]
fn find_name_fields(text: &str, starts: &[usize], out: &mut Vec<Hit>) {
    const LABELS: &[&str] = &[
        "surname",
        "forename",
        "forenames",
        "first name",
        "first names",
        "last name",
        "family name",
        "given name",
        "given names",
        "middle name",
    ];
    let b = text.as_bytes();
    let mut csv_rows_from = 0;
    let mut csv_line_read = 0;
    // The cue words the word pass noted: "surname(s)", "forename(s)", "name(s)"; a
    // "name" takes the word before it ("first name").
    for &at in starts {
        let e = at
            + b[at..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
        let s = if text[at..e].eq_ignore_ascii_case("name")
            || text[at..e].eq_ignore_ascii_case("names")
        {
            let before = &text[..at];
            let Some(w) = before.strip_suffix(' ') else {
                continue;
            };
            // (After the last character that is no ASCII letter, whatever its width.)
            let ws = w
                .char_indices()
                .rev()
                .find(|&(_, c)| !c.is_ascii_alphabetic())
                .map_or(0, |(i, c)| i + c.len_utf8());
            if !["first", "last", "family", "given", "middle"]
                .iter()
                .any(|x| w[ws..].eq_ignore_ascii_case(x))
            {
                continue;
            }
            ws
        } else {
            at
        };
        if s > 0 && (b[s - 1].is_ascii_alphanumeric() || b[s - 1] == b'_')
            || b.get(e)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
        {
            continue;
        }
        // A field: "Surname: OYELARAN", up to two spaces, a tab, "|", ",", ";" or the
        // line's end.
        let rest = super::line_after(text, e, 80);
        let value = rest.trim_start_matches([' ', '\t']);
        if let Some(v) = value.strip_prefix(':') {
            let lead = rest.len() - v.len();
            let v0 = v.trim_start_matches([' ', '\t']);
            let vs = e + lead + (v.len() - v0.len());
            let stop = [v0.find("  "), v0.find(['\t', '|', ',', ';', '(', '\r'])]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or(v0.len());
            let t = v0[..stop].trim_end();
            if name_part_shaped(t) {
                out.push(("person.column", vs, vs + t.len()));
            }
            continue;
        }
        // A comma-separated header: the label is one of its cells. (Each line is read
        // as a header once, whatever number of labels it holds.)
        if s < csv_rows_from || s < csv_line_read {
            continue;
        }
        let line_start = text[..s].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[s..].find('\n').map_or(text.len(), |i| s + i);
        csv_line_read = line_end;
        let header = text[line_start..line_end].trim_end_matches('\r');
        let cells: Vec<&str> = header.split(',').collect();
        if cells.len() < 3 || header.contains(", ") {
            continue;
        }
        if !cells
            .iter()
            .any(|c| LABELS.iter().any(|l| c.trim().eq_ignore_ascii_case(l)))
        {
            continue;
        }
        // Its rows: the lines below with as many cells, until one without.
        let mut pos = line_end + 1;
        while pos < text.len() {
            let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
            let row = text[pos..end].trim_end_matches('\r');
            let cells_here: Vec<&str> = row.split(',').collect();
            if cells_here.len() != cells.len() {
                break;
            }
            for (i, c) in cells_here.iter().enumerate() {
                let named = LABELS
                    .iter()
                    .any(|l| cells[i].trim().eq_ignore_ascii_case(l));
                if named && name_part_shaped(c.trim()) {
                    let off = pos + cells_here[..i].iter().map(|x| x.len() + 1).sum::<usize>();
                    let lead = c.len() - c.trim_start().len();
                    out.push(("person.column", off + lead, off + lead + c.trim().len()));
                }
            }
            pos = end + 1;
        }
        csv_rows_from = pos;
    }
}

/// Initials in a list of people after its label: "Present: AK, JW, SM", "Apologies:
/// BT", "Cc: HMcK". Not a team's or a role's letters ("HR", "IT", "DPO").
#[inline(never)]
fn find_listed_initials(text: &str, out: &mut Vec<Hit>) {
    const LABELS: &[&str] = &[
        "Present:",
        "Attendees:",
        "Attending:",
        "In attendance:",
        "Apologies:",
        "Cc:",
        "CC:",
        "Copy to:",
        "Circulation:",
        "Distribution:",
        "Also present:",
        "Absent:",
    ];
    const NOT_INITIALS: &[&str] = &[
        "HR", "IT", "ICT", "IG", "FOI", "DPO", "SIRO", "CEO", "COO", "CFO", "CIO", "CTO", "CMO",
        "CNO", "MD", "GP", "LA", "NHS", "ICO", "SLT", "SMT", "ELT", "PA", "EA", "CSU", "ICB", "UK",
        "OD", "QA", "PR", "DPA", "SAR", "CISO", "DDaT", "PMO", "ALL", "TBC", "NB", "AOB", "MP",
        "MS", "MSP", "AM", "MEP", "HMRC", "DWP", "ICS", "CCG", "BI", "EPR", "PALS", "CQC",
    ];
    let b = text.as_bytes();
    for label in LABELS {
        for k in memchr::memmem::find_iter(b, label.as_bytes()) {
            // At a line's start.
            if k > 0 && b[k - 1] != b'\n' {
                continue;
            }
            let s0 = k + label.len();
            let line = super::line_after(text, s0, 200);
            let mut pos = s0;
            for item in line.split([',', ';']) {
                let t = item.trim();
                let lead = item.len() - item.trim_start().len();
                let t = t.strip_prefix("and ").unwrap_or(t);
                let upper = t.bytes().filter(u8::is_ascii_uppercase).count();
                if (2..=5).contains(&t.len())
                    && upper >= 2
                    && t.starts_with(|c: char| c.is_ascii_uppercase())
                    && t.bytes().all(|c| c.is_ascii_alphabetic())
                    && !NOT_INITIALS.contains(&t)
                {
                    let at = pos + lead + (item.trim().len() - t.len());
                    out.push(("person.initials_listed", at, at + t.len()));
                }
                pos += item.len() + 1;
            }
        }
    }
}

/// Words for family members and children: a name given with an age in brackets beside
/// one of these is a person's ("children Ayaan (7) and Liban (4)").
const FAMILY_WORDS: &[&str] = &[
    "child",
    "children",
    "son",
    "sons",
    "daughter",
    "daughters",
    "sibling",
    "siblings",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "grandchild",
    "grandchildren",
    "grandson",
    "granddaughter",
    "pupil",
    "pupils",
    "baby",
    "babies",
    "twins",
    "nephew",
    "niece",
    "stepson",
    "stepdaughter",
    "foster",
    "kids",
    "boy",
    "girl",
    "boys",
    "girls",
    "infant",
    "volunteer",
    "volunteers",
    "young people",
    "teenager",
    "teenagers",
    "cadet",
    "cadets",
];

/// The age after a bracket or a comma (`mark`), read from `rest`, the text after it:
/// "(7)", "(aged 9)", "(age 9)", ", aged 12". Whether the age is said to be one
/// ("aged"), or `None` if no age follows.
fn age_after(mark: u8, rest: &str) -> Option<bool> {
    let (explicit, age_text) = if mark == b'(' {
        match rest
            .strip_prefix("aged ")
            .or_else(|| rest.strip_prefix("age "))
        {
            Some(r) => (true, r),
            None => (false, rest),
        }
    } else {
        (true, rest.strip_prefix(" aged ")?)
    };
    let digits = age_text.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let after = &age_text[digits..];
    let closed = if mark == b'(' {
        after.starts_with(')') || explicit && after.starts_with([')', ',', ' '])
    } else {
        after.starts_with([',', '.', ';', ')', ' ']) || after.is_empty()
    };
    closed.then_some(explicit)
}

/// The length of a research participant's code at the start of `t`: up to three
/// capitals, perhaps a hyphen, then two to six digits ("P-0347", "R12", "0347"), a word
/// of its own.
fn participant_code(t: &str) -> usize {
    let b = t.as_bytes();
    let letters = b
        .iter()
        .take(4)
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    if letters > 3 {
        return 0;
    }
    let k = letters + usize::from(letters > 0 && b.get(letters) == Some(&b'-'));
    let digits = b[k..]
        .iter()
        .take(7)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let e = k + digits;
    // (Digits alone are a code only padded or long, and no year: not "participants 18
    // to 65", "participants 2024".)
    let bare = &t[k..e];
    let year = digits == 4 && (bare.starts_with("19") || bare.starts_with("20"));
    if letters == 0 && (digits < 3 || !(bare.starts_with('0') || digits >= 4) || year) {
        return 0;
    }
    if !(2..=6).contains(&digits)
        || b.get(e)
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'/'))
        || b.get(e) == Some(&b'.') && b.get(e + 1).is_some_and(u8::is_ascii_digit)
    {
        return 0;
    }
    e
}

/// A research participant's or respondent's code after the word ("Participants P-0347
/// to P-0352", "interviewee R12", "participant ID 0347"): it links the person to what
/// they told the study. The codes listed after the first are theirs too.
#[inline(never)]
fn find_participant_ids(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    for (initial, stem) in [
        (b'p', "articipant"),
        (b'r', "espondent"),
        (b'i', "nterviewee"),
    ] {
        for k in memchr::memmem::find_iter(b, stem.as_bytes()) {
            if k == 0
                || !b[k - 1].eq_ignore_ascii_case(&initial)
                || k >= 2 && b[k - 2].is_ascii_alphanumeric()
            {
                continue;
            }
            let mut at = k + stem.len();
            if b.get(at) == Some(&b's') {
                at += 1;
            }
            let rest = &text[at..];
            let lead = [" ID ", " id ", " no. ", " number ", " code ", ": ", " "]
                .iter()
                .find(|l| rest.starts_with(**l));
            let Some(lead) = lead else {
                continue;
            };
            at += lead.len();
            let mut found = 0;
            loop {
                let len = participant_code(&text[at..]);
                if len == 0 {
                    break;
                }
                out.push(("id.person_number", at, at + len));
                found += 1;
                at += len;
                let next = [" to ", " and ", ", ", "–", "-", " – ", " - ", "/"]
                    .iter()
                    .find(|l| text[at..].starts_with(**l));
                match next {
                    Some(l) if found < 12 => at += l.len(),
                    _ => break,
                }
            }
        }
    }
}

/// A name given with the person's age: "Aaliyah (aged 9)", "Kacper, aged 12", and "Ayaan
/// (7)" beside a word for a child or a family member. One or two capitalised words of
/// letters before the age.
#[inline(never)]
fn find_names_with_ages(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(k) = memchr::memchr2(b'(', b',', &b[from..]).map(|i| from + i) {
        from = k + 1;
        // The age after the mark: "(7)", "(aged 9)", "(age 9)", ", aged 12".
        let rest = &text[k + 1..];
        // Or the person's date of birth: "Jomo Kariuki (DOB 17/06/1991, …", "Ewa
        // Nowak, born 3 May 1988": a name of two words.
        // (Compared in place, bytes: a comma is common, and what follows it may be
        // anything.)
        let birth = (b[k] == b'(' || rest.starts_with(' ')) && {
            let r = rest.trim_start_matches(' ').as_bytes();
            ["dob", "d.o.b", "date of birth", "born "]
                .iter()
                .any(|w| r.len() >= w.len() && r[..w.len()].eq_ignore_ascii_case(w.as_bytes()))
        };
        // (A birth date says so by itself.)
        let explicit = if birth {
            true
        } else {
            match age_after(b[k], rest) {
                Some(explicit) => explicit,
                None => continue,
            }
        };
        // The name before it: one or two capitalised words, right before the mark.
        let head = &text[..k];
        let head = if b[k] == b'(' {
            head.strip_suffix(' ')
        } else {
            Some(head)
        };
        let Some(head) = head else {
            continue;
        };
        let mut start = head.len();
        let mut words = 0;
        loop {
            let word_start = head[..start]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| is_letter(c) || c == '-' || c == '\'')
                .last()
                .map_or(start, |(i, _)| i);
            let word = &head[word_start..start];
            // (A surname's initial may end a child's name before the birth date:
            // "(Kayden R, DOB 03/02/2019".)
            let initial = birth && words == 0 && word.len() == 1;
            if word.chars().count() < 2 && !initial || !word.starts_with(char::is_uppercase) {
                break;
            }
            start = word_start;
            words += 1;
            if words == 2 || !head[..start].ends_with(' ') {
                break;
            }
            // (The name may open a bracket or a quote: "(Zofia Nowak, DOB …".)
            let prev = head[..start - 1]
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .trim_start_matches(['(', '[', '"', '“']);
            if !(prev.starts_with(char::is_uppercase)
                && prev.chars().count() >= 2
                && prev.chars().all(|c| is_letter(c) || c == '-' || c == '\''))
            {
                break;
            }
            start -= 1;
        }
        if words == 0 || birth && words < 2 {
            continue;
        }
        let name = &head[start..];
        // (A record's label before a birth date is no name: "Service User (DOB …)".)
        if birth
            && name.split(' ').any(|w| {
                [
                    "Service",
                    "User",
                    "Patient",
                    "Client",
                    "Child",
                    "Pupil",
                    "Customer",
                    "Applicant",
                    "Deceased",
                    "Subject",
                    "Data",
                    "Person",
                    "Resident",
                    "Tenant",
                    "Student",
                    "Victim",
                    "Witness",
                    "Suspect",
                    "Offender",
                    "Baby",
                    "Mother",
                    "Father",
                    "Date",
                    "Birth",
                ]
                .contains(&w)
            })
        {
            continue;
        }
        // A word for a place in a document, not a name ("Section (3)").
        let first = name.split(' ').next().unwrap_or(name);
        if [
            "Section",
            "Table",
            "Figure",
            "Appendix",
            "Annex",
            "Paragraph",
            "Page",
            "Item",
            "Question",
            "Part",
            "Schedule",
            "Note",
            "Step",
            "Stage",
            "Level",
            "Year",
            "Room",
            "Ward",
            "Floor",
            "Unit",
            "Block",
            "Phase",
            "Option",
            "Chapter",
            "Article",
            "Rule",
            "Regulation",
            "Clause",
            "Point",
            "Box",
            "Line",
            "Row",
            "Column",
            "Grade",
            "Band",
            "Total",
            "Key",
            "Mr",
            "Mrs",
            "Ms",
            "Miss",
            "Dr",
            "The",
            "A",
            "An",
        ]
        .contains(&first)
        {
            continue;
        }
        let sentence = line_before(text, start, 120);
        let sentence = sentence.rsplit(". ").next().unwrap_or(sentence);
        if explicit || has_word(&sentence.to_lowercase(), FAMILY_WORDS) {
            let detector = if birth {
                "person.with_birth_date"
            } else {
                "person.with_age"
            };
            out.push((detector, start, k.min(start + name.len())));
        }
    }
}

/// Is `t`, a cell under a header for people, a name written surname first: one or two
/// capitalised words, a comma, a capitalised first name or two and perhaps an initial
/// ("Okonkwo-Bright, Adaeze", "HOLLINGWORTH, Derek J", "ap Dafydd, Siân")?
fn inverted_name_shaped(t: &str) -> bool {
    let Some((sur, first)) = t.split_once(", ") else {
        return false;
    };
    let word = |w: &str| {
        w.chars()
            .all(|c| is_letter(c) || matches!(c, '-' | '\'' | '’'))
            && w.chars().filter(|&c| is_letter(c)).count() >= 2
    };
    // (Not a placeholder: "Redacted, Withheld", "Vacant, Agency".)
    const PLACEHOLDERS: [&str; 8] = [
        "Redacted", "Withheld", "Unknown", "Vacant", "Various", "Agency", "Pending", "None",
    ];
    if t.split([',', ' ']).any(|w| PLACEHOLDERS.contains(&w)) {
        return false;
    }
    let sur_words: Vec<&str> = sur.split(' ').collect();
    let first_words: Vec<&str> = first.split(' ').collect();
    t.len() <= 48
        && (1..=3).contains(&sur_words.len())
        && sur_words.iter().all(|w| word(w))
        && sur_words
            .last()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && (1..=3).contains(&first_words.len())
        && first_words[0].starts_with(char::is_uppercase)
        && first_words[0].chars().skip(1).any(char::is_lowercase)
        && word(first_words[0])
        && first_words[1..].iter().all(|w| {
            word(w) && w.starts_with(char::is_uppercase)
                || w.trim_end_matches('.').len() == 1
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
        })
}

/// A reference written as case systems write theirs: capitals, digits and "-" or "/"
/// ("CMP-2024-0392", "CCTV-SAR-2024-07", "X384117"), at least four digits, a capital,
/// and no lowercase (not a date, a year or a word).
pub(crate) fn is_record_reference(t: &str) -> bool {
    record_reference_with(t, 4)
}

/// [`is_record_reference`]'s shape with at least `min_digits` digits.
pub(crate) fn record_reference_with(t: &str, min_digits: usize) -> bool {
    let b = t.as_bytes();
    let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
    let letters = b.iter().filter(|c| c.is_ascii_uppercase()).count();
    let joined = b.iter().any(|&c| c == b'-' || c == b'/');
    (5..=24).contains(&b.len())
        && b.iter()
            .all(|&c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'-' || c == b'/')
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && digits >= min_digits
        && letters >= 1
        && (joined || b[0].is_ascii_uppercase() && b.len() >= 6)
        // Not a standard's or a vulnerability's number, nor the request's own reference.
        && !STANDARDS
            .iter()
            .any(|p| t.strip_prefix(p).is_some_and(|r| r.starts_with(['-', '/', ' '])))
        && !t.contains("FOI")
        && !t.contains("EIR")
}

/// A row of a table pasted without its header ("| PATEL, Anjali | Band 5 | 40219877 |"):
/// a cell that is a name written surname first, the surname in capitals, makes a cell
/// of six to twelve digits beside it that person's number (a phone number, which starts
/// with 0, aside).
fn headerless_row(cells: &[(usize, &str)], out: &mut Vec<Hit>) {
    // (The surname in capitals, as records write it: "Finance, Estates" is no name.)
    let named = cells.iter().any(|(_, c)| {
        let t = c.trim();
        person_cell(t).is_some_and(|(s, e)| {
            t[s..e].split_once(", ").is_some_and(|(sur, _)| {
                sur.chars().filter(|&c| is_letter(c)).count() >= 2
                    && !sur.chars().any(char::is_lowercase)
            })
        })
    });
    if !named {
        return;
    }
    for &(pos, cell) in cells {
        let t = cell.trim();
        // (Or a case's reference in parts: "ENF/23/0043".)
        if is_record_reference(t) && t.contains(['/', '-'])
            || (6..=12).contains(&t.len())
                && t.bytes().all(|b| b.is_ascii_digit())
                && !t.starts_with('0')
        {
            let lead = cell.len() - cell.trim_start().len();
            out.push(("id.table", pos + lead, pos + lead + t.len()));
        }
    }
}

/// The name written surname first in a cell of a column of people, as a span of `t`:
/// the whole cell ("OKAFOR, Chidi"), or the name with a rank and number before it or a
/// bracket after it ("PC 2291 OLUWASEUN, Adebayo", "PARK, Hye-jin (HR, staff no. S40917)",
/// with whatever follows the bracket in a cell run into the next).
fn person_cell(t: &str) -> Option<(usize, usize)> {
    let mut s = 0;
    let mut e = t.len();
    if let Some(k) = t.find(" (") {
        if t[k..].contains(')') {
            e = k;
        }
    }
    // (A rank or title of up to five letters, then a number: "PC 2291 ", "Sgt 1187 ".)
    let mut parts = t[..e].splitn(3, ' ');
    if let (Some(rank), Some(number), Some(_)) = (parts.next(), parts.next(), parts.next()) {
        if (1..=5).contains(&rank.len())
            && rank.starts_with(|c: char| c.is_ascii_uppercase())
            && rank.bytes().all(|b| b.is_ascii_alphabetic())
            && !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit())
        {
            s = rank.len() + number.len() + 2;
        }
    }
    (inverted_name_shaped(&t[s..e]) || surname_and_initial_shaped(&t[s..e])).then_some((s, e))
}

/// Is `t` a surname and an initial, as a register lists its staff ("Dimitrov K.",
/// "Mensah-Bello T.")? One or two capitalised words, then one capital, its stop or none.
fn surname_and_initial_shaped(t: &str) -> bool {
    let Some((sur, initial)) = t.rsplit_once(' ') else {
        return false;
    };
    let initial = initial.strip_suffix('.').unwrap_or(initial);
    let words: Vec<&str> = sur.split(' ').collect();
    initial.len() == 1
        && initial.bytes().all(|c| c.is_ascii_uppercase())
        && words.len() <= 2
        && words.iter().all(|w| {
            w.chars().count() >= 2
                // (Not a person left unnamed: "Pupil A", "Child B", "Witness C".)
                && !PEOPLE.contains(&w.to_ascii_lowercase().as_str())
                && !matches!(*w, "Child" | "Person" | "Case" | "User" | "Subject" | "Baby")
                && w.starts_with(char::is_uppercase)
                && w.chars().skip(1).any(char::is_lowercase)
                && w.chars()
                    .all(|c| is_letter(c) || matches!(c, '-' | '\'' | '’'))
        })
}

/// Is `t`, a cell under a "Logged by" header, a person's initials: two or three
/// capitals ("PR", "DKW"), not an abbreviation ("IT", "HR", "N/A").
fn initials_cell(t: &str) -> bool {
    // (Or with a Dutch or French name's particles in small letters: "JvdB", "MdlC".)
    let particles = t.len() <= 5
        && t.starts_with(|c: char| c.is_ascii_uppercase())
        && t.ends_with(|c: char| c.is_ascii_uppercase())
        && t.bytes()
            .all(|c| c.is_ascii_uppercase() || matches!(c, b'v' | b'd' | b'l'));
    ((2..=3).contains(&t.len()) && t.bytes().all(|c| c.is_ascii_uppercase()) || particles)
        && super::names::is_note_initials(t)
}

/// Is `t`, a cell under a "Logged by" header, a first name and an initial, as a log
/// shows its user ("priyanka r", "Hollie B.")? Not a team's or a system's ("Risk
/// team", "Auto").
fn first_and_initial_cell(t: &str) -> bool {
    let Some((first, initial)) = t.split_once(' ') else {
        return false;
    };
    let initial = initial.strip_suffix('.').unwrap_or(initial);
    let mut letters = first.chars();
    initial.len() == 1
        && initial.bytes().all(|c| c.is_ascii_alphabetic())
        && (3..=16).contains(&first.chars().count())
        && letters.next().is_some_and(is_letter)
        && letters.all(|c| is_letter(c) && c.is_lowercase() || matches!(c, '-' | '\''))
        // (Both in lowercase or both capitalised: "priyanka r", "Hollie B".)
        && first.starts_with(char::is_uppercase) == initial.starts_with(|c: char| c.is_ascii_uppercase())
}

/// Is `t` shaped as a user name: three to twenty-four bytes, a small letter first, then
/// small letters, digits, dots, underscores or hyphens ("fhowen", "a.mcgrath2")?
fn user_name_shaped(t: &str) -> bool {
    (3..=24).contains(&t.len())
        && t.starts_with(|c: char| c.is_ascii_lowercase())
        && t.bytes().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'_' | b'-')
        })
}

/// Cells of a column of user names that are no person's: a word for none, or a shared
/// or built-in account ("admin", "root", "service").
const NOT_A_USER: &[&str] = &[
    "none",
    "tbc",
    "various",
    "unknown",
    "shared",
    "admin",
    "administrator",
    "root",
    "guest",
    "system",
    "service",
];

/// Is `t`, a cell of a column of people ("Caller", "Logged by", "Assigned to"), a
/// person's user name: a small letter first, then small letters, digits, dots,
/// underscores or hyphens, two letters at least ("hpham", "a.mcgrath2", "pc4471")?
/// Without a digit, a dot or an underscore, four letters at least and not a word for
/// no one in particular ("anonymous", "system", "patient").
fn login_cell(t: &str) -> bool {
    const NO_ONE: &[&str] = &[
        "tbd",
        "auto",
        "automatic",
        "automated",
        "anonymous",
        "public",
        "internal",
        "external",
        "self",
        "servicedesk",
        "helpdesk",
        "support",
        "supplier",
        "vendor",
        "contractor",
        "staff",
        "team",
        "user",
        "users",
        "nobody",
        "unassigned",
        "pending",
        "scheduler",
        "portal",
        "email",
        "phone",
        "web",
        "walkin",
        "redacted",
        "withheld",
        "vacant",
        "other",
        "all",
        "both",
        "null",
        "default",
    ];
    let b = t.as_bytes();
    let marked = b
        .iter()
        .any(|&c| c.is_ascii_digit() || c == b'.' || c == b'_');
    user_name_shaped(t)
        && b.iter().filter(|c| c.is_ascii_lowercase()).count() >= 2
        && !matches!(b[b.len() - 1], b'.' | b'-' | b'_')
        && (marked
            || b.len() >= 4
                && !NOT_A_USER.contains(&t)
                && !NO_ONE.contains(&t)
                && !PEOPLE.contains(&t))
}

/// Can `t`, a table cell under a "Surname" or "Forename" header, be that part of a
/// name: one to four words of letters (with "-", "'", "’" or "."), opening with a
/// capital, not a placeholder ("N/A", "Redacted", "Vacant")?
fn name_part_shaped(t: &str) -> bool {
    let words = t.split(' ').filter(|w| !w.is_empty()).count();
    (1..=4).contains(&words)
        && t.len() <= 60
        && t.starts_with(char::is_uppercase)
        && t.chars()
            .all(|c| is_letter(c) || matches!(c, ' ' | '-' | '\'' | '’' | '.'))
        && ![
            "n/a", "na", "redacted", "withheld", "vacant", "tbc", "unknown", "none", "name",
            "surname", "forename", "not", "known",
        ]
        .iter()
        .any(|p| t.eq_ignore_ascii_case(p))
}

/// The cells of a line aligned with spaces: runs of text split by two or more spaces,
/// each with the character column it starts at, its byte offset and its text.
pub(crate) fn spaced_cells(s: &str) -> Vec<(usize, usize, &str)> {
    let mut cells = Vec::new();
    let mut start: Option<(usize, usize)> = None;
    let mut spaces = 0;
    for (col, (i, c)) in s.char_indices().enumerate() {
        if c == ' ' {
            spaces += 1;
        } else {
            if spaces >= 2 || start.is_none() {
                if let Some((c0, b0)) = start {
                    cells.push((c0, b0, s[b0..i].trim_end()));
                }
                start = Some((col, i));
            }
            spaces = 0;
        }
    }
    if let Some((c0, b0)) = start {
        cells.push((c0, b0, s[b0..].trim_end()));
    }
    cells
}

/// Words before a pupil's number (UPN).
const PUPIL_CUES: &[&str] = &[
    "upn",
    "upns",
    "unique pupil number",
    "unique pupil numbers",
    "pupil number",
    "pupil no",
    "pupil ref",
];

/// Words before a learner's number (ULN).
const LEARNER_CUES: &[&str] = &[
    "uln",
    "ulns",
    "unique learner number",
    "learner number",
    "learner no",
];

/// Unique Pupil Numbers, a letter then 12 digits ("UPN K823400124016"), and Unique
/// Learner Numbers, 10 digits after their name ("ULN 4813927560"), from the draft's runs
/// of digits. A UPN after its name is high; without one, high if its check letter is
/// right (the DfE's: the digits times their positions 2 to 13, modulo 23, as a letter
/// of A-Z without I, O and S), else for review: a letter and twelve digits standing
/// alone are rarely anything else. A temporary UPN (eleven digits and a letter) only
/// after its name.
#[inline(never)]
fn find_pupil_numbers(text: &str, cues: &CueHits, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let word = |i: usize| {
        b.get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    let glued = |s: usize, e: usize| {
        (s > 0 && (word(s - 1) || matches!(b[s - 1], b'-' | b'/' | b'.' | b'=' | b'#')))
            || word(e)
            || matches!(b.get(e), Some(b'-' | b'/' | b'@'))
            || b.get(e) == Some(&b'.') && word(e + 1)
    };
    // The spans found so far, made into a set at the first number that needs it.
    let mut taken: Option<std::collections::HashSet<(usize, usize)>> = None;
    for &(ds, de) in cues.digit_runs() {
        let n = de - ds;
        let lead = ds > 0 && b[ds - 1].is_ascii_uppercase();
        let (s, e, pupil) = match n {
            12 if lead => (ds - 1, de, true),
            11 if lead && b.get(de).is_some_and(u8::is_ascii_uppercase) => (ds - 1, de + 1, true),
            10 => (ds, de, false),
            _ => continue,
        };
        if glued(s, e) {
            continue;
        }
        let before = line_before(text, s, 40);
        let detector = if !pupil {
            if !has_word(before, LEARNER_CUES) {
                continue;
            }
            "id.uln"
        } else if has_word(before, PUPIL_CUES) || n == 12 && upn_check_letter_ok(&text[s..e]) {
            "id.upn"
        } else if n == 12 && !b"IOS".contains(&b[s]) {
            "id.upn_uncued"
        } else {
            continue;
        };
        let taken = taken.get_or_insert_with(|| out.iter().map(|h| (h.1, h.2)).collect());
        if taken.insert((s, e)) {
            out.push((detector, s, e));
        }
    }
}

/// Labels of the numbers that prisons, police, probation and electoral registers give a
/// person: "prison no. A4172CZ", "CRN X349872", "PNC ID 24/118734X", "elector no.
/// KA1-0143", "custody record 44-0871". Lowercase, without their "no."/"number".
const PERSON_NUMBER_LABELS: &[&str] = &[
    // A drone pilot's flyer ID from the CAA ("Flyer ID GBR-RP-4N7Q2K8ZT1MB").
    "flyer",
    // A farm's holding number (County Parish Holding), which leads to its farmer.
    "holding",
    "cph",
    "prison",
    "prisoner",
    "nomis",
    "noms",
    "crn",
    "pnc",
    "pnc id",
    "pncid",
    "cro",
    "custody",
    "custody record",
    "elector",
    "electoral",
    "electoral roll",
    "polling",
    "mrn",
    "offender",
    "detainee",
    "inmate",
    // A collar or warrant number with letters ("collar KV4512"), a cremation's number,
    // a professional register's number ("GMC 7012345").
    "collar",
    "warrant",
    "cremation",
    "burial",
    "gmc",
    "nmc",
    "nmc pin",
    "hcpc",
    "gphc",
    "gdc",
    // The same registers' numbers after "registration" ("HCPC registration PA12345").
    "gmc registration",
    "nmc registration",
    "hcpc registration",
    "gphc registration",
    "gdc registration",
    "social work england",
    "social work england registration",
    // Cards and passes a council, a library or a transport body issues to one person
    // ("Blue Badge number", "library card 21234001234567", "bus pass no.").
    "blue badge",
    "blue badge serial",
    "library card",
    "library ticket",
    "borrower",
    "bus pass",
    "travel pass",
    "concessionary pass",
    "freedom pass",
    "entitlement card",
    // A member's or candidate's number (a pension fund's, a leisure centre's, an exam
    // board's), a taxpayer's, a certificate holder's, the Home Office's file on a person.
    // An NHS employee's ESR assignment number ("assignment no. 24781536").
    "assignment",
    "member",
    "membership",
    "scheme member",
    "candidate",
    // ("cand. no. 4127", as an exams officer shortens it.)
    "cand.",
    "utr",
    "taxpayer reference",
    "unique taxpayer reference",
    "home office",
    "home office reference",
    "dbs",
    "dbs certificate",
    "disclosure certificate",
    "firearm certificate",
    "firearms certificate",
    "shotgun certificate",
    // A crime's, an arrest's or a fixed penalty's number: the victim's, suspect's or
    // offender's.
    "crime",
    "crime reference",
    "arrest summons",
    "asn",
    "fpn",
    "fixed penalty",
    "fixed penalty notice",
    // A pet's microchip, which the database links to its keeper.
    "microchip",
    // A volunteer's number, as a museum, a library or a charity gives them; a security
    // officer's or CCTV operator's licence from the Security Industry Authority, sixteen
    // digits ("SIA licence 1014 2207 6631 0985").
    "volunteer",
    "sia",
    "sia licence",
    "sia license",
];

/// Labels that are ordinary words in other writing ("PASS: x86-64" in a test log,
/// "user: 252020" in a config): a person's account, pass or badge ("user YJ0142", "ID
/// pass SMA-20931", "driver 40718") only as `weak_label_number` allows.
const WEAK_PERSON_LABELS: &[&str] = &[
    "user",
    "user id",
    "username",
    "driver",
    "id pass",
    "security pass",
    "staff pass",
    "airside pass",
    "badge",
    // A door or car-park fob, an access or swipe card a building issues to one person
    // ("Fob 0071-3392 used at 19:41").
    "fob",
    "key fob",
    "door fob",
    "access fob",
    "access card",
    "swipe card",
    "proximity card",
];

/// The word for a person alone before their record's number, as a log or a note writes
/// them ("Student 20231187 can't log in", "Pass 004512  Main entrance  IN"): a weak
/// label too, for digits alone only (see `find_labelled_numbers`).
const BARE_PERSON_WORDS: &[&str] = &["student", "pupil", "learner", "patient", "pass"];

/// A number after a weak label: the label in lower or title case, the number in
/// capitals and digits with no path in it, not a published vulnerability's, and
/// digits alone only straight after the label ("driver 40718", not "user: 252020").
fn weak_label_number(text: &str, label_at: (usize, usize), s: usize, token: &str) -> bool {
    let label = &text[label_at.0..label_at.1];
    let shouting = label.len() > 2 && label.bytes().all(|b| !b.is_ascii_lowercase());
    let digits_only = token.bytes().all(|b| b.is_ascii_digit());
    !shouting
        && !token.bytes().any(|b| b.is_ascii_lowercase() || b == b'/')
        && !STANDARDS.iter().any(|p| token.starts_with(p))
        && (!digits_only || text[label_at.1..s] == *" ")
}

/// The last words of the labels `find_labelled_numbers` reads: "no.", "number", "id",
/// "ref", "is", "was", and the last words of `PERSON_NUMBER_LABELS`.
const LABEL_ENDS: &[&str] = &[
    "flyer",
    "holding",
    "cph",
    "account",
    "tax",
    "number",
    "no",
    "num",
    "id",
    "ref",
    "is",
    "was",
    "prison",
    "prisoner",
    "nomis",
    "noms",
    "crn",
    "pnc",
    "pncid",
    "cro",
    "custody",
    "record",
    "elector",
    "electoral",
    "roll",
    "polling",
    "mrn",
    "offender",
    "detainee",
    "inmate",
    "user",
    "username",
    "collar",
    "driver",
    "pass",
    "badge",
    "warrant",
    "cremation",
    "burial",
    "gmc",
    "nmc",
    "pin",
    "hcpc",
    "gphc",
    "gdc",
    "registration",
    "england",
    "serial",
    "card",
    "ticket",
    "borrower",
    "member",
    "membership",
    "candidate",
    "cand.",
    "utr",
    "reference",
    "office",
    "dbs",
    "certificate",
    "crime",
    "summons",
    "asn",
    "fpn",
    "penalty",
    "notice",
    "microchip",
    "assignment",
    "fob",
    "volunteer",
    "sia",
    "licence",
    "license",
    // ("Student 20231187", "Patient 4410937": a person by their record's number.)
    "student",
    "pupil",
    "learner",
    "patient",
];

/// Words before "no." or "number" that name a thing's number, not a person's: "Model no.
/// 4471", "phone number 0113…", "Contract number 20117".
const THING_NUMBER_WORDS: &[&str] = &[
    "model",
    "serial",
    "part",
    "asset",
    "item",
    "order",
    "invoice",
    "contract",
    "policy",
    "version",
    "build",
    "release",
    "page",
    "section",
    "paragraph",
    "room",
    "phone",
    "telephone",
    "tel",
    "mobile",
    "fax",
    "ext",
    "extension",
    "direct",
    "line",
    "contact",
    "helpline",
    "switchboard",
    "company",
    "charity",
    "vat",
    "registration",
    "foi",
    "request",
    "licence",
    "license",
    "lot",
    "batch",
    "job",
    "ticket",
    "call",
    "sim",
    "imei",
    "port",
    "vlan",
];

/// The word around the run of digits `ds..de`: letters, digits, "/" and "-", at most 24
/// bytes either side of the run, trimmed to open and close with a letter or digit. Its
/// start and end, and its end before the trim (where the next run may start).
fn word_around_digits(b: &[u8], ds: usize, de: usize) -> (usize, usize, usize) {
    let part = |c: u8| c.is_ascii_alphanumeric() || c == b'-' || c == b'/';
    let mut s = ds;
    while s > 0 && part(b[s - 1]) && ds - s < 24 {
        s -= 1;
    }
    let mut e = de;
    while e < b.len() && part(b[e]) && e - ds < 24 {
        e += 1;
    }
    let raw_end = e;
    while s < ds && !b[s].is_ascii_alphanumeric() {
        s += 1;
    }
    while e > de && !b[e - 1].is_ascii_alphanumeric() {
        e -= 1;
    }
    (s, e, raw_end)
}

/// A number after a label that says it is a person's: a prison, police, probation or
/// electoral register's number ("prison no. A4172CZ", "CRN X349872", "PNC ID
/// 24/118734X", "elector no. KA1-0143"); or after a system's word and "no." in a
/// sentence about a patient, pupil or other person ("patient J.M., Lorenzo no.
/// LOR1138274"; RiO's and the other record systems' of `NUMBERED` are found before).
/// The number is the whole word around a run of digits (letters, digits,
/// "/" and "-").
/// The span of a person's number in groups that starts with the token `s..e`, after a
/// label of a person's number ("donor number G091 243 557 812"): two groups more at
/// least, of three or four digits each, nine to sixteen digits in all. The number may
/// open with a code of capitals of its own ("donor no. WB 2481 0937").
fn grouped_person_number(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let raw = line_before(text, s, 40);
    let code = raw
        .strip_suffix(' ')
        .map(|h| h.bytes().rev().take_while(u8::is_ascii_uppercase).count())
        .filter(|&n| {
            (1..=3).contains(&n) && raw.len() > n + 1 && raw.as_bytes()[raw.len() - n - 2] == b' '
        })
        .unwrap_or(0);
    let start = if code > 0 { s - code - 1 } else { s };
    let lb = raw[..raw.len() - if code > 0 { code + 1 } else { 0 }].to_ascii_lowercase();
    let lb = lb.trim_end_matches([' ', ':', '#', '.']);
    let lb = lb
        .strip_suffix(" no")
        .or_else(|| lb.strip_suffix(" number"))
        .or_else(|| lb.strip_suffix(" id"))?;
    let labelled = PERSON_NUMBER_LABELS
        .iter()
        .chain(&[
            "donor",
            "patient",
            "client",
            "customer",
            "tenant",
            "student",
            "pupil",
            "service user",
        ])
        .any(|l| {
            lb.strip_suffix(l)
                .is_some_and(|r| r.is_empty() || r.ends_with([' ', '(']))
        });
    if !labelled {
        return None;
    }
    let mut g = e;
    let mut digits = b[s..e].iter().filter(|c| c.is_ascii_digit()).count();
    // (After a code of capitals, the first group is one of the groups.)
    let mut groups = usize::from(code > 0);
    while b.get(g) == Some(&b' ') && b.get(g + 1).is_some_and(u8::is_ascii_digit) {
        let run = b[g + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(3..=4).contains(&run) {
            break;
        }
        g += 1 + run;
        digits += run;
        groups += 1;
    }
    // (Not an NHS number's shape, "401 223 9987": the NHS number's own pattern reads
    // it.)
    let nhs_shape = digits == 10 && groups == 2 && e - s == 3;
    // (A group of another length after them is another shape's: "Blue Badge no. BB
    // 0412 7731 2".)
    if b.get(g) == Some(&b' ') && b.get(g + 1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    // (A code and groups: eight digits are enough, "WB 2481 0937".)
    let least = if code > 0 { 8 } else { 9 };
    (groups >= 2
        && (least..=16).contains(&digits)
        && !nhs_shape
        && !b.get(g).is_some_and(u8::is_ascii_alphanumeric))
    .then_some((start, g))
}

#[inline(never)]
fn find_labelled_numbers(text: &str, cues: &CueHits, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let mut reached = 0;
    let mut taken: Option<crate::detect::Taken> = None;
    for &(ds, de) in cues.digit_runs() {
        if ds < reached {
            continue;
        }
        let (s, e, raw_end) = word_around_digits(b, ds, de);
        reached = raw_end;
        // A card's, pass's or licence's number written in groups ("bus pass 633597 1104
        // 2281 9", "card number 4111 1111 1111 1111").
        if b.get(e) == Some(&b' ')
            && b.get(e + 1).is_some_and(u8::is_ascii_digit)
            && s == ds
            // (A cheap test first: a card's, pass's or badge's letters just before.)
            && b[s.saturating_sub(40)..s].windows(4).any(|w| {
                w.eq_ignore_ascii_case(b"card")
                    || w.eq_ignore_ascii_case(b"pass")
                    || w.eq_ignore_ascii_case(b"adge")
                    || w.eq_ignore_ascii_case(b"ower")
                    || w.eq_ignore_ascii_case(b"ence")
            })
        {
            let lb = line_before(text, s, 40).to_ascii_lowercase();
            let lb = lb.trim_end_matches([' ', ':', '#', '.']);
            let lb = lb
                .strip_suffix(" no")
                .or_else(|| lb.strip_suffix(" number"))
                .unwrap_or(lb);
            if [
                "bus pass",
                "travel pass",
                "concessionary pass",
                "freedom pass",
                "library card",
                "entitlement card",
                "card",
                "smartcard",
                "smart card",
                "pass",
                "blue badge",
                // ("(borrower 2004 7719 0562)": a library's borrower number.)
                "borrower",
                // ("SIA licence 1014 2207 6631 0985": a security officer's own licence.)
                "sia licence",
                "sia license",
            ]
            .iter()
            .any(|l| {
                lb.strip_suffix(l)
                    .is_some_and(|r| r.is_empty() || r.ends_with([' ', '(']))
            }) {
                let mut g = e;
                let mut digits = e - s;
                while b.get(g) == Some(&b' ') && b.get(g + 1).is_some_and(u8::is_ascii_digit) {
                    let run = b[g + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
                    g += 1 + run;
                    digits += run;
                }
                // (A borrower's number may be shorter: "borrower no. 2281 4476".)
                let min = if lb.ends_with("borrower") { 8 } else { 10 };
                if (min..=20).contains(&digits) && !b.get(g).is_some_and(u8::is_ascii_alphanumeric)
                {
                    push_untaken(&mut taken, out, ("id.person_number", s, g));
                    reached = g;
                    continue;
                }
            }
        }
        // A person's number written in groups after its label ("donor number G091 243
        // 557 812", "patient no. 401 223 9987"): each group of three or four digits.
        if b.get(e) == Some(&b' ')
            && b.get(e + 1).is_some_and(u8::is_ascii_digit)
            && (s == ds || ds == s + 1 && b[s].is_ascii_uppercase())
        {
            if let Some((s, g)) = grouped_person_number(text, s, e) {
                push_untaken(&mut taken, out, ("id.person_number", s, g));
                reached = g;
                continue;
            }
        }
        let token = &text[s..e];
        let digits = token.bytes().filter(u8::is_ascii_digit).count();
        // Not part of a longer word or number ("…_A4172CZ", "07700 900123"), nor a date.
        if digits < 4
            || token.len() > 20
            || (s > 0 && matches!(b[s - 1], b'_' | b'.' | b'@' | b'#' | b'='))
            || matches!(b.get(e), Some(b'_' | b'@'))
            || (b.get(e) == Some(&b'.') && b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric))
            || (b.get(e) == Some(&b' ') && b.get(e + 1).is_some_and(u8::is_ascii_digit))
            || (s > 1 && b[s - 1] == b' ' && b[s - 2].is_ascii_digit())
        {
            continue;
        }
        // An officer's collar number in brackets after their rank and name ("Sgt Kerry
        // Doyle (1187)", "PC 4127"'s other form).
        if s > 1
            && b[s - 1] == b'('
            && b[s - 2] == b' '
            && b.get(e) == Some(&b')')
            && (3..=5).contains(&token.len())
            && token.bytes().all(|c| c.is_ascii_digit())
            && ranked_name_before(line_before(text, s - 2, 48))
        {
            push_untaken(&mut taken, out, ("id.collar", s, e));
            continue;
        }
        // Or after them, as a signature gives it ("Sgt Imran Qureshi 4417" ending its
        // line, or before a comma or "|").
        if s > 1
            && b[s - 1] == b' '
            && (3..=5).contains(&token.len())
            && token.bytes().all(|c| c.is_ascii_digit())
            && matches!(b.get(e), None | Some(b'\r' | b'\n' | b',' | b'|'))
            && !(token.len() == 4 && (token.starts_with("19") || token.starts_with("20")))
            && ranked_name_before(line_before(text, s - 1, 48).trim_start())
        {
            push_untaken(&mut taken, out, ("id.collar", s, e));
            continue;
        }
        // A subject access request's reference names its own record: a person's
        // ("SAR-24-077", "DSAR/2024/118").
        let sar = token
            .strip_prefix("SAR")
            .or_else(|| token.strip_prefix("DSAR"))
            .is_some_and(|r| r.starts_with(['-', '/']));
        if sar {
            push_untaken(&mut taken, out, ("id.case", s, e));
            continue;
        }
        // A complaint's reference says so in its letters ("COMP/24/0193",
        // "CCTV-COMP-2023-014"): a complaint is a person's.
        let complaint = token.contains(['/', '-'])
            && token
                .split(['/', '-'])
                .any(|p| matches!(p, "COMP" | "COMPL" | "CMP" | "CMPL"));
        if complaint {
            push_untaken(&mut taken, out, ("id.case", s, e));
            continue;
        }
        // Most numbers have no label: the word just before must be one a label ends with
        // (asked of the bytes, before anything is copied).
        let mut w_end = s;
        while w_end > 0 && matches!(b[w_end - 1], b' ' | b':' | b'(' | b'#' | b'\t' | b'-') {
            w_end -= 1;
        }
        let mut w_start = w_end;
        while w_start > 0
            && w_end - w_start < 12
            && (b[w_start - 1].is_ascii_alphabetic() || b[w_start - 1] == b'.')
        {
            w_start -= 1;
        }
        let last = b[w_start..w_end]
            .strip_suffix(b".")
            .unwrap_or(&b[w_start..w_end]);
        if !LABEL_ENDS
            .iter()
            .any(|l| last.eq_ignore_ascii_case(l.as_bytes()))
            || date_or_year(token)
            || token.len() == 4
                && (token.starts_with("19") || token.starts_with("20"))
                && token.bytes().all(|b| b.is_ascii_digit())
        {
            continue;
        }
        let before = line_before(text, s, 48).to_ascii_lowercase();
        let label = before.trim_end_matches([' ', ':', '(', '#', '\t', '-', '–']);
        let label = label
            .strip_suffix(" is")
            .or_else(|| label.strip_suffix(" was"))
            .unwrap_or(label)
            .trim_end_matches([' ', ':']);
        // "the complaint ref for this is CFE/COMP/24/1187": the label, then whose it is.
        let label = [
            " for this",
            " for this one",
            " for it",
            " for him",
            " for her",
            " for them",
        ]
        .iter()
        .find_map(|w| label.strip_suffix(w))
        .unwrap_or(label);
        // The label's "no." / "number" / "id" / "ref", if any, then its word(s).
        let (word, numbered) = ["number", "no.", "no", "num", "id", "ref", "ref."]
            .iter()
            .find_map(|n| {
                label
                    .strip_suffix(n)
                    .filter(|l| l.is_empty() || l.ends_with(' '))
                    .map(|l| (l.trim_end(), true))
            })
            .unwrap_or((label, false));
        let ends_with_label = |l: &str| {
            word.strip_suffix(l)
                .is_some_and(|w| w.is_empty() || w.ends_with(|c: char| !is_alnum(c)))
        };
        // A person's own record's number, after "is" too ("complaint ref is CMP/2024/0418").
        let record = numbered
            && PERSON_RECORDS.iter().any(|l| ends_with_label(l))
            && !has_word(word, THING_RECORDS)
            && token.bytes().any(|c| c.is_ascii_alphabetic());
        // (A person by the word for them alone, "Student 20231187", "Pass 004512": five
        // digits or more straight after it, and no "no." between, which other labels
        // read.)
        let weak = || {
            WEAK_PERSON_LABELS.iter().any(|l| ends_with_label(l))
                && weak_label_number(text, (w_start, w_end), s, token)
                || !numbered
                    && BARE_PERSON_WORDS.iter().any(|l| ends_with_label(l))
                    // ("Tests pass 123456 times": a verb; an access log's "Pass" opens
                    // its column.)
                    && (!ends_with_label("pass") || b[w_start].is_ascii_uppercase())
                    && token.len() >= 5
                    && token.bytes().all(|c| c.is_ascii_digit())
                    && weak_label_number(text, (w_start, w_end), s, token)
        };
        // A firefighter's, officer's or soldier's "service no. 40718" (not a bus
        // service's "Service no. 12", nor a helpline's long number).
        let service = || {
            numbered
                && ends_with_label("service")
                && (4..=8).contains(&token.len())
                && token.bytes().all(|c| c.is_ascii_digit())
        };
        // A council tax or rent account's number ("Council tax account 40012345", "rent
        // account no. 6001234567"), or a customer's ("Customer number C-889911"): a
        // household's or a person's.
        // A pet's microchip: its 9 to 15 digits ("Microchip MCP9804" is a firm's part).
        let microchip = ends_with_label("microchip");
        let account = || {
            (ends_with_label("council tax account")
                || ends_with_label("council tax")
                || ends_with_label("rent account")
                || numbered && ends_with_label("customer"))
                && (5..=14).contains(&digits)
        };
        let strong = (record
            || PERSON_NUMBER_LABELS.iter().any(|l| ends_with_label(l))
                && (!microchip || digits >= 9 && digits == token.len())
            || weak()
            || service()
            || account())
            && !word.ends_with("custody suite");
        let system = numbered && !strong && {
            let last = word.rsplit([' ', ',', '(']).next().unwrap_or("");
            !last.is_empty()
                && last.bytes().all(|c| c.is_ascii_alphanumeric())
                && !THING_NUMBER_WORDS.contains(&last)
                && !ID_WORDS.contains(&last)
                // (Or digits alone after a system's short name: "LAS ID 3308176".)
                && (token.bytes().any(|c| c.is_ascii_alphabetic())
                    || digits >= 6 && (2..=5).contains(&last.len()) && label.ends_with(" id"))
                && digits >= 5
                // (The sentence's words, read on the line: "no." ends no sentence.)
                && has_word(line_before(text, s, 100), PERSON_WORDS)
        };
        if !strong && !system {
            continue;
        }
        push_untaken(&mut taken, out, ("id.person_number", s, e));
    }
}

/// Labels of a number that the body's own records give one person, before an ID word
/// ("staff no.", "ESR number", "hosp no", "person ID", "warrant card no.", "emp. no.",
/// "Employee ID Number", "Staff #4471", "claim ref"): lowercase, the label's last words.
const RECORD_LABELS: &[&str] = &[
    "staff",
    "employee",
    "emp",
    "personnel",
    "payroll",
    "esr",
    "esr assignment",
    "student",
    "learner",
    "patient",
    "hospital",
    "hosp",
    "case note",
    "case notes",
    "casenote",
    "person",
    "client",
    "service user",
    "warrant card",
    "service",
    "nndr account",
    "business rates account",
    "rent account",
    "council tax",
    "council tax account",
    "ctax",
    "ctax account",
    "housing benefit",
    "housing benefit claim",
    "benefit claim",
    "claim",
    "referral",
    "safeguarding referral",
    "complaint",
    "grievance",
    "disciplinary",
    "dbs certificate",
    "dbs",
    "blue badge",
    "hcpc reg",
    "hcpc registration",
    "unit",
    "child",
    "young person",
    "tenant",
    "resident",
    "tech",
    "technician",
    "engineer",
    "operative",
    "record",
    "medical record",
    "health record",
    "candidate",
    "driver",
    "reader's ticket",
    "readers ticket",
    "reader ticket",
    "scn",
    "card",
    "library card",
    // An ID or security pass's number ("Pass no.: HRA-0477218", "airside pass number").
    "pass",
];

/// Labels that say whose the number is with no ID word after them ("UTR 73105 28846",
/// "Rent account: RA 1002345", "ESR 30291184").
const RECORD_LABELS_BARE: &[&str] = &[
    "dbs cert",
    "chip",
    "microchip",
    "utr",
    "esr",
    "rent account",
    "council tax account",
    "hcpc reg",
    "hcpc registration",
    // A Scottish Candidate Number, a pupil's for life ("SCN 128406337").
    "scn",
    // A library or membership card's number ("card 20417000583926").
    "card",
    "library card",
    // An archive reader's ticket ("reader's ticket (WRO-R-20419)").
    "reader's ticket",
    "readers ticket",
    "reader ticket",
    // A prepaid or payment card's account ("Card account DP-PC-0045123").
    "card account",
    // A household's account, abbreviated ("CT acct 4100227381").
    "ct acct",
    "ct account",
    "ctax account",
    "council tax acct",
    // An ID or security pass's number, with letters in it ("(pass KBA 004417)",
    // "pass CW-2231"): see LOOSE_RECORD_LABELS.
    "pass",
    "rent acct",
    // A person's care or case record ("care record is CAH-2291-77"): "record" alone
    // is as often a count ("a record 1500 visitors").
    "care record",
    "case record",
    "client record",
    "patient record",
    // A firearm or shotgun certificate's number: its holder's ("FAC 14/09312").
    "fac",
    "sgc",
    "firearm certificate",
    "firearms certificate",
    "shotgun certificate",
];

/// The ID words that end a record's label, lowercase, longest first where one ends
/// another ("id number" before "number").
const RECORD_ID_WORDS: &[&str] = &[
    "id number",
    "id no",
    "id",
    "number",
    "no",
    "nos",
    "num",
    "ref",
    "reference",
    "#",
];

/// Labels whose words are also a thing's ("unit", "service", "person"): their number
/// needs letters in it or six digits ("Unit No. 0451278", "service number is FF 20417";
/// not "Unit no. 4", "service number 1234").
const LOOSE_RECORD_LABELS: &[&str] = &[
    "unit",
    "service",
    "person",
    "client",
    "claim",
    "child",
    "young person",
    "tenant",
    "resident",
    "tech",
    "technician",
    "engineer",
    "operative",
    "chip",
    "microchip",
    "record",
    "candidate",
    "card",
    "driver",
    "pass",
];

/// The letters that open a reference to a person's own case: HR, professional
/// standards, grievance, disciplinary, subject access, anti-social behaviour.
const PERSONAL_CASE_LETTERS: &[&str] = &["HR", "PSD", "GRV", "DISC", "DSAR", "SAR", "ASB"];

/// A reference whose own letters say it is a person's case, with no label before it:
/// "Disciplinary, HR/24/019", "the breach was PSD/CO/2022/0387". Its parts are capitals
/// and digits, with three digits or more; not a year alone ("HR/2024"), a document's
/// number ("HR-POL-014") or a virus's name ("SAR-CoV-2").
#[inline(never)]
fn find_personal_case_letters(text: &str, cues: &CueHits, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let mut taken = None;
    for &at in cues.of(Cue::CaseRef) {
        let letters = b[at..]
            .iter()
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        if !(2..=4).contains(&letters)
            || !PERSONAL_CASE_LETTERS.contains(&&text[at..at + letters])
            || !matches!(b.get(at + letters), Some(b'/' | b'-'))
            || at > 0 && (b[at - 1].is_ascii_alphanumeric() || matches!(b[at - 1], b'/' | b'-'))
        {
            continue;
        }
        let mut end = at
            + b[at..]
                .iter()
                .take_while(|&&c| c.is_ascii_alphanumeric() || c == b'/' || c == b'-')
                .count();
        while matches!(b[end - 1], b'/' | b'-') {
            end -= 1;
        }
        // ("HR/ " ends at its letters: no reference.)
        if end <= at + letters + 1 {
            continue;
        }
        let value = &text[at..end];
        let parts: Vec<&str> = value[letters + 1..].split(['/', '-']).collect();
        let digits = value.bytes().filter(u8::is_ascii_digit).count();
        if digits < 3
            || value.bytes().any(|c| c.is_ascii_lowercase())
            || parts.iter().any(|p| p.is_empty())
            // ("HR-POL-014": a policy's number; "PSD/CO/…" has a complaint's two letters.)
            || parts
                .iter()
                .any(|p| p.len() > 2 && p.bytes().all(|c| c.is_ascii_uppercase()))
            || parts.len() == 1
                && (date_or_year(parts[0])
                    || parts[0].len() == 4 && (parts[0].starts_with("19") || parts[0].starts_with("20")))
        {
            continue;
        }
        push_untaken(&mut taken, out, ("id.case", at, end));
    }
}

/// A number after a label that says a record of the body's gives it to one person: a
/// member of staff's, a patient's, a student's, a tenant's, a claimant's or a case's
/// ("Staff #4471", "ESR no. 30291184", "hosp no RK0041278", "Case note no. CN 88/41277",
/// "Council tax ref CTX 8812 0045", "Blue Badge no. BB 0412 7731 2", "UTR 73105 28846",
/// "complaint reference is PALS-24-0871", "referral (no. SG/24/1187)"). The number may
/// open with a register's letters and a space, and run on in groups of digits.
#[inline(never)]
fn find_record_numbers(text: &str, cues: &CueHits, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let mut reached = 0;
    let mut taken: Option<crate::detect::Taken> = None;
    for &(ds, de) in cues.digit_runs() {
        if ds < reached {
            continue;
        }
        let (s, e, _) = word_around_digits(b, ds, de);
        reached = e;
        // A later group of a number already read, or glued to a word ("_", "@", ".").
        if (s > 1 && b[s - 1] == b' ' && b[s - 2].is_ascii_digit())
            || (s > 0 && matches!(b[s - 1], b'_' | b'.' | b'@' | b'=' | b'$'))
            || text[..s].ends_with('£')
            || matches!(b.get(e), Some(b'_' | b'@' | b'%'))
            || (b.get(e) == Some(&b'.') && b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric))
        {
            continue;
        }
        let core = &text[s..e];
        let all_digits = core.bytes().all(|c| c.is_ascii_digit());
        // A register's letters before it ("RA 1002345", "HB/CTR 0045127"), unless they
        // are the label's own ID word ("ID 12345").
        let mut start = s;
        if s > 2 && b[s - 1] == b' ' {
            let mut p = s - 1;
            while p > 0 && (b[p - 1].is_ascii_uppercase() || b[p - 1] == b'/') && s - 1 - p < 8 {
                p -= 1;
            }
            let word = &text[p..s - 1];
            let letters = word.bytes().filter(u8::is_ascii_uppercase).count();
            if (1..=6).contains(&letters)
                && word.starts_with(|c: char| c.is_ascii_uppercase())
                && word.ends_with(|c: char| c.is_ascii_uppercase())
                && (p == 0 || !b[p - 1].is_ascii_alphanumeric())
                && !RECORD_ID_WORDS
                    .iter()
                    .chain(&["pin"])
                    .any(|w| word.eq_ignore_ascii_case(w))
                && !RECORD_LABELS_BARE
                    .iter()
                    .chain(RECORD_LABELS)
                    .any(|l| word.eq_ignore_ascii_case(l))
            {
                start = p;
            }
        }
        // Groups of digits after it ("8812 0045", "0412 7731 2"), for a number of
        // digits alone.
        let mut end = e;
        let mut digits = core.bytes().filter(u8::is_ascii_digit).count();
        if all_digits {
            while b.get(end) == Some(&b' ') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
                let run = b[end + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if digits + run > 20
                    || b.get(end + 1 + run)
                        .is_some_and(|c| c.is_ascii_alphabetic())
                {
                    break;
                }
                end += 1 + run;
                digits += run;
            }
        }
        let value = &text[start..end];
        if digits < 4
            || date_or_year(core)
            || core.len() == 4 && (core.starts_with("19") || core.starts_with("20")) && all_digits
            // A phone number in groups ("0300 123 4567").
            || end > e && b[s] == b'0' && (10..=11).contains(&digits)
        {
            continue;
        }
        // The label, read back from the number: separators and "is"/"was", an ID word,
        // then the label's words.
        let head = line_before(text, start, 64);
        // Most numbers have no such label: the word just before must be one a label ends
        // with (an ID word, "is", "was", a bare label, or a comma or "#" before the number),
        // asked of the bytes before anything is copied.
        let lead = head.trim_end_matches([' ', ':', '(', '\t', '-', '–', '—']);
        let last_word = lead
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        // ("Council tax a/c: 6001 2245 7": an account written short.)
        let short_account = lead.ends_with(" a/c") || lead.ends_with(" A/C");
        // ("CTax acc 60012847": "acc" written for "account".)
        let acc = [" acc", " Acc", " ACC"].iter().any(|w| lead.ends_with(w));
        if !(lead.ends_with([',', '#', '.'])
            || short_account
            || [
                "no",
                "nos",
                "number",
                "num",
                "id",
                "ref",
                "reference",
                "is",
                "was",
                "utr",
                "esr",
                "account",
                "reg",
                "registration",
                "pin",
                "chip",
                "microchip",
                "cert",
                "scn",
                "card",
                "ticket",
                "acct",
                "fac",
                "sgc",
                "certificate",
                // ("pass KBA 004417", "CTax acc 60012847", "care record CAH-2291-77".)
                "pass",
                "acc",
                "record",
            ]
            .iter()
            .any(|w| last_word.eq_ignore_ascii_case(w)))
        {
            continue;
        }
        let mut lower = head.to_ascii_lowercase();
        if let Some(at) = lower.rfind("a/c").filter(|_| short_account) {
            lower.replace_range(at..at + 3, "account");
        }
        if let Some(at) = lower.rfind("acc").filter(|_| acc) {
            lower.replace_range(at..at + 3, "account");
        }
        let mut rest = lower.as_str();
        let trim = |r: &str| {
            r.trim_end_matches([' ', ':', '(', '\t', '-', '–', '—'])
                .len()
        };
        rest = &rest[..trim(rest)];
        for w in [" is", " was"] {
            if let Some(r) = rest.strip_suffix(w) {
                rest = &r[..trim(r)];
            }
        }
        let id_word = RECORD_ID_WORDS.iter().find_map(|w| {
            let r = rest.strip_suffix('.').unwrap_or(rest);
            r.strip_suffix(w)
                .filter(|l| *w == "#" || l.is_empty() || l.ends_with([' ', '(', '.', '-']))
        });
        fn label_ends(r: &str, labels: &[&'static str]) -> Option<&'static str> {
            let r = r.trim_end_matches([' ', '(', ':']);
            let r = r.strip_suffix('.').unwrap_or(r);
            labels.iter().copied().find(|l| {
                r.strip_suffix(l).is_some_and(|w| {
                    w.is_empty() || w.ends_with(|c: char| !c.is_ascii_alphanumeric())
                })
            })
        }
        // Whose it is, between the label and the number ("DBS certificate number for
        // the volunteer, 001745228913", "hospital number for the deceased, H-0912453").
        let whose = || {
            let (l, who) = rest.rsplit_once(" for ")?;
            let who = who.trim_end_matches(',');
            let words = who.split(' ').count();
            (words <= 3 && who.bytes().all(|c| c.is_ascii_alphabetic() || c == b' '))
                .then_some(())?;
            RECORD_ID_WORDS
                .iter()
                .find_map(|w| l.strip_suffix(w).filter(|l| l.ends_with(' ')))
                .and_then(|l| label_ends(l, RECORD_LABELS))
        };
        // A nurse's NMC PIN ("PIN 12I4471E"): two digits, a letter, four digits, a letter.
        let nmc_pin = || (rest.ends_with(" pin") || rest == "pin") && nmc_pin_shape(value);
        let label = match id_word {
            Some(r) => label_ends(r, RECORD_LABELS),
            None => label_ends(rest, RECORD_LABELS_BARE),
        }
        .or_else(whose)
        .or_else(|| nmc_pin().then_some("nmc pin"));
        let Some(label) = label else {
            continue;
        };
        // "pass" alone is a person's pass only after a bracket, a dash or a word for
        // whose or what pass it is ("(pass KBA 004417)", "– pass CW-2231", "airside
        // pass"); not the verb ("builds pass ABC-1234 checks").
        if label == "pass" && id_word.is_none() && {
            let before = rest
                .trim_end_matches([' ', '(', ':'])
                .strip_suffix("pass")
                .unwrap_or("")
                .trim_end();
            let word = before.rsplit(' ').next().unwrap_or("");
            // (Not at a line's start: "PASS: PR 27355" is a test's result.)
            !(before.ends_with(['(', '–', '-', '—', ',', ';', '|'])
                || [
                    "his",
                    "her",
                    "their",
                    "the",
                    "airside",
                    "security",
                    "staff",
                    "id",
                    "visitor",
                    "access",
                    "building",
                    "door",
                    "contractor",
                    "temporary",
                    "site",
                    "photo",
                ]
                .contains(&word))
        } {
            continue;
        }
        // A business's rates account ("… account 40012345 is held by Harcourt Retail
        // Ltd"): a firm's, not a person's.
        if label.ends_with("account") && {
            let after = super::line_after(text, end, 80);
            has_word(after, &["ltd", "limited", "plc", "llp", "company"])
        } {
            continue;
        }
        // (A person's number has no lowercase letters: not "client ID 3f2a9c1e-7b4d".)
        if value.bytes().any(|c| c.is_ascii_lowercase()) {
            continue;
        }
        let lettered = value.bytes().any(|c| c.is_ascii_alphabetic());
        if LOOSE_RECORD_LABELS.contains(&label) && !lettered && digits < 6 {
            continue;
        }
        // A device's card is no person's: "SIM card 8944…", "network card". (A card's
        // number is digits: "card XXXX-XXXX-XXXX-4471" is masked, its last four are
        // found as such.)
        if matches!(label, "card" | "library card")
            && value.bytes().any(|c| !c.is_ascii_digit() && c != b' ')
            || label == "card"
                && [
                    "sim", "sd", "network", "graphics", "sound", "gift", "credit", "debit", "smart",
                ]
                .iter()
                .any(|w| {
                    rest.trim_end_matches([' ', ':', '.'])
                        .ends_with(&format!("{w} card"))
                })
        {
            continue;
        }
        // A pet's microchip number is fifteen digits ("chip 826098100432715"); not a
        // chip's part number ("Microchip MCP9804").
        if matches!(label, "chip" | "microchip") && (lettered || digits < 10) {
            continue;
        }
        push_untaken(&mut taken, out, ("id.record_number", start, end));
        reached = end;
    }
}

/// The shape of a nurse's or midwife's NMC PIN: two digits, a letter, four digits, a
/// letter ("12I4471E").
pub(crate) fn nmc_pin_shape(v: &str) -> bool {
    let v = v.as_bytes();
    v.len() == 8
        && v[..2].iter().all(u8::is_ascii_digit)
        && v[2].is_ascii_uppercase()
        && v[3..7].iter().all(u8::is_ascii_digit)
        && v[7].is_ascii_uppercase()
}

/// Where the address starts after words on its line that say it is a home: "home
/// address", "term address", "lives at" and their like, then perhaps ":", "is" or "of".
/// Only when what follows up to the postcode is one address (no sentence ends in it).
fn home_label_end(line: &str) -> Option<usize> {
    const HOME_LABELS: [&str; 9] = [
        "home address",
        "term address",
        "term-time address",
        "residential address",
        "private address",
        "home is at",
        "lives at",
        "living at",
        "resides at",
    ];
    let lower = line.to_ascii_lowercase();
    let (k, label) = HOME_LABELS
        .iter()
        .filter_map(|l| lower.rfind(l).map(|k| (k, *l)))
        .max_by_key(|&(k, _)| k)?;
    let mut at = k + label.len();
    for lead in [":", " is", " of", " "] {
        if lower[at..].starts_with(lead) {
            at += lead.len();
        }
    }
    at += lower[at..].len() - lower[at..].trim_start().len();
    let value = &line[at..];
    (value.len() >= 4
        && value.starts_with(|c: char| c.is_ascii_alphanumeric())
        && !value.contains(". ")
        && !value.contains(['@', '|', '\t']))
    .then_some(at)
}

/// The next number of a list after `e` ("4471 / 3308", "4471, 3308", "4471 and
/// 3308"), of `min` to `max` digits and standing alone.
fn listed_number(text: &str, e: usize, min: usize, max: usize) -> Option<(usize, usize)> {
    let rest = &text[e..];
    let after = [" / ", ", ", " and ", " & "]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))?;
    let s = e + rest.len() - after.len();
    let n = after.bytes().take_while(u8::is_ascii_digit).count();
    let edge = after[n..].starts_with(|c: char| is_alnum(c) || c == '/' || c == '.')
        && !after[n..].starts_with(". ")
        && after.len() > n + 1;
    ((min..=max).contains(&n) && !edge).then_some((s, s + n))
}

/// People's numbers in a list after "IDs", with the people named before it on the line
/// ("Three students in MATH1102 (IDs 23004418, 23011952, 23007731)"): each of five to
/// twelve digits. (Not "the IDs 1, 2 and 3 of the cameras".)
#[inline(never)]
fn find_people_ids(text: &str, out: &mut Vec<Hit>) {
    const PEOPLE: &[&str] = &[
        "students",
        "pupils",
        "learners",
        "patients",
        "staff",
        "employees",
        "officers",
        "residents",
        "tenants",
        "members",
        "applicants",
        "claimants",
        "users",
        "children",
        "clients",
        "customers",
        "candidates",
    ];
    let b = text.as_bytes();
    for k in memchr::memmem::find_iter(b, b"IDs ") {
        if k > 0 && b[k - 1].is_ascii_alphanumeric() {
            continue;
        }
        // (In the same sentence: "… were stuck. Camera IDs 10442" are no one's.)
        let before = line_before(text, k, 80);
        let before = before
            .rsplit(". ")
            .next()
            .unwrap_or(before)
            .to_ascii_lowercase();
        if !before
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| PEOPLE.contains(&w))
        {
            continue;
        }
        let s = k + 4;
        let n = b[s..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(5..=12).contains(&n) || b.get(s + n).is_some_and(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        out.push(("id.person_number", s, s + n));
        // (The numbers after the first, of its length, at most 32.)
        let mut e = s + n;
        for _ in 0..32 {
            let Some((a, z)) = listed_number(text, e, n, n) else {
                break;
            };
            out.push(("id.person_number", a, z));
            e = z;
        }
    }
}

/// Letters that open a rank's collar number, a camera's or a standard's name, not a
/// registration ("PC 4127", "CAM 12", "ISO 9001").
const NOT_PLATE_LETTERS: &[&str] = &[
    "PC", "DC", "SC", "PS", "DS", "DI", "DCI", "DCS", "SGT", "CAM", "NHS", "PCN", "ISO", "BS",
    "EN", "IEC", "RFC", "PAS", "CVE", "TV", "VAT", "FOI", "SAR", "EIR", "UK", "GB", "NO", "ID",
    "REF", "TEL", "EXT", "RM", "SI", "HB", "PO",
];

/// Words near a registration that say it is one ("registration", "Reg:", "vehicle",
/// "plate", "VRM").
const PLATE_CUES: &[&str] = &[
    "registration",
    "registrations",
    "registered",
    "reg",
    "vrm",
    "vrn",
    "plate",
    "plates",
    "vehicle",
    "vehicles",
    "car",
    "van",
    "lorry",
    "motorcycle",
    "taxi",
    "index",
];

/// Registrations in the older formats, beside a word that says they are one: the prefix
/// ("R417 KDW", "K1 RBY"), suffix ("SAM 11L"), dateless and Northern Irish ("BFZ 7412",
/// "1234 AB") formats, and each one after it in a list ("W389 MKL and OFZ 2210"). (The
/// current format, "LD68 YHK", is the `vehicle` pattern's.)
#[inline(never)]
fn find_older_plates(text: &str, cues: &CueHits, out: &mut Vec<Hit>) {
    let mut taken = crate::detect::Taken::new(out);
    let b = text.as_bytes();
    let upper = |from: usize, to: usize| b[from..to].iter().all(u8::is_ascii_uppercase);
    let alnum_at = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
    let mut last_end = 0;
    for &(ds, de) in cues.digit_runs() {
        let n = de - ds;
        if n > 4 {
            continue;
        }
        // (start, end, the letters' range)
        let mut found: Option<(usize, usize, usize, usize)> = None;
        // Letters then digits: "BFZ 7412", "R417 KDW", "SAM 11L", "K1 RBY".
        let sp_before = ds > 0 && b[ds - 1] == b' ';
        let lb_end = if sp_before { ds - 1 } else { ds };
        let mut lb = lb_end;
        while lb > 0 && b[lb - 1].is_ascii_uppercase() && lb_end - lb < 4 {
            lb -= 1;
        }
        let letters_before = lb_end - lb;
        let bounded_before = lb == 0 || !alnum_at(lb - 1) && b[lb - 1] != b'-' && b[lb - 1] != b'/';
        if letters_before > 0 && letters_before <= 3 && bounded_before {
            // Prefix: one letter, 1-3 digits, (space), three letters.
            let mut la = de;
            if b.get(la) == Some(&b' ') {
                la += 1;
            }
            let three_after = la + 3 <= b.len() && upper(la, la + 3) && !alnum_at(la + 3);
            if letters_before == 1 && !sp_before && n <= 3 && three_after {
                found = Some((lb, la + 3, la, la + 3));
            } else if letters_before == 3
                && n <= 3
                && b.get(de).is_some_and(u8::is_ascii_uppercase)
                && !alnum_at(de + 1)
            {
                // Suffix: three letters, (space), 1-3 digits, one letter.
                found = Some((lb, de + 1, lb, lb_end));
            } else if sp_before
                && !alnum_at(de)
                && (letters_before == 3 && n >= 2 || letters_before == 2 && n >= 3)
            {
                // Dateless and Northern Irish: letters, space, digits.
                found = Some((lb, de, lb, lb_end));
            }
        }
        // Digits then letters: "1234 AB".
        if found.is_none() && n >= 2 && (ds == 0 || !alnum_at(ds - 1)) && b.get(de) == Some(&b' ') {
            let la = de + 1;
            let mut le = la;
            while le < b.len() && b[le].is_ascii_uppercase() && le - la < 4 {
                le += 1;
            }
            if (2..=3).contains(&(le - la)) && !alnum_at(le) {
                found = Some((ds, le, la, le));
            }
        }
        let Some((s, e, ls, le)) = found else {
            continue;
        };
        if NOT_PLATE_LETTERS.contains(&&text[ls..le])
            || s > 0 && matches!(b[s - 1], b'.' | b'@' | b'_' | b'#')
            || matches!(b.get(e), Some(b'@' | b'_'))
        {
            continue;
        }
        // "ACT 2000", "SUMMER 2024": a year after capitals is a registration only where
        // the line says so ("registration ABC 2001").
        let digits = &text[ds..de];
        let year = n == 4 && (digits.starts_with("19") || digits.starts_with("20"));
        if year
            && !has_word(
                line_before(text, s, 40),
                &["registration", "registered", "reg", "plate", "vrm", "vrn"],
            )
        {
            continue;
        }
        let listed = last_end > 0 && {
            let gap = &text[last_end..s];
            matches!(gap, ", " | " and " | " & " | "; " | ", and " | " or ")
        };
        // (In its own sentence: not "The car park is shut. He met ABC 123".)
        let before = line_before(text, s, 40);
        let before = before.rsplit_once(". ").map_or(before, |(_, b)| b);
        let cued = listed
            || has_word(before, PLATE_CUES)
            || has_word(
                super::line_after(text, e, 24),
                &["vehicle", "car", "registered"],
            );
        if cued && !taken.overlaps(out, s, e) {
            out.push(("id.vehicle", s, e));
            last_end = e;
        }
    }
}

/// Pushes `hit` unless it overlaps a span already found (`taken`: those spans, copied
/// from `out` the first time one is asked about).
/// (One binary search each, not a look at every span: a paste of thousands of masked
/// numbers stays linear.)
fn push_untaken(taken: &mut Option<crate::detect::Taken>, out: &mut Vec<Hit>, hit: Hit) {
    let (_, s, e) = hit;
    let taken = taken.get_or_insert_with(|| crate::detect::Taken::new(out));
    if !taken.overlaps(out, s, e) {
        out.push(hit);
    }
}

/// The length of a reference at `s` in the shape case and record systems give theirs:
/// letters, perhaps more letters, a year and a serial, one separator throughout
/// ("BR-2023-044", "ENF/23/0412", "SGC/WM/2024/00218", "NP-CLM-23-1187"). None when the
/// shape runs on into more of a word, a path or an address.
fn ref_shape(b: &[u8], s: usize) -> Option<usize> {
    let run = |at: usize, f: fn(&u8) -> bool| {
        b[at.min(b.len())..]
            .iter()
            .take(8)
            .take_while(|c| f(c))
            .count()
    };
    let first = run(s, u8::is_ascii_uppercase);
    if !(2..=6).contains(&first) {
        return None;
    }
    let mut at = s + first;
    let sep = *b.get(at)?;
    if sep != b'-' && sep != b'/' {
        return None;
    }
    // Up to two more groups of letters ("CLM", "WM").
    let mut groups = 0;
    loop {
        at += 1;
        let letters = run(at, u8::is_ascii_uppercase);
        if letters == 0 {
            break;
        }
        if letters > 4 || groups == 2 || b.get(at + letters) != Some(&sep) {
            return None;
        }
        groups += 1;
        at += letters;
    }
    // The year: "23" or "2023".
    let year = run(at, u8::is_ascii_digit);
    let full_year = year == 4 && (b[at..].starts_with(b"19") || b[at..].starts_with(b"20"));
    if !(year == 2 || full_year) || b.get(at + year) != Some(&sep) {
        return None;
    }
    let serial_at = at + year + 1;
    let serial = run(serial_at, u8::is_ascii_digit);
    let end = serial_at + serial;
    if !(2..=6).contains(&serial) {
        return None;
    }
    // Two digits after a year of two, or the next year's ("FY-2023-24"), are years; a
    // month's after a year ("VISAR-2024-01") names a release.
    if serial == 2 {
        let y = |k: usize| u32::from(b[k] - b'0') * 10 + u32::from(b[k + 1] - b'0');
        if year == 2 || (y(at + 2) + 1) % 100 == y(serial_at) || y(serial_at) <= 12 {
            return None;
        }
    }
    // The word ends here: not "…-0412-B", "…/0412/x", "…0412.pdf", "…0412@".
    match b.get(end) {
        Some(c) if c.is_ascii_alphanumeric() || matches!(c, b'_' | b'@') => None,
        Some(b'-' | b'/' | b'.') if b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric) => None,
        _ => Some(end - s),
    }
}

/// Letters that open a reference a body gives its own requests, a contract or a
/// published advisory, not a person's case: "FOI-2024-0412", "IR/2024/01153" (an
/// internal review), "PO-2024-00871", "CVE-2024-3400", "SA-CORE-2024-001".
const NOT_CASE_LETTERS: &[&str] = &[
    "FOI", "FOIA", "FOISA", "EIR", "EIRS", "IR", "RFI", "PO", "ITT", "RFQ", "KD", "SI", "CVE",
    "CWE", "CAN", "SA", "ICSA", "ZDI", "RHSA", "DSA", "USN", "ISO", "RFC", "BS", "LOT", "CON",
    "CORE", // A service desk's tickets, changes and problems are about systems.
    "INC", "CHG", "REQ", "RITM", "PRB", "TKT", "TASK",
];

/// Words before a reference, or over its column, that make it a thing's: a contract's,
/// an order's, a decision's, a published advisory's.
const NOT_CASE_WORDS: &[&str] = &[
    "contract",
    "contracts",
    "tender",
    "framework",
    "invoice",
    "order",
    "po",
    "decision",
    "procurement",
    "lot",
    "standard",
    "advisory",
    "bulletin",
    "policy",
    "asset",
    "ticket",
    // (A permit's reference after its cue is a case's, found before this pass: left to
    // it, in prose or a column of permits, it is a contractor's permit to work.)
    "permit",
];

/// The header of the table column that `at` stands in, for a row of cells split by tabs,
/// "|" or commas: the topmost cell of that column, above `at`'s row and in the same
/// block, that holds no digit. Looked for in the 4 KB above.
fn column_header(text: &str, at: usize) -> Option<&str> {
    // (A row's line within 1 KB either side: a longer line is no table's row, and a
    // draft of one long line is not searched to its ends for each reference.)
    let before = line_before(text, at, 1024);
    let line_start = at - before.len();
    if line_start > 0 && text.as_bytes()[line_start - 1] != b'\n' {
        return None;
    }
    let after = super::line_after(text, at, 1024);
    let line_end = at + after.len();
    if line_end < text.len() && text.as_bytes()[line_end] != b'\n' {
        return None;
    }
    let line = &text[line_start..line_end];
    let sep = if line.contains('\t') {
        '\t'
    } else if line.matches('|').count() >= 2 {
        '|'
    } else if line.matches(',').count() >= 3 {
        // (A comma-separated export: "permit_ref,issued,contractor,…".)
        ','
    } else {
        return None;
    };
    let column = text[line_start..at].matches(sep).count();
    let mut floor = line_start.saturating_sub(4096);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let mut header = None;
    // `end`: the start of the row below the one read next.
    let mut end = line_start;
    while end > floor {
        let above = end - 1;
        let s = text[floor..above]
            .rfind('\n')
            .map_or(floor, |k| floor + k + 1);
        let l = text[s..above].trim_end_matches('\r');
        if !l.contains(sep) {
            break;
        }
        if let Some(cell) = l.split(sep).nth(column) {
            let c = cell.trim();
            if !c.is_empty()
                && !c.bytes().any(|b| b.is_ascii_digit())
                && !c.bytes().all(|b| matches!(b, b'-' | b':' | b' ' | b'='))
            {
                header = Some(c);
            }
        }
        end = s;
    }
    header
}

/// A student's Confirmation of Acceptance for Studies number after "CAS" ("CAS
/// E4G7K2P9Q1X8", "CAS number: E4G7K2P9Q1X8"): ten to sixteen capitals and digits, three
/// of each at least. Not a CAS as anything else ("CAS latency", "CAS 7732-18-5", a
/// chemical's number, has hyphens).
#[inline(never)]
fn find_cas_numbers(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    for k in memchr::memmem::find_iter(b, b"CAS") {
        if k > 0 && b[k - 1].is_ascii_alphanumeric()
            || b.get(k + 3).is_some_and(u8::is_ascii_alphanumeric)
        {
            continue;
        }
        let mut rest = &text[k + 3..];
        for lead in [" number", " no.", " no", " ID"] {
            if let Some(r) = rest.strip_prefix(lead) {
                rest = r;
                break;
            }
        }
        let rest2 = rest
            .strip_prefix(": ")
            .or_else(|| rest.strip_prefix(" is "))
            .or_else(|| rest.strip_prefix(' '));
        let Some(v) = rest2 else {
            continue;
        };
        let len = v
            .bytes()
            .take(17)
            .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            .count();
        let t = &v.as_bytes()[..len];
        let digits = t.iter().filter(|c| c.is_ascii_digit()).count();
        if (10..=16).contains(&len)
            && digits >= 3
            && len - digits >= 3
            && !v
                .as_bytes()
                .get(len)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-')
        {
            let s = text.len() - v.len();
            out.push(("id.staff", s, s + len));
        }
    }
}

/// A reference in the shape a case system gives its records ([`ref_shape`]) that no
/// other pass has taken and no word before it explains: for review, as the bare
/// references after "ref" are ("logged as BSI-2024-006", "inquest file COR-2023-0412").
/// Not the body's own request's reference ("FOI", "EIR", "internal review" or "request"
/// near it, or a letter's "Our ref:" line), a contract's, a tender's, an invoice's or a
/// decision's; nor any other use of a reference set aside so.
#[inline(never)]
fn find_shaped_refs<'t>(text: &'t str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    // A reference's series: it up to its last separator ("ENF/23/").
    let series = |r: &'t str| r.rfind(['-', '/']).map(|k| &r[..=k]);
    // The series of the references other passes found: in a table, where they judged
    // each row by whether it names a person, a row they left is left.
    let judged: Vec<&str> = out
        .iter()
        .filter(|h| ref_shape(b, h.1) == Some(h.2 - h.1))
        .filter_map(|h| series(&text[h.1..h.2]))
        .take(64)
        .collect();
    let mut shaped: Vec<(usize, usize, bool)> = Vec::new();
    let mut i = 0;
    while i < b.len() && shaped.len() < 256 {
        // (A start of a word of capitals: the scan steps over each word once.)
        let glued = i > 0
            && (b[i - 1].is_ascii_alphanumeric()
                || matches!(b[i - 1], b'-' | b'/' | b'.' | b'_' | b'@' | b'\\' | b'#'));
        if !b[i].is_ascii_uppercase() || glued {
            i += 1;
            continue;
        }
        let Some(len) = ref_shape(b, i) else {
            i += 1;
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            continue;
        };
        let r = &text[i..i + len];
        let letters_refuse = r.split(['-', '/']).any(|g| NOT_CASE_LETTERS.contains(&g));
        let head = line_before(text, i, 80);
        let near = head.to_ascii_lowercase();
        // A letter's head: "Our ref: …", "Reference: …", "Cyf / Ref: …".
        let label = near.trim();
        let letter_head = label.len() <= 30
            && label.ends_with(':')
            && (label.contains("ref") || label.contains("our ") || label.contains("your "));
        let about_request = near.contains("foi")
            || near.contains("freedom of information")
            || has_word(&near, &["eir", "foisa"])
            || near.contains("internal review")
            || (has_word(&near, &["request", "requests"]) && !near.contains("subject access"));
        // (In a table, its column's header says what the reference is: "Contract
        // reference".)
        let header = column_header(text, i).map(|h| h.to_ascii_lowercase().replace('_', " "));
        let not_a_case = [Some(near.as_str()), header.as_deref()]
            .into_iter()
            .flatten()
            .any(|t| has_word(t, NOT_CASE_WORDS));
        let row = {
            let (l, r) = (line_before(text, i, 200), super::line_after(text, i, 200));
            let n = |c: char| l.matches(c).count() + r.matches(c).count();
            n('\t') > 0 || n('|') >= 2 || n(',') >= 3
        };
        let left = row && series(r).is_some_and(|p| judged.contains(&p));
        shaped.push((
            i,
            i + len,
            letters_refuse || letter_head || about_request || not_a_case || left,
        ));
        i += len;
    }
    let refused: Vec<&str> = shaped
        .iter()
        .filter(|h| h.2)
        .map(|h| &text[h.0..h.1])
        .collect();
    let mut taken = None;
    for (s, e, refuse) in shaped {
        if !refuse && !refused.contains(&&text[s..e]) {
            push_untaken(&mut taken, out, ("id.ref_review", s, e));
        }
    }
}

/// Bank details, passports and driving licences, and the last digits of a payment card:
/// "sort code 20-45-77, account 43567812", "IBAN GB33BUKB20201555555555", "Passport
/// number 123456789", a DVLA licence number ("MORGA753116SM9IJ"), "card ending 4421".
#[inline(never)]
fn find_financial_and_documents(text: &str, cues: &CueHits, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let mut taken = None;
    // (Asked of many digit runs: no copy, ASCII case folded in place.)
    let label_before = |s: usize, labels: &[&str]| {
        let before = line_before(text, s, 40).as_bytes();
        fn trim<'a>(mut t: &'a [u8], set: &[u8]) -> &'a [u8] {
            while let Some((last, rest)) = t.split_last() {
                if !set.contains(last) {
                    break;
                }
                t = rest;
            }
            t
        }
        let before = trim(before, b" :(#.-");
        let before = match before.len().checked_sub(3) {
            Some(k) if before[k..].eq_ignore_ascii_case(b" is") => trim(&before[..k], b" :"),
            _ => before,
        };
        labels.iter().any(|l| {
            let l = l.as_bytes();
            before.len() >= l.len() && {
                let k = before.len() - l.len();
                before[k..].eq_ignore_ascii_case(l)
                    && !before[..k].last().is_some_and(u8::is_ascii_alphanumeric)
            }
        })
    };
    let runs = cues.digit_runs();
    for (k, &(s, e)) in runs.iter().enumerate() {
        let boundary_before = s == 0 || !b[s - 1].is_ascii_alphanumeric();
        let boundary_after = !b.get(e).is_some_and(u8::is_ascii_alphanumeric);
        // A sort code: three pairs joined by hyphens, after "sort code".
        if e - s == 2
            && boundary_before
            && k + 2 < runs.len()
            && runs[k + 1].0 == e + 1
            && b[e] == b'-'
            && runs[k + 1].1 - runs[k + 1].0 == 2
            && runs[k + 2].0 == runs[k + 1].1 + 1
            && b[runs[k + 1].1] == b'-'
            && runs[k + 2].1 - runs[k + 2].0 == 2
            && !b.get(runs[k + 2].1).is_some_and(u8::is_ascii_alphanumeric)
            && label_before(s, &["sort code", "sortcode", "s/c"])
        {
            push_untaken(&mut taken, out, ("id.bank", s, runs[k + 2].1));
            continue;
        }
        // The digits a mask leaves of a bank account or card number ("****6621",
        // "XXXX-XXXX-XXXX-4471", "**** 0388").
        if (3..=6).contains(&(e - s)) && boundary_after && masked_before(b, s) {
            push_untaken(&mut taken, out, ("id.masked_number", s, e));
            continue;
        }
        if !boundary_before || !boundary_after {
            // A DVLA licence number: five letters (or 9s), six digits, then letters
            // and a digit ("MORGA753116SM9IJ").
            let dvla = e - s == 6
                && s >= 5
                && b[s - 5..s]
                    .iter()
                    .all(|c| c.is_ascii_uppercase() || *c == b'9')
                && (s == 5 || !b[s - 6].is_ascii_alphanumeric())
                && b.len() >= e + 5
                && b[e..e + 2]
                    .iter()
                    .all(|c| c.is_ascii_uppercase() || *c == b'9')
                && b[e + 2].is_ascii_digit()
                && b[e + 3..e + 5].iter().all(u8::is_ascii_uppercase)
                && !b.get(e + 5).is_some_and(u8::is_ascii_alphanumeric);
            if dvla {
                push_untaken(&mut taken, out, ("id.driving_licence", s - 5, e + 5));
            }
            // An IBAN: "GB", two check digits, four letters, fourteen digits.
            if e - s == 2
                && s >= 2
                && &b[s - 2..s] == b"GB"
                && (s == 2 || !b[s - 3].is_ascii_alphanumeric())
                && b.len() >= e + 18
                && b[e..e + 4].iter().all(u8::is_ascii_uppercase)
                && b[e + 4..e + 18].iter().all(u8::is_ascii_digit)
                && !b.get(e + 18).is_some_and(u8::is_ascii_alphanumeric)
            {
                push_untaken(&mut taken, out, ("id.bank", s - 2, e + 18));
            }
            continue;
        }
        let n = e - s;
        // (A cheap test first: the label's letters in the bytes just before.)
        let window = &b[s.saturating_sub(24)..s];
        let has = |needle: &[u8]| memchr::memmem::find(window, needle).is_some();
        // An account number: eight digits after "account" or "a/c", with a sort code on
        // its line.
        if n == 8
            && (has(b"ccount") || has(b"CCOUNT") || has(b"a/c") || has(b"A/C"))
            && label_before(
                s,
                &[
                    "account",
                    "account no",
                    "account number",
                    "a/c",
                    "acc no",
                    "bank account",
                ],
            )
            && {
                // ("sort code" or its "s/c", before or after on the line.)
                let sort = |t: String| t.contains("sort code") || t.contains("s/c");
                sort(line_before(text, s, 80).to_ascii_lowercase())
                    || sort(super::line_after(text, e, 60).to_ascii_lowercase())
            }
        {
            push_untaken(&mut taken, out, ("id.bank", s, e));
        } else if n == 9
            && (has(b"assport") || has(b"ASSPORT"))
            && label_before(s, &["passport", "passport no", "passport number"])
        {
            push_untaken(&mut taken, out, ("id.passport", s, e));
        } else if n == 4
            && has(b"nding")
            && label_before(s, &["card ending", "card ending in", "ending in", "ending"])
            && line_before(text, s, 40)
                .to_ascii_lowercase()
                .contains("card")
        {
            push_untaken(&mut taken, out, ("id.card_ending", s, e));
        } else if n == 15
            && boundary_before
            && boundary_after
            && (has(b"IMEI") || has(b"imei"))
            && label_before(s, &["imei", "imei no", "imei number"])
            && luhn_valid(&b[s..e])
        {
            // "my work phone (IMEI 356938035643809)": one handset's, and so its user's.
            push_untaken(&mut taken, out, ("id.imei", s, e));
        }
    }
}

/// Do the digits pass the Luhn check, as an IMEI's do?
fn luhn_valid(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &c)| {
            let d = u32::from(c - b'0');
            if i % 2 == 1 {
                let d = d * 2;
                if d > 9 {
                    d - 9
                } else {
                    d
                }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

/// Does a mask stand right before `s`: three asterisks or more, or four capital or small
/// X's, perhaps in groups with spaces or hyphens between, and no word glued on before
/// ("****", "XXXX-XXXX-XXXX-", "**** **** ")? Not a word ending in X's.
fn masked_before(b: &[u8], s: usize) -> bool {
    let mut i = s;
    // (Apart from the digits by a space or a hyphen, a mask of four: "**** 0388", not
    // "*** 2024".)
    let apart = i > 0 && matches!(b[i - 1], b' ' | b'-');
    if apart {
        i -= 1;
    }
    let (mut stars, mut exes, mut small) = (0, 0, 0);
    while i > 0 && s - i <= 24 {
        match b[i - 1] {
            b'*' => stars += 1,
            b'X' => exes += 1,
            b'x' => small += 1,
            b' ' | b'-' if i >= 2 && matches!(b[i - 2], b'*' | b'X' | b'x') => {}
            _ => break,
        }
        i -= 1;
    }
    let boundary = i == 0 || !b[i - 1].is_ascii_alphanumeric();
    let least = if apart { 4 } else { 3 };
    let mask = stars >= least && exes + small == 0
        || stars == 0 && (exes >= 4 && small == 0 || small >= 4 && exes == 0);
    boundary && mask && matches!(b[s - 1], b'*' | b'X' | b'x' | b' ' | b'-')
}

/// A social network's words, which make "@name" on their line a handle.
const SOCIAL_WORDS: &[&str] = &[
    "twitter",
    "tweet",
    "tweets",
    "tweeted",
    "instagram",
    "insta",
    "tiktok",
    "facebook",
    "bluesky",
    "mastodon",
    "snapchat",
    "linkedin",
    "youtube",
];

/// "@jane_smith92", "@kai.dance.ldn": a handle (letters, digits, "_" and inner dots, 2
/// to 30) after a space, a bracket or the line's start, with a social network's word on
/// its line; not an email address (a word character before the "@"), nor CSS's
/// "@media".
fn find_social_handles(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    for at in memchr::memchr_iter(b'@', b) {
        if at > 0 && !matches!(b[at - 1], b' ' | b'(' | b'\n' | b'\t' | b':' | b'"') {
            continue;
        }
        let mut e = at + 1;
        while e < b.len()
            && (b[e].is_ascii_alphanumeric()
                || b[e] == b'_'
                || b[e] == b'.'
                    && b.get(e + 1)
                        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_'))
        {
            e += 1;
        }
        if !(3..=31).contains(&(e - at)) || b.get(e).is_some_and(|c| *c == b'@' || *c >= 0x80) {
            continue;
        }
        let line = line_before(text, at, 120).to_ascii_lowercase()
            + &super::line_after(text, e, 120).to_ascii_lowercase();
        if has_word(&line, SOCIAL_WORDS) || line.contains("x.com") || line.contains("social media")
        {
            out.push(("id.social_handle", at, e));
        }
    }
}

/// Words that put a prison number's shape in a prison's or probation's record.
const PRISON_CUES: &[&str] = &[
    "prison",
    "prisoner",
    "prisoners",
    "hmp",
    "hmyoi",
    "yoi",
    "nomis",
    "released",
    "release",
    "custody",
    "inmate",
    "offender",
    "sentence",
    "sentenced",
    "probation",
    "recalled",
    "licence",
    "remand",
    "remanded",
];

/// A prison number, a letter, four digits and two letters ("A4127EK"), with no label
/// before it but a prison's or probation's words beside it: "released from HMP Hewell as
/// A4127EK". (A labelled one, "prison no. A4172CZ", is `find_labelled_numbers`'.)
fn find_prison_numbers(text: &str, cues: &CueHits, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let mut taken = None;
    for &(ds, de) in cues.digit_runs() {
        if de - ds != 4
            || ds < 1
            || !b[ds - 1].is_ascii_uppercase()
            || (ds >= 2 && (b[ds - 2].is_ascii_alphanumeric() || b[ds - 2] == b'-'))
            || !(b.get(de).is_some_and(u8::is_ascii_uppercase)
                && b.get(de + 1).is_some_and(u8::is_ascii_uppercase))
            || b.get(de + 2)
                .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'-')
        {
            continue;
        }
        let (s, e) = (ds - 1, de + 2);
        // Its sentence's words only.
        let before = line_before(text, s, 90);
        let before = before.rsplit(". ").next().unwrap_or(before);
        let after = super::line_after(text, e, 40);
        let after = after.split(". ").next().unwrap_or(after);
        let near = format!("{before} {after}").to_lowercase();
        if has_word(&near, PRISON_CUES) {
            push_untaken(&mut taken, out, ("id.prison_number", s, e));
        }
    }
}

/// A date of birth written year first ("DOB 1981-09-14"), which `Date` does not read.
fn find_iso_births(text: &str, cues: &CueHits, out: &mut Vec<Hit>) {
    let mut taken = crate::detect::Taken::new(out);
    let b = text.as_bytes();
    for &(ds, de) in cues.digit_runs() {
        let e = ds + 10;
        if de - ds != 4
            || !(b[ds..].starts_with(b"19") || b[ds..].starts_with(b"20"))
            || e > b.len()
            || b.get(e).is_some_and(u8::is_ascii_alphanumeric)
            || (ds > 0 && b[ds - 1].is_ascii_alphanumeric())
        {
            continue;
        }
        let d = &b[ds..e];
        let two = |i: usize| d[i].is_ascii_digit() && d[i + 1].is_ascii_digit();
        let month = || (d[5] - b'0') * 10 + (d[6] - b'0');
        if d[4] == b'-'
            && d[7] == b'-'
            && two(5)
            && two(8)
            && (1..=12).contains(&month())
            && has_word(&line_before(text, ds, 30).to_lowercase(), BIRTH_CUES)
            && !taken.overlaps(out, ds, e)
        {
            out.push(("id.dob", ds, e));
        }
    }
}

/// A year of birth on its own ("(b. 1961)", "born in 1958", "year of birth: 1975",
/// "born March 1949"): part of a date of birth, which with a name identifies a person.
/// The year must follow the cue closely, on the same line, and stand alone (not the
/// start or end of a date, a range or a longer number).
#[inline(never)]
fn find_birth_years(text: &str, cues: &CueHits, out: &mut Vec<Hit>) {
    let mut taken = crate::detect::Taken::new(out);
    const MONTHS: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ];
    let b = text.as_bytes();
    for &(ds, de) in cues.digit_runs() {
        if de - ds != 4
            || !(b[ds..].starts_with(b"19") || b[ds..].starts_with(b"20"))
            || (ds > 0 && (b[ds - 1].is_ascii_alphanumeric() || matches!(b[ds - 1], b'/' | b'-' | b'.')))
            || b.get(de).is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'/')
            // ("1961-1999", "1961–99": a range, not a birth.)
            || b.get(de) == Some(&b'-') && b.get(de + 1).is_some_and(u8::is_ascii_digit)
            || text[de..].starts_with('–') && b.get(de + 3).is_some_and(u8::is_ascii_digit)
        {
            continue;
        }
        let raw = line_before(text, ds, 32);
        // (Most years follow no birth word: a cheap look for one first.)
        let rb = raw.as_bytes();
        let cue = rb.windows(2).any(|w| {
            matches!(
                [w[0] | 0x20, w[1] | 0x20],
                [b'r', b'n'] | [b'b', b'.'] | [b't', b'h'] | [b'o', b'b'] | [b'o', b'.']
            )
        });
        if !cue {
            continue;
        }
        let before = raw.to_ascii_lowercase();
        let mut rest = before.trim_end_matches([' ', ':', '(', '-', '\t']);
        // ("born in March 1949", "born in the year 1961".)
        if let Some((head, last)) = rest.rsplit_once(' ') {
            if MONTHS.contains(&last.trim_end_matches([',', '.'])) {
                rest = head.trim_end();
            }
        }
        for tail in [" the year", " in"] {
            rest = rest.strip_suffix(tail).unwrap_or(rest);
        }
        let word_end = |w: &str| {
            rest.strip_suffix(w)
                .is_some_and(|h| h.is_empty() || h.ends_with(|c: char| !c.is_ascii_alphanumeric()))
        };
        // "b." only as a parenthesis or an aside ("(b. 1961)", "Okafor, b. 1961"), not
        // a list's item b.
        let abbreviated = rest
            .strip_suffix("b.")
            .is_some_and(|h| h.ends_with('(') || h.ends_with(", ") || h.ends_with(","));
        if abbreviated
            || [
                "born",
                "year of birth",
                "birth year",
                "yob",
                "y.o.b.",
                "dob",
                "d.o.b.",
                "date of birth",
            ]
            .iter()
            .any(|w| word_end(w))
        {
            // (The spans found so far are asked last, of a year after a birth word only:
            // asked of every year, they made the pass quadratic.)
            if !taken.overlaps(out, ds, de) {
                out.push(("id.birth_year", ds, de));
            }
        }
    }
}

/// An Ordnance Survey grid reference to 100 metres or closer ("SN 9123 5876",
/// "SH612543"): it marks a spot as closely as an address does, so for review. Two
/// letters of a 100 km square (the first of H, J, N, O, S or T; never I second), then
/// an even number of digits, six to ten, written as one run or as two halves.
#[inline(never)]
fn find_grid_references(text: &str, cues: &CueHits, out: &mut Vec<Hit>) {
    let mut taken = crate::detect::Taken::new(out);
    let b = text.as_bytes();
    let runs = cues.digit_runs();
    for (k, &(ds, de)) in runs.iter().enumerate() {
        // The square's letters, glued to the digits or a space before them.
        let ls = if ds >= 3 && b[ds - 1] == b' ' {
            ds - 3
        } else if ds >= 2 {
            ds - 2
        } else {
            continue;
        };
        let (l1, l2) = (b[ls], b[ls + 1]);
        if !(matches!(l1, b'H' | b'J' | b'N' | b'O' | b'S' | b'T')
            && l2.is_ascii_uppercase()
            && l2 != b'I')
            || ls > 0
                && (b[ls - 1].is_ascii_alphanumeric() || matches!(b[ls - 1], b'-' | b'/' | b'.'))
        {
            continue;
        }
        let n = de - ds;
        let end = if n % 2 == 0 && (6..=10).contains(&n) {
            de
        } else if (3..=5).contains(&n)
            && b.get(de) == Some(&b' ')
            && runs
                .get(k + 1)
                .is_some_and(|&(s2, e2)| s2 == de + 1 && e2 - s2 == n)
        {
            runs[k + 1].1
        } else {
            continue;
        };
        if b.get(end)
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'/'))
            || b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit)
            || taken.overlaps(out, ls, end)
        {
            continue;
        }
        out.push(("address.grid_reference", ls, end));
    }
}

/// A device's asset tag after its label ("Asset tag EM-LT-08831, assigned to …", "asset
/// no. LT08831"): letters, digits and hyphens, four digits at least. (Not a host's name,
/// which the network pass may take it for: the scanner drops that.)
#[inline(never)]
fn find_asset_tags(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    for k in memchr::memmem::find_iter(b, b"sset ") {
        if k == 0
            || !b[k - 1].eq_ignore_ascii_case(&b'a')
            || k >= 2 && b[k - 2].is_ascii_alphanumeric()
        {
            continue;
        }
        let mut at = k + 5;
        let rest = &b[at..b.len().min(at + 12)];
        const LABELS: [&[u8]; 5] = [b"tag", b"number", b"no.", b"no", b"id"];
        let label = LABELS.iter().find(|l| {
            rest.len() >= l.len()
                && rest[..l.len()].eq_ignore_ascii_case(l)
                && !rest.get(l.len()).is_some_and(u8::is_ascii_alphanumeric)
        });
        let Some(label) = label else {
            continue;
        };
        at += label.len();
        while b.get(at).is_some_and(|c| matches!(c, b' ' | b':' | b'#')) {
            at += 1;
        }
        if b[at..].starts_with(b"is ") {
            at += 3;
        }
        let len = b[at..]
            .iter()
            .take(24)
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-' || **c == b'/')
            .count();
        let mut e = at + len;
        while e > at && matches!(b[e - 1], b'-' | b'/') {
            e -= 1;
        }
        let tag = &b[at..e];
        if tag.iter().filter(|c| c.is_ascii_digit()).count() >= 4
            && !b.get(e).is_some_and(|c| c.is_ascii_alphanumeric())
        {
            out.push(("id.asset_tag", at, e));
        }
    }
}

/// A UK IBAN ("GB29 NWBK 6016 1331 9268 19", "GB29NWBK60161331926819"): a bank account,
/// whose check digits must agree (ISO 13616, modulo 97).
#[inline(never)]
fn find_ibans(text: &str, out: &mut Vec<Hit>) {
    let mut taken = crate::detect::Taken::new(out);
    let b = text.as_bytes();
    for s in memchr::memmem::find_iter(b, b"GB") {
        if s > 0 && b[s - 1].is_ascii_alphanumeric() {
            continue;
        }
        // The IBAN's 22 characters, read over single spaces.
        let mut chars: Vec<u8> = Vec::with_capacity(22);
        let mut e = s;
        while e < b.len() && chars.len() < 22 {
            let c = b[e];
            if c == b' ' && e > s && b[e - 1] != b' ' && chars.len() % 4 == 0 {
                e += 1;
                continue;
            }
            if !c.is_ascii_alphanumeric() {
                break;
            }
            chars.push(c);
            e += 1;
        }
        if chars.len() != 22
            || b.get(e).is_some_and(u8::is_ascii_alphanumeric)
            || !chars[2..4].iter().all(u8::is_ascii_digit)
            || !chars[4..8].iter().all(u8::is_ascii_uppercase)
            || !chars[8..].iter().all(u8::is_ascii_digit)
        {
            continue;
        }
        // Moved: the first four characters to the end, letters as 10 to 35, modulo 97.
        let mut rem: u32 = 0;
        for &c in chars[4..].iter().chain(&chars[..4]) {
            let v = if c.is_ascii_digit() {
                u32::from(c - b'0')
            } else {
                u32::from(c - b'A') + 10
            };
            rem = if v >= 10 {
                (rem * 100 + v) % 97
            } else {
                (rem * 10 + v) % 97
            };
        }
        if rem == 1 && !taken.overlaps(out, s, e) {
            out.push(("id.bank", s, e));
        }
    }
}

/// The check letter of a permanent UPN ("B801200005001"): the twelve digits times
/// their positions (2 to 13), summed, modulo 23, as a letter of A-Z without I, O and S.
fn upn_check_letter_ok(upn: &str) -> bool {
    const LETTERS: &[u8; 23] = b"ABCDEFGHJKLMNPQRTUVWXYZ";
    let b = upn.as_bytes();
    if b.len() != 13 || !b[1..].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: usize = b[1..]
        .iter()
        .enumerate()
        .map(|(i, d)| usize::from(d - b'0') * (i + 2))
        .sum();
    LETTERS[sum % 23] == b[0]
}

/// What a table column holds, by its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IdColumn {
    /// "Payroll no.", "Employee ID", "Pupil number", "Badge"
    Staff,
    /// "Case ref", "PCN number", "Complaint no."
    Case,
    /// "VRM", "Vehicle registration"
    Vehicle,
    /// "Collar number", "Warrant no."
    Collar,
    /// "Username", "Login", "User ID": a person's user name in each cell, digits or
    /// none ("fhowen").
    Login,
    /// "Ref", "ID", in a table about people.
    Other,
    /// "Home postcode", "Home address": a person's home, whatever the cell's shape.
    Home,
    /// "DOB", "Date of birth": a date in it is a birthday.
    Birth,
    /// "Ext", "Extension", in a table about people: a person's line.
    Extension,
    /// "Hostname", "Asset name", "Device name": a machine's name on the network.
    Host,
    /// "SSID", "Network name", "Pupil SSID": a wireless network's name.
    Ssid,
    /// "VLAN", "VLAN ID": the number of a segment of the network.
    Vlan,
    /// "PIN", "Tablet PIN", "Password", "Door code": a secret in each cell.
    Secret,
    /// "Model", "Device model", "Make / model": a device's make and model, in a table
    /// about anything but vehicles.
    Model,
    /// "Name", "Staff name", "Manager", "Tenant": the table is about people. Its cells
    /// are left to the name pass; the table's "Ext" and "Ref" columns are then marked.
    Person,
    /// "Caller", "Operator", "Assignee", "Technician": a `Person` column of who acted on
    /// each row, which a service desk or an audit log fills with user names ("hpham").
    Actor,
    /// "Surname", "Forename", "First name", "Family name": a part of a person's name in
    /// each cell, which the name pass cannot tell from a word when it stands alone
    /// ("MACAULAY", "Iain"). The table is about people, as for `Person`.
    NamePart,
    /// "Logged by", "Closed by", "Owner", "Initials": who did each entry, often by their
    /// initials ("PR"), which the name pass cannot tell from an abbreviation alone. It
    /// says nothing of the table's other columns (an incident log's "Ref" is no one's).
    Who,
}

impl IdColumn {
    /// A column of people's names: `Person`, or `Actor`, which is one.
    fn is_person(self) -> bool {
        matches!(self, IdColumn::Person | IdColumn::Actor)
    }

    /// A column whose cell, whole, is the value when [`column_value`] says it holds one.
    fn whole_cell(self) -> bool {
        matches!(
            self,
            IdColumn::Ssid
                | IdColumn::Vlan
                | IdColumn::Secret
                | IdColumn::Model
                | IdColumn::NamePart
                | IdColumn::Who
        )
    }

    /// A column of secrets, devices' models or who logged each entry, which says nothing
    /// of the table's other columns ("Camera ID" beside "Model" is an asset's; an incident
    /// log's "Ref" beside "Logged by" is no one's).
    fn stands_alone(self) -> bool {
        matches!(
            self,
            IdColumn::Secret | IdColumn::Model | IdColumn::Who | IdColumn::Vlan
        )
    }

    fn detector(self) -> &'static str {
        match self {
            IdColumn::Staff | IdColumn::Login => "id.staff",
            IdColumn::Case => "id.case",
            IdColumn::Vehicle => "id.vehicle",
            IdColumn::Collar => "id.collar",
            IdColumn::Other => "id.table",
            IdColumn::Home => "address.private",
            IdColumn::Birth => "id.dob",
            IdColumn::Extension => "phone.extension",
            IdColumn::Host => "network.host",
            IdColumn::Ssid => "network.ssid",
            IdColumn::Vlan => "network.vlan",
            IdColumn::Secret => "credential.password",
            IdColumn::Model => "device.table_model",
            IdColumn::Person | IdColumn::Actor => "",
            IdColumn::NamePart => "person.column",
            IdColumn::Who => "person.initials_column",
        }
    }
}

/// Words of a header about a wireless network's setting, not its name: "SSID hidden",
/// "SSID broadcast", "SSID security".
const NOT_SSID_HEADS: &[&str] = &[
    "hidden",
    "broadcast",
    "broadcasts",
    "broadcasting",
    "visible",
    "enabled",
    "count",
    "number",
    "no",
    "of",
    "total",
    "security",
    "encryption",
    "auth",
    "authentication",
    "type",
    "mode",
    "band",
    "vlan",
];

/// A column of secrets: "PIN", "Tablet PIN", "Password", "Admin password", "Door
/// code", "Wi-Fi key"; its words all say what the secret opens. Not "NMC PIN" (a
/// register's number), "Password expiry", "Password policy" or "Last changed".
fn secret_head(words: &[&str]) -> bool {
    const SECRETS: &[&str] = &[
        "pin",
        "pins",
        "password",
        "passwords",
        "passcode",
        "passcodes",
        "passphrase",
        "psk",
    ];
    // What a code or key opens: "Door code", "Keypad code", "Wi-Fi key".
    const OPENS: &[&str] = &[
        "door", "keypad", "alarm", "safe", "entry", "lockbox", "wifi", "wi",
    ];
    const OF: &[&str] = &[
        "device",
        "tablet",
        "laptop",
        "phone",
        "handset",
        "mobile",
        "sim",
        "admin",
        "user",
        "initial",
        "default",
        "temporary",
        "temp",
        "network",
        "login",
        "account",
        "console",
        "current",
        "new",
        "unlock",
        "screen",
        "fi",
        "code",
        "key",
        "access",
        "router",
        "camera",
        "nvr",
        "dvr",
        "local",
        "root",
        "bios",
        "voicemail",
    ];
    if words.is_empty() || words.len() > 3 {
        return false;
    }
    let secret = words.iter().any(|w| SECRETS.contains(w))
        || words.iter().any(|w| OPENS.contains(w))
            && words.iter().any(|w| matches!(*w, "code" | "key"));
    secret
        && words
            .iter()
            .all(|w| SECRETS.contains(w) || OPENS.contains(w) || OF.contains(w))
}

/// A column of devices' models: "Model", "Device model", "Make / model", "Handset".
fn model_head(words: &[&str]) -> bool {
    const DEVICES: &[&str] = &[
        "device",
        "devices",
        "laptop",
        "laptops",
        "handset",
        "handsets",
        "phone",
        "phones",
        "tablet",
        "tablets",
        "printer",
        "printers",
        "camera",
        "cameras",
        "hardware",
        "router",
        "routers",
        "switch",
        "switches",
        "firewall",
        "firewalls",
        "terminal",
        "terminals",
        "chromebook",
        "chromebooks",
        "scanner",
        "scanners",
        "kiosk",
        "kiosks",
        "pc",
        "pcs",
        "desktop",
        "desktops",
        "server",
        "servers",
        "radio",
        "radios",
        "unit",
        "units",
        "nvr",
        "dvr",
        "bwv",
        "appliance",
        "appliances",
        "panel",
        "panels",
        "intercom",
        "intercoms",
    ];
    const KINDS: &[&str] = &[
        // ("Weighing controller" holding "Verilift VL-500", "Door controller".)
        "controller",
        "controllers",
        "panel",
        "panels",
        "intercom",
        "intercoms",
        "camera",
        "cameras",
        "laptop",
        "laptops",
        "tablet",
        "tablets",
        "printer",
        "printers",
        "handset",
        "handsets",
        "router",
        "routers",
        "firewall",
        "firewalls",
        "kiosk",
        "kiosks",
        "radio",
        "radios",
    ];
    // Words that make a column of something else about a device: its number, its place.
    const NOT_MAKE: &[&str] = &[
        "number", "no", "count", "qty", "quantity", "location", "site", "id", "name", "type",
        "serial", "asset", "ip", "mobile", "owner", "user", "cost", "date", "status",
    ];
    match words {
        ["model" | "models"] | ["make", "model" | "models"] | ["make", "and", "model"] => true,
        // (A column of the devices themselves, by their kind: "Access points" holding
        // "MR46 x3". A count alone is no model: a cell needs a letter and a digit.)
        ["access", "points"] | ["aps"] | ["wireless", "access", "points"] => true,
        [d, "model" | "models"] | [d, "make", "model"] | [d, "make", "and", "model"] => {
            DEVICES.contains(d)
        }
        // (A column of the devices themselves by a kind of device with a word before it:
        // "Entry panel" holding "Videx VX2300".)
        // Only kinds no program is named after ("mysql-server" is no header).
        [q, d] => KINDS.contains(d) && !NOT_MAKE.contains(q) && !DEVICES.contains(q),
        _ => false,
    }
}

/// Header words that make a table one about IT, whose "Model" column holds devices'
/// models: "SSID", "IP address", "Firmware", "Asset tag", "Serial no.".
const IT_TABLE_HEADS: &[&str] = &[
    "ssid",
    "ssids",
    "ip",
    "vlan",
    "host",
    "hostname",
    "firmware",
    "os",
    "version",
    "ict",
    "it",
    "serial",
    "mac",
    "device",
    "devices",
    "asset",
    "camera",
    "cameras",
    "printer",
    "printers",
    "laptop",
    "laptops",
    "tablet",
    "tablets",
    "handset",
    "handsets",
    "phone",
    "phones",
    "chromebook",
    "chromebooks",
    "router",
    "switch",
    "server",
    "servers",
    "kiosk",
    "kiosks",
    "nvr",
    "dvr",
    "imei",
    "sim",
    "mdm",
    "encryption",
    "warranty",
];

/// Header words that make a table one of vehicles, whose "Model" column holds cars'
/// and vans' models.
const VEHICLE_HEADS: &[&str] = &[
    "vehicle",
    "vehicles",
    "fleet",
    "fuel",
    "mileage",
    "registration",
    "reg",
    "vrm",
    "vrn",
    "engine",
    "mot",
    "co2",
    "emissions",
];

/// The words that make a header name an identifier: "number", "no.", "ref", "ID".
const ID_WORDS: &[&str] = &["number", "no", "ref", "reference", "id"];

/// The column a header cell names, and whether it says the table is about people
/// ("Payroll no.": yes; "Case", "Ref": only a column in a table that is). The header's
/// words must all be of one kind and `ID_WORDS`: "Number of staff", "Staff member",
/// "Contract reference" and "Pupil numbers" (a count) name no identifier.
fn id_column(cell: &str) -> Option<(IdColumn, bool)> {
    id_column_of(cell).or_else(|| {
        // A header in two languages, each its own: "Gwesteiwr/Host", "Enw / Name".
        let (a, b) = cell.split_once('/')?;
        if b.contains('/') || a.trim().is_empty() || b.trim().is_empty() {
            return None;
        }
        // (Not a column of secrets: "user/password" in prose says how one signs in.)
        id_column_of(b)
            .or_else(|| id_column_of(a))
            .filter(|(k, _)| *k != IdColumn::Secret)
    })
}

/// Headers of people's names: "Name", "Staff name", "Manager", "Tenant", "Operator".
const PEOPLE: &[&str] = &[
    "name",
    "names",
    "surname",
    "forename",
    "forenames",
    "full",
    "staff",
    "manager",
    "tenant",
    "tenants",
    "operator",
    "employee",
    "contact",
    "member",
    "driver",
    "volunteer",
    "officer",
    "patient",
    "pupil",
    "resident",
    "screener",
    "technician",
    "engineer",
    "applicant",
    "holder",
    "licensee",
    "deceased",
    "landowner",
    "landowners",
    "occupier",
    "claimant",
    "complainant",
    "student",
    "prisoner",
    "client",
    "lender",
    "landlord",
    "learner",
    "offender",
    "victim",
    "witness",
    "requester",
    "customer",
    "carer",
    "carers",
    "guardian",
    "parent",
    "caller",
    "callers",
    "reporter",
    "requestor",
    "visitor",
    "person",
    "individual",
    "recipient",
    "assignee",
    "attendee",
    "passenger",
];

/// A header of a person by the thing they look after ("Contract manager", "Account
/// manager", "Case officer"; not a program's, "Password manager", "Device manager"): a
/// job title too, so a header only in a row of no data (see [`marked_columns`]).
fn qualified_person_head(words: &[&str]) -> bool {
    matches!(
        words,
        [w, "manager" | "officer" | "contact" | "engineer" | "technician"]
            if !matches!(
                *w,
                "password" | "device" | "devices" | "file" | "task" | "package" | "licence"
                    | "license" | "print" | "patch" | "identity" | "access" | "event" | "log"
                    | "session" | "certificate" | "key" | "credential" | "content" | "config"
                    | "policy" | "version" | "update" | "storage" | "database" | "power"
                    | "connection" | "display" | "download" | "window" | "windows" | "email"
                    | "network" | "asset" | "desktop" | "endpoint" | "mobile" | "cloud"
            )
    )
}

/// [`qualified_person_head`] of a header's cell.
fn qualified_person_cell(cell: &str) -> bool {
    let lower = cell.trim().to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    qualified_person_head(&words)
}

/// [`id_column`] for a header in one language.
fn id_column_of(cell: &str) -> Option<(IdColumn, bool)> {
    // (A question is a row's cell, not a header: "| 1 | Who? | Acme Ltd. | JW |".)
    if cell.trim_end().ends_with('?') {
        return None;
    }
    // ("Reader's ticket": the possessive's "s" is no word of its own.)
    let mut lower = cell.trim().to_ascii_lowercase();
    if lower.contains(['\'', '’']) {
        lower = lower.replace("'s ", " ").replace("’s ", " ");
    }
    // ("Carer(s)": a plural in brackets; "Paid to a/c": an account's short form.)
    if lower.contains('(') {
        lower = lower.replace("(s)", "s");
    }
    if lower.contains("a/c") {
        lower = lower.replace("a/c", "account");
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    if words.len() <= 3
        && words.contains(&"home")
        && words
            .iter()
            .any(|w| matches!(*w, "postcode" | "address" | "post" | "code"))
    {
        return Some((IdColumn::Home, true));
    }
    // ("DOB", "D.O.B.", "Date of birth", "Birth date", "Born".)
    // (Or shared with another field: "DOB / contact".)
    if matches!(
        words.as_slice(),
        ["dob"]
            | ["d", "o", "b"]
            | ["date", "of", "birth"]
            | ["birth", "date"]
            | ["born"]
            | ["year", "of", "birth"]
            | ["birth", "year"]
            | ["yob"]
    ) || words.len() <= 3 && words.contains(&"dob")
    {
        return Some((IdColumn::Birth, true));
    }
    // ("Surname", "Forename(s)", "First name", "Last name", "Family name", "Given name".)
    if matches!(
        words.as_slice(),
        ["surname" | "surnames" | "forename" | "forenames"]
            | [
                "first" | "last" | "family" | "given" | "middle",
                "name" | "names"
            ]
            | ["firstname" | "lastname" | "familyname"]
    ) {
        return Some((IdColumn::NamePart, true));
    }
    // ("Person affected", "Patient involved": who an incident was about.)
    let about = matches!(
        words.as_slice(),
        [w, "affected" | "involved" | "injured" | "harmed" | "concerned"] if PEOPLE.contains(w)
    );
    if words.len() <= 2
        && (words.iter().all(|w| PEOPLE.contains(w)) || about || qualified_person_head(&words))
        && !matches!(words.as_slice(), ["full"] | ["holder"])
    {
        // (Who acted on each row: a ticket's caller or operator, as a user name too.)
        let actor = matches!(
            words.as_slice(),
            ["caller"
                | "callers"
                | "operator"
                | "technician"
                | "assignee"
                | "reporter"
                | "requester"
                | "requestor"
                | "officer"]
        );
        return Some((
            if actor {
                IdColumn::Actor
            } else {
                IdColumn::Person
            },
            true,
        ));
    }
    // ("Logged by", "Closed by", "Answered by", "Assigned to", "Owner", "Initials": who
    // did each entry.)
    if matches!(
        words.as_slice(),
        [
            "logged"
                | "raised"
                | "reported"
                | "recorded"
                | "entered"
                | "closed"
                | "resolved"
                | "actioned"
                | "completed"
                | "checked"
                | "approved"
                | "authorised"
                | "authorized"
                | "reviewed"
                | "updated"
                | "handled"
                | "signed"
                | "answered"
                | "responded"
                | "replied"
                | "drafted"
                | "prepared"
                | "written"
                | "issued"
                | "sent"
                | "verified"
                | "inspected"
                | "investigated"
                | "witnessed"
                | "done",
            "by"
        ] | ["assigned" | "allocated", "to"]
            | ["owner" | "initials" | "handler" | "lead" | "by" | "who"]
            | ["action", "owner" | "by"]
    ) {
        return Some((IdColumn::Who, true));
    }
    // ("Hostname", "Host name", "Asset name", "Device name", "Computer name", "Server":
    // a table of machines, whose names are flagged.)
    if matches!(
        words.as_slice(),
        ["hostname" | "hostnames" | "host" | "hosts" | "server" | "servers"]
            | [
                "host" | "asset" | "device" | "computer" | "machine" | "server",
                "name"
            ]
            // ("MDM device name", "AD computer name": a system's name for the machine.)
            | [_, "device" | "computer" | "machine" | "server", "name"]
    ) {
        return Some((IdColumn::Host, true));
    }
    // ("SSID", "Network name", "Wireless SSID", "Pupil SSID", "Wi-Fi network",
    // "WLAN": a table of wireless networks; not "SSID hidden", "SSID security", whose
    // cells say how it is set.)
    if matches!(
        words.as_slice(),
        ["ssid" | "ssids" | "wlan" | "wlans"]
            | ["network" | "wireless" | "wifi", "name" | "ssid" | "ssids"]
            | ["wireless" | "wifi" | "wlan", "network" | "networks"]
            | ["wi", "fi", "network" | "networks" | "name" | "ssid"]
    ) || words.len() <= 3
        && words.iter().any(|w| matches!(*w, "ssid" | "ssids"))
        && !words.iter().any(|w| NOT_SSID_HEADS.contains(w))
    {
        return Some((IdColumn::Ssid, true));
    }
    // ("VLAN", "VLAN ID", "VLAN no.": not "VLANs used", a count.)
    if matches!(
        words.as_slice(),
        ["vlan" | "vlans"] | ["vlan", "id" | "ids" | "no" | "number" | "tag"]
    ) {
        return Some((IdColumn::Vlan, true));
    }
    if secret_head(&words) {
        return Some((IdColumn::Secret, true));
    }
    if model_head(&words) {
        return Some((IdColumn::Model, true));
    }
    // ("Username", "User name", "Login", "User ID": an audit log's or a staff list's
    // column of user names.)
    if matches!(
        words.as_slice(),
        ["username" | "usernames" | "login" | "logon" | "userid"]
            | ["user", "name" | "names" | "id"]
            | ["login" | "logon", "name" | "id"]
    ) {
        return Some((IdColumn::Login, true));
    }
    let id_word = words.iter().any(|w| ID_WORDS.contains(w));
    let only = |kind: &[&str]| {
        words
            .iter()
            .all(|w| kind.contains(w) || ID_WORDS.contains(w))
    };
    let any = |kind: &[&str]| words.iter().any(|w| kind.contains(w));
    // Each kind: its words, and whether they name an identifier ("VRM", "Vehicle
    // registration", "Badge", "PCN", "Pupil number"; not "Pupil", "Vehicle").
    let vehicle = any(&["vrm", "vrn", "plate"])
        || (any(&["vehicle"]) && any(&["registration", "reg"]))
        || (any(&["registration", "reg"]) && any(&["mark"]));
    let kinds: [(IdColumn, &[&str], bool); 4] = [
        (
            IdColumn::Vehicle,
            &[
                "vehicle",
                "registration",
                "reg",
                "vrm",
                "vrn",
                "mark",
                "plate",
            ],
            vehicle,
        ),
        (
            IdColumn::Staff,
            &[
                "payroll",
                "staff",
                "employee",
                "personnel",
                "pupil",
                "student",
                "patient",
                "hospital",
                "officer",
                "badge",
                "mosaic",
                "upn",
                "uln",
                "unique",
                "learner",
                "prison",
                "prisoner",
                "nomis",
                "crn",
                "pnc",
                "custody",
                "elector",
                "dbs",
                "cert",
                "certificate",
                "sia",
                "licence",
                "license",
                "reader",
                "ticket",
                "user",
                "username",
                "login",
                "member",
                "membership",
                "driver",
                "cremation",
                "burial",
                "card",
                // A professional register's number ("GMC no.", "NMC PIN").
                "gmc",
                "nmc",
                "pin",
                "hcpc",
                "gphc",
                "gdc",
            ],
            any(&[
                "payroll", "badge", "upn", "uln", "nomis", "crn", "pnc", "sia", "username",
            ]) || any(&["reader"]) && any(&["ticket"])
                // ("User", "Login", "User name": an audit log's column of who logged in.)
                || matches!(words.as_slice(), ["user" | "login" | "logon"] | ["user", "name"])
                // (A register's letters as the register writes them, not "(gdc)", a
                // compiler.)
                || ["GMC", "NMC", "HCPC", "GPhC", "GDC"]
                    .iter()
                    .any(|r| cell.contains(r))
                || (id_word
                    && any(&[
                        "staff",
                        "employee",
                        "personnel",
                        "pupil",
                        "student",
                        "patient",
                        "hospital",
                        "officer",
                        "mosaic",
                        "learner",
                        "prison",
                        "prisoner",
                        "custody",
                        "elector",
                        "dbs",
                        "licence",
                        "license",
                        "user",
                        "login",
                        "member",
                        "membership",
                        "driver",
                        "cremation",
                        "burial",
                        // An access or ID card's number ("Card no").
                        "card",
                    ])),
        ),
        (
            IdColumn::Collar,
            &["collar", "warrant", "shoulder"],
            any(&["collar"]) || (id_word && any(&["warrant", "shoulder"])),
        ),
        (
            IdColumn::Case,
            &[
                "pcn",
                "penalty",
                "charge",
                "notice",
                "case",
                "complaint",
                "appeal",
                "claim",
                "referral",
                "tenancy",
                "crime",
                "enforcement",
                "account",
                "inquest",
                "incident",
            ],
            any(&["pcn"])
                || (any(&["penalty"]) && any(&["charge"]))
                || (id_word
                    && any(&[
                        "case",
                        "complaint",
                        "appeal",
                        "claim",
                        "referral",
                        "tenancy",
                        "crime",
                        "enforcement",
                        // A council tax or rent account's reference ("Account ref").
                        "account",
                        "inquest",
                    ])),
        ),
    ];
    for (kind, kind_words, names_one) in kinds {
        if names_one && only(kind_words) {
            return Some((kind, true));
        }
    }
    // Said only by the table's other headers: "Case", "Registration", "Ref", "ID".
    match words.as_slice() {
        // (A record's word alone: "Case", "Incident", "Inquest", in a table about people.)
        ["case" | "incident" | "inquest" | "claim" | "complaint" | "referral" | "appeal"] => {
            Some((IdColumn::Case, false))
        }
        ["registration" | "reg", ..] if only(&["registration", "reg"]) => {
            Some((IdColumn::Vehicle, false))
        }
        // ("Vehicle" beside "Driver" and "Staff No.": its cells are registrations when
        // they are shaped so; see `IdColumn::Vehicle`'s cell test.)
        ["vehicle" | "vehicles"] => Some((IdColumn::Vehicle, false)),
        ["ref" | "reference" | "id"] => Some((IdColumn::Other, false)),
        // Some other record's number, in a table about people ("CAS no.", "Visa ref",
        // "SEVIS ID"); not a thing's ("Order no.", "Phone number", "Room no.").
        [w, "no" | "number" | "ref" | "reference" | "id"]
            if w.len() >= 2 && !THING_NUMBER_WORDS.contains(w) && !ID_WORDS.contains(w) =>
        {
            Some((IdColumn::Other, false))
        }
        // ("Rod licence no.", "Fishing permit ref": two words before the ID word.)
        // (The second may be a thing's word, the first says whose: "Rod licence".)
        [a, w, "no" | "number" | "ref" | "reference" | "id"]
            if a.len() >= 2
                && w.len() >= 2
                && !THING_NUMBER_WORDS.contains(a)
                && !ID_WORDS.contains(a)
                && !ID_WORDS.contains(w) =>
        {
            Some((IdColumn::Other, false))
        }
        // The record an audit row says was opened, in a table about people ("Record
        // viewed": a case's or a person's number).
        ["record", rest @ ..]
            if rest.len() <= 1
                && rest
                    .iter()
                    .all(|w| matches!(*w, "viewed" | "accessed" | "opened" | "id" | "no")) =>
        {
            Some((IdColumn::Other, false))
        }
        // A person's record named by its kind after a word or two, in a table about
        // people ("VTE appeal", "CT account", "Paid to a/c", "HB claim"); not a thing's
        // ("Contract account").
        [lead @ .., "account" | "appeal" | "claim"]
            if (1..=2).contains(&lead.len())
                && lead.iter().all(|w| !THING_NUMBER_WORDS.contains(w)) =>
        {
            Some((IdColumn::Case, false))
        }
        // A repair or works job's number, in a table about tenants or residents.
        ["job", "no" | "number" | "ref" | "reference"] => Some((IdColumn::Case, false)),
        ["ext" | "extension" | "extn"] => Some((IdColumn::Extension, false)),
        _ => None,
    }
}

/// Is the reference after a case, complaint, claim or PCN label (`c_start`: the label;
/// `start..end`: the reference) one tied to a person? Not the body's own FOI reference,
/// a date or a year, a standard ("ISO 27001"), a court's case number ("Case C-311/18"),
/// nor a bare "reference" with no record of a person named before it.
/// The letters that start a standard's or a published vulnerability's number ("ISO
/// 27001", "CVE-2025-68782"), which no case reference is.
pub(crate) const STANDARDS: &[&str] = &["ISO", "BS", "EN", "IEC", "RFC", "PAS", "CVE"];

/// A reference after a bare "ref" or "reference" with no record of a person before it
/// ("did raise one, ref GR-ENG-2025-007"), built as case systems build theirs (letters,
/// digits and a "-" or "/"), is for review; asked when `case_ref_of_a_person` says no.
fn bare_ref_for_review(text: &str, c_start: usize, start: usize, end: usize) -> bool {
    let label = text[c_start..start]
        .trim_end_matches([' ', ':', '('])
        .to_ascii_lowercase();
    if !matches!(label.as_str(), "reference" | "ref" | "ref.") {
        return false;
    }
    let group = &text[start..end];
    let g = group.as_bytes();
    g.iter().filter(|b| b.is_ascii_digit()).count() >= 4
        && g.iter().any(u8::is_ascii_uppercase)
        && g.iter().any(|&b| b == b'-' || b == b'/')
        && !g.iter().any(u8::is_ascii_lowercase)
        && {
            // Not the body's own reference, nor a thing's.
            let near = line_before(text, c_start, 120).to_ascii_lowercase();
            let near = near.rsplit(". ").next().unwrap_or(&near);
            // A letter's own "Reference:" line heads it.
            !near.trim().is_empty()
                && !near.contains("foi")
                && !has_word(
                    near,
                    &["our", "your", "my", "request", "requests", "eir", "sar"],
                )
                && !has_word(near, THING_RECORDS)
                && !near.trim_end().ends_with("(")
                && !group.to_ascii_lowercase().contains("foi")
                && !date_or_year(group)
                && !STANDARDS.iter().any(|p| group.starts_with(p))
        }
}

fn case_ref_of_a_person(text: &str, c_start: usize, start: usize, end: usize) -> bool {
    let group = &text[start..end];
    let label = text[c_start..start]
        .trim_end_matches([' ', ':', '('])
        .to_ascii_lowercase();
    // The reference starts a word of its own ("REFERS 12" is not "ref" and "ERS 12").
    if text.as_bytes()[start - 1].is_ascii_alphanumeric() {
        return false;
    }
    // The body's own FOI reference is not tied to a person.
    // ("Our ref", "your reference": not "Your insurance claim CLM-2023-11874".)
    // ("Your complaint (CO/00871/24)" is the requester's own record: "our"/"your" set
    // aside only a bare reference.)
    let before = line_before(text, c_start, 20).to_lowercase();
    let last_word = before.split_whitespace().next_back().unwrap_or("");
    let bare = matches!(label.as_str(), "reference" | "ref" | "ref." | "(reference");
    if before.contains("foi")
        || bare && (last_word == "our" || last_word == "your")
        || group.to_lowercase().contains("foi")
    {
        return false;
    }
    // Nor is a bare reference in a sentence about the request: "Thank you for your FOI
    // request of 3 May 2025, reference KVMH-24-0388".
    if matches!(label.as_str(), "reference" | "ref" | "ref." | "(reference") {
        let sentence = line_before(text, c_start, 120);
        let sentence = sentence
            .rsplit(". ")
            .next()
            .unwrap_or(sentence)
            .to_lowercase();
        if sentence.contains("foi")
            || has_word(
                &sentence,
                &[
                    "request",
                    "requests",
                    "freedom of information",
                    "eir",
                    "sar",
                ],
            )
        {
            return false;
        }
    }
    let digits = group.bytes().filter(u8::is_ascii_digit).count();
    if digits < 3 || group.len() < 4 || date_or_year(group) {
        return false;
    }
    // A standard or a published vulnerability ("ISO 27001", "CVE-2025-68782"), a commit
    // ("e4556fc").
    let letters = group.split([' ', '-', '/']).next().unwrap_or("");
    if STANDARDS.contains(&letters.to_ascii_uppercase().as_str())
        || (group.len() >= 7
            && group.bytes().any(|b| (b'a'..=b'f').contains(&b))
            && group
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
    {
        return false;
    }
    let plain = |b: u8| b.is_ascii_digit();
    let near = line_before(text, c_start, 40);
    let person_record = has_word(near, PERSON_RECORDS) && !has_word(near, THING_RECORDS);
    // "Under reference ENF/24/0087 the complaint by Mr Desmond Okafor …": a person's
    // record, named after the reference.
    let person_after = || {
        let after = super::line_after(text, end, 60);
        let after = after
            .split(". ")
            .next()
            .unwrap_or(after)
            .to_ascii_lowercase();
        has_word(&after, PERSON_WORDS)
            || has_word(&after, PERSON_RECORDS) && !has_word(&after, THING_RECORDS)
    };
    // "We hold a file under reference ENF/23/0047": a reference whose own letters say
    // it is an enforcement, complaint or anti-social behaviour case.
    let lettered = || {
        !has_word(near, THING_RECORDS)
            && group.split(['/', '-']).any(|p| {
                matches!(
                    p,
                    "ENF" | "COMP" | "CMP" | "ASB" | "SAR" | "DSAR" | "PSD" | "DISC" | "GRV"
                )
            })
    };
    // "incident log IR-2024-0817-03": a log's entry, built as a reference is (not "the
    // incident log 2023", a count or a year).
    if label.ends_with(" log") {
        return digits >= 4
            && !group.bytes().all(plain)
            && !group.bytes().any(|b| b.is_ascii_lowercase());
    }
    match label.as_str() {
        // "(reference 99-1234)", ", reference 99-1234", or after the record it belongs to.
        "reference" => {
            near.trim_end().ends_with(['(', ',']) || person_record || person_after() || lettered()
        }
        "ref" | "ref." => person_record || person_after() || lettered(),
        // A record word with no "number" or "reference" after it ("claim AV-30716",
        // "enforcement case ENF/23/0412"): the reference must look like one, not a count
        // or a year.
        // "Datix 78112", "Datix W-INC-88214": an incident's reference, digits alone too.
        // Not a year: "Datix 2019 was installed".
        l if l.starts_with("datix") => {
            digits >= 4
                && !(group.len() == 4 && (group.starts_with("19") || group.starts_with("20")))
        }
        "case" | "complaint" | "crime" | "claim" | "appeal" | "referral" | "tenancy" | "permit"
        | "incident" | "enforcement" | "enquiry" | "application" | "occurrence" | "inquest" => {
            if digits < 4
                || group.bytes().all(plain)
                || group.bytes().any(|b| b.is_ascii_lowercase())
            {
                return false;
            }
            if label == "case" {
                let court = group.len() > 2 && group.as_bytes()[1] == b'-';
                let prev = line_before(text, c_start, 12).to_ascii_lowercase();
                let prev = prev.split_whitespace().next_back().unwrap_or("");
                if court || NOT_A_PERSONS_CASE.contains(&prev) {
                    return false;
                }
            }
            true
        }
        _ => true,
    }
}

/// Words that put a person in a sentence: a title, a relation, a patient or pupil.
const PERSON_WORDS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "patient",
    "patients",
    "his",
    "her",
    "he",
    "she",
    "son",
    "daughter",
    "mother",
    "father",
    "wife",
    "husband",
    "partner",
    "child",
    "baby",
    "pupil",
    "student",
    "resident",
    "tenant",
    "service user",
    "client",
    "complainant",
    "victim",
    "deceased",
    "died",
    "family",
    "relative",
    "parent",
    "carer",
    "aged",
];

/// Does the sentence around `start..end` name a person ("the Datix for this is
/// INC-2023-14471 – patient was Mrs …")?
fn names_a_person(text: &str, start: usize, end: usize) -> bool {
    let before = line_before(text, start, 150);
    let before = before.rsplit(". ").next().unwrap_or(before);
    let after = super::line_after(text, end, 150);
    let after = after.split(". ").next().unwrap_or(after);
    has_word(before, PERSON_WORDS) || has_word(after, PERSON_WORDS)
}

/// Records of a person that a bare "reference" may follow ("case management system
/// reference CMS 24/0915").
const PERSON_RECORDS: &[&str] = &[
    "case",
    // A workplace injury's report to the HSE ("RIDDOR ref: RIDDOR-202311-0394").
    "riddor",
    // A customer's booking ("Booking ref: CS7741920").
    "booking",
    "complaint",
    "appeal",
    "referral",
    "tenancy",
    "tenant",
    "claim",
    "claimant",
    "permit",
    "enforcement",
    "safeguarding",
    "disciplinary",
    "grievance",
    "crime",
    "incident",
    "pcn",
    "penalty",
    "tribunal",
    "pupil",
    "student",
    "patient",
    "client",
    "victim",
    "offender",
];

/// Records of things, not people: a "reference" after one of these is not flagged
/// ("framework reference RM6261", "the contract's reference").
const THING_RECORDS: &[&str] = &[
    "contract",
    "framework",
    "tender",
    "procurement",
    "policy",
    "purchase",
    "order",
    "invoice",
    "project",
    "planning",
    "version",
    "section",
    "request",
    "supplier",
    // A room's or a venue's booking, not a customer's.
    "room",
    "venue",
];

/// The words before "case" that make it no person's: "use case", "test case UC-0101".
const NOT_A_PERSONS_CASE: &[&str] = &[
    "use", "test", "upper", "lower", "edge", "corner", "base", "worst", "best", "business",
    "camel", "snake", "title", "mixed", "special", "sentence", "pascal", "kebab",
];

/// A date or a year written as a reference might be: "12/03/2024", "2024-03-12",
/// "2023/24", "2023-2024".
fn date_or_year(s: &str) -> bool {
    let parts: Vec<&str> = s.split(['/', '-', '.']).collect();
    if !parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    let n: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    let year = |p: &str| p.len() == 4 && (p.starts_with("19") || p.starts_with("20"));
    match n.as_slice() {
        [4, 2] | [4, 4] => year(parts[0]),
        [1 | 2, 1 | 2, 2 | 4] => true,
        [4, 1 | 2, 1 | 2] => year(parts[0]),
        _ => false,
    }
}

/// A registration in the current format ("LK19 XRT") that could have been issued:
/// the first letter a DVLA region (no I, J, Q, T, U, X or Z), the second no I, Q or Z,
/// an age identifier of a half-year so far (02-26, 51-76: March 2002 to September
/// 2026), and three letters without I or Q.
fn current_plate(s: &str) -> bool {
    let b: Vec<u8> = s.bytes().filter(|b| *b != b' ').collect();
    let [l1, l2, d1, d2, r1, r2, r3] = b[..] else {
        return false;
    };
    let age = (d1 - b'0') * 10 + (d2 - b'0');
    b"ABCDEFGHKLMNOPRSVWY".contains(&l1)
        && !b"IQZ".contains(&l2)
        && ((2..=26).contains(&age) || (51..=76).contains(&age))
        && [r1, r2, r3].iter().all(|r| !b"IQ".contains(r))
        // A hexadecimal number ("FF26ABB"), or a model number and what it is ("CA76 CPU",
        // "FL11 USB controller").
        && ![l1, l2, r1, r2, r3].iter().all(|b| (b'A'..=b'F').contains(b))
        && !TECH_ACRONYMS.contains(&&s[s.len() - 3..])
}

/// Three capitals that follow a model number in technical text, not a registration's.
const TECH_ACRONYMS: &[&str] = &[
    "API", "BGA", "CPU", "DMA", "DDR", "DSP", "ELF", "EOF", "GPU", "HDD", "LCD", "LED", "LOC",
    "MCU", "NIC", "PCB", "PCI", "RAM", "REC", "ROM", "SDK", "SOC", "SSD", "TPM", "USB",
];

/// Is the match part of a longer token: a file name, a part number, a path
/// ("LK19XRT.txt", "AB12-CDE-01", "/AB12CDE")?
fn glued(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let before = start.checked_sub(1).map(|i| b[i]);
    let after = b.get(end).copied();
    let after2 = b.get(end + 1).copied();
    matches!(
        before,
        Some(b'-' | b'/' | b'_' | b'.' | b'#' | b'@' | b':' | b'\\' | b'=')
    ) || matches!(after, Some(b'-' | b'/' | b'_' | b'@' | b'\\' | b'='))
        || (matches!(after, Some(b'.' | b':')) && after2.is_some_and(|c| c.is_ascii_alphanumeric()))
}

/// Does the letter's greeting come next, within two lines of `at` ("…BT92 0KQ\n\nDear
/// Mr Breslin")? Then the address above it is the addressee's, not the letterhead's.
fn greeting_follows(text: &str, at: usize) -> bool {
    let rest = super::line_after(text, at, 4);
    if !rest.trim().is_empty() {
        return false;
    }
    // The first line with text, within the next three, is the greeting.
    text[at..]
        .split('\n')
        .skip(1)
        .take(3)
        .map(str::trim_start)
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.starts_with("Dear ") || l.starts_with("Annwyl "))
}

/// Does `before` end with a police rank and one to three capitalised words ("Sgt Kerry
/// Doyle", "PC Achebe", "DS Ní Bhriain")?
fn ranked_name_before(before: &str) -> bool {
    const RANKS: [&str; 10] = [
        "PC", "DC", "Sgt", "DS", "Insp", "DI", "PCSO", "Supt", "DCI", "Ch Insp",
    ];
    let words: Vec<&str> = before.split(' ').collect();
    (2..=4).any(|n| {
        n <= words.len() && {
            let tail = &words[words.len() - n..];
            RANKS.contains(&tail[0].trim_end_matches('.'))
                && tail[1..]
                    .iter()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()) && w.len() >= 2)
        }
    })
}

/// Up to 200 bytes before `at`, back to the blank line that starts its paragraph.
fn block_before(text: &str, at: usize) -> &str {
    let mut from = at.saturating_sub(200);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..at];
    window
        .rfind("\n\n")
        .or_else(|| window.rfind("\n\r\n"))
        .map_or(window, |i| &window[i + 2..])
}

/// Whether one of `words` (lowercase) stands in `hay` as a whole word with a capital
/// first letter ("Wycliffe House", not "a patient's house").
fn has_titled_word(hay: &str, words: &[&str]) -> bool {
    let b = hay.as_bytes();
    let word_byte = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80;
    (0..b.len()).any(|i| {
        b[i].is_ascii_uppercase()
            && (i == 0 || !word_byte(b[i - 1]))
            && words.iter().any(|w| {
                let w = w.as_bytes();
                b.len() - i >= w.len()
                    && b[i].to_ascii_lowercase() == w[0]
                    && b[i + 1..i + w.len()] == w[1..]
                    && !b.get(i + w.len()).is_some_and(|&c| word_byte(c))
            })
    })
}

/// Welsh words that start a street's name ("Maes y Deri", "Heol Awel").
const WELSH_STREET_WORDS: &[&str] = &[
    "Heol", "Stryd", "Ffordd", "Lôn", "Maes", "Clos", "Cilgant", "Rhodfa", "Teras", "Llys", "Parc",
    "Bryn", "Cae",
];

/// English words that end a street's name.
const STREET_TYPES: &[&str] = &[
    "Street", "Road", "Avenue", "Lane", "Close", "Grove", "Drive", "Way", "Crescent", "Court",
    "Place", "Gardens", "Terrace", "Walk", "Mews", "Row", "Square", "Hill", "Rise", "View",
    "Green", "Parade", "Vale", "Fields", "Meadows", "Drove", "Wynd", "Gardens", "Cottages",
];

/// A street named without a house number at the end of `line`, then its town:
/// "on Lidgate Crescent, Ossett " or "Maes y Deri, Llanbedr Pont Steffan ". The
/// street's start in `line`.
fn street_without_number(line: &str) -> Option<usize> {
    let body = line.trim_end().trim_end_matches(',');
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    // The town (one to three capitalised words), then ", " and the street.
    let (before, town) = body.rsplit_once(", ")?;
    let town_words: Vec<&str> = town.split(' ').collect();
    if town_words.is_empty() || town_words.len() > 3 || !town_words.iter().all(|w| capitalised(w)) {
        return None;
    }
    // The street: its last capitalised words, joined by Welsh articles.
    let words: Vec<(usize, &str)> = before
        .split(' ')
        .scan(0, |pos, w| {
            let r = (*pos, w);
            *pos += w.len() + 1;
            Some(r)
        })
        .collect();
    let mut first = words.len();
    while first > 0 {
        let w = words[first - 1].1;
        if capitalised(w) || (first < words.len() && matches!(w, "y" | "yr" | "'r")) {
            first -= 1;
        } else {
            break;
        }
    }
    let run = &words[first..];
    if run.len() < 2 || !capitalised(run[0].1) {
        return None;
    }
    let last = run[run.len() - 1].1;
    // A Welsh street word may start the run anywhere ("on Maes y Deri").
    if let Some(i) = run.iter().position(|(_, w)| WELSH_STREET_WORDS.contains(w)) {
        if i + 1 < run.len() {
            return Some(run[i].0);
        }
    }
    STREET_TYPES.contains(&last).then_some(run[0].0)
}

/// Is the line above `at` a titled name ("Mr Tobias Wren"), or the line above that
/// when a flat or a house sits between ("Mr Tobias Wren\nFlat 3, Heron Court\n27 …")?
fn titled_line_above(text: &str, at: usize) -> bool {
    let mut lines = text[..at]
        .trim_end_matches(['\n', '\r'])
        .rsplit('\n')
        .take(2);
    // ("Requester : Mr Hamza Qureshi": a field's label may stand before the title.)
    let titled = |l: &str| {
        let l = l.trim_start();
        let l = l
            .split_once(':')
            .filter(|(label, _)| {
                label.len() <= 24 && label.bytes().all(|c| c.is_ascii_alphabetic() || c == b' ')
            })
            .map_or(l, |(_, v)| v.trim_start());
        ["Mr ", "Mrs ", "Ms ", "Miss ", "Mx ", "Dr ", "Prof"]
            .iter()
            .any(|t| l.starts_with(t))
    };
    let Some(prev) = lines.next() else {
        return false;
    };
    titled(prev)
        || ["Flat ", "Apartment ", "Room ", "Unit "]
            .iter()
            .any(|f| prev.trim_start().starts_with(f))
            && lines.next().is_some_and(titled)
}

/// The NHS number's mod-11 check digit.
/// A second number of an NHS number's shape on a line labelled with one, after the
/// first: "NHS no: 485 777 3457 (shown on the letter as 485 777 3475)" – the same
/// patient's, mistyped. `before` is the text before the second number.
fn second_on_labelled_line(before: &str) -> bool {
    let line = line_before(before, before.len(), 80).to_ascii_lowercase();
    let Some(k) = ["nhs no", "nhs number", "nhs num"]
        .iter()
        .filter_map(|l| line.find(l).map(|k| k + l.len()))
        .min()
    else {
        return false;
    };
    // Exactly one number of ten digits (3-3-4, spaced or not) between the label and
    // this one, which is given as another form of it: "… as", "… or", "(", "/".
    let digits: Vec<&str> = line[k..]
        .split(|c: char| !c.is_ascii_digit() && c != ' ')
        .map(str::trim)
        .filter(|t| t.bytes().any(|b| b.is_ascii_digit()))
        .collect();
    let lead = line.trim_end();
    digits.len() == 1
        && digits[0].bytes().filter(u8::is_ascii_digit).count() == 10
        && [" as", " or", "(", "/", " also", " aka"]
            .iter()
            .any(|w| lead.ends_with(w))
}

pub(crate) fn nhs_check_digit_ok(s: &str) -> bool {
    let d: Vec<u32> = s.chars().filter_map(|c| c.to_digit(10)).collect();
    if d.len() != 10 {
        return false;
    }
    let sum: u32 = d[..9]
        .iter()
        .enumerate()
        .map(|(i, v)| v * (10 - i as u32))
        .sum();
    let check = (11 - sum % 11) % 11;
    check != 10 && check == d[9]
}

/// Where a date can start (every match starts at one, in order): a run of digits (the
/// day: "14/03/1941", "1st January 2001"), or the letters before the space before one
/// (the month: "September 21st, 2023").
fn date_starts(text: &str, cues: &CueHits) -> Vec<usize> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for &(start, _) in cues.digit_runs() {
        if start >= 2 && b[start - 1] == b' ' && b[start - 2].is_ascii_alphabetic() {
            let mut s = start - 2;
            while s > 0 && b[s - 1].is_ascii_alphabetic() {
                s -= 1;
            }
            out.push(s);
        }
        out.push(start);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The labelled-number pass looks a label up only if its last word is in
    /// `LABEL_ENDS`: a label whose last word is missing there would never be read.
    #[test]
    fn every_label_ends_with_a_listed_word() {
        for label in PERSON_NUMBER_LABELS
            .iter()
            .chain(WEAK_PERSON_LABELS)
            .chain(BARE_PERSON_WORDS)
        {
            let last = label.rsplit(' ').next().unwrap();
            assert!(LABEL_ENDS.contains(&last), "{label}");
        }
        for suffix in ["number", "no", "num", "id", "ref", "is", "was"] {
            assert!(LABEL_ENDS.contains(&suffix), "{suffix}");
        }
    }

    fn hits(text: &str) -> Vec<(&'static str, &str)> {
        let mut out = Vec::new();
        IdentifierDetector::new().find(
            text,
            &Document::parse(text),
            &crate::detect::cues::CueHits::scan(text),
            &mut out,
        );
        out.sort_by_key(|h| h.1);
        out.into_iter().map(|(d, s, e)| (d, &text[s..e])).collect()
    }

    #[test]
    fn nhs_numbers() {
        assert!(nhs_check_digit_ok("943 476 5919"));
        assert!(nhs_check_digit_ok("9908100335"));
        assert!(!nhs_check_digit_ok("5193451450"));
        assert_eq!(
            hits("(NHS number 918 096 7922,"),
            [("id.nhs", "918 096 7922")]
        );
        assert_eq!(hits("patient 934-701-7469."), [("id.nhs", "934-701-7469")]);
        assert_eq!(hits("(NHS No. 9908100335, x"), [("id.nhs", "9908100335")]);
        assert_eq!(hits("invoiced as 402 374 0954; order 5193451450"), []);
        // A failing check digit right after an NHS label: most likely mistyped.
        assert_eq!(
            hits("(NHS number: 999 123 4567) and NHS No. 9997654321, but order 999 123 4567"),
            [
                ("id.nhs_unchecked", "999 123 4567"),
                ("id.nhs_unchecked", "9997654321")
            ]
        );
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("number JM 55 21 90 A), at", &[("id.ni", "JM 55 21 90 A")]),
            ("number SX408127C) was", &[("id.ni", "SX408127C")]),
            ("date of birth 14/03/1941, of", &[("id.dob", "14/03/1941")]),
            // (A time's minutes are no house number.)
            ("PCN issued 14/05/2024 10:42, Balfour Road today.", &[]),
            (
                "my date of birth for the indemnity form is 17 February 1949. Her date of birth is withheld. The next review is 3 May 2024.",
                &[("id.dob", "17 February 1949")],
            ),
            ("(DOB 2 July 1956) waited", &[("id.dob", "2 July 1956")]),
            ("date of birth 02.11.2015, who", &[("id.dob", "02.11.2015")]),
            ("on 2 July 1956 we met", &[]),
            (
                "of 12 Acacia Grove, Kingsmere BS5 9TX) complained",
                &[("address.private", "12 Acacia Grove, Kingsmere BS5 9TX")],
            ),
            (
                "at Flat 2, 14 Heol Dewi Sant, Glanmor CF83 9TN. Following",
                &[(
                    "address.private",
                    "Flat 2, 14 Heol Dewi Sant, Glanmor CF83 9TN",
                )],
            ),
            // Accented Latin letters, and a combining accent, in the street's words.
            (
                "at 3 Pen-ỳ-Bryn Road, Bangor LL57 2AB. Following",
                &[("address.private", "3 Pen-ỳ-Bryn Road, Bangor LL57 2AB")],
            ),
            (
                "of 27 Hélène Brontë\u{301} Road, Hove BN3 1AA) complained",
                &[(
                    "address.private",
                    "27 Hélène Brontë\u{301} Road, Hove BN3 1AA",
                )],
            ),
            (
                "Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.",
                &[("address.organisation", "SK9 5AF")],
            ),
            (
                "who lives at BD7 4QX, and",
                &[("address.private", "BD7 4QX")],
            ),
            // A block of flats is no court of law; a court's own address is not private.
            (
                "Next of kin:\r\n12 Sandpiper Court\r\nHolme Road\r\nNorthwold\r\nDN14 7QL\r\n",
                &[(
                    "address.private",
                    "12 Sandpiper Court\r\nHolme Road\r\nNorthwold\r\nDN14 7QL",
                )],
            ),
            (
                "Leeds Crown Court\n1 Oxford Row\nLeeds Crown Court, 1 Oxford Row LS1 3BG",
                &[("address.organisation", "LS1 3BG")],
            ),
            ("provided by PC 4471 Daniel", &[("id.collar", "4471")]),
            (
                "the CEO on shift was Abdi Warsame (badge 2207) and",
                &[("id.collar", "2207")],
            ),
            ("Blue Badge 2023/24 figures and badge 2019 rules", &[]),
            (
                "Lead Engineer | Employee no. AV-30716",
                &[("id.staff", "AV-30716")],
            ),
            (
                "DS Imran Qureshi (collar 2291) in",
                &[("id.collar", "2291")],
            ),
            (
                "(student numbers 21044387 and 21051920) were",
                &[("id.staff", "21044387"), ("id.staff", "21051920")],
            ),
            ("Complaint reference 48213: the", &[("id.case", "48213")]),
            (
                "The case (reference CS/2023/01477) concerned",
                &[("id.case", "CS/2023/01477")],
            ),
            (
                "crime reference 14/88213/24; the",
                &[("id.case", "14/88213/24")],
            ),
            (
                "(tribunal case number 1803344/2024; x",
                &[("id.case", "1803344/2024")],
            ),
            (
                "issued PCN WX40061735 to my car",
                &[("id.case", "WX40061735")],
            ),
            (
                "issued to vehicle LD68 YHK on",
                &[("id.vehicle", "LD68 YHK")],
            ),
            ("Request reference: FOI 5521", &[]),
            ("Our ref: FOI 24-0917", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(hits(text), *want, "{text}");
        }
    }

    /// A reference in a case system's shape with no cue before it is for review: not the
    /// body's own request's, a contract's, an advisory's, a ticket's or a financial
    /// year; not one glued into a path or a longer word; nor any other use of one set
    /// aside.
    #[test]
    fn shaped_references() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The incident was logged as BSI-2024-006 and closed.",
                &[("id.ref_review", "BSI-2024-006")],
            ),
            (
                "We have not searched inquest file COR-2023-0412.",
                &[("id.ref_review", "COR-2023-0412")],
            ),
            (
                "Row: SGC/WM/2024/00218 | open\nInsurers: NP-CLM-23-1187.",
                &[
                    ("id.ref_review", "SGC/WM/2024/00218"),
                    ("id.ref_review", "NP-CLM-23-1187"),
                ],
            ),
            ("Our ref: IA/2024/3309\nDear Ms Ray,", &[]),
            ("Thank you for your request, KVMH-24-0388.", &[]),
            ("Subject: RE: FOI WT-24-0312\nSee WT-24-0312 below.", &[]),
            ("Under contract CT/2022/117 and order PO-2024-00871.", &[]),
            (
                "CVE-2024-3400 and SA-CORE-2024-001 apply; INC-24-018832 is closed.",
                &[],
            ),
            ("Budget FY-2023-24 and AB-23-24.", &[]),
            (
                "See docs/ENF/23/0412 and ENF/23/0412.pdf and ENF/23/0412-B and xENF/23/0412.",
                &[],
            ),
            ("Mixed AB-2023/0412 separators.", &[]),
            // (In a table, by its column's header.)
            (
                "Log\tDate\nDMR-INT-24-0883\t3 May\n",
                &[("id.ref_review", "DMR-INT-24-0883")],
            ),
            ("Order ref\tDate\nDMR-INT-24-0883\t3 May\n", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(hits(text), *want, "{text}");
        }
    }

    /// A flat's line or number before the street belongs to the address, and a titled
    /// name above the flat's line makes a letterhead's address the addressee's.
    #[test]
    fn flats() {
        let text = "Ravensdale Park Authority\nHQ, 1 Station Road, Kettleby YO62 9AA\n\nMr Tobias Wren\r\nFlat 3, Heron Court\r\n27 Gallows Hill Lane\r\nKettleby\r\nYO62 9LS\r\n\nDear Mr Wren,\nThe tenant of Flat 14, Attlee Court, Morrison Street, London E15 4RB wrote.\n";
        assert_eq!(
            hits(text),
            [
                ("address.organisation", "YO62 9AA"),
                (
                    "address.private",
                    "Flat 3, Heron Court\r\n27 Gallows Hill Lane\r\nKettleby\r\nYO62 9LS"
                ),
                (
                    "address.private",
                    "Flat 14, Attlee Court, Morrison Street, London E15 4RB"
                )
            ]
        );
    }

    #[test]
    fn address_across_lines() {
        let text = "Acme Council\nCivic Hall, Gordon Street\nLeeds LS1 3ED\n\nMr Tomasz Kowalczyk\n27 Moorfield Avenue\nHeadingley\nLeeds\nLS6 3QR\n\nDear Mr Kowalczyk,\n";
        assert_eq!(
            hits(text),
            [
                ("address.organisation", "LS1 3ED"),
                (
                    "address.private",
                    "27 Moorfield Avenue\nHeadingley\nLeeds\nLS6 3QR"
                )
            ]
        );
    }

    #[test]
    fn payroll_column() {
        let text = "Intro line that is long enough to be prose and not any kind of letterhead at all, clearly, for the test.\nCase\tStaff member\tPayroll no.\tRole\nDI-2023-014\tJosé Núñez\t30117842\tSupervisor\n";
        assert_eq!(
            hits(text),
            [("id.case", "DI-2023-014"), ("id.staff", "30117842")]
        );
    }

    const PROSE: &str = "Intro line that is long enough to be prose and not any kind of letterhead at all, clearly, for the test.\n";

    /// Tables whose headers name a person's identifier: every value with a digit in
    /// their columns; tables about things: nothing.
    #[test]
    fn person_tables() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "VRM\tDate\tStreet\nLK19 XRT\t3 May 2024\tHigh Street\nBD51 SMR\t4 May 2024\tMill Lane\n",
                &[("id.vehicle", "LK19 XRT"), ("id.vehicle", "BD51 SMR")],
            ),
            (
                "| PCN number | Vehicle registration | Amount £ |\n|---|---|---|\n| WX40061735 | LC19 ZRT | 70 |\n",
                &[("id.case", "WX40061735"), ("id.vehicle", "LC19 ZRT")],
            ),
            (
                "| Case ref | Pupil number | Ref | Outcome |\n| --- | --- | --- | --- |\n| HR/23/0418 | K801200312045 | R-22 | Upheld |\n",
                &[
                    ("id.case", "HR/23/0418"),
                    ("id.staff", "K801200312045"),
                    ("id.table", "R-22"),
                ],
            ),
            (
                "Employee ID\tName\tGrade\tNumber of days absent\nE40981\tJo Bloggs\tBand 5\t12\n",
                &[("id.staff", "E40981")],
            ),
            (
                "Collar number\tBadge\tWarrant number\tStudent number\n4471\tB-221\t99887\t21044387\n",
                &[
                    ("id.collar", "4471"),
                    ("id.staff", "B-221"),
                    ("id.collar", "99887"),
                    ("id.staff", "21044387"),
                ],
            ),
            // The table ends at the first line that is no row.
            (
                "VRM\tDate\nLK19 XRT\t3 May\n\nSee AB 2024\tand 12\n",
                &[("id.vehicle", "LK19 XRT")],
            ),
            // Tables about things, counts, and names of people are no identifiers.
            (
                "| Contract reference | Supplier | Value £ |\n|---|---|---|\n| CR-2023-0041 | Acme Ltd | 12,000 |\n",
                &[],
            ),
            ("Policy number\tTitle\nIG-004\tRecords policy\n", &[]),
            // (A table of things: its asset IDs are no one's; its Model column, in a
            // table about IT, holds devices'.)
            (
                "Asset ID\tModel\tOS\nA00123\tLatitude 5420\tWin 11\n",
                &[("device.table_model", "Latitude 5420")],
            ),
            ("Number of staff\tSite\n412\tLeeds\n", &[]),
            ("Pupil numbers\tYear\n1,146\t2023\n", &[]),
            ("Staff member\tRole\nJo Bloggs 2\tBand 5\n", &[]),
            ("Case\tRef\tYear\nC-1\tR-2\t2024\n", &[]),
        ];
        for (table, want) in cases {
            let text = format!("{PROSE}{table}");
            assert_eq!(hits(&text), *want, "{table}");
        }
    }

    /// References after a record of a person; not the body's own FOI reference, a
    /// contract's, a date, a standard or a use case.
    #[test]
    fn case_references() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "the enforcement case ENF/23/0412 was closed",
                &[("id.case", "ENF/23/0412")],
            ),
            (
                "his disciplinary case HR/23/0418 and",
                &[("id.case", "HR/23/0418")],
            ),
            (
                "appeal reference APP/24/0117 was",
                &[("id.case", "APP/24/0117")],
            ),
            (
                "(complaint ref CE/2024/00781)",
                &[("id.case", "CE/2024/00781")],
            ),
            (
                "tenancy reference TEN/0098124,",
                &[("id.case", "TEN/0098124")],
            ),
            (
                "a safeguarding referral SG-23-1187 was",
                &[("id.case", "SG-23-1187")],
            ),
            (
                "the case management system reference CMS 24/0915 holds",
                &[("id.case", "CMS 24/0915")],
            ),
            ("settled claim AV-30716 in", &[("id.case", "AV-30716")]),
            (
                "permit RP\u{2011}0047713 was",
                &[("id.case", "RP\u{2011}0047713")],
            ),
            ("Mosaic ID 2284791 shows", &[("id.staff", "2284791")]),
            (
                "pupil number K801200312045.",
                &[("id.staff", "K801200312045")],
            ),
            ("incident INC0012345 was", &[("id.case", "INC0012345")]),
            // Two groups of letters.
            (
                "Annex B – example case timeline (case ref HSG/DM/2023/08812)",
                &[("id.case", "HSG/DM/2023/08812")],
            ),
            (
                "the safeguarding case SG-2024-00417 is open",
                &[("id.case", "SG-2024-00417")],
            ),
            // Datix: high with a person in the sentence, for review without.
            (
                "the Datix for this is INC-2023-14471 – patient was Mrs Shah",
                &[("id.case", "INC-2023-14471")],
            ),
            (
                "The incident (Datix W-INC-88214) was reviewed.",
                &[("id.case_review", "W-INC-88214")],
            ),
            (
                "Datix 78112 refers. His family were told.",
                &[("id.case_review", "78112")],
            ),
            (
                "her fall was logged as Datix ref 44123.",
                &[("id.case", "44123")],
            ),
            (
                "Datix since 2019, Datix 14.1, Datix for 123 wards, Datix 2019",
                &[],
            ),
            // FOI requests' own references.
            (
                "Thank you for your FOI request of 3 May 2025, reference KVMH-24-0388.",
                &[],
            ),
            (
                "We received your request on 3 May, reference KVMH-24-0388.",
                &[],
            ),
            ("Our ref: FOI-25-118 and FOI/2025/0412.", &[]),
            ("Our ref: FOI/2024/0562", &[]),
            ("FOI reference: KDC/FOI/24/0562", &[]),
            ("Your ref: CE/2024/00781", &[]),
            ("Request 24-0193 asked", &[]),
            ("Ref: 25/3019", &[]),
            ("under framework reference RM6261", &[]),
            ("the contract (ref RM6261) ends", &[]),
            ("section 40(2) and ISO 27001 apply", &[]),
            ("the case reference ISO 27001 applies", &[]),
            ("the case opened 12/03/2024", &[]),
            ("the claim 2023/24 and the appeal 2024", &[]),
            ("the use case UC-0101 and test case TC-0042", &[]),
            ("Case C-311/18 (Schrems II)", &[]),
            ("an error case (CVE-2025-68782)", &[]),
            ("a real-lock case (e4556fc Azat)", &[]),
            ("(ref: 68becb1) and (ref 2675)", &[]),
            ("REFERS 1234 to", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(hits(text), *want, "{text}");
        }
    }

    /// A registration with no cue: the current format only, with an age code already
    /// issued, standing on its own.
    #[test]
    fn registrations_without_a_cue() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "LK19 XRT was seen twice",
                &[("id.vehicle_uncued", "LK19 XRT")],
            ),
            (
                "then YA68NBF and BD51 SMR.",
                &[
                    ("id.vehicle_uncued", "YA68NBF"),
                    ("id.vehicle_uncued", "BD51 SMR"),
                ],
            ),
            (
                "from 02 to 26: LK02 XRT, LK26 XRT, LK51 XRT, LK76 XRT",
                &[
                    ("id.vehicle_uncued", "LK02 XRT"),
                    ("id.vehicle_uncued", "LK26 XRT"),
                    ("id.vehicle_uncued", "LK51 XRT"),
                    ("id.vehicle_uncued", "LK76 XRT"),
                ],
            ),
            // Ages not yet issued, letters never used, hexadecimal, model numbers, tokens.
            ("LK01 XRT LK27 XRT LK50 XRT LK77 XRT LK99 XRT", &[]),
            ("IA19 XRT ZA19 XRT LZ19 XRT LQ19 XRT LK19 XQT", &[]),
            ("value FF26ABB and DE12 FAB", &[]),
            ("secondary CA76 CPU cores; FL11 USB", &[]),
            ("LK19XRT.txt, AB12-CDE-01, /LK19XRT, id=LK19XRT", &[]),
            // A cue makes it high.
            ("the car LK19 XRT was", &[("id.vehicle", "LK19 XRT")]),
        ];
        for (text, want) in cases {
            assert_eq!(hits(text), *want, "{text}");
        }
    }

    /// Pupils' numbers (UPN): after their name, or with a right check letter, high; a
    /// letter and twelve digits alone, for review. Learners' numbers (ULN) after their
    /// name only.
    #[test]
    fn pupil_and_learner_numbers() {
        assert!(upn_check_letter_ok("B801200005001"));
        assert!(upn_check_letter_ok("P207000016049"));
        assert!(!upn_check_letter_ok("A801200005001"));
        assert!(!upn_check_letter_ok("B207000016049"));
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "whose son Kacper (UPN K823400124016, date of birth 14/03/2012)",
                &[("id.upn", "K823400124016"), ("id.dob", "14/03/2012")],
            ),
            (
                "Unique pupil number: K823400124016.",
                &[("id.staff", "K823400124016")],
            ),
            ("former UPN H80120000012B", &[("id.upn", "H80120000012B")]),
            (
                "Admitted B801200005001 in May",
                &[("id.upn", "B801200005001")],
            ),
            (
                "Admitted K823400124016 in May",
                &[("id.upn_uncued", "K823400124016")],
            ),
            // Already the pupil number's: found once.
            (
                "pupil number K801200312045.",
                &[("id.staff", "K801200312045")],
            ),
            (
                "the apprentice (ULN 4813927560) withdrew",
                &[("id.uln", "4813927560")],
            ),
            (
                "Unique Learner Number 9434765919 for",
                &[("id.uln", "9434765919")],
            ),
            (
                "| Name | UPN |\n|---|---|\n| Jo | K823400124016 |\n",
                &[("id.staff", "K823400124016")],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(hits(text), *want, "{text}");
        }
        for text in [
            "Serial I823400124016, O823400124016 and S823400124016.",
            "Hashes AK823400124016, K823400124016X, K8234001240167, x-K823400124016, K823400124016.txt",
            "Temporary H80120000012B, 4813927560 alone, learner of 2024 4813927560x",
            "pupil K82340012401 and K82340012401B",
        ] {
            assert_eq!(hits(text), vec![], "{text}");
        }
    }

    #[test]
    fn example_ni_numbers() {
        assert_eq!(
            hits("NI number QQ 12 34 56 C."),
            [("id.ni_example", "QQ 12 34 56 C")]
        );
        assert_eq!(
            hits("QQ123456A and JM 55 21 90 A"),
            [("id.ni_example", "QQ123456A"), ("id.ni", "JM 55 21 90 A")]
        );
        assert_eq!(hits("QA 12 34 56 C, QQ 12 34 56 E"), []);
    }

    #[test]
    fn dates_and_years() {
        for s in ["12/03/2024", "2024-03-12", "2023/24", "2023-2024", "1.2.24"] {
            assert!(date_or_year(s), "{s}");
        }
        for s in [
            "14/88213/24",
            "1803344/2024",
            "ENF/23/0412",
            "2675/24",
            "CS/2023/01477",
        ] {
            assert!(!date_or_year(s), "{s}");
        }
    }
}

#[cfg(test)]
mod cued {
    use crate::detect::cues::Cue;

    /// Digits in every shape the digit-led patterns take, at the edges of the text.
    const DIGITS: &str = "943 476 5919 and 943-476-5919x, AB 12 34 56 C; SX408127C. \
        Born 14/03/1941, 1st January 2001, September 21st, 2023, Septemberish 3 2020, \
        SW1A 1AA, GIR 0AA, M1 1AE. LD68 YHK and LD68YHK; 4010 1234 56\nCF10 3NQ";

    #[test]
    fn cued_patterns_find_what_a_whole_text_search_finds() {
        let d = super::IdentifierDetector::new();
        let corpus = crate::detect::test_corpus(200_000);
        for text in [crate::detect::network::cued::TRICKY, DIGITS, &corpus] {
            d.nhs.assert_windows_agree(text);
            d.ni.assert_windows_agree(text);
            d.postcode.assert_windows_agree(text);
            d.vehicle.assert_windows_agree(text);
            let cues = crate::detect::cues::CueHits::scan(text);
            d.date
                .assert_starts_agree(text, &super::date_starts(text, &cues));
            d.collar.assert_whole_text_agrees(Cue::Collar, text);
            d.numbered.assert_whole_text_agrees(Cue::Numbered, text);
            d.case_ref.assert_whole_text_agrees(Cue::CaseRef, text);
        }
    }

    /// See `detect::EVERY_PATTERN`.
    #[test]
    fn the_every_pattern_file_needs_every_pattern() {
        let d = super::IdentifierDetector::new();
        crate::detect::cues::assert_every_pattern_needed(
            |text, doc, cues| d.find(text, doc, cues, &mut Vec::new()),
            &[
                &d.nhs,
                &d.ni,
                &d.date,
                &d.postcode,
                &d.street,
                &d.collar,
                &d.numbered,
                &d.case_ref,
                &d.vehicle,
            ],
        );
    }

    proptest::proptest! {
        /// Any text of the pieces dates are made of: the starts miss no match.
        #[test]
        fn date_starts_miss_no_match(text in crate::detect::texts_of(&[
            "12", "3", "2020", "19", "/", ".", "-", " ", ", ", "st", "Jan", "sept", "ember",
            "x", "é", "_",
        ], 30)) {
            let d = super::IdentifierDetector::new();
            let cues = crate::detect::cues::CueHits::scan(&text);
            d.date.assert_starts_agree(&text, &super::date_starts(&text, &cues));
        }
    }
}
