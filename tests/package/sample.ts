// Type-checked against the installed package's .d.ts (tsc --noEmit --strict).
import init, { Scanner, redact, rulePackVersion, version, createScanWorker } from 'redaction-check';
import type { Config, Finding, Report, Severity } from 'redaction-check';

async function main(): Promise<void> {
  await init();
  const config: Config = { allow: ['foi@example.gov.uk'], minSeverity: 'review', deny: [{ term: 'Project Kestrel', kind: 'it_supplier' }] };
  const scanner = new Scanner(config);
  const report: Report = scanner.scan('Call Jo on 07700 900123.');
  const high: Finding[] = report.findings.filter((f) => f.severity === 'high');
  const sev: Severity = high[0]?.severity ?? 'info';
  const start: number = report.findings[0]?.start ?? 0;
  const kind: string = report.findings[0]?.kind ?? 'phone';
  const out: string = redact('text', report.findings, { minSeverity: 'high', label: (f) => `[${f.kind}]` });
  const v: string = version() + rulePackVersion();
  const worker = createScanWorker({ config });
  const r: Report = await worker.scan('text');
  worker.terminate();
  console.log(sev, start, kind, out, v, r.findings.length);
}

void main();
