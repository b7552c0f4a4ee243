// The wasm figures of the performance budget, printed (never asserted): module
// start-up, Scanner start-up, scan MB/s on ~1 MB of the dev drafts, the scaling table
// and a 60 KB re-scan; under Node, then in Debian's headless Chromium.
// Needs scripts/build.sh (pkg/) and tests/js's node_modules (playwright-core).
// Run: node benches/wasm.mjs
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { devDrafts, launchChromium } from './common.mjs';

const pkg = new URL('../pkg/', import.meta.url);

// The measuring code, the same in Node and in the browser: `lib` is the wasm-bindgen
// module, `bytes` the .wasm, `docs` the drafts.
async function measure(lib, bytes, docs) {
  const now = () => performance.now();
  const corpus = (target) => {
    let out = '';
    while (out.length < target) for (const d of docs) out += `${d}\n\n`;
    return out.slice(0, target);
  };
  const best = (f, runs) => {
    let b = Infinity;
    for (let i = 0; i < runs; i++) {
      const t = now();
      f();
      b = Math.min(b, now() - t);
    }
    return b;
  };
  const lines = [];
  let t = now();
  const module = await WebAssembly.compile(bytes);
  const compileMs = now() - t;
  t = now();
  await lib.default({ module_or_path: module });
  const instMs = now() - t;
  t = now();
  const first = new lib.Scanner();
  const firstScannerMs = now() - t;
  t = now();
  first.scan('Dear Jo, call 07700 900123.');
  const firstScanMs = now() - t;
  const againMs = best(() => new lib.Scanner().free(), 5);
  lines.push(`module compile ${compileMs.toFixed(1)} ms, instantiate ${instMs.toFixed(1)} ms`);
  lines.push(`Scanner start-up: first ${firstScannerMs.toFixed(1)} ms (budget 30), again ${againMs.toFixed(1)} ms; first tiny scan ${firstScanMs.toFixed(1)} ms`);
  const s = first;
  const mb = corpus(1_048_576);
  t = now();
  s.scan(mb);
  const firstMbMs = now() - t;
  // Best of 15, as the native benchmark: Chromium optimises a hot wasm function on a
  // background thread and uses the new code from its next call, so on 2 busy cores the
  // best of 5 still held scans run partly in the baseline tier (31-34 ms against 25-27).
  // The first scan of the 1 MB is printed too: what an officer's first big paste costs.
  const ms = best(() => s.scan(mb), 15);
  lines.push(`scan ~1 MB of dev drafts (${mb.length} chars): ${ms.toFixed(1)} ms, ${(mb.length / ms / 1e3).toFixed(1)} MB/s (budget 40); its first scan ${firstMbMs.toFixed(1)} ms`);
  // The ~1 MB repeats the drafts about eleven times, and a scan looks up each distinct
  // word in the name lists once: one pass over them, nothing repeated, is nearer a real
  // draft's rate.
  const once = docs.map((d) => `${d}\n\n`).join('');
  const onceMs = best(() => s.scan(once), 15);
  lines.push(`  one pass over the dev drafts (${once.length} chars, no text repeated): ${onceMs.toFixed(2)} ms, ${(once.length / onceMs / 1e3).toFixed(1)} MB/s`);
  for (const size of [10_000, 100_000, 1_000_000, 10_000_000]) {
    const text = corpus(size);
    const ms = best(() => s.scan(text), size > 1_000_000 ? 2 : 5);
    lines.push(`  scan ${String(text.length).padStart(9)} chars: ${ms.toFixed(2).padStart(9)} ms (${(text.length / ms / 1e3).toFixed(1)} MB/s)`);
  }
  const draft = corpus(60_000).slice(0, 60_000);
  lines.push(`  re-scan of a 60 KB draft: ${best(() => s.scan(draft), 10).toFixed(2)} ms (budget 5)`);
  return lines;
}

// A first Scanner and a first scan happen once in a process or page, and vary from one
// to the next by more than their budget's margin: measured again in fresh ones.
const FRESH = 7;
async function startup(lib, bytes) {
  const now = () => performance.now();
  await lib.default({ module_or_path: await WebAssembly.compile(bytes) });
  let t = now();
  const s = new lib.Scanner();
  const scannerMs = now() - t;
  t = now();
  s.scan('Dear Jo, call 07700 900123.');
  return [scannerMs, now() - t];
}
const spread = (runs) => {
  const at = (i) => runs.map((r) => r[i]).sort((a, b) => a - b);
  const f = (xs) => `median ${xs[xs.length >> 1].toFixed(1)} ms, worst ${xs[xs.length - 1].toFixed(1)} ms`;
  return `  in ${runs.length} fresh ${runs.kind}: first Scanner ${f(at(0))} (budget 30); first tiny scan ${f(at(1))}`;
};

const bytes = await readFile(new URL('redaction_check_bg.wasm', pkg));
const lib = await import(new URL('redaction_check.js', pkg));
if (process.argv[2] === '--startup') {
  console.log(JSON.stringify(await startup(lib, bytes)));
  process.exit(0);
}
const docs = await devDrafts();
console.log('== wasm under Node', process.version);
for (const line of await measure(lib, bytes, docs)) console.log(line);
const nodeRuns = Array.from({ length: FRESH }, () =>
  JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--startup'], { encoding: 'utf8' })));
nodeRuns.kind = 'processes';
console.log(spread(nodeRuns));

// ---- the same in Chromium ------------------------------------------------------------
const browser = await launchChromium('wasm');
if (!browser) process.exit(0);
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>bench</title>');
  } else if (/^\/pkg\/[\w./-]+\.(js|wasm)$/.test(path) && !path.includes('..')) {
    // The glue, the .wasm and the JS the wasm imports (under pkg/snippets/).
    const type = path.endsWith('.js') ? 'text/javascript' : 'application/wasm';
    res.writeHead(200, { 'content-type': type }).end(await readFile(new URL(path.slice(5), pkg)));
  } else {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  console.log('== wasm in Chromium', browser.version());
  const lines = await page.evaluate(async ([src, docs]) => {
    const measure = new Function(`return (${src})`)();
    const lib = await import('/pkg/redaction_check.js');
    const bytes = await (await fetch('/pkg/redaction_check_bg.wasm')).arrayBuffer();
    return measure(lib, bytes, docs);
  }, [measure.toString(), docs]);
  for (const line of lines) console.log(line);
  const pageRuns = [];
  pageRuns.kind = 'pages';
  for (let i = 0; i < FRESH; i++) {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    await fresh.goto(`http://127.0.0.1:${server.address().port}/`);
    pageRuns.push(await fresh.evaluate(async (src) => {
      const startup = new Function(`return (${src})`)();
      const lib = await import('/pkg/redaction_check.js');
      return startup(lib, await (await fetch('/pkg/redaction_check_bg.wasm')).arrayBuffer());
    }, startup.toString()));
    await context.close();
  }
  console.log(spread(pageRuns));
} finally {
  await browser.close();
  server.close();
}
