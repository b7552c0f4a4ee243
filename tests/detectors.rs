//! Table-driven tests of the email and phone detectors through the public API:
//! formats, classes, exact span boundaries, and offsets around non-ASCII text.

use redaction_check::{Config, Context, Kind, Scanner, Severity};

struct Case {
    name: &'static str,
    text: &'static str,
    /// (text of the span, rule, severity)
    want: &'static [(&'static str, &'static str, Severity)],
}

fn scanner() -> Scanner {
    Scanner::new(Config::default()).expect("default config builds")
}

fn check(kind: Kind, cases: &[Case]) {
    let s = scanner();
    for case in cases {
        let report = s.scan(case.text);
        let got: Vec<(&str, &str, Severity)> = report
            .findings
            .iter()
            .filter(|f| f.kind == kind)
            .map(|f| {
                assert_eq!(
                    &case.text[f.start..f.end],
                    f.text,
                    "{}: span and text agree",
                    case.name
                );
                (f.text.as_str(), f.rule.as_ref(), f.severity)
            })
            .collect();
        assert_eq!(got, case.want, "case {}", case.name);
    }
}

use Severity::{High, Info, Review};

#[test]
fn emails() {
    check(
        Kind::Email,
        &[
            Case {
                name: "first.last",
                text: "Contact jane.smith@example.nhs.uk today.",
                want: &[("jane.smith@example.nhs.uk", "email.personal", High)],
            },
            Case {
                name: "initial.last",
                text: "Email: c.eze@example.ac.uk",
                want: &[("c.eze@example.ac.uk", "email.personal", High)],
            },
            Case {
                name: "first_last + digits",
                text: "(t_kowalczyk84@example.org)",
                want: &[("t_kowalczyk84@example.org", "email.personal", High)],
            },
            Case {
                name: "plus tag is still personal",
                text: "jane.smith+foi@sub.example.co.uk",
                want: &[("jane.smith+foi@sub.example.co.uk", "email.personal", High)],
            },
            Case {
                name: "odd TLD",
                text: "write to a.b@example.museum.",
                want: &[("a.b@example.museum", "email.personal", High)],
            },
            Case {
                name: "team mailbox",
                text: "Email: foi@example.gov.uk",
                want: &[("foi@example.gov.uk", "email.role", Info)],
            },
            Case {
                name: "trust foiadmin",
                text: "Email: mtw-tr.foiadmin@nhs.net",
                want: &[("mtw-tr.foiadmin@nhs.net", "email.role", Info)],
            },
            Case {
                name: "compound role words",
                text: "headofit@example.gov.uk; mdh-tr.informationgovernance@nhs.net",
                want: &[
                    ("headofit@example.gov.uk", "email.role", Info),
                    ("mdh-tr.informationgovernance@nhs.net", "email.role", Info),
                ],
            },
            Case {
                name: "Welsh team mailbox",
                text: "E-bost: rhyddid.gwybodaeth@example.gov.wales",
                want: &[("rhyddid.gwybodaeth@example.gov.wales", "email.role", Info)],
            },
            Case {
                name: "executive in public role",
                text: "Helen Rowe, Chief People Officer (helen.rowe@nhs.net).",
                want: &[("helen.rowe@nhs.net", "email.executive", Review)],
            },
            Case {
                name: "unclear single token",
                text: "sent from zxq@example.org",
                want: &[("zxq@example.org", "email.unclassified", Review)],
            },
            Case {
                name: "in a markdown link",
                text: "[esh-tr.foi@nhs.net](mailto:esh-tr.foi@nhs.net)",
                want: &[
                    ("esh-tr.foi@nhs.net", "email.role", Info),
                    ("esh-tr.foi@nhs.net", "email.role", Info),
                ],
            },
            Case {
                name: "angle brackets, accents before",
                text: "From: Łukasz Zieliński <lukasz.zielinski@example.gov.uk>",
                want: &[("lukasz.zielinski@example.gov.uk", "email.personal", High)],
            },
            Case {
                name: "curly quotes around",
                text: "“zoe.bronte@nhs.net”",
                want: &[("zoe.bronte@nhs.net", "email.personal", High)],
            },
        ],
    );
}

