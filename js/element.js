// <redaction-check>: checks the <textarea> it wraps (or the one named by `for`) as
// the user types, in a worker; lists each finding with its text highlighted in a
// <mark> (built from text nodes only), and emits a `findings` event.
//
//   <redaction-check min-severity="review" config='{"roleMailboxes":["foi"]}'>
//     <textarea></textarea>
//   </redaction-check>
//
// Importing this module registers the element. Types and docs: element.d.ts.
import { createScanWorker } from './index.js';

const SEVERITY = { info: 0, review: 1, high: 2 };
const DELAY_MS = 200;
// Importable where there is no DOM (server-side rendering): nothing is registered there.
const Base = globalThis.HTMLElement ?? class {};

export class RedactionCheckElement extends Base {
  static observedAttributes = ['config', 'min-severity', 'for'];

  /** The findings of the last scan, at or above `min-severity`. */
  findings = [];

  #worker = null;
  #target = null;
  #waiting = null; // a MutationObserver until the textarea turns up
  #timer = 0;
  #seq = 0;
  #scanned = null; // { text, findings } of the last scan, before the min-severity filter
  #configError = null; // a refused config attribute: nothing is checked until it is fixed
  #status = null;
  #list = null;
  #onInput = () => this.#schedule(DELAY_MS);

  /** The config attribute, parsed (null when absent); setting it writes the attribute. */
  get config() {
    const raw = this.getAttribute('config');
    try { return raw ? JSON.parse(raw) : null; } catch { return null; }
  }

  set config(value) {
    if (value == null) this.removeAttribute('config');
    else this.setAttribute('config', typeof value === 'string' ? value : JSON.stringify(value));
  }

  connectedCallback() {
    if (!this.#list) {
      this.#status = document.createElement('p');
      this.#status.className = 'redaction-check-status';
      this.#status.setAttribute('aria-live', 'polite');
      this.#list = document.createElement('ol');
      this.#list.className = 'redaction-check-findings';
    }
    this.append(this.#status, this.#list);
    try {
      // The attribute goes to the core as it is, so a bad one is refused naming the field.
      this.#worker = createScanWorker({ config: this.getAttribute('config') ?? undefined });
    } catch (e) {
      this.#fail(e); // no Web Workers here
      return;
    }
    this.#bind();
  }

  disconnectedCallback() {
    this.#unbind();
    this.#worker?.terminate();
    this.#worker = null;
    this.#configError = null; // the next connect starts a worker with the attribute as it is then
    this.#seq++;
    clearTimeout(this.#timer);
  }

  attributeChangedCallback(name, before, after) {
    if (!this.#worker || before === after) return;
    if (name === 'config') {
      const worker = this.#worker;
      worker.setConfig(after ?? undefined).then(() => {
        if (worker !== this.#worker) return;
        this.#configError = null;
        this.#schedule(0);
      }, (e) => {
        if (worker !== this.#worker) return;
        this.#configError = e;
        this.#seq++; // drop a scan made with the old config
        this.#fail(e);
      });
    } else if (name === 'for') {
      this.#bind();
    } else if (this.#scanned) {
      this.#show(this.#scanned);
    }
  }

  /** Scans the textarea now (it is scanned on input anyway). */
  check() {
    this.#schedule(0);
  }

  #bind() {
    this.#unbind();
    const id = this.getAttribute('for');
    const root = this.getRootNode();
    const target = id ? (root.getElementById?.(id) ?? document.getElementById(id)) : this.querySelector('textarea');
    if (!target) {
      // Not there yet (added later by script): look again when the tree changes.
      this.#waiting = new MutationObserver(() => this.#bind());
      this.#waiting.observe(id ? root : this, { childList: true, subtree: true });
      this.#status.textContent = id ? `Waiting for the textarea #${id}.` : 'Waiting for a textarea.';
      return;
    }
    this.#target = target;
    target.addEventListener('input', this.#onInput);
    this.#schedule(0);
  }

  #unbind() {
    this.#waiting?.disconnect();
    this.#waiting = null;
    this.#target?.removeEventListener('input', this.#onInput);
    this.#target = null;
  }

  #schedule(delay) {
    clearTimeout(this.#timer);
    if (!this.#target) return;
    this.#timer = setTimeout(() => this.#scan(), delay);
  }

  async #scan() {
    if (this.#configError) { this.#fail(this.#configError); return; }
    const seq = ++this.#seq;
    const text = this.#target?.value ?? '';
    this.#status.textContent = 'Checking…';
    try {
      const { findings } = await this.#worker.scan(text);
      if (seq === this.#seq) this.#show({ text, findings });
    } catch (e) {
      if (seq === this.#seq) this.#fail(e);
    }
  }

  #show(scanned) {
    this.#scanned = scanned;
    const { text } = scanned;
    const min = SEVERITY[this.getAttribute('min-severity')] ?? SEVERITY.review;
    this.findings = scanned.findings.filter((f) => SEVERITY[f.severity] >= min);
    const n = this.findings.length;
    this.#status.textContent = n === 0 ? 'No findings.' : `${n} finding${n === 1 ? '' : 's'} to review.`;
    const items = document.createDocumentFragment();
    for (const f of this.findings) items.append(this.#item(text, f));
    this.#list.replaceChildren(items);
    this.dispatchEvent(new CustomEvent('findings', { detail: { findings: this.findings, text }, bubbles: true }));
  }

  // One finding: a button (it selects the span in the textarea) holding the text around
  // it with the finding in a <mark>, then the reason and exemption.
  #item(text, f) {
    const li = document.createElement('li');
    Object.assign(li.dataset, { severity: f.severity, family: f.family, kind: f.kind });
    const squash = (s) => s.replace(/\s+/g, ' ');
    // Thirty code units either side, not splitting an emoji's surrogate pair.
    let from = Math.max(0, f.start - 30);
    let to = Math.min(text.length, f.end + 30);
    if (/[\uDC00-\uDFFF]/.test(text[from] ?? '')) from++;
    if (/[\uD800-\uDBFF]/.test(text[to - 1] ?? '')) to--;
    const go = document.createElement('button');
    go.type = 'button';
    const mark = document.createElement('mark');
    mark.className = `${f.family} ${f.severity}`;
    mark.textContent = f.text;
    go.append(squash(`${from > 0 ? '…' : ''}${text.slice(from, f.start)}`), mark,
      squash(`${text.slice(f.end, to)}${to < text.length ? '…' : ''}`));
    go.addEventListener('click', () => {
      const t = this.#target;
      if (t && t.value.slice(f.start, f.end) === f.text) {
        t.focus();
        t.setSelectionRange(f.start, f.end);
      }
    });
    const why = document.createElement('small');
    why.textContent = ` ${f.severity}: ${f.reason} [${f.exemption}]`;
    li.append(go, why);
    return li;
  }

  // A check that did not run must not look like a clean draft: say so on the page too.
  #fail(error) {
    this.findings = [];
    this.#scanned = null;
    this.#list.replaceChildren();
    this.#status.textContent = `Not checked: ${error.message}`;
    this.dispatchEvent(new ErrorEvent('error', { message: error.message, error }));
  }
}

/** Registers the element under `name` (default "redaction-check"), once; a no-op without a DOM. */
export function defineRedactionCheckElement(name = 'redaction-check') {
  if (typeof customElements === 'undefined' || customElements.get(name)) return;
  // A constructor can be registered once: other names get a subclass.
  customElements.define(name, name === 'redaction-check' ? RedactionCheckElement : class extends RedactionCheckElement {});
}

defineRedactionCheckElement();
