// The npm package as an integrator meets it: `npm pack` of the built pkg/, installed
// from the tarball into a scratch folder, then used from Node, type-checked with tsc,
// and run in Debian's headless Chromium through the example page.
// Needs scripts/build.sh to have run; builds nothing itself but the tarball.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { serve, CHROMIUM } from './serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PKG = join(ROOT, 'pkg');
const HERE = fileURLToPath(new URL('.', import.meta.url));
const DRAFT = 'Dear Sir\n\nCall Jo on 07700 900123 or jo.bloggs@example.org; we use TightVNC.';

let scratch; // temp dir: the tarball and app/
let app; // the integrator's project, with redaction-check installed from the tarball
let installed; // app/node_modules/redaction-check
let lib; // what `import ... from 'redaction-check'` gives in Node

before(async () => {
  if (!existsSync(join(PKG, 'package.json')) || !existsSync(join(PKG, 'redaction_check_bg.wasm'))) {
    throw new Error(`${PKG} is missing or incomplete: run scripts/build.sh first`);
  }
  scratch = await mkdtemp(join(tmpdir(), 'redaction-check-pkg-'));
  const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: 'pipe' });
  const [{ filename }] = JSON.parse(npm(['pack', PKG, '--pack-destination', scratch, '--json'], scratch));
  app = join(scratch, 'app');
  await mkdir(app);
  npm(['init', '-y'], app);
  npm(['install', '--offline', join(scratch, filename)], app);
  installed = join(app, 'node_modules', 'redaction-check');
  // Imports resolved from inside the app, as the integrator's own code would be.
  await writeFile(join(app, 'uses.mjs'), [
    "export * as lib from 'redaction-check';",
    "export * as element from 'redaction-check/element';",
    "export const schemaUrl = import.meta.resolve('redaction-check/config.schema.json');",
    "export const wasmUrl = import.meta.resolve('redaction-check/redaction_check_bg.wasm');",
  ].join('\n'));
  ({ lib } = await import(pathToFileURL(join(app, 'uses.mjs'))));
});

after(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

// Runs a module snippet in a fresh Node process inside the app; returns its stdout.
function inApp(code) {
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: app, encoding: 'utf8', stdio: 'pipe' }).trim();
}

test('the tarball holds the package files and nothing else', { timeout: 180_000 }, async () => {
  const files = (await readdir(installed)).sort();
  assert.deepEqual(files, [
    'README.md', 'config.schema.json', 'element.d.ts', 'element.js', 'index.d.ts', 'index.js', 'node.js',
    'package.json', 'redact.js', 'redaction_check.d.ts', 'redaction_check.js', 'redaction_check_bg.wasm',
    'redaction_check_bg.wasm.d.ts', 'scan-worker.js', 'snippets',
  ]);
  // snippets/: only the JS the wasm imports (js/wasm/), under wasm-bindgen's hashed folder.
  const snippets = (await readdir(join(installed, 'snippets'), { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile()).map((d) => join(d.parentPath ?? d.path, d.name).slice(installed.length + 1))
    .map((p) => p.replace(/redaction-check-[0-9a-f]+/, '*'));
  assert.deepEqual(snippets, ['snippets/*/js/wasm/report.js']);
  const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.name, 'redaction-check');
  assert.equal(manifest.license, 'MIT OR Apache-2.0');
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.dependencies, undefined, 'no runtime dependencies');
  const targets = (e) => (typeof e === 'string' ? [e] : Object.values(e).flatMap(targets));
  for (const target of targets(manifest.exports)) assert.ok(existsSync(join(installed, target)), `exports names ${target}, which is not in the tarball`);
  for (const dts of ['index.d.ts', 'element.d.ts']) {
    assert.doesNotMatch(await readFile(join(installed, dts), 'utf8'), /\bany\b/, `${dts} uses \`any\``);
  }
});

