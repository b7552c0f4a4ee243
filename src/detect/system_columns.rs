//! A table's column of systems or products ("System", "Software", "Product") and, in
//! a table about systems, its column of suppliers ("Supplier", "Vendor"): each cell
//! names what the organisation runs, or who supports it, whether or not the lexicon
//! knows the name. Tables with bars, tabs or columns aligned with spaces are read; a
//! cell that is a category ("Payroll", "Revenues and benefits"), a placeholder
//! ("N/A", "In-house") or already a finding is left alone. A product's cell ending in
//! a version ("Dragon Professional 16", "JAWS 2024") is a software version.
//!
//! And an app named as such in prose, "the Noise App", "the MyHousing App": a system's
//! name, by the same test of its words.

use super::WordList;
use super::{is_alnum, is_letter};
use crate::document::Document;
use std::sync::OnceLock;

type Hit = (&'static str, usize, usize);

/// Header words of a column of products that are about software by themselves:
/// "System", "Software used", "Application name".
const SOFTWARE_HEADS: &[&str] = &[
    "software",
    "system",
    "systems",
    "application",
    "applications",
    "app",
    "apps",
    "platform",
    "solution",
];

/// Header words of a column of products that are also a shop's, a test purchase's or a
/// trade's ("Product", "Package", "Tool"): about IT only with another word that says
/// so ("Clinical product", "IT tool") or another header in the row.
const GOODS_HEADS: &[&str] = &["product", "products", "package", "tool", "tools"];

/// Header words of a column of suppliers.
const SUPPLIER_HEADS: &[&str] = &[
    "supplier",
    "suppliers",
    "vendor",
    "vendors",
    "provider",
    "developer",
    "contractor",
    "installer",
    "installers",
    "maintainer",
    "integrator",
];

/// Other words a product's or supplier's header may hold: "Software name", "System in
/// use", "Current supplier", "Clinical system", "IT provider".
const HEAD_EXTRAS: &[&str] = &[
    "name", "names", "used", "in", "use", "current", "clinical", "it", "ict", "main",
    // ("Back-office software", "Line of business system", "Core system".)
    "back", "front", "office", "line", "of", "business", "core",
];

/// Header words that make a table one about systems, so that its Supplier column is
/// one of IT suppliers: "Version", "Licence type", "Hosting".
const IT_HEADS: &[&str] = &[
    "version", "versions", "licence", "licences", "license", "licenses", "hosting", "hosted",
    "software", "system", "seats", "users",
    // ("Maintainer | Remote support method", "Supplier | Hostname | IP".)
    "remote", "hostname", "firmware", "ip", "vpn", "mdm",
];

/// Cells that name nothing: "N/A", "In-house", "Not held".
const PLACEHOLDERS: &[&str] = &[
    "n/a",
    "na",
    "none",
    "nil",
    "-",
    "–",
    "—",
    "tbc",
    "tbd",
    "various",
    "other",
    "others",
    "in-house",
    "in house",
    "bespoke",
    "not applicable",
    "not held",
    "not known",
    "unknown",
    "withheld",
    "redacted",
    "total",
    "totals",
    "see above",
    "as above",
    "yes",
    "no",
];

/// Small words a name may hold in lowercase ("Revenues and Benefits", "Read&Write").
const JOINERS: &[&str] = &[
    "and", "of", "for", "the", "by", "with", "on", "in", "to", "&", "-",
];

fn generic_words() -> &'static WordList {
    static WORDS: OnceLock<WordList> = OnceLock::new();
    WORDS.get_or_init(|| WordList::from_source(include_str!("../rules/cyber/generic_systems.txt")))
}

#[derive(Clone, Copy, PartialEq)]
enum Column {
    Product,
    /// "Product", "Package", "Tool": a product's column in a table about systems.
    Goods,
    Supplier,
}

