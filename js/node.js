// The package's Node entry (the "node" export condition): as index.js, except that
// init() with no argument reads the .wasm beside this file from disk, since Node's
// fetch cannot read file: URLs.
import { readFile } from 'node:fs/promises';
import { init as initFrom } from './index.js';

export * from './index.js';

let bytes = null;

/** See index.d.ts. */
export function init(input) {
  if (input !== undefined) return initFrom(input);
  if (!bytes) {
    bytes = readFile(new URL('./redaction_check_bg.wasm', import.meta.url));
    bytes.catch(() => { bytes = null; }); // reported through init's promise
  }
  return initFrom(bytes);
}
export default init;
