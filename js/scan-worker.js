// The module worker behind createScanWorker(): one Scanner, rebuilt on setConfig.
import initWasm, { Scanner } from './redaction_check.js';

const ready = initWasm();
let scanner = null;

self.onmessage = async ({ data }) => {
  const { id, type } = data;
  try {
    await ready;
    if (type === 'config') {
      const next = new Scanner(data.config ?? undefined);
      scanner?.free();
      scanner = next;
      self.postMessage({ id, result: true });
      return;
    }
    scanner ??= new Scanner();
    if (type === 'scan') self.postMessage({ id, result: scanner.scan(data.text) });
    else if (type === 'docx') self.postMessage({ id, result: scanner.scanDocx(new Uint8Array(data.bytes)) });
    else throw new Error(`unknown request ${type}`);
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
