//! Reading a .docx: the text of the body (paragraphs; tables as tab-separated rows),
//! headers and footers, and what travels hidden in the file: comments, tracked
//! insertions and deletions, hidden text.

use std::borrow::Cow;

use quick_xml::events::Event;
use quick_xml::Reader;

use crate::error::{Error, ErrorKind};

/// Largest total the entries of one .docx may inflate to (a guard against zip bombs).
const MAX_INFLATED: usize = 256 * 1024 * 1024;

/// What kind of hidden content a span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hidden {
    Comment,
    Insertion,
    Deletion,
    Formatted,
}

impl Hidden {
    pub(crate) fn detector(self) -> &'static str {
        match self {
            Hidden::Comment => "docx.comment",
            Hidden::Insertion => "docx.insertion",
            Hidden::Deletion => "docx.deletion",
            Hidden::Formatted => "docx.hidden",
        }
    }
}

/// The text of a .docx and the byte spans of its hidden content.
#[derive(Debug, Clone, Default)]
pub(crate) struct DocxText {
    pub text: String,
    pub hidden: Vec<(usize, usize, Hidden)>,
}

fn corrupt(what: &str) -> Error {
    Error::new(
        ErrorKind::Input,
        format!("this .docx file is damaged or not a Word document ({what})"),
    )
}

/// Reads a .docx from its bytes.
pub(crate) fn read(bytes: &[u8]) -> Result<DocxText, Error> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(Error::new(
            ErrorKind::Input,
            "this document is password-protected or encrypted (or an old .doc file): open it in Word, remove the password or save as .docx, and try again",
        ));
    }
    if !bytes.starts_with(b"PK") {
        return Err(corrupt("it is not a zip archive"));
    }
    let zip = Zip::open(bytes)?;
    let mut out = DocxText::default();
    let mut budget = MAX_INFLATED;
    let body = zip
        .read("word/document.xml", &mut budget)?
        .ok_or_else(|| corrupt("it has no word/document.xml"))?;
    let mut parts: Vec<&str> = zip
        .names()
        .filter(|n| n.starts_with("word/header") && n.ends_with(".xml"))
        .collect();
    parts.sort_unstable();
    for name in parts {
        if let Some(xml) = zip.read(name, &mut budget)? {
            section(&mut out, "Header");
            read_part(&xml, &mut out)?;
        }
    }
    if !out.text.is_empty() {
        out.text.push_str("\n\n");
    }
    read_part(&body, &mut out)?;
    let mut parts: Vec<&str> = zip
        .names()
        .filter(|n| n.starts_with("word/footer") && n.ends_with(".xml"))
        .collect();
    parts.sort_unstable();
    for name in parts {
        if let Some(xml) = zip.read(name, &mut budget)? {
            section(&mut out, "Footer");
            read_part(&xml, &mut out)?;
        }
    }
    if let Some(xml) = zip.read("word/comments.xml", &mut budget)? {
        read_comments(&xml, &mut out)?;
    }
    let end = out.text.trim_end().len();
    out.text.truncate(end);
    out.text.push('\n');
    Ok(out)
}

fn section(out: &mut DocxText, name: &str) {
    if !out.text.is_empty() && !out.text.ends_with("\n\n") {
        out.text.push_str(if out.text.ends_with('\n') {
            "\n"
        } else {
            "\n\n"
        });
    }
    out.text.push_str(&format!("[{name}]\n"));
}

fn local(name: &[u8]) -> &[u8] {
    name.rsplit(|&b| b == b':').next().unwrap_or(name)
}

