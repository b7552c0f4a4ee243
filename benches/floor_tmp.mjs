import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { launchChromium } from './common.mjs';
const DIR = process.argv[2];
const server = createServer(async (req, res) => {
  const p = new URL(req.url, 'http://x').pathname;
  try { const b = await readFile(join(DIR, p.endsWith('/') ? 'index.html' : p));
    res.writeHead(200, {'content-type': p.endsWith('.js') ? 'text/javascript' : 'text/html'}).end(b);} catch { res.writeHead(404).end(); }
});
const browser = await launchChromium('floor');
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/`;
for (let i = 0; i < 7; i++) {
  const context = await browser.newContext(); const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const r = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0];
    return [n.responseEnd, n.domContentLoadedEventEnd, performance.getEntriesByName('redaction-check:script')[0]?.startTime].map(x=>x?.toFixed(0)); });
  console.log(r.join(' ')); await context.close();
}
await browser.close(); server.close();
