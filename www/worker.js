// Scans off the main thread so typing never stalls. One Scanner, built once per
// config and re-created only when the config changes. Messages, answered in order:
//   {id, type: 'config', config}  -> {id, version, started, moduleReady} or {id, error}
//   {id, type: 'check', config}   -> {id, ok: true}              or {id, error}  (validates only)
//   {id, type: 'scan', text}      -> {id, findings, ms, at}      or {id, error}
//   {id, type: 'docx', bytes}     -> {id, text, findings, ms}    or {id, error, code}

// Milestones for the page's performance timeline, as absolute times (the worker's
// clock has its own origin): when this script ran and when the module was ready.
const stamp = () => performance.timeOrigin + performance.now();
const started = stamp();
let moduleReady = 0;

// The .wasm is fetched and compiled here, on the worker's own thread, from this
// script's first line: the glue is imported meanwhile (a dynamic import, so that the
// fetch need not wait for it). Compiled on the page's main thread instead, its bytes
// waited there while the browser laid out a draft pasted during load.
const compiled = fetch(new URL('./pkg/redaction_check_bg.wasm', import.meta.url)).then((r) => {
  if (!r.ok) throw new Error(`could not load the checker's .wasm (HTTP ${r.status})`);
  // Compiled as it streams in, unless served without the wasm type (which streaming refuses).
  return (/^application\/wasm\b/i.test(r.headers.get('content-type') ?? '')
    ? WebAssembly.compileStreaming(r)
    : r.arrayBuffer().then((bytes) => WebAssembly.compile(bytes))
  ).catch((e) => {
    // An engine without WebAssembly SIMD cannot compile it (README, "Browsers and runtimes").
    throw new Error('the checker could not be compiled: this browser may be too old (it needs Chrome or Edge 91, '
      + `Firefox 89 or Safari 16.4 or later), or the file is damaged (${e instanceof Error ? e.message : e})`);
  });
});
let Scanner;
let version;
const ready = Promise.all([import('./pkg/redaction_check.js'), compiled])
  .then(async ([glue, module]) => {
    await glue.default({ module_or_path: module });
    ({ Scanner, version } = glue);
    moduleReady = stamp();
  });
let scanner = null;
let defaultScanner = false; // is `scanner` the default config's?
let warmed = false;

// A first scan runs in the engine's baseline tier and compiles the patterns it needs.
// Warm up on a short sample as soon as there is a scanner, so that a draft pasted later
// does not pay: one line at a time, each its own task (the first too, after the task
// that built the scanner), so that a draft arriving meanwhile waits for one line at
// most, then warms the engine itself.
const SAMPLE = [
  'Dear Ms Okafor,\n\nYou asked: 1. Do you use TightVNC or AnyDesk? 2. Which firewall?\n',
  'Our engineers reach servers on 10.1.2.3/24 and \\\\srv-fs01\\share over RDP with SAML 2.0.\n',
  'We run Windows 10 21H2 on Dell OptiPlex 7090 and Windows Server 2012 R2; Mitel handles calls.\n',
  'Please contact Jane Smith, Estates Officer, on 07700 900123 or jane.smith@example.nhs.uk;\n',
  'general enquiries to foi@example.gov.uk or 0113 496 0000. NHS number 943 476 5919,\n',
  'date of birth 14/03/1941, 12 Acacia Grove, Kingsmere BS5 9TX.\n\nYours sincerely,\n\nMark Day\nInformation Governance Officer\n',
];
let warming = false;
function warmUp() {
  if (warming) return;
  warming = true;
  let part = 0;
  const step = () => {
    if (warmed || !scanner || part >= SAMPLE.length) return;
    try {
      scanner.scan(SAMPLE[part++]);
    } catch {
      return; // reported by the first real request
    }
    setTimeout(step, 0);
  };
  setTimeout(step, 0);
}

// Build the default scanner as soon as the module is ready, unless a config message
// came first (the page sends one at start; integrators may not).
ready.then(() => setTimeout(() => {
  if (scanner) return;
  try {
    scanner = new Scanner(undefined);
    defaultScanner = true;
  } catch {
    scanner = null; // reported by the first real request
  }
  warmUp();
}, 0), () => {});

function scannerFor() {
  if (!scanner) {
    scanner = new Scanner(undefined);
    defaultScanner = true;
  }
  return scanner;
}

self.onmessage = async ({ data }) => {
  const { id, type } = data;
  try {
    await ready;
    if (type === 'config') {
      // The default config, with the default scanner already built: keep it (building
      // another is the same work again, on the first draft's path).
      if (data.config != null || !scanner || !defaultScanner) {
        const next = new Scanner(data.config ?? undefined); // throws naming a bad field
        scanner?.free();
        scanner = next;
        defaultScanner = data.config == null;
      }
      self.postMessage({ id, version: version(), started, moduleReady });
      setTimeout(warmUp, 0); // after the reply, before the first draft arrives
      return;
    }
    if (type === 'check') {
      new Scanner(data.config ?? undefined).free();
      self.postMessage({ id, ok: true });
      return;
    }
    if (type === 'docx' || data.text) warmed = true;
    const t0 = performance.now();
    if (type === 'scan') {
      const { findings } = scannerFor().scan(data.text);
      self.postMessage({ id, findings, ms: performance.now() - t0, at: performance.timeOrigin + t0 });
    } else if (type === 'docx') {
      const s = scannerFor();
      if (typeof s.scanDocx !== 'function') {
        self.postMessage({ id, error: 'docx unsupported', code: 'docx-unsupported' });
        return;
      }
      const { text, findings } = s.scanDocx(new Uint8Array(data.bytes));
      self.postMessage({ id, text, findings, ms: performance.now() - t0 });
    } else {
      throw new Error(`unknown request ${JSON.stringify(type)}`);
    }
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
