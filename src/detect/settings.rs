//! Settings pasted one to a line, as a device's or a program's configuration export:
//! INI (`Hostname=nfrs-icu2-batel01`), YAML (`wifi_ssid: NFRS-OPS`) or JSON
//! (`"vlan": 44,`). The key's own words say what its value is. The word passes read
//! words, and a key is often one word of several ("RadiusSecret", "WiFiSSID",
//! "firmware_version") or is joined to its value ("VLAN=44"), so they miss these.
//!
//! Only keys written as a program writes them are read here: joined to the value by
//! `=`, or one word with `_`, `.`, a capital inside it or quotes round it. A label an
//! officer types ("Password: …", "Host name: …") is the word passes' to read. The one
//! exception is a person's user name, which [`user_names`] gives for any label
//! ("User: jkaminska").

use super::network::Hit;

/// What a setting's key says its value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Password,
    Key,
    Host,
    Ssid,
    Vlan,
    Version,
    User,
}

/// One setting: its class, whether its key is a program's (see the module's doc),
/// whether `=` joins it, and its value's span.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Setting {
    class: Class,
    machine: bool,
    equals: bool,
    start: usize,
    end: usize,
}

/// The longest key read, in bytes, and the most words in it.
const KEY_MAX: usize = 48;
const WORDS_MAX: usize = 8;
/// The longest value read, in bytes.
const VALUE_MAX: usize = 160;

/// Each setting of the text, in order. A line is read at its first `=` or `:` only
/// when the key before it fits [`KEY_MAX`]: each separator costs at most a look back
/// of that length and a look ahead of [`VALUE_MAX`].
/// Read once per scan and kept on the [`crate::document::Document`], for [`find`] and
/// [`user_names`] both.
#[inline(never)]
pub(crate) fn parse(text: &str) -> Vec<Setting> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    for sep in memchr::memchr2_iter(b'=', b':', b) {
        let from = sep.saturating_sub(KEY_MAX + 8);
        // (Past the look back, only a connection string's setting after its
        // semicolon is read.)
        let (ls, line_known) = match memchr::memrchr(b'\n', &b[from..sep]) {
            Some(i) => (from + i + 1, true),
            None => (from, from == 0),
        };
        // ("==", ":=", "://": code or a URL, not a setting.)
        if matches!(b.get(sep + 1), Some(b'=' | b'/')) || sep > 0 && b[sep - 1] == b'=' {
            continue;
        }
        // A connection string's settings, one after another on the line, each after a
        // semicolon ("Server=SQL01;User Id=svc_x;Password=…"): the key from the last
        // semicolon, the value to the next.
        let last_semicolon = memchr::memrchr(b';', &b[ls..sep]).map(|i| ls + i + 1);
        let segment = b[sep] == b'='
            && last_semicolon.is_some_and(|k| {
                b[k..sep]
                    .iter()
                    .all(|&c| c.is_ascii_alphanumeric() || c == b' ' || c == b'_')
            });
        if !line_known && !segment {
            continue;
        }
        // (The first of them may follow a label or a quote: "conn: Server=SQL01;…",
        // "ConnectionString=\"Data Source=…".)
        let opens_string = b[sep] == b'=' && !segment && {
            let end = memchr::memchr(b'\n', &b[sep..(sep + VALUE_MAX).min(b.len())])
                .map_or((sep + VALUE_MAX).min(b.len()), |i| sep + i);
            keyed_after_semicolon(&b[sep + 1..end])
        };
        let key_from = if segment {
            last_semicolon.unwrap_or(ls)
        } else if opens_string {
            memchr::memrchr3(b' ', b'"', b'\'', &b[ls..sep]).map_or(ls, |i| ls + i + 1)
        } else {
            ls
        };
        let Some((ks, ke, quoted)) = key_span(b, key_from, sep) else {
            continue;
        };
        let key = &text[ks..ke];
        let mut lower = [0u8; KEY_MAX];
        let mut words = [(0usize, 0usize); WORDS_MAX];
        let Some(n) = key_words(key, &mut lower, &mut words) else {
            continue;
        };
        let word = |i: usize| -> &[u8] {
            let (s, e) = words[i];
            // ("Admin1", "wpa2": a key's number is not a word of its own.)
            let w = &lower[s..e];
            let digits = w.iter().rev().take_while(|c| c.is_ascii_digit()).count();
            &w[..w.len() - digits]
        };
        let Some(class) = classify(n, &word) else {
            continue;
        };
        let Some((vs, mut ve)) = value_span(b, sep + 1) else {
            continue;
        };
        let equals = b[sep] == b'=';
        // ("const aliceSecret = …": a program's line, not a setting.)
        if equals && key.contains(' ') && !segment {
            continue;
        }
        // (A connection string's setting ends at its semicolon.)
        if segment || opens_string {
            if let Some(i) = memchr::memchr(b';', &b[vs..ve]) {
                ve = vs + i;
            }
            while ve > vs && matches!(b[ve - 1], b'"' | b'\'') {
                ve -= 1;
            }
            if ve <= vs {
                continue;
            }
        }
        let machine = equals
            || quoted
            || !key.contains(' ')
                && (key.contains(['_', '.'])
                    || key
                        .as_bytes()
                        .windows(2)
                        .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase()));
        out.push(Setting {
            class,
            machine,
            equals,
            start: vs,
            end: ve,
        });
    }
    out
}

