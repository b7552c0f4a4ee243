//! The structure of a response: letterhead, restated request, answers, signature.
//!
//! The parse is by lines, with cues every FOI response uses ("You asked", "Our
//! response", "Yours sincerely", a `Question<TAB>Answer` table). It never fails: text
//! it cannot place is an answer, the context where findings matter most.

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use crate::detect::tokens::Tokens;
use crate::finding::Context;

/// One line of the draft, with where it stands.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// Byte range of the line, without its line ending.
    pub start: usize,
    pub end: usize,
    pub context: Context,
    /// Cells of a tab- or pipe-separated table row: byte ranges, with the context of each.
    pub cells: Vec<(usize, usize, Context)>,
    /// The number of the question this line asks or answers ("Q4.", "4.", "4)"), if any.
    pub number: Option<u32>,
}

/// The structure of one draft.
#[derive(Debug, Clone)]
pub(crate) struct Document {
    pub lines: Vec<Line>,
    /// Where each line starts, in order: the lines' index by offset, packed (a search
    /// of `lines` itself strides over their cells and contexts).
    line_starts: Vec<usize>,
    /// The numbered questions of the request, as (number, line index), sorted: the
    /// question an answer's number refers to is a binary search, not a walk back over
    /// every line (quadratic in a draft of many numbered answers).
    questions: Vec<(u32, usize)>,
    /// Questions numbered where no line of the request is: several in one line ("He
    /// asks: \"(1) How many …? (2) … (3) What system … – is it NFLMS?\""), or a numbered
    /// line that asks, outside the request or below the answers ("1. What tracking
    /// system is fitted – is it Webfleet?"). As (number, start, end), sorted: an answer's
    /// number looks here when the request has no line of that number above it.
    loose_questions: Vec<(u32, usize, usize)>,
    /// Its words, for the detectors that read words.
    pub tokens: Tokens,
    /// Its settings pasted one to a line, read when first asked for (see
    /// [`Document::settings`]).
    settings: std::cell::OnceCell<Vec<crate::detect::settings::Setting>>,
}

const REQUEST_OPENERS: &[&str] = &[
    "you asked",
    "your request",
    "summary of your request",
    "summary of your original request",
    "your original request",
    "request:",
    "the request",
    "you requested",
    "you have asked",
    "in which you asked",
    "you asked for the following",
    "seek access to the following",
    "requested the following",
    "your questions",
    "questions are repeated",
    "asking for",
    "asking:",
];

const RESPONSE_OPENERS: &[&str] = &[
    "our response",
    "response",
    "response:",
    "trust response",
    "the trust's response",
    "council response",
    "the council's response",
    "our answer",
    "answer",
    "answers",
    "answer:",
    "reply",
    "our reply",
    "information held",
];

const SIGN_OFFS: &[&str] = &[
    "yours sincerely",
    "yours faithfully",
    "kind regards",
    "best regards",
    "regards",
    "best wishes",
    "many thanks",
    "thanks",
    "thank you",
    "cheers",
    "best",
    "warm regards",
    "yn gywir",
    "yn gywir / yours sincerely",
    "yours sincerely / yn gywir",
];

/// Openers of a sentence that answers rather than asks.
const ANSWER_STARTS: &[&str] = &[
    "yes",
    "no",
    "we ",
    "the trust",
    "the council",
    "the university",
    "the force",
    "our ",
    "i can",
    "i am",
    "i have",
    "please find",
    "exempt",
    "not held",
    "information not held",
    "n/a",
];

impl Document {
    #[inline(never)]
    pub(crate) fn parse(text: &str) -> Document {
        let mut lines = split_lines(text);
        mark_letterhead(text, &mut lines);
        mark_request(text, &mut lines);
        mark_tables(text, &mut lines);
        mark_signature(text, &mut lines);
        let mut questions: Vec<(u32, usize)> = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.context == Context::Request)
            .filter_map(|(i, l)| Some((l.number?, i)))
            .collect();
        questions.sort_unstable();
        let loose_questions = loose_questions(text, &lines);
        Document {
            line_starts: lines.iter().map(|l| l.start).collect(),
            questions,
            loose_questions,
            lines,
            tokens: Tokens::new(text),
            settings: std::cell::OnceCell::new(),
        }
    }

    /// The settings of `text` (this document's text) pasted one to a line, read once
    /// for the cyber and the name passes both.
    pub(crate) fn settings(&self, text: &str) -> &[crate::detect::settings::Setting] {
        self.settings
            .get_or_init(|| crate::detect::settings::parse(text))
    }

    /// The index of the line holding byte offset `at` (a line break belongs to the
    /// line it ends).
    pub(crate) fn line_index(&self, at: usize) -> usize {
        self.line_starts
            .partition_point(|&s| s <= at)
            .saturating_sub(1)
    }

    /// Where the line holding byte offset `at` starts: `text[..at].rfind('\n')` and one,
    /// found in the lines' index (a search back for each finding grew with the square of
    /// a long line).
    pub(crate) fn line_start(&self, at: usize) -> usize {
        self.line_starts
            .get(self.line_index(at))
            .copied()
            .unwrap_or(0)
    }

    /// [`Self::line_index`] as a search of the lines themselves (the tests' reference).
    #[cfg(test)]
    fn line_index_by_lines(&self, at: usize) -> usize {
        match self.lines.binary_search_by(|l| {
            if at < l.start {
                std::cmp::Ordering::Greater
            } else if at > l.end {
                std::cmp::Ordering::Less
            } else {
                std::cmp::Ordering::Equal
            }
        }) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1).min(self.lines.len().saturating_sub(1)),
        }
    }

    /// Where the byte offset `at` stands.
    pub(crate) fn context_at(&self, at: usize) -> Context {
        if self.lines.is_empty() {
            return Context::Answer;
        }
        let line = &self.lines[self.line_index(at)];
        // (The cells are in order and a separator apart, so at most one holds `at`: found
        // by halving, not by a walk along a long row for each finding.)
        let k = line.cells.partition_point(|&(s, _, _)| s <= at);
        match k.checked_sub(1).map(|k| line.cells[k]) {
            Some((_, e, c)) if at <= e => c,
            _ => line.context,
        }
    }

    /// The line (or table cell) that asks the question answered at byte offset `at`:
    /// the row's question cell, the question with the same number, or the nearest
    /// question just above.
    pub(crate) fn question_for(&self, at: usize) -> Option<(usize, usize)> {
        if self.lines.is_empty() {
            return None;
        }
        let i = self.line_index(at);
        let line = &self.lines[i];
        if let Some(&(s, e, _)) = line.cells.iter().rev().find(|c| c.2 == Context::Request) {
            return Some((s, e));
        }
        // An answer under its own heading line: "Q4.\nYes.", "Question 5\nYes. …",
        // "Q2 – Parking enforcement\n\nYes." (the nearest line above with words, a
        // short numbered answer line, no question of its own).
        let heading = || {
            let h = self.lines[..i].iter().rev().find(|l| l.start < l.end)?;
            (h.context != Context::Request && h.end - h.start <= 80)
                .then_some(h.number)
                .flatten()
        };
        if let Some(q) = line
            .number
            .or_else(heading)
            .and_then(|n| self.question_numbered(n, i))
        {
            return Some(q);
        }
        // The nearest question above, within a few lines and with no other answer between.
        self.question_above(i, 1)
    }

    /// The last question numbered `n` above line `i`; failing that, the last loose
    /// question of that number above it, or the first below.
    pub(crate) fn question_numbered(&self, n: u32, i: usize) -> Option<(usize, usize)> {
        let k = self.questions.partition_point(|&q| q < (n, i));
        if let Some(&(m, q)) = k.checked_sub(1).and_then(|k| self.questions.get(k)) {
            if m == n {
                return Some((self.lines[q].start, self.lines[q].end));
            }
        }
        let lo = self.loose_questions.partition_point(|q| q.0 < n);
        let hi = lo + self.loose_questions[lo..].partition_point(|q| q.0 <= n);
        let same = &self.loose_questions[lo..hi];
        let at = self.lines.get(i)?.start;
        let above = same.partition_point(|q| q.1 < at);
        if let Some(&(_, s, e)) = above.checked_sub(1).map_or(same.first(), |k| same.get(k)) {
            return Some((s, e));
        }
        // (The request forwarded below the draft answers: its first question of that
        // number.)
        let &(m, q) = self.questions.get(k)?;
        (m == n && q > i).then(|| (self.lines[q].start, self.lines[q].end))
    }

    /// The question an answer's numbered heading points to, for a line `i` a few
    /// paragraphs under it ("3. Vehicle tracking\n\nYes. …\nRegarding devices: Yes,
    /// …"): the nearest short numbered line above, within `within` lines of words, with
    /// no request line between.
    pub(crate) fn question_under_heading(&self, i: usize, within: usize) -> Option<(usize, usize)> {
        let mut seen = 0;
        for (k, l) in self.lines[..i.min(self.lines.len())]
            .iter()
            .enumerate()
            .rev()
        {
            if l.start == l.end {
                continue;
            }
            if l.context == Context::Request || seen >= within {
                return None;
            }
            seen += 1;
            if let Some(n) = l.number {
                if l.end - l.start > 80 {
                    return None;
                }
                return self.question_numbered(n, k);
            }
        }
        None
    }

    /// The nearest question above line `i`, with at most `between` lines of words
    /// between them (and none numbered: another question's answer).
    pub(crate) fn question_above(&self, i: usize, between: usize) -> Option<(usize, usize)> {
        let mut seen = 0;
        for l in self.lines[..i.min(self.lines.len())].iter().rev() {
            if l.start == l.end {
                continue;
            }
            if l.context == Context::Request {
                return Some((l.start, l.end));
            }
            seen += 1;
            if seen > between || seen > 1 && l.number.is_some() {
                break;
            }
        }
        None
    }
}

