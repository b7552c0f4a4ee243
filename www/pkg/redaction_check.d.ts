/* tslint:disable */
/* eslint-disable */

/** A kind of detail (see the product's LABELS). */
export type Kind =
| "person_name" | "email" | "phone" | "postal_address" | "nhs_number" | "ni_number"
| "date_of_birth" | "other_identifier" | "security_product" | "remote_access"
| "auth_protocol" | "device_make_model" | "software_version" | "network_detail"
| "it_supplier" | "credential" | "hidden_content";
/** `high`: withhold unless there is a reason; `review`: decide; `info`: shown, no action. */
export type Severity = "high" | "review" | "info";
/** Where in the response a finding stands. */
export type Context = "letterhead" | "request" | "answer" | "signature" | "hidden";

/** One risky span. `start`/`end` are UTF-16 code units (JS string indices), end exclusive. */
export interface Finding {
    start: number;
    end: number;
    text: string;
    kind: Kind;
    family: "personal" | "cyber";
    severity: Severity;
    /** e.g. "s40(2)", "s31(1)(a)" */
    exemption: string;
    /** Stable rule id, e.g. "phone.uk.mobile" */
    rule: string;
    /** One plain-English sentence an officer understands. */
    reason: string;
    context: Context;
}

/** The findings of one scan, sorted by (start, end, rule). */
export interface Report {
    findings: Finding[];
}

/** A scanned .docx: the text read from it (offsets of findings index into it). */
export interface DocxReport extends Report {
    text: string;
}

/** A term the organisation always wants flagged. */
export interface DenyTerm {
    term: string;
    kind: Kind;
    severity?: Severity;
    reason?: string;
}

/** What is public (or always sensitive) for an organisation. Unknown fields are refused. */
export interface Config {
    publicPeople?: string[];
    publicNumbers?: string[];
    roleMailboxes?: string[];
    allow?: string[];
    deny?: DenyTerm[];
    disabledKinds?: Kind[];
    minSeverity?: Severity;
}



/**
 * A scanner built once from a config; `scan` it many times.
 */
export class Scanner {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * Builds a scanner. Throws an `Error` naming the field when the config is not valid.
     */
    constructor(config: Config | undefined);
    /**
     * Reads a .docx (its bytes) and scans its text, hidden content included.
     * Throws an `Error` for a damaged or password-protected file.
     */
    scanDocx(bytes: Uint8Array): DocxReport;
    /**
     * Scans a draft; offsets in UTF-16 code units.
     */
    scan(text: string): Report;
}

/**
 * The rule pack's size, as `{ rules, terms, patterns }`.
 */
export function rulePackInfo(): { rules: number; terms: number; patterns: number };

/**
 * The package version.
 */
export function version(): string;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly __wbg_scanner_free: (a: number, b: number) => void;
    readonly rulePackInfo: () => [number, number, number];
    readonly scanner_new: (a: any) => [number, number, number];
    readonly scanner_scan: (a: number, b: number, c: number) => [number, number, number];
    readonly scanner_scanDocx: (a: number, b: number, c: number) => [number, number, number];
    readonly version: () => [number, number];
    readonly __wbindgen_export: (a: number, b: number) => number;
    readonly __wbindgen_export2: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_export3: (a: number) => void;
    readonly __wbindgen_export4: () => number;
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __wbindgen_export5: (a: number) => void;
    readonly __wbindgen_export6: (a: number, b: number, c: number) => void;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
