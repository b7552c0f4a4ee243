//! The JavaScript binding: the only file that names wasm-bindgen. Offsets leave as
//! UTF-16 code units (what JS string indices count); errors leave as JS `Error`s.

use std::collections::HashMap;

use wasm_bindgen::prelude::*;

use crate::{Config, Finding};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** A kind of detail (see the product's LABELS). */
export type Kind =
  | "person_name" | "email" | "phone" | "postal_address" | "nhs_number" | "ni_number"
  | "date_of_birth" | "other_identifier" | "security_product" | "remote_access"
  | "auth_protocol" | "device_make_model" | "software_version" | "network_detail"
  | "it_supplier" | "credential" | "hidden_content";
/** `high`: withhold unless there is a reason; `review`: decide; `info`: shown, no action. */
export type Severity = "high" | "review" | "info";
/** Where in the response a finding stands. */
export type Context = "letterhead" | "request" | "answer" | "signature" | "hidden";

/** One risky span. `start`/`end` are UTF-16 code units (JS string indices), end exclusive. */
export interface Finding {
  start: number;
  end: number;
  text: string;
  kind: Kind;
  family: "personal" | "cyber";
  severity: Severity;
  /** e.g. "s40(2)", "s31(1)(a)" */
  exemption: string;
  /** Stable rule id, e.g. "phone.uk.mobile" */
  rule: string;
  /** One plain-English sentence an officer understands. */
  reason: string;
  context: Context;
}

/** The findings of one scan, sorted by (start, end, rule). */
export interface Report {
  findings: Finding[];
}

/** A scanned .docx: the text read from it (offsets of findings index into it). */
export interface DocxReport extends Report {
  text: string;
}

/** A term the organisation always wants flagged. */
export interface DenyTerm {
  term: string;
  kind: Kind;
  severity?: Severity;
  reason?: string;
}

/** What is public (or always sensitive) for an organisation. Unknown fields are refused. */
export interface Config {
  publicPeople?: string[];
  publicNumbers?: string[];
  roleMailboxes?: string[];
  allow?: string[];
  deny?: DenyTerm[];
  disabledKinds?: Kind[];
  minSeverity?: Severity;
}
"#;

/// The longest text a scan takes, in UTF-8 bytes: a scan needs ~14 times its text in
/// memory, and wasm32 has 4 GiB, so a longer one could end in a trap, not an `Error`.
/// (A 50 MB paste is well inside.)
const MAX_TEXT: usize = 64 << 20;

/// The most findings a scan returns: each becomes a JS object, and millions of them
/// (a text of nothing but addresses) could exhaust the JS heap. Real drafts have a few
/// per hundred bytes: a 50 MB draft has ~240,000.
const MAX_FINDINGS: usize = 1_000_000;

/// A scanner built once from a config; `scan` it many times.
#[wasm_bindgen(js_name = Scanner)]
pub struct JsScanner {
    inner: crate::Scanner,
}

#[wasm_bindgen(module = "/js/wasm/report.js")]
extern "C" {
    /// Builds the report's objects from each distinct string once (a JSON array) and
    /// ten numbers per finding (a view of wasm memory, read before it returns).
    #[wasm_bindgen(js_name = reportFrom, catch)]
    fn report_from(strings: &str, numbers: &[u32], text: Option<&str>) -> Result<JsValue, JsValue>;
}

#[wasm_bindgen(js_class = Scanner)]
impl JsScanner {
    /// Builds a scanner. Throws an `Error` naming the field when the config is not valid.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "Config | undefined")] config: JsValue,
    ) -> Result<JsScanner, JsError> {
        let config = if config.is_undefined() || config.is_null() {
            Config::default()
        } else if let Some(s) = config.as_string() {
            Config::from_json(&s).map_err(|e| JsError::new(&e.to_string()))?
        } else {
            let json = js_sys::JSON::stringify(&config)
                .map_err(|_| JsError::new("invalid config: it cannot be turned into JSON"))?;
            let json: String = json.into();
            // A position in JSON the caller never wrote means nothing to them.
            Config::from_json(&json).map_err(|e| {
                let message = e.to_string();
                let message = match message.rfind(" at line ") {
                    Some(i) if message[i..].contains(" column ") => &message[..i],
                    _ => &message,
                };
                JsError::new(message)
            })?
        };
        let inner = crate::Scanner::new(config).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(JsScanner { inner })
    }

    /// Scans a draft; offsets in UTF-16 code units. Throws an `Error` for a text over
    /// 64 MiB of UTF-8, or with over 1,000,000 findings: no draft is either, and
    /// either could exhaust the memory of wasm or of the JS heap.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn scan(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<JsValue, JsError> {
        // Taken as a JsValue: wasm-bindgen's own conversion of a number or an object
        // passed for a string ends in a wasm trap ("memory access out of bounds").
        let Some(text) = text.as_string() else {
            return Err(JsError::new(&format!(
                "scan: the draft must be a string, not {}",
                js_kind(&text)
            )));
        };
        if text.len() > MAX_TEXT {
            return Err(JsError::new(&crate::scanner::too_long(
                text.len(),
                MAX_TEXT,
            )));
        }
        let report = self.inner.scan(&text);
        to_js(&text, &report.findings, None)
    }

    /// Reads a .docx (its bytes: a `Uint8Array`, another typed array or view, or an
    /// `ArrayBuffer`) and scans its text, hidden content included. Throws an `Error`
    /// for a damaged or password-protected file, and as `scan` does.
    #[wasm_bindgen(js_name = scanDocx, unchecked_return_type = "DocxReport")]
    pub fn scan_docx(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer | ArrayBufferView")]
        bytes: JsValue,
    ) -> Result<JsValue, JsError> {
        let bytes = if bytes.is_instance_of::<js_sys::ArrayBuffer>() {
            js_sys::Uint8Array::new(&bytes).to_vec()
        } else if js_sys::ArrayBuffer::is_view(&bytes) {
            // A typed array or a DataView: read by property, as each kind has its own.
            let get = |key: &str| js_sys::Reflect::get(&bytes, &key.into()).ok();
            let number = |key: &str| get(key).and_then(|v| v.as_f64()).unwrap_or(0.0) as u32;
            let buffer = get("buffer").unwrap_or(JsValue::UNDEFINED);
            js_sys::Uint8Array::new_with_byte_offset_and_length(
                &buffer,
                number("byteOffset"),
                number("byteLength"),
            )
            .to_vec()
        } else {
            return Err(JsError::new(&format!(
                "scanDocx: the file must be a Uint8Array or an ArrayBuffer of its bytes, not {}",
                js_kind(&bytes)
            )));
        };
        let scan = self
            .inner
            .scan_docx_within(&bytes, MAX_TEXT)
            .map_err(|e| JsError::new(&e.to_string()))?;
        to_js(&scan.text, &scan.report.findings, Some(&scan.text))
    }
}

