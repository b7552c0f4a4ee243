/**
 * redaction-check: find personal data (FOIA s40) and cyber-sensitive detail (s31)
 * in draft Freedom of Information responses, in the browser or Node, with nothing
 * sent anywhere.
 */
import { Scanner } from './redaction_check.js';
import type { Config, DenyTerm, DocxReport, Finding, Kind, Report, Severity, Context } from './redaction_check.js';

export { Scanner };
export type { Config, DenyTerm, DocxReport, Finding, Kind, Report, Severity, Context };

/** What `init` accepts besides nothing: a URL, a Response, bytes or a compiled module. */
export type WasmSource = string | URL | Request | Response | BufferSource | WebAssembly.Module;

/**
 * Loads the WebAssembly module once; later calls return the same promise. With no
 * argument it fetches the .wasm beside the package (in Node it reads it from disk).
 */
export function init(input?: WasmSource | Promise<WasmSource>): Promise<void>;
export default init;

/** The package version, e.g. "0.1.0". */
export function version(): string;

/** The rule pack's version: the package version plus its rule, term and pattern counts. */
export function rulePackVersion(): string;

export interface RedactOptions {
  /** Lowest severity to redact (default "review"). */
  minSeverity?: Severity;
  /** The replacement text (default `[Redacted – ${exemption}]`). */
  label?: (finding: Finding) => string;
  /** Redact only findings this returns true for. */
  only?: (finding: Finding) => boolean;
}

/** The text with findings replaced by labels; overlaps merged; UTF-16 offsets. */
export function redact(text: string, findings: readonly Finding[], options?: RedactOptions): string;

export interface ScanWorkerOptions {
  /** The scanner's config; validated in the worker (a bad one rejects `scan`). */
  config?: Config;
  /** Where scan-worker.js is served from, if not beside this module. */
  workerUrl?: string | URL;
}

/** Scans off the main thread. */
export interface ScanWorker {
  scan(text: string): Promise<Report>;
  scanDocx(bytes: ArrayBuffer | Uint8Array): Promise<DocxReport>;
  setConfig(config?: Config): Promise<true>;
  terminate(): void;
}

/** Starts a module Web Worker holding one Scanner (browsers only). */
export function createScanWorker(options?: ScanWorkerOptions): ScanWorker;
