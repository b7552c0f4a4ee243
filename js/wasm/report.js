// Builds a scan's report from the compact JSON that src/wasm.rs writes: each distinct
// string once (kinds, rules and their reasons repeat across a draft's findings), each
// finding ten numbers: start, end, then the strings' indexes of its text, kind,
// family, severity, exemption, rule, reason and context. Parsing that and building the
// objects here takes a fraction of the time JSON.parse took over the whole objects,
// whose long reasons it copied once per finding.
// Imported by the wasm-bindgen glue (wasm-bindgen copies it into the package's
// snippets/); not part of the package's API.
export function reportFromJson(json) {
  const { text, s, f } = JSON.parse(json);
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
