// What an integrator writes: import the element (it registers itself), then use its
// `findings` event. redact() is plain JavaScript: the page itself loads no wasm.
import '../pkg/element.js';
import { redact } from '../pkg/index.js';

const checker = document.querySelector('redaction-check');
checker.addEventListener('findings', (event) => {
  const { findings, text } = event.detail;
  const items = findings.map((f) => {
    const li = document.createElement('li');
    li.textContent = `“${f.text}” — ${f.kind.replaceAll('_', ' ')}, ${f.exemption} (${f.severity})`;
    return li;
  });
  document.getElementById('schedule').replaceChildren(...items);
  document.getElementById('preview').textContent = redact(text, findings);
  document.getElementById('send').disabled = findings.some((f) => f.severity === 'high');
});