/// The column a header cell names.
fn column_of(cell: &str) -> Option<Column> {
    let lower = cell.trim().to_ascii_lowercase().replace("(s)", "s");
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 3 {
        return None;
    }
    let of = |head: &dyn Fn(&str) -> bool| {
        words.iter().any(|w| head(w)) && words.iter().all(|w| head(w) || HEAD_EXTRAS.contains(w))
    };
    let software = |w: &str| SOFTWARE_HEADS.contains(&w);
    if of(&|w| SUPPLIER_HEADS.contains(&w)) {
        Some(Column::Supplier)
    // (Products' words, perhaps with suppliers' too: "Product / supplier", "System and
    // supplier" name either.)
    } else if of(&|w| software(w) || GOODS_HEADS.contains(&w) || SUPPLIER_HEADS.contains(&w)) {
        let it = words
            .iter()
            .any(|w| software(w) || matches!(*w, "clinical" | "it" | "ict"));
        Some(if it { Column::Product } else { Column::Goods })
    } else {
        None
    }
}

/// Does a header cell say the table is about systems?
fn it_header(cell: &str) -> bool {
    cell.to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| IT_HEADS.contains(&w))
}

/// Is `w` a version after a product's name: "16", "2024", "4.2", "v3", "11.0.2"?
fn version_word(w: &str) -> bool {
    let n = w.strip_prefix(['v', 'V']).unwrap_or(w);
    !n.is_empty()
        && n.starts_with(|c: char| c.is_ascii_digit())
        && n.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && !n.ends_with('.')
        && (n.contains('.')
            || n.len() <= 2
            || n.len() == 4 && (n.starts_with("19") || n.starts_with("20")))
}

/// How a cell reads: a name (`Some(false)`), a name and its version (`Some(true)`), or
/// no name (`None`).
fn name_cell(t: &str) -> Option<bool> {
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 6
        || t.chars().count() > 48
        || !t.starts_with(|c: char| c.is_uppercase())
        || PLACEHOLDERS.iter().any(|p| t.eq_ignore_ascii_case(p))
        || t.contains(['£', '$', '€', '%', '@', '/', ':', '(', '…'])
    {
        return None;
    }
    let versioned = words.len() >= 2 && version_word(words[words.len() - 1]);
    let name = if versioned {
        &words[..words.len() - 1]
    } else {
        &words[..]
    };
    // A name's words are capitalised ("Texthelp Read&Write", "JAWS"); "Housing
    // management", "Revenues and benefits" describe a function.
    let capitalised = name.iter().all(|w| {
        JOINERS.contains(w)
            || w.chars().filter(|&c| is_letter(c)).count() < 4
            || !w.starts_with(|c: char| c.is_lowercase())
    });
    let generic = generic_words();
    let all_generic = name.iter().all(|w| {
        let lower = w.to_lowercase();
        JOINERS.contains(&lower.as_str())
            || generic.contains(lower.trim_matches(|c: char| !is_alnum(c)))
    });
    // (A system's kind in capitals, "PACS", "RIS", "HR", is no product's name; with a
    // version it is: "JAWS 2024".)
    let acronym = !versioned
        && name.len() == 1
        && (2..=4).contains(&name[0].len())
        && name[0].bytes().all(|b| b.is_ascii_uppercase());
    if acronym {
        return None;
    }
    // (A name needs a letter: "2024" or "16" alone is no product.)
    let lettered = name.iter().any(|w| w.chars().any(is_letter));
    (capitalised && !all_generic && lettered).then_some(versioned)
}

/// A table's layout: by a separator, or by where its columns start.
#[derive(Clone, Copy, PartialEq)]
enum Layout {
    Sep(char),
    Aligned,
}

/// The cells of a line: (start within the line in bytes, the column's char position,
/// the text).
fn cells(s: &str, layout: Layout) -> Vec<(usize, usize, &str)> {
    match layout {
        Layout::Sep(sep) => {
            let mut pos = 0;
            s.split(sep)
                .enumerate()
                .map(|(i, c)| {
                    let r = (pos, i, c);
                    pos += c.len() + sep.len_utf8();
                    r
                })
                .collect()
        }
        // (The same cells as the identifier pass reads: a run of two spaces or more
        // parts them.)
        Layout::Aligned => super::identifiers::spaced_cells(s)
            .into_iter()
            .map(|(col, b, t)| (b, col, t))
            .collect(),
    }
}