fn split_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    for i in memchr::memchr_iter(b'\n', text.as_bytes()) {
        let end = if i > start && text.as_bytes()[i - 1] == b'\r' {
            i - 1
        } else {
            i
        };
        lines.push(new_line(text, start, end));
        start = i + 1;
    }
    if start <= text.len() {
        lines.push(new_line(text, start, text.len()));
    }
    lines
}

fn new_line(text: &str, start: usize, end: usize) -> Line {
    Line {
        start,
        end,
        context: Context::Answer,
        cells: Vec::new(),
        number: question_number(&text[start..end]),
    }
}

/// The most loose questions read: a draft of thousands of bracketed numbers costs no
/// more than this.
const LOOSE_MAX: usize = 1024;

/// The questions numbered outside the request's own lines (see
/// `Document::loose_questions`): the items of a line of the request or that asks ("?")
/// holding two or more in a row, "(1) … (2) …" or "(a) … (b) …", and a numbered line
/// outside the request that asks in its first 400 bytes.
fn loose_questions(text: &str, lines: &[Line]) -> Vec<(u32, usize, usize)> {
    let mut out = Vec::new();
    for line in lines {
        if out.len() >= LOOSE_MAX {
            break;
        }
        let l = &text[line.start..line.end];
        let ask_at = memchr::memchr(b'?', l.as_bytes());
        let asks = ask_at.is_some();
        if line.context != Context::Request
            && line.cells.is_empty()
            && line.number.is_some_and(|n| n < 10_000)
            && ask_at.is_some_and(|k| k < 400)
        {
            out.extend(line.number.map(|n| (n, line.start, line.end)));
            continue;
        }
        // (Steps of a procedure, "(1) install (2) configure …", ask nothing.)
        if !asks && line.context != Context::Request {
            continue;
        }
        // Items in brackets, numbered from 1 or lettered from "a", in order.
        let b = l.as_bytes();
        let mut items: Vec<(u32, usize)> = Vec::new();
        for k in memchr::memchr_iter(b'(', b) {
            let opens = k == 0 || matches!(b[k - 1], b' ' | b'"' | b'\t' | b'\'');
            let (n, len) = match (b.get(k + 1), b.get(k + 2), b.get(k + 3)) {
                (Some(d), Some(b')'), _) if d.is_ascii_digit() => (u32::from(d - b'0'), 3),
                (Some(d1), Some(d2), Some(b')')) if d1.is_ascii_digit() && d2.is_ascii_digit() => {
                    (u32::from(d1 - b'0') * 10 + u32::from(d2 - b'0'), 4)
                }
                (Some(c), Some(b')'), _) if (b'a'..=b'l').contains(c) => {
                    (10_000 + u32::from(c - b'a'), 3)
                }
                _ => continue,
            };
            if !opens || b.get(k + len).is_some_and(|&c| c != b' ') {
                continue;
            }
            let next = items.last().map_or(n, |&(m, _)| m + 1);
            if n != next || items.is_empty() && n != 1 && n != 10_000 {
                // (Out of order: the run so far ends, or a new one starts at "(1)".)
                if items.len() >= 2 {
                    break;
                }
                items.clear();
                if n == 1 || n == 10_000 {
                    items.push((n, k));
                }
                continue;
            }
            items.push((n, k));
            if items.len() >= 64 {
                break;
            }
        }
        if items.len() < 2 {
            continue;
        }
        for (j, &(n, k)) in items.iter().enumerate() {
            let end = items.get(j + 1).map_or(l.len(), |&(_, e)| e);
            out.push((n, line.start + k, line.start + end));
        }
    }
    out.truncate(LOOSE_MAX);
    out.sort_unstable();
    out
}

