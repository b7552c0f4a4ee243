// The FOI officer's page: open a draft, review every finding, decide, export.
// Draft text only ever enters the DOM as text nodes (never innerHTML), and nothing
// but the allow list is stored.
// Only redact(), which needs no wasm: the worker loads the wasm glue, not this page.
import { redact } from './pkg/redact.js';

// Milestones on the performance timeline (read by benches/page.mjs): this script, the
// worker's script and module, the first scan of a draft, its first highlights.
const MARK = 'redaction-check:';
performance.mark(`${MARK}script`);
const markOnce = (name, absolute) => {
  if (!performance.getEntriesByName(MARK + name).length) {
    performance.mark(MARK + name, absolute === undefined ? undefined : { startTime: absolute - performance.timeOrigin });
  }
};

const ALLOW_KEY = 'redaction-check.allow';
const DEBOUNCE_MS = 150;
const CHUNK = 2000; // characters of the highlighted draft laid out as one block
const DOCX_UNSUPPORTED = "'.docx' files are not supported yet — save as .txt";

const KINDS = [
  ['person_name', 'Names'], ['email', 'Email addresses'], ['phone', 'Phone numbers'],
  ['postal_address', 'Postal addresses'], ['nhs_number', 'NHS numbers'], ['ni_number', 'National Insurance numbers'],
  ['date_of_birth', 'Dates of birth'], ['other_identifier', 'Other identifiers'],
  ['security_product', 'Security products'], ['remote_access', 'Remote access tools'],
  ['auth_protocol', 'Authentication protocols'], ['device_make_model', 'Device makes and models'],
  ['software_version', 'Software and versions'], ['network_detail', 'Network details'],
  ['it_supplier', 'IT suppliers and systems'], ['credential', 'Credentials'], ['hidden_content', 'Hidden content'],
];
const KIND_LABEL = new Map(KINDS);
const KIND_ORDER = new Map(KINDS.map(([k], i) => [k, i]));
const kindLabel = (k) => KIND_LABEL.get(k) ?? k.replace(/_/g, ' ');
const FAMILY = { personal: '● Personal', cyber: '■ Cyber' };
const SEVERITY = { high: 'High', review: 'Review', info: 'Info' };

const $ = (id) => document.getElementById(id);
const draft = $('draft');
const view = $('highlighted');
const groups = $('groups');
const statusLine = $('status');

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function notify(message) {
  $('notice').textContent = message;
}

// ---- the worker --------------------------------------------------------------------
// boot.js started it (and it is fetching and compiling the .wasm); without boot.js, start it here.
const boot = self.redactionCheckBoot;
const worker = boot?.worker ?? new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
let nextId = 1;
const pending = new Map();
worker.onmessage = ({ data }) => {
  const p = pending.get(data.id);
  if (!p) return;
  pending.delete(data.id);
  if (data.error !== undefined) p.reject(Object.assign(new Error(data.error), { code: data.code }));
  else p.resolve(data);
};
worker.onerror = (event) => {
  event.preventDefault();
  const e = new Error(`the checker could not start (${event.message || 'its worker or WebAssembly module did not load'})`);
  for (const p of pending.values()) p.reject(e);
  pending.clear();
  fail(e);
};
// The worker's script may have failed to load before this script listened.
if (boot?.worker && boot.error) queueMicrotask(() => worker.onerror(new ErrorEvent('error', { message: boot.error.message ?? '' })));
function call(msg, transfer = []) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ ...msg, id }, transfer);
  });
}

// ---- state -------------------------------------------------------------------------
let text = '';               // the text of the last scan: every offset below indexes into it
let findings = [];           // of the last scan, in document order, each with key, index, line
let order = [];              // the findings shown in the list, in list order (j/k follow it)
let currentKey = null;       // the selected finding's key
let currentPos = -1;         // its position in order, to land nearby when it goes away
const decisions = new Map(); // key -> { decision: 'redact' | 'keep', note }
let marks = new Map();       // key -> <mark>
let options = new Map();     // key -> list option
let fileName = '';
let checkerVersion = '';