/// Walks one WordprocessingML part, appending its text and marking hidden runs.
fn read_part(xml: &[u8], out: &mut DocxText) -> Result<(), Error> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut ins_depth = 0usize;
    let mut del_depth = 0usize;
    let mut in_rpr = false;
    let mut in_ppr = false;
    let mut run_hidden = false;
    let mut cell_depth = 0usize;
    let mut in_text = false;
    let mut depth = 0usize;
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|e| corrupt(&format!("bad XML: {e}")))?;
        match &ev {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Eof if depth > 0 => return Err(corrupt("the document's XML is cut short")),
            _ => {}
        }
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(ev, Event::Empty(_));
                match local(e.name().as_ref()) {
                    b"ins" if !empty => ins_depth += 1,
                    b"del" if !empty => del_depth += 1,
                    b"pPr" if !empty => in_ppr = true,
                    b"rPr" if !empty => in_rpr = true,
                    b"r" => run_hidden = false,
                    b"vanish" if in_rpr && !in_ppr => run_hidden = true,
                    b"tc" if !empty => cell_depth += 1,
                    b"t" | b"delText" if !empty => in_text = true,
                    b"tab" if !in_ppr => push(out, "\t", ins_depth, del_depth, run_hidden),
                    b"br" | b"cr" => push(out, "\n", ins_depth, del_depth, run_hidden),
                    _ => {}
                }
            }
            Event::End(ref e) => match local(e.name().as_ref()) {
                b"ins" => ins_depth = ins_depth.saturating_sub(1),
                b"del" => del_depth = del_depth.saturating_sub(1),
                b"pPr" => in_ppr = false,
                b"rPr" => in_rpr = false,
                b"t" | b"delText" => in_text = false,
                b"p" => out.text.push(if cell_depth > 0 { ' ' } else { '\n' }),
                b"tc" => {
                    cell_depth = cell_depth.saturating_sub(1);
                    let trimmed = out.text.trim_end_matches(' ').len();
                    out.text.truncate(trimmed);
                    out.text.push('\t');
                }
                b"tr" => {
                    if out.text.ends_with('\t') {
                        out.text.pop();
                    }
                    out.text.push('\n');
                }
                b"tbl" => out.text.push('\n'),
                _ => {}
            },
            Event::Text(t) if in_text => {
                let raw = t.decode().map_err(|e| corrupt(&format!("bad text: {e}")))?;
                let s = quick_xml::escape::unescape(&raw)
                    .unwrap_or(Cow::Borrowed(&raw))
                    .into_owned();
                push(out, &s, ins_depth, del_depth, run_hidden);
            }
            Event::GeneralRef(r) if in_text => {
                let name = r
                    .decode()
                    .map_err(|e| corrupt(&format!("bad entity: {e}")))?;
                let s = match name.as_ref() {
                    "amp" => "&".to_string(),
                    "lt" => "<".to_string(),
                    "gt" => ">".to_string(),
                    "quot" => "\"".to_string(),
                    "apos" => "'".to_string(),
                    other => quick_xml::escape::unescape(&format!("&{other};"))
                        .map(|c| c.into_owned())
                        .unwrap_or_default(),
                };
                push(out, &s, ins_depth, del_depth, run_hidden);
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(())
}

fn push(out: &mut DocxText, s: &str, ins: usize, del: usize, hidden: bool) {
    let start = out.text.len();
    out.text.push_str(s);
    let end = out.text.len();
    let what = if del > 0 {
        Some(Hidden::Deletion)
    } else if ins > 0 {
        Some(Hidden::Insertion)
    } else if hidden {
        Some(Hidden::Formatted)
    } else {
        None
    };
    if let Some(w) = what {
        if s.trim().is_empty()
            && !matches!(out.hidden.last(), Some(&(_, e, k)) if e == start && k == w)
        {
            return;
        }
        match out.hidden.last_mut() {
            Some(last) if last.1 == start && last.2 == w => last.1 = end,
            _ => out.hidden.push((start, end, w)),
        }
    }
}