/// "Q4.", "Q4:", "A4.", "4.", "4)", "(4)", "Question 4" at the start of a line.
fn question_number(line: &str) -> Option<u32> {
    // (A quoted request's first item opens with the quote: "\"1. Does the council …?".)
    let t = line
        .trim_start()
        .trim_start_matches(['*', '#', '-', '•', ' ', '>', '"', '“']);
    // A lettered item is numbered past the numbers: "(c) …" and "c) …" are 10,002.
    if let Some(c) = item_letter(t)
        .or_else(|| {
            let b = t.as_bytes();
            let i = usize::from(b.first() == Some(&b'('));
            (b.get(i).is_some_and(u8::is_ascii_uppercase) && b.get(i + 1) == Some(&b')'))
                .then(|| b[i].to_ascii_lowercase())
        })
        .or_else(|| capital_item(t))
    {
        return Some(10_000 + u32::from(c - b'a'));
    }
    // ("On question 2 it said:", "In answer to question 4, the Council said": an
    // internal review's heading over the first reply's answer, quoted.)
    if let Some(r) = [
        "On question ",
        "In answer to question ",
        "In response to question ",
    ]
    .iter()
    .find_map(|p| t.strip_prefix(p))
    .filter(|r| r.len() < 60 && r.trim_end().ends_with(':'))
    {
        let n = r.bytes().take_while(u8::is_ascii_digit).count();
        return (1..=3)
            .contains(&n)
            .then(|| r[..n].parse().ok())
            .flatten()
            .filter(|_| r[n..].starts_with([' ', ':', ',']));
    }
    let prefixed = t
        .strip_prefix("Question ")
        .or_else(|| t.strip_prefix("Part "))
        .or_else(|| t.strip_prefix('Q'))
        .or_else(|| t.strip_prefix('q'));
    // "A4. Yes.": an answer numbered as its question (marked, so not "A4 paper").
    let answer = prefixed.is_none()
        && t.starts_with('A')
        && t[1..].starts_with(|c: char| c.is_ascii_digit());
    let t = prefixed.unwrap_or(if answer { &t[1..] } else { t });
    let t = t.strip_prefix('(').unwrap_or(t);
    let n = t.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 3 {
        return None;
    }
    let (digits, rest) = t.split_at(n);
    // "4. text", "4) text", "Q4: text", "Q4 text"; not "4.5" (a version), "2024" (a
    // year) nor "31 Gordon Street" (a house number).
    let marked = rest.starts_with([')', ':'])
        || rest.starts_with('.') && !rest[1..].starts_with(|c: char| c.is_ascii_digit());
    // ("Question 5" alone on its line: an answer's heading.)
    let spaced = prefixed.is_some() && (rest.starts_with([' ', '\t']) || rest.trim().is_empty());
    if marked || spaced {
        return digits.parse().ok();
    }
    None
}

/// A line, trimmed and lowercased, into a buffer reused from line to line. The line
/// is copied and its ASCII lowercased in place, with no allocation: the result of
/// `to_lowercase` whenever every other character of it is its own lowercase (curly
/// quotes and dashes, accented small letters), as in most lines of a draft.
fn lower_into<'b>(text: &str, line: &Line, buf: &'b mut String) -> &'b str {
    let t = text[line.start..line.end].trim();
    buf.clear();
    buf.push_str(t);
    buf.make_ascii_lowercase();
    if !t.is_ascii() && !non_ascii_is_lowercase(t) {
        buf.clear();
        if t.contains('Σ') {
            // Only a capital sigma lowercases by its neighbours (a final "ς").
            buf.push_str(&t.to_lowercase());
        } else {
            // Lowercased into the buffer as `to_lowercase` would, runs of ASCII at once.
            let mut rest = t;
            while !rest.is_empty() {
                let ascii = rest
                    .bytes()
                    .position(|b| !b.is_ascii())
                    .unwrap_or(rest.len());
                let from = buf.len();
                buf.push_str(&rest[..ascii]);
                buf[from..].make_ascii_lowercase();
                rest = &rest[ascii..];
                if let Some(c) = rest.chars().next() {
                    buf.extend(c.to_lowercase());
                    rest = &rest[c.len_utf8()..];
                }
            }
        }
    }
    buf
}

/// Is every character of `t` over U+007F its own lowercase? Only those characters are
/// decoded (found by their first byte).
fn non_ascii_is_lowercase(t: &str) -> bool {
    let bytes = t.as_bytes();
    let mut at = 0;
    while let Some(k) = bytes[at..].iter().position(|&b| b >= 0xC0) {
        at += k;
        let c = t[at..].chars().next().unwrap_or(' ');
        let mut lower = c.to_lowercase();
        if lower.next() != Some(c) || lower.next().is_some() {
            return false;
        }
        at += c.len_utf8();
    }
    true
}

/// The longest a heading can be: every opener is shorter (checked by a test), so a
/// longer line can neither equal one nor be a heading that starts with one.
const HEADING_MAX: usize = 80;

fn is_heading(l: &str, openers: &[&str]) -> bool {
    if l.len() >= HEADING_MAX {
        // Trimming can bring a long line under the limit only if it ends or starts
        // with what is trimmed.
        let edge = |c: char| c == '*' || c == '#' || c == ':' || c.is_whitespace();
        if !l.starts_with(edge) && !l.ends_with(edge) {
            return false;
        }
    }
    let l = l.trim_matches(|c: char| c == '*' || c == '#' || c == ':' || c.is_whitespace());
    // Every opener is ASCII and starts with a letter: most lines differ at once.
    let Some(&first) = l.as_bytes().first() else {
        return false;
    };
    openers.iter().any(|o| {
        o.as_bytes()[0] == first
            && (l == o.trim_end_matches(':') || (l.len() < 80 && l.starts_with(o)))
    })
}

/// Does the lowercase line `l` hold a request opener? Every opener says "ask", "eek"
/// or "que": a line with none of them is not searched. A line with one is searched
/// once for all the openers (one automaton), not once for each.
fn mentions_request(l: &str) -> bool {
    static OPENERS: OnceLock<AhoCorasick> = OnceLock::new();
    has_request_cue(l.as_bytes())
        && OPENERS
            .get_or_init(|| AhoCorasick::new(REQUEST_OPENERS).expect("the openers build"))
            .is_match(l)
}

/// Does the lowercase line, ending in a colon, quote the requester's own lead-in ("You
/// wrote: \"Following the attack, please tell me:")? The items after it are the request.
fn quotes_request(l: &str) -> bool {
    let Some(lead) = l.trim_end().strip_suffix(':') else {
        return false;
    };
    [
        "you wrote",
        "you said",
        "your email said",
        "your e-mail said",
    ]
    .iter()
    .any(|o| l.starts_with(o))
        // ("REQUEST (received 3 April 2024):")
        || lead.len() < 60 && lead.starts_with("request (") && lead.ends_with(')')
        // The requester's own lead-in, in a request forwarded or pasted whole ("Under
        // the Environmental Information Regulations 2004, please provide the
        // following:").
        || [
            "please provide the following",
            "please provide the following information",
            "please provide me with the following",
            "please provide me with the following information",
            "please could you provide the following",
            "please could you tell me",
            "please tell me",
            "i would like to know",
            "i would like the following information",
        ]
        .iter()
        .any(|o| lead.ends_with(o))
}

/// Does `b` hold "ask", "eek" or "que"? Each holds a "k" or a "q", rare letters in
/// English: only those bytes start a comparison.
fn has_request_cue(b: &[u8]) -> bool {
    let at = |k: usize, c: u8| b.get(k) == Some(&c);
    memchr::memchr2_iter(b'k', b'q', b).any(|i| {
        if b[i] == b'q' {
            at(i + 1, b'u') && at(i + 2, b'e')
        } else {
            i >= 2 && (at(i - 2, b'a') && at(i - 1, b's') || at(i - 2, b'e') && at(i - 1, b'e'))
        }
    })
}

/// A line without the marks an e-mail reply quotes it with ("> ", ">> "): a request
/// quoted in a reply is read as the same request written plainly.
pub(crate) fn unquoted(l: &str) -> &str {
    if l.starts_with('>') {
        l.trim_start_matches(['>', ' ', '\t'])
    } else {
        l
    }
}

/// Does the line (lowercased) open as a drafting note to a colleague does?
fn is_note(l: &str) -> bool {
    let t = l.trim_start();
    t.starts_with('[')
        || [
            "nb ", "nb:", "n.b.", "note:", "note to ", "comment", "fao ", "fyi", "query:",
        ]
        .iter()
        .any(|m| t.starts_with(m))
}

