//! Cyber-sensitive details: the rule pack through the public API; the same product
//! `info` in the question and `high` in the answer; "Yes" confirmations; versions and
//! models joined to their product.

use redaction_check::{Config, Context, Family, Kind, Scanner, Severity};

fn scanner() -> Scanner {
    Scanner::new(Config::default()).expect("default config builds")
}

fn cyber(text: &str) -> Vec<(String, Kind, Severity, Context)> {
    scanner()
        .scan(text)
        .findings
        .into_iter()
        .filter(|f| f.family == Family::Cyber)
        .map(|f| (f.text, f.kind, f.severity, f.context))
        .collect()
}

/// (text, kind) of every cyber finding in a one-paragraph answer.
fn found(text: &str) -> Vec<(String, Kind)> {
    cyber(&format!("Dear Sir\n\n{text}\n"))
        .into_iter()
        .map(|f| (f.0, f.1))
        .collect()
}

/// The texts of one kind's findings in a one-paragraph answer, in order.
fn found_of(text: &str, kind: Kind) -> Vec<String> {
    found(text)
        .into_iter()
        .filter(|(_, k)| *k == kind)
        .map(|(t, _)| t)
        .collect()
}

/// Each one-paragraph answer's cyber findings are exactly its (text, kind) pairs.
fn check(cases: &[(&str, &[(&str, Kind)])]) {
    for (text, want) in cases {
        let want: Vec<(String, Kind)> = want.iter().map(|(t, k)| (t.to_string(), *k)).collect();
        assert_eq!(found(text), want, "{text}");
    }
}

#[test]
fn same_product_in_question_and_answer() {
    let text = "Dear Sir\n\nYou asked:\n1. Which remote support tool do you use (e.g. TeamViewer, AnyDesk)?\n\nOur response\n1. The service desk uses TeamViewer for remote support.\n";
    let found = cyber(text);
    let team: Vec<_> = found.iter().filter(|f| f.0 == "TeamViewer").collect();
    assert_eq!(team.len(), 2, "{found:?}");
    assert_eq!((team[0].2, team[0].3), (Severity::Info, Context::Request));
    assert_eq!(
        (team[1].1, team[1].2, team[1].3),
        (Kind::RemoteAccess, Severity::High, Context::Answer)
    );
}

#[test]
fn a_plain_yes_confirms_the_product_in_the_question() {
    let numbered = "Dear Sir\n\nQ4. Does the force use Microsoft Intune for mobile device management?\n\nResponse\n\nQ4. Yes.\n";
    let s = scanner();
    let r = s.scan(numbered);
    let yes = r
        .findings
        .iter()
        .find(|f| f.text == "Yes")
        .expect("the Yes is a finding");
    assert_eq!(yes.severity, Severity::Review);
    assert_eq!(yes.rule, "cyber.confirmation");
    assert!(yes.reason.contains("Intune"), "{}", yes.reason);

    let table = "Intro paragraph long enough to be prose rather than a letterhead of any kind at all, for this test.\nQuestion\tAnswer\nDo you use CrowdStrike Falcon for endpoint protection?\tYes\nDo you use Zoom Phone?\tNo\n";
    let r = s.scan(table);
    let yes: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == "cyber.confirmation")
        .collect();
    assert_eq!(yes.len(), 1, "{:#?}", r.findings);
    assert_eq!(yes[0].kind, Kind::SecurityProduct);

    // Lettered questions and answers, a quoted question, "Answer:" and "A4." before
    // the "Yes"; the products named in a quoted question are the requester's.
    for text in [
        "You asked:\n\na) How many staff work from home?\nb) Do staff use Microsoft Authenticator?\n\na) 212.\n\nb) Yes. Everyone does.\n",
        "Dear Sir\n\nQuestion 1: \"Which system records the cameras – is it Hikvision?\"\n\nAnswer: Yes. There are 40 cameras.\n",
        "Dear Sir\n\nThank you for your request.\n\na) “Does the Trust back up with Veeam or Commvault?”\n\nYes.\n",
        "Dear Sir\n\nQ4. Does the Service use Microsoft Intune?\nA4. Yes.\n",
        // The answer under a heading line of its own number.
        "You asked for the following:\n\nQ3. How many PCs?\nQ4. Is data backed up using Veeam?\n\nOur answers follow.\n\nQ3.\n212.\n\nQ4.\nYes.\n",
        "You asked:\n\nQuestion 4. How many PCs?\nQuestion 5. Are you still on Windows 10?\n\nResponse\n\nQuestion 4\n212.\n\nQuestion 5\nYes. Migration is planned.\n",
        // Capital letters: "A. “…?”" asked, "B. Rangers' radios" heading the answer.
        "You asked:\n\nA. \"How many PCs?\"\nB. \"What radios do rangers carry? Are they Motorola?\"\n\nOur response\n\nA. Desktops\n212.\n\nB. Rangers' radios\nYes. They are.\n",
        "You asked:\n\nA. \"How many PCs?\"\nB. \"What radios do rangers carry? Are they Motorola?\"\n\nOur response\n\nA. Desktops\n212.\n\nB. Rangers' radios\nWe have 40. Yes, some are of that make.\n",
    ] {
        let r = s.scan(text);
        let yes: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.rule == "cyber.confirmation")
            .collect();
        assert_eq!(yes.len(), 1, "{text}\n{:#?}", r.findings);
        assert!(r
            .findings
            .iter()
            .filter(|f| f.rule != "cyber.confirmation")
            .all(|f| f.severity == Severity::Info), "{text}\n{:#?}", r.findings);
    }

    // A question answered on its own line: "… via Citrix? Yes.", "… via SAML: Yes.";
    // not "No", nor a "Yes" in the middle of a word.
    let inline = "Dear Sir\n\nDo staff access it remotely via Citrix? Yes. Home-working staff connect.\nSingle sign-on via SAML: Yes.\nIs Sophos used? No. Is Okta used? Yesterday it was.\n";
    let yes: Vec<_> = s
        .scan(inline)
        .findings
        .into_iter()
        .filter(|f| f.rule == "cyber.confirmation")
        .map(|f| (f.kind, f.start))
        .collect();
    let at = |t: &str| inline.find(t).unwrap() + t.len() - 3;
    assert_eq!(
        yes,
        [
            (Kind::RemoteAccess, at("Citrix? Yes")),
            (Kind::AuthProtocol, at("SAML: Yes"))
        ]
    );

    // A "Yes" after a question and two spaces, or after a dash, in an answer that asks
    // back: it confirms the product its question named. Not a dash glued to a word.
    let back = "You asked:\n\na) Is footage kept on Axon Evidence?\nb) Are the cameras Hikvision?\n\nResponse\n\na) Footage goes to the evidence store. Is that the cloud service you name in your question?  Yes. It is.\nb) There are 23 cameras. On your last point — Yes. All of them.\nc) Self-signed—Yes is no answer.\n";
    let yes: Vec<_> = s
        .scan(back)
        .findings
        .into_iter()
        .filter(|f| f.rule == "cyber.confirmation")
        .map(|f| (f.kind, f.start))
        .collect();
    let at = |t: &str| back.find(t).unwrap() + t.len() - 3;
    assert_eq!(
        yes,
        [
            (Kind::ItSupplier, at("question?  Yes")),
            (Kind::DeviceMakeModel, at("point — Yes"))
        ]
    );

    // A "Yes" after a clause of the answer and a comma or semicolon, standing alone;
    // "A1." numbers an answer as its question. Not "…, Yes Bank" nor "A4 paper".
    let clause = "You asked:\n\n1. Do you manage the iPads with Jamf?\n2. Is the portal from Capita?\n3. Is it Cleric CAD?\n\nResponse\n\n1. Devices\nThere are 40 tablets. On device management, Yes - they are enrolled.\n\n2. Portal\nThe portal is supplied by them; Yes, that is the back office too. We bank with Acme, Yes Bank and others.\n\nA3. Yes. A4 paper copies exist.\n";
    let yes: Vec<_> = s
        .scan(clause)
        .findings
        .into_iter()
        .filter(|f| f.rule == "cyber.confirmation")
        .map(|f| (f.kind, f.start))
        .collect();
    let at = |t: &str| clause.find(t).unwrap() + t.len() - 3;
    assert_eq!(
        yes,
        [
            (Kind::DeviceMakeModel, at("management, Yes")),
            (Kind::ItSupplier, at("them; Yes")),
            (Kind::ItSupplier, at("A3. Yes"))
        ]
    );

    // "No" and "Exempt" confirm nothing.
    let no = "Dear Sir\n\n1. Do you use Sophos?\nNo.\n\n2. Do you use Okta?\nExempt under section 31(1)(a).\n";
    assert!(s
        .scan(no)
        .findings
        .iter()
        .all(|f| f.rule != "cyber.confirmation"));
}

#[test]
fn machines_named_in_one_word_after_a_word_that_says_so() {
    let text = "Dear Sir\n\nBadge printer PC is BBPRINT01. Server name: PAYSRV3. It runs on server WMBCAPP01. The server is ISO9001 certified; VMS ODS5 names; a PC is ATX2.\n";
    let hosts: Vec<_> = cyber(text)
        .into_iter()
        .filter(|f| f.1 == Kind::NetworkDetail)
        .map(|f| f.0)
        .collect();
    assert_eq!(hosts, ["BBPRINT01", "PAYSRV3", "WMBCAPP01"]);
}

#[test]
fn versions_and_models_join_the_product() {
    let text = "Dear Sir\n\nThe Trust has 4,812 Dell OptiPlex 7090 desktops and HP EliteBook 840 G8 laptops running Windows 10 21H2. Servers run Windows Server 2012 R2 and ESXi 7.0 U3 on HPE ProLiant DL380 Gen10 hosts behind a FortiGate 100F running FortiOS 7.2.5.\n";
    let found: Vec<(String, Kind)> = cyber(text).into_iter().map(|f| (f.0, f.1)).collect();
    for (want, kind) in [
        ("Dell OptiPlex 7090", Kind::DeviceMakeModel),
        ("HP EliteBook 840 G8", Kind::DeviceMakeModel),
        ("Windows 10 21H2", Kind::SoftwareVersion),
        ("Windows Server 2012 R2", Kind::SoftwareVersion),
        ("ESXi 7.0 U3", Kind::SoftwareVersion),
        ("HPE ProLiant DL380 Gen10", Kind::DeviceMakeModel),
        ("FortiGate 100F", Kind::DeviceMakeModel),
        ("FortiOS 7.2.5", Kind::SoftwareVersion),
    ] {
        assert!(
            found.contains(&(want.to_string(), kind)),
            "{want} {kind:?} not in {found:?}"
        );
    }
}

/// Machines named by a server's role and a padded number need no word before them,
/// and the next of a list is found with the first; a role of two letters needs one.
#[test]
fn machines_named_by_their_role_and_lists_of_them() {
    check(&[
        (
            "Recording runs on two Dell PowerEdge R750 servers (NVR01/NVR02, 192.168.60.11).",
            &[
                ("Dell PowerEdge R750", Kind::DeviceMakeModel),
                ("NVR01", Kind::NetworkDetail),
                ("NVR02", Kind::NetworkDetail),
                ("192.168.60.11", Kind::NetworkDetail),
            ],
        ),
        (
            "The reports are hosted on APP01. The database servers are SQL01 and SQL02.",
            &[
                ("APP01", Kind::NetworkDetail),
                ("SQL01", Kind::NetworkDetail),
                ("SQL02", Kind::NetworkDetail),
            ],
        ),
        (
            "The file server FS01 was patched.",
            &[("FS01", Kind::NetworkDetail)],
        ),
        (
            "Use Form FS01 or PC01; switch SW05 and CA01 are codes.",
            &[],
        ),
        // A network camera named as the network names it.
        (
            "Seen by camera KBY-CAM-0217 at 07:52. Camera AV-CAM-K12 covers the ward.",
            &[
                ("KBY-CAM-0217", Kind::NetworkDetail),
                ("AV-CAM-K12", Kind::NetworkDetail),
            ],
        ),
        // A host's name ending in "V" before its address is no version word ("UCV"):
        // the address is found, not taken for a release.
        (
            "Membership    UCV-SPT-LEG01 10.31.8.20  hosted\nThe server UCV-SPT-LEG01 10.31.8.20 runs it.",
            &[
                ("UCV-SPT-LEG01", Kind::NetworkDetail),
                ("10.31.8.20", Kind::NetworkDetail),
                ("UCV-SPT-LEG01", Kind::NetworkDetail),
                ("10.31.8.20", Kind::NetworkDetail),
            ],
        ),
    ]);
}

/// A version after a "v" is no address, whatever its parts; a product's name between
/// a version word or "running" and its number goes with the number. Not a table's or
/// a section's number.
#[test]
fn versions_with_their_product_between() {
    check(&[
        (
            "The cameras run firmware v4.2.1.88.",
            &[("v4.2.1.88", Kind::SoftwareVersion)],
        ),
        (
            "It is currently on version RiO 7.3.2 and the store is running OneFS 9.5.",
            &[
                ("RiO 7.3.2", Kind::SoftwareVersion),
                ("OneFS 9.5", Kind::SoftwareVersion),
            ],
        ),
        // A service pack after a "v" number: the product's name before it goes with it.
        (
            "The service is on EXACT v12.6 SP3 in the data centre.",
            &[("EXACT v12.6 SP3", Kind::SoftwareVersion)],
        ),
        (
            "See Table 3.2 running to Section 4.1; version Table 3.2. The Policy v4.1 applies.",
            &[],
        ),
    ]);
}

/// Software has releases: a release number is a version without a product beside it;
/// a press release's number and a policy's version are not.
#[test]
fn release_numbers() {
    let found = cyber("The Council is currently on release v21.40 and the tax system at release R8.3. The press release 2.1 and the Parking Policy v4.1 are published.\n");
    let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(texts, ["release v21.40", "release R8.3"], "{found:?}");
}

/// "The 172.16 range": the start of a private range, for review.
#[test]
fn the_start_of_a_private_range_is_for_review() {
    let found = cyber("Please drop the host name and the 172.16 range, and the 10.40 subnet.\n");
    let got: Vec<(&str, Severity)> = found.iter().map(|f| (f.0.as_str(), f.2)).collect();
    assert_eq!(
        got,
        [("172.16", Severity::Review), ("10.40", Severity::Review)],
        "{found:?}"
    );
}

/// Payment terminals, payment and ticketing providers, station end alerting, and the
/// email authentication an organisation enforces (for review: public in DNS).
#[test]
fn payments_ticketing_and_email_authentication() {
    check(&[
        (
            "Card payments are processed by Adyen; in-person payments are taken on Verifone V400m terminals.\n",
            &[("Adyen", Kind::ItSupplier), ("Verifone V400m", Kind::DeviceMakeModel)],
        ),
        ("Tickets for events are sold through Tessitura.\n", &[("Tessitura", Kind::ItSupplier)]),
        ("The station end equipment is supplied by Remsdaq.\n", &[("Remsdaq", Kind::ItSupplier)]),
        ("The council publishes a DMARC record set to reject.\n", &[("DMARC", Kind::AuthProtocol)]),
        ("We make global payments to suppliers; a stripe of paint; SPF 50 sun cream.\n", &[]),
    ]);
    let dmarc = cyber("The council publishes a DMARC record set to reject.\n");
    assert_eq!(dmarc[0].2, Severity::Review, "{dmarc:?}");
}

/// A release number with no version word before it: after "is", after an upgrade, as
/// the subject's "version … is", with its build after it or a hyphenated build; not a
/// paragraph referred to, a policy's number or a two-part quantity.
#[test]
fn versions_said_without_a_version_word() {
    check(&[
        (
            "The version currently in use is 3.8.2, upgraded in March 2024.\n",
            &[("3.8.2", Kind::SoftwareVersion)],
        ),
        (
            "Live CAD is 6.2.14 on the app server.\n",
            &[("6.2.14", Kind::SoftwareVersion)],
        ),
        (
            "It moved from 5.2.1 to 5.4.1 in May.\n",
            &[
                ("5.2.1", Kind::SoftwareVersion),
                ("5.4.1", Kind::SoftwareVersion),
            ],
        ),
        (
            "Collections is 7.3 (build 7.3.22187) on the server.\n",
            &[
                ("7.3", Kind::SoftwareVersion),
                ("build 7.3.22187", Kind::SoftwareVersion),
            ],
        ),
        (
            "The gateway runs firmware 14.1-12.35 today.\n",
            &[("14.1-12.35", Kind::SoftwareVersion)],
        ),
        (
            "Apps are published by a gateway running firmware 14.1-12.35 now.\n",
            &[("14.1-12.35", Kind::SoftwareVersion)],
        ),
        (
            "Laptops run the OS build 22631. We will build 12345 homes.\n",
            &[("build 22631", Kind::SoftwareVersion)],
        ),
        ("Please refer to 3.1.2 above and to section 6.2.14.\n", &[]),
        ("The Records Policy was updated to 2.1.3 in May.\n", &[]),
        ("The ratio is 2.5 and the rate is 3.1 per cent.\n", &[]),
    ]);
}

/// Telemetry and SCADA: outstations by make and model, the SCADA platform's version,
/// the historian's supplier; RADIUS behind an MFA gateway.
#[test]
fn telemetry_and_scada() {
    let found = cyber("Dear Sir\n\nThere are 1,238 outstations. Most are TBox LT2 units; older sites use TBox MS-CPU32 racks. The SCADA platform is AVEVA Geo SCADA Expert 2022; historian data is held in AVEVA PI Server. The gateway requires Cisco Duo push approval over RADIUS. The tbox was here.\n");
    let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(
        texts,
        [
            "TBox LT2",
            "TBox MS-CPU32",
            "AVEVA Geo SCADA Expert 2022",
            "AVEVA PI Server",
            "Cisco Duo",
            "RADIUS"
        ],
        "{found:?}"
    );
}

