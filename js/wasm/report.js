// Builds a scan's report from what src/wasm.rs passes: each distinct string once, as
// a JSON array (kinds, rules and their reasons repeat across a draft's findings), and
// ten numbers per finding: start, end, then the strings' indexes of its text, kind,
// family, severity, exemption, rule, reason and context. `f` is a view of the wasm's
// memory, valid only during this call. This takes a fraction of the time JSON.parse
// took over whole objects, whose long reasons it copied once per finding.
// Imported by the wasm-bindgen glue (wasm-bindgen copies it into the package's
// snippets/); not part of the package's API.
export function reportFrom(strings, f, text) {
  const s = JSON.parse(strings);
  const findings = new Array(f.length / 10);
  for (let i = 0, k = 0; k < f.length; i++, k += 10) {
    findings[i] = {
      start: f[k],
      end: f[k + 1],
      text: s[f[k + 2]],
      kind: s[f[k + 3]],
      family: s[f[k + 4]],
      severity: s[f[k + 5]],
      exemption: s[f[k + 6]],
      rule: s[f[k + 7]],
      reason: s[f[k + 8]],
      context: s[f[k + 9]],
    };
  }
  return text === undefined ? { findings } : { text, findings };
}
