// The FOI officer's page: open a draft, review every finding, decide, export.
// Draft text only ever enters the DOM as text nodes (no innerHTML anywhere).

const ALLOW_KEY = 'redaction-check.allow';
const $ = (id) => document.getElementById(id);
const draft = $('draft');
const status = $('status');
const view = $('highlighted');
const groups = $('groups');

// ---- the worker ---------------------------------------------------------------
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
let nextId = 1;
const pending = new Map();
worker.onmessage = ({ data }) => {
  const p = pending.get(data.id);
  if (!p) return;
  pending.delete(data.id);
  if (data.error) p.reject(new Error(data.error)); else p.resolve(data);
};
function call(msg, transfer = []) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ ...msg, id }, transfer);
  });
}

// ---- state --------------------------------------------------------------------
let text = '';
let findings = [];          // from the last scan
let visible = [];           // after filters, in document order
let current = -1;           // index into visible
const decisions = new Map(); // key -> { decision: 'redact' | 'keep', note }
let scanSeq = 0;

function loadAllow() {
  try {
    const list = JSON.parse(localStorage.getItem(ALLOW_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((t) => typeof t === 'string' && t.trim()) : [];
  } catch { return []; }
}
let allow = loadAllow();

/** A finding's key survives edits elsewhere: rule, text and which occurrence it is. */
function keyOf(f, i, list) {
  let n = 0;
  for (let j = 0; j < i; j++) if (list[j].rule === f.rule && list[j].text === f.text) n++;
  return `${f.rule}|${f.text}|${n}`;
}
function decisionOf(f) {
  return decisions.get(f.key)?.decision ?? (f.severity === 'info' ? 'keep' : 'redact');
}

// ---- scanning -------------------------------------------------------------------
async function configure() {
  await call({ type: 'config', config: allow.length ? { allow } : undefined });
}

async function scan() {
  const seq = ++scanSeq;
  const snapshot = draft.value;
  const { findings: found, ms } = await call({ type: 'scan', text: snapshot });
  if (seq !== scanSeq) return; // a newer scan is on its way
  show(snapshot, found, ms);
}

function show(t, found, ms) {
  text = t;
  findings = found.map((f, i, list) => ({ ...f, key: keyOf(f, i, list) }));
  applyFilters();
  const c = { high: 0, review: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  status.textContent = `${findings.length} findings: ${c.high} high, ${c.review} review, ${c.info} info (scanned in ${ms.toFixed(1)} ms).`;
}

let timer;
draft.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => scan().catch(fail), 150);
});

function fail(e) {
  status.textContent = `Error: ${e.message}`;
}

// ---- filters, highlights and the list -------------------------------------------
function filters(name) {
  return new Set([...document.querySelectorAll(`input[name=${name}]:checked`)].map((i) => i.value));
}
function applyFilters() {
  const fam = filters('family');
  const sev = filters('severity');
  const keep = current >= 0 ? visible[current]?.key : null;
  visible = findings.filter((f) => fam.has(f.family) && sev.has(f.severity));
  current = keep ? visible.findIndex((f) => f.key === keep) : -1;
  render();
}
document.querySelectorAll('.filters input').forEach((i) => i.addEventListener('change', applyFilters));

function el(tag, cls, content) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (content !== undefined) e.textContent = content;
  return e;
}