test('Node: scan a draft, redact it, read the versions', { timeout: 180_000 }, async () => {
  const { init, Scanner, redact, version, rulePackVersion } = lib;
  await Promise.all([init(), init()]); // reads the .wasm from disk; a second call is harmless
  await init();
  const { findings } = new Scanner().scan(DRAFT);
  const rules = findings.map((f) => f.rule);
  for (const rule of ['phone.uk.mobile', 'email.personal', 'remote.support']) assert.ok(rules.includes(rule), `${rule} in ${rules}`);
  for (const f of findings) assert.equal(DRAFT.slice(f.start, f.end), f.text, 'offsets index the JS string');
  const phone = findings.find((f) => f.rule === 'phone.uk.mobile');
  assert.deepEqual({ ...phone, reason: typeof phone.reason },
    { start: 21, end: 33, text: '07700 900123', kind: 'phone', family: 'personal', severity: 'high', exemption: 's40(2)',
      rule: 'phone.uk.mobile', reason: 'string', context: 'answer' });

  assert.equal(redact(DRAFT, findings),
    'Dear Sir\n\nCall Jo on [Redacted – s40(2)] or [Redacted – s40(2)]; we use [Redacted – s31(1)(a)].');
  assert.equal(redact(DRAFT, findings, { only: (f) => f.family === 'cyber', label: (f) => `[${f.kind}]` }),
    'Dear Sir\n\nCall Jo on 07700 900123 or jo.bloggs@example.org; we use [remote_access].');
  assert.equal(redact(DRAFT, findings, { minSeverity: 'high', label: () => '█' }).includes('█'), true);

  assert.equal(version(), JSON.parse(await readFile(join(installed, 'package.json'), 'utf8')).version);
  assert.match(rulePackVersion(), /^\d+\.\d+\.\d+\+\d+r\.\d+t\.\d+p$/);
});

test('Node: UTF-16 offsets, overlaps merged, findings of another text refused', () => {
  const { Scanner, redact } = lib;
  const text = '👍 “Café” — ring 07700 900123\r\nor email jo.bloggs@example.org';
  const { findings } = new Scanner().scan(text);
  for (const f of findings) assert.equal(text.slice(f.start, f.end), f.text);
  assert.equal(redact(text, findings), '👍 “Café” — ring [Redacted – s40(2)]\r\nor email [Redacted – s40(2)]');

  const f = (start, end, exemption, severity = 'high') => ({
    start, end, text: 'abcdefghij'.slice(start, end), kind: 'other_identifier', family: 'personal', severity,
    exemption, rule: 'test', reason: 'test', context: 'answer',
  });
  const overlapping = [f(6, 9, 's40(2)'), f(1, 4, 's40(2)'), f(2, 6, 's31(1)(a)'), f(9, 10, 's40(2)', 'info')];
  // b–d and c–f overlap: one redaction citing both exemptions; g–i only touches it.
  assert.equal(redact('abcdefghij', overlapping), 'a[Redacted – s40(2), s31(1)(a)][Redacted – s40(2)]j');
  assert.equal(redact('abcdefghij', overlapping, { minSeverity: 'info', label: (_f, merged) => `<${merged.length}>` }), 'a<2><1><1>');
  assert.throws(() => redact('abcdefghij!', [f(1, 4, 's40(2)')].map((x) => ({ ...x, text: 'xyz' }))), /not in this text/);
  assert.throws(() => redact(text, findings, { minSeverity: 'loud' }), /minSeverity/);
});

test('Node: a bad config throws an Error naming the field', () => {
  const { Scanner } = lib;
  const refused = (config) => {
    try { new Scanner(config); } catch (e) { assert.ok(e instanceof Error); return e.message; }
    return assert.fail(`accepted ${JSON.stringify(config)}`);
  };
  assert.match(refused({ minSeverity: 'urgent' }), /^invalid config: minSeverity: unknown variant `urgent`, expected one of `info`, `review`, `high`/);
  assert.match(refused({ disabledKinds: ['phones'] }), /disabledKinds\[0\]/);
  assert.match(refused({ deny: [{ term: 'Kestrel' }] }), /deny\[0\]: missing field `kind`/);
  assert.match(refused({ alow: ['x'] }), /unknown field `alow`/);
  assert.match(refused('{"minSeverity": "urgent"}'), /minSeverity/);
  assert.match(refused([]), /expected an object/);
});

