//! Firms named in an answer whose names say they supply IT, security or telecoms
//! ("Kestrel Security Systems Ltd", "Northern Networks Limited").

use regex::Regex;

pub(crate) struct CompanyDetector {
    re: Regex,
}

impl CompanyDetector {
    pub(crate) fn new() -> CompanyDetector {
        CompanyDetector {
            re: Regex::new(
                r"(?:[A-Z][A-Za-z&'-]*\s){0,4}(?:Security|Systems|Technology|Technologies|Networks|Networking|Telecom|Telecoms|Telecommunications|Communications|Solutions|IT|ICT|Digital|Data|Computers?|Computing|Software|Cyber|Cloud|Infrastructure|Comms|Connect|Fibre)(?:\s[A-Z][A-Za-z&'-]*){0,3}\s(?:Ltd|Limited|plc|PLC|LLP|Inc|Group|UK)(?-u:\b)",
            )
            .expect("company pattern is valid"),
        }
    }

    pub(crate) fn find<'t>(&'t self, text: &'t str) -> impl Iterator<Item = (usize, usize)> + 't {
        self.re
            .find_iter(text)
            .filter(|m| {
                // Not a sentence that starts with the word ("Security Systems UK …" is fine, "The…" is not part).
                m.as_str().split_whitespace().count() >= 2
            })
            .map(|m| {
                let s = m.as_str();
                let skip = s.find(|c: char| c.is_uppercase()).unwrap_or(0);
                let lead = ["The ", "Our ", "By ", "With ", "From "]
                    .iter()
                    .find(|p| s.starts_with(**p))
                    .map_or(skip, |p| p.len());
                (m.start() + lead, m.end())
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn firms() {
        let d = CompanyDetector::new();
        let text = "Maintenance is by Kestrel Security Systems Ltd under contract. The Data Protection Act applies.";
        let found: Vec<&str> = d.find(text).map(|(s, e)| &text[s..e]).collect();
        assert_eq!(found, ["Kestrel Security Systems Ltd"]);
    }
}
