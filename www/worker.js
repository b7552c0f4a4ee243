// Scans off the main thread so typing never stalls. Messages:
//   {id, type: 'config', config}  -> {id, ok: true} or {id, error}
//   {id, type: 'scan', text}      -> {id, findings, ms}
//   {id, type: 'docx', bytes}     -> {id, text, findings, ms}
import init, { Scanner } from './pkg/redaction_check.js';

const ready = init();
let scanner = null;

self.onmessage = async ({ data }) => {
  const { id, type } = data;
  try {
    await ready;
    if (type === 'config' || scanner === null) {
      scanner?.free();
      scanner = new Scanner(type === 'config' ? data.config : undefined);
      if (type === 'config') {
        self.postMessage({ id, ok: true });
        return;
      }
    }
    const t0 = performance.now();
    if (type === 'scan') {
      const { findings } = scanner.scan(data.text);
      self.postMessage({ id, findings, ms: performance.now() - t0 });
    } else if (type === 'docx') {
      const { text, findings } = scanner.scanDocx(new Uint8Array(data.bytes));
      self.postMessage({ id, text, findings, ms: performance.now() - t0 });
    }
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
