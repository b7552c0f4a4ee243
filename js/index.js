// redaction-check for integrators: the wasm scanner, plus redact() and a scan worker.
// The types and full docs are in index.d.ts. The custom element is in element.js.
import initWasm, { Scanner as WasmScanner, version as wasmVersion, rulePackInfo } from './redaction_check.js';

let loading = null;
let loaded = false;

/**
 * Loads the WebAssembly module once; later calls return the same promise (their
 * argument is ignored). With no argument it fetches the .wasm beside this file (the
 * package's Node entry reads it from disk instead). Otherwise pass what wasm-bindgen's
 * init accepts: a URL, a Request, a Response, bytes or a WebAssembly.Module (or a
 * promise of one), bare or as `{ module_or_path }`.
 * @param {import('./index.js').WasmSource | Promise<import('./index.js').WasmSource> | { module_or_path: import('./index.js').WasmSource | Promise<import('./index.js').WasmSource> }} [input]
 * @returns {Promise<void>}
 */
export function init(input) {
  if (!loading) {
    const wrapped = input !== null && typeof input === 'object' && 'module_or_path' in input;
    loading = initWasm(input === undefined || wrapped ? input : { module_or_path: input }).then(() => {
      loaded = true;
    });
    loading.catch(() => {
      loading = null; // a failed load (a 404, a bad URL) can be retried
    });
  }
  return loading;
}
export default init;

// Calls into wasm before init() fail deep in the glue with a TypeError; say what to do.
function needsInit(what, cause) {
  return new Error(`redaction-check: call \`await init()\` before ${what}`, { cause });
}

/**
 * A scanner built once from a config; `scan` it many times. The config is an object
 * or its JSON text; a bad one throws an Error naming the field.
 */
export class Scanner extends WasmScanner {
  /** @param {import('./index.js').Config | string | null} [config] */
  constructor(config) {
    const ok = config === undefined || config === null || typeof config === 'string'
      || (typeof config === 'object' && !Array.isArray(config));
    if (!ok) throw new TypeError(`invalid config: expected an object, not ${Array.isArray(config) ? 'an array' : typeof config}`);
    try {
      super(config ?? undefined);
    } catch (e) {
      if (!loaded && e instanceof TypeError) throw needsInit('new Scanner()', e);
      throw e;
    }
  }
}

/** The package version, e.g. "0.1.0". @returns {string} */
export function version() {
  if (!loaded) throw needsInit('version()');
  return wasmVersion();
}

let rulePack = null;

/**
 * The built-in rule pack: the package version plus its rule, term and pattern counts,
 * e.g. "0.1.0+64r.900t.40p". Worth filing with a redaction schedule.
 * @returns {string}
 */
export function rulePackVersion() {
  if (!loaded) throw needsInit('rulePackVersion()');
  if (!rulePack) {
    const { rules, terms, patterns } = rulePackInfo();
    rulePack = `${wasmVersion()}+${rules}r.${terms}t.${patterns}p`;
  }
  return rulePack;
}

// redact() is a module of its own, so that a page can import it without the wasm glue.
export { redact } from './redact.js';

/**
 * Runs scans in a module Web Worker holding one Scanner, behind promises:
 * `const w = createScanWorker({ config }); const report = await w.scan(text); w.terminate();`
 * @param {import('./index.js').ScanWorkerOptions} [options]
 * @returns {import('./index.js').ScanWorker}
 */
export function createScanWorker(options = {}) {
  if (typeof Worker === 'undefined') {
    throw new Error('createScanWorker needs Web Workers (a browser); elsewhere use new Scanner() directly');
  }
  // Written out in full so bundlers (webpack 5, Vite, Parcel) see and bundle the worker.
  const worker = options.workerUrl
    ? new Worker(options.workerUrl, { type: 'module' })
    : new Worker(new URL('./scan-worker.js', import.meta.url), { type: 'module' });
  const pending = new Map();
  let nextId = 1;
  let broken = null;
  const fail = (error) => {
    broken ??= error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.onmessage = ({ data }) => {
    const p = pending.get(data.id);
    if (!p) return;
    pending.delete(data.id);
    if (data.error !== undefined) p.reject(new Error(data.error));
    else p.resolve(data.result);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    fail(new Error(`redaction-check: the scan worker failed: ${event.message || 'it could not be loaded '
      + '(are scan-worker.js and the .wasm served, and does the Content-Security-Policy allow worker-src \'self\' and \'wasm-unsafe-eval\'?)'}`));
  };
  worker.onmessageerror = () => fail(new Error('redaction-check: a message from the scan worker could not be read'));
  const call = (type, payload, transfer = []) => new Promise((resolve, reject) => {
    if (broken) { reject(broken); return; }
    const id = nextId++;
    worker.postMessage({ id, type, ...payload }, transfer);
    pending.set(id, { resolve, reject });
  });
  // A bad first config is reported by every scan() until setConfig() succeeds.
  call('config', { config: options.config, first: true }).catch(() => {});
  return {
    scan: (text) => (typeof text === 'string'
      ? call('scan', { text })
      : Promise.reject(new TypeError('scan: text must be a string'))),
    scanDocx: (bytes) => {
      // A copy of just the file's bytes (a view may be a slice of a larger buffer), moved
      // to the worker.
      let copy;
      if (bytes instanceof ArrayBuffer) copy = bytes.slice(0);
      else if (ArrayBuffer.isView(bytes)) copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      else return Promise.reject(new TypeError('scanDocx: the file must be a Uint8Array or an ArrayBuffer of its bytes'));
      return call('docx', { bytes: copy }, [copy]);
    },
    setConfig: (config) => call('config', { config }).then(() => {}),
    terminate: () => {
      fail(new Error('redaction-check: the scan worker was terminated'));
      worker.terminate();
    },
  };
}