fn read_comments(xml: &[u8], out: &mut DocxText) -> Result<(), Error> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut in_text = false;
    let mut current: Option<(usize, String)> = None;
    let mut any = false;
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|e| corrupt(&format!("bad comments XML: {e}")))?;
        match ev {
            Event::Start(ref e) => match local(e.name().as_ref()) {
                b"comment" => {
                    if !any {
                        section(out, "Comments");
                        any = true;
                    }
                    let author = e
                        .attributes()
                        .flatten()
                        .find(|a| local(a.key.as_ref()) == b"author")
                        .and_then(|a| {
                            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .ok()
                                .map(|v| v.into_owned())
                        })
                        .unwrap_or_default();
                    out.text.push_str(&format!("Comment by {author}: "));
                    current = Some((out.text.len(), author));
                }
                b"t" => in_text = true,
                _ => {}
            },
            Event::End(ref e) => match local(e.name().as_ref()) {
                b"t" => in_text = false,
                b"p" if current.is_some() => out.text.push(' '),
                b"comment" => {
                    if let Some((start, _)) = current.take() {
                        let trimmed = out.text.trim_end().len();
                        out.text.truncate(trimmed);
                        if trimmed > start {
                            out.hidden.push((start, trimmed, Hidden::Comment));
                        }
                        out.text.push('\n');
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_text && current.is_some() => {
                let raw = t.decode().map_err(|e| corrupt(&format!("bad text: {e}")))?;
                out.text.push_str(&raw);
            }
            Event::GeneralRef(r) if in_text && current.is_some() => {
                let name = r
                    .decode()
                    .map_err(|e| corrupt(&format!("bad entity: {e}")))?;
                let s = quick_xml::escape::unescape(&format!("&{name};"))
                    .map(|c| c.into_owned())
                    .unwrap_or_default();
                out.text.push_str(&s);
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(())
}

/// The few parts of the zip format a .docx uses: the central directory, stored and
/// deflated entries.
struct Zip<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry<'a>>,
}

struct Entry<'a> {
    name: &'a str,
    method: u16,
    flags: u16,
    compressed: usize,
    uncompressed: usize,
    local_offset: usize,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

impl<'a> Zip<'a> {
    fn open(bytes: &'a [u8]) -> Result<Zip<'a>, Error> {
        let min = bytes.len().saturating_sub(22 + 65_535);
        let eocd = (min..bytes.len().saturating_sub(21))
            .rev()
            .find(|&i| bytes[i..].starts_with(&[0x50, 0x4b, 0x05, 0x06]))
            .ok_or_else(|| corrupt("the zip directory is missing; the file may be cut short"))?;
        let count =
            u16_at(bytes, eocd + 10).ok_or_else(|| corrupt("short zip directory"))? as usize;
        let mut at =
            u32_at(bytes, eocd + 16).ok_or_else(|| corrupt("short zip directory"))? as usize;
        let mut entries = Vec::with_capacity(count.min(10_000));
        for _ in 0..count {
            let bad = || corrupt("a zip directory entry is damaged");
            if u32_at(bytes, at) != Some(0x0201_4b50) {
                return Err(bad());
            }
            let flags = u16_at(bytes, at + 8).ok_or_else(bad)?;
            let method = u16_at(bytes, at + 10).ok_or_else(bad)?;
            let compressed = u32_at(bytes, at + 20).ok_or_else(bad)? as usize;
            let uncompressed = u32_at(bytes, at + 24).ok_or_else(bad)? as usize;
            let name_len = u16_at(bytes, at + 28).ok_or_else(bad)? as usize;
            let extra_len = u16_at(bytes, at + 30).ok_or_else(bad)? as usize;
            let comment_len = u16_at(bytes, at + 32).ok_or_else(bad)? as usize;
            let local_offset = u32_at(bytes, at + 42).ok_or_else(bad)? as usize;
            let name = bytes.get(at + 46..at + 46 + name_len).ok_or_else(bad)?;
            let name = std::str::from_utf8(name).map_err(|_| bad())?;
            entries.push(Entry {
                name,
                method,
                flags,
                compressed,
                uncompressed,
                local_offset,
            });
            at += 46 + name_len + extra_len + comment_len;
        }
        Ok(Zip { bytes, entries })
    }

    fn names(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.entries.iter().map(|e| e.name)
    }

    fn read(&self, name: &str, budget: &mut usize) -> Result<Option<Vec<u8>>, Error> {
        let Some(e) = self.entries.iter().find(|e| e.name == name) else {
            return Ok(None);
        };
        if e.flags & 1 != 0 {
            return Err(Error::new(
                ErrorKind::Input,
                "this document is password-protected: remove the password in Word and try again",
            ));
        }
        let bad = || corrupt(&format!("the part {name} is damaged"));
        let b = self.bytes;
        if u32_at(b, e.local_offset) != Some(0x0403_4b50) {
            return Err(bad());
        }
        let name_len = u16_at(b, e.local_offset + 26).ok_or_else(bad)? as usize;
        let extra_len = u16_at(b, e.local_offset + 28).ok_or_else(bad)? as usize;
        let start = e.local_offset + 30 + name_len + extra_len;
        let data = b
            .get(start..start.checked_add(e.compressed).ok_or_else(bad)?)
            .ok_or_else(bad)?;
        let out = match e.method {
            0 => data.to_vec(),
            8 => {
                miniz_oxide::inflate::decompress_to_vec_with_limit(data, *budget).map_err(|_| {
                    if e.uncompressed > *budget {
                        Error::new(
                            ErrorKind::Input,
                            "this .docx expands to more than 256 MB; it is refused as unsafe",
                        )
                    } else {
                        bad()
                    }
                })?
            }
            _ => {
                return Err(corrupt(&format!(
                    "the part {name} uses an unsupported compression method"
                )))
            }
        };
        *budget = budget.saturating_sub(out.len());
        Ok(Some(out))
    }
}
