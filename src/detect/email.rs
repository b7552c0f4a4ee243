//! Email addresses, and whether each names a person or a team.

use super::WordList;
use super::{is_alnum, is_letter};

/// How an address's local part reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MailboxClass {
    /// `foi@`, `pals@`, `xyz-tr.foiadmin@`, `network-team@`.
    Role,
    /// `first.last@`, `j.smith@`, `first_last@`, `flast@` where the rest is a surname.
    Personal,
    /// Could be either.
    Unclear,
}

pub(crate) struct EmailDetector {
    role_words: WordList,
}

fn is_local_char(c: char) -> bool {
    is_alnum(c) || matches!(c, '.' | '_' | '%' | '+' | '\'' | '-')
}

/// The address around the `@` at byte `at`, if it is one.
fn address_around(text: &str, bytes: &[u8], at: usize) -> Option<(usize, usize)> {
    // Local part: back over allowed characters (at most 64), then trim leading punctuation.
    let mut start = at;
    for (n, (i, c)) in text[..at].char_indices().rev().enumerate() {
        if n >= 64 || !is_local_char(c) {
            break;
        }
        start = i;
    }
    while start < at && !text[start..].starts_with(|c: char| is_alnum(c)) {
        start += text[start..].chars().next().map_or(1, char::len_utf8);
    }
    if start == at || text[start..at].ends_with('.') {
        return None;
    }
    // A URL's user and password ("postgres://app:Secret1@db01…"): the password before "@"
    // is no mailbox's local part.
    if let Some(pre) = text[..start].strip_suffix(':') {
        // (The last 256 bytes at most: a line of "a:b@" with no space would be walked
        // back to its start at every "@".)
        let pre = super::line_before(pre, pre.len(), 256);
        let token = pre.rsplit(char::is_whitespace).next().unwrap_or(pre);
        if token.contains("://") {
            return None;
        }
    }
    // Domain: labels of letters, digits and hyphens separated by dots.
    let mut end = at + 1;
    while end < bytes.len() && end - at < 255 {
        let c = text[end..].chars().next()?;
        if is_alnum(c) || c == '-' || c == '.' {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    let mut domain = &text[at + 1..end];
    domain = domain.trim_end_matches(['.', '-']);
    let end = at + 1 + domain.len();
    let tld = domain.rsplit('.').next()?;
    if !domain.contains('.')
        || domain.contains("..")
        || !(2..=24).contains(&tld.len())
        || !tld.chars().all(|c| c.is_ascii_alphabetic())
    {
        return None;
    }
    if domain
        .split('.')
        .any(|l| l.is_empty() || l.starts_with('-') || l.ends_with('-'))
    {
        return None;
    }
    Some((start, end))
}

/// An address written to dodge harvesters: "j.smith [at] hartmoor.gov.uk", "jsmith
/// (at) example (dot) com", "jsmith at example dot com". The span covers it whole; the
/// local part, up to the third number (where its marker starts), is what
/// [`EmailDetector::classify`] reads. A plain " at " only before a
/// domain spelt with "dot", or a real domain after a local part with a dot, underscore
/// or digit ("j.smith at hartmoor.gov.uk"): not "meet at noon" nor "Sam at Leeds.gov.uk".
pub(crate) fn find_obfuscated(text: &str) -> Vec<(usize, usize, usize)> {
    const ATS: [&str; 6] = [" [at] ", " (at) ", "[at]", "(at)", " {at} ", " at "];
    const DOTS: [&str; 7] = [
        " [dot] ", " (dot) ", "[dot]", "(dot)", " dot ", " {dot} ", ".",
    ];
    let b = text.as_bytes();
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    // (Most drafts have none: one search for the marker's "at", then the shapes.)
    for k in memchr::memmem::find_iter(b, b"at") {
        // (Most "at"s are inside a word: a marker's "at" has a space or bracket before
        // it and after it.)
        if k == 0
            || !matches!(b[k - 1], b' ' | b'[' | b'(' | b'{')
            || !matches!(b.get(k + 2), Some(b' ' | b']' | b')' | b'}'))
        {
            continue;
        }
        let Some(&marker) = ATS.iter().find(|m| {
            let off = m.find("at").unwrap_or(0);
            k >= off && text.get(k - off..).is_some_and(|r| r.starts_with(**m))
        }) else {
            continue;
        };
        let ms = k - marker.find("at").unwrap_or(0);
        let me = ms + marker.len();
        if out.last().is_some_and(|&(_, e, _)| ms < e) {
            continue;
        }
        // The local part, back from the marker.
        let mut ls = ms;
        while ls > 0
            && (b[ls - 1].is_ascii_alphanumeric() || matches!(b[ls - 1], b'.' | b'_' | b'-' | b'+'))
        {
            ls -= 1;
        }
        while ls < ms && !b[ls].is_ascii_alphanumeric() {
            ls += 1;
        }
        if ls == ms || ms - ls > 64 || b[ms - 1] == b'.' {
            continue;
        }
        // The domain: labels joined by a dot, spelt or not.
        let mut end = me;
        let mut labels = 0;
        let mut spelt = false;
        let mut last = (me, me);
        loop {
            let ls2 = end;
            while end < b.len() && (b[end].is_ascii_alphanumeric() || b[end] == b'-') {
                end += 1;
            }
            if end == ls2 {
                end = last.1;
                break;
            }
            labels += 1;
            last = (ls2, end);
            let Some(dot) = DOTS.iter().find(|d| text[end..].starts_with(**d)) else {
                break;
            };
            let next = end + dot.len();
            if !b.get(next).is_some_and(u8::is_ascii_alphanumeric) {
                break;
            }
            spelt |= *dot != ".";
            end = next;
        }
        let tld = &text[last.0..last.1];
        let plain = marker == " at ";
        let local = &text[ls..ms];
        // (A website is no mailbox: "2023–2026 at www.dunmoor.gov.uk/…".)
        if labels < 2
            || !local.bytes().any(|c| c.is_ascii_alphabetic())
            || text[me..].starts_with("www")
            || b.get(end) == Some(&b'/')
            || !(2..=6).contains(&tld.len())
            || !tld.bytes().all(|c| c.is_ascii_lowercase())
            || plain
                && !spelt
                && !local
                    .bytes()
                    .any(|c| matches!(c, b'.' | b'_') || c.is_ascii_digit())
            || plain && !local.bytes().all(|c| !c.is_ascii_uppercase())
        {
            continue;
        }
        out.push((ls, end, ms));
    }
    out
}

impl EmailDetector {
    #[inline(never)]
    pub(crate) fn new() -> EmailDetector {
        EmailDetector {
            role_words: WordList::from_source(include_str!("../rules/personal/role_mailboxes.txt")),
        }
    }

    /// Byte spans of every address in `text`: each `@` expanded left over the local
    /// part and right over the domain (linear, and cheaper than one big Unicode regex).
    pub(crate) fn find<'t>(&'t self, text: &'t str) -> impl Iterator<Item = (usize, usize)> + 't {
        let bytes = text.as_bytes();
        let mut from = 0;
        std::iter::from_fn(move || {
            while let Some(i) = text[from..].find('@') {
                let at = from + i;
                from = at + 1;
                if let Some(span) = address_around(text, bytes, at) {
                    from = span.1;
                    return Some(span);
                }
            }
            None
        })
    }

    /// Classify a local part, given a test for name words.
    pub(crate) fn classify(&self, local: &str, is_name: impl Fn(&str) -> bool) -> MailboxClass {
        // A plus-tag (`jane.smith+foi`) says nothing about whose mailbox it is.
        let local = local.split('+').next().unwrap_or(local);
        let lower = local.to_lowercase();
        // NHSmail names a shared mailbox by its organisation's code and "-tr."
        // ("cth-tr.pathologyit@", "rx1-tr.foi@"); a person's is first.last.
        if lower.split_once('.').is_some_and(|(org, rest)| {
            org.strip_suffix("-tr").is_some_and(|code| {
                (2..=5).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_alphanumeric())
            }) && !rest.is_empty()
        }) {
            return MailboxClass::Role;
        }
        let tokens: Vec<&str> = lower
            .split(|c: char| !is_letter(c))
            .filter(|t| !t.is_empty())
            .collect();
        // A pattern, not a mailbox: "cllr.surname@", "firstname.lastname@".
        if tokens.iter().any(|t| {
            matches!(
                *t,
                "surname" | "firstname" | "forename" | "lastname" | "givenname" | "initial"
            )
        }) {
            return MailboxClass::Role;
        }
        let role: Vec<bool> = tokens.iter().map(|t| self.is_role_token(t)).collect();
        if role.iter().any(|&r| r) {
            // A person's name beside a team's word ("jane.finance", "j.smith.payroll"):
            // perhaps a person's mailbox in that team, for review.
            // (Or initials and a surname: "tjmorrison.news"; initials without a vowel,
            // so that a word is not read so: "estates" is no "e" and "states".)
            let initials_and_name = |t: &str| {
                t.is_ascii()
                    && t.len() > 5
                    && initials_then_name(t, &is_name, |i| {
                        !i.contains(['a', 'e', 'i', 'o', 'u', 'y'])
                    })
            };
            let named = tokens
                .iter()
                .zip(&role)
                .any(|(t, &r)| !r && t.len() > 2 && (is_name(t) || initials_and_name(t)));
            return if named {
                MailboxClass::Unclear
            } else {
                MailboxClass::Role
            };
        }
        match tokens.as_slice() {
            [] => MailboxClass::Unclear,
            [one] => {
                if is_name(one) && one.len() > 2 {
                    return MailboxClass::Personal;
                }
                // flast@, fmlast@: one or two initials then a surname.
                if initials_then_name(one, &is_name, |_| true) {
                    return MailboxClass::Personal;
                }
                MailboxClass::Unclear
            }
            // first.last, j.smith, first_last, first.m.last: separated parts that are not team words.
            _ => MailboxClass::Personal,
        }
    }

    /// A token made wholly of role words ("foi", "foiadmin", "informationgovernance").
    pub(crate) fn is_role_token(&self, token: &str) -> bool {
        fn segment(list: &WordList, t: &str, depth: usize) -> bool {
            if t.is_empty() {
                return true;
            }
            if depth > 4 {
                return false;
            }
            // ("of" and "and" only join two words: "freedomofinformation",
            // "healthandsafety".)
            (2..=t.len().min(24)).rev().any(|n| {
                t.is_char_boundary(n)
                    && (list.contains(&t[..n])
                        || depth > 0 && n < t.len() && matches!(&t[..n], "of" | "and"))
                    && segment(list, &t[n..], depth + 1)
            })
        }
        segment(&self.role_words, token, 0)
    }
}

/// A mailbox's token of one or two initials, then a surname of three letters or more
/// ("jsmith", "tjmorrison"), the initials being ones `initials_ok` accepts.
fn initials_then_name(
    t: &str,
    is_name: &impl Fn(&str) -> bool,
    initials_ok: impl Fn(&str) -> bool,
) -> bool {
    let chars: Vec<char> = t.chars().collect();
    (1..=2).any(|skip| {
        chars.len() > skip + 2 && {
            let initials: String = chars[..skip].iter().collect();
            let rest: String = chars[skip..].iter().collect();
            initials_ok(&initials) && is_name(&rest)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(w: &str) -> bool {
        ["smith", "jane", "kowalczyk", "whitlock", "eze"].contains(&w)
    }

    #[test]
    fn classes() {
        let d = EmailDetector::new();
        let cases = [
            ("foi", MailboxClass::Role),
            ("mtw-tr.foiadmin", MailboxClass::Role),
            ("lth-tr.foi", MailboxClass::Role),
            ("cth-tr.pathologyit", MailboxClass::Role),
            ("rx1-tr.servicedesk", MailboxClass::Role),
            ("jane-tr", MailboxClass::Personal),
            ("tjsmith.news", MailboxClass::Unclear),
            ("headofit", MailboxClass::Role),
            ("information.compliance", MailboxClass::Role),
            ("freedom.of.information", MailboxClass::Role),
            ("network-team", MailboxClass::Role),
            ("rhyddid.gwybodaeth", MailboxClass::Role),
            ("esht.procurement", MailboxClass::Role),
            ("clerk", MailboxClass::Role),
            ("chief.executive", MailboxClass::Role),
            ("infosec", MailboxClass::Role),
            ("inforights", MailboxClass::Role),
            // A pattern, not an address: "cllr.surname@".
            ("cllr.surname", MailboxClass::Role),
            ("firstname.lastname", MailboxClass::Role),
            ("and1000", MailboxClass::Unclear),
            ("psd", MailboxClass::Role),
            ("jane.smith", MailboxClass::Personal),
            ("j.smith", MailboxClass::Personal),
            ("jane_smith", MailboxClass::Personal),
            ("t.kowalczyk84", MailboxClass::Personal),
            ("jsmith", MailboxClass::Personal),
            ("smith", MailboxClass::Personal),
            ("zxq", MailboxClass::Unclear),
            ("postlethwaite.a", MailboxClass::Personal),
            // A person's name beside a team's word: for review; team words run together.
            ("jane.finance", MailboxClass::Unclear),
            ("j.smith.payroll", MailboxClass::Unclear),
            ("tradingstandards", MailboxClass::Role),
            ("patient.experience", MailboxClass::Role),
            ("freedomofinformation", MailboxClass::Role),
            ("homesafety", MailboxClass::Role),
            ("contactus", MailboxClass::Role),
            // ("of" joins, never stands: "of" and "ofinformation" are no team's.)
            ("of", MailboxClass::Unclear),
            ("ofinformation", MailboxClass::Unclear),
            ("informationof", MailboxClass::Unclear),
        ];
        for (local, want) in cases {
            assert_eq!(d.classify(local, names), want, "{local}");
        }
    }

    #[test]
    fn spans() {
        let d = EmailDetector::new();
        let text = "Mail <jane.smith+foi@sub.example.co.uk>, or x@y.museum.";
        let found: Vec<&str> = d.find(text).map(|(s, e)| &text[s..e]).collect();
        assert_eq!(found, ["jane.smith+foi@sub.example.co.uk", "x@y.museum"]);
    }
}