/// Does a semicolon in `value` open another setting ("SQL01;Database=Ledger")?
fn keyed_after_semicolon(value: &[u8]) -> bool {
    memchr::memchr(b';', value).is_some_and(|i| {
        let next = &value[i + 1..];
        next.iter().position(|&c| c == b'=').is_some_and(|k| {
            k > 0
                && next[..k]
                    .iter()
                    .all(|&c| c.is_ascii_alphanumeric() || c == b' ' || c == b'_')
        })
    })
}

/// The key between the line's start `ls` and its separator `sep`, past indentation, a
/// list's mark and a quoted mail's `>`: `(start, end, quoted)`, or `None` when the
/// line before the separator is not one key.
fn key_span(b: &[u8], ls: usize, sep: usize) -> Option<(usize, usize, bool)> {
    let mut s = ls;
    loop {
        match b.get(s) {
            Some(b' ' | b'\t' | b'>') => s += 1,
            Some(b'-' | b'*') if b.get(s + 1) == Some(&b' ') => s += 2,
            _ => break,
        }
        if s >= sep {
            return None;
        }
    }
    let mut e = sep;
    while e > s && matches!(b[e - 1], b' ' | b'\t') {
        e -= 1;
    }
    let quoted = e > s + 1 && matches!(b[s], b'"' | b'\'') && b[e - 1] == b[s];
    let (s, e) = if quoted { (s + 1, e - 1) } else { (s, e) };
    if e <= s + 1 || e - s > KEY_MAX || !b[s].is_ascii_alphabetic() {
        return None;
    }
    let key = &b[s..e];
    let ok = key
        .iter()
        .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-' | b' '))
        && !key.windows(2).any(|w| w == b"  ")
        && key.iter().filter(|&&c| c == b' ').count() <= 3;
    ok.then_some((s, e, quoted))
}