/// Does the line (lowercased, as both callers have it) ask a question?
fn is_question(l: &str) -> bool {
    // (A question may be quoted: "Is it Cisco?”.)
    let t = l.trim_end_matches(['*', ' ', '\t', '"', '”', '\'', '’']);
    t.ends_with('?') || t.ends_with("?*") || t.ends_with("? yes/no")
}

/// Is the body of a numbered line (lowercased) one quotation, as a request's item is
/// restated ("\"please provide …\"", "“how many …”.")? Not a short quoted phrase.
fn quoted_item(body: &str) -> bool {
    let t = body.trim_end().trim_end_matches(['.', ' ']);
    let open = t.strip_prefix('"').or_else(|| t.strip_prefix('“'));
    open.and_then(|r| r.strip_suffix('"').or_else(|| r.strip_suffix('”')))
        .is_some_and(|inner| inner.len() >= 30 && !inner.contains(['"', '“', '”']))
}

/// Does a numbered line (lowercased) ask in its first sentence? "1. How many staff? 45."
/// restates the question; "b) Footage is uploaded to VideoManager. Is that the cloud
/// service you name? Yes. …" answers, asking back only after a sentence of its own.
fn asks_first(l: &str) -> bool {
    let l = strip_number(l);
    l.find('?').is_some_and(|q| {
        let head = &l[..q];
        !(head.contains(". ") || head.contains("; "))
    })
}

/// Does the line (lowercased) open with a label of the person a request or record is
/// about ("Requester: DRUMMOND, Lachlan — High Fell Barn, …")? What follows is theirs,
/// not the letterhead's.
fn names_a_person(l: &str) -> bool {
    const LABELS: [&str; 9] = [
        "requester",
        "requestor",
        "applicant",
        "complainant",
        "tenant",
        "patient",
        "resident",
        "claimant",
        "appellant",
    ];
    LABELS.iter().any(|w| {
        l.strip_prefix(w)
            .is_some_and(|r| r.trim_start_matches(['\'', 's', ' ']).starts_with(':'))
    })
}

/// Does the lowercase line keep what follows from the requester ("For your background
/// only, not for the requester:", "Not for release:")? What follows is the body's own,
/// however the line speaks of the request.
fn withholds(l: &str) -> bool {
    [
        "not for the requester",
        "not for the requestor",
        "not for release",
        "not for disclosure",
        "not for publication",
        "not to be released",
        "not to be disclosed",
        "do not release",
        "do not disclose",
        "background only",
        "internal only",
    ]
    .iter()
    .any(|w| l.contains(w))
}

/// Does the lowercase line head a request with its date, and perhaps who sent it
/// ("REQUEST (received 29/04/2024 from Ms …)"), with no colon after?
fn dated_request_heading(l: &str) -> bool {
    l.starts_with("request (")
        && l.trim_end().ends_with(')')
        && (l.contains("received") || l.bytes().any(|c| c.is_ascii_digit()))
}

/// The first lines, before the greeting or the first paragraph of prose.
fn mark_letterhead(text: &str, lines: &mut [Line]) {
    // Only a heading that a body follows is a letterhead: a short paste is all answer.
    let mut end = None;
    let mut buf = String::new();
    for (i, line) in lines.iter().enumerate().take(25) {
        let l = unquoted(lower_into(text, line, &mut buf));
        // ("*** DRAFT v0.4 - TRACK CHANGES ON … ***": a draft's banner over the
        // letterhead, however long.)
        if i == 0
            && ["***", "===", "[draft", "draft ", "<<draft", "<< draft"]
                .iter()
                .any(|b| l.starts_with(b))
        {
            continue;
        }
        if l.starts_with("dear ")
            || l.len() > 110
            || is_heading(l, REQUEST_OPENERS)
            || quotes_request(l)
            || dated_request_heading(l)
            || l.starts_with("freedom of information act")
            || l.starts_with("thank you")
            || line.number.is_some()
            || names_a_person(l)
        {
            end = Some(i);
            break;
        }
    }
    for line in lines.iter_mut().take(end.unwrap_or(0)) {
        line.context = Context::Letterhead;
    }
}

/// The restated request: a section opened by a cue and closed by a response heading
/// or the first line that answers; and any numbered or tabled question elsewhere.
fn mark_request(text: &str, lines: &mut [Line]) {
    let mut in_section = false;
    let mut section_lines = 0;
    let mut section_numbers: Vec<u32> = Vec::new();
    // The number of the paragraph that opened the section, if it had one.
    let mut opener_number: Option<u32> = None;
    // The lettered items of the section, a bit each.
    let mut section_letters = 0u32;
    // Inside the requester's words quoted over several lines.
    let mut in_quote = false;
    // A blank line just before this one.
    let mut blank_before = false;
    // Lines left of a change or service request's form, near its heading.
    let mut form_lines = 0u8;
    let mut buf = String::new();
    for line in lines.iter_mut() {
        if line.context == Context::Letterhead {
            continue;
        }
        let l = unquoted(lower_into(text, line, &mut buf));
        if l.len() < 40 && is_heading(l, RESPONSE_OPENERS) {
            in_section = false;
            continue;
        }
        if l.is_empty() {
            blank_before = true;
            continue;
        }
        let after_blank = std::mem::replace(&mut blank_before, false);
        // A numbered item wholly in quotes is the requester's words, asking or not:
        // "Q1. \"Please name the building management system …, and state whether …\"".
        let question = is_question(l)
            || line.number.is_some() && (asks_first(l) || quoted_item(strip_number(l)));
        if in_section {
            section_lines += 1;
            let body = strip_number(l);
            let answers = ANSWER_STARTS.iter().any(|a| body.starts_with(a)) && !question;
            // A number asked already starts the answers; a paragraph of prose that is
            // neither an item, a question nor a lead-in ends the restated request.
            // ("a)", "(b)", "c." items count as numbers do.)
            let letter = item_letter(l);
            let repeated = line.number.is_some_and(|n| section_numbers.contains(&n))
                || letter.is_some_and(|c| section_letters & 1 << (c - b'a') != 0);
            if let Some(c) = letter {
                section_letters |= 1 << (c - b'a');
            }
            let bulleted = line.number.is_some()
                || l.starts_with(['-', '*', '•', '·', '('])
                || l.chars().nth(1) == Some(')');
            let prose =
                !bulleted && !question && !l.ends_with(':') && l.len() > 150 && section_lines > 1;
            if let Some(n) = line.number {
                section_numbers.push(n);
            }
            // In a letter of numbered paragraphs, the paragraph after the one that
            // opened the request answers it ("1. … You asked for the following:",
            // "   (i) …", "2. Visits booking. …").
            let next_paragraph = opener_number.is_some_and(|n| line.number == Some(n + 1));
            // A request quoted whole in one paragraph under its heading ("REQUEST
            // (received 3 April 2024):" then "\"Please provide …\"") ends with it.
            let opens_quote = section_lines == 1 && l.starts_with(['"', '“']);
            let closes_quote = l.trim_end().ends_with(['"', '”']);
            let quoted_whole = opens_quote && closes_quote;
            // (Or over several lines, "\"Please provide:" to "(3) … Okta.\"": it ends
            // with the line that closes the quote.)
            if opens_quote && !closes_quote {
                in_quote = true;
            }
            let quote_closed = in_quote && section_lines > 1 && closes_quote;
            // What the body sets out after the request, with no heading of its own
            // between: a table's row ("BLE-CAM-01    Hikvision …    Hornsey Road", cells
            // parted by tabs or runs of spaces), a log's dated entry ("- 04/03/2025:
            // Passed to …"), or, after a blank line, a paragraph that neither is an
            // item nor asks.
            let set_out = !question
                && !in_quote
                && (table_row(l)
                    || dated_entry(l)
                    || field_line(l)
                    || after_blank
                        && section_lines > 1
                        && !bulleted
                        && l.len() >= 60
                        && !asks_for(l));
            if answers || repeated || prose || next_paragraph || set_out || section_lines > 80 {
                in_section = false;
            } else {
                line.context = Context::Request;
                if quoted_whole || quote_closed {
                    in_section = false;
                }
                continue;
            }
        }
        // An item that opens a quotation of the requester's question and runs on to
        // the next lines ("(e) \"What case management platform does the ICB use for
        // CHC, who supplies" … "does it use single sign-on?\""): the request's, to the
        // line that closes the quotation.
        let quoted_question = {
            let body = strip_number(l);
            (line.number.is_some() || item_letter(l).is_some())
                && body.len() < l.len()
                && body.starts_with(['"', '“'])
                && !body.trim_end().ends_with(['"', '”'])
                && asks_for(body.trim_start_matches(['"', '“']))
        };
        if quoted_question {
            line.context = Context::Request;
            in_section = true;
            in_quote = true;
            section_lines = 1;
            opener_number = None;
            section_numbers.clear();
            section_letters = 0;
            continue;
        }
        // ("SUPPLIER CHANGE REQUEST" … "Summary of request:": a change or service
        // request's form opens no section of the requester's words for a few lines.)
        // (Its words hold "que": most lines are turned away on that one scan.)
        if has_request_cue(l.as_bytes())
            && (l.contains("change request")
                || l.contains("request for change")
                || l.contains("service request"))
        {
            form_lines = 6;
        }
        let in_form = form_lines > 0;
        form_lines = form_lines.saturating_sub(1);
        // Only an opener that ends its line opens a section: that cheap test comes
        // before the search for an opener ("request" holds "que", and most lines of a
        // response say it).
        if l.len() < 400
            && !question
            && !in_form
            && (dated_request_heading(l)
                || (l.trim_end().ends_with(':') || is_heading(l, REQUEST_OPENERS))
                    && (mentions_request(l) || quotes_request(l)))
            // (Last: most lines are no opener, and need not be searched for it.)
            && !withholds(l)
        {
            in_section = true;
            in_quote = false;
            section_lines = 0;
            opener_number = line.number;
            section_numbers.clear();
            section_letters = 0;
            // "Summary of your request: How many staff…?" restates on the same line.
            if l.contains('?') {
                line.context = Context::Request;
            }
            continue;
        }
        // (A drafting note that asks a colleague is no restated request: "NB Sarah –
        // do we need to…?", "[Comment JP: can we NCND?".)
        if question && !l.contains('\t') && !l.contains(" | ") && !is_note(l) {
            line.context = Context::Request;
        }
    }
}