/// A line's layout: a tab, two bars, or two spaces between words (not an indent or
/// trailing spaces). Searched with `memchr`, the common line having none of them.
fn layout_of(s: &str) -> Option<Layout> {
    let b = s.as_bytes();
    if memchr::memchr(b'\t', b).is_some() {
        return Some(Layout::Sep('\t'));
    }
    if memchr::memchr_iter(b'|', b).nth(1).is_some() {
        return Some(Layout::Sep('|'));
    }
    // (One searcher for two spaces, built once.)
    static TWO_SPACES: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let two = TWO_SPACES.get_or_init(|| memchr::memmem::Finder::new(b"  "));
    two.find(s.trim().as_bytes()).map(|_| Layout::Aligned)
}

/// Is the line a table's rule ("---|---", "-----  -----", "+----+")?
fn rule_line(s: &str) -> bool {
    s.contains('-')
        && s.bytes()
            .all(|c| matches!(c, b'-' | b'+' | b'=' | b':' | b' ' | b'|' | b'\t' | b'\r'))
}

/// Finds the cells of the draft's product and supplier columns. `taken`: the spans of
/// findings so far (sorted by start), whose cells are left to them.
pub(crate) fn find(text: &str, doc: &Document, taken: &[(usize, usize)], out: &mut Vec<Hit>) {
    // Most drafts have no table: a line with a bar, a tab or two spaces inside it.
    let mut table: Option<(Layout, Vec<(usize, Column)>)> = None;
    for line in &doc.lines {
        let s = &text[line.start..line.end];
        // (Outside a table only a header is looked for: a short line with no digits.)
        if table.is_none() && s.len() > 200 {
            continue;
        }
        let Some(layout) = layout_of(s) else {
            table = None;
            continue;
        };
        if table.is_none() && s.bytes().any(|b| b.is_ascii_digit()) || rule_line(s) {
            continue;
        }
        let row = cells(s, layout);
        if let Some((l, columns)) = &table {
            if *l == layout {
                let mut any = false;
                for &(col, kind) in columns {
                    let cell = match layout {
                        Layout::Sep(_) => row.get(col),
                        Layout::Aligned => row.iter().find(|c| c.1.abs_diff(col) <= 1),
                    };
                    let Some(&(b, _, raw)) = cell else { continue };
                    let t = raw.trim();
                    if t.is_empty() {
                        continue;
                    }
                    any = true;
                    let lead = raw.len() - raw.trim_start().len();
                    let (s0, e0) = (line.start + b + lead, line.start + b + lead + t.len());
                    if super::versions::overlaps_taken(taken, s0, e0) {
                        continue;
                    }
                    match (kind, name_cell(t)) {
                        (Column::Product, Some(true)) => {
                            out.push(("version.table_product", s0, e0))
                        }
                        (_, Some(_)) => out.push(("supplier.table_column", s0, e0)),
                        _ => {}
                    }
                }
                if any || layout != Layout::Aligned {
                    continue;
                }
            }
        }
        // A header: two or more cells, no digits; a product column, or a supplier
        // column in a table about systems.
        table = None;
        if row.len() < 2
            || s.bytes().any(|b| b.is_ascii_digit())
            || row.iter().any(|c| c.2.trim().len() > 30)
        {
            continue;
        }
        let heads: Vec<Option<Column>> = row.iter().map(|c| column_of(c.2)).collect();
        let about_it = heads.contains(&Some(Column::Product)) || row.iter().any(|c| it_header(c.2));
        let columns: Vec<(usize, Column)> = row
            .iter()
            .zip(&heads)
            .filter_map(|(c, h)| match (*h)? {
                Column::Product => Some((c.1, Column::Product)),
                Column::Goods => about_it.then_some((c.1, Column::Product)),
                Column::Supplier => about_it.then_some((c.1, Column::Supplier)),
            })
            .collect();
        if !columns.is_empty() {
            table = Some((layout, columns));
        }
    }
}

/// Words before "App" that name no app of the organisation's own: "the Mobile App",
/// "Our App", "Download The App".
const NOT_APP_WORDS: &[&str] = &[
    "The",
    "THE",
    "Our",
    "Your",
    "Their",
    "Its",
    "This",
    "That",
    "An",
    "A",
    "Mobile",
    "Web",
    "Smartphone",
    "Phone",
    "New",
    "Free",
    "Download",
    "Official",
];