/// A finding covers the whole product, model or version: its generation, edition, "+"
/// and long model codes; a make and a product term next to it are one span.
#[test]
fn whole_products_models_and_versions() {
    let cases: &[(&str, &[(&str, Kind)])] = &[
        (
            "Staff have Lenovo ThinkPad X1 Carbon Gen 11 laptops; managers a Lenovo ThinkPad L13 Gen 4.",
            &[
                ("Lenovo ThinkPad X1 Carbon Gen 11", Kind::DeviceMakeModel),
                ("Lenovo ThinkPad L13 Gen 4", Kind::DeviceMakeModel),
            ],
        ),
        (
            "Officers carry an Apple iPhone SE (2nd generation); schools an Apple iPad 9th generation.",
            &[
                ("Apple iPhone SE (2nd generation)", Kind::DeviceMakeModel),
                ("Apple iPad 9th generation", Kind::DeviceMakeModel),
            ],
        ),
        (
            "Backups go to a Synology DS920+. Each site has a Hikvision DS-7732NI-K4 recorder and Hikvision DS-2CD2143G2-I cameras.",
            &[
                ("Synology DS920+", Kind::DeviceMakeModel),
                ("Hikvision DS-7732NI-K4", Kind::DeviceMakeModel),
                ("Hikvision DS-2CD2143G2-I", Kind::DeviceMakeModel),
            ],
        ),
        (
            "Tills run Windows 10 IoT Enterprise LTSC 2021; hosts Windows Server 2019 Datacenter; kiosks Windows 7 Embedded.",
            &[
                ("Windows 10 IoT Enterprise LTSC 2021", Kind::SoftwareVersion),
                ("Windows Server 2019 Datacenter", Kind::SoftwareVersion),
                ("Windows 7 Embedded", Kind::SoftwareVersion),
            ],
        ),
        (
            "Endpoints run Sophos Central Intercept X Advanced; the firewall is a Palo Alto PA-3220.",
            &[
                ("Sophos Central Intercept X Advanced", Kind::SecurityProduct),
                ("Palo Alto PA-3220", Kind::DeviceMakeModel),
            ],
        ),
        (
            "Remote staff use Microsoft Always On VPN; officers NetMotion Mobility.",
            &[
                ("Microsoft Always On VPN", Kind::RemoteAccess),
                ("NetMotion Mobility", Kind::RemoteAccess),
            ],
        ),
        (
            "The line is BT Business Fibre; pupils use Google Workspace for Education; students are on Advanced ProSolution.",
            &[
                ("BT Business Fibre", Kind::ItSupplier),
                ("Google Workspace for Education", Kind::ItSupplier),
                ("Advanced ProSolution", Kind::ItSupplier),
            ],
        ),
        (
            "Firewalls run FortiOS version 7.2.5; laptops Windows 11 version 23H2. The custody suite has Axis P3245-LVE domes.",
            &[
                ("FortiOS version 7.2.5", Kind::SoftwareVersion),
                ("Windows 11 version 23H2", Kind::SoftwareVersion),
                ("Axis P3245-LVE", Kind::DeviceMakeModel),
            ],
        ),
        // Not parts of a model: a bracket that is no generation, a count, an update tool;
        // a guarded make before a word or a plain number.
        (
            "On the Axis 12 plan, Sharp Ltd and Brother Tom; Canon law.",
            &[],
        ),
        (
            "We bought 40 Apple iPhone (see the note) and Windows 10 Update Assistant.",
            &[("Apple iPhone", Kind::DeviceMakeModel), ("Windows 10", Kind::SoftwareVersion)],
        ),
    ];
    check(cases);
}

/// Remote-viewing apps, visitor systems, hosting, telephony, police, NHS Wales and
/// radiology systems, cloud storage and guest Wi-Fi; devices in the plural. Ordinary
/// words among them ("Centurion", "Purple", "Origin", "Sign In App") need a cue.
#[test]
fn named_systems_and_plural_devices() {
    let cases: &[(&str, &[(&str, Kind)])] = &[
        (
            "Heads view the recorders remotely with Hik-Connect, iVMS-4500 or Guarding Vision.",
            &[
                ("Hik-Connect", Kind::RemoteAccess),
                ("iVMS-4500", Kind::RemoteAccess),
                ("Guarding Vision", Kind::RemoteAccess),
            ],
        ),
        (
            "Visitors sign in on InVentry; at the depot contractors use Sign In App.",
            &[("InVentry", Kind::ItSupplier), ("Sign In App", Kind::ItSupplier)],
        ),
        (
            "The site runs Wordfence and is hosted by Krystal Hosting; calls go through Gradwell.",
            &[
                ("Wordfence", Kind::SecurityProduct),
                ("Krystal Hosting", Kind::ItSupplier),
                ("Gradwell", Kind::ItSupplier),
            ],
        ),
        (
            "Complaints are logged on Centurion; duty rotas are in Origin.",
            &[("Centurion", Kind::ItSupplier), ("Origin", Kind::ItSupplier)],
        ),
        (
            "Wards use WPAS and the Welsh Clinical Portal; reports are dictated in PowerScribe One.",
            &[
                ("WPAS", Kind::ItSupplier),
                ("Welsh Clinical Portal", Kind::ItSupplier),
                ("PowerScribe One", Kind::ItSupplier),
            ],
        ),
        (
            "Copies go to Wasabi object storage; the guest Wi-Fi is run by Purple.",
            &[("Wasabi", Kind::ItSupplier), ("Purple", Kind::ItSupplier)],
        ),
        (
            "Officers carry Toughbooks and iPads; pupils have Chromebooks.",
            &[
                ("Toughbooks", Kind::DeviceMakeModel),
                ("iPads", Kind::DeviceMakeModel),
                ("Chromebooks", Kind::DeviceMakeModel),
            ],
        ),
        // Ordinary words without a cue, and plurals not written as the product is.
        (
            "The Centurion tank is purple. Origin unknown. Please use the sign in app; toughbooks and ipads.",
            &[],
        ),
    ];
    check(cases);
}

/// Laboratory analysers and LIMS, building controllers, door access and video
/// management, highways, library, revenues and police systems: a make and its model
/// family and number are one span ("Sysmex XN-9100", "Roche cobas 8000"). Ordinary
/// words and names among them ("Confirm", "Academy", "Alma", "Trend", "Havis",
/// "Gallagher", "ICE", "Milestone") need a cue.
#[test]
fn lab_estates_council_and_police_systems() {
    let cases: &[(&str, &[(&str, Kind)])] = &[
        (
            "The haematology analysers are Sysmex XN-9100 and Roche cobas 8000; coagulation is on Werfen ACL TOP 750.",
            &[
                ("Sysmex XN-9100", Kind::DeviceMakeModel),
                ("Roche cobas 8000", Kind::DeviceMakeModel),
                ("Werfen ACL TOP 750", Kind::DeviceMakeModel),
            ],
        ),
        (
            "Immunoassay runs on Abbott Architect i2000SR, Beckman Coulter DxI 800 and Siemens Healthineers Atellica CH 930.",
            &[
                ("Abbott Architect i2000SR", Kind::DeviceMakeModel),
                ("Beckman Coulter DxI 800", Kind::DeviceMakeModel),
                ("Siemens Healthineers Atellica CH 930", Kind::DeviceMakeModel),
            ],
        ),
        (
            "Pathology results are viewed in ICE; the LIMS is WinPath Enterprise 8.2 and analysers connect through Data Innovations Instrument Manager.",
            &[
                ("ICE", Kind::ItSupplier),
                ("WinPath Enterprise 8.2", Kind::SoftwareVersion),
                ("Data Innovations Instrument Manager", Kind::ItSupplier),
            ],
        ),
        (
            "The BMS front end is Trend 963; plant rooms have Trend IQ422 outstations.",
            &[
                ("Trend 963", Kind::DeviceMakeModel),
                ("Trend IQ422", Kind::DeviceMakeModel),
            ],
        ),
        (
            "Access control is by Gallagher; the VMS is Milestone XProtect.",
            &[
                ("Gallagher", Kind::SecurityProduct),
                ("Milestone", Kind::DeviceMakeModel),
            ],
        ),
        (
            "Highways defects are recorded in Confirm; revenues and benefits run on Academy.",
            &[("Confirm", Kind::ItSupplier), ("Academy", Kind::ItSupplier)],
        ),
        (
            "The library management system is Alma with Primo VE; payments go through Paye.net.",
            &[
                ("Alma", Kind::ItSupplier),
                ("Primo VE", Kind::ItSupplier),
                ("Paye.net", Kind::ItSupplier),
            ],
        ),
        (
            "Laptops sit in Havis docking stations; cars carry Sierra Wireless AirLink MG90 routers.",
            &[
                ("Havis", Kind::DeviceMakeModel),
                ("Sierra Wireless AirLink MG90", Kind::DeviceMakeModel),
            ],
        ),
        (
            "The command and control system is Saab SAFE; engineers connect with Netop Remote Control.",
            &[
                ("Saab SAFE", Kind::ItSupplier),
                ("Netop Remote Control", Kind::RemoteAccess),
            ],
        ),
        // Ordinary words, places and names without a cue.
        (
            "Please Confirm the date. The Academy's pupils sat exams. The library on Alma Road is open. Trend data from the BMS. Mr Havis and Mr Gallagher came. Milestone 3 of the CCTV project.",
            &[],
        ),
        (
            "Gritters go out when there is ice. The architect planned the new laboratory. A panther escaped.",
            &[],
        ),
    ];
    check(cases);
}

#[test]
fn quoted_requests_later_yeses_and_denials() {
    // A request quoted as a mail reply quotes ("> "): its products are the requester's.
    let text = "Acme NHS Trust\nFOI ref: X/1\n\n>> Your request (summarised):\n>> (a) is access protected by MFA such as Microsoft Authenticator;\n>> (b) can staff work from home through Citrix?\n\nAnswer --\n\n(a) Records are held apart. Yes - access requires MFA.\n(b) Regarding home working: Yes, staff connect from home.\n";
    let found = cyber(text);
    let at = |t: &str, ctx: Context| found.iter().filter(|f| f.0 == t && f.3 == ctx).count();
    assert_eq!(
        at("Microsoft Authenticator", Context::Request),
        1,
        "{found:?}"
    );
    assert_eq!(at("Citrix", Context::Request), 1, "{found:?}");
    let yeses: Vec<_> = found
        .iter()
        .filter(|f| f.0 == "Yes")
        .map(|f| (f.1, f.2))
        .collect();
    assert_eq!(
        yeses,
        [
            (Kind::SecurityProduct, Severity::Review),
            (Kind::RemoteAccess, Severity::Review)
        ],
        "{found:?}"
    );
    // A "Yes" a paragraph or two under the answer's numbered heading.
    let text = "Dear Ms Eze\n\nYou asked:\n3. Do you track vehicles with the Ridewise app, and are phones managed with Microsoft Intune?\n\nOur response\n\n3. Vehicle tracking\n\nYes. The app runs on our tablets.\nRegarding device management: Yes, the tablets are enrolled.\n";
    let yeses = cyber(text).into_iter().filter(|f| f.0 == "Yes").count();
    assert_eq!(yeses, 2, "{:?}", cyber(text));
    // A product named only to deny it is a judgement call (review), not high; one the
    // clause goes on to use stays high.
    let denied =
        cyber("Dear Sir\n\nWe do not use TeamViewer. We do not use RDP but use Citrix instead.\n");
    let sev: Vec<_> = denied.iter().map(|f| (f.0.as_str(), f.2)).collect();
    assert_eq!(
        sev,
        [
            ("TeamViewer", Severity::Review),
            ("RDP", Severity::Review),
            ("Citrix", Severity::High)
        ]
    );
    // A guarded name the draft has shown to be the system is the system again inside a
    // sentence; HID readers by their cue.
    let again = found_texts("Dear Sir\n\nStudent records are held in SITS.\n[Comment: attendance data go to SITS overnight.]\nSITS is a word here.\nThe card readers are HID readers; we buy from HID Global.\n");
    assert_eq!(again, ["SITS", "SITS", "HID", "HID Global"]);
}

fn found_texts(text: &str) -> Vec<String> {
    cyber(text).into_iter().map(|f| f.0).collect()
}

#[test]
fn ordinary_words_need_context() {
    // "Teams", "Edge", "Zoom" as ordinary words are not products.
    let plain = "Dear Sir\n\nOur teams work at the edge of the county. Costs zoom upward. Three staff and the BT Tower.\n";
    assert_eq!(cyber(plain), vec![], "plain English is not a product");
    let cued = "Dear Sir\n\nMobile airtime for our SIM cards is provided by EE under a network contract.\n";
    assert!(
        cyber(cued)
            .iter()
            .any(|f| f.0 == "EE" && f.1 == Kind::ItSupplier),
        "{:?}",
        cyber(cued)
    );
    // A guarded word that ends a product named in full elsewhere names it again.
    let again = "Dear Sir\n\nBlocks use Paxton Net2 at 11 sites.\nThe Net2 server is on our premises; its second interface is net2.\n";
    let texts: Vec<String> = cyber(again).into_iter().map(|f| f.0).collect();
    assert_eq!(texts, ["Paxton Net2", "Net2"]);
    // A named system's first word, with its capital inside a sentence, names it again;
    // not at a sentence's start, nor a device's model word.
    let head = "Dear Sir\n\nCrime records are held on Niche RMS and laptops are Dell Precision 5570.\nIn June planned Niche patching overran. Niche markets grew. We value Precision.\n";
    let texts: Vec<String> = cyber(head).into_iter().map(|f| f.0).collect();
    assert_eq!(texts, ["Niche RMS", "Dell Precision 5570", "Niche"]);
    // A guarded product used by name inside a sentence; not an acronym so used, nor
    // the word at a sentence's start.
    let used = "Dear Sir\n\nStaff use Egress for documents to the police. Coders use ANS lookups. Egress routes are signed.\n";
    let texts: Vec<String> = cyber(used).into_iter().map(|f| f.0).collect();
    assert_eq!(texts, ["Egress"]);
}

#[test]
fn not_versions_or_hosts() {
    let text = "Dear Sir\n\nSection 31(1)(a) applies; in 2023/24 we met ISO 27001 and spent £1,234. See www.example.gov.uk or https://www.legislation.gov.uk/ukpga/2000/36.\n";
    assert_eq!(cyber(text), vec![]);
}

#[test]
fn suppliers_are_review_and_security_is_high() {
    let text = "Dear Sir\n\nThe EPR is supplied by Servelec and hosted in Microsoft Azure. Email is filtered by Mimecast.\n";
    let found = cyber(text);
    let sev = |t: &str| found.iter().find(|f| f.0 == t).map(|f| f.2);
    assert_eq!(sev("Servelec"), Some(Severity::Review), "{found:?}");
    assert_eq!(sev("Microsoft Azure"), Some(Severity::Review), "{found:?}");
    assert_eq!(sev("Mimecast"), Some(Severity::High), "{found:?}");
}

/// A firm named just before what it did to the body's IT ("… Ltd engineer set up on",
/// "… connect to the server"), or after a maintenance contractor's role when its name
/// says IT or controls; not the body's own desk, a person, a firm of another trade, or a
/// name read across a full stop.
#[test]
fn firms_named_by_what_they_do_to_the_it() {
    let text = "Engineers from Getinge UK Ltd connect to the tracking server through a VPN.\n\
        VPN\tRemote access\tHallam Controls Ltd engineer set up on Cisco AnyConnect.\n\
        The maintenance contractor, Tenbury Systems, connects through BeyondTrust Remote Support.\n\
        Where remote support is needed, the ICT Service Desk connects using TeamViewer.\n\
        Mr John Smith installed the new server.\n\
        Our repairs contractor, Pennant Building Services Ltd, connects the boilers.\n\
        Support is under the GP IT Operating Model. Practices connect over the network.\n";
    assert_eq!(
        found_of(text, Kind::ItSupplier),
        ["Getinge UK Ltd", "Hallam Controls Ltd", "Tenbury Systems"]
    );
}

/// The network details of a draft: (text, rule), each a high `network_detail` with its
/// exemption and a reason an officer can read. (eduroam, advertised by design, is for
/// review: `eduroam_is_for_review`.)
fn network(text: &str) -> Vec<(String, String)> {
    scanner()
        .scan(text)
        .findings
        .into_iter()
        .filter(|f| f.kind == Kind::NetworkDetail && f.rule != "auth.public_roaming")
        .inspect(|f| {
            assert_eq!(f.severity, Severity::High, "{f:?}");
            assert_eq!(f.exemption, "s31(1)(a)", "{f:?}");
            assert!(f.reason.len() > 20, "{f:?}");
        })
        .map(|f| (f.text, f.rule.into_owned()))
        .collect()
}

/// A machine's name in small letters given with its address is a host: "omnicenter01 /
/// 10.72.30.11", "omnicenter01 (10.72.30.11)"; not a name without an address, nor one
/// before what is no address.
#[test]
fn lowercase_names_given_with_their_address() {
    let got = network(
        "07:30:12  svc_omni   omnicenter01 / 10.72.30.11 REMOTE SESSION\n\
         The server pharmsrv2 (10.72.30.12) is patched.\n\
         See page12 / 300.1.1.1, item3 (1.2.3) and wardpc01 alone.\n",
    );
    let hosts: Vec<&str> = got
        .iter()
        .filter(|(_, rule)| rule == "network.host")
        .map(|(t, _)| t.as_str())
        .collect();
    assert_eq!(hosts, ["omnicenter01", "pharmsrv2"], "{got:?}");
}

