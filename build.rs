//! Turns the rule pack (TOML, written for people) into compact JSON for the library,
//! and the name lists into sorted lowercase text the library lays out at start-up.
//! Validation of the pack's content happens when the library loads it (and in its tests).

use std::fs;
use std::path::{Path, PathBuf};

#[path = "src/detect/wordlist.rs"]
#[allow(dead_code)]
mod wordlist;

fn main() {
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed=src/rules");
    println!("cargo:rerun-if-changed=src/detect/wordlist.rs");

    let mut lexicon = Vec::new();
    let mut cyber_files: Vec<PathBuf> = fs::read_dir("src/rules/cyber")
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    cyber_files.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    cyber_files.sort();
    for path in &cyber_files {
        println!("cargo:rerun-if-changed={}", path.display());
        let mut rules = read_rules(path);
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        for rule in &mut rules {
            rule.as_object_mut()
                .unwrap()
                .insert("file".into(), file.clone().into());
        }
        lexicon.extend(rules);
    }
    let patterns = read_rules(Path::new("src/rules/patterns.toml"));
    let pack = serde_json::json!({ "lexicon": lexicon, "patterns": patterns });
    // The rules with their examples, for the pack's tests; the library parses the pack
    // at start-up, and ships it, without them (a fifth of the text).
    fs::write(
        out.join("rules_with_examples.json"),
        serde_json::to_string(&pack).unwrap(),
    )
    .unwrap();
    let mut lean = pack;
    for list in ["lexicon", "patterns"] {
        for rule in lean[list].as_array_mut().unwrap() {
            rule.as_object_mut().unwrap().remove("examples");
        }
    }
    fs::write(
        out.join("rules.json"),
        serde_json::to_string(&lean).unwrap(),
    )
    .unwrap();

    for list in ["first_names", "surnames", "not_names"] {
        let src = format!("src/rules/names/{list}.txt");
        println!("cargo:rerun-if-changed={src}");
        let text = fs::read_to_string(&src).unwrap_or_default();
        let names: Vec<String> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.to_lowercase().replace('’', "'"))
            .collect();
        // Sorted, distinct and lowercase, one a line: the library lays out its hash
        // table at start-up (see src/detect/wordlist.rs).
        let (text, _, _) = wordlist::build(names.iter().map(String::as_str).collect());
        fs::write(out.join(format!("{list}.txt")), text).unwrap();
    }
}

fn read_rules(path: &Path) -> Vec<serde_json::Value> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let value: toml::Value =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let json = serde_json::to_value(value).unwrap();
    match json.get("rule") {
        Some(serde_json::Value::Array(rules)) => rules.clone(),
        _ => panic!("{}: expected [[rule]] tables", path.display()),
    }
}