/// Apps named in prose: one to three capitalised words before "App" ("the Noise App",
/// "via the Report It App"). Not an app's kind ("Mobile App") or a heading's words
/// alone ("The App"). `taken` as for [`find`].
pub(crate) fn find_apps(text: &str, taken: &[(usize, usize)], out: &mut Vec<Hit>) {
    let generic = generic_words();
    for k in memchr::memmem::find_iter(text.as_bytes(), b" App") {
        let end = k + 4;
        if text[end..].starts_with(|c: char| is_alnum(c)) {
            continue;
        }
        // The capitalised words before, nearest first, on this line.
        let mut start = k;
        let mut words = 0;
        let mut named = false;
        for w in text[..k].rsplit(' ').take(3) {
            if w.is_empty()
                || w.contains(['\n', '\t'])
                || !w.starts_with(|c: char| c.is_uppercase())
                || !w.chars().all(|c| is_alnum(c) || c == '-')
                || NOT_APP_WORDS.contains(&w)
            {
                break;
            }
            if !generic.contains(&w.to_lowercase()) {
                named = true;
            }
            start -= w.len() + usize::from(words > 0);
            words += 1;
        }
        // (One word that opens a sentence is capitalised for that: "Online App forms".)
        let lead = text[..start].trim_end_matches(' ');
        let opens = lead.is_empty() || lead.ends_with(['.', '!', '?', ':', '\n', '"']);
        if words == 0 || !named || words == 1 && opens {
            continue;
        }
        if super::versions::overlaps_taken(taken, start, end) {
            continue;
        }
        out.push(("supplier.named_app", start, end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&'static str, &str)> {
        let doc = Document::parse(text);
        let mut out = Vec::new();
        find(text, &doc, &[], &mut out);
        out.into_iter().map(|(d, s, e)| (d, &text[s..e])).collect()
    }

    #[test]
    fn product_and_supplier_columns() {
        let text = "| System | Supplier | Contract end |\n|---|---|---|\n| Orbis | Brightline Systems | 2026 |\n| Revenues and benefits | In-house | 2025 |\n\n  Product                  Licence type   Cost\n  -----------------------  -------------  -------\n  Texthelp Read&Write      Site licence   £18,450\n  Dragon Professional 16   40 seats       £9,120\n  JAWS 2024                12 seats       £6,300\n  Payroll                  Site licence   £1,000\n\nService\tSupplier\tValue\nCleaning\tSparkle Cleaning Ltd\t£10,000\n\nProduct\tTest purchases\tSales\nVapes\t12\t3\n\nSystem\tUse\nPACS\tImages\nFixed CCTV\tTown centre\n";
        assert_eq!(
            found(text),
            [
                ("supplier.table_column", "Orbis"),
                ("supplier.table_column", "Brightline Systems"),
                ("supplier.table_column", "Texthelp Read&Write"),
                ("version.table_product", "Dragon Professional 16"),
                ("version.table_product", "JAWS 2024"),
            ]
        );
    }

    #[test]
    fn apps() {
        let text = "Recordings come through the Noise App or the Report It App. Download the Mobile App, Our App, The App. Online App forms. Noise App users. A Citizen App\n";
        let mut out = Vec::new();
        find_apps(text, &[], &mut out);
        let got: Vec<&str> = out.iter().map(|&(_, s, e)| &text[s..e]).collect();
        assert_eq!(got, ["Noise App", "Report It App", "Citizen App"]);
    }

    #[test]
    fn cells() {
        assert_eq!(name_cell("MindView"), Some(false));
        assert_eq!(name_cell("Sectra IDS7 24.1"), Some(true));
        assert_eq!(name_cell("Email filtering"), None);
        assert_eq!(name_cell("Revenues & Benefits"), None);
        assert_eq!(name_cell("N/A"), None);
        assert_eq!(name_cell("2024"), None);
        assert_eq!(name_cell("£6,300"), None);
    }
}
