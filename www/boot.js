// Starts the checker before the page's own script has loaded: the worker, and the
// .wasm, fetched and compiled on the browser's background threads while the worker's
// script loads, then handed to the worker (which fetches it itself if this fails).
// A classic script, run as soon as it is parsed; app.js takes the worker from here.
'use strict';
(() => {
  const boot = { worker: null, error: null };
  self.redactionCheckBoot = boot;
  try {
    boot.worker = new Worker('worker.js', { type: 'module' });
  } catch (e) {
    boot.error = e;
    return;
  }
  // An error before app.js listens (the worker's script failed to load) is kept for it.
  boot.worker.addEventListener('error', (e) => { boot.error ??= e; });
  const send = (module) => boot.worker.postMessage({ type: 'module', module });
  try {
    WebAssembly.compileStreaming(fetch('pkg/redaction_check_bg.wasm')).then(send, () => send(undefined));
  } catch {
    send(undefined);
  }
})();
