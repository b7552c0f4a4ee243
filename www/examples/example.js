// What an integrator writes: import the element, listen for findings, redact on send.
import '../pkg/element.js';
import { init, redact } from '../pkg/index.js';

await init();
const checker = document.querySelector('redaction-check');
const reply = document.getElementById('reply');
checker.addEventListener('findings', (e) => {
  const { findings } = e.detail;
  document.getElementById('summary').textContent = `${findings.length} item(s) to review before sending.`;
  document.getElementById('preview').textContent = redact(reply.value, findings);
  document.getElementById('send').disabled = findings.some((f) => f.severity === 'high');
});
