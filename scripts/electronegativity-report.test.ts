import { describe, expect, it } from 'vitest';
import {
  allows,
  exitCode,
  formatFinding,
  judge,
  readResult,
  reportLines,
  summaryLine,
  toFinding,
} from './electronegativity-report.js';

// Small samples shaped like electronegativity 1.10.3's run() result (severity/confidence objects carry a
// `format` function there; only `name` matters).
const sev = (name: string) => ({ value: 0, name, format: () => name });
const issue = (over: Record<string, unknown> = {}) => ({
  file: 'electron/main/main.ts',
  sample: '  const win = new BrowserWindow(mainWindowOptions(join(here, "preload.cjs"), title));  ',
  location: { line: 90, column: 14 },
  id: 'CONTEXT_ISOLATION_JS_CHECK',
  description: 'Review the use of the contextIsolation option',
  properties: undefined,
  severity: sev('HIGH'),
  confidence: sev('FIRM'),
  manualReview: false,
  shortenedURL: 'https://git.io/Jeu1p',
  ...over,
});
const globalIssue = issue({
  file: 'N/A',
  sample: undefined,
  location: { line: 0, column: 0 },
  id: 'CSP_GLOBAL_CHECK',
  description: 'No CSP has been detected in the target application',
  severity: sev('MEDIUM'),
  confidence: sev('CERTAIN'),
});
const lowCsp = issue({
  file: 'renderer/index.html',
  sample: "default-src 'self'",
  location: { line: 6, column: 0 },
  id: 'CSP_GLOBAL_CHECK',
  severity: sev('LOW'),
  manualReview: true,
});

const callSite = {
  checks: ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK'],
  file: 'electron/main/main.ts',
  sample: 'new BrowserWindow(mainWindowOptions(',
  reason: 'options built elsewhere',
};

describe('toFinding / readResult', () => {
  it('flattens an issue: names, location, trimmed sample, forward slashes', () => {
    expect(toFinding(issue({ file: 'electron\\main\\main.ts' }))).toEqual({
      id: 'CONTEXT_ISOLATION_JS_CHECK',
      severity: 'HIGH',
      confidence: 'FIRM',
      file: 'electron/main/main.ts',
      line: 90,
      column: 14,
      sample: 'const win = new BrowserWindow(mainWindowOptions(join(here, "preload.cjs"), title));',
      description: 'Review the use of the contextIsolation option',
      manualReview: false,
    });
  });

  it('reads a global check without file or sample', () => {
    expect(toFinding(globalIssue)).toMatchObject({ file: 'N/A', line: 0, sample: '', severity: 'MEDIUM' });
  });

  it('separates files the tool could not parse from tolerable warnings', () => {
    const read = readResult({
      globalChecks: 5,
      atomicChecks: 36,
      issues: [issue()],
      errors: [
        { file: 'a.ts', message: 'Unexpected token', tolerable: false },
        { file: 'b.js', message: 'recovered', tolerable: true },
      ],
    });
    expect(read.findings).toHaveLength(1);
    expect(read.unparsed.map((e) => e.file)).toEqual(['a.ts']);
    expect(read.warnings.map((e) => e.file)).toEqual(['b.js']);
  });

  it('refuses a result without an issues array', () => {
    expect(() => readResult(undefined)).toThrow(/no issues/);
    expect(() => readResult({ errors: [] })).toThrow(/no issues/);
  });
});

describe('judge', () => {
  it('blocks HIGH and MEDIUM, lets LOW through', () => {
    const v = judge([toFinding(issue()), toFinding(globalIssue), toFinding(lowCsp)]);
    expect(v.total).toBe(3);
    expect(v.blocking.map((f) => f.severity)).toEqual(['HIGH', 'MEDIUM']);
    expect(v.other.map((f) => f.file)).toEqual(['renderer/index.html']);
    expect(exitCode(v)).toBe(1);
  });

  it('fails closed on a severity it does not know', () => {
    const v = judge([toFinding(issue({ severity: sev('CRITICAL') })), toFinding(issue({ severity: undefined }))]);
    expect(v.blocking).toHaveLength(2);
  });

  it('passes when only LOW/INFORMATIONAL findings remain', () => {
    const v = judge([toFinding(lowCsp), toFinding(issue({ severity: sev('INFORMATIONAL') }))]);
    expect(v.blocking).toEqual([]);
    expect(exitCode(v)).toBe(0);
  });

  it('allows a finding only when check, file and sample all match', () => {
    const f = toFinding(issue());
    expect(allows(callSite, f)).toBe(true);
    expect(allows(callSite, { ...f, id: 'NODE_INTEGRATION_JS_CHECK' })).toBe(false);
    expect(allows(callSite, { ...f, file: 'electron/main/other.ts' })).toBe(false);
    expect(allows(callSite, { ...f, sample: 'new BrowserWindow({ sandbox: false })' })).toBe(false);
    expect(allows({ ...callSite, sample: undefined }, { ...f, sample: 'anything' })).toBe(true);
  });

  it('counts allowed findings apart, with their reason, and reports unused entries', () => {
    const stale = { checks: ['OPEN_EXTERNAL_JS_CHECK'], file: 'electron/main/main.ts', reason: 'gone' };
    const v = judge([toFinding(issue()), toFinding(issue({ id: 'SANDBOX_JS_CHECK', severity: sev('MEDIUM') }))], [callSite, stale]);
    expect(v.blocking).toEqual([]);
    expect(v.allowed.map((a) => [a.finding.id, a.reason])).toEqual([
      ['CONTEXT_ISOLATION_JS_CHECK', 'options built elsewhere'],
      ['SANDBOX_JS_CHECK', 'options built elsewhere'],
    ]);
    expect(v.unusedAllowEntries).toEqual([stale]);
    expect(exitCode(v)).toBe(0);
  });

  it('fails when a file could not be parsed, even with no findings', () => {
    expect(exitCode(judge([]), [{ file: 'a.ts', message: 'x', tolerable: false }])).toBe(1);
    expect(exitCode(judge([]), [])).toBe(0);
  });
});

describe('report', () => {
  it('prints id, severity, confidence, file:line and description', () => {
    const text = formatFinding(toFinding(issue({ manualReview: true })));
    expect(text).toContain('CONTEXT_ISOLATION_JS_CHECK  HIGH/FIRM [manual review]  electron/main/main.ts:90:14  Review the use of the contextIsolation option');
    expect(text).toContain('> const win = new BrowserWindow(');
    expect(formatFinding(toFinding(globalIssue))).toBe(
      'CSP_GLOBAL_CHECK  MEDIUM/CERTAIN  (whole app)  No CSP has been detected in the target application',
    );
  });

  it('ends with the summary line', () => {
    const v = judge([toFinding(issue()), toFinding(globalIssue), toFinding(lowCsp)], [callSite]);
    expect(summaryLine(v)).toBe('electronegativity: 3 findings, 1 high/medium, 1 allowed');
    const lines = reportLines(v, { unparsed: [{ file: 'x.ts', message: 'boom', tolerable: false }] });
    expect(lines.at(-1)).toBe('electronegativity: 3 findings, 1 high/medium, 1 allowed');
    expect(lines[0]).toBe('NOT SCANNED (parse error) x.ts: boom');
    expect(lines).toContain('High/medium findings:');
    expect(lines.some((l) => l.includes('allowed: options built elsewhere'))).toBe(true);
  });
});
