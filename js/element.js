// <redaction-check>: checks the <textarea> it wraps (or the one named by `for`),
// lists the findings with their text highlighted, and emits a `findings` event.
//   <redaction-check min-severity="review" config='{"allow":["foi@example.gov.uk"]}'>
//     <textarea></textarea>
//   </redaction-check>
import { createScanWorker } from './index.js';

const ORDER = { info: 0, review: 1, high: 2 };

export class RedactionCheckElement extends HTMLElement {
  static get observedAttributes() { return ['config', 'min-severity']; }

  #worker = null;
  #timer = 0;
  #seq = 0;
  #list = null;
  #target = null;
  #onInput = () => this.#schedule();

  connectedCallback() {
    this.#target = this.getAttribute('for') ? document.getElementById(this.getAttribute('for')) : this.querySelector('textarea, [contenteditable]');
    if (!this.#target) throw new Error('<redaction-check> needs a <textarea> inside it or a for="id" attribute');
    this.#list = document.createElement('ol');
    this.#list.className = 'redaction-check-findings';
    this.#list.setAttribute('aria-live', 'polite');
    this.append(this.#list);
    this.#worker = createScanWorker({ config: this.#config() });
    this.#target.addEventListener('input', this.#onInput);
    this.#schedule(0);
  }

  disconnectedCallback() {
    this.#target?.removeEventListener('input', this.#onInput);
    this.#worker?.terminate();
    this.#worker = null;
    this.#list?.remove();
  }

  attributeChangedCallback(name) {
    if (!this.#worker) return;
    if (name === 'config') this.#worker.setConfig(this.#config()).then(() => this.#schedule(0), (e) => this.#error(e));
    else this.#schedule(0);
  }

  /** The findings of the last scan (at or above min-severity). */
  findings = [];

  #config() {
    const raw = this.getAttribute('config');
    if (!raw) return undefined;
    try { return JSON.parse(raw); } catch (e) { this.#error(new Error(`config attribute is not JSON: ${e.message}`)); return undefined; }
  }

  #schedule(delay = 150) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#scan(), delay);
  }

  async #scan() {
    const seq = ++this.#seq;
    const text = this.#target.value ?? this.#target.textContent ?? '';
    try {
      const { findings } = await this.#worker.scan(text);
      if (seq !== this.#seq) return;
      const min = ORDER[this.getAttribute('min-severity') ?? 'review'] ?? 1;
      this.findings = findings.filter((f) => ORDER[f.severity] >= min);
      this.#render(text);
      this.dispatchEvent(new CustomEvent('findings', { detail: { findings: this.findings }, bubbles: true }));
    } catch (e) {
      this.#error(e);
    }
  }

  #render(text) {
    const items = document.createDocumentFragment();
    for (const f of this.findings) {
      const li = document.createElement('li');
      li.dataset.severity = f.severity;
      const before = text.slice(Math.max(0, f.start - 30), f.start);
      const after = text.slice(f.end, f.end + 30);
      const mark = document.createElement('mark');
      mark.className = `${f.family} ${f.severity}`;
      mark.textContent = f.text;
      mark.title = `${f.severity} · ${f.kind} · ${f.exemption}: ${f.reason}`;
      const reason = document.createElement('small');
      reason.textContent = ` — ${f.reason} [${f.exemption}]`;
      li.append(document.createTextNode(`…${before}`), mark, document.createTextNode(`${after}…`), reason);
      items.append(li);
    }
    this.#list.replaceChildren(items);
  }

  #error(e) {
    this.dispatchEvent(new CustomEvent('error', { detail: { message: e.message } }));
  }
}

/** Registers the element (once) under `name`, default `redaction-check`. */
export function defineRedactionCheckElement(name = 'redaction-check') {
  if (!customElements.get(name)) customElements.define(name, RedactionCheckElement);
}

defineRedactionCheckElement();
