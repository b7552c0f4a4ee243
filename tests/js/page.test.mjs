// The served page in Debian's headless Chromium, driving the real built wasm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { serve, CHROMIUM_ARGS } from './serve.mjs';

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

test('paste a draft and see the findings highlighted, with no request after load', async () => {
  const page = await browser.newPage();
  const requests = [];
  await page.goto(server.url);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
  page.on('request', (r) => requests.push(r.url()));

  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /connect-src 'self'/);
  await page.fill('#draft', DRAFT);
  await page.waitForFunction(() => document.querySelectorAll('#highlighted mark').length >= 5);

  const marks = await page.$$eval('#highlighted mark', (ms) => ms.map((m) => ({ text: m.textContent, cls: m.className, title: m.title })));
  const texts = marks.map((m) => m.text);
  for (const want of ['Okafor', 'TightVNC', '10.1.2.3', '07700 900123', 'jane.smith@example.nhs.uk', 'foi@example.gov.uk']) {
    assert.ok(texts.includes(want), `${want} highlighted exactly (UTF-16 offsets after the emoji): ${JSON.stringify(texts)}`);
  }
  const vnc = marks.find((m) => m.text === 'TightVNC');
  assert.match(vnc.cls, /cyber high/);
  assert.match(vnc.title, /s31\(1\)\(a\)/);
  assert.match(marks.find((m) => m.text === 'foi@example.gov.uk').cls, /personal info/);
  const status = await page.textContent('#status');
  assert.match(status, /findings: \d+ high/);
  assert.ok(await page.$$eval('#findings li', (li) => li.length) >= 6);
  await page.screenshot({ path: new URL('page-first.png', SHOTS).pathname, fullPage: true });
  assert.deepEqual(requests, [], 'no network request after load');
  await page.close();
});
