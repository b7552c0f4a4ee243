// redaction-check for integrators: the wasm scanner plus redact(), a worker and a
// custom element. See index.d.ts for the types.
import initWasm, { Scanner, version as wasmVersion, rulePackInfo } from './redaction_check.js';

let ready = null;

/**
 * Loads the WebAssembly module once; later calls return the same promise.
 * In browsers and bundlers call it with no argument. In Node, too: the .wasm beside
 * this file is read from disk. Or pass what wasm-bindgen's init accepts (a URL,
 * a Response, bytes or a WebAssembly.Module).
 */
export function init(input) {
  if (!ready) {
    ready = (async () => {
      let source = input;
      if (source === undefined && import.meta.url.startsWith('file:') && typeof process !== 'undefined') {
        const { readFile } = await import('node:fs/promises');
        source = await readFile(new URL('./redaction_check_bg.wasm', import.meta.url));
      }
      await initWasm(source === undefined ? undefined : { module_or_path: source });
    })();
    ready.catch(() => { ready = null; });
  }
  return ready;
}
export default init;

export { Scanner };

/** The package version. */
export function version() {
  return wasmVersion();
}

/** A version string for the built-in rule pack: package version + rule and term counts. */
export function rulePackVersion() {
  const { rules, terms, patterns } = rulePackInfo();
  return `${wasmVersion()}+${rules}r.${terms}t.${patterns}p`;
}

const ORDER = { info: 0, review: 1, high: 2 };

/**
 * The text with findings replaced by labels. Overlapping findings are merged; offsets
 * are UTF-16 code units, as `Scanner.scan` gives them.
 */
export function redact(text, findings, options = {}) {
  if (typeof text !== 'string') throw new TypeError('redact: text must be a string');
  if (!Array.isArray(findings)) throw new TypeError('redact: findings must be an array');
  const min = options.minSeverity ?? 'review';
  if (!(min in ORDER)) throw new Error(`redact: minSeverity must be "high", "review" or "info", not ${JSON.stringify(min)}`);
  const label = options.label ?? ((f) => `[Redacted – ${f.exemption}]`);
  const only = options.only ?? (() => true);
  const chosen = findings
    .filter((f) => ORDER[f.severity] >= ORDER[min] && only(f))
    .filter((f) => Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= text.length && f.start < f.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const f of chosen) {
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      continue;
    }
    merged.push({ start: f.start, end: f.end, finding: f });
  }
  let out = '';
  let at = 0;
  for (const m of merged) {
    out += text.slice(at, m.start) + label(m.finding);
    at = m.end;
  }
  return out + text.slice(at);
}

/**
 * Runs scans in a module Worker, behind promises:
 * `const w = createScanWorker({ config }); const report = await w.scan(text); w.terminate();`
 */
export function createScanWorker(options = {}) {
  if (typeof Worker === 'undefined') throw new Error('createScanWorker needs a browser (Web Workers)');
  const worker = new Worker(options.workerUrl ?? new URL('./scan-worker.js', import.meta.url), { type: 'module' });
  let nextId = 1;
  const pending = new Map();
  worker.onmessage = ({ data }) => {
    const p = pending.get(data.id);
    if (!p) return;
    pending.delete(data.id);
    if (data.error !== undefined) p.reject(new Error(data.error));
    else p.resolve(data.result);
  };
  worker.onerror = (e) => {
    for (const p of pending.values()) p.reject(new Error(e.message || 'the scan worker failed'));
    pending.clear();
  };
  const call = (type, payload, transfer = []) => new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, type, ...payload }, transfer);
  });
  const configured = call('config', { config: options.config });
  return {
    scan: async (text) => { await configured; return call('scan', { text }); },
    scanDocx: async (bytes) => {
      await configured;
      const copy = bytes instanceof ArrayBuffer ? bytes.slice(0) : new Uint8Array(bytes).buffer.slice(0);
      return call('docx', { bytes: copy }, [copy]);
    },
    setConfig: (config) => call('config', { config }),
    terminate: () => {
      worker.terminate();
      for (const p of pending.values()) p.reject(new Error('the scan worker was terminated'));
      pending.clear();
    },
  };
}
