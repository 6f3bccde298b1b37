/** A report as text: a table of checks, the totals, each failure in full, then each deviation. */
import type { ContractReport } from './run-contract';

/**
 * The report as the CLI prints it. Deviations (rules of ours a target judged with
 * `decisions: 'report'` did not follow) are counted in the totals when there are any, and listed
 * after the failures.
 *
 * @example
 * import { formatReport, runContract } from '@as-lifecycle/contract/runner';
 *
 * console.log(formatReport(await runContract({ target: { baseUrl: 'http://127.0.0.1:4010', projectId: 'p' } })));
 */
export function formatReport(report: ContractReport): string {
  const width = Math.max(...report.results.map((r) => r.id.length), 5);
  const rows = report.results.map(
    (r) =>
      `${r.id.padEnd(width)}  ${r.status.padEnd(9)}  ${String(r.requests).padStart(8)}  ${(r.durationMs / 1000).toFixed(2).padStart(7)} s${r.status === 'skipped' ? `  (${r.reason})` : ''}`,
  );
  const count = (status: string) => report.results.filter((r) => r.status === status).length;
  const failures = report.results.filter((r) => r.status === 'failed');
  const deviating = report.results.filter((r) => r.deviations && r.deviations.length > 0);
  const deviations = count('deviation');
  return [
    `${'check'.padEnd(width)}  result     requests     time`,
    ...rows,
    '',
    `checks: ${report.results.length} run, ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped${deviations > 0 ? `, ${deviations} deviated from our decisions (not failures)` : ''}`,
    `requests: ${report.requests} in ${(report.durationMs / 1000).toFixed(1)} s; seed ${report.seed}; ${report.runs} runs per property; provider: ${report.provider ?? 'none (stateful checks skipped)'}`,
    ...failures.flatMap((f) => ['', `FAILED ${f.id}`, `  ${f.reason}`]),
    ...deviating.flatMap((r) => [
      '',
      `DEVIATION ${r.id} (a rule of this project, not the provider's; not a failure)`,
      ...(r.deviations ?? []).map(
        (d) => `  [${d.check}] ${d.times}×, first: ${d.message.split('\n').join('\n    ')}`,
      ),
    ]),
  ].join('\n');
}
