//! Cyber lexicon, 2025 additions: clinical research and trials IT; youth justice,
//! electronic monitoring and charity case management; ports, maritime and OT
//! security; elections; environmental health, trading standards and licensing;
//! biometrics and forensics; physical security; schools; HR and payroll. Ordinary
//! words among the names ("Castor", "Rave", "Salto", "Flare", "Lamplight", "Arbor",
//! "Niche", "Athena", "Connect", "Origin") need a cue on their line.

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

fn check(cases: &[(&str, &[(&str, Kind)])]) {
    for (text, want) in cases {
        let want: Vec<(String, Kind)> = want.iter().map(|(t, k)| (t.to_string(), *k)).collect();
        assert_eq!(found(text), want, "{text}");
    }
}

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
