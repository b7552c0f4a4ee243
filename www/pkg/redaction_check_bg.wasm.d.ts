/* tslint:disable */
/* eslint-disable */
export const memory: WebAssembly.Memory;
export const __wbg_scanner_free: (a: number, b: number) => void;
export const rulePackInfo: () => [number, number, number];
export const scanner_new: (a: any) => [number, number, number];
export const scanner_scan: (a: number, b: number, c: number) => [number, number, number];
export const scanner_scanDocx: (a: number, b: number, c: number) => [number, number, number];
export const version: () => [number, number];
export const __wbindgen_export: (a: number, b: number) => number;
export const __wbindgen_export2: (a: number, b: number, c: number, d: number) => number;
export const __wbindgen_export3: (a: number) => void;
export const __wbindgen_export4: () => number;
export const __wbindgen_externrefs: WebAssembly.Table;
export const __wbindgen_export5: (a: number) => void;
export const __wbindgen_export6: (a: number, b: number, c: number) => void;
export const __wbindgen_start: () => void;
