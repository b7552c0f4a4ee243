// redact(): the text with findings replaced by labels. Plain JavaScript, with no
// import: the page (www/app.js) loads it without the wasm-bindgen glue, which only its
// worker needs. index.js re-exports it.

const SEVERITY = { info: 0, review: 1, high: 2 };

/** @param {readonly import('./index.js').Finding[]} merged */
function defaultLabel(_finding, merged) {
  const exemptions = [...new Set(merged.map((f) => f.exemption))];
  return `[Redacted – ${exemptions.join(', ')}]`;
}

/**
 * The text with findings replaced by labels (default `[Redacted – ${exemption}]`).
 * Findings below `minSeverity` (default "review") or refused by `only` are kept.
 * Overlapping findings become one redaction. Offsets are UTF-16 code units, as
 * `Scanner.scan` gives them; a finding that does not match the text throws.
 * @param {string} text
 * @param {readonly import('./index.js').Finding[]} findings
 * @param {import('./index.js').RedactOptions} [options]
 * @returns {string}
 */
export function redact(text, findings, options = {}) {
  if (typeof text !== 'string') throw new TypeError('redact: text must be a string');
  if (!Array.isArray(findings)) throw new TypeError('redact: findings must be an array (report.findings)');
  const min = options.minSeverity ?? 'review';
  if (!Object.hasOwn(SEVERITY, min)) {
    throw new RangeError(`redact: minSeverity must be "high", "review" or "info", not ${JSON.stringify(min)}`);
  }
  const label = options.label ?? defaultLabel;
  const only = options.only ?? (() => true);
  const chosen = findings.filter((f) => SEVERITY[f.severity] >= SEVERITY[min] && only(f));
  for (const f of chosen) {
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end > text.length
        || f.start >= f.end || text.slice(f.start, f.end) !== f.text) {
      throw new RangeError(`redact: the finding ${JSON.stringify(f.text)} at ${f.start}–${f.end} is not in this text; `
        + 'were the findings made from a different (perhaps since edited) text?');
    }
  }
  // Longest first among equal starts, so a merged group's first finding spans its start.
  chosen.sort((a, b) => a.start - b.start || b.end - a.end);
  const groups = [];
  for (const f of chosen) {
    const last = groups[groups.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      last.merged.push(f);
    } else {
      groups.push({ start: f.start, end: f.end, merged: [f] });
    }
  }
  // Apply from the end so earlier offsets stay valid.
  let out = text;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    out = out.slice(0, g.start) + label(g.merged[0], g.merged) + out.slice(g.end);
  }
  return out;
}
