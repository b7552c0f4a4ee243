/**
 * redaction-check: finds personal data (FOIA s40(2)) and cyber-sensitive detail
 * (s31(1)(a)) in draft Freedom of Information responses, in the browser or Node,
 * with nothing sent anywhere.
 *
 * ```js
 * import { init, Scanner, redact } from 'redaction-check';
 * await init();
 * const { findings } = new Scanner({ publicPeople: ['Jane Smith'] }).scan(draft);
 * const safe = redact(draft, findings);
 * ```
 *
 * The custom element `<redaction-check>` is in `redaction-check/element`; the config's
 * JSON Schema is `redaction-check/config.schema.json`.
 */
import { Scanner as WasmScanner } from './redaction_check.js';
import type { Config, Context, DenyTerm, DocxReport, Finding, InitInput, Kind, Report, Severity } from './redaction_check.js';

export type { Config, Context, DenyTerm, DocxReport, Finding, Kind, Report, Severity };

/** Where the WebAssembly module comes from: a URL, a Request, a Response, its bytes or a compiled module. */
export type WasmSource = InitInput;

/**
 * Loads the WebAssembly module. Call it once before `new Scanner()`; later calls
 * return the same promise and ignore their argument, and a failed load can be retried.
 *
 * With no argument it fetches the .wasm beside the package (in Node it reads it from
 * disk). Otherwise pass what wasm-bindgen's init accepts: a URL, a Request, a
 * Response, the bytes or a `WebAssembly.Module` (or a promise of one), bare or as
 * `{ module_or_path }`.
 */
export function init(
  input?: WasmSource | Promise<WasmSource> | { module_or_path: WasmSource | Promise<WasmSource> },
): Promise<void>;
export default init;

/**
 * A scanner built once from a config (what is public for your organisation); scan
 * many drafts with it. Build it after `await init()`.
 *
 * ```js
 * const scanner = new Scanner({ roleMailboxes: ['foi'], minSeverity: 'review' });
 * const { findings } = scanner.scan(draft);
 * ```
 */
export declare class Scanner extends WasmScanner {
  /**
   * @param config What is public (or always sensitive) for your organisation, as an
   * object or its JSON text; none for the defaults.
   * @throws {Error} when the config is not valid, naming the field, e.g.
   * `invalid config: minSeverity: unknown variant "urgent", expected one of …`;
   * or when `init()` has not finished.
   */
  constructor(config?: Config | string | null);
}

/** The package version, e.g. "0.1.0". Needs `init()`. */
export function version(): string;

/**
 * The built-in rule pack: the package version plus its rule, term and pattern
 * counts, e.g. "0.1.0+64r.900t.40p". Worth filing with a schedule of redactions.
 * Needs `init()`.
 */
export function rulePackVersion(): string;

/** How `redact` chooses findings and labels them. */
export interface RedactOptions {
  /** The lowest severity to redact; default "review" (so "info" findings stay). */
  minSeverity?: Severity;
  /**
   * The replacement text for one redaction; default `[Redacted – ${exemption}]`.
   * `finding` is the first of the findings merged into this redaction (`merged`
   * holds them all, when findings overlap).
   */
  label?: (finding: Finding, merged: readonly Finding[]) => string;
  /** Redact only the findings this returns true for (after `minSeverity`). */
  only?: (finding: Finding) => boolean;
}

/**
 * The text with findings replaced by labels: `[Redacted – s40(2)]` by default.
 * Overlapping findings become one redaction (its label names each exemption once).
 * Offsets are UTF-16 code units, as `Scanner.scan` gives them.
 * @throws {RangeError} when a finding does not match the text (findings of an older draft).
 */
export function redact(text: string, findings: readonly Finding[], options?: RedactOptions): string;

/** Options for `createScanWorker`. */
export interface ScanWorkerOptions {
  /**
   * The scanner's config, as an object or its JSON text. A bad one makes every
   * `scan` reject with the error naming the field, until `setConfig` succeeds.
   */
  config?: Config | string;
  /** Where scan-worker.js is served from, if not beside this module (it loads the .wasm beside itself). */
  workerUrl?: string | URL;
}

/** A Scanner in a Web Worker, so scanning never blocks the page. Requests run in order. */
export interface ScanWorker {
  /** Scans a draft, as `Scanner.scan`. */
  scan(text: string): Promise<Report>;
  /** Reads and scans a .docx, as `Scanner.scanDocx`; your buffer is copied, not moved. */
  scanDocx(bytes: ArrayBuffer | ArrayBufferView): Promise<DocxReport>;
  /** Replaces the config; a bad one rejects (naming the field) and the old one stays. */
  setConfig(config?: Config | string): Promise<void>;
  /** Stops the worker; pending and later calls reject. */
  terminate(): void;
}

/**
 * Starts a module Web Worker (`scan-worker.js`, beside this module) holding one
 * Scanner. Browsers only: in Node, use `Scanner` directly. Errors in the worker
 * reject the promise with an `Error` carrying the message.
 *
 * ```js
 * const worker = createScanWorker({ config: { minSeverity: 'review' } });
 * const { findings } = await worker.scan(draft);
 * ```
 */
export function createScanWorker(options?: ScanWorkerOptions): ScanWorker;
