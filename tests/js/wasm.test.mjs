// The real built wasm module (pkg/, from scripts/build.sh) under Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { docx } from './docx-fixture.mjs';

const pkg = new URL('../../pkg/', import.meta.url);
const { default: init, Scanner, version, rulePackInfo } = await import(new URL('redaction_check.js', pkg));
await init({ module_or_path: await readFile(new URL('redaction_check_bg.wasm', pkg)) });

test('offsets are UTF-16 code units, right after emoji, accents and CRLF', () => {
  const text = 'Café’s — 👍👍 note\r\n🙈 Ring 07700 900123 or email jane.smith@example.org about TightVNC.\r\n';
  const { findings } = new Scanner().scan(text);
  assert.ok(findings.length >= 2, JSON.stringify(findings));
  for (const f of findings) {
    assert.equal(text.slice(f.start, f.end), f.text, `span of ${f.rule}`);
    assert.equal(typeof f.start, 'number');
  }
  const mobile = findings.find((f) => f.rule === 'phone.uk.mobile');
  assert.equal(mobile.text, '07700 900123');
  assert.equal(mobile.severity, 'high');
  assert.equal(mobile.exemption, 's40(2)');
  assert.equal(mobile.family, 'personal');
  assert.equal(mobile.context, 'answer');
  assert.ok(findings.some((f) => f.text === 'jane.smith@example.org' && f.rule === 'email.personal'));
});

test('findings are plain objects with exactly the contract fields', () => {
  const { findings } = new Scanner().scan('Call 07700 900123.');
  assert.deepEqual(Object.keys(findings[0]).sort(),
    ['context', 'end', 'exemption', 'family', 'kind', 'reason', 'rule', 'severity', 'start', 'text']);
  assert.equal(Object.getPrototypeOf(findings[0]), Object.prototype);
});

test('a bad config throws an Error naming the field', () => {
  assert.throws(() => new Scanner({ minSeverity: 'urgent' }), (e) => e instanceof Error && /minSeverity/.test(e.message) && !/at line \d+ column/.test(e.message));
  assert.throws(() => new Scanner([]), (e) => e instanceof Error && /must be a JSON object/.test(e.message));
  assert.throws(() => new Scanner('{"allow": 5}'), (e) => e instanceof Error && /allow/.test(e.message) && /line 1 column/.test(e.message));
  assert.throws(() => new Scanner({ alow: ['x'] }), (e) => e instanceof Error && /alow/.test(e.message));
  assert.throws(() => new Scanner({ publicNumbers: [42] }), (e) => e instanceof Error && /publicNumbers\[0\]/.test(e.message));
  assert.throws(() => new Scanner({ deny: [{ term: 'Falcon' }] }), (e) => e instanceof Error && /deny\[0\]/.test(e.message) && /kind/.test(e.message));
});

test('config is applied: allow list, minimum severity, public numbers', () => {
  const text = 'Jo on 07700 900123, and 0113 496 0999.';
  const plain = new Scanner().scan(text).findings;
  assert.equal(plain.length, 2);
  const allowed = new Scanner({ allow: ['07700 900123'] }).scan(text).findings;
  assert.deepEqual(allowed.map((f) => f.text), ['0113 496 0999']);
  const pub = new Scanner({ publicNumbers: ['0113 496 0999'] }).scan(text).findings;
  assert.equal(pub.find((f) => f.text === '0113 496 0999').severity, 'info');
  const high = new Scanner({ minSeverity: 'high', publicNumbers: ['0113 496 0999'] }).scan(text).findings;
  assert.deepEqual(high.map((f) => f.text), ['07700 900123']);
});

test('empty text, huge text and lone surrogates do not trap', () => {
  const s = new Scanner();
  assert.deepEqual(s.scan('').findings, []);
  const big = 'word '.repeat(2_000_000) + ' 07700 900123';
  const f = s.scan(big).findings;
  assert.equal(f.length, 1);
  assert.equal(big.slice(f[0].start, f[0].end), '07700 900123');
  // A lone surrogate becomes U+FFFD on the way in; the scan still works.
  assert.ok(Array.isArray(s.scan('\uD800 07700 900123').findings));
});

test('a text too long, or with too many findings, to be a draft is a thrown Error, not a trap', () => {
  const s = new Scanner();
  // Over 64 MiB of UTF-8 (a scan needs ~14 times its text, and wasm32 has 4 GiB).
  const long = 'Dear Sir, we hold no information. '.repeat(2_100_000);
  assert.ok(long.length > 64 * 1048576);
  assert.throws(() => s.scan(long), (e) => e instanceof Error && /the text is 69 MiB, more than the 64 MiB/.test(e.message));
  // Non-ASCII counts by its UTF-8 bytes: 35 million "é" are 35 million UTF-16 code
  // units but 67 MiB of UTF-8.
  assert.throws(() => s.scan('é'.repeat(35_000_000)), (e) => e instanceof Error && /the text is 67 MiB/.test(e.message));
  // Over a million findings: nothing but email addresses.
  assert.throws(() => s.scan('a@b.co '.repeat(1_100_000)), (e) => e instanceof Error && /over 1000000 findings \(1100000\)/.test(e.message));
  // The scanner still works, and a long draft inside the limits is scanned.
  assert.equal(s.scan('Call 07700 900123.').findings.length, 1);
  assert.equal(s.scan('x'.repeat(64 * 1048576 - 20) + ' 07700 900123').findings.length, 1);
});

test('a value that is not a draft is a thrown Error naming it, not a wasm trap', () => {
  const s = new Scanner();
  for (const [value, named] of [[undefined, 'undefined'], [null, 'null'], [42, 'type number'], [{}, 'type object'],
    [['Jo'], 'an array'], [Symbol('x'), 'type symbol'], [10n, 'type bigint']]) {
    assert.throws(() => s.scan(value), (e) => e instanceof Error && e.message.startsWith('scan: the draft must be a string')
      && e.message.includes(named), String(named));
    assert.throws(() => s.scanDocx(value), (e) => e instanceof Error && e.message.startsWith('scanDocx: the file must be')
      && e.message.includes(named), String(named));
  }
  assert.throws(() => s.scanDocx('PK'), (e) => e instanceof Error && /not a value of type string/.test(e.message));
  // The scanner still works.
  assert.equal(s.scan('Call 07700 900123.').findings.length, 1);
});

test('a .docx is read from a Uint8Array, a slice of a larger buffer, an ArrayBuffer or a DataView', () => {
  const s = new Scanner();
  const file = docx(['Dear Ms Okafor,', 'Please call Jane Smith on 07700 900123.']);
  const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  const padded = new Uint8Array(bytes.length + 16);
  padded.set(bytes, 8);
  const ways = [bytes, padded.subarray(8, 8 + bytes.length), bytes.slice().buffer,
    new DataView(padded.buffer, 8, bytes.length)];
  const texts = ways.map((b) => s.scanDocx(b).findings.map((f) => f.text));
  for (const t of texts) assert.deepEqual(t, texts[0]);
  assert.ok(texts[0].includes('07700 900123') && texts[0].includes('Jane Smith'), String(texts[0]));
  // A slice that cuts the file short is a damaged file, not a read past its end.
  assert.throws(() => s.scanDocx(padded.subarray(8, 8 + bytes.length - 30)), (e) => e instanceof Error && /damaged/.test(e.message));
});

test('version and rule pack figures', () => {
  assert.match(version(), /^\d+\.\d+\.\d+/);
  const info = rulePackInfo();
  assert.ok(info.patterns > 10);
});