function loadAllow() {
  try {
    const list = JSON.parse(localStorage.getItem(ALLOW_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((t) => typeof t === 'string' && t.trim()) : [];
  } catch {
    return [];
  }
}
let allow = loadAllow();

const defaultDecision = (f) => (f.severity === 'info' ? 'keep' : 'redact');
const decisionOf = (f) => decisions.get(f.key)?.decision ?? defaultDecision(f);
const noteOf = (f) => decisions.get(f.key)?.note ?? '';
const byKey = (key) => findings.find((f) => f.key === key);
const current = () => (currentKey === null ? undefined : byKey(currentKey));

/** A key that survives edits elsewhere in the draft: rule, text and which occurrence. */
function withKeys(found) {
  const seen = new Map();
  return found.map((f, index) => {
    const base = `${f.rule}\u0000${f.text}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { ...f, index, key: `${base}\u0000${n}` };
  });
}

function lineStarts(t) {
  const starts = [0];
  for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
function lineOf(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return lo + 1;
}

// ---- scanning: debounced, one scan in flight, the newest text always wins -----------
let timer = 0;
let inFlight = false;
let again = false;
let configEpoch = 0;         // bumped as each config is sent: a scan sent after it uses it
let waiters = [];            // {resolve, reject} of each upToDate() waiting for the scan
let failure = null;          // {text, error}: the scan of that draft failed, nothing is on show

function scheduleScan(delay = DEBOUNCE_MS) {
  clearTimeout(timer);
  view.setAttribute('aria-busy', 'true');
  if (delay === 0) {
    // A paste goes to the worker now, while the browser lays out the new text.
    timer = 0;
    runScan();
  } else {
    timer = setTimeout(() => { timer = 0; runScan(); }, delay);
  }
}

async function runScan() {
  if (inFlight) { again = true; return; }
  inFlight = true;
  again = false;
  const snapshot = draft.value;
  const epoch = configEpoch;
  if (snapshot) markOnce('scan-sent');
  try {
    const { findings: found, ms, at } = await call({ type: 'scan', text: snapshot });
    if (snapshot) {
      markOnce('scan-start', at);
      markOnce('scan-end', at + ms);
      markOnce('scan-received');
    }
    show(snapshot, found, ms);
  } catch (e) {
    // Nothing of an older draft stays on show (its highlights would be taken for this
    // one's), and exports refuse until a scan succeeds. Decisions are kept.
    failure = { text: snapshot, error: e };
    text = '';
    findings = [];
    render();
    $('timing').textContent = '';
    fail(e);
  } finally {
    inFlight = false;
    // Scan again only if the draft or the config changed since this scan was sent (at
    // start, a draft pasted before the checker was ready is not scanned twice).
    const stale = snapshot !== draft.value || epoch !== configEpoch;
    if ((again && stale) || (snapshot !== draft.value && !timer)) runScan();
    else settle();
  }
}

function settle() {
  if (timer || inFlight) return;
  const failed = failure !== null && failure.text === draft.value;
  if (text !== draft.value && !failed) return;
  view.removeAttribute('aria-busy');
  const w = waiters;
  waiters = [];
  w.forEach((p) => (failed ? p.reject(failure.error) : p.resolve()));
}

/** Resolves once the findings on show are those of the draft as it is now; rejects
 * with the error when its scan failed. */
function upToDate() {
  return new Promise((resolve, reject) => {
    waiters.push({ resolve, reject });
    if (timer) { clearTimeout(timer); timer = 0; }
    if (text !== draft.value && !inFlight) runScan();
    else settle();
  });
}

draft.addEventListener('input', (e) => {
  // A paste or drop is checked at once; typing waits for a pause.
  scheduleScan(/^insertFrom(Paste|Drop)/.test(e.inputType ?? '') ? 0 : DEBOUNCE_MS);
});

function show(t, found, ms) {
  failure = null; // a scan (of a paste, an edit or an opened .docx) succeeded
  const textChanged = t !== text;
  text = t;
  findings = withKeys(found);
  const starts = lineStarts(text);
  for (const f of findings) f.line = lineOf(starts, f.start);
  if (textChanged) {
    // Forget decisions on findings that are gone, so a re-typed name starts afresh.
    const live = new Set(findings.map((f) => f.key));
    for (const k of decisions.keys()) if (!live.has(k)) decisions.delete(k);
  }
  render();
  $('timing').textContent = `Scanned ${text.length.toLocaleString('en-GB')} characters in ${ms.toFixed(1)} ms.`;
}

function updateStatus() {
  const c = { high: 0, review: 0, info: 0 };
  let redactions = 0;
  for (const f of findings) {
    c[f.severity]++;
    if (decisionOf(f) === 'redact') redactions++;
  }
  const n = findings.length;
  let s = `${n} ${n === 1 ? 'finding' : 'findings'}: ${c.high} high, ${c.review} review, ${c.info} info; ${redactions} to redact.`;
  if (order.length !== n) s += ` ${order.length} shown.`;
  if (failure) s = `Not checked: ${failure.error.message}`;
  if (statusLine.textContent !== s) statusLine.textContent = s; // announce changes only
}

function fail(e) {
  notify(`Error: ${e.message}`);
}

// ---- filters, the highlighted draft and the list -------------------------------------
function checked(name) {
  return new Set([...document.querySelectorAll(`input[name=${name}]:checked`)].map((i) => i.value));
}
document.querySelectorAll('.filters input').forEach((i) => i.addEventListener('change', render));

function describe(f) {
  return `${FAMILY[f.family]} · ${SEVERITY[f.severity]} · ${kindLabel(f.kind)}\n${f.reason}\nExemption ${f.exemption} · rule ${f.rule} · in the ${f.context}\nDecision: ${decisionOf(f)}`;
}

function markClass(f) {
  return `${f.family} ${f.severity} d-${decisionOf(f)}${f.key === currentKey ? ' current' : ''}`;
}

function render() {
  const families = checked('family');
  const severities = checked('severity');
  const shown = findings.filter((f) => families.has(f.family) && severities.has(f.severity));

  // The highlighted draft: text nodes and <mark>s, appended once. A finding that
  // overlaps one already marked is painted with the CSS Custom Highlight API instead.
  // The text goes in chunks of about CHUNK characters, cut after a line break outside
  // any mark; the browser lays out only the chunks in view (content-visibility), so a
  // long draft's highlights show as soon as its first screen is laid out.
  const frag = document.createDocumentFragment();
  const nodes = []; // [offset, Text] in order, to build Ranges
  const overlapping = [];
  const addText = (from, to) => {
    if (to <= from) return null;
    const node = document.createTextNode(text.slice(from, to));
    nodes.push([from, node]);
    return node;
  };
  let chunk = el('div', 'chunk');
  let chunkStart = 0;
  // Plain text from `from` to `to`, closing the chunk at a line break once it is long.
  const addPlain = (from, to) => {
    while (from < to) {
      const nl = text.indexOf('\n', Math.max(from, chunkStart + CHUNK - 1));
      const cut = nl === -1 || nl >= to ? to : nl + 1;
      chunk.append(addText(from, cut));
      from = cut;
      if (cut !== to || text[cut - 1] === '\n' && cut - chunkStart >= CHUNK) {
        frag.append(chunk);
        chunk = el('div', 'chunk');
        chunkStart = cut;
      }
    }
  };
  marks = new Map();
  let at = 0;
  for (const f of shown) {
    if (f.start < at) { overlapping.push(f); continue; }
    addPlain(at, f.start);
    const m = el('mark', markClass(f));
    m.append(addText(f.start, f.end));
    m.title = describe(f);
    m.dataset.key = f.key;
    m.dataset.start = String(f.start);
    m.dataset.end = String(f.end);
    m.tabIndex = -1;
    chunk.append(m);
    marks.set(f.key, m);
    at = f.end;
  }
  addPlain(at, text.length);
  if (chunk.firstChild) frag.append(chunk);
  view.replaceChildren(frag);
  if (marks.size) markOnce('first-highlights');
  paintOverlaps(overlapping, nodes);

  // The list: grouped by kind (with counts) or in document order.
  order = $('grouped').checked
    ? [...shown].sort((a, b) => (KIND_ORDER.get(a.kind) ?? 99) - (KIND_ORDER.get(b.kind) ?? 99)
      || a.kind.localeCompare(b.kind) || a.index - b.index)
    : shown;
  options = new Map();
  const list = document.createDocumentFragment();
  let group = null;
  let groupKind = null;
  for (const f of order) {
    if ($('grouped').checked && groupKind !== f.kind) {
      const count = order.filter((g) => g.kind === f.kind).length;
      groupKind = f.kind;
      group = el('div', 'group');
      group.setAttribute('role', 'group');
      const head = el('div', 'group-head', `${kindLabel(f.kind)} (${count})`);
      head.id = `g-${f.kind}`;
      head.setAttribute('role', 'presentation');
      group.setAttribute('aria-labelledby', head.id);
      group.append(head);
      list.append(group);
    }
    const o = option(f);
    options.set(f.key, o);
    (group ?? list).append(o);
  }
  if (!order.length) {
    list.append(el('p', 'empty', findings.length ? 'No finding matches the filters.' : 'No findings yet.'));
  }
  groups.replaceChildren(list);

  // Keep the selection, or land on the finding that took its place.
  if (currentKey !== null && !options.has(currentKey)) {
    const next = order[Math.min(currentPos, order.length - 1)];
    currentKey = next?.key ?? null;
    if (next) marks.get(next.key)?.classList.add('current');
  }
  syncSelection(false);
  updateStatus();
}

function option(f) {
  const o = el('div', `opt ${f.family} ${f.severity}`);
  o.id = `opt-${f.index}`;
  o.setAttribute('role', 'option');
  o.setAttribute('aria-selected', String(f.key === currentKey));
  o.dataset.key = f.key;
  const top = el('div', 'opt-top');
  top.append(el('span', `badge ${f.family} ${f.severity}`, `${FAMILY[f.family]} · ${SEVERITY[f.severity]}`), ' ',
    el('span', 'opt-text', f.text), ' ', el('span', `decision d-${decisionOf(f)}`, decisionLabel(f)));
  o.append(top, el('div', 'opt-reason', f.reason),
    el('div', 'opt-meta', `${f.exemption} · ${f.rule} · line ${f.line}${f.context === 'answer' ? '' : ` · ${f.context}`}`));
  return o;
}

function decisionLabel(f) {
  const d = decisionOf(f) === 'redact' ? '→ Redact' : '→ Keep';
  return noteOf(f) ? `${d} (note)` : d;
}

function paintOverlaps(overlapping, nodes) {
  if (!('highlights' in CSS) || typeof Highlight !== 'function') return; // shown in the list only
  const at = (offset) => {
    let lo = 0;
    let hi = nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (nodes[mid][0] <= offset) lo = mid; else hi = mid - 1;
    }
    return [nodes[lo][1], offset - nodes[lo][0]];
  };
  const paint = { personal: [], cyber: [] };
  for (const f of overlapping) {
    const r = new Range();
    r.setStart(...at(f.start));
    r.setEnd(...at(f.end));
    paint[f.family]?.push(r);
  }
  CSS.highlights.set('rc-overlap-personal', new Highlight(...paint.personal));
  CSS.highlights.set('rc-overlap-cyber', new Highlight(...paint.cyber));
}

// ---- selecting and deciding ------------------------------------------------------------
function syncSelection(scroll) {
  const f = current();
  for (const [key, o] of options) o.setAttribute('aria-selected', String(key === currentKey));
  const opt = currentKey !== null ? options.get(currentKey) : null;
  if (opt) groups.setAttribute('aria-activedescendant', opt.id); else groups.removeAttribute('aria-activedescendant');
  // Roving tab stop in the highlighted draft: the selected mark, else the first.
  const m = currentKey !== null ? marks.get(currentKey) : null;
  const first = view.querySelector('mark');
  if (first) (m ?? first).tabIndex = 0;
  if (scroll) {
    opt?.scrollIntoView({ block: 'nearest' });
    m?.scrollIntoView({ block: 'nearest' });
  }
  details(f);
}

function select(key, { focus = null } = {}) {
  const before = currentKey !== null ? marks.get(currentKey) : null;
  if (before) { before.classList.remove('current'); before.tabIndex = -1; }
  currentKey = key;
  currentPos = order.findIndex((f) => f.key === key);
  marks.get(key)?.classList.add('current');
  syncSelection(true);
  if (focus === 'view') marks.get(key)?.focus({ preventScroll: true });
  else if (focus === 'list') groups.focus({ preventScroll: true });
}

function step(by, focus) {
  if (!order.length) return;
  const i = currentKey === null ? (by > 0 ? -1 : order.length) : order.findIndex((f) => f.key === currentKey);
  const next = order[Math.max(0, Math.min(order.length - 1, i + by))];
  select(next.key, { focus });
}

function refresh(f) {
  const m = marks.get(f.key);
  if (m) { m.className = markClass(f); m.title = describe(f); }
  const o = options.get(f.key);
  if (o) {
    const d = o.querySelector('.decision');
    d.className = `decision d-${decisionOf(f)}`;
    d.textContent = decisionLabel(f);
  }
  if (f.key === currentKey) details(f);
  updateStatus();
}

function decide(decision) {
  const f = current();
  if (!f) return;
  decisions.set(f.key, { note: noteOf(f), decision });
  refresh(f);
}

function details(f) {
  $('details').hidden = !f;
  if (!f) return;
  $('d-title').replaceChildren(el('span', `badge ${f.family} ${f.severity}`, `${FAMILY[f.family]} · ${SEVERITY[f.severity]}`), ' ',
    el('strong', null, f.text));
  $('d-reason').textContent = f.reason;
  const meta = document.createDocumentFragment();
  for (const [k, v] of [['Kind', kindLabel(f.kind)], ['Exemption', f.exemption], ['Rule', f.rule],
    ['Where', `line ${f.line}, in the ${f.context}`], ['Decision', decisionOf(f) === 'redact' ? 'Redact' : 'Keep']]) {
    const row = el('div');
    row.append(el('dt', null, k), el('dd', null, v));
    meta.append(row);
  }
  $('d-meta').replaceChildren(meta);
  $('b-redact').setAttribute('aria-pressed', String(decisionOf(f) === 'redact'));
  $('b-keep').setAttribute('aria-pressed', String(decisionOf(f) === 'keep'));
  if (document.activeElement !== $('d-note')) $('d-note').value = noteOf(f);
}

async function keepEverywhere() {
  const f = current();
  if (!f) return;
  const term = f.text;
  if (!allow.includes(term)) allow.push(term);
  const unkept = saveAllow();
  await configure();
  await rescan();
  notify(`“${term}” is on the allow list now, so it is no longer flagged.${unkept || ' Undo it in Settings.'}`);
}

view.addEventListener('click', (e) => {
  const m = e.target.closest('mark');
  if (m) select(m.dataset.key, { focus: 'view' });
});
view.addEventListener('focusin', (e) => {
  const m = e.target.closest('mark');
  if (m && m.dataset.key !== currentKey) select(m.dataset.key);
});
groups.addEventListener('click', (e) => {
  const o = e.target.closest('[role=option]');
  if (o) select(o.dataset.key, { focus: 'list' });
});
$('b-redact').addEventListener('click', () => decide('redact'));
$('b-keep').addEventListener('click', () => decide('keep'));
$('b-everywhere').addEventListener('click', () => keepEverywhere().catch(fail));
$('b-edit').addEventListener('click', () => {
  const f = current();
  if (!f) return;
  draft.focus();
  if (draft.value === text) draft.setSelectionRange(f.start, f.end);
});
$('d-note').addEventListener('input', (e) => {
  const f = current();
  if (!f) return;
  decisions.set(f.key, { decision: decisionOf(f), note: e.target.value });
  refresh(f);
});

document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
  const t = e.target;
  if (t instanceof Element && t.closest('textarea, select, [contenteditable], input:not([type=checkbox]):not([type=radio]):not([type=file])')) return;
  const inView = view.contains(t);
  const inList = t === groups;
  const focus = inView ? 'view' : 'list';
  const actions = {
    j: () => step(1, focus),
    k: () => step(-1, focus),
    r: () => decide('redact'),
    x: () => decide('keep'),
    e: () => keepEverywhere().catch(fail),
  };
  if (inView || inList) {
    Object.assign(actions, {
      ArrowDown: () => step(1, focus),
      ArrowUp: () => step(-1, focus),
      Home: () => order.length && select(order[0].key, { focus }),
      End: () => order.length && select(order[order.length - 1].key, { focus }),
    });
  }
  const action = actions[e.key];
  if (!action) return;
  e.preventDefault();
  action();
});

// ---- opening files -----------------------------------------------------------------------
function readText(file) {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('the file could not be read'));
    r.readAsText(file, 'UTF-8');
  });
}

async function open(file) {
  const ext = (/\.[^.]+$/.exec(file.name)?.[0] ?? '').toLowerCase();
  try {
    if (ext === '.docx') {
      const bytes = await file.arrayBuffer();
      let r;
      try {
        r = await call({ type: 'docx', bytes }, [bytes]);
      } catch (e) {
        if (e.code === 'docx-unsupported') { notify(DOCX_UNSUPPORTED); return; }
        throw e;
      }
      startAfresh(file.name);
      draft.value = r.text;
      show(r.text, r.findings, r.ms);
      settle();
      notify(`Opened ${file.name}. Its comments, tracked changes and hidden text are included in the draft, so nothing hidden goes out by mistake.`);
    } else if (ext === '.txt' || ext === '.md' || (!ext && file.type.startsWith('text/'))) {
      const t = await readText(file);
      startAfresh(file.name);
      draft.value = t;
      await rescan();
      if (failure?.text === t) return; // the notice says why it was not checked
      notify(t.includes('\uFFFD')
        ? `Opened ${file.name}, but it is not UTF-8: some characters may be wrong. Save it as UTF-8 text and open it again.`
        : `Opened ${file.name}.`);
    } else {
      notify(`'${ext || file.name}' files are not supported — save as .txt`);
    }
  } catch (e) {
    notify(`Could not open ${file.name}: ${e.message}`);
  }
}

function startAfresh(name) {
  fileName = name;
  decisions.clear();
  currentKey = null;
  currentPos = -1;
}

async function rescan() {
  clearTimeout(timer);
  timer = 0;
  if (inFlight) { again = true; await upToDate(); return; }
  await runScan();
}

$('file').addEventListener('change', (e) => {
  const f = e.target.files?.[0];
  if (f) open(f);
  e.target.value = '';
});
const editor = $('editor');
document.addEventListener('dragover', (e) => {
  e.preventDefault();
  editor.classList.add('dropping');
});
document.addEventListener('dragleave', (e) => {
  if (!e.relatedTarget) editor.classList.remove('dropping');
});
document.addEventListener('drop', (e) => {
  e.preventDefault();
  editor.classList.remove('dropping');
  const f = e.dataTransfer?.files?.[0];
  if (f) open(f);
});

// ---- exports ----------------------------------------------------------------------------------
/** The draft with each span decided Redact replaced by `[Redacted – exemption]`, from the end. */
function redactedText() {
  return redact(text, findings, { minSeverity: 'info', only: (f) => decisionOf(f) === 'redact' });
}

/** `Jane Smith` -> `J*** S****`: enough to find the item again, never the item itself. */
function mask(s) {
  return s.replace(/\p{N}/gu, '*').replace(/\p{L}+/gu, (w) => {
    const chars = [...w];
    return chars[0] + '*'.repeat(chars.length - 1);
  });
}

const HEAD = ['number', 'line', 'kind', 'exemption', 'reason', 'decision', 'note', 'masked text'];
function scheduleRows() {
  return findings.map((f, i) => [String(i + 1), String(f.line), f.kind, f.exemption, f.reason, decisionOf(f), noteOf(f), mask(f.text)]);
}

function csvCell(v) {
  // A cell that a spreadsheet would run as a formula is quoted as text.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function scheduleCsv() {
  // A byte-order mark so spreadsheet programs read the file as UTF-8.
  return `\uFEFF${[HEAD, ...scheduleRows()].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function baseName() {
  return (fileName.replace(/\.[^.]+$/, '') || 'draft').replace(/[^\p{L}\p{N}._ -]+/gu, '_');
}

function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = el('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function copyText(s) {
  try {
    await navigator.clipboard.writeText(s);
  } catch {
    // Without clipboard permission: copy from a selected, off-screen textarea.
    const ta = el('textarea', 'offscreen');
    ta.value = s;
    document.body.append(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    if (!ok) throw new Error('the browser did not allow copying; use Download instead');
  }
}

function redactionCount() {
  return findings.filter((f) => decisionOf(f) === 'redact').length;
}

function exporting(fn) {
  return () => upToDate().then(fn).catch(fail);
}
$('x-text').addEventListener('click', exporting(() => {
  download(`${baseName()}-redacted.txt`, redactedText(), 'text/plain;charset=utf-8');
  notify(`Redacted text downloaded (${redactionCount()} redactions).`);
}));
$('x-copy').addEventListener('click', exporting(async () => {
  await copyText(redactedText());
  notify(`Redacted text copied (${redactionCount()} redactions).`);
}));
$('x-csv').addEventListener('click', exporting(() => {
  download(`${baseName()}-schedule.csv`, scheduleCsv(), 'text/csv;charset=utf-8');
  notify(`Schedule downloaded (${findings.length} findings, ${redactionCount()} to redact).`);
}));

function fillPrint() {
  $('print-meta').textContent = `${fileName || 'Draft'} · ${redactionCount()} redactions · printed ${new Date().toLocaleString('en-GB')} · checked with redaction-check ${checkerVersion}`;
  $('print-text').textContent = redactedText();
  const table = document.createDocumentFragment();
  const head = el('tr');
  HEAD.forEach((h) => head.append(el('th', null, h)));
  table.append(head);
  for (const r of scheduleRows()) {
    const tr = el('tr');
    r.forEach((c) => tr.append(el('td', null, c)));
    table.append(tr);
  }
  $('print-table').replaceChildren(table);
}
window.addEventListener('beforeprint', fillPrint);
$('x-print').addEventListener('click', exporting(() => { fillPrint(); window.print(); }));

// ---- settings: the allow list (the only thing stored) -----------------------------------------
// Kept in this browser's storage. Where the browser refuses (storage blocked by its
// settings, or full), the list still applies until the page is closed: the returned
// sentence says so, for the message the caller shows ('' when the list was kept).
function saveAllow() {
  allow = [...new Set(allow.map((t) => t.trim()).filter(Boolean))];
  $('allow').value = allow.join('\n');
  try {
    if (allow.length) localStorage.setItem(ALLOW_KEY, JSON.stringify(allow));
    else localStorage.removeItem(ALLOW_KEY);
    return '';
  } catch (e) {
    return ` It applies until this page is closed, but this browser would not keep it (${e instanceof Error ? e.message : e}): `
      + 'use "Export config JSON" in Settings to keep it.';
  }
}

async function configure() {
  configEpoch++;
  const { version, started, moduleReady } = await call({ type: 'config', config: allow.length ? { allow } : undefined });
  markOnce('worker', started);
  markOnce('module', moduleReady);
  checkerVersion = version;
}

$('allow').value = allow.join('\n');
$('s-save').addEventListener('click', async () => {
  allow = $('allow').value.split('\n');
  const unkept = saveAllow();
  try {
    await configure();
    await rescan();
    $('s-status').textContent = `Allow list ${unkept ? 'applied' : 'saved'}: ${allow.length} ${allow.length === 1 ? 'term' : 'terms'}.${unkept}`;
  } catch (e) {
    fail(e);
  }
});
$('s-export').addEventListener('click', () => {
  download('redaction-check.config.json', `${JSON.stringify({ allow }, null, 2)}\n`, 'application/json');
});
$('s-import').addEventListener('change', async (e) => {
  const file = e.target.files?.[0];
  e.target.value = '';
  if (!file) return;
  try {
    let config;
    try {
      config = JSON.parse(await readText(file));
    } catch (err) {
      throw new Error(`it is not JSON (${err.message})`);
    }
    if (config === null || typeof config !== 'object' || Array.isArray(config)) throw new Error('it is not a config object');
    await call({ type: 'check', config }); // the core validates it and names a bad field
    const others = Object.keys(config).filter((k) => k !== 'allow');
    allow = [...(config.allow ?? [])];
    const unkept = saveAllow();
    await configure();
    await rescan();
    $('s-status').textContent = `Imported ${allow.length} allow-list ${allow.length === 1 ? 'term' : 'terms'} from ${file.name}.`
      + (others.length ? ` This page uses only "allow"; ${others.map((k) => `"${k}"`).join(', ')} ${others.length === 1 ? 'was' : 'were'} not imported.` : '')
      + unkept;
  } catch (err) {
    $('s-status').textContent = `Could not import ${file.name}: ${err.message}`;
  }
});

// ---- start --------------------------------------------------------------------------------------
configure()
  .then(() => runScan())
  .then(() => {
    markOnce('ready');
    document.body.dataset.ready = 'true';
    if (!draft.value) statusLine.textContent = 'Ready: paste or open a draft.';
  })
  .catch(fail);