/// Is the line (lowercased) a table's row: a tab, or two runs of two spaces or more
/// between its words?
fn table_row(l: &str) -> bool {
    let t = l.trim();
    let (mut runs, mut spaces) = (0, 0);
    for c in t.bytes() {
        if c == b' ' {
            spaces += 1;
        } else {
            runs += usize::from(spaces >= 2);
            spaces = 0;
        }
    }
    t.contains('\t') || runs >= 2
}

/// Does the line (lowercased) open with a date, perhaps after a list's mark, as a log's
/// or a chronology's entry does ("- 04/03/2025: passed to …", "12 march 2025 – …")?
fn dated_entry(l: &str) -> bool {
    let t = l.trim_start_matches(['-', '*', '•', '·', ' ', '\t']);
    let b = t.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&digits) && digits != 4 {
        return false;
    }
    let rest = &t[digits..];
    // "04/03/2025", "2025-03-04", "4.3.25".
    let numeric = rest.len() >= 4
        && rest.starts_with(['/', '-', '.'])
        && rest.as_bytes()[1].is_ascii_digit()
        && rest[1..]
            .bytes()
            .take_while(|c| c.is_ascii_digit() || matches!(c, b'/' | b'-' | b'.'))
            .filter(|c| matches!(c, b'/' | b'-' | b'.'))
            .count()
            == 1;
    // "12 march 2025".
    let spelt = digits <= 2
        && rest.strip_prefix(' ').is_some_and(|r| {
            [
                "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
            ]
            .iter()
            .any(|m| r.starts_with(m))
        });
    numeric || spelt
}

/// Is the line (lowercased) a form's field, a short label and its value ("affected
/// systems: gantner …", "requested by: kieran doyle")? Not a label that asks ("please
/// provide: …") or an item's ("question 2: …", "request: …").
fn field_line(l: &str) -> bool {
    let Some(k) = l.get(..l.len().min(40)).and_then(|h| h.find(':')) else {
        return false;
    };
    let (label, value) = (&l[..k], l[k + 1..].trim());
    let words = label.split_whitespace().count();
    (1..=4).contains(&words)
        && label
            .bytes()
            .all(|c| c.is_ascii_alphabetic() || matches!(c, b' ' | b'/' | b'-' | b'\''))
        && !value.is_empty()
        && !matches!(
            label.trim(),
            "q" | "question" | "request" | "re" | "subject" | "part"
        )
        && !asks_for(label)
}

/// Does a paragraph (lowercased) ask for something: "please", "i would like", "could you",
/// "details of", "how many", "whether"?
fn asks_for(l: &str) -> bool {
    const ASKS: [&str; 18] = [
        "please",
        "i would like",
        "i'd like",
        "i request",
        "i am requesting",
        "i'm requesting",
        "could you",
        "can you",
        "would you",
        "provide",
        "tell me",
        "let me know",
        "details of",
        "copy of",
        "copies of",
        "list of",
        "how many",
        "whether",
    ];
    // ("Which telehealth solution do the Trust use (e.g. …)": a question without its
    // mark.)
    const OPENERS: [&str; 14] = [
        "which ",
        "what ",
        "who ",
        "how ",
        "when ",
        "where ",
        "why ",
        "do ",
        "does ",
        "is ",
        "are ",
        "has ",
        "have ",
        "in relation to",
    ];
    let body = strip_number(l);
    ASKS.iter().any(|a| l.contains(a)) || OPENERS.iter().any(|o| body.starts_with(o))
}

fn strip_number(l: &str) -> &str {
    // A lettered item ("c) yes") is stripped of its letter first.
    let l = match item_letter(l) {
        Some(_) => l.trim_start_matches('(')[2..].trim_start(),
        None => l,
    };
    let t = l.trim_start_matches(|c: char| {
        c == 'q' || c.is_ascii_digit() || c == '.' || c == ')' || c == ':'
    });
    t.trim_start()
}

/// "A. " to "L. " opening a question ("A. “What planning software…?”") or a short
/// heading of words ("B. Rangers' radios"), not an initial ("A. Smith", "J. Smith said
/// so."): the letter, lowercased.
fn capital_item(t: &str) -> Option<u8> {
    let b = t.as_bytes();
    let c = *b.first().filter(|c| (b'A'..=b'L').contains(c))?;
    let rest = t.get(1..)?.strip_prefix(". ")?.trim();
    let quoted = rest.starts_with(['"', '“']) || rest.contains('?');
    let mut words = rest.split_whitespace();
    let heading = rest.len() <= 60
        && !rest.ends_with('.')
        && words.next().is_some()
        && words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
    (quoted || heading).then_some(c.to_ascii_lowercase())
}