test('Node: init takes bytes, says when it is missing, and the browser-only parts import', { timeout: 180_000 }, async () => {
  // Fresh processes, since init() loads once per process.
  assert.equal(inApp(`
    import { readFile } from 'node:fs/promises';
    import { init, Scanner } from 'redaction-check';
    const bytes = await readFile(new URL(import.meta.resolve('redaction-check/redaction_check_bg.wasm')));
    await init({ module_or_path: bytes });
    console.log(new Scanner().scan('07700 900123').findings.length);`), '1');
  assert.equal(inApp(`
    import { readFile } from 'node:fs/promises';
    import init, { Scanner } from 'redaction-check';
    await init(await WebAssembly.compile(await readFile(new URL(import.meta.resolve('redaction-check/redaction_check_bg.wasm')))));
    console.log(new Scanner().scan('07700 900123').findings.length);`), '1');
  assert.equal(inApp(`
    import { Scanner, version } from 'redaction-check';
    for (const f of [() => new Scanner(), () => version()]) try { f(); } catch (e) { console.log(e.message); }`),
  'redaction-check: call `await init()` before new Scanner()\nredaction-check: call `await init()` before version()');
  // Browser-only: importable (server-side rendering), with a clear error if used.
  assert.equal(typeof lib.createScanWorker, 'function');
  assert.throws(() => lib.createScanWorker(), /needs Web Workers/);
  const { element } = await import(pathToFileURL(join(app, 'uses.mjs')));
  assert.equal(typeof element.defineRedactionCheckElement, 'function');
  element.defineRedactionCheckElement(); // no DOM: does nothing
});

// A tiny JSON Schema check, enough for the keywords config.schema.json uses; it
// returns the first error's path in the core's notation (deny[0].kind), or null.
const KEYWORDS = new Set(['$schema', 'title', 'description', 'type', 'properties', 'additionalProperties',
  'required', 'items', '$ref', '$defs', 'enum', 'pattern']);
