import type { Finding } from './index.js';

/** `<redaction-check>`: checks the textarea it wraps and emits `findings` events. */
export declare class RedactionCheckElement extends HTMLElement {
  /** The findings of the last scan, at or above the `min-severity` attribute. */
  findings: Finding[];
}

/** Registers the element under `name` (default "redaction-check"); importing this module does it once. */
export function defineRedactionCheckElement(name?: string): void;

export interface FindingsEventDetail {
  findings: Finding[];
}

declare global {
  interface HTMLElementTagNameMap {
    'redaction-check': RedactionCheckElement;
  }
  interface HTMLElementEventMap {
    findings: CustomEvent<FindingsEventDetail>;
  }
}