/// The letter of a lowercased line's lettered item: "a) text", "(b) text", "c. text"
/// (not "e.g. text", "a text").
fn item_letter(l: &str) -> Option<u8> {
    let b = l.as_bytes();
    let i = usize::from(b.first() == Some(&b'('));
    let c = *b.get(i)?;
    let close = *b.get(i + 1)?;
    let spaced = b.get(i + 2).map_or(true, |&x| x == b' ' || x == b'\t');
    (c.is_ascii_lowercase() && (close == b')' || close == b'.' && i == 0) && spaced).then_some(c)
}

/// Rows of a table: with a `Question<TAB>Answer` header (or a first cell that asks),
/// the first cell is the request and the others the answer.
fn mark_tables(text: &str, lines: &mut [Line]) {
    let mut question_table = false;
    for line in lines.iter_mut() {
        let s = &text[line.start..line.end];
        let sep = if memchr::memchr(b'\t', s.as_bytes()).is_some() {
            '\t'
        } else if memchr::memchr_iter(b'|', s.as_bytes()).nth(1).is_some() {
            '|'
        } else {
            if s.trim().is_empty() {
                continue;
            }
            question_table = false;
            continue;
        };
        let mut cells = Vec::new();
        let mut pos = line.start;
        for part in s.split(sep) {
            cells.push((pos, pos + part.len()));
            pos += part.len() + sep.len_utf8();
        }
        // ("| Question | Response |": Markdown's pipes at the row's ends hold no cell.)
        if sep == '|' && cells.len() >= 3 {
            if text[cells[cells.len() - 1].0..cells[cells.len() - 1].1]
                .trim()
                .is_empty()
            {
                cells.pop();
            }
            if text[cells[0].0..cells[0].1].trim().is_empty() {
                cells.remove(0);
            }
        }
        // ("2 | Which soft phone product? | …": a column of numbers before the
        // questions; the number and the question are the request's, the rest answers.)
        let lead = usize::from(cells.len() >= 3 && row_number(&text[cells[0].0..cells[0].1]));
        let first = text[cells[lead].0..cells[lead].1].trim().to_lowercase();
        let first = first.trim_matches(['*', ' ']);
        if first.starts_with("question")
            || first == "request"
            || first == "q"
            || first == "your request"
        {
            question_table = true;
        }
        let asks = is_question(first) || first.contains('?');
        if (question_table || asks) && cells.len() >= lead + 2 {
            line.context = Context::Answer;
            line.cells = cells
                .iter()
                .enumerate()
                .map(|(i, &(a, b))| {
                    (
                        a,
                        b,
                        if i <= lead {
                            Context::Request
                        } else {
                            Context::Answer
                        },
                    )
                })
                .collect();
        } else if line.context != Context::Request {
            line.cells.clear();
        }
    }
}

/// Is a table's first cell a row's number ("2", " 3. ", "Q4", "(b)", "#")?
fn row_number(cell: &str) -> bool {
    let t = cell.trim().trim_end_matches(['.', ')', ':']);
    let t = t.strip_prefix('(').unwrap_or(t);
    let t = t
        .strip_prefix(['Q', 'q'])
        .map_or(t, |r| r.trim_start_matches(['.', ' ']));
    // ("No." heads the column of numbers: "| No. | Question (summary) | Response |".)
    t == "#"
        || t.eq_ignore_ascii_case("no")
        || (1..=3).contains(&t.len()) && t.bytes().all(|c| c.is_ascii_digit())
        || t.len() == 1 && t.bytes().all(|c| c.is_ascii_lowercase())
}

