// An integrator's TypeScript, type-checked against the installed package's .d.ts
// (tsc --strict, module NodeNext and Bundler). Compiled only, never run.
import init, { Scanner, createScanWorker, redact, rulePackVersion, version } from 'redaction-check';
import type { Config, Finding, Kind, RedactOptions, Report, ScanWorker, Severity } from 'redaction-check';
import { RedactionCheckElement, defineRedactionCheckElement } from 'redaction-check/element';
import type { FindingsEventDetail } from 'redaction-check/element';

export async function server(draft: string, wasm: Uint8Array): Promise<string> {
  await init();
  await init(wasm);
  await init({ module_or_path: wasm });
  const config: Config = {
    publicPeople: ['Jane Smith'],
    allow: ['TightVNC'],
    deny: [{ term: 'Project Kestrel', kind: 'it_supplier', severity: 'review', reason: 'An internal code name.' }],
    disabledKinds: ['hidden_content'],
    minSeverity: 'review',
  };
  using scanner = new Scanner(config);
  const plain = new Scanner();
  const fromJson = new Scanner('{"minSeverity":"high"}');
  const report: Report = scanner.scan(draft);
  const high: Finding[] = report.findings.filter((f) => f.severity === 'high');
  const severity: Severity = high[0]?.severity ?? 'info';
  const kind: Kind | undefined = report.findings[0]?.kind;
  const span: [number, number] = [report.findings[0]?.start ?? 0, report.findings[0]?.end ?? 0];
  const options: RedactOptions = {
    minSeverity: 'high',
    label: (f, merged) => `[${f.kind} ×${merged.length}]`,
    only: (f) => f.family === 'personal' && f.context !== 'request',
  };
  const docx = plain.scanDocx(new Uint8Array(0));
  fromJson.free();
  // @ts-expect-error: not a severity
  const bad: Config = { minSeverity: 'urgent' };
  // @ts-expect-error: not a kind
  const badKind: Config = { disabledKinds: ['phones'] };
  // @ts-expect-error: unknown field
  const typo: Config = { allowed: ['x'] };
  return [redact(draft, report.findings, options), version(), rulePackVersion(), severity, kind, span, docx.text, bad, badKind, typo].join();
}

export async function browser(): Promise<void> {
  const worker: ScanWorker = createScanWorker({ config: { roleMailboxes: ['foi'] } });
  const { findings } = await worker.scan('Call 07700 900123.');
  await worker.setConfig({ minSeverity: 'high' });
  const fromFile = await worker.scanDocx(new ArrayBuffer(0));
  worker.terminate();
  createScanWorker({ workerUrl: new URL('/assets/scan-worker.js', location.href) }).terminate();

  defineRedactionCheckElement('my-checker');
  const element: RedactionCheckElement | null = document.querySelector('redaction-check');
  element?.addEventListener('findings', (event) => {
    const detail: FindingsEventDetail = event.detail;
    console.log(detail.findings.length, detail.text.length, findings.length, fromFile.text);
  });
  element?.addEventListener('error', (event) => console.log(event.message));
  if (element) {
    element.config = { allow: ['foi@example.gov.uk'] };
    const now: Config | null = element.config;
    element.check();
    console.log(now, element.findings.map((f) => f.rule));
  }
}
