// The packed npm tarball, installed into a scratch folder, used as an integrator would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile, copyFile, readFile, rm, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { serve, CHROMIUM_ARGS } from '../js/serve.mjs';

const PKG = fileURLToPath(new URL('../../pkg/', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
let scratch;
let installed;

before(async () => {
  assert.ok(existsSync(join(PKG, 'package.json')), 'pkg/ is missing: run scripts/build.sh first');
  scratch = await mkdtemp(join(tmpdir(), 'redaction-check-pkg-'));
  const packed = execFileSync('npm', ['pack', PKG, '--pack-destination', scratch, '--silent'], { encoding: 'utf8' }).trim().split('\n').pop();
  const app = join(scratch, 'app');
  await mkdir(app);
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', join(scratch, packed)], { cwd: app, stdio: 'pipe' });
  installed = app;
});
after(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

test('the tarball holds exactly the package files', async () => {
  const files = execFileSync('npm', ['pack', PKG, '--dry-run', '--json'], { encoding: 'utf8' });
  const names = JSON.parse(files)[0].files.map((f) => f.path).sort();
  for (const want of ['index.js', 'index.d.ts', 'element.js', 'scan-worker.js', 'redaction_check_bg.wasm', 'config.schema.json', 'package.json']) {
    assert.ok(names.includes(want), `${want} in ${names}`);
  }
  assert.ok(!names.some((n) => n.startsWith('node_modules')));
});

test('import the installed package in Node: scan, redact, versions, bad config', async () => {
  const entry = pathToFileURL(join(installed, 'node_modules/redaction-check/index.js'));
  const { init, Scanner, redact, version, rulePackVersion } = await import(entry);
  await init();
  await init(); // once is enough; twice is harmless
  const text = 'Dear Sir\n\n👍 Call Jo on 07700 900123 or jo.bloggs@example.org; we use TightVNC.';
  const { findings } = new Scanner().scan(text);
  const rules = findings.map((f) => f.rule);
  assert.ok(rules.includes('phone.uk.mobile') && rules.includes('email.personal') && rules.includes('remote.support'), rules.join());
  for (const f of findings) assert.equal(text.slice(f.start, f.end), f.text);
  assert.equal(redact(text, findings),
    'Dear Sir\n\n👍 Call Jo on [Redacted – s40(2)] or [Redacted – s40(2)]; we use [Redacted – s31(1)(a)].');
  assert.equal(redact(text, findings, { only: (f) => f.family === 'cyber', label: () => '█' }),
    'Dear Sir\n\n👍 Call Jo on 07700 900123 or jo.bloggs@example.org; we use █.');
  assert.match(version(), /^\d+\.\d+\.\d+$/);
  assert.match(rulePackVersion(), /^\d+\.\d+\.\d+\+\d+r\.\d+t\.\d+p$/);
  assert.throws(() => new Scanner({ minSeverity: 'urgent' }), (e) => e instanceof Error && /minSeverity/.test(e.message) && /urgent/.test(e.message));
  assert.throws(() => new Scanner({ disabledKinds: ['phones'] }), (e) => /disabledKinds\[0\]/.test(e.message));
  assert.throws(() => redact(text, findings, { minSeverity: 'loud' }), /minSeverity/);
});

test('the JSON Schema ships and agrees with the core', async () => {
  const schema = JSON.parse(await readFile(join(installed, 'node_modules/redaction-check/config.schema.json'), 'utf8'));
  const { init, Scanner } = await import(pathToFileURL(join(installed, 'node_modules/redaction-check/index.js')));
  await init();
  const top = Object.keys(schema.properties).sort();
  assert.deepEqual(top, ['allow', 'deny', 'disabledKinds', 'minSeverity', 'publicNumbers', 'publicPeople', 'roleMailboxes'].sort());
  // Every kind and severity the schema allows, the core accepts; others it refuses.
  const scanner = new Scanner({ disabledKinds: schema.$defs.kind.enum, minSeverity: 'high' });
  assert.ok(scanner);
  for (const s of schema.$defs.severity.enum) new Scanner({ minSeverity: s });
  assert.throws(() => new Scanner({ unknownField: 1 }), /unknownField/);
  assert.equal(schema.additionalProperties, false);
});

test('the .d.ts type-checks an integrator\'s TypeScript', async () => {
  await copyFile(join(HERE, 'sample.ts'), join(installed, 'sample.ts'));
  await copyFile(join(HERE, 'tsconfig.json'), join(installed, 'tsconfig.json'));
  const tsc = join(HERE, 'node_modules/typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', installed], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    assert.fail(`tsc failed:\n${e.stdout}${e.stderr}`);
  }
});

test('the example page, the custom element and the worker in Chromium', async () => {
  const server = await serve();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}examples/`);
    await page.waitForFunction(() => customElements.get('redaction-check') !== undefined);
    // Loaded: the element's worker has scanned the empty form once.
    await page.waitForFunction(() => /0 item\(s\)/.test(document.getElementById('summary').textContent));
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.fill('#reply', 'Dear Ms Okafor, we use TightVNC; call 07700 900123 or foi@example.gov.uk.');
    await page.waitForFunction(() => /^3 item\(s\)/.test(document.getElementById('summary').textContent));
    const marks = await page.$$eval('redaction-check mark', (ms) => ms.map((m) => m.textContent));
    assert.deepEqual(marks, ['Okafor', 'TightVNC', '07700 900123']);
    assert.equal(await page.textContent('#preview'), 'Dear Ms [Redacted – s40(2)], we use [Redacted – s31(1)(a)]; call [Redacted – s40(2)] or foi@example.gov.uk.');
    assert.equal(await page.isDisabled('#send'), true);
    assert.deepEqual(requests, [], 'typing and scanning fetch nothing');
    // createScanWorker directly, with a bad config rejecting with the field named.
    const result = await page.evaluate(async () => {
      const { createScanWorker } = await import('/pkg/index.js');
      const w = createScanWorker({ config: { allow: ['TightVNC'] } });
      const r = await w.scan('We use TightVNC and AnyDesk.');
      let error = '';
      try { await w.setConfig({ minSeverity: 'urgent' }); } catch (e) { error = e.message; }
      w.terminate();
      return { texts: r.findings.map((f) => f.text), error };
    });
    assert.deepEqual(result.texts, ['AnyDesk']);
    assert.match(result.error, /minSeverity/);
    assert.deepEqual(errors, []);
    await page.screenshot({ path: fileURLToPath(new URL('../../target/screenshots/example.png', import.meta.url)) });
  } finally {
    await browser.close();
    await server.close();
  }
});