function check(schema, value, root = schema, path = '') {
  const at = (key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
  if (schema.$ref) {
    const found = check(schema.$ref.split('/').slice(1).reduce((s, k) => s[k], root), value, root, path);
    if (found !== null) return found;
  }
  const is = { object: (v) => v !== null && typeof v === 'object' && !Array.isArray(v), array: Array.isArray,
    string: (v) => typeof v === 'string', null: (v) => v === null };
  if (schema.type && ![schema.type].flat().some((t) => is[t](value))) return path;
  if (schema.enum && !schema.enum.includes(value)) return path;
  if (schema.pattern && typeof value === 'string' && !new RegExp(schema.pattern, 'u').test(value)) return path;
  if (schema.items && Array.isArray(value)) {
    for (const [i, v] of value.entries()) { const e = check(schema.items, v, root, at(i)); if (e !== null) return e; }
  }
  if (schema.properties && is.object(value)) {
    for (const key of schema.required ?? []) if (!(key in value)) return path;
    for (const [key, v] of Object.entries(value)) {
      if (schema.properties[key]) { const e = check(schema.properties[key], v, root, at(key)); if (e !== null) return e; }
      else if (schema.additionalProperties === false) return at(key);
    }
  }
  return null;
}

test('the JSON Schema ships and agrees with the core', { timeout: 180_000 }, async () => {
  const { element, schemaUrl } = await import(pathToFileURL(join(app, 'uses.mjs')));
  assert.ok(element);
  const schema = JSON.parse(await readFile(new URL(schemaUrl), 'utf8'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const walk = (s) => {
    if (Array.isArray(s) || s === null || typeof s !== 'object') return;
    for (const [k, v] of Object.entries(s)) {
      assert.ok(KEYWORDS.has(k), `schema keyword ${k} is not understood by this test's check`);
      if (k === 'properties' || k === '$defs') Object.values(v).forEach(walk);
      else if (k === 'items') walk(v);
    }
  };
  walk(schema);

  // The enums are exactly what the core accepts (its error lists every variant) and what the .d.ts says.
  const { Scanner } = lib;
  const variants = (config) => {
    try { new Scanner(config); } catch (e) { return [...e.message.split('expected one of ')[1].matchAll(/`(\w+)`/g)].map((m) => m[1]).sort(); }
    return assert.fail('accepted');
  };
  assert.deepEqual([...schema.$defs.kind.enum].sort(), variants({ disabledKinds: ['?'] }));
  assert.deepEqual([...schema.$defs.severity.enum].sort(), variants({ minSeverity: '?' }));
  assert.deepEqual(Object.keys(schema.properties).sort(), variants({ '?': 1 }));
  const dts = await readFile(join(installed, 'redaction_check.d.ts'), 'utf8');
  const kinds = [...dts.match(/export type Kind =([^;]+);/)[1].matchAll(/"(\w+)"/g)].map((m) => m[1]).sort();
  assert.deepEqual([...schema.$defs.kind.enum].sort(), kinds);

  const cases = [
    [{}, null],
    [{ publicPeople: ['Jane Smith'], publicNumbers: ['020 7946 0000'], roleMailboxes: ['records', 'press.office@example.gov.uk'],
      allow: ['TightVNC'], deny: [{ term: 'Project Kestrel', kind: 'it_supplier', severity: 'review' }],
      disabledKinds: ['it_supplier'], minSeverity: 'review' }, null],
    [{ deny: [{ term: 'Kestrel', kind: 'credential', reason: null }] }, null],
    [{ disabledKinds: schema.$defs.kind.enum, minSeverity: 'high' }, null],
    [{ unknownField: 1 }, 'unknownField'],
    [{ minSeverity: 'urgent' }, 'minSeverity'],
    [{ minSeverity: 2 }, 'minSeverity'],
    [{ disabledKinds: ['phones'] }, 'disabledKinds[0]'],
    [{ allow: 'TightVNC' }, 'allow'],
    [{ allow: [1] }, 'allow[0]'],
    [{ publicPeople: ['  '] }, 'publicPeople[0]'],
    [{ publicNumbers: ['123'] }, 'publicNumbers[0]'],
    [{ deny: [{ term: 'Kestrel' }] }, 'deny[0]'],
    [{ deny: [{ term: '', kind: 'email' }] }, 'deny[0].term'],
    [{ deny: [{ term: 'Kestrel', kind: 'email', severity: null }] }, 'deny[0].severity'],
    [{ deny: [{ term: 'Kestrel', kind: 'email', note: 'x' }] }, 'deny[0].note'],
    [[], ''],
  ];
  for (const [config, path] of cases) {
    const label = JSON.stringify(config);
    assert.equal(check(schema, config), path, `schema on ${label}`);
    let error = null;
    try { new Scanner(config); } catch (e) { error = e.message; }
    if (path === null) assert.equal(error, null, `core on ${label}`);
    else assert.ok(error?.startsWith(path ? `invalid config: ${path}: ` : 'invalid config: '), `core on ${label}: ${error}`);
  }
});

test('the .d.ts type-checks an integrator\'s TypeScript (tsc --strict, NodeNext and Bundler)', { timeout: 180_000 }, async () => {
  for (const file of ['sample.ts', 'tsconfig.json', 'tsconfig.bundler.json']) await copyFile(join(HERE, file), join(app, file));
  const tsc = join(HERE, 'node_modules/typescript/bin/tsc');
  for (const project of ['tsconfig.json', 'tsconfig.bundler.json']) {
    try {
      execFileSync(process.execPath, [tsc, '-p', project, '--noEmit', '--strict'], { cwd: app, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      assert.fail(`tsc -p ${project} failed:\n${e.stdout}${e.stderr}`);
    }
  }
});

test('Chromium: the example page, the element, the worker', { timeout: 180_000 }, async () => {
  const server = await serve();
  const browser = await chromium.launch(CHROMIUM);
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console: ${m.text()} (${m.location().url})`); });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.url}examples/`);
    const status = page.locator('redaction-check .redaction-check-status');
    await status.filter({ hasText: 'No findings.' }).waitFor(); // the empty textarea, scanned in the worker
    const loaded = requests.length;

    // Typing: the element re-scans (debounced) and the page builds its list from the event.
    const events = page.evaluate(() => new Promise((resolve) => {
      const seen = [];
      document.querySelector('redaction-check').addEventListener('findings', (e) => {
        seen.push(e.detail.findings.length);
        if (e.detail.findings.length === 5) resolve(seen);
      });
    }));
    await page.fill('#reply', 'Dear Ms Okafor,\n\nWe use TightVNC; BT supplies our lines; call 07700 900123 or foi@example.gov.uk. Jane Smith, Chief Executive.');
    await page.locator('#reply').press('End');
    await page.locator('#reply').pressSequentially(' Or Jo: 07700 900456.');
    const seen = await events;
    assert.ok(seen.length <= 4, `typing is debounced: ${seen.length} findings events for ${' Or Jo: 07700 900456.'.length + 1} inputs`);
    const marks = await page.locator('redaction-check mark').allTextContents();
    assert.deepEqual(marks, ['Okafor', 'TightVNC', 'BT', '07700 900123', '07700 900456']);
    assert.equal(await status.textContent(), '5 findings to review.');
    assert.deepEqual(await page.locator('#schedule li').allTextContents(), [
      '“Okafor” — person name, s40(2) (high)', '“TightVNC” — remote access, s31(1)(a) (high)',
      '“BT” — it supplier, s31(1)(a) (review)', '“07700 900123” — phone, s40(2) (high)', '“07700 900456” — phone, s40(2) (high)']);
    assert.equal(await page.textContent('#preview'), 'Dear Ms [Redacted – s40(2)],\n\nWe use [Redacted – s31(1)(a)]; [Redacted – s31(1)(a)] supplies our lines; call '
      + '[Redacted – s40(2)] or foi@example.gov.uk. Jane Smith, Chief Executive. Or Jo: [Redacted – s40(2)].');
    assert.equal(await page.isDisabled('#send'), true);
    // A finding in the list selects its text in the textarea.
    await page.locator('redaction-check li button').nth(1).click();
    assert.equal(await page.evaluate(() => { const t = document.getElementById('reply'); return t.value.slice(t.selectionStart, t.selectionEnd); }), 'TightVNC');
    // min-severity applies at once, without a new scan.
    await page.evaluate(() => document.querySelector('redaction-check').setAttribute('min-severity', 'high'));
    await page.locator('#schedule li').nth(4).waitFor({ state: 'detached' });
    assert.deepEqual(await page.locator('redaction-check mark').allTextContents(), ['Okafor', 'TightVNC', '07700 900123', '07700 900456']);
    assert.deepEqual(requests.slice(loaded), [], 'typing and scanning make no request');
    await page.screenshot({ path: join(ROOT, 'target/screenshots/package-example.png'), fullPage: true });

    // createScanWorker on its own: configs, errors as Errors naming the field, terminate.
    const worker = await page.evaluate(async () => {
      const { createScanWorker } = await import('/pkg/index.js');
      const messages = async (p) => p.then(() => 'resolved', (e) => `${e instanceof Error}: ${e.message}`);
      const w = createScanWorker({ config: { allow: ['TightVNC'] } });
      const first = (await w.scan('We use TightVNC and AnyDesk.')).findings.map((f) => f.text);
      const badSet = await messages(w.setConfig({ minSeverity: 'urgent' }));
      const kept = (await w.scan('We use TightVNC and AnyDesk.')).findings.map((f) => f.text);
      // A DataView's bytes reach the core's .docx reader (these are no .docx); a number does not.
      const notDocx = await messages(w.scanDocx(new DataView(new Uint8Array([80, 75, 1, 2, 3]).buffer, 1, 3)));
      const notBytes = await messages(w.scanDocx(42));
      w.terminate();
      const afterTerminate = await messages(w.scan('x'));
      const v = createScanWorker({ config: { disabledKinds: ['phones'] } });
      const badFirst = await messages(v.scan('07700 900123'));
      await v.setConfig({ disabledKinds: ['phone'] });
      const fixed = (await v.scan('07700 900123 TightVNC')).findings.map((f) => f.text);
      v.terminate();
      const missing = createScanWorker({ workerUrl: '/nowhere/scan-worker.js' });
      const notLoaded = await messages(missing.scan('x'));
      missing.terminate();
      return { first, badSet, kept, notDocx, notBytes, afterTerminate, badFirst, fixed, notLoaded };
    });
    assert.deepEqual(worker.first, ['AnyDesk']);
    assert.match(worker.badSet, /^true: invalid config: minSeverity: unknown variant `urgent`/);
    assert.deepEqual(worker.kept, ['AnyDesk'], 'a refused config leaves the old one in force');
    assert.match(worker.notDocx, /^true: unreadable input: this \.docx file is damaged/);
    assert.equal(worker.notBytes, 'true: scanDocx: the file must be a Uint8Array or an ArrayBuffer of its bytes');
    assert.equal(worker.afterTerminate, 'true: redaction-check: the scan worker was terminated');
    assert.match(worker.badFirst, /^true: invalid config: disabledKinds\[0\]: unknown variant `phones`/);
    assert.deepEqual(worker.fixed, ['TightVNC']);
    assert.match(worker.notLoaded, /^true: redaction-check: the scan worker failed/);

    // `for`, a textarea added later, a bad config attribute shown (not a silent "no findings"), then fixed.
    const late = await page.evaluate(async () => {
      const el = document.createElement('redaction-check');
      el.setAttribute('for', 'late');
      el.setAttribute('config', '{"minSeverity": "urgent"}');
      document.body.append(el);
      const failed = new Promise((resolve) => el.addEventListener('error', (e) => resolve(e.message), { once: true }));
      const area = document.createElement('textarea');
      area.id = 'late';
      area.value = 'Ring 07700 900123.';
      document.body.append(area);
      const error = await failed;
      const shown = el.querySelector('.redaction-check-status').textContent;
      const found = new Promise((resolve) => el.addEventListener('findings', (e) => resolve(e.detail), { once: true }));
      el.config = { minSeverity: 'high' };
      const detail = await found;
      const config = el.config;
      // A config refused later: the element says so and checks nothing with the old one.
      let events = 0;
      el.addEventListener('findings', () => events++);
      const refused = new Promise((resolve) => el.addEventListener('error', (e) => resolve(e.message), { once: true }));
      el.config = { disabledKinds: ['phones'] };
      const again = await refused;
      area.value += ' Or 07700 900456.';
      area.dispatchEvent(new Event('input'));
      await new Promise((resolve) => setTimeout(resolve, 400));
      const stillShown = el.querySelector('.redaction-check-status').textContent;
      return { error, shown, texts: detail.findings.map((f) => f.text), text: detail.text, config, again, stillShown, events };
    });
    assert.match(late.error, /^invalid config: minSeverity: unknown variant `urgent`/);
    assert.equal(late.shown, `Not checked: ${late.error}`);
    assert.deepEqual(late.texts, ['07700 900123']);
    assert.equal(late.text, 'Ring 07700 900123.');
    assert.deepEqual(late.config, { minSeverity: 'high' });
    assert.match(late.again, /^invalid config: disabledKinds\[0\]: unknown variant `phones`/);
    assert.equal(late.stillShown, `Not checked: ${late.again}`);
    assert.equal(late.events, 0);

    const foreign = requests.filter((u) => !u.startsWith(server.url));
    assert.deepEqual(foreign, [], 'nothing leaves the page');
    assert.deepEqual(problems.filter((p) => !/\/nowhere\/|\/favicon\.ico\)$/.test(p)), []); // the 404s we caused, and Chromium's own favicon request
  } finally {
    await browser.close();
    await server.close();
  }
});