/// What a JS value is, for a message: "undefined", "null", "an array", "number"...
fn js_kind(v: &JsValue) -> String {
    if v.is_undefined() {
        "undefined".into()
    } else if v.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(v) {
        "an array".into()
    } else {
        format!(
            "a value of type {}",
            v.js_typeof().as_string().unwrap_or_default()
        )
    }
}

/// The index of `s` in `strings` under `key`, added at the end if `key` is new.
fn index_of<'a, K: std::hash::Hash + Eq>(
    index: &mut HashMap<K, u32, crate::detect::FxBuild>,
    key: K,
    s: &'a str,
    strings: &mut Vec<&'a str>,
) -> u32 {
    *index.entry(key).or_insert_with(|| {
        strings.push(s);
        (strings.len() - 1) as u32
    })
}

/// The report as JS objects (`Report`, or `DocxReport` with `with_text`), built by
/// `js/wasm/report.js` from each distinct string once and ten numbers per finding:
/// start, end, and the strings' indexes of its text, kind, family, severity,
/// exemption, rule, reason and context. JSON.parse over whole objects copied every
/// finding's reason and took a quarter of a wasm scan's time.
fn to_js(text: &str, found: &[Finding], with_text: Option<&str>) -> Result<JsValue, JsError> {
    if found.len() > MAX_FINDINGS {
        return Err(JsError::new(&format!(
            "the text has over {} findings ({}): too many to show; it does not read as a \
             draft (split it, or scan its parts)",
            MAX_FINDINGS,
            found.len()
        )));
    }
    let offsets = crate::convert_offsets(text, found, crate::OffsetUnit::Utf16);
    let mut strings: Vec<&str> = Vec::new();
    // A finding's text is indexed by its content. Its other strings are the rule
    // pack's (or the config's): the same few, in the same places, again and again;
    // indexed by where they are, they are not hashed nor compared letter by letter.
    // (Equal strings in two places are two entries, with the same text.)
    let mut by_text: HashMap<&str, u32, crate::detect::FxBuild> = HashMap::default();
    let mut by_place: HashMap<(usize, usize), u32, crate::detect::FxBuild> = HashMap::default();
    let mut numbers: Vec<u32> = Vec::with_capacity(found.len() * 10);
    for (f, (start, end)) in found.iter().zip(offsets) {
        // This file builds for wasm32 only, where usize is 32 bits: no offset is lost.
        numbers.extend([start as u32, end as u32]);
        let t = f.text.as_str();
        numbers.push(index_of(&mut by_text, t, t, &mut strings));
        for s in [
            f.kind.as_str(),
            f.family.as_str(),
            f.severity.as_str(),
            &f.exemption,
            &f.rule,
            &f.reason,
            f.context.as_str(),
        ] {
            let place = (s.as_ptr() as usize, s.len());
            numbers.push(index_of(&mut by_place, place, s, &mut strings));
        }
    }
    let strings = serde_json::to_string(&strings)
        .map_err(|e| JsError::new(&format!("could not return findings: {e}")))?;
    report_from(&strings, &numbers, with_text)
        .map_err(|_| JsError::new("could not return findings"))
}

/// The package version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The rule pack's size, as `{ rules, terms, patterns }`.
#[wasm_bindgen(js_name = rulePackInfo, unchecked_return_type = "{ rules: number; terms: number; patterns: number }")]
pub fn rule_pack_info() -> Result<JsValue, JsError> {
    let s = crate::Scanner::new(Config::default()).map_err(|e| JsError::new(&e.to_string()))?;
    let (rules, terms, patterns) = s.rule_counts();
    let obj = js_sys::Object::new();
    for (k, v) in [("rules", rules), ("terms", terms), ("patterns", patterns)] {
        js_sys::Reflect::set(&obj, &k.into(), &(v as f64).into())
            .map_err(|_| JsError::new("could not build object"))?;
    }
    Ok(obj.into())
}
