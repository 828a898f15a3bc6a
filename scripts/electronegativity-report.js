// Pure logic of scripts/electronegativity.js: turn what @doyensec/electronegativity reports into
// findings, apply the allow-list, decide pass/fail and format the report. No I/O here (unit-tested in
// electronegativity-report.test.ts).

/** Severities that fail the run. Anything unknown fails too (fail closed). */
const BLOCKING = new Set(['HIGH', 'MEDIUM']);
const NON_BLOCKING = new Set(['LOW', 'INFORMATIONAL']);

/**
 * @typedef {{ id: string, severity: string, confidence: string, file: string, line: number,
 *   column: number, sample: string, description: string, manualReview: boolean }} Finding
 * @typedef {{ checks: string[], file: string, sample?: string, reason: string }} AllowEntry
 * @typedef {{ file: string, message: string, tolerable: boolean }} ScanError
 */

const nameOf = (v) => String((v && typeof v === 'object' ? v.name : v) ?? 'UNKNOWN').toUpperCase();

/**
 * One issue of electronegativity's `run()` result (`{ id, severity: { name }, confidence: { name },
 * file, location: { line, column }, sample, description, manualReview }`) as a plain finding.
 * Paths are made forward-slashed; global checks report file "N/A" at line 0.
 * @returns {Finding}
 */
export function toFinding(issue) {
  return {
    id: String(issue.id),
    severity: nameOf(issue.severity),
    confidence: nameOf(issue.confidence),
    file: String(issue.file ?? 'N/A').replaceAll('\\', '/'),
    line: Number(issue.location?.line ?? 0),
    column: Number(issue.location?.column ?? 0),
    sample: String(issue.sample ?? '').trim(),
    description: String(issue.description ?? ''),
    manualReview: Boolean(issue.manualReview),
  };
}

/**
 * The findings of a whole `run()` result. Its `errors` are files the tool could not parse: a
 * non-tolerable one means that file was not checked at all, so it is returned to fail the run.
 * @returns {{ findings: Finding[], unparsed: ScanError[], warnings: ScanError[] }}
 */
export function readResult(result) {
  if (!result || !Array.isArray(result.issues)) throw new Error('electronegativity returned no issues array');
  const errors = Array.isArray(result.errors) ? result.errors : [];
  return {
    findings: result.issues.map(toFinding),
    unparsed: errors.filter((e) => !e.tolerable),
    warnings: errors.filter((e) => e.tolerable),
  };
}

export const isBlockingSeverity = (severity) => BLOCKING.has(severity) || !NON_BLOCKING.has(severity);

/** @param {AllowEntry} entry @param {Finding} finding */
export function allows(entry, finding) {
  return (
    entry.checks.includes(finding.id) &&
    entry.file === finding.file &&
    (entry.sample === undefined || finding.sample.includes(entry.sample))
  );
}

/**
 * Sorts findings into blocking (HIGH/MEDIUM, or unknown, and not allow-listed), allowed (matched by an
 * allow-list entry, whatever the severity) and other (LOW/INFORMATIONAL). Reports allow-list entries
 * that matched nothing, so stale ones get noticed.
 * @param {Finding[]} findings @param {AllowEntry[]} allowList
 */
export function judge(findings, allowList = []) {
  const blocking = [];
  const allowed = [];
  const other = [];
  const used = new Set();
  for (const finding of findings) {
    const entry = allowList.find((e) => allows(e, finding));
    if (entry) {
      used.add(entry);
      allowed.push({ finding, reason: entry.reason });
    } else if (isBlockingSeverity(finding.severity)) blocking.push(finding);
    else other.push(finding);
  }
  return { total: findings.length, blocking, allowed, other, unusedAllowEntries: allowList.filter((e) => !used.has(e)) };
}

/** `CHECK_ID  SEVERITY/CONFIDENCE  file:line:col  description` (+ the offending source line). */
export function formatFinding(f) {
  const where = f.file === 'N/A' ? '(whole app)' : `${f.file}:${f.line}:${f.column}`;
  const review = f.manualReview ? ' [manual review]' : '';
  const head = `${f.id}  ${f.severity}/${f.confidence}${review}  ${where}  ${f.description}`;
  return f.sample ? `${head}\n      > ${f.sample.length > 160 ? `${f.sample.slice(0, 157)}...` : f.sample}` : head;
}

export const summaryLine = (verdict) =>
  `electronegativity: ${verdict.total} findings, ${verdict.blocking.length} high/medium, ${verdict.allowed.length} allowed`;

/** 0 when nothing blocks and every file was parsed, else 1. */
export const exitCode = (verdict, unparsed = []) => (verdict.blocking.length > 0 || unparsed.length > 0 ? 1 : 0);

/** The whole report, as lines to print. */
export function reportLines(verdict, { unparsed = [], warnings = [] } = {}) {
  const lines = [];
  for (const e of unparsed) lines.push(`NOT SCANNED (parse error) ${e.file}: ${e.message}`);
  for (const e of warnings) lines.push(`parse warning ${e.file}: ${e.message}`);
  if (verdict.blocking.length) lines.push('High/medium findings:', ...verdict.blocking.map((f) => `  ${formatFinding(f)}`));
  if (verdict.other.length) lines.push('Low/informational findings (not failing):', ...verdict.other.map((f) => `  ${formatFinding(f)}`));
  if (verdict.allowed.length) {
    lines.push('Allowed by the allow-list in scripts/electronegativity.js:');
    for (const { finding, reason } of verdict.allowed) lines.push(`  ${formatFinding(finding)}\n      allowed: ${reason}`);
  }
  for (const e of verdict.unusedAllowEntries) lines.push(`warning: allow-list entry matched nothing (remove it?): ${e.checks.join(',')} in ${e.file}`);
  if (unparsed.length) lines.push(`electronegativity: ${unparsed.length} file(s) could not be parsed and were not checked`);
  lines.push(summaryLine(verdict));
  return lines;
}
