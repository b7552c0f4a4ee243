// Scans off the main thread so typing never stalls. One Scanner, built once per
// config and re-created only when the config changes. Messages, answered in order:
//   {id, type: 'config', config}  -> {id, version}               or {id, error}
//   {id, type: 'check', config}   -> {id, ok: true}              or {id, error}  (validates only)
//   {id, type: 'scan', text}      -> {id, findings, ms}          or {id, error}
//   {id, type: 'docx', bytes}     -> {id, text, findings, ms}    or {id, error, code}
import init, { Scanner, version } from './pkg/redaction_check.js';

const ready = init();
let scanner = null;
let warmed = false;

// A first scan runs in the engine's baseline tier and fills the pattern caches; do it
// on a short sample as soon as there is a scanner, so that a draft pasted later does
// not pay. A draft that is already waiting warms the engine itself: then the sample
// would only delay it, and is skipped.
const SAMPLE = ('Dear Ms Okafor,\n\nYou asked: 1. Do you use TightVNC or AnyDesk? 2. Which firewall?\n'
  + 'Our engineers reach servers on 10.1.2.3/24 and \\\\srv-fs01\\share over RDP with SAML 2.0. '
  + 'We run Windows 10 21H2 on Dell OptiPlex 7090 and Windows Server 2012 R2; Mitel handles calls.\n'
  + 'Please contact Jane Smith, Estates Officer, on 07700 900123 or jane.smith@example.nhs.uk; '
  + 'general enquiries to foi@example.gov.uk or 0113 496 0000. NHS number 943 476 5919, '
  + 'date of birth 14/03/1941, 12 Acacia Grove, Kingsmere BS5 9TX.\n\nYours sincerely,\n\nMark Day\n'
  + 'Information Governance Officer\n\n');
function warmUp() {
  if (warmed || !scanner) return;
  warmed = true;
  try {
    scanner.scan(SAMPLE);
  } catch {
    /* reported by the first real request */
  }
}

// Build the default scanner as soon as the module is ready, unless a config message
// came first (the page sends one at start; integrators may not).
ready.then(() => setTimeout(() => {
  if (scanner) return;
  try {
    scanner = new Scanner(undefined);
  } catch {
    scanner = null; // reported by the first real request
  }
  warmUp();
}, 0), () => {});

function scannerFor() {
  scanner ??= new Scanner(undefined);
  return scanner;
}

self.onmessage = async ({ data }) => {
  const { id, type } = data;
  try {
    await ready;
    if (type === 'config') {
      const next = new Scanner(data.config ?? undefined); // throws naming a bad field
      scanner?.free();
      scanner = next;
      self.postMessage({ id, version: version() });
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
      self.postMessage({ id, findings, ms: performance.now() - t0 });
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