/// The key's words, lowercased into `lower`, their spans in `words`: split at `_`, `.`,
/// `-` and spaces, and where a capital starts a word ("RadiusSecret", "WiFiSSID",
/// "SSIDName"). `None` when there are more than [`WORDS_MAX`].
fn key_words(
    key: &str,
    lower: &mut [u8; KEY_MAX],
    words: &mut [(usize, usize); WORDS_MAX],
) -> Option<usize> {
    let k = key.as_bytes();
    let mut n = 0;
    let mut start = None::<usize>;
    for i in 0..k.len() {
        let c = k[i];
        lower[i] = c.to_ascii_lowercase();
        if !c.is_ascii_alphanumeric() {
            if let Some(s) = start.take() {
                *words.get_mut(n)? = (s, i);
                n += 1;
            }
            continue;
        }
        let boundary = i > 0
            && c.is_ascii_uppercase()
            && (k[i - 1].is_ascii_lowercase()
                || k[i - 1].is_ascii_uppercase()
                    && k.get(i + 1).is_some_and(u8::is_ascii_lowercase));
        match start {
            Some(s) if boundary => {
                *words.get_mut(n)? = (s, i);
                n += 1;
                start = Some(i);
            }
            None => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        *words.get_mut(n)? = (s, k.len());
        n += 1;
    }
    Some(n)
}

/// What the key's `n` words (`word(i)`, lowercase, without a number at the end) say
/// the value is.
fn classify<'w>(n: usize, word: &impl Fn(usize) -> &'w [u8]) -> Option<Class> {
    if n == 0 {
        return None;
    }
    let last = word(n - 1);
    let prev = if n >= 2 { word(n - 2) } else { b"" };
    let any = |ws: &[&[u8]]| (0..n).any(|i| ws.contains(&word(i)));
    // (Of a setting about a password, not the password: "PasswordExpiryDays",
    // "password_required", "SSIDHidden", "VLANCount".)
    Some(match last {
        b"password" | b"passwd" | b"pwd" | b"passphrase" | b"passcode" | b"secret" | b"psk"
        | b"pin" | b"community" => Class::Password,
        b"pass" if !any(&[b"by", b"bypass"]) => Class::Password,
        b"key"
            if matches!(
                prev,
                b"psk"
                    | b"shared"
                    | b"preshared"
                    | b"secret"
                    | b"wpa"
                    | b"wep"
                    | b"network"
                    | b"wifi"
                    | b"wlan"
                    | b"encryption"
                    | b"private"
                    | b"api"
                    | b"access"
                    | b"auth"
                    | b"radius"
                    | b"client"
                    | b"account"
            ) =>
        {
            Class::Key
        }
        b"token" if !any(&[b"expiry", b"lifetime", b"type"]) => Class::Key,
        b"hostname" | b"servername" | b"computername" | b"devicename" | b"nodename" | b"fqdn"
        | b"host" | b"server" => Class::Host,
        b"source" if prev == b"data" => Class::Host,
        b"name"
            if matches!(
                prev,
                b"host" | b"server" | b"computer" | b"device" | b"node" | b"machine"
            ) =>
        {
            Class::Host
        }
        b"ssid" | b"essid" => Class::Ssid,
        b"name" if matches!(prev, b"ssid" | b"wlan" | b"wifi" | b"network") => Class::Ssid,
        b"vlan" | b"vlanid" => Class::Vlan,
        b"id" | b"tag" if prev == b"vlan" => Class::Vlan,
        b"firmware" | b"fw" => Class::Version,
        b"version" | b"ver" | b"build" | b"release"
            if any(&[
                b"firmware",
                b"fw",
                b"software",
                b"sw",
                b"os",
                b"agent",
                b"app",
                b"client",
                b"server",
                b"product",
                b"driver",
                b"bios",
                b"image",
                b"kernel",
                b"platform",
                b"engine",
                b"controller",
                b"device",
            ]) =>
        {
            Class::Version
        }
        b"user" | b"username" | b"userid" | b"login" | b"logon" | b"loginname" | b"admin"
        | b"operator" | b"uid" | b"samaccountname" | b"account" => Class::User,
        b"name" | b"id" if matches!(prev, b"user" | b"login" | b"logon" | b"account") => {
            Class::User
        }
        _ => return None,
    })
}

/// The value after the separator at `from`: to the line's end, less an INI comment
/// (" ; …", " # …"), a JSON comma and quotes round it. `None` when empty or longer
/// than [`VALUE_MAX`].
fn value_span(b: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut s = from;
    while matches!(b.get(s), Some(b' ' | b'\t')) {
        s += 1;
    }
    let limit = (s + VALUE_MAX + 1).min(b.len());
    let mut e = match memchr::memchr(b'\n', &b[s..limit]) {
        Some(i) => s + i,
        None if limit == b.len() => limit,
        None => return None,
    };
    if let Some(c) = b[s..e]
        .windows(2)
        .position(|w| matches!(w[0], b' ' | b'\t') && matches!(w[1], b';' | b'#'))
    {
        e = s + c;
    }
    while e > s && matches!(b[e - 1], b' ' | b'\t' | b'\r' | b',') {
        e -= 1;
    }
    if e > s + 1 && matches!(b[s], b'"' | b'\'' | b'`') && b[e - 1] == b[s] {
        s += 1;
        e -= 1;
    }
    (e > s).then_some((s, e))
}

/// Values that say something of a setting, not the setting ("Password=none").
const NOT_VALUES: &[&str] = &[
    "none",
    "null",
    "nil",
    "true",
    "false",
    "yes",
    "no",
    "on",
    "off",
    "enabled",
    "disabled",
    "enable",
    "disable",
    "required",
    "optional",
    "n/a",
    "na",
    "tbc",
    "tbd",
    "unknown",
    "blank",
    "empty",
    "unset",
    "set",
    "redacted",
    "withheld",
    "removed",
    "hidden",
    "default",
    "auto",
    "automatic",
    "dhcp",
    "any",
    "localhost",
    "changed",
    "expired",
    "same",
    "see",
    "ask",
    "prompt",
    "random",
    "generated",
    "managed",
    "inherit",
    "inherited",
];

