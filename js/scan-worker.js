// The module worker behind createScanWorker(): one Scanner, replaced on setConfig.
// Messages are handled in the order they arrive: each waits for the same load.
import { init, Scanner } from './index.js';

const ready = init();
let scanner = null;
let configError = null;

function configure({ config, first }) {
  try {
    const next = new Scanner(config);
    scanner?.free();
    scanner = next;
    configError = null;
  } catch (e) {
    // A bad first config fails every scan until a good one arrives; a bad later one
    // leaves the config in force as it was.
    if (first) configError = e;
    throw e;
  }
}

function current() {
  if (configError) throw configError;
  scanner ??= new Scanner();
  return scanner;
}

self.onmessage = async ({ data }) => {
  const { id, type } = data;
  try {
    await ready;
    let result = true;
    if (type === 'config') configure(data);
    else if (type === 'scan') result = current().scan(data.text);
    else if (type === 'docx') result = current().scanDocx(new Uint8Array(data.bytes));
    else throw new Error(`unknown request ${JSON.stringify(type)}`);
    self.postMessage({ id, result });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