#[test]
fn server_names_and_unquoted_network_names() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        // A machine's name under "Asset name" or "Server"; not a label with a space.
        (
            "Device\tAsset name\nTablet\tWVDC-TAB-011\n\nServer\tRole\nFS01\tFiles\n\nAsset name | Count | Site\nLaptop 3 | 12 | HQ\n",
            &[("WVDC-TAB-011", "network.host"), ("FS01", "network.host")],
        ),
        // Under a "Host" header; a laptop's or a mobile data terminal's own name, with
        // no word before it; not a form's code ("LT-2").
        (
            "Callsign | Station | Host | Fault\nA12P1 | Kingswood | AVFRS-MDT-031 | GPS drop\n\nKST-LT-0412 was left on a bus. Use form LT-2 or TAB-3.\n",
            &[("AVFRS-MDT-031", "network.host"), ("KST-LT-0412", "network.host")],
        ),
        // A laptop's padded asset number of five digits; not a reference with a year or
        // an unpadded number, nor one with no device's role.
        (
            "AnyConnect failing on SMP-LT-04417. See SR-2023-04417, PC-LT-12345, AB-CD-04417.\n",
            &[("SMP-LT-04417", "network.host")],
        ),
        // A private range's first parts: with wildcards, or before "range" or
        // "subnet" (for review, not asserted here: `network` asks for high); not a
        // version, a statistic or a public prefix.
        (
            "Users are on 10.40.x.x and guests on 192.168.*; version 10.40 is installed; 10.5 million; the 11.2 range.\n",
            &[("10.40.x.x", "network.ipv4"), ("192.168.*", "network.ipv4")],
        ),
        // A name given to a machine by the word before it.
        (
            "Dear Sir\n\nThe scanners are on PCs BFC-ELEC-PV01 and laptop kvh-lt-0417.\n",
            &[("BFC-ELEC-PV01", "network.host"), ("kvh-lt-0417", "network.host")],
        ),
        (
            "Dear Sir\n\nImages are sent from the modalities to KMT-PACS-GW02, and the domain controllers are AVF-DC01 and avf-dc02.\n",
            &[
                ("KMT-PACS-GW02", "network.host"),
                ("AVF-DC01", "network.host"),
                ("avf-dc02", "network.host"),
            ],
        ),
        (
            "Dear Sir\n\nThe finance database runs on GLN-SQL03 and the file shares on GLN-FS02; the CCTV recorder is MFRS-CCTV01.\n",
            &[
                ("GLN-SQL03", "network.host"),
                ("GLN-FS02", "network.host"),
                ("MFRS-CCTV01", "network.host"),
            ],
        ),
        (
            "Dear Sir\n\nThe staff SSID is Caldermere-Staff and the guest network is Caldermere-Guest. Both use WPA2-Enterprise.\n",
            &[
                ("Caldermere-Staff", "network.ssid"),
                ("Caldermere-Guest", "network.ssid"),
            ],
        ),
        (
            "Dear Sir\n\nSchools broadcast three SSIDs: BLT-Staff, BLT-Pupil and BLT-Guest; eduroam is also available.\n",
            &[
                ("BLT-Staff", "network.ssid"),
                ("BLT-Pupil", "network.ssid"),
                ("BLT-Guest", "network.ssid"),
            ],
        ),
        // A name in capitals with its VLAN after it.
        (
            "Dear Sir\n\nCrew and linkspan controls are on CSHF-OPS (VLAN 30).\n",
            &[("CSHF-OPS", "network.ssid"), ("VLAN 30", "network.vlan")],
        ),
        // A name in capitals after "SSID is", which has no audience or band to say so.
        (
            "Dear Sir\n\nThe custody SSID is FMC-CUSTODY-SEC on VLAN 214.\n",
            &[("FMC-CUSTODY-SEC", "network.ssid"), ("VLAN 214", "network.vlan")],
        ),
        // Networks named after "networks", in a list under the line that names them,
        // or quoted before "network".
        (
            "Dear Sir\n\nTwo networks are broadcast: Harlow-Staff and Harlow-IoT.\n",
            &[("Harlow-Staff", "network.ssid"), ("Harlow-IoT", "network.ssid")],
        ),
        (
            "Dear Sir\n\nThere are three networks in each school:\n  • KPS-Staff – staff devices;\n  • KPS-Guest – visitors.\n",
            &[("KPS-Staff", "network.ssid"), ("KPS-Guest", "network.ssid")],
        ),
        (
            "Dear Sir\n\n• Staff devices connect to the “UoK-Staff-5G” network, which uses 802.1X.\n",
            &[("UoK-Staff-5G", "network.ssid")],
        ),
        (
            "Dear Sir\n\nOur networks team: Tom-Smith and Jo-Ann. The network is segmented; Multi-Factor authentication is used.\n",
            &[],
        ),
    ];
    for (text, want) in cases {
        let got = network(text);
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(t, r)| (t.to_string(), r.to_string()))
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn codes_and_standards_are_not_network_names() {
    for text in [
        "Dear Sir\n\nDuring COVID-19 we bought a PA-3220 firewall and met ISO-27001; see case SG-23-1187 and CE/2024/00781.\n",
        "Dear Sir\n\nThe A-Z of our Wi-Fi: UTF-8, SHA-256, MP4 video over 4G, H.264 and Windows-10 laptops.\n",
        "Dear Sir\n\nStaff Wi-Fi uses WPA2-Enterprise with PEAP-MSCHAPv2 over 802.1X on Aruba and Cisco Meraki access points; visitors use eduroam.\n",
        "Dear Sir\n\nMr Tudor-Evans, our Wi-Fi lead, replied about Multi-Factor sign-in (FOI-2024-03311).\n",
    ] {
        assert_eq!(network(text), vec![], "{text}");
    }
}

// The lexicon's 2025 additions: clinical research and trials IT; youth justice,
// electronic monitoring and charity case management; ports, maritime and OT security;
// elections; environmental health, trading standards and licensing; biometrics and
// forensics; physical security; schools; HR and payroll. Ordinary words among the
// names ("Castor", "Rave", "Salto", "Flare", "Lamplight", "Arbor", "Niche", "Athena",
// "Connect", "Origin") need a cue on their line.

use Kind::{DeviceMakeModel as Device, ItSupplier as Supplier, SecurityProduct as Security};

#[test]
fn clinical_research_and_trials() {
    check(&[
        (
            "Trial data are captured in REDCap and OpenClinica; the CTU also uses Castor for electronic data capture.",
            &[
                ("REDCap", Supplier),
                ("OpenClinica", Supplier),
                ("Castor", Supplier),
            ],
        ),
        (
            "Commercial sponsors' studies use Medidata Rave, Oracle Clinical One or Viedoc.",
            &[
                ("Medidata Rave", Supplier),
                ("Oracle Clinical One", Supplier),
                ("Viedoc", Supplier),
            ],
        ),
        (
            "Case report forms for older trials are held in MACRO; randomisation is by Sealed Envelope.",
            &[("MACRO", Supplier), ("Sealed Envelope", Supplier)],
        ),
        (
            "Samples in the biobank are tracked in OpenSpecimen and the research LIMS is LabVantage.",
            &[("OpenSpecimen", Supplier), ("LabVantage", Supplier)],
        ),
        (
            "The trial master file is kept in Veeva Vault eTMF.",
            &[("Veeva Vault eTMF", Supplier)],
        ),
    ]);
}

#[test]
fn justice_monitoring_and_third_sector() {
    check(&[
        (
            "The youth justice service records its cases in ChildView.",
            &[("ChildView", Supplier)],
        ),
        (
            "GPS tags for the pilot were supplied by Buddi; alcohol monitoring tags by SCRAM.",
            &[("Buddi", Supplier), ("SCRAM", Supplier)],
        ),
        (
            "The charity's client records are held in Lamplight and referrals are logged in Charitylog.",
            &[("Lamplight", Supplier), ("Charitylog", Supplier)],
        ),
        (
            "Custody records are held in Connect and crime records on Niche.",
            &[("Connect", Supplier), ("Niche", Supplier)],
        ),
    ]);
}

#[test]
fn ports_maritime_and_ot() {
    check(&[
        (
            "The VTS is Kongsberg Norcontrol C-Scope, with radar and AIS from Saab.",
            &[("Kongsberg Norcontrol C-Scope", Supplier), ("Saab", Supplier)],
        ),
        (
            "The container terminal runs Navis N4; the harbour uses Wärtsilä Navi-Harbour.",
            &[("Navis N4", Supplier), ("Wärtsilä Navi-Harbour", Supplier)],
        ),
        (
            "OT networks are monitored by Nozomi Guardian and Dragos; OT assets are scanned with Tenable OT Security.",
            &[
                ("Nozomi Guardian", Security),
                ("Dragos", Security),
                ("Tenable OT Security", Security),
            ],
        ),
        (
            "Pumping stations use Siemens SIMATIC S7-1500 PLCs and Allen-Bradley ControlLogix controllers.",
            &[
                ("Siemens SIMATIC S7-1500", Device),
                ("Allen-Bradley ControlLogix", Device),
            ],
        ),
        (
            "Outstations use Schneider Modicon M580 controllers.",
            &[("Schneider Modicon M580", Device)],
        ),
    ]);
}

#[test]
fn elections_and_regulatory_services() {
    check(&[
        (
            "The electoral register is held in Xpress; the count used Democracy Counts.",
            &[("Xpress", Supplier), ("Democracy Counts", Supplier)],
        ),
        (
            "Electoral management software is supplied by Halarose.",
            &[("Halarose", Supplier)],
        ),
        (
            "Environmental health uses Civica APP; licensing uses Lalpac and Tascomi.",
            &[
                ("Civica APP", Supplier),
                ("Lalpac", Supplier),
                ("Tascomi", Supplier),
            ],
        ),
        (
            "Food hygiene inspections are recorded in Flare and trading standards investigations in Clue.",
            &[("Flare", Supplier), ("Clue", Supplier)],
        ),
    ]);
}

#[test]
fn biometrics_forensics_and_physical_security() {
    check(&[
        (
            "Fingerprints are taken on Thales Cogent livescan units and matched by IDEMIA software.",
            &[("Thales Cogent", Supplier), ("IDEMIA", Supplier)],
        ),
        (
            "Digital forensics uses FTK and X-Ways Forensics; live facial recognition uses NEC NeoFace Watch.",
            &[
                ("FTK", Supplier),
                ("X-Ways Forensics", Supplier),
                ("NEC NeoFace Watch", Supplier),
            ],
        ),
        (
            "Doors are fitted with Salto electronic locks; staff cards are MIFARE Classic.",
            &[("Salto", Security), ("MIFARE Classic", Security)],
        ),
        (
            "Intruder alarms are maintained by Chubb and monitored at an alarm receiving centre run by ADT.",
            &[("Chubb", Supplier), ("ADT", Supplier)],
        ),
        (
            "The intruder alarm is a Honeywell Galaxy Flex 50 and the fire alarm panel is a Kentec Syncro.",
            &[
                ("Honeywell Galaxy Flex 50", Device),
                ("Kentec Syncro", Device),
            ],
        ),
        (
            "Cameras record to AXIS Camera Station.",
            &[("AXIS Camera Station", Device)],
        ),
    ]);
}

#[test]
fn schools_and_hr() {
    check(&[
        (
            "Pupil data is held in Arbor; safeguarding concerns are recorded in CPOMS.",
            &[("Arbor", Supplier), ("CPOMS", Supplier)],
        ),
        (
            "Chromebooks are managed in the Google Admin console and filtered by Lightspeed.",
            &[
                ("Chromebooks", Device),
                ("Google Admin console", Supplier),
                ("Lightspeed", Security),
            ],
        ),
        (
            "Payroll is processed in Selima; HR records are in MHR People First.",
            &[("Selima", Supplier), ("MHR People First", Supplier)],
        ),
        (
            "Finance and payroll run on Oracle E-Business Suite.",
            &[("Oracle E-Business Suite", Supplier)],
        ),
        (
            "Time and attendance is recorded in UKG Dimensions.",
            &[("UKG Dimensions", Supplier)],
        ),
    ]);
}

/// The guarded words in ordinary English, with no cue on the line.
#[test]
fn ordinary_english_is_not_a_product() {
    for text in [
        "There is a niche market for these goods.",
        "The garden has an arbor and a pond.",
        "We write to inform you of our decision.",
        "Athena the goddess appears on the coin.",
        "Connect with us on social media.",
        "The Origin of Species was read aloud.",
        "The rave was shut down by police.",
        "The gymnast performed a salto.",
        "Salto is a city in Uruguay.",
        "Take the edge off the budget.",
        "Castor oil and castor sugar were on the shopping list.",
        "The upshot is that the service will close.",
        "The garden was lit by lamplight.",
        "A flare was seen over the estuary.",
        "We have no clue why the letter was late.",
        "Democracy counts on every voter.",
        "A Saab estate car was sold at auction.",
        "The mainsail was torn in the storm.",
        "A Chubb lock was fitted to the door.",
        "Staff were told to scram.",
        "Prices rose at lightspeed.",
        "The form was returned in a sealed envelope.",
        "Apricot jam was served at the coffee morning.",
        "Target MHR was reached during the fitness test.",
    ] {
        assert_eq!(found(text), vec![], "{text}");
    }
}

#[test]
fn suppliers_are_review_and_security_products_high() {
    let text = "Dear Sir\n\nTrial data are held in REDCap. OT networks are monitored by Nozomi Guardian.\n";
    let got = cyber(text);
    let sev = |t: &str| got.iter().find(|f| f.0 == t).map(|f| f.2);
    assert_eq!(sev("REDCap"), Some(Severity::Review), "{got:?}");
    assert_eq!(sev("Nozomi Guardian"), Some(Severity::High), "{got:?}");
}

/// lex26: transport, bereavement, leisure and heritage, screening, pharmacy, waste and
/// fleet, forensics, primary care, industrial remote access and telemetry, card
/// printers, firewall families written as maker and number, and housing.
#[test]
fn lex26_domains() {
    use Kind::RemoteAccess as Remote;
    check(&[
        (
            "Buses carry Teltonika RUTX11 routers; the roadside cabinets have RUT955 units.",
            &[("Teltonika RUTX11", Device), ("RUT955", Device)],
        ),
        (
            "We bought a Check Point 3600 last year and a Check Point Quantum 6200 this year.",
            &[
                ("Check Point 3600", Device),
                ("Check Point Quantum 6200", Device),
            ],
        ),
        (
            "Branch sites have WatchGuard Firebox M470 units; schools sit behind SonicWall TZ370 firewalls.",
            &[("WatchGuard Firebox M470", Device), ("SonicWall TZ370", Device)],
        ),
        (
            "The edge firewall is a Sophos XGS 2100 and the data centre firewall is a Cisco Firepower 2110.",
            &[("Sophos XGS 2100", Device), ("Cisco Firepower 2110", Device)],
        ),
        (
            "Ticket machines are supplied by Ticketer and contactless fares are processed by Littlepay.",
            &[("Ticketer", Supplier), ("Littlepay", Supplier)],
        ),
        (
            "Bus stop displays are supplied by Trueform and the RTPI system is run by Trapeze.",
            &[("Trueform", Supplier), ("Trapeze", Supplier)],
        ),
        (
            "Burial and cremation records are held in BACAS and the cemetery plots are mapped in PlotBox.",
            &[("BACAS", Supplier), ("PlotBox", Supplier)],
        ),
        (
            "The cremators were supplied by Facultatieve Technologies and funeral webcasts are provided by Obitus.",
            &[("Facultatieve Technologies", Supplier), ("Obitus", Supplier)],
        ),
        (
            "The leisure management system is Gladstone; swimming lessons are booked through Coursepro.",
            &[("Gladstone", Supplier), ("Coursepro", Supplier)],
        ),
        (
            "Staff pass through Fastlane Glassgate 155 speed gates and the car park barriers are FAAC.",
            &[("Fastlane Glassgate 155", Device), ("FAAC", Device)],
        ),
        (
            "Public PCs are booked through Netloan, print management is Pharos and RFID kiosks came from D-Tech.",
            &[
                ("Netloan", Supplier),
                ("Pharos", Supplier),
                ("D-Tech", Supplier),
            ],
        ),
        (
            "The archive catalogue is held in CALM and digital preservation uses Preservica.",
            &[("CALM", Supplier), ("Preservica", Supplier)],
        ),
        (
            "Manuscripts are captured on a Phase One iXH 150MP camera and the book scanner is a Zeutschel OS A2.",
            &[("Phase One iXH 150MP", Device), ("Zeutschel OS A2", Device)],
        ),
        (
            "Cabin bags are screened on Smiths Detection HI-SCAN 6040 CTiX machines.",
            &[("Smiths Detection HI-SCAN 6040 CTiX", Device)],
        ),
        (
            "Passengers walk through ProVision body scanners and trace detection uses the Rapiscan Itemiser 4DX.",
            &[("ProVision", Device), ("Rapiscan Itemiser 4DX", Device)],
        ),
        (
            "Inpatient prescribing uses JAC ePMA and aseptic worksheets are produced in BD Cato.",
            &[("JAC ePMA", Supplier), ("BD Cato", Supplier)],
        ),
        (
            "The dispensary has a BD Rowa Vmax 210 robot and wards use Pyxis MedStation cabinets.",
            &[("BD Rowa Vmax 210", Device), ("Pyxis MedStation", Device)],
        ),
        (
            "The Western HSC Trust moved to encompass in May and results are viewed in the NIECR.",
            &[("encompass", Supplier), ("NIECR", Supplier)],
        ),
        (
            "Bin rounds are managed in Collective and collection rounds are planned in RouteSmart.",
            &[("Collective", Supplier), ("RouteSmart", Supplier)],
        ),
        (
            "Refuse vehicles carry Brigade Backeye 360 camera systems and vans carry FMB920 trackers.",
            &[("Brigade Backeye 360", Device), ("FMB920", Device)],
        ),
        (
            "Phones are extracted with UFED 4PC and reviewed in Physical Analyzer; computers are examined in AXIOM.",
            &[
                ("UFED 4PC", Supplier),
                ("Physical Analyzer", Supplier),
                ("AXIOM", Supplier),
            ],
        ),
        (
            "Drives are imaged through a Tableau TX1 and examiners use FRED forensic workstations.",
            &[("Tableau TX1", Device), ("FRED", Device)],
        ),
        (
            "Patients send online consultations through Anima and appointment reminders are sent by MJog.",
            &[("Anima", Supplier), ("MJog", Supplier)],
        ),
        (
            "The practice website runs FootFall; the surgery's phones are provided by X-on.",
            &[("FootFall", Supplier), ("X-on", Supplier)],
        ),
        (
            "The vendor reaches the PLCs through an Ewon Cosy 131 and engineers connect through Talk2M.",
            &[("Ewon Cosy 131", Remote), ("Talk2M", Remote)],
        ),
        (
            "Pumping stations have Secomea SiteManager gateways and remote access to the BMS is by Tosibox Lock 500.",
            &[("Secomea SiteManager", Remote), ("Tosibox Lock 500", Remote)],
        ),
        (
            "Flow loggers are Technolog Cello units and pump stations are controlled by Flygt MultiSmart.",
            &[("Technolog Cello", Device), ("Flygt MultiSmart", Device)],
        ),
        (
            "ID badges are printed on a Fargo DTC1500 and staff cards come off an Evolis Primacy 2 printer.",
            &[("Fargo DTC1500", Device), ("Evolis Primacy 2", Device)],
        ),
        (
            "Badges are designed in cardPresso and vehicle keys are kept in Traka cabinets.",
            &[("cardPresso", Security), ("Traka", Security)],
        ),
        (
            "Repairs are diagnosed with Keyfax and rent arrears are prioritised by Mobysoft RentSense.",
            &[("Keyfax", Supplier), ("Mobysoft RentSense", Supplier)],
        ),
        (
            "Sheltered schemes have Tunstall warden call systems and telecare alarms go to Jontek.",
            &[("Tunstall", Supplier), ("Jontek", Supplier)],
        ),
    ]);
}