/// A value that stands for another or for nothing: a variable (`${DB_PASS}`,
/// `%PASSWORD%`, `<password>`, `{{ secret }}`), a program's expression
/// (`computeSecret(bobKey);`), a path (`PWD=/home/x`, the working folder) or a word of
/// [`NOT_VALUES`].
fn not_a_value(v: &str) -> bool {
    v.starts_with(['$', '%', '<', '{', '[', '(', '/', '\\', '~'])
        || v.starts_with("./")
        || v.ends_with(['%', ';'])
        || v.contains("(")
        || NOT_VALUES.iter().any(|w| v.eq_ignore_ascii_case(w))
        || super::secrets::placeholder(v)
}

/// The settings of the text that are cyber-sensitive by their key: passwords and keys,
/// hosts, SSIDs, VLANs and firmware or software versions.
pub(crate) fn find(text: &str, settings: &[Setting], out: &mut Vec<Hit>) {
    for s in settings {
        if !s.machine || s.class == Class::User {
            continue;
        }
        let v = &text[s.start..s.end];
        if not_a_value(v) {
            continue;
        }
        let detector = match s.class {
            Class::Password => {
                // (A plain word after a key with a colon is more often a state than a
                // password: "secret: true" is above, "community: members" here.)
                let plain = v.bytes().all(|c| c.is_ascii_lowercase());
                if v.contains(' ') || v.chars().count() < 4 || plain && !s.equals {
                    continue;
                }
                "credential.password"
            }
            Class::Key => {
                let ok = v.len() >= 8
                    && !v.contains(' ')
                    && v.bytes().any(|c| c.is_ascii_digit())
                    && v.bytes().any(|c| c.is_ascii_alphabetic());
                if !ok {
                    continue;
                }
                "credential.key"
            }
            Class::Host => {
                if !host_value(v) {
                    continue;
                }
                "network.host"
            }
            Class::Ssid => {
                if v.chars().count() > 32 || v.starts_with(' ') {
                    continue;
                }
                "network.ssid"
            }
            Class::Vlan => {
                if !(1..=4).contains(&v.len())
                    || !v.bytes().all(|c| c.is_ascii_digit())
                    || !(1..=4094).contains(&v.parse::<u32>().unwrap_or(0))
                {
                    continue;
                }
                "network.vlan"
            }
            Class::Version => {
                if !version_value(v) {
                    continue;
                }
                "version.number"
            }
            Class::User => return,
        };
        out.push((detector, s.start, s.end));
    }
}

