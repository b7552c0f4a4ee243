// Starts the checker before the page's own script has loaded: the worker fetches and
// compiles the .wasm on its own thread while app.js loads. A classic script, run as
// soon as it is parsed; app.js takes the worker from here.
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
})();
