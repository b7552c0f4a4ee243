/**
 * `<redaction-check>`: checks the `<textarea>` it wraps (or the one whose id is in its
 * `for` attribute) as the user types, in a Web Worker; lists each finding below with
 * its text in a `<mark>`, and emits a `findings` event. Importing
 * `redaction-check/element` registers it.
 *
 * ```html
 * <redaction-check min-severity="review" config='{"roleMailboxes":["foi"]}'>
 *   <textarea></textarea>
 * </redaction-check>
 * ```
 *
 * Attributes: `config` (the Config as JSON; a bad one shows "Not checked: …" naming
 * the field and fires `error`), `min-severity` (`high`, `review` (default) or `info`),
 * `for` (the id of a textarea elsewhere). Styling hooks: `.redaction-check-status`,
 * `ol.redaction-check-findings > li[data-severity][data-family][data-kind]`, and
 * `mark.personal`/`mark.cyber` with `.high`/`.review`/`.info`.
 */
import type { Config, Finding } from './index.js';

/** The `detail` of a `findings` event. */
export interface FindingsEventDetail {
  /** The findings at or above `min-severity`, offsets into `text`. */
  findings: Finding[];
  /** The text that was scanned (the textarea may have changed since). */
  text: string;
}

export declare class RedactionCheckElement extends HTMLElement {
  /** The findings of the last scan, at or above `min-severity`. */
  findings: Finding[];
  /** The `config` attribute, parsed (null when absent or not JSON); setting it writes the attribute. */
  get config(): Config | null;
  set config(value: Config | string | null);
  /** Scans the textarea now (it is scanned on every input anyway, after a short pause). */
  check(): void;
}

/**
 * Registers the element under `name` (default "redaction-check"), once. Importing
 * `redaction-check/element` already does it for the default name; without a DOM
 * (server-side rendering) it does nothing.
 */
export function defineRedactionCheckElement(name?: string): void;

declare global {
  interface HTMLElementTagNameMap {
    'redaction-check': RedactionCheckElement;
  }
  interface HTMLElementEventMap {
    /** From `<redaction-check>`, after each scan; bubbles. */
    findings: CustomEvent<FindingsEventDetail>;
  }
}
