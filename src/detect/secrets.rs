//! Secrets that the password cues do not reach: codes that open doors, key safes and
//! alarms; passwords inside URLs and `key=value` settings; a username and password
//! written "admin / P@ssw0rd1"; a table's password column; and keys and tokens known by
//! their own shape (a private key block, a JSON Web Token, a Slack webhook, a bcrypt
//! hash, the prefixes of well-known API keys). Called from the network detector's
//! credential pass.

use super::is_alnum;
use super::{has_word, line_after, line_before};

/// One detection: the detector name and the span.
type Hit = (&'static str, usize, usize);

/// Words that name a code which opens something. A code after one of these, in the
/// same clause, is a secret ("the key safe at the depot is 2719", "keypad (code
/// C4691X)", "combination of 36-12-58").
const ACCESS_CUES: &[&str] = &[
    "key safe",
    "keysafe",
    "key-safe",
    "door code",
    "door entry code",
    "entry code",
    "keypad code",
    "keypad",
    "access code",
    "alarm code",
    "gate code",
    "lockbox",
    "lock box",
    "combination",
    "immobiliser code",
    "master code",
    "barrier code",
    "unlock code",
    "override code",
    "bypass code",
    "engineer code",
    "engineer's code",
];

/// A bare "code" is an access code only in a sentence about getting in somewhere
/// ("The appliance bay doors open with a fob or with the code 9911"); not a cost code,
/// a sort code or an error code.
const ENTRY_WORDS: &[&str] = &[
    "door",
    "doors",
    "gate",
    "gates",
    "entry",
    "entrance",
    "keypad",
    "lock",
    "locked",
    "unlock",
    "opens",
    "open",
    "access",
    "alarm",
    "barrier",
    "lockbox",
    "safe",
    "cabinet",
    "store",
    "locker",
    "lockers",
    "plant room",
    "key safe",
    "keysafe",
];

/// Words before "code" that make it some other code ("sort code 20-45-77", "cost code
/// 4471", "error code 1603").
const NOT_ACCESS_CODES: &[&str] = &[
    "sort",
    "cost",
    "error",
    "area",
    "dialling",
    "post",
    "tax",
    "product",
    "discount",
    "course",
    "budget",
    "ledger",
    "gl",
    "activity",
    "cpv",
    "nominal",
    "procedure",
    "diagnosis",
    "status",
    "exit",
    "return",
    "sic",
    "ods",
    "practice",
    "finance",
    "account",
    "voucher",
    "promo",
    "promotional",
    "qr",
    "bar",
    "source",
    "country",
    "language",
    "subjective",
    "objective",
    "analysis",
    "expenditure",
    "reference",
];

/// Is `t` shaped like a code that opens something: 3 to 10 digits, maybe split by "-",
/// "#", "*" or single spaces, maybe opening or closing with "*" or "#" ("2719", "*2580#",
/// "4#2#7#1", "9-4-2-0", "36-12-58", "1 9 8 4"); or 4 to 8 capitals and digits with at
/// least two digits ("C4691X").
fn code_shape(t: &str) -> bool {
    let b = t.as_bytes();
    let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
    if b.is_empty() || digits == 0 {
        return false;
    }
    if b.iter()
        .all(|&c| c.is_ascii_digit() || matches!(c, b'-' | b'#' | b'*' | b' '))
    {
        // Not a date, a time's digits or a year.
        let inner = t.trim_matches(['*', '#']);
        let year = inner.len() == 4
            && (inner.starts_with("19") || inner.starts_with("20"))
            && t.len() == 4;
        // Digits alone: four to eight of them ("2719"; not "150 staff").
        let plain = b.iter().all(u8::is_ascii_digit);
        return (3..=10).contains(&digits)
            && (!plain || (4..=8).contains(&digits))
            && inner.starts_with(|c: char| c.is_ascii_digit())
            && inner.ends_with(|c: char| c.is_ascii_digit())
            && !inner.contains("  ")
            && !inner.contains("--")
            && !year;
    }
    (4..=8).contains(&b.len())
        && digits >= 2
        && b.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// The clause after `at` on its line, up to `max` bytes: it ends at ";" or at ". ".
fn clause_after(text: &str, at: usize, max: usize) -> &str {
    let w = line_after(text, at, max);
    let end = [w.find(". "), w.find(';'), w.strip_suffix('.').map(str::len)]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(w.len());
    &w[..end]
}

/// The first code-shaped value in `window` (which starts at `base`), among its first
/// `tokens` words, straight after the cue or after a word that leads to a value ("is",
/// "was changed to", "of", "code", or a colon): spaced single digits ("1 9 8 4") are read
/// as one. (Not "changed after PC 4417 left".)
fn first_code(base: usize, window: &str, tokens: usize) -> Option<(usize, usize)> {
    const LEADS: &[&str] = &[
        "is", "was", "to", "of", "code", "are", "now", "be", "number", "no", "still",
    ];
    let b = window.as_bytes();
    let mut i = 0;
    let mut seen = 0;
    let mut prev: &str = "";
    while i < b.len() && seen < tokens {
        let mut colon = false;
        while i < b.len() && matches!(b[i], b' ' | b'(' | b':' | b'"' | b'\'' | b',' | b'[') {
            colon |= b[i] == b':';
            i += 1;
        }
        // UTF-8 quotes (‘ “) before a value.
        if b[i..].starts_with("‘".as_bytes()) || b[i..].starts_with("“".as_bytes()) {
            i += 3;
            continue;
        }
        let s = i;
        while i < b.len() && !matches!(b[i], b' ' | b')' | b']' | b',' | b'"' | b'\'' | b';') {
            if b[i..].starts_with("’".as_bytes()) || b[i..].starts_with("”".as_bytes()) {
                break;
            }
            // (A whole character at a time: `i` stays on a character boundary.)
            i += utf8_len(b[i]);
        }
        let mut e = i;
        // Single digits spaced out ("0 0 9 1").
        if e == s + 1 && b[s].is_ascii_digit() {
            while e + 1 < b.len()
                && b[e] == b' '
                && b[e + 1].is_ascii_digit()
                && !b.get(e + 2).is_some_and(u8::is_ascii_alphanumeric)
            {
                e += 2;
            }
            i = e;
        }
        let t = window[s..e].trim_end_matches(['.', ':', '!', '?']);
        if !t.is_empty() {
            let led = seen == 0 || colon || LEADS.iter().any(|l| prev.eq_ignore_ascii_case(l));
            seen += 1;
            // Not a count ("4 digits", "2 hours") nor a time.
            let next = window[s + t.len()..].trim_start();
            let unit = [
                "digit", "hour", "day", "minute", "week", "month", "times", "%",
            ]
            .iter()
            .any(|u| next.starts_with(u));
            if led && code_shape(t) && !unit && !t.contains(':') {
                return Some((base + s, base + s + t.len()));
            }
            prev = t;
        }
        if i == s {
            // (An empty word at the window's end: nothing more to read.)
            let Some(&lead) = b.get(i) else {
                break;
            };
            i += utf8_len(lead);
        }
    }
    None
}

/// The length of the UTF-8 character that starts with byte `lead`.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

fn word_bounded(text: &str, s: usize, e: usize) -> bool {
    let b = text.as_bytes();
    let before = s > 0 && b[s - 1].is_ascii_alphanumeric();
    !before && !b.get(e).is_some_and(u8::is_ascii_alphanumeric)
}

/// The access cue that ends with the cue word at `at` (`Cue::Access`: "code", "safe",
/// "keypad"…): its end, and whether it is "code" alone. Tried longest first, as one
/// leftmost-longest automaton over `ACCESS_CUES` and "code" would.
fn access_cue_at(text: &str, at: usize) -> Option<(usize, bool)> {
    let b = text.as_bytes();
    let word_end = at
        + b[at..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
    let word = &text[at..word_end];
    let mut best: Option<usize> = None;
    for cue in ACCESS_CUES {
        // The cue's last word is this one; the rest stands just before it.
        let last_start = cue.rfind([' ', '-']).map_or(0, |i| i + 1);
        if !cue[last_start..].eq_ignore_ascii_case(word) {
            continue;
        }
        let head = &cue[..last_start];
        let Some(s) = at.checked_sub(head.len()) else {
            continue;
        };
        if text.is_char_boundary(s)
            && text[s..at].eq_ignore_ascii_case(head)
            && word_bounded(text, s, word_end)
        {
            best = Some(best.map_or(s, |b: usize| b.min(s)));
        }
    }
    match best {
        Some(_) => Some((word_end, false)),
        None if word.eq_ignore_ascii_case("code") && word_bounded(text, at, word_end) => {
            Some((word_end, true))
        }
        None => None,
    }
}

/// Codes that open a door, a key safe, a lockbox, an alarm or a safe, after the cue
/// words the word pass noted (`starts`: where "code", "safe", "keypad"… start).
pub(crate) fn find_access_codes(text: &str, starts: &[usize], out: &mut Vec<Hit>) {
    let mut taken = crate::detect::Taken::new(out);
    for &at in starts {
        let Some((e, bare)) = access_cue_at(text, at) else {
            continue;
        };
        let s = at;
        if bare {
            let before = line_before(text, s, 100);
            let sentence = before.rsplit_once(". ").map_or(before, |(_, b)| b);
            let word = sentence
                .trim_end()
                .rsplit([' ', '(', '-'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            let after = clause_after(text, e, 60);
            // ("… the cabinet code is released by the ambulance service. Current code
            // C2580": the code now in use, in a paragraph about getting in.)
            let current = matches!(word.as_str(), "current" | "new" | "temporary" | "latest")
                && has_word(before, ENTRY_WORDS);
            if NOT_ACCESS_CODES.contains(&word.as_str())
                || !(has_word(sentence, ENTRY_WORDS) || has_word(after, ENTRY_WORDS) || current)
            {
                continue;
            }
        }
        let window = clause_after(text, e, 80);
        // The value is near the cue: within a few words ("is", "was changed to", "of";
        // "key safe code for Flat 3, 27 Gladstone Terrace, HF4 2RN is 5820").
        // (A system's override or bypass code is often longer, as a password is:
        // "Staff override code is RLT-byp-4471".)
        let found = first_code(e, window, 12).or_else(|| override_code(text, e, window));
        if let Some((vs, ve)) = found {
            if !taken.overlaps(out, vs, ve) {
                out.push(("credential.access_code", vs, ve));
            }
        }
    }
}

/// After "override code" or "bypass code" and "is" or a colon: a value of six to
/// twenty-four characters with a letter and a digit, as a password is.
fn override_code(text: &str, e: usize, window: &str) -> Option<(usize, usize)> {
    // (The cue's own bytes, compared in place.)
    let b = &text.as_bytes()[..e];
    let ends =
        |w: &str| b.len() >= w.len() && b[b.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes());
    if !(ends("override code") || ends("bypass code")) {
        return None;
    }
    let rest = window
        .strip_prefix(" is ")
        .or_else(|| window.strip_prefix(": "))?;
    let v = rest
        .split([' ', ',', ';', ')'])
        .next()?
        .trim_end_matches('.');
    let ok = (6..=24).contains(&v.len())
        && v.bytes().any(|c| c.is_ascii_digit())
        && v.bytes().any(|c| c.is_ascii_alphabetic())
        && v.bytes().all(|c| c.is_ascii_graphic());
    let vs = e + (window.len() - rest.len());
    ok.then_some((vs, vs + v.len()))
}

/// A word that stands for a password in an example ("user:pass@host", "PASSWORD=xxxx").
pub(crate) fn placeholder(v: &str) -> bool {
    [
        "pass", "password", "passwd", "secret", "pwd", "changeme", "xxxx", "****",
    ]
    .iter()
    .any(|p| v.eq_ignore_ascii_case(p))
        || v.bytes().all(|c| c == b'x' || c == b'X' || c == b'*')
}

/// A password inside a URL ("postgres://planning_ro:xT5!vgE2pq@db-plan-01…").
pub(crate) fn find_url_passwords(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    for k in memchr::memmem::find_iter(b, b"://") {
        let user_s = k + 3;
        let mut i = user_s;
        while i < b.len() && !matches!(b[i], b' ' | b'\n' | b'/' | b'@' | b':' | b'"' | b'\'') {
            i += 1;
        }
        // (The user may be empty: "redis://:secret@host".)
        if b.get(i) != Some(&b':') {
            continue;
        }
        let pw_s = i + 1;
        let mut j = pw_s;
        while j < b.len() && !matches!(b[j], b' ' | b'\n' | b'/' | b'@' | b'"' | b'\'') {
            j += 1;
        }
        if b.get(j) == Some(&b'@')
            && j >= pw_s + 4
            && !b[pw_s..j].iter().all(u8::is_ascii_digit)
            && !placeholder(&text[pw_s..j])
        {
            out.push(("credential.password", pw_s, j));
        }
    }
}

/// Keys and tokens known by their shape, with no cue needed: a private key block, a
/// JSON Web Token, a Slack webhook, a bcrypt hash, and the prefixes of well-known keys
/// (Stripe's secret and restricted keys, SendGrid's, Google's API keys, GitHub's and
/// GitLab's tokens). `starts`: the words the word pass noted as opening one
/// (`Cue::Shape`); a bcrypt hash is found by its "$".
pub(crate) fn find_secret_shapes(text: &str, starts: &[usize], out: &mut Vec<Hit>) {
    let mut taken = crate::detect::Taken::new(out);
    const PREFIXES: &[&str] = &[
        "sk_test_",
        "rk_live_",
        "rk_test_",
        "SG.",
        "AIza",
        "github_pat_",
        "glpat-",
    ];
    let b = text.as_bytes();
    let run = |from: usize, ok: &dyn Fn(u8) -> bool| {
        let mut e = from;
        while e < b.len() && ok(b[e]) {
            e += 1;
        }
        e
    };
    let b64 = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_');
    let dollars = memchr::memchr_iter(b'$', b).filter(|&k| {
        b[k..].starts_with(b"$2a$") || b[k..].starts_with(b"$2b$") || b[k..].starts_with(b"$2y$")
    });
    let mut at: Vec<usize> = starts.iter().copied().chain(dollars).collect();
    at.sort_unstable();
    let mut reached = 0;
    for p in at {
        if p < reached {
            continue;
        }
        let rest = &text[p..];
        let hit = if rest.starts_with("BEGIN") {
            // "-----BEGIN RSA PRIVATE KEY-----" … "-----END RSA PRIVATE KEY-----".
            let Some(s) = p.checked_sub(5).filter(|&s| &b[s..p] == b"-----") else {
                continue;
            };
            let head = line_after(text, s, 60);
            if !head.contains("PRIVATE KEY-----") {
                continue;
            }
            let tail = &text[s + head.len()..];
            let Some(k) = tail.find("-----END ") else {
                continue;
            };
            let end_line = line_after(text, s + head.len() + k, 60);
            Some((s, s + head.len() + k + end_line.len()))
        } else if rest.starts_with("eyJ") {
            // header.payload.signature, each base64url.
            let e1 = run(p, &b64);
            if b.get(e1) != Some(&b'.') || e1 - p < 10 {
                None
            } else {
                let e2 = run(e1 + 1, &b64);
                if b.get(e2) != Some(&b'.') || e2 - e1 < 10 {
                    None
                } else {
                    let e3 = run(e2 + 1, &b64);
                    (e3 - e2 > 10).then_some((p, e3))
                }
            }
        } else if rest.len() > 5 && rest.as_bytes()[..5].eq_ignore_ascii_case(b"hooks") {
            const SLACK: &str = "hooks.slack.com/services/";
            if !rest.starts_with(SLACK) {
                continue;
            }
            let start = text[..p].strip_suffix("https://").map_or(p, str::len);
            let e = run(p + SLACK.len(), &|c| c.is_ascii_alphanumeric() || c == b'/');
            (e - p - SLACK.len() > 20).then_some((start, e))
        } else if rest.starts_with('$') {
            let e = run(p + 4, &|c| {
                c.is_ascii_alphanumeric() || matches!(c, b'$' | b'.' | b'/')
            });
            (e - p >= 50).then_some((p, e))
        } else {
            // A prefix, then 16 or more of the key's characters, standing alone. (Or a
            // live or test key's own prefix: "ak_live_", "pk_test_".)
            let live = live_key_prefix(rest.as_bytes()).map(|n| &rest[..n]);
            let Some(mark) = PREFIXES.iter().copied().chain(live).find(|m| {
                rest.len() >= m.len()
                    && rest.as_bytes()[..m.len()].eq_ignore_ascii_case(m.as_bytes())
            }) else {
                continue;
            };
            if p > 0 && (b[p - 1].is_ascii_alphanumeric() || b[p - 1] == b'_') {
                continue;
            }
            let e = run(p + mark.len(), &|c| b64(c) || c == b'.');
            let e = if e > p + mark.len() && b[e - 1] == b'.' {
                e - 1
            } else {
                e
            };
            let body = &b[p + mark.len()..e];
            let mixed = body.iter().any(u8::is_ascii_digit)
                && body.iter().any(u8::is_ascii_uppercase)
                && body.iter().any(u8::is_ascii_lowercase);
            (body.len() >= 16 && mixed).then_some((p, e))
        };
        if let Some((hs, he)) = hit {
            if !taken.overlaps(out, hs, he) {
                out.push(("credential.key", hs, he));
            }
            reached = he;
        }
    }
}

/// Passwords known by their shape alone, with no word for one near: eight to
/// thirty-two characters of capitals, small letters and digits, all three, and a
/// symbol ("Kestrel2024!", "Lib!Kiosk2023", "C@lderSupp0rt!"), standing alone as a
/// word. Not a mention or a tag ("@Kestrel2024", "#Visit2024"), nor an address or a
/// path (no dot, slash or colon in it).
pub(crate) fn find_password_shapes(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let part = |c: u8| c.is_ascii_alphanumeric() || b"!@#$%&*?+=_-".contains(&c);
    let mut found: Vec<(usize, usize)> = Vec::new();
    // (Two sweeps, three symbols each, each with its own reach: one reach over both
    // skipped every "$", "%" and "&" before the draft's last "!", "#" or "@".)
    let sweeps = [
        memchr::memchr3_iter(b'!', b'#', b'@', b),
        memchr::memchr3_iter(b'$', b'%', b'&', b),
    ];
    for sweep in sweeps {
        let mut reached = 0;
        for k in sweep {
            if k < reached {
                continue;
            }
            // (A word runs back and on at most 32 bytes: a long run is no password.)
            let s = k - b[k.saturating_sub(33)..k]
                .iter()
                .rev()
                .take_while(|&&c| part(c))
                .count();
            let e = k + b[k..].iter().take(33).take_while(|&&c| part(c)).count();
            reached = e;
            // (A sentence's "!" or "?" after the word is no part of it: "… is Visit2024!"
            // keeps its "!", as a password would; a trailing "-" or "_" is dropped.)
            let e = e - b[s..e]
                .iter()
                .rev()
                .take_while(|&&c| matches!(c, b'-' | b'_'))
                .count();
            let w = &b[s..e];
            let symbols = w.iter().filter(|c| b"!@#$%&*?".contains(c)).count();
            let alone = (s == 0 || !matches!(b[s - 1], b'.' | b'/' | b'\\' | b':' | b'='))
                && !matches!(
                    b.get(e),
                    Some(b'.' | b'/' | b'\\' | b':' | b'@' | b'=' | b'(' | b'[')
                )
                || b.get(e) == Some(&b'.') && !b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric);
            // (Not a class's method, "Http2Stream#id", nor a unit's instance,
            // "systemd-boot@0x0A": one "#" or "@" alone, before letters or a digit.)
            let only = |c: u8| symbols == 1 && w.contains(&c);
            let after = |c: u8| {
                w.iter()
                    .position(|&x| x == c)
                    .map_or(&w[..0], |k| &w[k + 1..])
            };
            let member = only(b'#') && after(b'#').iter().all(u8::is_ascii_alphabetic)
                || only(b'@') && after(b'@').first().is_some_and(u8::is_ascii_digit);
            if (8..=32).contains(&w.len())
            && alone
            && !member
            && symbols >= 1
            && symbols * 3 <= w.len()
            // (Not an option or a setting, "-Xrename-threshold=50%", nor a pattern's
            // class, "a-zA-Z0-9_!#$%&".)
            && !matches!(w[0], b'@' | b'#' | b'$' | b'%' | b'&' | b'-' | b'_')
            && !w.contains(&b'=')
            && !w.windows(3).any(|x| x == b"a-z" || x == b"A-Z")
            && w.iter().any(u8::is_ascii_uppercase)
            && w.iter().any(u8::is_ascii_lowercase)
            && w.iter().any(u8::is_ascii_digit)
            && w.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 4
            {
                found.push((s, e));
            }
        }
    }
    // (In the draft's order, each word once, though both sweeps reached it.)
    found.sort_unstable();
    found.dedup();
    let mut taken = crate::detect::Taken::new(out);
    for (s, e) in found {
        if !taken.overlaps(out, s, e) {
            out.push(("credential.password_shape", s, e));
        }
    }
}

/// The length of a live or test key's prefix opening `word`: two to four lowercase
/// letters, then "_live_" or "_test_" ("sk_live_", "pk_test_", "ak_live_"), as payment
/// and messaging services write their API keys.
pub(crate) fn live_key_prefix(word: &[u8]) -> Option<usize> {
    let n = word
        .iter()
        .take(5)
        .take_while(|c| c.is_ascii_lowercase())
        .count();
    if !(2..=4).contains(&n) {
        return None;
    }
    let rest = &word[n..];
    (rest.starts_with(b"_live_") || rest.starts_with(b"_test_")).then_some(n + 6)
}

/// A setting whose key names a password ("pass=Summer2023!!", "PASS=Pathl@b2016",
/// "POSTGRES_PASSWORD=Harbour!Pg2023", `"smtp_pass": "Relay2024#Appts"`), and a username
/// and password written "admin / P@ssw0rd1" in a sentence about signing in.
pub(crate) fn find_paired_passwords(text: &str, out: &mut Vec<Hit>) {
    let mut taken = crate::detect::Taken::new(out);
    const KEYS: &[&str] = &[
        "pass",
        "password",
        "passwd",
        "pwd",
        "passphrase",
        "psk",
        "secret",
    ];
    let b = text.as_bytes();
    // Each "=" and each JSON `": "`: the key before it, the value after.
    let eq = memchr::memchr_iter(b'=', b).map(|k| (k, k + 1));
    let json = memchr::memmem::find_iter(b, b"\": \"").map(|k| (k, k + 4));
    for (k, vs) in eq.chain(json) {
        let mut ks = k;
        if b[..ks].ends_with(b"\"") {
            ks -= 1;
        }
        let key_end = ks;
        while ks > 0
            && (b[ks - 1].is_ascii_alphanumeric() || matches!(b[ks - 1], b'_' | b'.' | b'-'))
        {
            ks -= 1;
        }
        let key = &text[ks..key_end];
        let last = key.rsplit(['_', '.', '-']).next().unwrap_or(key);
        if key.is_empty() || !KEYS.iter().any(|w| last.eq_ignore_ascii_case(w)) {
            continue;
        }
        let mut s = vs;
        if b.get(s) == Some(&b'"') {
            s += 1;
        }
        let mut e = s;
        while e < b.len()
            && !b[e].is_ascii_whitespace()
            && !matches!(b[e], b';' | b'&' | b',' | b'"')
        {
            e += 1;
        }
        // Not a path ("PWD": "/home/…"), a variable or a placeholder.
        let value = &text[s..e];
        if e > s + 3
            && !value.starts_with(['/', '$', '%', '<', '{', '['])
            && !placeholder(value)
            && !taken.overlaps(out, s, e)
        {
            out.push(("credential.password", s, e));
        }
    }
    for k in memchr::memmem::find_iter(b, b" / ") {
        let s = k + 3;
        let mut e = s;
        while e < b.len() && !b[e].is_ascii_whitespace() && !matches!(b[e], b',' | b';' | b')') {
            e += 1;
        }
        while e > s && matches!(b[e - 1], b'.' | b':') {
            e -= 1;
        }
        let pw = &text[s..e];
        let mut u = k;
        while u > 0 && (b[u - 1].is_ascii_alphanumeric() || matches!(b[u - 1], b'_' | b'-' | b'.'))
        {
            u -= 1;
        }
        let user = &text[u..k];
        let sentence = line_before(text, u, 80);
        let sentence = sentence.rsplit_once(". ").map_or(sentence, |(_, x)| x);
        // A password's mix: a symbol, or lower and upper case with a digit (not
        // "AES-256 / SHA-384").
        let mixed = pw.bytes().any(|c| b"!#$%&*@^~?+=".contains(&c))
            || pw.bytes().any(|c| c.is_ascii_lowercase())
                && pw.bytes().any(|c| c.is_ascii_uppercase())
                && pw.bytes().any(|c| c.is_ascii_digit());
        if !user.is_empty()
            && user.len() <= 24
            && mixed
            && super::network::looks_like_secret(pw)
            && has_word(
                sentence,
                &[
                    "login",
                    "log in",
                    "logon",
                    "log on",
                    "sign in",
                    "account",
                    "credentials",
                    "using",
                    "username",
                    "user",
                ],
            )
            && !taken.overlaps(out, s, e)
        {
            out.push(("credential.password", s, e));
        }
    }
}

/// The cells under a table's password column ("| System | Account | Password |",
/// "Site\tSSID\tPre-shared key"). `cues`: where the secret and access cue words start
/// (a header names one), so that only those lines are read as headers.
pub(crate) fn find_password_columns(text: &str, cues: &[usize], out: &mut Vec<Hit>) {
    const HEADERS: &[&str] = &[
        "password",
        "passwords",
        "passcode",
        "pre-shared key",
        "psk",
        "wi-fi key",
        "wifi key",
        "network key",
        "pin",
        "door code",
        "key safe code",
        "access code",
    ];
    let line_of = |at: usize| {
        let s = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let e = text[at..].find('\n').map_or(text.len(), |i| at + i);
        (s, e)
    };
    let split = |s: usize, e: usize| -> Option<(char, Vec<(usize, &str)>)> {
        let row = text[s..e].trim_end_matches('\r');
        let sep = if row.contains('\t') {
            '\t'
        } else if row.matches('|').count() >= 2 {
            '|'
        } else {
            return None;
        };
        let mut cells = Vec::new();
        let mut at = s;
        for c in row.split(sep) {
            cells.push((at, c));
            at += c.len() + sep.len_utf8();
        }
        Some((sep, cells))
    };
    let mut done = 0;
    for &cue in cues {
        if cue < done {
            continue;
        }
        let (ls, le) = line_of(cue);
        done = le;
        let Some((sep, header)) = split(ls, le) else {
            continue;
        };
        let Some(i) = header
            .iter()
            .position(|(_, c)| HEADERS.iter().any(|h| c.trim().eq_ignore_ascii_case(h)))
        else {
            continue;
        };
        // The rows below, until a line that is no row of this table.
        let mut pos = le + 1;
        while pos < text.len() {
            let (rs, re) = line_of(pos);
            let Some((rsep, cells)) = split(rs, re) else {
                break;
            };
            if rsep != sep {
                break;
            }
            if let Some(&(cs, cell)) = cells.get(i) {
                let t = cell.trim();
                let lead = cell.len() - cell.trim_start().len();
                let placeholder = t.is_empty()
                    || t.bytes().all(|c| matches!(c, b'-' | b':' | b' '))
                    || [
                        "n/a",
                        "none",
                        "withheld",
                        "redacted",
                        "[redacted]",
                        "not held",
                        "yes",
                        "no",
                    ]
                    .iter()
                    .any(|p| t.eq_ignore_ascii_case(p));
                if !placeholder && !t.contains(' ') && t.len() <= 64 {
                    out.push(("credential.password", cs + lead, cs + lead + t.len()));
                }
            }
            pos = re + 1;
            done = re;
        }
    }
}

/// Words that lead from a password's cue to the password itself: "the passphrase was
/// changed to ‘…’", "the password had been written as "…"".
const PHRASE_LEADS: &[&str] = &[
    "is",
    "was",
    "were",
    "are",
    "has",
    "had",
    "have",
    "been",
    "being",
    "now",
    "still",
    "then",
    "changed",
    "set",
    "reset",
    "to",
    "as",
    "written",
    "left",
    "given",
    "of",
    "remains",
    "reads",
    "read",
    "used",
    "shared",
    "new",
    "temporary",
    "default",
    "currently",
    "down",
];

/// Words that a passphrase of plain words does not hold, but sentences about passwords
/// do: "the passphrase is changed every 90 days", "password of at least 12 characters".
const PROSE_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "if",
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "into",
    "to",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "not",
    "no",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "when",
    "where",
    "how",
    "why",
    "all",
    "any",
    "each",
    "every",
    "some",
    "more",
    "most",
    "less",
    "least",
    "than",
    "then",
    "only",
    "also",
    "can",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "will",
    "would",
    "per",
    "via",
    "after",
    "before",
    "under",
    "over",
    "within",
    "without",
    "between",
    "about",
    "against",
    "during",
    "until",
    "since",
    "our",
    "your",
    "their",
    "his",
    "her",
    "we",
    "they",
    "you",
    "he",
    "she",
    "them",
    "us",
    "there",
    "here",
    "so",
    "such",
    "same",
    "other",
    "another",
    "both",
    "either",
    "neither",
    "one",
    "once",
    "twice",
    "least",
    "characters",
    "character",
    "digits",
    "digit",
    "letters",
    "letter",
    "symbols",
    "symbol",
    "days",
    "day",
    "weeks",
    "week",
    "months",
    "month",
    "years",
    "year",
    "hours",
    "hour",
    "minutes",
    "times",
    "time",
    "length",
    "long",
    "minimum",
    "maximum",
    "policy",
    "policies",
    "required",
    "requirement",
    "requirements",
    "complexity",
    "complex",
    "strong",
    "weak",
    "changed",
    "change",
    "changes",
    "reset",
    "resets",
    "expire",
    "expires",
    "expired",
    "expiry",
    "rotated",
    "rotation",
    "stored",
    "held",
    "kept",
    "managed",
    "manager",
    "protected",
    "encrypted",
    "hashed",
    "issued",
    "sent",
    "given",
    "shared",
    "known",
    "used",
    "use",
    "set",
    "enforced",
    "enabled",
    "disabled",
    "needed",
    "entered",
    "enter",
    "field",
    "box",
    "prompt",
    "screen",
    "page",
    "link",
    "button",
    "option",
    "menu",
    "account",
    "accounts",
    "user",
    "users",
    "staff",
    "system",
    "systems",
    "service",
    "services",
    "access",
    "login",
    "logon",
    "number",
    "numbers",
    "same",
    "individual",
    "unique",
    "random",
    "secure",
    "security",
    "safe",
    "separate",
    "different",
    "withheld",
    "redacted",
    "exempt",
    "section",
    "information",
    "request",
    "requested",
    "details",
];

/// A passphrase of plain words after a password's cue, which the token test cannot
/// see: quoted, within a few words of the cue ("the passphrase was changed to ‘correct
/// pony staple 1912’", "the password had been written as "Ashcombe one two three""); or
/// unquoted right after it, two to five plain words and a number ending the clause
/// ("uses the passphrase riverside lantern 42, which is changed quarterly"). Not a
/// sentence about passwords ("the passphrase is changed every 90 days", "the password
/// "reset" link").
pub(crate) fn passphrase_after(base: usize, window: &str) -> Option<(usize, usize)> {
    let rest = window.trim_start_matches([' ', ':', '–', '-', '—']);
    let mut at = window.len() - rest.len();
    let mut leads = 0;
    // "The passphrase for the plotter is …": what it opens, then "is".
    if rest.len() > 4 && rest.as_bytes()[..4].eq_ignore_ascii_case(b"for ") {
        let mut cut = rest.len().min(40);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let head = &rest[..cut];
        let is = [" is ", " was "]
            .iter()
            .filter_map(|w| head.find(w).map(|i| i + w.len()))
            .min();
        match is {
            Some(i) if !head[..i].contains([',', ':', '(', '"', '‘', '“']) => {
                at += i;
                leads = 1;
            }
            _ => return None,
        }
    }
    loop {
        let w = &window[at..];
        let word_len = w
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(w.len());
        let word = &w[..word_len];
        if word.is_empty()
            || leads >= 5
            || !PHRASE_LEADS.iter().any(|l| word.eq_ignore_ascii_case(l))
        {
            break;
        }
        // (Only a whole word followed by a space, a colon or a quote leads on.)
        let next = w[word_len..].chars().next();
        if !matches!(next, Some(' ' | ':' | '‘' | '“' | '"' | '\'')) {
            break;
        }
        leads += 1;
        at += word_len;
        at += window[at..].len() - window[at..].trim_start_matches([' ', ':']).len();
    }
    let w = &window[at..];
    let open = w.chars().next()?;
    let close = match open {
        '‘' => Some('’'),
        '“' => Some('”'),
        '"' => Some('"'),
        '\'' => Some('\''),
        _ => None,
    };
    let prose = |t: &str| {
        PROSE_WORDS.iter().any(|p| {
            t.trim_matches(|c: char| !is_alnum(c))
                .eq_ignore_ascii_case(p)
        })
    };
    if let Some(close) = close {
        let inner = &w[open.len_utf8()..];
        let end = inner.find(close)?;
        let phrase = inner[..end].trim();
        let words: Vec<&str> = phrase.split_whitespace().collect();
        // Two to six words, and not the words of a sentence about passwords: at most
        // a third of them prose ("my dog eats paper, twice!").
        if !(2..=6).contains(&words.len())
            || phrase.len() > 48
            || words.iter().filter(|t| prose(t)).count() * 3 > words.len()
            || words.iter().any(|t| {
                let t = t.to_ascii_lowercase();
                t.contains("password") || t.contains("passphrase") || t.contains("forgot")
            })
        {
            return None;
        }
        let s = base + at + open.len_utf8() + (inner.len() - inner.trim_start().len());
        return Some((s, s + phrase.len()));
    }
    // Unquoted: straight after the cue (or after "is"/"was"), plain words up to the end
    // of the clause.
    if leads > 1 {
        return None;
    }
    let end = w
        .find([',', '.', ';', ')', '(', '\n', '\r'])
        .unwrap_or(w.len());
    let phrase = w[..end].trim_end();
    let words: Vec<&str> = phrase.split(' ').collect();
    let plain = |t: &&str| t.len() >= 3 && t.bytes().all(|b| b.is_ascii_lowercase());
    let number = |t: &&str| (1..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit());
    // (Window cut short: the clause must end inside it.)
    if end == w.len() && window.len() >= 60
        || !(3..=5).contains(&words.len())
        || words.iter().filter(|t| number(t)).count() != 1
        || words.iter().filter(|t| plain(t)).count() + 1 != words.len()
        || words.iter().any(|t| prose(t))
    {
        return None;
    }
    let s = base + at;
    Some((s, s + phrase.len()))
}

/// Words that open a one-time, backup or recovery code's cue (`Cue::Access`).
pub(crate) const ONE_TIME_WORDS: &[&str] = &[
    "backup",
    "recovery",
    "otp",
    "mfa",
    "2fa",
    "authenticator",
    "verification",
    "duo",
];

/// One-time, backup and recovery codes: digits (six at least, perhaps in groups) in the
/// clause after "backup codes", "recovery key", "MFA code", "the Duo code … was",
/// "OTP": "739 204", "4827 1936, 5510 7724", "418902-337106-590418-…". Not a count
/// ("backup codes for 4,200 users"), a year or a date.
pub(crate) fn find_one_time_codes(text: &str, starts: &[usize], out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let mut reached = 0;
    for &at in starts {
        if at < reached {
            continue;
        }
        let len = b[at..]
            .iter()
            .take(14)
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
            .count();
        let word = &text[at..at + len];
        if !ONE_TIME_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w)) {
            continue;
        }
        // A code's word after it, within a few words ("backup codes", "Duo code from
        // Kieran", "recovery key"); "OTP" names one itself.
        let clause = clause_after(text, at + len, 100);
        let lower = clause.to_ascii_lowercase();
        let code_word = word.eq_ignore_ascii_case("otp")
            || lower
                .split(|c: char| !c.is_ascii_alphanumeric())
                .take(4)
                .any(|w| {
                    matches!(
                        w,
                        "code" | "codes" | "key" | "keys" | "token" | "passcode" | "pin"
                    )
                });
        if !code_word {
            continue;
        }
        let base = at + len;
        let cb = clause.as_bytes();
        let mut i = 0;
        while i < cb.len() {
            if !cb[i].is_ascii_digit()
                || i > 0
                    && (cb[i - 1].is_ascii_alphanumeric()
                        || matches!(cb[i - 1], b'.' | b'/' | b'-' | b',' | 0xA3))
            {
                i += 1;
                continue;
            }
            // Digits, perhaps in groups joined by a single space or a hyphen.
            let s = i;
            let mut digits = 0;
            let mut e = i;
            while e < cb.len() {
                if cb[e].is_ascii_digit() {
                    digits += 1;
                    e += 1;
                } else if matches!(cb[e], b' ' | b'-')
                    && e + 1 < cb.len()
                    && cb[e + 1].is_ascii_digit()
                    && cb[e - 1].is_ascii_digit()
                {
                    e += 1;
                } else {
                    break;
                }
            }
            i = e;
            let token = &clause[s..e];
            let next = clause[e..]
                .trim_start()
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            let count = matches!(
                next.to_ascii_lowercase().as_str(),
                "users"
                    | "staff"
                    | "accounts"
                    | "people"
                    | "days"
                    | "hours"
                    | "minutes"
                    | "seconds"
                    | "codes"
                    | "devices"
                    | "times"
                    | "per"
                    | "of"
            ) || clause[e..].starts_with(['%', ','])
                && token.bytes().all(|c| c.is_ascii_digit())
                && token.len() <= 3;
            if (6..=64).contains(&digits)
                && !count
                && !cb.get(e).is_some_and(|c| {
                    c.is_ascii_alphabetic()
                        || *c == b'/'
                        || *c == b'.' && cb.get(e + 1).is_some_and(u8::is_ascii_digit)
                })
            {
                out.push(("credential.one_time_code", base + s, base + e));
                reached = base + e;
            }
        }
    }
}

/// An SNMP community string, which reads or changes a device's settings as a password
/// does: after "community string" ("the read-only community string N0rthm3re-ro",
/// "community string 'public'"), and in a Cisco configuration's "snmp-server community
/// VALUE" and "snmp-server host ADDRESS VALUE". A value with a digit, or in quotes, or
/// the defaults "public" and "private"; not a word ("the community string is changed").
pub(crate) fn find_snmp_communities(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let value_at = |from: usize| -> Option<(usize, usize)> {
        let mut s = from;
        while matches!(b.get(s), Some(b' ' | b':')) {
            s += 1;
        }
        let quote = match b.get(s) {
            Some(b'\'' | b'"') => Some(b[s]),
            _ if text[s..].starts_with(['‘', '“']) => Some(b'\''),
            _ => None,
        };
        if quote.is_some() {
            s += if b[s].is_ascii() { 1 } else { 3 };
        }
        let len = b[s..]
            .iter()
            .take(65)
            .take_while(|c| c.is_ascii_graphic() && !matches!(c, b'\'' | b'"' | b',' | b';' | b')'))
            .count();
        let v = text[s..s + len].trim_end_matches(['.', ':']);
        let e = s + v.len();
        let closed = text[e..].starts_with(['\'', '"', '’', '”']);
        let ok = (4..=64).contains(&v.len())
            && (v.bytes().any(|c| c.is_ascii_digit())
                && v.bytes().any(|c| c.is_ascii_alphabetic())
                || quote.is_some() && closed
                || v == "public"
                || v == "private");
        ok.then_some((s, e))
    };
    for k in memchr::memmem::find_iter(b, b"ommunity string") {
        if k == 0 || b[k - 1] | 0x20 != b'c' {
            continue;
        }
        let mut at = k + 15;
        if b.get(at) == Some(&b's') {
            at += 1;
        }
        let rest = &text[at..];
        let lead = [" is ", " of ", " set to ", " was ", ""]
            .iter()
            .find(|l| rest.starts_with(**l))
            .map_or(0, |l| l.len());
        if let Some(span) = value_at(at + lead) {
            out.push(("credential.password", span.0, span.1));
        }
    }
    for k in memchr::memmem::find_iter(b, b"snmp-server ") {
        let rest = &text[k + 12..];
        let from = if let Some(r) = rest.strip_prefix("community ") {
            text.len() - r.len()
        } else if let Some(r) = rest.strip_prefix("host ") {
            // (The address, then "version 2c" perhaps, then the community.)
            let mut r =
                r.trim_start_matches(|c: char| c.is_ascii_hexdigit() || c == '.' || c == ':');
            for v in [
                " version 2c",
                " version 1",
                " version 3 auth",
                " version 3 priv",
                " version 3",
                " traps",
                " informs",
            ] {
                if let Some(x) = r.strip_prefix(v) {
                    r = x;
                }
            }
            let Some(r) = r.strip_prefix(' ') else {
                continue;
            };
            text.len() - r.len()
        } else {
            continue;
        };
        if let Some(span) = value_at(from) {
            out.push(("credential.password", span.0, span.1));
        }
    }
}

/// Recovery or backup codes listed on the lines under their label ("GitLab two-factor
/// recovery codes (keep safe):" then "7f3k-9q2m-x4vp" …): each line a code or a few,
/// of letters and digits both, up to the first line that is not.
pub(crate) fn find_recovery_codes(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    for pat in [&b"ecovery code"[..], b"ackup code"] {
        for k in memchr::memmem::find_iter(b, pat) {
            // The label's line ends with a colon.
            let Some(nl) = memchr::memchr(b'\n', &b[k..(k + 120).min(b.len())]).map(|i| k + i)
            else {
                continue;
            };
            if !text[k..nl].trim_end().ends_with(':') {
                continue;
            }
            let mut ls = nl + 1;
            for _ in 0..12 {
                let le = memchr::memchr(b'\n', &b[ls..(ls + 120).min(b.len())]).map_or_else(
                    || {
                        if b.len() - ls <= 120 {
                            Some(b.len())
                        } else {
                            None
                        }
                    },
                    |i| Some(ls + i),
                );
                let Some(le) = le else {
                    break;
                };
                let line = &text[ls..le];
                let mut codes = Vec::new();
                let mut ok = !line.trim().is_empty();
                let mut at = ls;
                for tok in line.split(' ') {
                    let t = tok.trim_end_matches('\r');
                    if !t.is_empty() {
                        let good = (6..=40).contains(&t.len())
                            && t.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
                            && t.bytes().any(|c| c.is_ascii_digit())
                            && t.bytes().any(|c| c.is_ascii_alphabetic())
                            || (6..=12).contains(&t.len())
                                && t.bytes().all(|c| c.is_ascii_digit() || c == b'-');
                        ok &= good;
                        codes.push((at, at + t.len()));
                    }
                    at += tok.len() + 1;
                }
                if !ok || codes.len() > 6 {
                    break;
                }
                for (s, e) in codes {
                    out.push(("credential.password", s, e));
                }
                if le >= b.len() {
                    break;
                }
                ls = le + 1;
            }
        }
    }
}

/// A Windows password hash line as dumping tools print it ("Administrator:500:
/// aad3b435…:3f9c2a71…:::"): the NT hash, which signs in as the account does.
pub(crate) fn find_hash_dumps(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    for k in memchr::memmem::find_iter(b, b":::") {
        // NT hash: the 32 hex digits before ":::", after a colon.
        if k < 32 + 1 + 32 + 1 || b.get(k.wrapping_sub(1)) == Some(&b':') {
            continue;
        }
        let nt = k - 32;
        let lm = nt - 1 - 32;
        let hex = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_hexdigit);
        if b[nt - 1] == b':' && b[lm - 1] == b':' && hex(nt..k) && hex(lm..nt - 1) {
            // (The account's number before the LM hash: "500:".)
            let rid = b[..lm - 1]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_digit())
                .count();
            let user_end = (lm - 1).checked_sub(rid + 1);
            if rid > 0 && user_end.is_some_and(|u| b[u] == b':') {
                out.push(("credential.password", nt, k));
            }
        }
    }
}
