// Scans off the main thread so typing never stalls. One Scanner, built once per
// config and re-created only when the config changes. Messages, answered in order:
//   {id, type: 'config', config}  -> {id, version}               or {id, error}
//   {id, type: 'check', config}   -> {id, ok: true}              or {id, error}  (validates only)
//   {id, type: 'scan', text}      -> {id, findings, ms}          or {id, error}
//   {id, type: 'docx', bytes}     -> {id, text, findings, ms}    or {id, error, code}
import init, { Scanner, version } from './pkg/redaction_check.js';

const ready = init();
let scanner = null;
let configured = false;

// Build the default scanner as soon as the module is ready, while the officer is still
// opening or pasting a draft, unless a config message came first; a short scan warms
// up the compiled code.
ready.then(() => setTimeout(() => {
  if (scanner || configured) return;
  try {
    scanner = new Scanner(undefined);
    scanner.scan('Dear Ms Okafor, call 07700 900123 or jo.bloggs@example.org. We use TightVNC on 10.1.2.3.');
  } catch {
    scanner = null; // reported by the first real request
  }
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
      configured = true;
      const next = new Scanner(data.config ?? undefined); // throws naming a bad field
      scanner?.free();
      scanner = next;
      self.postMessage({ id, version: version() });
      return;
    }
    if (type === 'check') {
      new Scanner(data.config ?? undefined).free();
      self.postMessage({ id, ok: true });
      return;
    }
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