/// lex26's guarded words in their plain sense, with no cue of their rule on the line.
#[test]
fn lex26_plain_words_stay_plain() {
    for text in [
        "A wayfarer walked the coast path and the trapeze artist performed at the fair.",
        "Gladstone was Prime Minister four times.",
        "Traffic moved into the fast lane.",
        "Staff stayed calm during the incident and the atom was split.",
        "Phase One of the digitisation project ended in May.",
        "Provision was made for staff training at the airport.",
        "Pyxis is a small constellation.",
        "Your request would encompass all patient records held by the Trust.",
        "Collective bargaining resumed.",
        "London Fire Brigade vehicles carry cameras.",
        "Autopsy examinations were carried out by a forensic pathologist.",
        "Fred Smith chaired the meeting.",
        "Footfall in the town centre rose.",
        "The site manager signed the form.",
        "A kingfisher nested by the pumping station.",
        "We visited Fargo in North Dakota.",
        "Tunstall is one of the six towns of Stoke.",
        "Please contact Vernon Price at the museum.",
        "Garrett Jones is head of airport screening.",
        "The Pharos of Alexandria was a lighthouse.",
        "A check point was set up on the bridge.",
        "A cubic metre of soil was removed.",
        "Cato the Elder wrote on farming.",
    ] {
        assert_eq!(found(text), vec![], "{text}");
    }
}

/// Written as staff write them in notes and service reports: a "10." range with one
/// wildcard before "range"; a port after its service's name; a plain account after
/// "Login:" beside its password; a number with its service pack after a product; a
/// launch protocol with its version, a web-filtering service and an audio-visual firm.
/// Not a "10.5.x" release series, an HTTP status, a year after SSH, a glossary's
/// "LTI" or a table's "Table 4.2".
#[test]
fn notes_and_service_reports() {
    check(&[
        ("ICT say the 10.42.x range must not go out; version 10.5.x of the app is fine.\n", &[("10.42.x", Kind::NetworkDetail)]),
        ("Network: NVR on HTTP 8080, HTTPS 8443 and SSH: 22. HTTP 404 errors were seen.\n", &[("HTTP 8080", Kind::NetworkDetail), ("HTTPS 8443", Kind::NetworkDetail), ("SSH: 22", Kind::NetworkDetail)]),
        ("Login:    admin / Harwood2019!  – recommend change at next visit.\n", &[("admin", Kind::Credential), ("Harwood2019!", Kind::Credential)]),
        // A partner's file transfer host, even on a public domain; a remote-support tool's
        // ID later on its line; a product's extension with its release.
        ("The transfer host is sftp.archives.example.gov.uk, port 2222. See www.example.gov.uk.\n", &[("sftp.archives.example.gov.uk", Kind::NetworkDetail), ("port 2222", Kind::NetworkDetail)]),
        ("Engineer used TeamViewer on the plant room laptop. ID 1 482 906 337\n", &[("TeamViewer", Kind::RemoteAccess), ("1 482 906 337", Kind::Credential)]),
        ("Windows 11 / Proctorio extension 1.5.24023.1. The extension 4471 rang.\n", &[("Windows 11", Kind::SoftwareVersion), ("Proctorio extension 1.5.24023.1", Kind::SoftwareVersion)]),
        // (With the password's own label between: "user dp.edt / password Bluebell#44".)
        ("Portal shared login (do not circulate!): user dp.edt / password Bluebell#44\n", &[("dp.edt", Kind::Credential), ("Bluebell#44", Kind::Credential)]),
        ("It was last upgraded in March 2023, to CAD 8.2 SP3. Table 4.2 gives the totals.\n", &[("CAD 8.2 SP3", Kind::SoftwareVersion)]),
        ("Tools launch from the learning environment using LTI 1.3, and FortiGuard filters the web. LTI rates fell.\n", &[("LTI 1.3", Kind::AuthProtocol), ("FortiGuard", Kind::SecurityProduct)]),
        ("Out-of-hours fixes are done by Northbeam AV Ltd.\n", &[("Northbeam AV Ltd", Kind::ItSupplier)]),
        // A firmware build written as a code; a PIN of digits (not a year after "Chip and
        // PIN"); a client or shared secret; a host struck through in Markdown.
        ("Remove the tablet firmware (T575XXU5DWB1). Firmware updates are monthly.\n", &[("T575XXU5DWB1", Kind::SoftwareVersion)]),
        ("Drivers log in with the shared PIN 4417. Chip and PIN 2019 terminals. PIN resets: 1250 in 2023.\n", &[("4417", Kind::Credential)]),
        ("It uses an OAuth 2.0 client secret Zq8!vR2e-Lm41; the secret ballot of 2024 members.\n", &[("OAuth 2.0", Kind::AuthProtocol), ("Zq8!vR2e-Lm41", Kind::Credential)]),
        ("It is hosted on (~~HTH-OH-APP01~~ deleted); HOME is ~HTH-OH-APP01.\n", &[("HTH-OH-APP01", Kind::NetworkDetail)]),
        // A password after "factory" or "default": digits alone, or a word with a digit;
        // the user name again as the password; a value in quotes after the word; not a
        // word after "login" that the line also writes after "login".
        ("The installer login has the factory password 1000. Web UI still factory default pw trend1. The default password policy applies.\n", &[("1000", Kind::Credential), ("trend1", Kind::Credential)]),
        ("The PC logs in automatically as pacsview with the password pacsview. The modems accept the vendor password \"service\".\n", &[("pacsview", Kind::Credential), ("service", Kind::Credential)]),
        ("Addresses collected through the login page are kept. The login page is Purple's.\n", &[]),
        // A token or a secret after one space: letters and digits, twelve or more.
        ("Auth Token 9b4e2f7a1c8d3e6f0a5b2c9d4e7f1a3b. Access key AKIAQ7XR4M2PLN6VWZ3T with secret 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; a token ring network.\n", &[("9b4e2f7a1c8d3e6f0a5b2c9d4e7f1a3b", Kind::Credential), ("AKIAQ7XR4M2PLN6VWZ3T", Kind::Credential), ("Wm8s/Kq2Rt+4nVb7Lx1PzQ9cYe3Hd6Jf0Ag5Tu2o", Kind::Credential)]),
    ]);
}

/// A "Yes" opening a later paragraph of the answer confirms the product the question
/// named; a supplier named in full is found again by its first word, mid-sentence,
/// unless the draft also writes that word in lowercase.
#[test]
fn later_yes_and_a_suppliers_short_name() {
    let found = cyber("Dear Mr Cole\n\nQUESTION 3\n\"How many CCTV cameras are there, are they Hikvision cameras, and can they be viewed remotely?\"\n\nANSWER\nThere are six cameras.\n\nYes, the cameras can be viewed remotely. The system is maintained by Vigilant Security Systems Ltd.\n\n---- pasted from Vigilant service report ----\n");
    let got: Vec<(&str, Severity)> = found.iter().map(|f| (f.0.as_str(), f.2)).collect();
    assert_eq!(
        got,
        [
            ("Hikvision", Severity::Info),
            ("Yes", Severity::Review),
            ("Vigilant Security Systems Ltd", Severity::Review),
            ("Vigilant", Severity::Review)
        ],
        "{found:?}"
    );
    let found = cyber("Dear Sir\n\nThe system is maintained by Vigilant Security Systems Ltd. Staff stay vigilant; see the Vigilant report.\n");
    let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(texts, ["Vigilant Security Systems Ltd"], "{found:?}");
}

/// A Windows account with its domain, with an account's words on its line; an address
/// on a machine known by one name. Not a group ("AD\Users"), an escape in a text that
/// writes them, "http://foo" or "http://localhost".
#[test]
fn domain_accounts_and_one_label_hosts() {
    check(&[
        ("The account HARTMOOR\\jsmith2 has admin rights; the AD\\Users group does not.\n", &[("HARTMOOR\\jsmith2", Kind::Credential)]),
        ("Staff use http://intranet/hr and https://srv-app01/login; see http://foo/ and http://localhost/x.\n", &[("http://intranet/hr", Kind::NetworkDetail), ("https://srv-app01/login", Kind::NetworkDetail)]),
        ("Print \"USER\\nname\" and \"LOG\\nuser\" and \"A\\nb\" and \"C\\nd\" with the account.\n", &[]),
    ]);
}

/// A remote-support tool's ID for a machine, and a product's release series ("10.x").
/// Not the tool's own version ("TeamViewer 15").
#[test]
fn remote_support_ids_and_release_series() {
    check(&[
        (
            "Remote support is via TeamViewer ID 1 234 567 890; AnyDesk address: 123456789.\n",
            &[
                ("TeamViewer", Kind::RemoteAccess),
                ("1 234 567 890", Kind::Credential),
                ("AnyDesk", Kind::RemoteAccess),
                ("123456789", Kind::Credential),
            ],
        ),
        (
            "The firewalls run FortiOS 7.2.x; staff use TeamViewer 15.\n",
            &[
                ("FortiOS 7.2.x", Kind::SoftwareVersion),
                ("TeamViewer 15", Kind::SoftwareVersion),
            ],
        ),
    ]);
}

/// The credentials in a one-paragraph answer, by their text.
/// The texts of a draft's findings of one kind and severity, the draft opened with a
/// greeting (so that its first line is no letterhead).
fn of_kind(text: &str, kind: Kind, severity: Severity) -> Vec<String> {
    cyber(&format!("Dear Sir\n\n{text}\n"))
        .into_iter()
        .filter(|f| f.1 == kind && f.2 == severity)
        .map(|f| f.0)
        .collect()
}

fn credentials(text: &str) -> Vec<String> {
    of_kind(text, Kind::Credential, Severity::High)
}

