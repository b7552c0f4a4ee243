// The officer's page in Debian's headless Chromium, driving the real built wasm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { serve, CHROMIUM_ARGS } from './serve.mjs';
import { docx, p } from './docx.mjs';

const SHOTS = new URL('../../target/screenshots/', import.meta.url);
let server;
let browser;

before(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await serve();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const DRAFT = 'Dear Ms Okafor\n\n👍 Our engineers use TightVNC on 10.1.2.3. Call Jo on 07700 900123 or jane.smith@example.nhs.uk; general enquiries to foi@example.gov.uk.\n';

async function openPage(context) {
  const page = await context.newPage();
  const requests = [];
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready=true]');
  page.on('request', (r) => { if (!/^(blob|data):/.test(r.url())) requests.push(r.url()); });
  return { page, requests };
}

async function paste(page, text) {
  await page.fill('#draft', text);
  await page.waitForFunction((n) => document.querySelectorAll('#highlighted mark').length >= n && /findings:/.test(document.getElementById('status').textContent), 4);
}

const marks = (page) => page.$$eval('#highlighted mark', (ms) => ms.map((m) => ({ text: m.textContent, cls: m.className, title: m.title })));

test('paste, see, decide with the keyboard, export; no request after load', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page, requests } = await openPage(context);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /connect-src 'self'/);
  assert.match(await page.textContent('.private'), /nothing you paste or open leaves this page/i);

  await paste(page, DRAFT);
  const ms = await marks(page);
  const texts = ms.map((m) => m.text);
  for (const want of ['Okafor', 'TightVNC', '10.1.2.3', '07700 900123', 'jane.smith@example.nhs.uk']) {
    assert.ok(texts.includes(want), `${want} highlighted exactly after the emoji: ${JSON.stringify(texts)}`);
  }
  assert.match(ms.find((m) => m.text === 'TightVNC').cls, /cyber high/);
  assert.match(ms.find((m) => m.text === 'TightVNC').title, /s31\(1\)\(a\)/);
  assert.match(await page.textContent('#status'), /6 findings: 5 high, 0 review, 1 info/);
  // Info findings are hidden by default and shown with the filter.
  assert.ok(!texts.includes('foi@example.gov.uk'));
  await page.check('input[name=severity][value=info]');
  await page.waitForFunction(() => [...document.querySelectorAll('#highlighted mark')].some((m) => m.textContent === 'foi@example.gov.uk'));
  await page.uncheck('input[name=severity][value=info]');
  assert.match(await page.textContent('#groups'), /remote access \(1\)/);

  // Keyboard: j selects the first (Okafor), x keeps it; j, j to 10.1.2.3... r redacts.
  await page.click('h1');
  await page.keyboard.press('j');
  assert.match(await page.textContent('#d-title'), /Okafor/);
  await page.keyboard.press('x');
  await page.keyboard.press('j');
  assert.match(await page.textContent('#d-title'), /TightVNC/);
  await page.keyboard.press('r');
  await page.fill('#d-note', 'remote tool: s31');
  await page.click('h1');
  await page.keyboard.press('ArrowDown');
  assert.match(await page.textContent('#d-title'), /10\.1\.2\.3/);
  await page.keyboard.press('k');
  assert.match(await page.textContent('#d-title'), /TightVNC/);
  await page.screenshot({ path: new URL('page-review.png', SHOTS).pathname, fullPage: true });

  // Export the redacted text and the schedule.
  const [textDl] = await Promise.all([page.waitForEvent('download'), page.click('#x-text')]);
  const redacted = await readFile(await textDl.path(), 'utf8');
  assert.equal(redacted,
    'Dear Ms Okafor\n\n👍 Our engineers use [Redacted – s31(1)(a)] on [Redacted – s31(1)(a)]. Call Jo on [Redacted – s40(2)] or [Redacted – s40(2)]; general enquiries to foi@example.gov.uk.\n');
  const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('#x-csv')]);
  const csv = (await readFile(await csvDl.path(), 'utf8')).split('\r\n');
  assert.equal(csv[0], 'number,location,kind,exemption,reason,decision,note,text (masked)');
  assert.equal(csv.length, 8); // header, six findings, trailing empty line
  const vnc = csv.find((l) => l.includes('remote_access'));
  assert.match(vnc, /^2,"?line 3, col \d+"?,remote_access,s31\(1\)\(a\),.*,redact,remote tool: s31,T\*\*\*\*\*\*\*$/);
  assert.match(csv.find((l) => l.includes('person_name')), /,keep,,O\*\*\*\*\*$/);
  assert.ok(!csv.join('\n').includes('jane.smith'), 'the schedule masks the redacted text');
  assert.deepEqual(requests, [], 'no network request after load');
  await context.close();
});

test('keep everywhere goes into the allow list, which survives a reload', async () => {
  const context = await browser.newContext();
  const { page } = await openPage(context);
  await paste(page, DRAFT);
  await page.click('h1');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  assert.match(await page.textContent('#d-title'), /TightVNC/);
  await page.keyboard.press('e');
  await page.waitForFunction(() => ![...document.querySelectorAll('#highlighted mark')].some((m) => m.textContent === 'TightVNC'));
  assert.equal(await page.inputValue('#allow'), 'TightVNC');

  await page.reload();
  await page.waitForSelector('body[data-ready=true]');
  assert.equal(await page.inputValue('#allow'), 'TightVNC');
  await paste(page, DRAFT);
  const texts = (await marks(page)).map((m) => m.text);
  assert.ok(!texts.includes('TightVNC') && texts.includes('10.1.2.3'), JSON.stringify(texts));
  // Nothing but the allow list is stored.
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(keys, ['redaction-check.allow']);
  await context.close();
});

test('a .docx with a comment and a tracked change, and a damaged one', async () => {
  const context = await browser.newContext();
  const { page, requests } = await openPage(context);
  const body = p('Dear Sir') + p('Call Jo on 07700 900123.')
    + '<w:p><w:r><w:t xml:space="preserve">Servers at </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>10.9.8.7 </w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>the data centre</w:t></w:r></w:ins></w:p>';
  await page.setInputFiles('#file', { name: 'draft.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx(body, [['Jo Bloggs', 'Remove before release']]) });
  await page.waitForFunction(() => document.getElementById('draft').value.includes('Comment by'));
  await page.check('input[name=severity][value=info]');
  await page.waitForFunction(() => document.querySelectorAll('#groups li').length >= 4);
  const list = await page.textContent('#groups');
  assert.match(list, /hidden content/);
  assert.match(list, /Remove before release/);
  assert.match(list, /10\.9\.8\.7/);
  assert.match(list, /07700 900123/);
  await page.screenshot({ path: new URL('page-docx.png', SHOTS).pathname, fullPage: true });

  await page.setInputFiles('#file', { name: 'broken.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 not really a zip') });
  await page.waitForFunction(() => /Could not open broken\.docx/.test(document.getElementById('status').textContent));
  assert.match(await page.textContent('#status'), /damaged/);
  assert.deepEqual(requests, []);
  await context.close();
});

test('usable in a narrow window', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const { page } = await openPage(context);
  await paste(page, DRAFT);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px)`);
  await page.screenshot({ path: new URL('page-narrow.png', SHOTS).pathname, fullPage: true });
  await context.close();
});
