//! Prints scan throughput, start-up time and the size of the shipped .wasm.
//! `cargo bench` (figures are printed, never asserted).

use std::time::Instant;

use redaction_check::{Config, Scanner};

/// One pass over the dev drafts: sorted, each followed by a blank line.
fn drafts_once() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev/docs");
    let mut docs: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    if docs.is_empty() {
        docs.push("Dear Ms Smith\n\nWe use TightVNC on 10.1.2.3. Call Jo on 07700 900123 or jo.bloggs@example.org.\n".repeat(20));
    }
    docs.sort();
    docs.iter().map(|d| format!("{d}\n\n")).collect()
}

/// The dev drafts, passed over again and again, cut to `target` bytes.
fn corpus(target: usize) -> String {
    let once = drafts_once();
    let mut out = once.repeat(target.div_ceil(once.len()));
    // Exactly `target` bytes, cut at a character boundary.
    let mut end = target.min(out.len());
    while !out.is_char_boundary(end) {
        end -= 1;
    }
    out.truncate(end);
    out
}

fn time<F: FnMut()>(mut f: F, min_runs: usize) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..min_runs {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed().as_secs_f64());
    }
    best
}

fn main() {
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    if filter.as_deref().is_some_and(|f| f != "scan") {
        return;
    }
    // The first Scanner of a process compiles the shared detectors; later ones (a new
    // config) reuse them.
    let t = Instant::now();
    let scanner = Scanner::new(Config::default()).unwrap();
    println!(
        "Scanner start-up (native): first in the process {:.2} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    let config =
        Config::from_json(r#"{"allow": ["TightVNC"], "publicPeople": ["Jane Smith"]}"#).unwrap();
    let again = time(|| drop(Scanner::new(config.clone()).unwrap()), 5);
    println!("  another Scanner (new config): {:.3} ms", again * 1e3);

    let text = corpus(1_048_576);
    // Best of 15: on a shared 2-core machine a run of 5 still varied by 15%.
    let secs = time(|| drop(scanner.scan(&text)), 15);
    let n = scanner.scan(&text).findings.len();
    println!(
        "scan ~1 MB of dev drafts ({} bytes, {} findings): {:.1} ms, {:.1} MB/s",
        text.len(),
        n,
        secs * 1e3,
        text.len() as f64 / secs / 1e6
    );

    // The ~1 MB above repeats the dev drafts about eleven times, and a scan looks up
    // each distinct word of a draft in the name lists once: repeated text is kinder than
    // a real 1 MB of drafts. One pass over the drafts, nothing repeated, is nearer that.
    let once = drafts_once();
    let secs = time(|| drop(scanner.scan(&once)), 15);
    println!(
        "  one pass over the dev drafts ({} bytes, no text repeated): {:.2} ms, {:.1} MB/s",
        once.len(),
        secs * 1e3,
        once.len() as f64 / secs / 1e6
    );
    for size in [10_000usize, 100_000, 1_000_000, 10_000_000] {
        let t = corpus(size);
        let secs = time(
            || drop(scanner.scan(&t)),
            if size > 1_000_000 { 2 } else { 5 },
        );
        println!(
            "  scan {:>9} bytes: {:>9.2} ms ({:.1} MB/s)",
            t.len(),
            secs * 1e3,
            t.len() as f64 / secs / 1e6
        );
    }
    let long_line = "x".repeat(5_000_000);
    let secs = time(|| drop(scanner.scan(&long_line)), 2);
    println!("  scan one 5 MB line of 'x': {:.1} ms", secs * 1e3);
    let prose_line = corpus(5_000_000).replace(['\n', '\r'], " ");
    let secs = time(|| drop(scanner.scan(&prose_line)), 2);
    println!("  scan one 5 MB line of draft text: {:.1} ms", secs * 1e3);
    // Words that open a search window, packed into one token: the windows' walks must
    // not start again for each ("Ltd" closes a firm's name; "a.b" may be a host name,
    // "0a:" a MAC address, "1 Jan" a date).
    for unit in ["Ltd-", "a-b.", "0a:1", "Jan 1"] {
        let line = unit.repeat(5_000_000 / unit.len());
        let secs = time(|| drop(scanner.scan(&line)), 2);
        println!("  scan one 5 MB line of {unit:?}: {:.1} ms", secs * 1e3);
    }
    // Cost must grow with the draft, not faster: each unit repeated (one long line, or
    // many short lines), at 100 KB and at 400 KB. A ratio near 4 is linear; 16 would be
    // quadratic, and such a unit is named.
    let units = [
        "Ltd-",
        "Ltd ",
        "a-b.",
        "0a:1",
        "1.2.",
        "1:2:",
        "Jan 1",
        "1 Jan",
        "1 1 1 ",
        "1) ",
        "07700 ",
        "+44 ",
        "ext ",
        "payroll number (",
        "(reference ",
        "PC ",
        "VLAN ",
        "port ",
        "password: ",
        "login ",
        "api_key: ",
        "https://a",
        "srv-",
        "\\\\a\\",
        "ssid \"a",
        "12 Acacia ",
        "SW1A ",
        "a@b.",
        "Mr Smith ",
        "A. ",
        "Jane Smith-",
        "Security ",
        "Dell ",
        "Windows 10 ",
        "version 1.2.3 ",
        "Centurion version 8.3 ",
        "v1.2 ",
        "Toughbooks ",
        "Axis P3245 ",
        "’s ",
        "|",
        "\t",
        "Q1. ",
        "You asked:\n",
        "Yours sincerely\n",
        // Stop 40's rules (a line's start was once searched for each "comments").
        "DRAFT comments from AB, ",
        "(AB / CD comments) ",
        "the MV Lady Ann ",
        "the Lindqvist SAR ",
        "Oskar's UPN ",
        "incident log IR-2024-01 ",
        "on AB-CD (VLAN 3) ",
        "supplied, and maintained, by Carrus Technologies ",
        "Area Manager Jo SMITH ",
        "Tel: 0113 496 0000 (ask for Jo) ",
        "Team <a.b@c.uk> ",
        // Lines: a draft of many short lines, read line by line and back up the page.
        "\n",
        "Yes\n",
        "Q1. Yes\n",
        "1. No\n",
        "Q1. Do you use Dell?\n",
        "Q1. Do you use Dell?\nQ1. Yes\n",
        "Do you use Zoom?\tYes\n",
        "Question\tAnswer\n",
        "| a | b |\n",
        "Version\t1.2\n",
        "Version 1.0.2\nDate: 1 May\n",
        "Our response\n",
        "Dear Sir\n",
        "From: Jo Smith\n",
        "Kind regards\nJo Smith\n",
        "Jo Smith\n",
        "Chief Executive\n",
        "Jane Smith, Estates Officer\n",
        "12 Acacia Grove\nLondon SW1A 1AA\n",
        "1.\n",
        "From: Pillai, Tharini\nTo: FOI Team; Callum\n",
        // (Each compared with every finding before: a chat's speakers, people listed
        // with "and", records with their references, a firm's short name.)
        "Helen Marsh 10:02: message about Jane Smith and Tom Brown\n",
        "Jane Smith and Tom Brown met.\n",
        "Ref: SW-23-04412\nNHS no. 628 194 8211, DOB 1 May 1980\n",
        "patient TCH-ONC-0417, NHS no. 628 194 8211, DOB 1 May 1980\n",
        "Acme Systems Ltd supports it; we asked Acme about it.\n",
        // (Stop 45's passes: names in lowercase, surname first again, nicknames, user
        // names, labelled initials, greetings.)
        "Requester: jordan kettleby\nthanks, priya\n[08:54] priya: ok\n",
        "Iain Dòmhnallach met Dòmhnallach, Iain (MNL).\n",
        "Babatunde (Tunde) Adeyemi-Cole and \"Mack\" McAllister, s.mahmood.\n",
        "Officer: DW\n[Comment [KO1]: Patient: MacAoidh, Eòghann\n",
        "Hi Deb,\nKevin reply: the 3.7.0 patch via AnyDesk to HH-NET2-01.\n",
        "[21/05/2024 09:20] Devendra Raghunathan\ndr anand krishnamurthy (anand.k.1962@x.org)\n",
        "KO (Kemi Okafor (",
        // (Stop 46's passes: initials in a column, quoted CSV cells, user names a name
        // spells, lowercase notes, people after a label, dated note heads, references
        // before a birth date, listed identifiers, CVEs, sibling models.)
        "  Tomasz Kowalczyk, ICT Officer     TK\nTK's note at 10 AM on MS Teams.\n",
        "P04,\"Lindqvist-Hale, M.\",\"BAJWA, H.S.\",2024\nby a.nibhriain for Aoife Ní Bhriain\n",
        "asked tunde in county ict; mo (mohammed iqbal, payroll 004712) said\n",
        "Participants: Ffion Lloyd-Jones; Devendra Raghunathan\n02/05/24  RB\n",
        "Visit HFSV-23-08817: Carmichael-Noone, Edith, DOB 03.09.1938. staff no. WC20417 and WC21983.\n",
        "vulnerable to CVE-2023-4966, patched to 13.1-51.15; Trend IQ4 and IQ3 units on DSM 7.1 (Build 16731.20234)\n",
        "Participants P-0347 to P-0352; (Kayden R, DOB 03/02/2019)\n",
        "WC20417 WC20417 WC20417 ",
        "version 2308 (Build 16731.",
        // (Stop 47's passes: comma-separated tables, a column of who did it, short
        // names before a name in brackets, titles before initials, "O'" surnames after
        // an initial, labelled and dated initials, host tails, port repeats.)
        "permit_ref,vehicle_reg,operative,authorised_by\nPTW-1,SV21 KXE,\"MBEKI, Thandiwe\",NTM / JvdB\n",
        "\"Kev\" (Kevin Marsh) and Kenny (Kenneth Baird, Head) met Dr E-H and T. O'Súilleabháin.\n",
        "Reviewed by: E.R. (FOI Team)\nCall note, 18/04/24, PV\nJoost van den Berg said JvdB\n",
        "EST-BMS-SUP02 on TCP 4911; inbound NAT for 4911 on SUP02; Manager v6.3, Niagara 4.10u5\n",
        "a,b,c,d,",
        "2024-02-07 09:44:50  [Work note]  jpatel (Service Desk L1)\nKerenza Polglase <r-1@x.com>; a carer called Róisín; Ana here.\nKev\n\nKevin Marsh\n",
        "Kerenza Polglase <",
        "A B <a@b> ",
        "a carer called ",
        "Ana here ",
        "\"Kev\" (",
        "Dr E-",
        // (On one line, each opening what its rule then sought to the line's end.)
        "Track changes: AB (",
        "Mr Liu Jianguo (",
        "draft (",
        "[Note KH ",
        "Kieran\tcan\tcheck\t",
    ];
    let mut ratios: Vec<(f64, &str)> = units
        .iter()
        .map(|unit| {
            let small = unit.repeat(100_000 / unit.len());
            let big = unit.repeat(400_000 / unit.len());
            let a = time(|| drop(scanner.scan(&small)), 3);
            let b = time(|| drop(scanner.scan(&big)), 3);
            (b / a, *unit)
        })
        .collect();
    ratios.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (low, high) = (ratios[0], ratios[ratios.len() - 1]);
    for (ratio, unit) in ratios.iter().filter(|r| r.0 > 8.0) {
        println!("  NOT LINEAR: {unit:?} repeated, 400 KB against 100 KB: {ratio:.1}x");
    }
    println!(
        "  a repeated unit, 400 KB against 100 KB, {} units: {:.1}x ({:?}) to {:.1}x ({:?}) (4x is linear)",
        ratios.len(),
        low.0,
        low.1,
        high.0,
        high.1
    );
    // The drafts on one line (a paste without line breaks), with their words a tab apart
    // or their brackets never closed: a rule that seeks its line's start or end for each
    // finding grows with the square of such a line.
    type Reshape = fn(&str) -> String;
    let reshapes: [(&str, Reshape); 3] = [
        ("one line", |t| t.replace(['\n', '\r'], " ")),
        ("one line, tab-separated", |t| {
            t.replace(['\n', '\r', ' '], "\t")
        }),
        ("one line, no closing brackets", |t| {
            t.replace(['\n', '\r'], " ")
                .replace([')', ']', '}', '>'], "")
        }),
    ];
    for (name, reshape) in reshapes {
        let small = reshape(&corpus(1_000_000));
        let big = reshape(&corpus(4_000_000));
        let a = time(|| drop(scanner.scan(&small)), 2);
        let b = time(|| drop(scanner.scan(&big)), 2);
        let flag = if b / a > 8.0 { "NOT LINEAR: " } else { "" };
        println!(
            "  {flag}drafts as {name}: 1 MB {:.0} ms, 4 MB {:.0} ms ({:.1}x; 4x is linear)",
            a * 1e3,
            b * 1e3,
            b / a
        );
    }
    let rescan = corpus(60_000);
    let rescan = &rescan[..rescan
        .char_indices()
        .nth(60_000)
        .map_or(rescan.len(), |c| c.0)];
    let secs = time(|| drop(scanner.scan(rescan)), 10);
    println!("  re-scan of a 60 KB draft: {:.2} ms", secs * 1e3);

    // A config's lists are sets: a long one costs a look-up per finding, not a walk
    // over the list (20,000 emails against 100,000 role mailboxes took 73 s so).
    let many = |prefix: &str| {
        (0..100_000)
            .map(|i| format!("\"{prefix}{i}\""))
            .collect::<Vec<_>>()
            .join(",")
    };
    let big = Config::from_json(&format!(
        r#"{{"allow": [{}], "roleMailboxes": [{}], "publicPeople": [{}], "publicNumbers": [{}]}}"#,
        many("allowed "),
        many("team"),
        many("Person "),
        (0..100_000)
            .map(|i| format!("\"0113 496 {:04}\"", i % 10_000))
            .collect::<Vec<_>>()
            .join(",")
    ))
    .unwrap();
    let with_big = Scanner::new(big).unwrap();
    let mut emails = String::new();
    for i in 0..20_000 {
        emails += &format!(
            "Contact j{i}.smith@example.com, Mr Smith{i} or 0113 496 {:04}.\n",
            i % 10_000
        );
    }
    let plain = time(|| drop(scanner.scan(&emails)), 3);
    let secs = time(|| drop(with_big.scan(&emails)), 3);
    println!(
        "  20,000 emails, names and numbers, with a config of 4 x 100,000 entries: {:.1} ms ({:.1} ms without)",
        secs * 1e3,
        plain * 1e3
    );

    let wasm = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("pkg/redaction_check_bg.wasm");
    match std::fs::metadata(&wasm) {
        Ok(meta) => {
            // gzip reads the file itself: feeding it through a pipe while its output
            // fills the other pipe would deadlock.
            let out = std::process::Command::new("gzip")
                .args(["-9", "-c"])
                .arg(&wasm)
                .output()
                .expect("gzip is on PATH");
            println!(
                ".wasm shipped: {} KiB raw, {} KiB gzipped",
                meta.len() / 1024,
                out.stdout.len() / 1024
            );
        }
        Err(_) => println!(".wasm shipped: not built (run scripts/build.sh first)"),
    }
}