#[test]
fn codes_that_open_doors_safes_and_alarms() {
    let cases: &[(&str, &[&str])] = &[
        ("[Drafting note: the key safe at the Millbrook depot is 2719.]", &["2719"]),
        ("Door entry to the Records Store is by keypad (code C4691X).", &["C4691X"]),
        ("The safe has a combination of 36-12-58; only the Cashier knows it.", &["36-12-58"]),
        ("Contractors' access: barrier keypad code *2580#, valid until 31 May.", &["*2580#"]),
        ("The staff door from the ambulance bay into the Emergency Department uses code 1357*, which was changed.", &["1357*"]),
        ("The key safe at Retained Station 9 was changed to 1-1-0-7 on 2 January.", &["1-1-0-7"]),
        ("The custody suite door code (4#2#7#1) was found in the book.", &["4#2#7#1"]),
        ("The community midwives' car lockbox uses code 0 0 9 1.", &["0 0 9 1"]),
        ("The master override code for the smart lockers is 000-4411.", &["000-4411"]),
        // (From `eval/stop56br`: the value after an address, and the code in use after a
        // sentence about the cabinet.)
        ("The key safe code for Flat 3, 27 Gladstone Terrace, Harrowfield HF4 2RN is 5820 (household).", &["5820"]),
        ("It is in a cabinet; the cabinet code is given out by the ambulance service. Current code C2580 (changed 1 June).", &["C2580"]),
        ("The current code of practice 2024 applies. Current code 4471 is the budget's.", &[]),
        // Not: another code, a year, a count, a number after a rank.
        ("Sort code 20-45-77. Cost code 4471 pays for the doors. A keypad was fitted in 2019. A combination of 150 staff and volunteers. Error code 1603 was shown at the door.", &[]),
        ("The safe combination was changed after PC 4417 Hollins left the team.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(credentials(text), *want, "{text}");
    }
}

#[test]
fn passwords_in_urls_settings_pairs_and_columns() {
    let cases: &[(&str, &[&str])] = &[
        ("DATABASE_URL=postgres://planning_ro:xT5!vgE2pq@db-plan-01.example:5432/planning", &["xT5!vgE2pq"]),
        ("REDIS_URL=redis://:rds-pw-5531@cache01.example:6379", &["rds-pw-5531"]),
        ("Mar 04 02:14:51 app02 php: login attempt user=jbarker pass=Summer2023!! result=OK", &["Summer2023!!"]),
        ("settings: {\"smtp_user\": \"noreply\", \"smtp_pass\": \"Relay2024#Appts\"}", &["Relay2024#Appts"]),
        ("environment: POSTGRES_PASSWORD=Harbour!Pg2023", &["Harbour!Pg2023"]),
        ("The BMS is reached from the facilities PC using admin / P@ssw0rd1.", &["P@ssw0rd1"]),
        ("| System | Account | Password |\n|---|---|---|\n| Payroll | payroll_admin | Ledger!Spring23 |\n| Web | webeditor | k8v$Qn2p |", &["Ledger!Spring23", "k8v$Qn2p"]),
        // Not: a placeholder, a path, a URL's port, algorithms either side of a slash.
        ("git fetch http://user:pass@host/repo. \"PWD\": \"/home/node/project\". See https://host.example:8080/x. Sessions use AES-256 / SHA-384.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(credentials(text), *want, "{text}");
    }
}

#[test]
fn keys_and_tokens_known_by_their_shape() {
    let cases: &[(&str, &[&str])] = &[
        ("Extract from the log: Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmb2kuYm90In0.q3Vt8kR2mZ0xLw9pN4s7YbH1cD6eFgJ2aK5", &["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmb2kuYm90In0.q3Vt8kR2mZ0xLw9pN4s7YbH1cD6eFgJ2aK5"]),
        ("Alerts go to https://hooks.slack.com/services/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.", &["https://hooks.slack.com/services/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"]),
        ("An old script still holds sk_test_51Kx8Pq2Vm7Lt4Rw9Yb3Nc6Hd1Jf0Aa5Ze; it has no live access.", &["sk_test_51Kx8Pq2Vm7Lt4Rw9Yb3Nc6Hd1Jf0Aa5Ze"]),
        ("The stored hash was $2b$12$Qk7mVx2Lp9Rt4Wn8Yb1Nc.5Hd3Jf0Pa2Ze4GuT6sK9mLq1Wx7Vb, since reset.", &["$2b$12$Qk7mVx2Lp9Rt4Wn8Yb1Nc.5Hd3Jf0Pa2Ze4GuT6sK9mLq1Wx7Vb"]),
        ("Annex 3:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu7Lm2Zx9Vr4Kt8Wp1Nc3\n-----END RSA PRIVATE KEY-----\nEnd of annex.", &["-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu7Lm2Zx9Vr4Kt8Wp1Nc3\n-----END RSA PRIVATE KEY-----"]),
        // Not: a public certificate, a short "SG." abbreviation, a word after "AIza".
        ("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\nSee SG. 12 and AIzawl town.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(credentials(text), *want, "{text}");
    }
}

#[test]
fn one_time_backup_and_recovery_codes() {
    let cases: &[(&str, &[&str])] = &[
        ("The Duo code the engineer read out was 402 917.", &["402 917"]),
        ("[DN: backup codes for the admin account: 7391 0482, 6620 1957]", &["7391 0482", "6620 1957"]),
        ("The laptop's BitLocker recovery key is 104728-559130-002871-663019.", &["104728-559130-002871-663019"]),
        ("Her OTP was 882164 at 09:12.", &["882164"]),
        // Not: counts, times, years, an escrow date.
        ("Backup codes were issued to 4200 users. The MFA code expires after 30 seconds. Recovery key escrow began in 2023. 2FA codes sent: 120000 per month.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(credentials(text), *want, "{text}");
    }
}

#[test]
fn passphrases_of_plain_words() {
    let cases: &[(&str, &[&str])] = &[
        ("Visitors join Hallam-Guest with the passphrase copper kettle 77, changed each term.", &["copper kettle 77"]),
        ("The passphrase for the plotter is orchard violet window 9.", &["orchard violet window 9"]),
        ("After the breach the reception PC password was reset to ‘marble otter 2031’ by the contractor.", &["marble otter 2031"]),
        ("The caretaker had written the password down as \"Bramble Hill four five six\" on the cupboard.", &["Bramble Hill four five six"]),
        ("The Wi-Fi key – 'seven green bottles, standing!' – is on the staff room board.", &["seven green bottles, standing!"]),
        // Not: sentences about passwords, however worded.
        ("The passphrase is changed every 90 days. The password must be at least 12 characters long.", &[]),
        ("Click the \"Forgotten password\" link. The password \"must be changed\" on first use.", &[]),
        ("The passphrase three random words 2024, as the NCSC advises, is our standard.", &[]),
        ("Staff were told their password \"should be three random words\".", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(credentials(text), *want, "{text}");
    }
}

#[test]
fn systems_named_by_a_version_a_system_word_or_a_supplier() {
    let cases: &[(&str, &[&str])] = &[
        ("Footage is uploaded automatically to DEMS 360 (v4.1.7) each night.", &["DEMS 360"]),
        ("Rota changes are published on the staff rostering system, RotaCloud, and rangers are told.", &["RotaCloud"]),
        ("Inquests are listed using Inquest Manager, supplied by Halden Digital Ltd, since 2022.", &["Inquest Manager", "Halden Digital Ltd"]),
        // Not: a kind of system spelled out before its initials, a word that opens a
        // clause, a person before a version.
        ("It links to the integrated communications control system (ICCS) in both rooms. The system, as a whole, works. Upgrade 2.1 is due. Release notes by Rich Trott v20.1.0 say so.", &[]),
        // Firms said to support, host or manage the body's IT.
        ("The core switches are managed by Wharfedale Networks under contract.", &["Wharfedale Networks"]),
        ("Our website is hosted by Brindle Web Design; the phones by Cobalt Voice Ltd.", &["Brindle Web Design"]),
        ("The storage array is under Penhallow IT support until 2027.", &["Penhallow IT"]),
        // A clause between the verbs and "by", closed by a comma; kiosks are IT.
        ("The self-service kiosks were supplied, and are maintained, by Carrus Technologies under contract.", &["Carrus Technologies"]),
        // Not: a person, a firm of another trade, a body that reviewed something, a
        // sentence about no IT.
        ("The network is managed by Sarah Jones. Cleaning is provided by Brightwash Ltd. The review was supported by Audit Wales. The hall is maintained by Castle Joinery Ltd.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(
            of_kind(text, Kind::ItSupplier, Severity::Review),
            *want,
            "{text}"
        );
    }
}

#[test]
fn hosts_in_other_schemes_and_services_and_ssid_columns() {
    let cases: &[(&str, &[&str])] = &[
        ("REDIS_URL=redis://:rds-pw-5531@cache01.harbourside.internal:6379", &["cache01.harbourside.internal"]),
        ("The keytab for HTTP/sso.harbourside.internal was attached.", &["sso.harbourside.internal"]),
        ("| Site | SSID | Pre-shared key |\n|---|---|---|\n| Station 3 | KVFRS-STN3 | x |\n| Training | KVFRS-TRAIN | y |", &["KVFRS-STN3", "KVFRS-TRAIN"]),
        // Not: a public site's path, an SSID column's placeholder.
        ("See https://www.example.gov.uk/guidance/x.\n\n| Site | SSID |\n|---|---|\n| Depot | n/a |", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(
            of_kind(text, Kind::NetworkDetail, Severity::High),
            *want,
            "{text}"
        );
    }
}

/// Each draft's network findings (all high, with their exemption and reason: see
/// `network`) are exactly its texts.
fn check_network_texts(cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        let got: Vec<String> = network(text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(got, *want, "{text}");
    }
}

#[test]
fn hosts_with_tiers_and_roles_and_the_next_of_a_list() {
    let cases: &[(&str, &[&str])] = &[
        ("Dear Sir\n\nThe booking database servers (BKG-DB-01 and BKG-DB-02) sit in the data centre.\n", &["BKG-DB-01", "BKG-DB-02"]),
        ("Dear Sir\n\nThe change upgraded vSphere on HV-PRD-03; the standby is DR-UAT-01.\n", &["HV-PRD-03", "DR-UAT-01"]),
        ("Dear Sir\n\nThe lift management server, LIFT-MGR-02, and core switch LAB-CORE-SW2 are in scope.\n", &["LIFT-MGR-02", "LAB-CORE-SW2"]),
        ("Dear Sir\n\nThe web farm is hosts web-node01, web-node02 and web-node03.\n", &["web-node01", "web-node02", "web-node03"]),
        // Not: a policy's or a form's number, a standard's part.
        ("Dear Sir\n\nSee policy HR-POL-01 and procedure IG-SOP-02, form CE-PLUS-01 and PAS-1192-2.\n", &[]),
    ];
    check_network_texts(cases);
}

#[test]
fn ports_in_settings_logs_and_access_lists() {
    let cases: &[(&str, &[&str])] = &[
        ("radius:\n  server: 10.72.9.20\n  port: 1812\n", &["10.72.9.20", "1812"]),
        ("auth_ldap_port = 636\nSMTP_PORT=587\n", &["636", "587"]),
        ("Jan 02 DENY TCP 10.50.3.21:3389 from outside\n", &["10.50.3.21", "3389"]),
        ("kernel: DROP IN=eth0 PROTO=TCP SPT=51234 DPT=22 WINDOW=1024\n", &["22"]),
        ("iptables -A INPUT -p tcp --dport 8443 -j ACCEPT\n", &["8443"]),
        ("ip access-list extended GUEST-IN\n permit tcp any host 10.9.9.9 eq 443\n permit tcp any any eq www\n", &["10.9.9.9", "443", "www"]),
        // Not: prose with a colon or an equals sign, a time, a port of 0.
        ("Dear Sir\n\nThe port: 12 ships a year. The report = 12 pages. Meet at 10:30. Score eq 5. port=0\n", &[]),
    ];
    check_network_texts(cases);
}

#[test]
fn update_numbers_coded_firmware_and_authentication_mechanisms() {
    let cases: &[(&str, Kind, &[&str])] = &[
        (
            "Update KB5034441 is not yet applied to 37 servers (KB5012170 is).",
            Kind::SoftwareVersion,
            &["KB5034441", "KB5012170"],
        ),
        (
            "The access switches run YB.16.10.0021.",
            Kind::SoftwareVersion,
            &["YB.16.10.0021"],
        ),
        (
            "We meet ISO 27001 control A.12.6.1; the file is 512 KB; see KB123.",
            Kind::SoftwareVersion,
            &[],
        ),
        (
            "The audit found SMBv1 enabled and legacy authentication still allowed.",
            Kind::AuthProtocol,
            &["SMBv1", "legacy authentication"],
        ),
        (
            "Home workers complete MFA with SMS one-time codes or time-based one-time passcodes.",
            Kind::AuthProtocol,
            &["SMS one-time codes", "time-based one-time passcodes"],
        ),
        (
            "SMS codes for parking are sold at the machine; the app sends push notifications.",
            Kind::AuthProtocol,
            &[],
        ),
    ];
    for (text, kind, want) in cases {
        assert_eq!(of_kind(text, *kind, Severity::High), *want, "{text}");
    }
}

#[test]
fn devices_named_by_their_model_code_alone() {
    let cases: &[(&str, &[&str])] = &[
        ("Footage is kept on three HX-7716NR-Q4 network video recorders.", &["HX-7716NR-Q4"]),
        ("The libraries have new APs (Q5-LR x 12) and 4 x KX318B switches.", &["Q5-LR", "KX318B"]),
        ("We run a pair of PX-220G in high availability.", &["PX-220G"]),
        ("The Wi-Fi access point model (RZ-550) should come out.", &["RZ-550"]),
        // Not: a rating, a year, a paper size, a lift's or a defibrillator's model, a
        // charset, a motorway.
        ("IP67 cameras are fitted. During COVID-19 cameras were paused. A4 printers and 4G routers. The lift (Marlow model ML-630) and a Hartland model AED-220. UTF-8 readers. The M62 cameras.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(
            of_kind(text, Kind::DeviceMakeModel, Severity::High),
            *want,
            "{text}"
        );
    }
}

#[test]
fn systems_said_to_be_and_asked_about_and_releases_a_body_is_on() {
    // A system the requester asks about by name, confirmed by "Yes"; the answer that
    // says the database is it, and its later mention.
    let text = "Dear Sir\n\nYou asked:\n\n 4) What software is used for the vetting database – is it Core-Vet?\n\nRESPONSE\n\nQuestion 4\n\nYes, the vetting database is Core-Vet, which most forces use. Staff sign in and Core-Vet checks them.\n";
    let got: Vec<(String, Severity)> = cyber(text)
        .into_iter()
        .filter(|f| f.1 == Kind::ItSupplier)
        .map(|f| (f.0, f.2))
        .collect();
    let want = [
        ("Core-Vet", Severity::Info),
        ("Yes", Severity::Review),
        ("Core-Vet", Severity::Review),
        ("Core-Vet", Severity::Review),
    ];
    let want: Vec<(String, Severity)> = want.iter().map(|(t, s)| (t.to_string(), *s)).collect();
    assert_eq!(got, want, "{text}");
    check(&[
        // A product's release after words that say the body is on it or moves to it.
        ("[RH – we are on LCS 2.19.4.] We are still on Core-Vet 4.7 until then. We upgraded to Niche 7.2 last year.", &[("LCS 2.19.4", Kind::SoftwareVersion), ("Core-Vet 4.7", Kind::SoftwareVersion), ("Niche 7.2", Kind::SoftwareVersion)]),
        // Not: a document's part, a word after "is" with its capital, a question about
        // no system.
        ("This is on Table 4.7 and we were on Page 2.1. The system is Available. Is it Monday? Is it Core-Vet?", &[]),
        // A server named by its site, a role glued to its purpose, and a padded number.
        ("The live version runs on CBC-REVDB-02 and XYZ-FINSQL-01.", &[("CBC-REVDB-02", Kind::NetworkDetail), ("XYZ-FINSQL-01", Kind::NetworkDetail)]),
    ]);
}

#[test]
fn numbered_paragraphs_answer_a_request_opened_in_one() {
    // The paragraph after the one that opened the request answers it: its products
    // are the body's, not the requester's words.
    let text = "Our ref: FOI 240518\n\nTo: Ms K Nowak\n\n1. Thank you for your request of 2 May 2024. You asked for the following:\n\n   (i) How visits are booked.\n   (ii) Whether officers wear Reveal body-worn cameras.\n\n2. Visits booking. Visits are booked online.\n\n3. Body-worn video. The prison holds 148 cameras, model Reveal D5, docked on stations running DEMS 360 v4.3.\n";
    let got: Vec<(String, Severity, Context)> =
        cyber(text).into_iter().map(|f| (f.0, f.2, f.3)).collect();
    assert!(
        got.contains(&("Reveal".to_string(), Severity::Info, Context::Request)),
        "{got:?}"
    );
    assert!(
        got.contains(&("Reveal D5".to_string(), Severity::High, Context::Answer)),
        "{got:?}"
    );
    check(&[
        // A wireless network's name in brackets after "Wi-Fi", in capitals; a firm
        // named after "provider," in a sentence about IT.
        ("Staff on the station Wi-Fi (SFRS-CREW) reach the app. Practices' IT is supported by the commissioned provider, Solent Digital Partners.", &[("SFRS-CREW", Kind::NetworkDetail), ("Solent Digital Partners", Kind::ItSupplier)]),
        // Not: a setting in brackets, a care provider.
        ("The Wi-Fi (2024) survey and the Wi-Fi (Phase-2) works finished. Our lead home care provider, Brightwater Homecare Ltd, visits.", &[]),
    ]);
}

#[test]
fn systems_asked_about_by_the_question_before_pins_said_later_and_wrapped_releases() {
    let text = "Dear Sir\n\nQ3. \"What intelligence database does the service use? Is it Memex or the\nnational IDB?\"\n\nRESPONSE:\nLocal intelligence is recorded on Memex Patriarch.\n\nYou asked whether it is the Broadcare system? No: what case management platform … is it the Broadcare system?\n";
    let got: Vec<(String, Severity)> = cyber(text)
        .into_iter()
        .filter(|f| f.1 == Kind::ItSupplier)
        .map(|f| (f.0, f.2))
        .collect();
    assert!(
        got.contains(&("Memex".to_string(), Severity::Info)),
        "{got:?}"
    );
    assert!(
        got.contains(&("Memex".to_string(), Severity::Review)),
        "{got:?}"
    );
    assert!(got.iter().any(|g| g.0 == "Broadcare"), "{got:?}");
    check(&[
        // A PIN said after "is" further on; a release wrapped onto the next line.
        (
            "Handset PIN for the iPhone is 482913 – change it. The kiosk admin PIN is still 7731.",
            &[
                ("iPhone", Kind::DeviceMakeModel),
                ("482913", Kind::Credential),
                ("7731", Kind::Credential),
            ],
        ),
        (
            "The dispensing system is JAC Pharmacy (release\n5.3.1), interfaced to the record.",
            &[
                ("JAC Pharmacy", Kind::ItSupplier),
                ("release\n5.3.1", Kind::SoftwareVersion),
            ],
        ),
        // Not: a year after a PIN, a question about no system.
        (
            "The PIN policy is 2024 compliant. Is it Monday or Tuesday?",
            &[],
        ),
    ]);
}

#[test]
fn releases_after_is_and_systems_spelled_out_in_brackets() {
    check(&[
        ("The platform is Moodle Workplace 4.1.9, hosted by Catalyst IT.", &[("Moodle Workplace 4.1.9", Kind::SoftwareVersion), ("Catalyst IT", Kind::ItSupplier)]),
        ("The custody record is held on NCS (National Custody System).", &[("NCS (National Custody System)", Kind::ItSupplier)]),
        // Not: a document's part after "is", words in brackets that spell no system.
        ("The figure is Table 4.1.9 and the answer is Section 2.1.3. The NHS (National Health Service) pays.", &[]),
    ]);
}

#[test]
fn systems_and_suppliers_in_a_tables_columns() {
    check(&[
        // A Product column in a table about licences, aligned with spaces: each name,
        // and a name with its version.
        (
            "Dear Ms Hill\n\n  Product                  Licence type   Annual cost\n  -----------------------  -------------  -----------\n  Texthelp Read&Write      Site licence   £18,450\n  Dragon Professional 16   40 seats       £9,120\n  MindView                 Site licence   £4,880\n",
            &[("Texthelp Read&Write", Kind::ItSupplier), ("Dragon Professional 16", Kind::SoftwareVersion), ("MindView", Kind::ItSupplier)],
        ),
        // A System column and its Supplier column; not a function, a placeholder or a
        // system's kind in capitals.
        (
            "Dear Ms Hill\n\n| System | Supplier | Contract end |\n|---|---|---|\n| Orbis | Brightline Systems | 2026 |\n| Revenues and benefits | In-house | 2025 |\n| PACS | N/A | 2027 |\n",
            &[("Orbis", Kind::ItSupplier), ("Brightline Systems", Kind::ItSupplier)],
        ),
        // Not: a Product column of goods, a Supplier column in a table of services.
        (
            "Dear Ms Hill\n\nProduct\tTest purchases\tSales\nVapes\t12\t3\n\nService\tSupplier\tValue\nCleaning\tSparkle Cleaning Ltd\t£10,000\n",
            &[],
        ),
    ]);
}

#[test]
fn apps_named_in_prose() {
    check(&[
        (
            "Residents can send recordings through the Noise App, and patients reach the portal through the NHS App.",
            &[("Noise App", Kind::ItSupplier), ("NHS App", Kind::ItSupplier)],
        ),
        // Not: an app's kind, a word that opens a sentence, an app with no name.
        ("Download the Mobile App. Online App forms are here. Use our App.", &[]),
    ]);
}

#[test]
fn a_port_after_an_address_and_voice_gateways() {
    check(&[
        (
            "SIP trunks from Gamma into an AudioCodes Mediant 800 at 192.168.40.10 on 5060.",
            &[
                ("Gamma", Kind::ItSupplier),
                ("AudioCodes Mediant 800", Kind::DeviceMakeModel),
                ("192.168.40.10", Kind::NetworkDetail),
                ("5060", Kind::NetworkDetail),
            ],
        ),
        // Not a date, a year or a number with a word after it.
        (
            "The box 10.1.2.3 on 20 May; 10.1.2.4 on 2024; 10.1.2.5 on 8080 today.",
            &[
                ("10.1.2.3", Kind::NetworkDetail),
                ("10.1.2.4", Kind::NetworkDetail),
                ("10.1.2.5", Kind::NetworkDetail),
            ],
        ),
    ]);
}

#[test]
fn feature_updates_admin_pages_and_gis() {
    check(&[
        (
            "The controllers run build 22H2; the rest are on 21H1. The admin page, https://www.example.gov.uk/opcc-admin-7731, and https://www.example.gov.uk/wp-admin are restricted. The GIS is supplied by Esri UK.",
            &[("22H2", Kind::SoftwareVersion), ("21H1", Kind::SoftwareVersion), ("https://www.example.gov.uk/opcc-admin-7731", Kind::NetworkDetail), ("https://www.example.gov.uk/wp-admin", Kind::NetworkDetail), ("Esri UK", Kind::ItSupplier)],
        ),
        // A site's admin server by its first label's last word.
        (
            "The portal admin page is https://hbc-licensing-admin.example.gov.uk/uniform/admin today.",
            &[("https://hbc-licensing-admin.example.gov.uk/uniform/admin", Kind::NetworkDetail)],
        ),
        // Not: a code with the shape inside it, a public page about admin, a project's.
        ("Ref AB22H2 and 22H2-x. See https://www.example.gov.uk/news/admin-changes-2024 and https://github.com/nodejs/admin.", &[]),
    ]);
}

#[test]
fn four_part_versions_dictation_recorders_and_a_mailboxs_password() {
    check(&[
        (
            "The back-office system is Uniform, version 10.4.2.1. Officers dictate on Olympus DS-9500 handheld recorders. Calls are triaged using NHS Pathways. [Comment: shared mailbox pw for complaintreviews@ is 0pcc-Rev!ew24 -- delete]",
            &[
                ("Uniform", Kind::ItSupplier),
                ("version 10.4.2.1", Kind::SoftwareVersion),
                ("Olympus DS-9500", Kind::DeviceMakeModel),
                ("NHS Pathways", Kind::ItSupplier),
                ("0pcc-Rev!ew24", Kind::Credential),
            ],
        ),
        // Not: an address with no version word before it; a date after "build".
        ("The gateway is 10.4.2.1 and the build of 30.04.2024 went well.", &[("10.4.2.1", Kind::NetworkDetail)]),
    ]);
}

#[test]
fn a_tables_version_and_product_headers_of_two_words() {
    check(&[
        (
            "| Component              | Product / supplier                     | Version / detail |\n|------------------------|----------------------------------------|------------------|\n| Council tax & benefits | Capita Academy | 4.26.1 |\n| Database               | Microsoft SQL Server | SQL Server 2016 SP3 |\n| Backup                 | Veeam Backup & Replication | v12 |\n",
            &[
                ("Capita Academy", Kind::ItSupplier),
                ("4.26.1", Kind::SoftwareVersion),
                ("Microsoft SQL Server", Kind::ItSupplier),
                ("SQL Server 2016 SP3", Kind::SoftwareVersion),
                ("Veeam Backup & Replication", Kind::SecurityProduct),
                ("v12", Kind::SoftwareVersion),
            ],
        ),
        // Not: a table of documents with a version column; goods and their suppliers.
        (
            "| Document / policy | Version / date |\n|---|---|\n| Records Policy | 3.1 |\n\n| Product / supplier | Test purchases |\n|---|---|\n| Vapes | 12 |\n",
            &[],
        ),
    ]);
}

/// A request restated after "asking for:" is the requester's; a product denied after
/// its name ("TeamViewer is not used") is for review, not high; not one said to be
/// unused for one purpose only.
#[test]
fn a_request_asking_for_and_a_denial_after_the_name() {
    let text = "Dear Mr Bains\n\nYou wrote to the Commissioner, asking for:\n\n  (i)   whether the OPCC uses Mimecast to filter its email;\n\n(i) Email security\nTeamViewer is not used. Sophos is not used for email but for laptops.\n";
    let got: Vec<(String, Severity, Context)> =
        cyber(text).into_iter().map(|f| (f.0, f.2, f.3)).collect();
    assert_eq!(
        got,
        vec![
            ("Mimecast".to_string(), Severity::Info, Context::Request),
            ("TeamViewer".to_string(), Severity::Review, Context::Answer),
            ("Sophos".to_string(), Severity::High, Context::Answer),
        ]
    );
}

#[test]
fn apn_hosts_a_networks_name_after_network_and_noise_kit() {
    check(&[
        (
            "Devices are managed over a private APN (wcc-ceo.apn.example). Laptops join the corporate network NMV-CLIN. Each kit holds a Cirrus Research Optimus Green meter and a Zoom H5 recorder.",
            &[
                ("wcc-ceo.apn.example", Kind::NetworkDetail),
                ("NMV-CLIN", Kind::NetworkDetail),
                ("Cirrus Research Optimus Green", Kind::DeviceMakeModel),
                ("Zoom H5", Kind::DeviceMakeModel),
            ],
        ),
        // Not: an APN without a dotted name, a network's plan in words.
        ("The APN settings are standard. Our APN is internet. The network plan was agreed.", &[]),
    ]);
}

#[test]
fn a_pin_with_its_enter_key_and_a_supplier_after_supplied_by() {
    check(&[
        (
            "The override PIN for the group rooms is 4471#. The record is RiO, supplied by The Access Group.",
            &[("4471#", Kind::Credential), ("RiO", Kind::ItSupplier), ("The Access Group", Kind::ItSupplier)],
        ),
        ("The access group meets monthly. Chip and PIN 2019 terminals.", &[]),
    ]);
}

/// Tables' columns of wireless networks ("Pupil SSID", "Wi-Fi network"), devices' models ("Model", in a
/// table about IT) and secrets ("Tablet PIN", "Password"); not a vehicle's model, a
/// model with no IT header beside it, a network's setting ("SSID hidden"), a masked or
/// missing secret, or a register's PIN.
#[test]
fn columns_of_ssids_models_and_secrets() {
    check(&[
        (
            "School\tModel\tUnits\tPupil SSID\nCarsebridge Academy\tAcer Spin 512\t1,140\tDCC-EDU-PUPIL\nBraeside Primary\tHP 11 G9 EE\t210\tDCC-EDU-PRI",
            &[
                ("Acer Spin 512", Kind::DeviceMakeModel),
                ("DCC-EDU-PUPIL", Kind::NetworkDetail),
                ("HP 11 G9 EE", Kind::DeviceMakeModel),
                ("DCC-EDU-PRI", Kind::NetworkDetail),
            ],
        ),
        (
            "| Round | Tablet PIN |\n|---|---|\n| R03 | 7731 |\n| R07 | **** |\n| R09 | N/A |\n\n| System | Account | Password |\n|---|---|---|\n| Intranet CMS | webeditor | k8v$Qn2p |",
            &[("7731", Kind::Credential), ("k8v$Qn2p", Kind::Credential)],
        ),
        // A "Wi-Fi network" column names networks; not where one reaches.
        (
            "Station\tTablets\tWi-Fi network\tAccess points\nKingsbridge Road\t64\tSVAS-CREW\tCisco Meraki MR46\nBrunel Way\t22\tGuest and staff areas\tn/a",
            &[
                ("SVAS-CREW", Kind::NetworkDetail),
                ("Cisco Meraki MR46", Kind::DeviceMakeModel),
            ],
        ),
        (
            "Make\tModel\tNumber\nVauxhall\tAstra 2\t96\n\nRegistration\tModel\tIP address\nAB12 CDE\tTransit 350\tn/a\n\nSite\tSSID hidden\tPassword expiry\nDepot\tYes\t90 days\n\nName\tNMC PIN\nA Nurse\t12A3456E",
            &[],
        ),
    ]);
}

/// A release of three parts right after up to three capitalised words is a product's
/// version ("run in Safe Exam Browser 3.6.1"); not a document's numbered part, nor a
/// sentence's first word. A network's name right after "Wi-Fi" is an SSID.
#[test]
fn a_named_release_of_three_parts_and_an_ssid_after_wifi() {
    check(&[
        (
            "Mock assessments run in Safe Exam Browser 3.6.1. The depot Wi-Fi HDC-DEPOT-FLEET serves the tablets.",
            &[
                ("Safe Exam Browser 3.6.1", Kind::SoftwareVersion),
                ("HDC-DEPOT-FLEET", Kind::NetworkDetail),
            ],
        ),
        (
            "See Section 3.6.1 and Table 2.1.3 of the plan. We met Recommendation 3.2.1 in full. The Wi-Fi 6E standard.",
            &[],
        ),
    ]);
}

/// A word of a security product the draft has named in full, standing alone later in
/// a sentence, is the product ("Microsoft Defender for Endpoint" … "do we name
/// Defender?"); not as part of another name or title ("Land Rover Defender", "the
/// Northvale Sentinel", "Keeper of Natural History").
#[test]
fn a_security_products_word_alone_after_its_full_name() {
    check(&[
        (
            "Laptops are protected by Microsoft Defender for Endpoint. Also do we name Defender? Logs go to Microsoft Sentinel.",
            &[
                ("Microsoft Defender for Endpoint", Kind::SecurityProduct),
                ("Defender", Kind::SecurityProduct),
                ("Microsoft Sentinel", Kind::SecurityProduct),
            ],
        ),
        (
            "Laptops are protected by Microsoft Defender for Endpoint.\nRangers drive a Land Rover Defender 110.\nThe Northvale Sentinel reported it.\nLogs go to Microsoft Sentinel.\nPasswords are kept in Keeper Enterprise.\nThe Keeper of Natural History retired.",
            &[
                ("Microsoft Defender for Endpoint", Kind::SecurityProduct),
                ("Microsoft Sentinel", Kind::SecurityProduct),
                ("Keeper Enterprise", Kind::SecurityProduct),
            ],
        ),
    ]);
}

/// A web address whose host names a test, development or integration environment is
/// internal ("https://pvcr-int.pvicb.nhs.uk/ingest"); a public site's is not.
#[test]
fn addresses_of_test_and_integration_environments() {
    check(&[
        (
            "Feeds arrive via the integration engine at https://pvcr-int.pvicb.nhs.uk/ingest. Testers use https://uat.portal.example.gov.uk/.",
            &[
                ("https://pvcr-int.pvicb.nhs.uk/ingest", Kind::NetworkDetail),
                ("https://uat.portal.example.gov.uk/", Kind::NetworkDetail),
            ],
        ),
        ("See https://www.nhs.uk/conditions and https://digital.nhs.uk/services.", &[]),
    ]);
}

/// "We run version 10.1": a version the body runs; RADIUS by which devices are
/// "authenticated".
#[test]
fn a_version_the_body_runs_and_radius_after_authenticated() {
    check(&[
        (
            "Answer: Yes. We run version 10.1, supported by our own team. Devices are authenticated by RADIUS.",
            &[("version 10.1", Kind::SoftwareVersion), ("RADIUS", Kind::AuthProtocol)],
        ),
        ("We run version 2 of the survey. Sites within a five mile radius.", &[]),
    ]);
}

/// A system's override or bypass code, as long as a password; not one described.
#[test]
fn override_and_bypass_codes() {
    check(&[
        (
            "Staff override code is RLT-byp-4471 for the filter.",
            &[("RLT-byp-4471", Kind::Credential)],
        ),
        ("The override code is reset every term.", &[]),
    ]);
}

/// Ways in and names a network gives its parts: a URL staff or engineers sign in
/// through, a host named for remote access or dynamic DNS, an APN named as such, a
/// DICOM AE title; Windows in its short form beside a word for a machine.
#[test]
fn entry_points_ae_titles_and_short_windows_names() {
    check(&[
        (
            "Engineers sign in through https://rs.example.gov.uk/elec and then the app.",
            &[("https://rs.example.gov.uk/elec", Kind::NetworkDetail)],
        ),
        (
            "Residents sign in through https://www.example.gov.uk/account.",
            &[],
        ),
        (
            "The provider connects at https://radremote.trust.example.nhs.uk daily.",
            &[(
                "https://radremote.trust.example.nhs.uk",
                Kind::NetworkDetail,
            )],
        ),
        (
            "The NVR is reached as site-nvr.hikddns.example.com from outside.",
            &[("site-nvr.hikddns.example.com", Kind::NetworkDetail)],
        ),
        (
            "Cameras use the APN name anpr-cams.vfapn on 4G.",
            &[("anpr-cams.vfapn", Kind::NetworkDetail)],
        ),
        (
            "The gateway sends to AE title TRUST_PACS_01 overnight.",
            &[("TRUST_PACS_01", Kind::NetworkDetail)],
        ),
        ("The AE title is set by the supplier.", &[]),
        ("Add basic support for AET JCOP cards.", &[]),
        (
            "Home reporting PCs are still on Win 10.",
            &[("Win 10", Kind::SoftwareVersion)],
        ),
        ("We hope to win 10 awards and Win 7 days of parking.", &[]),
        (
            "Scanners are driven by PaperStream IP 3.10.",
            &[("PaperStream IP 3.10", Kind::SoftwareVersion)],
        ),
    ]);
}

/// A firm by its legal ending that the draft says something is outsourced or contracted
/// to, in a paragraph about systems or equipment, is a supplier for review; a firm of
/// another trade in a paragraph about none is not.
#[test]
fn firms_contracted_in_a_paragraph_about_systems() {
    check(&[
        (
            "The PACS holds the images.\nOut-of-hours CT reporting is outsourced to Meridian Teleradiology Ltd.\n",
            &[("Meridian Teleradiology Ltd", Kind::ItSupplier)],
        ),
        (
            "Packs are printed, and the scanners maintained, under contract by Halden Electoral Print Ltd.\n",
            &[("Halden Electoral Print Ltd", Kind::ItSupplier)],
        ),
        ("The café is managed by Smith & Jones Ltd.\n", &[]),
        ("Cleaning is contracted to Brightshine Services Ltd.\n", &[]),
    ]);
}

/// A request quoted after "You wrote:" is the requester's (its products are for
/// information), and a "Yes" under an answer's letter or numbered heading confirms the
/// quoted question, its first item opening with the quote mark.
#[test]
fn a_request_quoted_after_you_wrote_and_a_quoted_first_question() {
    let s = scanner();
    for text in [
        "Request (received 24 November 2023)\nYou wrote: \"Following reports, please tell me:\n (a) which product filters email, and whether it is Mimecast;\n (b) whether MFA is enforced, and whether the university uses Duo;\n (c) how many.\"\n\nResponse\n(a) No.\n(b) Yes. MFA is mandatory.\n",
        "Dear Mr Wood,\n\nThank you for your request. You asked:\n\n\"1. Does the council use Idox Xpress to verify postal vote identifiers?\n2. What make of scanner is used?\"\n\nSome of the information is exempt.\n\n1. Postal vote identifier verification\nYes. Identifiers are checked in a module.\n\n2. Scanners\nWe use 4 scanners.\n",
    ] {
        let r = s.scan(text);
        let yes: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.rule == "cyber.confirmation")
            .collect();
        assert_eq!(yes.len(), 1, "{text}\n{:#?}", r.findings);
        assert!(
            r.findings
                .iter()
                .filter(|f| f.family == Family::Cyber && f.rule != "cyber.confirmation")
                .all(|f| f.severity == Severity::Info),
            "{text}\n{:#?}",
            r.findings
        );
    }
}

/// eduroam is broadcast and advertised by design: a network's name for review, not a
/// protocol to redact.
#[test]
fn eduroam_is_for_review() {
    let got = cyber("Dear Sir\n\nStaff and visitors from other universities connect to eduroam, which uses RADIUS.\n");
    assert!(
        got.iter().any(|(t, k, s, _)| t == "eduroam"
            && *k == Kind::NetworkDetail
            && *s == Severity::Review),
        "{got:?}"
    );
}

/// Kiosk and panel PCs by their maker and model; RADIUS beside a second factor.
#[test]
fn kiosk_pcs_and_radius_beside_a_second_factor() {
    check(&[
        (
            "Dear Sir\n\nThe kiosks are Advantech UTC-520 units.\n",
            &[("Advantech UTC-520", Kind::DeviceMakeModel)],
        ),
        (
            "Dear Sir\n\nStaff sign in with RADIUS and an app for the second factor.\n",
            &[("RADIUS", Kind::AuthProtocol)],
        ),
        (
            "Dear Sir\n\nSites within a small radius of the depot.\n",
            &[],
        ),
    ]);
}

/// Hosts named by the convention of a host found ("EM-AV-MSB-G04" in a column beside
/// "EM-AV-RFLT1-CAP"); not a reference with the same letters ("EM-AV-2024"), a word or
/// the prefix alone. A wireless network's name in capitals right before "wireless
/// network" or "Wi-Fi", perhaps after a word of whose it is (and written again, the same
/// network's); not a name in capitals before other words.
#[test]
fn hosts_named_like_a_host_found_and_networks_before_their_words() {
    check(&[
        (
            "    Room          Seats   Capture PC            Host name\n    Franklin LT1   320     Dell OptiPlex 7000    EM-AV-RFLT1-CAP\n    Seacole G.04    96     HP Elite Mini 800 G9   EM-AV-MSB-G04\n    Turing 1.12     60     HP Elite Mini 800 G9   EM-AV-TC-112\nSee EM-AV-POLICY and ref EM-AV-2024; EM-AV- and EM-AV--",
            &[
                ("Dell OptiPlex 7000", Kind::DeviceMakeModel),
                ("EM-AV-RFLT1-CAP", Kind::NetworkDetail),
                ("HP Elite Mini 800 G9", Kind::DeviceMakeModel),
                ("EM-AV-MSB-G04", Kind::NetworkDetail),
                ("HP Elite Mini 800 G9", Kind::DeviceMakeModel),
                ("EM-AV-TC-112", Kind::NetworkDetail),
            ],
        ),
        (
            "The laptops connect to the DC-FLEET-DIAG workshop wireless network.\nThe NMV-GUEST Wi-Fi is open. The DC-FLEET-DIAG report is due. The HR-POL-014 staff policy. Loans join the NMU-LOAN wireless network.",
            &[
                ("DC-FLEET-DIAG", Kind::NetworkDetail),
                ("NMV-GUEST", Kind::NetworkDetail),
                ("DC-FLEET-DIAG", Kind::NetworkDetail),
                ("NMU-LOAN", Kind::NetworkDetail),
            ],
        ),
        // A network for clinicians, named before "Wi-Fi" in mixed case.
        (
            "The profile installs the NSMH-Clinical Wi-Fi profile on handsets.",
            &[("NSMH-Clinical", Kind::NetworkDetail)],
        ),
        // A table's VLAN and access points columns; a model from a column, in prose as
        // a plural; a header in Welsh and English.
        (
            "Site\tSSID\tAccess points\tVLAN\nDepot\tDepot-Guest\tMR46 x3\t110\nYard\tDepot-Guest\t12\t120\n\nThe MR46s are old.\n\nAsed/Asset\tGwesteiwr/Host\nANPR lane 1\tpdha-anpr-01\n",
            &[
                ("Depot-Guest", Kind::NetworkDetail),
                ("MR46", Kind::DeviceMakeModel),
                ("110", Kind::NetworkDetail),
                ("Depot-Guest", Kind::NetworkDetail),
                ("120", Kind::NetworkDetail),
                ("MR46s", Kind::DeviceMakeModel),
                ("pdha-anpr-01", Kind::NetworkDetail),
            ],
        ),
        // A free public network's name after "network name is"; an HMI panel and its
        // engineering software's version.
        (
            "The broadcast network name is HarrowdenLibraries-Free. The panels are Siemens KTP900 screens running TIA Portal V16.",
            &[
                ("HarrowdenLibraries-Free", Kind::NetworkDetail),
                ("Siemens KTP900", Kind::DeviceMakeModel),
                ("TIA Portal V16", Kind::SoftwareVersion),
            ],
        ),
        // A product of two words and its release after "built with"; not a document's.
        (
            "The website is built with Gravity Forms 2.7.17. Packages conform with Debian Policy 4.5.0. Rooms have a Shure MXA920 microphone.",
            &[
                ("Gravity Forms 2.7.17", Kind::SoftwareVersion),
                ("Shure MXA920", Kind::DeviceMakeModel),
            ],
        ),
        // A model code before "units"; a version in brackets, read to its bracket only.
        (
            "The cameras are DS-2CD2143G2-I units. It runs on Tellurian (version 7.4.2), supplied under a contract.",
            &[
                ("DS-2CD2143G2-I", Kind::DeviceMakeModel),
                ("Tellurian", Kind::ItSupplier),
                ("version 7.4.2", Kind::SoftwareVersion),
            ],
        ),
        // A product in brackets after its supplier; not the supplier's country.
        (
            "Calls are handled on a system supplied by Saltire Mobilising Systems Ltd (SMS Vantage). Backups by Harrier Data Ltd (UK).",
            &[
                ("Saltire Mobilising Systems Ltd", Kind::ItSupplier),
                ("SMS Vantage", Kind::ItSupplier),
                ("Harrier Data Ltd", Kind::ItSupplier),
            ],
        ),
        // A host numbered as a host found; not the stem with other digits or glued on.
        (
            "RADIUS servers (nmu-rad01 / nmu-rad02). Not nmu-rad2, nmu-rad03x or web-nmu-rad04.",
            &[
                ("RADIUS", Kind::AuthProtocol),
                ("nmu-rad01", Kind::NetworkDetail),
                ("nmu-rad02", Kind::NetworkDetail),
            ],
        ),
        // A release alone in brackets after a product; a host a remote tool reaches, and
        // one with no number after a word for a machine; networks named before "network"
        // and after "network,"; not a program's package ("mysql-server").
        (
            "It is Avigilon Control Center (7.14.4). Engineers get in with AnyDesk to HH-NET2-01. SCADA runs on the primary server CWSCADA-PRI. Visitors use the CB-Guest network; kiosks use a hidden network, CB-LIB-IOT. See section (3.2.1) and mysql-server.",
            &[
                ("Avigilon Control Center", Kind::DeviceMakeModel),
                ("7.14.4", Kind::SoftwareVersion),
                ("AnyDesk", Kind::RemoteAccess),
                ("HH-NET2-01", Kind::NetworkDetail),
                ("CWSCADA-PRI", Kind::NetworkDetail),
                ("CB-Guest", Kind::NetworkDetail),
                ("CB-LIB-IOT", Kind::NetworkDetail),
            ],
        ),
        // A make and model column's brands with no digit ("Skyguard MySOS"), not a phrase
        // nor a plural of capitals; a column of a kind of device ("Entry panel"); a
        // product and its version in a Version column, not a document's part.
        (
            "| Site | Device make and model | Number |\n|---|---|---|\n| Ward A | Peoplesafe SOS Pro ID | 46 |\n| Ward B | Skyguard MySOS | 38 |\n| Ward C | Standard Issue | 4 |\n| Ward D | Wireless APs | 2 |\n\nBlock\tStoreys\tEntry panel\nMoorside\t9\tBPT Thangram\n\n| Area | Version |\n|---|---|\n| Baggage | VIBES 4.2 |\n| Policy | Table 3.2 |",
            &[
                ("Peoplesafe SOS Pro ID", Kind::DeviceMakeModel),
                ("Skyguard MySOS", Kind::DeviceMakeModel),
                ("BPT Thangram", Kind::DeviceMakeModel),
                ("VIBES 4.2", Kind::SoftwareVersion),
            ],
        ),
        // A release named by the word after it; lone-worker and body-worn devices, a
        // lock's model.
        (
            "It failed after last night's 3.7.0 patch. We bought 3.2.1 tonnes. Footage from the Reveal D5 is on the share. Rangers carry a Garmin inReach Mini 2. Doors have Salto XS4 locks.",
            &[
                ("3.7.0", Kind::SoftwareVersion),
                ("Reveal D5", Kind::DeviceMakeModel),
                ("Garmin inReach Mini 2", Kind::DeviceMakeModel),
                ("Salto XS4", Kind::SecurityProduct),
            ],
        ),
        // A vulnerability a system had, not one in a list of fixes; a release of two
        // parts with its build after "patched to", not a range of sections; the system
        // a named product runs; a name with a capital inside before its release; a
        // channel's version and build; another model of a named range, not a score; a
        // cluster's nodes after a word for machines.
        (
            "The gateway was vulnerable to CVE-2023-4966 and patched to 13.1-51.15 in two days. Fix CVE-2024-1111 later. See sections 3.1-3.4.",
            &[
                ("CVE-2023-4966", Kind::SoftwareVersion),
                ("13.1-51.15", Kind::SoftwareVersion),
            ],
        ),
        (
            "The NAS was a Synology DS920+ on DSM 7.1. The portal is Open OnDemand 3.1. A known issue with Outlook version 2308 (Build 16731.20234) stops it. We meet on Table 7.1.",
            &[
                ("Synology DS920+", Kind::DeviceMakeModel),
                ("DSM 7.1", Kind::SoftwareVersion),
                ("Open OnDemand 3.1", Kind::SoftwareVersion),
                ("Outlook version 2308 (Build 16731.20234)", Kind::SoftwareVersion),
            ],
        ),
        (
            "Most sites have Trend IQ4 outstations, with some older IQ3 units. The IQ score rose. SSH to the login nodes (hpc-login1, hpc-login2) is by key.",
            &[
                ("Trend IQ4", Kind::DeviceMakeModel),
                ("IQ3", Kind::DeviceMakeModel),
                ("SSH", Kind::RemoteAccess),
                ("hpc-login1", Kind::NetworkDetail),
                ("hpc-login2", Kind::NetworkDetail),
            ],
        ),
        // From stop45cr: a "v" number after an application's name, not a policy's; an
        // update glued to a release after a name; a host named again by its last part;
        // a port named again by its number beside a network's word, not a year nor a
        // count.
        (
            "We use Evergreen Bereavement Manager v6.3 today, hosted by Clarion Civic Software. See the Records Management Policy v6.3. The event was hosted by Civic Pride.\nThe Niagara 4.10u5 station logged it.\nLogin to EST-BMS-SUP02 failed. A scan on SUP02 was clean.\nLogins reached TCP 4911 overnight; inbound NAT for 4911 was removed. In 2019 we had 4911 visitors.",
            &[
                ("Evergreen Bereavement Manager", Kind::ItSupplier),
                ("v6.3", Kind::SoftwareVersion),
                ("Clarion Civic Software", Kind::ItSupplier),
                ("Niagara", Kind::ItSupplier),
                ("4.10u5", Kind::SoftwareVersion),
                ("EST-BMS-SUP02", Kind::NetworkDetail),
                ("SUP02", Kind::NetworkDetail),
                ("TCP 4911", Kind::NetworkDetail),
                ("4911", Kind::NetworkDetail),
            ],
        ),
    ]);
}

#[test]
fn firms_read_in_set_46() {
    check(&[
        // From stop46r: a firm that manages mail, in a sentence about mail; an
        // installer's column in a table about systems.
        (
            "Council mail is hosted on Microsoft 365 and managed by Cambrian IT. The hall is managed by Canolfan IT Club volunteers.\n\nBlock                   | Flats | Door entry system          | Installed     | Installer\nAshcroft Court          | 48    | Paxton Net2 Entry          | 2019          | Secure Access Northern Ltd\nHolme View              | 24    | Comelit Simplebus2 (video) | 2016          | Pennine Door Systems\n",
            &[
                ("Microsoft 365", Kind::ItSupplier),
                ("Cambrian IT", Kind::ItSupplier),
                ("Paxton Net2", Kind::SecurityProduct),
                ("Secure Access Northern Ltd", Kind::ItSupplier),
                ("Comelit", Kind::SecurityProduct),
                ("Pennine Door Systems", Kind::ItSupplier),
            ],
        ),
    ]);
}

#[test]
fn releases_firms_and_quotes_read_in_set_46b() {
    check(&[
        // From stop46br: a release of three parts after a product's name of two words,
        // though a form is spoken of around it (not "Application Form 2.1.3"); a firm
        // that "looked after" the site; a word quoted in passing, or a sentence, is no
        // network's name.
        (
            "The form is built with Gravity Forms 2.7.17. Use Application Form 2.1.3 to apply.\nhosted on AWS, built and looked after by Kinetic Digital\n| \"The college's Wi-Fi is a Fortinet device.\" |\nOn SSIDs, treat it like a \"Yes\" on the Wi-Fi.\n",
            &[
                ("Gravity Forms 2.7.17", Kind::SoftwareVersion),
                ("AWS", Kind::ItSupplier),
                ("Kinetic Digital", Kind::ItSupplier),
                ("Fortinet", Kind::DeviceMakeModel),
            ],
        ),
    ]);
}

#[test]
fn releases_firms_and_requests_read_in_set_47() {
    check(&[
        // From stop47r and stop47br: the number after a product the lexicon knows
        // without its releases (not a quantity: "Sophos 2.5 million"); a "v" number of
        // two parts after "software from", or "of the software"; the number firmware is
        // updated to; a firm after "Supplier:" in a record about IT (not a cleaning
        // contract's, nor a grounds contract's with its "Equipment:"); a BMS maintained
        // under contract.
        (
            "Clinicians use Cisco Jabber 14.2.1 as the soft phone. Sophos 2.5 million files were scanned.\nUpgrade supervisor software from v3.62 today. It is on v2.1 of the software. Update 38 outstation firmware to 4.40.\n",
            &[
                ("Cisco Jabber", Kind::ItSupplier),
                ("14.2.1", Kind::SoftwareVersion),
                ("Sophos", Kind::SecurityProduct),
                ("v3.62", Kind::SoftwareVersion),
                ("v2.1", Kind::SoftwareVersion),
                ("4.40", Kind::SoftwareVersion),
            ],
        ),
        (
            "The BMS is maintained under contract by Kingsbridge Building Controls Ltd.\n\nContract: Managed Security Service\nSupplier: Bastion Cyber Ltd\nValue: £148,000\n\nContract: Office Cleaning\nSupplier: Brightstone Facilities Ltd\n\nContract: Grounds Maintenance\nSupplier: Greenway Landscapes Ltd\nEquipment: 4 x ride-on mowers\n",
            &[
                ("Kingsbridge Building Controls Ltd", Kind::ItSupplier),
                ("Bastion Cyber Ltd", Kind::ItSupplier),
            ],
        ),
    ]);
}

/// A table of numbered questions answers in the cells after each question; lines a
/// colleague keeps from the requester are no restated request, though they name the
/// requester.
#[test]
fn answers_beside_numbered_questions_and_notes_kept_from_the_requester() {
    let text = "Dear Ms Adeyemi\n\nThank you for your request.\n\n# | Question | Response\n2 | Which soft phone product? | Clinicians use Cisco Jabber 14.2.1 as the soft phone.\n\nNumbers are right. For your background only, not for the requester:\n- the remote support appliance is at support.nbts.local (10.128.40.15)\n- staff sign in through Okta using SAML\n";
    let got = cyber(text);
    for t in [
        "14.2.1",
        "support.nbts.local",
        "10.128.40.15",
        "Okta",
        "SAML",
    ] {
        assert!(
            got.iter()
                .any(|f| f.0 == t && f.2 == Severity::High && f.3 == Context::Answer),
            "{t}: {got:?}"
        );
    }
}

#[test]
fn builds_pins_upgrades_and_firms_in_one_word_read_in_set_47() {
    check(&[
        // From stop47r and stop47br: Windows' build and revision after "on build" (not
        // "we will build"); a release a client is "pinned at"; the number an upgrade goes
        // to (not a quantity, "updated to 10.6 million"); a firm of one word with a
        // capital inside after "supplied by" (not "PowerShell scripts").
        (
            "Laptops are on build 22631.3296. We will build 22631.3296 homes.\nThe Zoom desktop client is pinned at 6.0.11 (39959).\nThe Uniform upgrade to 10.6 is set. The budget was updated to 10.6 million.\nAdastra is supplied by OneAdvanced and the server is managed by PowerShell scripts.\n",
            &[
                ("build 22631.3296", Kind::SoftwareVersion),
                ("6.0.11", Kind::SoftwareVersion),
                ("10.6", Kind::SoftwareVersion),
                ("Adastra", Kind::ItSupplier),
                ("OneAdvanced", Kind::ItSupplier),
            ],
        ),
    ]);
}

#[test]
fn firms_versions_accounts_and_vlan_names_read_in_set_48() {
    check(&[
        // From stop48r and stop48br: a firm whose legal ending is in lowercase ("MCP
        // plc"); "fw" before a release; a service account by its prefix where an
        // account is spoken of (not a program's function); a VLAN's name in brackets
        // after its number.
        (
            "Our port community system is Destin8, provided by MCP plc.\n| KHA-0022 | AIS base station | fw 3.7.0 |\nThey sign in using a dedicated account, svc_sip2_kiosk. Call svc_getcaller_netbuf() to read it.\nThe kiosks sit on VLAN 212 (LIB-KIOSK). Item 4 (SEE-NOTE) stays.\n",
            &[
                ("Destin8", Kind::ItSupplier),
                ("MCP plc", Kind::ItSupplier),
                ("fw 3.7.0", Kind::SoftwareVersion),
                ("svc_sip2_kiosk", Kind::Credential),
                ("VLAN 212", Kind::NetworkDetail),
                ("LIB-KIOSK", Kind::NetworkDetail),
            ],
        ),
    ]);
}

#[test]
fn releases_after_labels_lists_and_patches_read_in_set_49() {
    check(&[
        // From stop49r and stop49br: a release of two parts after a name whose last
        // word names an application, or after a field's label for software; three
        // capitalised words after a field's label, or one of a list; a name in
        // lowercase first with a capital inside; a patch glued on after "P"; a "v"
        // number in a sentence about software; "hotfix" before a release. Not "Suite
        // 4.2" alone, not a changelog's "Require Libassuan 2.0.3" after its file's
        // colon, not "Room 2.14".
        (
            "The Council uses Elysian Booking Suite 4.2, hosted in Azure.\n    Scheduler:         Slurm 23.02.6\n    Product:           Pure 5.28\n    Backup:            IBM Storage Protect 8.1.20\nIntune, Smoothwall, Safe Exam Browser 3.5 on each laptop.\nTOTP via privacyIDEA 3.9 for staff.\nRCA: known bug in ONTAP 9.8P4.\nSoftware is on the office PC, v6.07 I think.\nj.nguyen: hotfix 16.2.3 applied.\nWe are at Suite 4.2, Room 2.14.\n* configure.ac: Require Libassuan 2.0.3.\n",
            &[
                ("Elysian Booking Suite 4.2", Kind::SoftwareVersion),
                ("Azure", Kind::ItSupplier),
                ("Slurm 23.02.6", Kind::SoftwareVersion),
                ("Pure 5.28", Kind::SoftwareVersion),
                ("IBM Storage Protect 8.1.20", Kind::SoftwareVersion),
                ("Intune", Kind::ItSupplier),
                ("Smoothwall", Kind::SecurityProduct),
                ("Safe Exam Browser 3.5", Kind::SoftwareVersion),
                ("TOTP", Kind::AuthProtocol),
                ("privacyIDEA 3.9", Kind::SoftwareVersion),
                ("ONTAP 9.8P4", Kind::SoftwareVersion),
                ("v6.07", Kind::SoftwareVersion),
                ("hotfix 16.2.3", Kind::SoftwareVersion),
            ],
        ),
    ]);
}

/// The requester's words end where the body sets something out with no heading between:
/// a table's rows, a chronology's dated entries, a form's fields, or a paragraph after a
/// blank line that neither is an item nor asks. A change request's form opens no section
/// of the requester's words; an item that opens a quotation is theirs to its close.
#[test]
fn the_request_ends_where_the_body_sets_things_out() {
    let context_of = |text: &str, t: &str| {
        cyber(text)
            .into_iter()
            .find(|f| f.0 == t)
            .map(|f| (f.2, f.3))
    };
    let table = "Dear Mr Okafor,\n\nYour request:\nPlease provide details of the cameras used for bus lane enforcement, and who maintains them.\n\nCamera        Make/Model                Location\nBLE-CAM-01    Hikvision DS-2CD7A26      Hornsey Road\nBack office on server LBH-BLE-APP01 (10.20.4.11).\n";
    assert_eq!(
        context_of(table, "Hikvision DS-2CD7A26"),
        Some((Severity::High, Context::Answer))
    );
    assert_eq!(
        context_of(table, "10.20.4.11"),
        Some((Severity::High, Context::Answer))
    );
    let log = "Dear Ms Reid,\n\nYou asked for the following:\n1. A chronology of your complaint about the booking app.\n\n- 04/03/2025: Passed to a Systems Officer, who checked the logs on SC-APP02 (10.8.1.20).\n";
    assert_eq!(
        context_of(log, "SC-APP02"),
        Some((Severity::High, Context::Answer))
    );
    let form = "Dear Mr Hale,\n\nThe supplier's change request is pasted below.\n\nSUPPLIER CHANGE REQUEST\nSummary of request:\nUpgrade the turnstile controllers.\nAffected systems: booking server UNI-SPT-APP02 (172.16.40.12)\nRemote access method: Bomgar jump client\n";
    assert_eq!(
        context_of(form, "UNI-SPT-APP02"),
        Some((Severity::High, Context::Answer))
    );
    assert_eq!(
        context_of(form, "Bomgar"),
        Some((Severity::High, Context::Answer))
    );
    let fields = "Dear Mr Hale,\n\nYour request:\nHow are the turnstiles managed?\nAffected systems: booking server UNI-SPT-APP02 (172.16.40.12)\n";
    assert_eq!(
        context_of(fields, "UNI-SPT-APP02"),
        Some((Severity::High, Context::Answer))
    );
    // (Still the requester's: sub-headings and questions without their mark after a
    // blank line, and an item's quotation over three lines.)
    let asked = "Your request:\n\nVirtual Meeting / Telehealth\n\nWhich telehealth solution do you use (e.g. Attend Anywhere, etc)\n\nRemote software\n\nWhat remote support software do you use (RDP, LogMeIn, etc)\n";
    assert_eq!(
        context_of(asked, "LogMeIn"),
        Some((Severity::Info, Context::Request))
    );
    let quoted = "Dear Ms A,\n\nWe have set out each part of your request in quotation marks.\n\n(e) \"What case management platform does the ICB use, who supplies\nit, and is it the Broadcare system? Do staff access it via Citrix and\ndoes it use single sign-on?\"\n\nWe use Broadcare. Staff use Citrix Workspace.\n";
    let found = cyber(quoted);
    let citrix: Vec<_> = found
        .iter()
        .filter(|f| f.0.starts_with("Citrix"))
        .map(|f| f.3)
        .collect();
    assert_eq!(citrix, [Context::Request, Context::Answer], "{found:?}");
}

/// Tables: a Make/Model column's makers and models in words; a column named for its
/// devices in a table of vehicles; a system's name for a machine; a maintainer beside a
/// remote support column. Forms: a supplier's label with its value aligned by spaces,
/// not a record that says it is not IT's. A wireless network named after "network" in
/// mixed case; a cluster's zone in a URL's host; a database's listener.
#[test]
fn tables_forms_networks_and_listeners() {
    check(&[
        (
            "AssetID | Location | Make/Model | Hostname | IP\nLAB-0032 | Lab 1 | Thermo Scientific Vanquish Core | HPHA-LAB-HPLC02 | 10.14.30.22\nLAB-0033 | Lab 2 | Standard Issue | n/a | n/a\n",
            &[
                ("Thermo Scientific Vanquish Core", Kind::DeviceMakeModel),
                ("HPHA-LAB-HPLC02", Kind::NetworkDetail),
                ("10.14.30.22", Kind::NetworkDetail),
            ],
        ),
        (
            "Asset ID\tRegistration\tVehicle\tMDM device name\tWeighing controller\tFirmware\nRCV-0112\tKX19 HVB\tDennis Eagle Elite 6\tCMC-TB-007\tVerilift VL-500\tfw 3.4.2\n",
            &[
                ("CMC-TB-007", Kind::NetworkDetail),
                ("Verilift VL-500", Kind::DeviceMakeModel),
                ("fw 3.4.2", Kind::SoftwareVersion),
            ],
        ),
        (
            "AssetID | Maintainer | Remote support method | Contract end\nLAB-0035 | Kestrel Scientific | On site only | 31/12/2025\n",
            &[("Kestrel Scientific", Kind::ItSupplier)],
        ),
        (
            "LOT 2 – PUBLIC AND STAFF WI-FI\nAwarded to:      Northern Fibre & Wireless Ltd, 9 Mill Yard\n\nTitle:              Terminal refurbishment (non-IT)\nSupplier:           Sir Robert McAlpine Ltd\n",
            &[("Northern Fibre & Wireless Ltd", Kind::ItSupplier)],
        ),
        (
            "                 Visitor network Fellhaven-Visitor (open, captive portal); staff network FNPA-Staff\n",
            &[
                ("Fellhaven-Visitor", Kind::NetworkDetail),
                ("FNPA-Staff", Kind::NetworkDetail),
            ],
        ),
        ("The network Maple-Court is shared.\n", &[]),
        (
            "Nodes use http://repo.hpc.kingsbridge.ac.uk/rocky8/ nightly.\nThe listener CADLSN01 does not fail over.\n",
            &[
                ("http://repo.hpc.kingsbridge.ac.uk/rocky8/", Kind::NetworkDetail),
                ("CADLSN01", Kind::NetworkDetail),
            ],
        ),
    ]);
}

/// A product's release after a comma ("Separately, Slurm 22.05.9 is out of support"); a
/// date of birth after a comma is none ("Ann Bell, DOB 12.11.1958").
#[test]
fn releases_after_a_comma_and_older_dates() {
    check(&[(
        "The audit found gaps. Separately, Slurm 22.05.9 is out of support.\nAnn Bell, DOB 12.11.1958, attended.\n",
        &[("Slurm 22.05.9", Kind::SoftwareVersion)],
    ), (
        // A brand with a capital inside it and a word after it name a release of two
        // parts; RADIUS beside WPA2-Enterprise or a directory is the protocol.
        "Inspection system: local product PortIQ Inspect 5.3, hosted locally.\n(WPA2-Enterprise, RADIUS against the Authority's directory).\nThe McDonald Review 2.1 says so.\n",
        &[
            ("PortIQ Inspect 5.3", Kind::SoftwareVersion),
            ("WPA2-Enterprise", Kind::AuthProtocol),
            ("RADIUS", Kind::AuthProtocol),
        ],
    )]);
}

/// A "Yes" after Markdown's bold answer number ("**1.** Yes.") confirms the question's
/// product, as "1. Yes." does.
#[test]
fn a_yes_after_a_bold_answer_number() {
    check(&[(
        "You asked:\n1. Do you use Hikvision cameras?\n\nOur response:\n**1.** Yes. The cameras are old.\n",
        &[("Hikvision", Kind::DeviceMakeModel), ("Yes", Kind::DeviceMakeModel)],
    )]);
}

/// A Welsh firm's legal ending, "Cyf" (Ltd), closes an IT firm's name as "Ltd" does;
/// not a word that starts with it.
#[test]
fn a_welsh_firms_legal_ending() {
    check(&[(
        "Mae'r porth a ddarperir gan Tirgoed Data Cyf. Y Cyfarwyddwr Data Cyfathrebu.\n",
        &[("Tirgoed Data Cyf", Kind::ItSupplier)],
    )]);
}

/// A vehicle tracking firm by "Telematics" in its name, as other IT firms by theirs.
#[test]
fn a_telematics_firm() {
    check(&[(
        "The units report to the platform (Orbis Telematics Ltd). Orbis Haulage Ltd moves them.\n",
        &[("Orbis Telematics Ltd", Kind::ItSupplier)],
    )]);
}

/// A switch's interface by its name and numbers ("Gi1/0/14", "ge-0/0/3"); not a date,
/// nor the name apart from its numbers.
#[test]
fn switch_interfaces() {
    check(&[(
        "Port Gi1/0/14 was err-disabled; uplink ge-0/0/3. Gi 1/0/14 and 12/03/2024 stay.\n",
        &[
            ("Gi1/0/14", Kind::NetworkDetail),
            ("ge-0/0/3", Kind::NetworkDetail),
        ],
    )]);
}

/// Research computing's hardware by maker and model: storage and tape ("IBM ESS 3500",
/// "IBM TS4500"), accelerators and processors ("NVIDIA A100 80GB", "Intel Xeon"),
/// InfiniBand switches ("NVIDIA Quantum QM8700").
#[test]
fn research_computing_hardware() {
    check(&[(
        "Storage: 4 x IBM ESS 3500 and an IBM TS4500 tape library. GPU: 4 x NVIDIA A100 80GB per node on Intel Xeon. Interconnect: NVIDIA Quantum QM8700 switches.\n",
        &[
            ("IBM ESS 3500", Kind::DeviceMakeModel),
            ("IBM TS4500", Kind::DeviceMakeModel),
            ("NVIDIA A100 80GB", Kind::DeviceMakeModel),
            ("Intel Xeon", Kind::DeviceMakeModel),
            ("NVIDIA Quantum QM8700", Kind::DeviceMakeModel),
        ],
    )]);
}

/// From `eval/stop45dr`, `eval/stop48r` and `eval/stop49dr`: a version under a
/// spreadsheet's "firmware" or "fw" column, in a comma-separated table too, and the
/// shapes a firmware column holds ("Ver.1.64", "IOS XE 17.3.4a", "sensor 7.10", a build
/// name "RUT9_R_00.07.06.3"); not a table of documents, nor a row of another width.
#[test]
fn versions_in_a_firmware_column() {
    let versions = |text: &str| found_of(text, Kind::SoftwareVersion);
    assert_eq!(
        versions("site,asset_tag,category,make_model,firmware,owner\nHollins Park,RLT-0041,NETWORK,Ubiquiti UniFi U6-Pro,6.5.62,estates\nHollins Park,RLT-0042,CCTV,Hanwha XRN-820S,2.10.70,estates\nnote,one,two,three\n"),
        ["6.5.62", "2.10.70"]
    );
    assert_eq!(
        versions("timestamp,gate,model,fw,member_no\n2024-07-03 06:41,Gate 1,Gunnebo SpeedStile FLs,4.2.17,HB0048213\n"),
        ["4.2.17"]
    );
    assert_eq!(
        versions("hostname | model | firmware | location\nSTN01-4G01 | Teltonika RUT955 | RUT9_R_00.07.06.3 | comms cabinet\nSTN01-PRN01 | Brother HL-L5100DN | Ver.1.64 | appliance bay\nSTN04-RTR01 | Cisco ISR 1111-4P | IOS XE 17.3.4a | office\nEDR | CrowdStrike Falcon | sensor 7.10 | all\n"),
        ["RUT9_R_00.07.06.3", "Ver.1.64", "IOS XE 17.3.4a", "sensor 7.10"]
    );
    assert_eq!(
        versions("document,owner,version,review\nInformation Security Policy,IG,3.1.2,2025\n"),
        Vec::<String>::new()
    );
}

/// From `eval/stop49r` and `eval/stop49dr`: a host after a word for a machine and a
/// comma or "is" ("the reporting server, cca-rpt-02,", "net2 server is ncu-acs01"), and
/// a cluster's name of three parts ending in its role, with no number ("the database
/// cluster is wdas-cad-sql"); not a hyphenated phrase after "is".
#[test]
fn hosts_after_a_comma_or_is() {
    let hosts = |text: &str| found_of(text, Kind::NetworkDetail);
    assert_eq!(
        hosts("The database cluster is wdas-cad-sql. But the reporting server, cca-rpt-02, is old. Door access: net2 server is ncu-acs01 (same host).\n"),
        ["wdas-cad-sql", "cca-rpt-02", "ncu-acs01"]
    );
    assert_eq!(
        hosts("The server is read-only at night. The cluster is up-to-date and the server is state-of-the-art.\n"),
        Vec::<String>::new()
    );
    // (From `eval/stop50br` and `eval/stop50r`: "hostnames are", a range; a desktop's
    // name of three parts in capitals, its number unpadded.)
    assert_eq!(
        hosts("[RK: hostnames are RAD-RPT-01 to RAD-RPT-38.] Opened from NMNS-RES-PC14 at 15:02. The PC-14 and RT-PC14 are models.\n"),
        ["RAD-RPT-01", "RAD-RPT-38", "NMNS-RES-PC14"]
    );
}

/// A password known by its shape alone, with no word for one near ("given
/// Kestrel2024! as first-login", "the override is now Lib!Kiosk2023"); not a mention,
/// a tag, a class's method, a unit's instance, an option or a pattern's class.
#[test]
fn passwords_by_their_shape() {
    let creds = |text: &str| found_of(text, Kind::Credential);
    assert_eq!(
        creds("New starters are still given Kestrel2024! as first-login. The staff override on the kiosks is now Lib!Kiosk2023, not the default. Changed to temp Hartley!2403 – told Mo.\n"),
        ["Kestrel2024!", "Lib!Kiosk2023", "Hartley!2403"]
    );
    // (A "$" password before a later "@" or "!" in the draft: the first form's one reach
    // over both symbol sweeps skipped it.)
    assert_eq!(
        creds("The router now uses Kest$rel2024 for all sites.\nStaff were given Visit2024! last year; ask ict@example.org.\n"),
        ["Kest$rel2024", "Visit2024!"]
    );
    assert_eq!(
        creds("Follow @Kestrel2024 and #Visit2024 for news! See Http2ServerRequest#setTimeout, systemd-boot@0x0A, -Xrename-threshold=50% and [a-zA-Z0-9_!#$%&].\n"),
        Vec::<String>::new()
    );
}

/// From `eval/stop50r` and `eval/stop50br`: a numbered "Yes" confirms the question of
/// that number where the request numbers its questions within one line ("He asks:
/// \"(1) …? (2) Do you use Hikvision cameras?\""), or where the request is forwarded
/// below the draft answers; not the steps of a procedure, which ask nothing.
#[test]
fn a_yes_to_a_question_numbered_in_a_line_or_below() {
    check(&[
        (
            "He asks: \"(1) How many were revoked? (2) Do you use Hikvision cameras? (3) Who?\"\n\nDraft:\n1. 41.\n2. Yes. They are old.\n3. No.\n",
            &[("Hikvision", Kind::DeviceMakeModel), ("Yes", Kind::DeviceMakeModel)],
        ),
        (
            "Draft answers below.\n\n1. Yes. All vehicles carry a unit.\n\nThe request:\n\"Please tell me:\n1. What tracking system is fitted – is it Webfleet?\n2. How many?\"\n",
            &[("Yes", Kind::ItSupplier), ("Webfleet", Kind::ItSupplier)],
        ),
        (
            "Steps: (1) install (2) configure Hikvision cameras (3) reboot.\n\nLater list:\n2. Yes, done.\n",
            &[("Hikvision", Kind::DeviceMakeModel)],
        ),
    ]);
}

/// From `eval/stop50br`: a name and a release of two parts after "uses", or after "is"
/// with a word for software before it ("[Software is Jaltest 23.3"); not a document's
/// part, a quantity, nor a protocol the lexicon reads ("uses OAuth 2.0").
#[test]
fn a_release_after_uses_or_software_is() {
    let versions = |text: &str| found_of(text, Kind::SoftwareVersion);
    assert_eq!(
        versions("The Council uses QRoute 5.2, supplied by Routewise.\n[Software is Jaltest 23.3 and more.]\nThe school uses Table 4.1. It uses 2.5 GB. The portal uses OAuth 2.0.\n"),
        ["QRoute 5.2", "Jaltest 23.3"]
    );
}

/// From `eval/stop50br`: an internal review quoting the first reply under "On question
/// 2 it said:" reads the quoted "Yes" as that question's answer.
#[test]
fn a_quoted_yes_under_on_question_n() {
    check(&[(
        "Your request\n\nOn 11 March 2024 you wrote:\n\n    \"1. How many cameras are there?\n    2. Does the control room use Milestone XProtect?\"\n\nThe original response\n\nOn question 2 it said:\n\n    \"Yes. The control room runs it.\"\n",
        &[("Milestone", Kind::DeviceMakeModel), ("Yes", Kind::DeviceMakeModel)],
    )]);
}

/// A Markdown table with pipes at its rows' ends is read as a question table: its
/// "Question" header is seen past the empty cell before the first pipe, a "No." column
/// numbers the rows, and a row numbered as the request's question has that question
/// confirmed by its "Yes" (from `eval/stop50br`).
#[test]
fn markdown_question_tables_with_end_pipes_and_numbered_rows() {
    check(&[
        (
            "| Question | Response |\n|---|---|\n| Do you use Hikvision cameras? | Yes. They are old. |\n",
            &[("Hikvision", Kind::DeviceMakeModel), ("Yes", Kind::DeviceMakeModel)],
        ),
        (
            "You asked:\n\n> 1. How many?\n> 2. Does the centre use Hikvision cameras?\n\n## Our response\n\n| No. | Question (summary) | Response |\n|---|---|---|\n| 1 | Number | 2,614. |\n| 2 | Cameras | Yes. The centre is staffed. |\n",
            &[("Hikvision", Kind::DeviceMakeModel), ("Yes", Kind::DeviceMakeModel)],
        ),
    ]);
}

/// From `eval/stop56br`: a device's settings pasted as INI, with CRLF. The keys say
/// what each value is, though the word passes see "RadiusSecret" and "WiFiSSID" as one
/// word and "Hostname=" joined to its value. A program's line ("const aliceSecret =
/// …"), a path after "PWD" and a setting about a setting ("PasswordExpiryDays") are
/// not read so.
#[test]
fn settings_pasted_as_ini_yaml_or_json() {
    check(&[
        (
            "[Device]\r\nFirmware=4.2.11\r\nHostname=nfrs-icu2-batel01\r\nVLAN=44\r\nWiFiSSID=NFRS-ICU-OPS\r\nRadiusSecret=Bl@ckwater!2023\r\nUnattendedPassword=NFRSba-Service24\r\nPasswordExpiryDays=90\r\n",
            &[
                ("4.2.11", Kind::SoftwareVersion),
                ("nfrs-icu2-batel01", Kind::NetworkDetail),
                ("44", Kind::NetworkDetail),
                ("NFRS-ICU-OPS", Kind::NetworkDetail),
                ("Bl@ckwater!2023", Kind::Credential),
                ("NFRSba-Service24", Kind::Credential),
            ],
        ),
        (
            "pump_station:\n  snmp_community: pumpst4t1on\n  agent_version: v7.0.3-b12\n  voice_vlan_id: 120\n",
            &[
                ("pumpst4t1on", Kind::Credential),
                ("v7.0.3-b12", Kind::SoftwareVersion),
                ("120", Kind::NetworkDetail),
            ],
        ),
        (
            "{\n  \"hostName\": \"pacs01.trust.local\",\n  \"PWD\": \"/home/pacs\",\n  \"psk_key\": \"Kx81mQ2vRt\"\n}\n",
            &[("pacs01.trust.local", Kind::NetworkDetail), ("Kx81mQ2vRt", Kind::Credential)],
        ),
        ("const aliceSecret = alice.computeSecret(bobKey);\nPassword=********\nVersion=2.0\n", &[]),
    ]);
}

/// From `eval/stop45dr`, `eval/stop29c` and `eval/stop49br`: a URL that is a way in to
/// the body's own service, by its path ("…/vpn", "…/login") or its host ("vpn.…",
/// "….sharepoint.…"); not a public platform's sign-in, nor a project's published API
/// or wiki pages.
#[test]
fn urls_that_are_ways_in() {
    let urls = |text: &str| found_of(text, Kind::NetworkDetail);
    assert_eq!(
        urls("The gateway is now https://cwa.lvmtrust.hscni.net/vpn (old one off).\nThe login page is https://npwicb-chc.broadcare.cloud/login and files are at https://kmfrs.sharepoint.example/sites/ITSec today.\n"),
        [
            "https://cwa.lvmtrust.hscni.net/vpn",
            "https://npwicb-chc.broadcare.cloud/login",
            "https://kmfrs.sharepoint.example/sites/ITSec"
        ]
    );
    assert_eq!(
        urls("Staff sign in at https://login.microsoftonline.com and read https://iojs.org/api/fs.html or https://wiki.gnome.org/Accessibility or https://www.gov.uk/login.\n"),
        Vec::<String>::new()
    );
}

/// From `cat31-cred`, `cat32-net` and `stop26s`: SNMP community strings (after
/// "community string", in a Cisco configuration's "snmp-server" lines), recovery codes
/// listed under their label, the NT hash of a dumped password line, a connection
/// string's password and key, and a code "still" in use. Not "the community string is
/// changed", nor lines under a label that are not codes.
#[test]
fn communities_recovery_codes_hashes_and_connection_strings() {
    let cases: &[(&str, &[&str])] = &[
        ("The core switches use the read-only community string N0rthm3re-ro.", &["N0rthm3re-ro"]),
        ("The cards answer to the default SNMP community string 'public'.", &["public"]),
        ("snmp-server host 10.99.0.50 n0rthf3ll-ro\nsnmp-server community Fells2024ro RO 10", &["n0rthf3ll-ro", "Fells2024ro"]),
        ("GitLab two-factor recovery codes (keep safe):\n7f3k-9q2m-x4vp\nb8n1-4td6-zr2w\n\nThe team met.", &["7f3k-9q2m-x4vp", "b8n1-4td6-zr2w"]),
        ("Administrator:500:aad3b435b51404eeaad3b435b51404ee:3f9c2a71e8d45b06c1a7e93d2f8b4c65:::", &["3f9c2a71e8d45b06c1a7e93d2f8b4c65"]),
        ("conn: Server=SQL-FIN01;Database=Ledger;User Id=svc_fin;Password=Ledg3r!2024;", &["Ledg3r!2024"]),
        ("Storage: DefaultEndpointsProtocol=https;AccountName=kvfrsarchive;AccountKey=Qm7vX2kL9pR4tW8yB1nC5==;EndpointSuffix=core.windows.net", &["Qm7vX2kL9pR4tW8yB1nC5=="]),
        ("The engineer code for the Videx panels is still 4471# on most blocks.", &["4471#"]),
        ("The community string is changed every year. Backup codes were sent to:\nall staff\nThe team", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(credentials(text), *want, "{text}");
    }
}

/// From `eval/stop48r`: a release of three parts after "rolling back to" or "fixed in"
/// ("Rolling back to 6.8.2", "fixed in 4.11.2"); not a paragraph after "refer back to",
/// nor "in" after another word ("set out in 4.11.2").
#[test]
fn releases_rolled_back_to_or_fixed_in() {
    let versions = |text: &str| found_of(text, Kind::SoftwareVersion);
    assert_eq!(
        versions("The reader service is hung. Rolling back to 6.8.2 now. The fault was fixed in 4.11.2 on 8 March.\n"),
        ["6.8.2", "4.11.2"]
    );
    assert_eq!(
        versions("Please refer back to 3.1.2 of the policy, as set out in 4.11.2 above.\n"),
        Vec::<String>::new()
    );
}
