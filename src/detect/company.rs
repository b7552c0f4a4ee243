//! Firms named in an answer whose names say they supply IT, security or telecoms
//! ("Kestrel Security Systems Ltd", "Northern Networks Limited").

use super::cues::{Cue, CueHits, CuedPattern};

pub(crate) struct CompanyDetector {
    /// Ends with a word of `Cue::Company`: run only on a draft that has one.
    re: CuedPattern,
}

impl CompanyDetector {
    #[inline(never)]
    pub(crate) fn new() -> CompanyDetector {
        CompanyDetector {
            re: CuedPattern::whole_text(
                r"(?:[A-Z][A-Za-z&'-]*\s){0,4}(?:Security|Systems|Technology|Technologies|Networks|Networking|Telecom|Telecoms|Telecommunications|Communications|Solutions|IT|ICT|Digital|Data|Computers?|Computing|Software|Cyber|Cloud|Infrastructure|Comms|Connect|Fibre)(?:\s[A-Z][A-Za-z&'-]*){0,3}\s(?:Ltd|Limited|plc|PLC|LLP|Inc|Group|UK)(?-u:\b)",
            ),
        }
    }

    #[inline(never)]
    pub(crate) fn find(&self, text: &str, cues: &CueHits) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        if cues.of(Cue::Company).is_empty() {
            return out;
        }
        self.re.each_all(text, |c| {
            let Some(m) = c.get_match() else {
                return;
            };
            let s = &text[m.start()..m.end()];
            // Not a sentence that starts with the word ("Security Systems UK …" is fine, "The…" is not part).
            if s.split_whitespace().count() < 2 {
                return;
            }
            let skip = s.find(|c: char| c.is_uppercase()).unwrap_or(0);
            let lead = ["The ", "Our ", "By ", "With ", "From "]
                .iter()
                .find(|p| s.starts_with(**p))
                .map_or(skip, |p| p.len());
            out.push((m.start() + lead, m.end()));
        });
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn firms() {
        let d = CompanyDetector::new();
        let text = "Maintenance is by Kestrel Security Systems Ltd under contract. The Data Protection Act applies.";
        let found: Vec<&str> = d
            .find(text, &CueHits::scan(text))
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(found, ["Kestrel Security Systems Ltd"]);
    }
}