/// The sign-off and the short lines under it.
fn mark_signature(text: &str, lines: &mut [Line]) {
    let mut buf = String::new();
    let mut i = 0;
    while i < lines.len() {
        // Sign-offs are short, and few letters start one: other lines need no
        // lowercase copy to say they are not one. (A first character over U+007F may
        // lowercase to one of those letters: the Kelvin sign.)
        // (A reply quotes the message it answers, sign-off and all: "> Cheers".)
        let t = unquoted(text[lines[i].start..lines[i].end].trim());
        let first = t.as_bytes().first().map_or(b' ', u8::to_ascii_lowercase);
        if t.len() > 120 || first < 0x80 && !SIGN_OFFS.iter().any(|o| o.as_bytes()[0] == first) {
            i += 1;
            continue;
        }
        let l = unquoted(lower_into(text, &lines[i], &mut buf).trim());
        let l = l.trim_end_matches([',', '.', '!']);
        // (A quoted line of nothing, ">", is a blank line.)
        let blank = |l: &Line| unquoted(text[l.start..l.end].trim()).is_empty();
        if SIGN_OFFS.contains(&l) {
            lines[i].context = Context::Signature;
            let mut j = i + 1;
            while j < lines.len() && blank(&lines[j]) {
                j += 1;
            }
            let mut taken = 0;
            while j < lines.len() && taken < 10 {
                let len = lines[j].end - lines[j].start;
                if blank(&lines[j]) || len > 120 {
                    break;
                }
                lines[j].context = Context::Signature;
                lines[j].cells.clear();
                taken += 1;
                j += 1;
            }
            i = j;
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The packed index finds the line a search of the lines finds, at every offset
        /// (line breaks, CRLF, empty lines, past the end).
        #[test]
        fn line_index_as_a_search_of_the_lines(text in crate::detect::texts_of(&[
            "a", "bc", "\n", "\r\n", "\r", "é", " ",
        ], 30)) {
            let doc = Document::parse(&text);
            for at in 0..=text.len() + 2 {
                proptest::prop_assert_eq!(doc.line_index(at), doc.line_index_by_lines(at), "{:?} at {}", text, at);
            }
        }

        /// A table row's context by halving is the one a walk along its cells finds, and
        /// a line's start is where a search back for its break puts it.
        #[test]
        fn context_and_line_start_as_walks(text in crate::detect::texts_of(&[
            "Question", "Q1", "Do you use Zoom?", "Yes", "\t", " | ", "|", "\n", "\r\n", "é",
        ], 16)) {
            let doc = Document::parse(&text);
            for at in 0..=text.len() {
                let line = &doc.lines[doc.line_index(at)];
                let walked = line
                    .cells
                    .iter()
                    .find(|&&(s, e, _)| at >= s && at <= e)
                    .map_or(line.context, |c| c.2);
                proptest::prop_assert_eq!(doc.context_at(at), walked, "{:?} at {}", text, at);
                if text.is_char_boundary(at) {
                    let back = text[..at].rfind('\n').map_or(0, |i| i + 1);
                    proptest::prop_assert_eq!(doc.line_start(at), back, "{:?} at {}", text, at);
                }
            }
        }
    }

    /// [`Document::question_for`] as it was first written: for a numbered answer, a
    /// walk back over every line above it (the tests' reference).
    fn question_for_by_walk(doc: &Document, at: usize) -> Option<(usize, usize)> {
        let i = doc.line_index(at);
        let line = &doc.lines[i];
        if line.cells.iter().any(|c| c.2 == Context::Request) {
            return doc.question_for(at);
        }
        let n = line.number?;
        let q = doc.lines[..i]
            .iter()
            .rev()
            .find(|l| l.number == Some(n) && l.context == Context::Request)?;
        Some((q.start, q.end))
    }

    proptest::proptest! {
        /// A numbered answer's question is the last question of its number above it,
        /// as a walk back over the lines finds it (drafts of numbered questions and
        /// answers, repeated and out of order).
        #[test]
        fn numbered_answers_find_their_question(text in crate::detect::texts_of(&[
            "You asked:\n", "Q1. Do you use Zoom?\n", "2. Which firewall?\n", "Q2 Is it Cisco?\n",
            "Our response\n", "Q1. Yes\n", "1. No\n", "2) Yes, Sophos\n", "Q3. Yes\n", "\n",
            "We hold this.\n",
        ], 30)) {
            let doc = Document::parse(&text);
            for (i, line) in doc.lines.iter().enumerate() {
                if line.number.is_some() && !line.cells.iter().any(|c| c.2 == Context::Request) {
                    if let Some(q) = question_for_by_walk(&doc, line.start) {
                        proptest::prop_assert_eq!(doc.question_for(line.start), Some(q), "{:?} line {}", text, i);
                    }
                }
            }
        }
    }

    proptest::proptest! {
        /// The lowercased line is what `to_lowercase` makes of the trimmed line, for
        /// lines of ASCII, curly quotes, accents, a capital sigma, a dotted capital I
        /// and letters that lowercase to two characters.
        #[test]
        fn lower_into_is_to_lowercase(text in crate::detect::texts_of(
            &["A", "b", " ", "\t", "’", "É", "é", "ÀB", "Σ", "ΑΣ ", "İ", "ẞ", "Ǆ", "ﬀ", "x", "\u{301}", "\u{a0}", "\u{212A}"],
            24,
        )) {
            let line = new_line(&text, 0, text.len());
            let mut buf = String::new();
            proptest::prop_assert_eq!(lower_into(&text, &line, &mut buf), text.trim().to_lowercase());
        }
    }

    #[test]
    fn a_sign_off_after_a_kelvin_sign_is_found() {
        let t = "Dear Sir\n\nWe hold it.\n\n\u{212A}ind regards,\nJo Bloggs\n";
        assert_eq!(contexts(t)[4..6], [Context::Signature, Context::Signature]);
    }

    #[test]
    fn every_request_opener_passes_the_quick_test() {
        for o in REQUEST_OPENERS {
            assert!(mentions_request(o), "{o}");
        }
        assert!(!mentions_request("we hold no information"));
        // The quick test is "ask", "eek" or "que" anywhere, at a line's ends too: the
        // same answer as comparing at every byte, for every string of these letters.
        let every_byte = |b: &[u8]| {
            b.windows(3)
                .any(|w| w == b"ask" || w == b"eek" || w == b"que")
        };
        let letters = [b'a', b's', b'k', b'q', b'u', b'e', b' '];
        for len in 0..=5u32 {
            for n in 0..letters.len().pow(len) {
                let mut k = n;
                let b: Vec<u8> = (0..len)
                    .map(|_| {
                        let c = letters[k % letters.len()];
                        k /= letters.len();
                        c
                    })
                    .collect();
                assert_eq!(has_request_cue(&b), every_byte(&b), "{b:?}");
            }
        }
    }

    /// `is_heading` turns away long lines unread, and lines by their first byte: that
    /// holds only while every opener is shorter than `HEADING_MAX` and starts with a
    /// lowercase ASCII letter (never a character the line's trim removes).
    #[test]
    fn openers_are_shorter_than_a_heading_can_be() {
        for o in REQUEST_OPENERS.iter().chain(RESPONSE_OPENERS) {
            assert!(o.len() < HEADING_MAX, "{o}");
            assert!(o.as_bytes()[0].is_ascii_lowercase(), "{o}");
        }
        let long = format!("{} and more", "your request ".repeat(8));
        assert!(!is_heading(&long, REQUEST_OPENERS));
        assert!(is_heading(
            &format!("** your request:{}", " ".repeat(90)),
            REQUEST_OPENERS
        ));
    }

    fn contexts(text: &str) -> Vec<Context> {
        Document::parse(text)
            .lines
            .iter()
            .map(|l| l.context)
            .collect()
    }

    /// Lettered questions, then lettered answers: a letter asked already starts the
    /// answers, as a number does ("a)", "(b)", "c."; not "e.g.").
    #[test]
    fn lettered_answers_end_the_request() {
        let text = "You asked:\n\na) How many staff work from home?\nb) Which VPN product do staff use?\n(c) Is it Cisco AnyConnect?\n\na) Contract type at 31 March:\n\nHybrid staff attend two days a week.\n\nb) Staff connect using GlobalProtect.\n(c) Yes.\ne.g. this line\n";
        let c = contexts(text);
        assert_eq!(&c[2..5], &[Context::Request; 3], "{c:?}");
        for (i, line) in text
            .lines()
            .enumerate()
            .skip(6)
            .filter(|(_, l)| !l.is_empty())
        {
            assert_ne!(c[i], Context::Request, "line {i}: {line}");
        }
        assert_eq!(item_letter("e.g. this"), None);
        assert_eq!(item_letter("(c) yes"), Some(b'c'));
        assert_eq!(item_letter("c. yes"), Some(b'c'));
        assert_eq!(item_letter("a text"), None);
        assert_eq!(strip_number("(c) yes"), "yes");
        assert_eq!(question_number("(c) Is it Cisco?"), Some(10_002));
        assert_eq!(question_number("B) Which firewall?"), Some(10_001));
        assert_eq!(question_number("A. Smith"), None);
        assert_eq!(question_number("J. Smith said so."), None);
        assert_eq!(question_number("B. Rangers' radios"), Some(10_001));
        assert_eq!(
            question_number("A. “Is it Agile Applications?”"),
            Some(10_000)
        );
        assert_eq!(question_number("M. Planning system"), None);
        assert_eq!(question_number("Part 2: Do you use Zoom?"), Some(2));
        assert!(is_question("a) “does the trust use veeam?”"));
    }

    /// A request under a dated heading with no colon, quoted over several lines, ends
    /// with the line that closes its quote: the notes after it are no request. A
    /// draft's banner over the letterhead leaves the letterhead one.
    #[test]
    fn a_request_quoted_over_lines_and_a_banner_over_the_letterhead() {
        let text = "REQUEST (received 29/04/2024 from Ms A Requester, a@example.co.uk)\n\n\"Please provide:\n(1) a list of the laptops issued to staff;\n(2) whether staff sign in to Microsoft 365 using Okta.\"\n\nNOTES\n- Extract 1 was pulled from ServiceNow.\n";
        let c = contexts(text);
        assert_eq!(&c[2..5], &[Context::Request; 3], "{c:?}");
        assert!(c[5..].iter().all(|&x| x != Context::Request), "{c:?}");
        let text = "*** DRAFT v0.4 - TRACK CHANGES ON - insertions shown {+like this+}, deletions [-like this-], comments as [C# initials: text] ***\n\nPennine Dales National Park Authority\nYoredale House, Station Road, Leyburn DL8 3EL\nTel: 01632 960100\n\nDear Mr Jones,\n";
        let c = contexts(text);
        assert_eq!(&c[2..5], &[Context::Letterhead; 3], "{c:?}");
        assert_ne!(c[6], Context::Letterhead, "{c:?}");
    }

    /// A request under a heading with its date, quoted whole in one paragraph, ends
    /// with its closing quote; a forwarded request's own lead-in opens its items.
    #[test]
    fn a_request_quoted_under_its_dated_heading_and_a_forwarded_lead_in() {
        let text = "REQUEST (received 3 April 2024):\n\"Please provide the name of the CAFM system – is it Planet FM?\"\n-----\nEXTRACT 1\nThe Board uses EstatesPro.\n";
        let c = contexts(text);
        assert_eq!(c[1], Context::Request, "{c:?}");
        assert!(c[3..].iter().all(|&x| x != Context::Request), "{c:?}");
        let text = "From: A Requester\nDear Sir/Madam,\nUnder the Environmental Information Regulations 2004, please provide the following:\n1. Whether the maker connects remotely, e.g. via TeamViewer.\n2. The booking system.\n\nQ1. The maker connects through TeamViewer 15.\n";
        let c = contexts(text);
        assert_eq!(&c[3..5], &[Context::Request; 2], "{c:?}");
        assert_ne!(c[6], Context::Request, "{c:?}");
        // Not a line that only asks a colleague for something by a date.
        assert!(!quotes_request(
            "lowri, can you please provide the following by friday:"
        ));
        assert!(!quotes_request("request (verbatim)"));
    }

    /// A lettered answer that asks back after a sentence of its own is an answer; a
    /// numbered line that asks in its first sentence still asks.
    #[test]
    fn an_answer_that_asks_back_is_no_request() {
        let text = "The applicant asked:\n\na) Which cameras do you use?\nb) Is it cloud-hosted?\n\nRESPONSE\n\na) We use the Motorola VB400.\n\nb) Footage goes to VideoManager. Is that the cloud service you name in your question?  Yes. Remote users use Citrix Workspace.\n";
        let c = contexts(text);
        assert_eq!(&c[2..4], &[Context::Request; 2], "{c:?}");
        assert_ne!(c[9], Context::Request, "{c:?}");
        assert!(asks_first("3. how many staff? 45 staff."));
        assert!(!asks_first("b) footage goes there. is that it? yes."));
    }

    #[test]
    fn letterhead_request_answer_signature() {
        let text = "Acme Trust\nSwitchboard: 020 7946 0000\n\nDear Ms Smith\n\nYou asked:\n1. Do you use Sophos?\n\nOur response\n1. Yes.\n\nYours sincerely\n\nJo Bloggs\nFOI Officer\n";
        let c = contexts(text);
        assert_eq!(c[0], Context::Letterhead);
        assert_eq!(c[1], Context::Letterhead);
        assert_eq!(c[3], Context::Answer);
        assert_eq!(c[6], Context::Request);
        assert_eq!(c[9], Context::Answer);
        assert_eq!(c[11], Context::Signature);
        assert_eq!(c[13], Context::Signature);
        assert_eq!(c[14], Context::Signature);
        let doc = Document::parse(text);
        let yes = text.find("Yes").unwrap();
        let (s, e) = doc.question_for(yes).unwrap();
        assert_eq!(&text[s..e], "1. Do you use Sophos?");
    }

    /// A drafting note that asks a colleague is the answer's, not the request's.
    #[test]
    fn a_note_asking_is_no_request() {
        let text = "Dear Ms Smith\n\nThank you for your request.\n\nDo you use Zoom?\n\nNB Sarah – do we need to mention the complaint? The login is still Kelbr00k!Turn24, can someone change it??\n[Comment JP: can we NCND?\n";
        let c = contexts(text);
        assert_eq!(c[4], Context::Request);
        assert_eq!(c[6], Context::Answer);
        assert_eq!(c[7], Context::Answer);
    }

    #[test]
    fn question_table_cells() {
        let text = "Intro paragraph that is long enough to end any letterhead because it is prose and keeps going on and on for a while.\nQuestion\tAnswer\nDo you use Zoom?\tYes\n";
        let doc = Document::parse(text);
        let yes = text.find("Yes").unwrap();
        assert_eq!(doc.context_at(yes), Context::Answer);
        assert_eq!(doc.context_at(text.find("Zoom").unwrap()), Context::Request);
        let (s, e) = doc.question_for(yes).unwrap();
        assert_eq!(&text[s..e], "Do you use Zoom?");
    }

    /// A table of numbered questions: the number and the question are the request's,
    /// the cells after them answer ("2 | Which soft phone? | … Cisco Jabber 14.2.1 …").
    #[test]
    fn numbered_question_table_cells() {
        let text = "Intro paragraph that is long enough to end any letterhead because it is prose and keeps going on and on for a while.\n# | Question | Response\n2 | Which soft phone product? | Clinicians use Cisco Jabber 14.2.1.\n3 | Is the recording system NICE? | Yes, supplied by OneAdvanced.\nQ4\tDo you use Zoom?\tNo.\n";
        let doc = Document::parse(text);
        for answer in ["Jabber", "OneAdvanced", "No."] {
            assert_eq!(
                doc.context_at(text.find(answer).unwrap()),
                Context::Answer,
                "{answer}"
            );
        }
        for asked in ["Which soft", "NICE", "Zoom"] {
            assert_eq!(
                doc.context_at(text.find(asked).unwrap()),
                Context::Request,
                "{asked}"
            );
        }
        let (s, e) = doc.question_for(text.find("Yes").unwrap()).unwrap();
        assert_eq!(text[s..e].trim(), "Is the recording system NICE?");
        // (A first column of words is no number: the row is a question asked in it.)
        assert!(row_number(" 12. ") && row_number("Q4") && row_number("(b)") && row_number("#"));
        assert!(!row_number("Total") && !row_number("2024") && !row_number("Q4 2024"));
    }

    /// A line that keeps what follows from the requester opens no request, though it
    /// names the requester ("For your background only, not for the requester:").
    #[test]
    fn background_for_colleagues_is_no_request() {
        let text = "Dear Ms Smith\n\nThank you for your request.\n\nNumbers are right. For your background only, not for the requester:\n- laptops are on build 22631.3296\n- the VPN uses IKEv2\n\nThe request:\n- which VPN do you use\n";
        let c = contexts(text);
        assert_eq!(&c[5..7], &[Context::Answer; 2], "{c:?}");
        assert_eq!(c[9], Context::Request, "{c:?}");
        assert!(withholds("not for release:") && !withholds("the requester asked:"));
    }

    /// "Do you use X? Yes/No", as a form asks it, is a question (the line is lowercased
    /// before it is asked about: "? Yes/No" as written never matched).
    #[test]
    fn a_yes_no_form_line_is_a_question() {
        let text = "Dear Sir\n\nDo you use Sophos? Yes/No\nYes\n";
        assert_eq!(contexts(text)[2], Context::Request);
        let doc = Document::parse(text);
        let yes = text.rfind("Yes").unwrap();
        let (s, e) = doc.question_for(yes).unwrap();
        assert_eq!(&text[s..e], "Do you use Sophos? Yes/No");
    }

    #[test]
    fn numbers() {
        assert_eq!(question_number("Q4. Yes."), Some(4));
        assert_eq!(question_number("4) Which"), Some(4));
        assert_eq!(question_number("12. Were"), Some(12));
        assert_eq!(question_number("2024 was"), None);
        assert_eq!(question_number("7.0 U3"), None);
        assert_eq!(question_number("31 Gordon Street"), None);
        assert_eq!(question_number("Q7 Which"), Some(7));
    }
}
