// What the wasm and page benchmarks share: the dev drafts, and Debian's headless
// Chromium driven by tests/js's playwright-core.
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);

/** The dev drafts (../shared/eval/dev/docs), sorted by name; a short sample without them. */
export async function devDrafts() {
  const dir = new URL('../shared/eval/dev/docs/', root);
  try {
    const names = (await readdir(dir)).filter((n) => n.endsWith('.txt') || n.endsWith('.md')).sort();
    return await Promise.all(names.map((n) => readFile(new URL(n, dir), 'utf8')));
  } catch {
    // Said out loud: the figures of this stand-in are not comparable with the drafts'.
    console.error(`benches: no dev drafts at ${fileURLToPath(dir)}; timing a short synthetic text instead, whose figures are not comparable`);
    return ['Dear Ms Smith\n\nWe use TightVNC on 10.1.2.3. Call Jo on 07700 900123 or jo.bloggs@example.org.\n'.repeat(20)];
  }
}

/** Headless Chromium, or null (having said `what` is skipped) when none is on PATH.
 * CHROMIUM_EXTRA adds flags, space-separated (e.g. `--js-flags=--no-wasm-lazy-compilation`). */
export async function launchChromium(what) {
  let executablePath = '';
  try {
    executablePath = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    /* not installed */
  }
  if (!executablePath) {
    console.log(`== ${what} in Chromium: skipped (no chromium on PATH)`);
    return null;
  }
  const { chromium } = createRequire(new URL('tests/js/package.json', root))('playwright-core');
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', ...(process.env.CHROMIUM_EXTRA ? process.env.CHROMIUM_EXTRA.split(' ') : [])],
  });
}