/// A host's name alone, as a setting gives it: letters, digits and hyphens, with a
/// digit or a hyphen ("nfrs-icu2-batel01", "SRV01"); or with its domain when that is
/// an internal one ("pacs01.trust.local"). Not an address (the address pass reads
/// those) nor a public name ("www.example.org").
fn host_value(v: &str) -> bool {
    let (name, domain) = v.split_once('.').unwrap_or((v, ""));
    let label = |l: &str| {
        (1..=63).contains(&l.len())
            && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    let internal = domain.is_empty()
        || domain.split('.').all(label)
            && domain
                .rsplit('.')
                .next()
                .is_some_and(super::network::is_internal_tld);
    label(name)
        && name.len() >= 3
        && name.bytes().any(|c| c.is_ascii_alphabetic())
        && name.bytes().any(|c| c.is_ascii_digit() || c == b'-')
        && internal
        && !name.to_ascii_lowercase().contains("localhost")
}

/// A version number: an optional "v", digits, and at least one more part after a dot
/// ("4.2.11", "v7.0.3-b12").
fn version_value(v: &str) -> bool {
    let n = v.strip_prefix(['v', 'V']).unwrap_or(v);
    n.len() <= 32
        && n.starts_with(|c: char| c.is_ascii_digit())
        && n.ends_with(|c: char| c.is_ascii_alphanumeric())
        && n.contains('.')
        && n.bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_'))
        && !n.contains("..")
}

/// The values of the settings and labels that name a user ("Admin1=jkaminska",
/// "User: jkaminska", "\"login\": \"t.adeyemi\""): one word of a user name's letters,
/// lowercase. The name pass decides whether it is a person's.
pub(crate) fn user_names(text: &str, settings: &[Setting]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for s in settings {
        if s.class != Class::User {
            continue;
        }
        let v = &text[s.start..s.end];
        let ok = (3..=30).contains(&v.len())
            && v.starts_with(|c: char| c.is_ascii_lowercase())
            && v.bytes().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'_' | b'-')
            })
            && !not_a_value(v);
        if ok {
            out.push((s.start, s.end));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&'static str, &str)> {
        let mut out = Vec::new();
        find(text, &parse(text), &mut out);
        out.into_iter().map(|(d, s, e)| (d, &text[s..e])).collect()
    }

    #[test]
    fn settings_by_their_keys() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Hostname=nfrs-icu2-batel01\r\n",
                &[("network.host", "nfrs-icu2-batel01")],
            ),
            (
                "WiFiSSID=NFRS-ICU-OPS\n",
                &[("network.ssid", "NFRS-ICU-OPS")],
            ),
            ("VLAN=44\n", &[("network.vlan", "44")]),
            ("voice_vlan_id: 120\n", &[("network.vlan", "120")]),
            (
                "RadiusSecret=Bl@ckwater!2023\n",
                &[("credential.password", "Bl@ckwater!2023")],
            ),
            (
                "UnattendedPassword=NFRSba-Service24\n",
                &[("credential.password", "NFRSba-Service24")],
            ),
            (
                "  db_password: \"x7Tq!pL2\",\n",
                &[("credential.password", "x7Tq!pL2")],
            ),
            (
                "snmp_community=pumpst4t1on\n",
                &[("credential.password", "pumpst4t1on")],
            ),
            (
                "\"psk_key\": \"Kx81mQ2vRt\",\n",
                &[("credential.key", "Kx81mQ2vRt")],
            ),
            ("Firmware=4.2.11\n", &[("version.number", "4.2.11")]),
            (
                "agent_version: v7.0.3-b12\n",
                &[("version.number", "v7.0.3-b12")],
            ),
            (
                "\"hostName\": \"pacs01.trust.local\",\n",
                &[("network.host", "pacs01.trust.local")],
            ),
            ("Admin1=jkaminska ; J. Kamińska\n", &[]),
            (
                "conn: Server=SQL-FIN01;Database=Ledger;User Id=svc_fin;Password=Ledg3r!2024;\n",
                &[("network.host", "SQL-FIN01"), ("credential.password", "Ledg3r!2024")],
            ),
            (
                "DefaultEndpointsProtocol=https;AccountName=kvfrsarchive;AccountKey=Qm7vX2kL9pR4tW8yB1nC5==;EndpointSuffix=core.windows.net\n",
                &[("credential.key", "Qm7vX2kL9pR4tW8yB1nC5==")],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), *want, "{text:?}");
        }
    }

    #[test]
    fn not_settings() {
        for text in [
            "Password: see the vault\n",
            "Password=********\n",
            "password_required=true\n",
            "PasswordExpiryDays=90\n",
            "db_password: ${DB_PASS}\n",
            "Hostname=Council\n",
            "Host: Cllr Ahmed\n",
            "server_name = www.example.org\n",
            "Version=2.0\n",
            "VLAN=9999\n",
            "if (a == b) x = 1;\n",
            "community: members\n",
            "Time: 10:30\n",
            "See https://host-01/x\n",
            "const aliceSecret = alice.computeSecret(bobKey);\n",
            "\"PWD\": \"/home/nodeuser/project\",\n",
            "\"host\": \"ip6-localhost\",\n",
        ] {
            assert_eq!(found(text), [], "{text:?}");
        }
    }

    #[test]
    fn user_names_by_their_labels() {
        let text = "Admin1=jkaminska ; J. Kamińska\nUser: tadeyemi\n\"login\": \"e.mcleod\",\nUser name: Jane Smith\nUser: none\n";
        let got: Vec<&str> = user_names(text, &parse(text))
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(got, ["jkaminska", "tadeyemi", "e.mcleod"]);
    }

    #[test]
    fn long_lines_cost_little() {
        let line = "x".repeat(100_000) + "=" + &"y".repeat(100_000) + "\nHost=srv-01";
        assert_eq!(found(&line), [("network.host", "srv-01")]);
    }
}
