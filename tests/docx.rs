//! Reading .docx drafts: text, tables, hidden content, damaged files.

mod support;

use redaction_check::{Config, Context, ErrorKind, Kind, Scanner, Severity};
use support::docx::{docx, p, zip};

fn scanner() -> Scanner {
    Scanner::new(Config::default()).unwrap()
}

#[test]
fn body_tables_and_hidden_content() {
    let body = [
        p("Dear Sir"),
        p("Our engineers use TightVNC &amp; call 07700 900123."),
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Question</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Answer</w:t></w:r></w:p></w:tc></w:tr>\
         <w:tr><w:tc><w:p><w:r><w:t>Do you use Zoom?</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Yes</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            .to_string(),
        "<w:p><w:r><w:t xml:space=\"preserve\">Server room </w:t></w:r><w:del w:id=\"1\" w:author=\"J\"><w:r><w:delText>at 10.1.2.3 </w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"J\"><w:r><w:t>on site</w:t></w:r></w:ins></w:p>"
            .to_string(),
        "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>secret note</w:t></w:r></w:p>".to_string(),
    ]
    .concat();
    let bytes = docx(
        &body,
        &[("Jo Bloggs", "Check with Rhiannon before release")],
    );
    let scan = scanner().scan_docx(&bytes).unwrap();
    let text = &scan.text;
    assert!(
        text.contains("Question\tAnswer\nDo you use Zoom?\tYes\n"),
        "{text:?}"
    );
    assert!(text.contains("TightVNC & call"), "{text:?}");
    let f = |t: &str| {
        scan.report
            .findings
            .iter()
            .find(|f| f.text == t)
            .unwrap_or_else(|| panic!("no finding {t:?} in {:#?}", scan.report.findings))
    };
    assert_eq!(f("07700 900123").rule, "phone.uk.mobile");
    assert_eq!(f("TightVNC").severity, Severity::High);
    let deleted = f("at 10.1.2.3 ");
    assert_eq!(
        (deleted.kind, deleted.rule.as_ref(), deleted.context),
        (
            Kind::HiddenContent,
            "docx.tracked_deletion",
            Context::Hidden
        )
    );
    assert_eq!(f("10.1.2.3").kind, Kind::NetworkDetail);
    assert_eq!(f("on site").rule, "docx.tracked_insertion");
    assert_eq!(f("secret note").rule, "docx.hidden_text");
    assert_eq!(f("Check with Rhiannon before release").rule, "docx.comment");
    for finding in &scan.report.findings {
        assert_eq!(&text[finding.start..finding.end], finding.text);
    }
}

#[test]
fn damaged_and_protected_files_are_clear_errors() {
    let s = scanner();
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (b"not a zip at all".to_vec(), "not a zip archive"),
        (b"PK\x03\x04 cut short".to_vec(), "zip directory is missing"),
        (
            vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0],
            "password-protected",
        ),
        (zip(&[("word/other.xml", "<x/>")]), "no word/document.xml"),
        (
            zip(&[("word/document.xml", "<w:document><w:body><w:p>")]),
            "damaged",
        ),
        (Vec::new(), "not a zip archive"),
    ];
    for (bytes, want) in cases {
        let err = s.scan_docx(&bytes).expect_err(want);
        assert_eq!(err.kind(), ErrorKind::Input);
        assert!(err.to_string().contains(want), "{err} should say {want:?}");
    }
    // A truncated real file.
    let good = docx(&p("Hello 07700 900123"), &[]);
    for cut in [10, good.len() / 2, good.len() - 5] {
        assert!(s.scan_docx(&good[..cut]).is_err());
    }
}