#[test]
fn phones() {
    check(
        Kind::Phone,
        &[
            Case { name: "mobile spaced", text: "call her on 07700 900123.", want: &[("07700 900123", "phone.uk.mobile", High)] },
            Case { name: "mobile unspaced", text: "reached on 07700900123.", want: &[("07700900123", "phone.uk.mobile", High)] },
            Case { name: "+44 mobile", text: "on +44 7700 900 318.", want: &[("+44 7700 900 318", "phone.uk.mobile", High)] },
            Case { name: "+44 (0) hyphens", text: "mobile: +44 (0)7700-900-123", want: &[("+44 (0)7700-900-123", "phone.uk.mobile", High)] },
            Case { name: "0044", text: "dial 0044 7700 900123 now", want: &[("0044 7700 900123", "phone.uk.mobile", High)] },
            Case { name: "direct line", text: "Direct line: 0113 496 0723", want: &[("0113 496 0723", "phone.uk.direct", High)] },
            Case { name: "switchboard", text: "Switchboard: 0113 496 0000", want: &[("0113 496 0000", "phone.uk.public", Info)] },
            Case { name: "force switchboard after a direct dial", text: "Direct dial: 0161 496 0275\nForce switchboard: 0161 496 0000", want: &[("0161 496 0275", "phone.uk.direct", High), ("0161 496 0000", "phone.uk.public", Info)] },
            Case { name: "extension joins the span", text: "Tel: 01632 960 000 ext 1234\n", want: &[("01632 960 000 ext 1234", "phone.extension", High)] },
            Case { name: "x extension", text: "Tel 01632 960000 x1234.", want: &[("01632 960000 x1234", "phone.extension", High)] },
            Case { name: "Ext. with dot", text: "Tel 01632 960000, Ext. 221", want: &[("01632 960000, Ext. 221", "phone.extension", High)] },
            Case { name: "bare extension", text: "Analyst | ext. 4418 | x", want: &[("ext. 4418", "phone.extension", High)] },
            Case { name: "a hospital's bleep", text: "Ext 4523 | Bleep 2217\nThe alarm will bleep 3 times; bleeps 4471.", want: &[("Ext 4523", "phone.extension", High), ("Bleep 2217", "phone.extension", High)] },
            Case { name: "two joined with slash", text: "Tel 01632 960123 / 07700 900123", want: &[("01632 960123", "phone.uk.direct", High), ("07700 900123", "phone.uk.mobile", High)] },
            Case { name: "freephone helpline", text: "PALS on freephone 0808 157 0123", want: &[("0808 157 0123", "phone.uk.public", Info)] },
            Case { name: "team number", text: "the Communications Team on 0161 496 0590", want: &[("0161 496 0590", "phone.uk.public", Info)] },
            Case { name: "ICO helpline", text: "(telephone 0303 123 1113)", want: &[("0303 123 1113", "phone.uk.public", Info)] },
            Case { name: "a number residents are given to call", text: "To report noise, residents can call 0121 496 0500 (Mon–Fri) or the out-of-hours noise line on 0121 496 0555.", want: &[("0121 496 0500", "phone.uk.public", Info), ("0121 496 0555", "phone.uk.public", Info)] },
            Case { name: "a line students are given", text: "Students who want to contact the service itself can email disability@example.ac.uk or call 0113 496 0150.", want: &[("0113 496 0150", "phone.uk.public", Info)] },
            Case { name: "a person's line after an audience word is still theirs", text: "Tenants can call our repairs officer, on her direct line 0113 496 0722.", want: &[("0113 496 0722", "phone.uk.direct", High)] },
            Case { name: "a mobile given to the public is still a mobile", text: "Residents can call 07700 900456.", want: &[("07700 900456", "phone.uk.mobile", High)] },
            Case { name: "switchboard given as a person's contact", text: "Switchboard: 020 7946 0000\n\nMichael Tennant – michael.tennant1@nhs.net – 020 7946 0000", want: &[("020 7946 0000", "phone.uk.public", Info), ("020 7946 0000", "phone.uk.switchboard_as_contact", Review)] },
            Case { name: "switchboard as the way to reach one person, not a team", text: "Switchboard: 0117 496 0000\n\nThe ACFO can be contacted via the switchboard on 0117 496 0000. The team can be contacted on 0117 496 0000.", want: &[("0117 496 0000", "phone.uk.public", Info), ("0117 496 0000", "phone.uk.switchboard_as_contact", Review), ("0117 496 0000", "phone.uk.public", Info)] },
            Case { name: "international", text: "our US office, +1 415 555 0132,", want: &[("+1 415 555 0132", "phone.international", High)] },
            Case { name: "brackets area code", text: "Tel (020) 7946 0518 direct", want: &[("(020) 7946 0518", "phone.uk.direct", High)] },
            Case { name: "dots", text: "call 020.7946.0518 now", want: &[("020.7946.0518", "phone.uk.direct", High)] },
            Case { name: "signature Tel", text: "Yours sincerely\n\nJo Bloggs\nFOI Officer\nTel: 020 7946 0734\n", want: &[("020 7946 0734", "phone.uk.direct", High)] },
            Case { name: "letterhead Tel", text: "Acme Council\nTel: 0113 496 0100\n\nDear Sir", want: &[("0113 496 0100", "phone.uk.public", Info)] },
            Case { name: "not numbers", text: "In 2023/24, under section 31(1)(a), 1,146 students; ref 2024/FOI/01877; NHS 943 476 5919; 10.150.4.21", want: &[] },
        ],
    );
}

#[test]
fn offsets_survive_unicode() {
    // é (2 bytes), ’ (3), — (3), CRLF, and 👍 (4 bytes, 2 UTF-16 units) before the spans.
    let text = "Café’s — note\r\n👍 Ring 07700 900123 or email zoë.brontë@example.org\r\n";
    let report = scanner().scan(text);
    let texts: Vec<&str> = report
        .findings
        .iter()
        .map(|f| &text[f.start..f.end])
        .collect();
    assert_eq!(texts, ["07700 900123", "zoë.brontë@example.org"]);
    for f in &report.findings {
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        assert_eq!(f.text, &text[f.start..f.end]);
    }
}

#[test]
fn findings_carry_every_field() {
    let report = scanner().scan("Dear Sir\n\nCall Jo on 07700 900123.");
    let f = &report.findings[0];
    assert_eq!(f.exemption, "s40(2)");
    assert_eq!(f.context, Context::Answer);
    assert!(f.reason.ends_with('.') && f.reason.len() > 20);
    let json = serde_json::to_value(f).unwrap();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for k in [
        "start",
        "end",
        "text",
        "kind",
        "family",
        "severity",
        "exemption",
        "rule",
        "reason",
        "context",
    ] {
        assert!(keys.contains(&k), "missing {k}");
    }
    assert_eq!(keys.len(), 10);
}

#[test]
fn empty_and_huge_inputs() {
    let s = scanner();
    assert!(s.scan("").findings.is_empty());
    let line = "x".repeat(2_000_000);
    assert!(s.scan(&line).findings.is_empty());
}