function render() {
  // Highlighted draft: text nodes and <mark>s; an overlapping finding is shown in the list only.
  const frag = document.createDocumentFragment();
  let at = 0;
  visible.forEach((f, i) => {
    if (f.start < at) return;
    frag.append(document.createTextNode(text.slice(at, f.start)));
    const d = decisionOf(f);
    const m = el('mark', `${f.family} ${f.severity} ${d === 'redact' ? 'redacted' : 'kept'}${i === current ? ' current' : ''}`, text.slice(f.start, f.end));
    m.title = `${f.severity.toUpperCase()} · ${f.kind.replace(/_/g, ' ')} · ${f.exemption}\n${f.reason}\nRule: ${f.rule} · Decision: ${d}`;
    m.dataset.index = String(i);
    frag.append(m);
    at = f.end;
  });
  frag.append(document.createTextNode(text.slice(at)));
  view.replaceChildren(frag);

  // The list, grouped by kind with counts.
  const byKind = new Map();
  visible.forEach((f, i) => {
    if (!byKind.has(f.kind)) byKind.set(f.kind, []);
    byKind.get(f.kind).push([f, i]);
  });
  const list = document.createDocumentFragment();
  for (const [kind, items] of [...byKind].sort((a, b) => a[0].localeCompare(b[0]))) {
    list.append(el('h3', null, `${kind.replace(/_/g, ' ')} (${items.length})`));
    const ol = el('ol');
    for (const [f, i] of items) {
      const li = el('li');
      li.id = `f-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === current));
      li.dataset.index = String(i);
      li.append(el('span', `sev ${f.family} ${f.severity}`, f.severity), el('strong', null, f.text), ' ',
        el('span', 'decision', `→ ${decisionOf(f)}${decisions.get(f.key)?.note ? ' · note' : ''}`));
      ol.append(li);
    }
    list.append(ol);
  }
  groups.replaceChildren(list);
  if (current >= 0) groups.setAttribute('aria-activedescendant', `f-${current}`);
  else groups.removeAttribute('aria-activedescendant');
  details();
}

function details() {
  const f = visible[current];
  $('details').hidden = !f;
  if (!f) return;
  $('d-title').replaceChildren(el('span', `sev ${f.family} ${f.severity}`, f.severity), el('strong', null, f.text));
  $('d-reason').textContent = f.reason;
  $('d-meta').textContent = `${f.kind.replace(/_/g, ' ')} · ${f.family} · exemption ${f.exemption} · rule ${f.rule} · in the ${f.context} · decision: ${decisionOf(f)}`;
  $('d-note').value = decisions.get(f.key)?.note ?? '';
}

function select(i) {
  if (!visible.length) return;
  current = (i + visible.length) % visible.length;
  render();
  view.querySelector('mark.current')?.scrollIntoView({ block: 'nearest' });
  document.getElementById(`f-${current}`)?.scrollIntoView({ block: 'nearest' });
}
function decide(decision) {
  const f = visible[current];
  if (!f) return;
  decisions.set(f.key, { ...decisions.get(f.key), decision });
  render();
}
async function keepEverywhere() {
  const f = visible[current];
  if (!f) return;
  if (!allow.includes(f.text)) allow.push(f.text);
  saveAllow();
  await configure();
  await scan();
}

view.addEventListener('click', (e) => {
  const m = e.target.closest('mark');
  if (m) select(Number(m.dataset.index));
});
groups.addEventListener('click', (e) => {
  const li = e.target.closest('li');
  if (li) select(Number(li.dataset.index));
});
$('b-redact').addEventListener('click', () => decide('redact'));
$('b-keep').addEventListener('click', () => decide('keep'));
$('b-everywhere').addEventListener('click', () => keepEverywhere().catch(fail));
$('d-note').addEventListener('input', (e) => {
  const f = visible[current];
  if (f) decisions.set(f.key, { decision: decisionOf(f), ...decisions.get(f.key), note: e.target.value });
});

document.addEventListener('keydown', (e) => {
  const t = e.target;
  if (t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && t.type === 'text') || e.ctrlKey || e.metaKey || e.altKey) return;
  const keys = { j: () => select(current + 1), ArrowDown: () => select(current + 1), k: () => select(current - 1), ArrowUp: () => select(current - 1), r: () => decide('redact'), x: () => decide('keep'), e: () => keepEverywhere().catch(fail) };
  const action = keys[e.key];
  if (action) { e.preventDefault(); action(); }
});

// ---- opening files ------------------------------------------------------------------
async function open(file) {
  try {
    if (/\.docx$/i.test(file.name)) {
      const bytes = await file.arrayBuffer();
      const r = await call({ type: 'docx', bytes }, [bytes]);
      draft.value = r.text;
      decisions.clear();
      show(r.text, r.findings, r.ms);
    } else if (/\.(txt|md)$/i.test(file.name) || file.type.startsWith('text/')) {
      draft.value = await file.text();
      decisions.clear();
      await scan();
    } else {
      status.textContent = `${file.name}: open a .txt, .md or .docx file.`;
    }
  } catch (e) {
    status.textContent = `Could not open ${file.name}: ${e.message}`;
  }
}
$('file').addEventListener('change', (e) => e.target.files[0] && open(e.target.files[0]));
document.addEventListener('dragover', (e) => e.preventDefault());
document.addEventListener('drop', (e) => {
  e.preventDefault();
  const f = e.dataTransfer?.files?.[0];
  if (f) open(f);
});

// ---- exports ----------------------------------------------------------------------
/** The draft with every Redact decision replaced by its exemption label, from the end. */
export function redactedText() {
  const spans = findings.filter((f) => decisionOf(f) === 'redact').sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const f of spans) {
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) { last.end = Math.max(last.end, f.end); continue; }
    merged.push({ start: f.start, end: f.end, exemption: f.exemption });
  }
  let out = text;
  for (const m of merged.reverse()) out = `${out.slice(0, m.start)}[Redacted – ${m.exemption}]${out.slice(m.end)}`;
  return out;
}
function mask(s) {
  return s.replace(/[\p{L}\p{N}]+/gu, (w) => w[0] + '*'.repeat(Math.max(w.length - 1, 0)));
}
function location(offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, col ${offset - before.lastIndexOf('\n')}`;
}
function scheduleRows() {
  return findings.map((f, i) => [String(i + 1), location(f.start), f.kind, f.exemption, f.reason, decisionOf(f), decisions.get(f.key)?.note ?? '', mask(f.text)]);
}
const HEAD = ['number', 'location', 'kind', 'exemption', 'reason', 'decision', 'note', 'text (masked)'];
export function scheduleCsv() {
  const cell = (v) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [HEAD, ...scheduleRows()].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = el('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
$('x-text').addEventListener('click', () => download('redacted.txt', redactedText(), 'text/plain;charset=utf-8'));
$('x-copy').addEventListener('click', async () => {
  try { await navigator.clipboard.writeText(redactedText()); status.textContent = 'Redacted text copied.'; } catch (e) { fail(e); }
});
$('x-csv').addEventListener('click', () => download('schedule-of-redactions.csv', scheduleCsv(), 'text/csv;charset=utf-8'));
function fillPrint() {
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
$('x-print').addEventListener('click', () => { fillPrint(); window.print(); });

// ---- settings: the allow list ---------------------------------------------------------
function saveAllow() {
  allow = [...new Set(allow.map((t) => t.trim()).filter(Boolean))];
  localStorage.setItem(ALLOW_KEY, JSON.stringify(allow));
  $('allow').value = allow.join('\n');
}
$('allow').value = allow.join('\n');
$('s-save').addEventListener('click', async () => {
  allow = $('allow').value.split('\n');
  saveAllow();
  try { await configure(); await scan(); status.textContent += ' Allow list saved.'; } catch (e) { fail(e); }
});
$('s-export').addEventListener('click', () => download('redaction-check.config.json', `${JSON.stringify({ allow }, null, 2)}\n`, 'application/json'));
$('s-import').addEventListener('change', async (e) => {
  const f = e.target.files[0];
  if (!f) return;
  try {
    const config = JSON.parse(await f.text());
    await call({ type: 'config', config }); // the core validates it and names a bad field
    allow = Array.isArray(config.allow) ? config.allow : [];
    saveAllow();
    await configure();
    await scan();
    status.textContent += ' Config imported.';
  } catch (err) {
    await configure();
    status.textContent = `Could not import ${f.name}: ${err.message}`;
  }
});

// ---- start ----------------------------------------------------------------------------
const t0 = performance.now();
configure()
  .then(() => scan())
  .then(() => {
    status.textContent = `Ready (checker loaded in ${(performance.now() - t0).toFixed(0)} ms). ${status.textContent}`;
    document.body.dataset.ready = 'true';
  })
  .catch(fail);
