// The first page: paste a draft, see findings highlighted and listed with reasons.
// Draft text only ever enters the DOM as text nodes (no innerHTML).
import init, { Scanner } from './pkg/redaction_check.js';

const draft = document.getElementById('draft');
const view = document.getElementById('highlighted');
const list = document.getElementById('findings');
const status = document.getElementById('status');
const file = document.getElementById('file');

await init();
const scanner = new Scanner();
status.textContent = 'Ready.';

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function render(text, findings) {
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const f of findings) {
    if (f.start < at) continue; // overlapping: the earlier finding is shown
    frag.append(document.createTextNode(text.slice(at, f.start)));
    const m = el('mark', `${f.family} ${f.severity}`, text.slice(f.start, f.end));
    m.title = `${f.severity} · ${f.kind} · ${f.exemption}: ${f.reason} (${f.rule})`;
    m.dataset.rule = f.rule;
    frag.append(m);
    at = f.end;
  }
  frag.append(document.createTextNode(text.slice(at)));
  view.replaceChildren(frag);

  const items = document.createDocumentFragment();
  for (const f of findings) {
    const li = el('li');
    li.append(el('span', `sev ${f.family} ${f.severity}`, f.severity), ' ',
      el('strong', null, f.text), ' ', el('span', 'meta', `${f.kind} · ${f.exemption} · ${f.rule}`),
      el('div', null, f.reason));
    items.append(li);
  }
  list.replaceChildren(items);
  const high = findings.filter((f) => f.severity === 'high').length;
  const review = findings.filter((f) => f.severity === 'review').length;
  status.textContent = `${findings.length} findings: ${high} high, ${review} review.`;
}

let timer;
function scan() {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const text = draft.value;
    render(text, scanner.scan(text).findings);
  }, 120);
}

draft.addEventListener('input', scan);
file.addEventListener('change', async () => {
  const f = file.files[0];
  if (!f) return;
  try {
    if (f.name.toLowerCase().endsWith('.docx')) {
      const r = scanner.scanDocx(new Uint8Array(await f.arrayBuffer()));
      draft.value = r.text;
      render(r.text, r.findings);
    } else {
      draft.value = await f.text();
      scan();
    }
  } catch (e) {
    status.textContent = `Could not open ${f.name}: ${e.message}`;
  }
});
if (draft.value) scan();
