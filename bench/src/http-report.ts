/** The RESULTS.md section for the HTTP benchmark (http-bench.ts) and its two verdicts. */
import {
  connections,
  type HttpRow,
  names,
  prismHost,
  prismQuiet,
  rounds,
  seconds,
  warmupSeconds,
} from './http-bench';

/** Responses by status, as `1,234 × 204, 5 × 500`. */
export const mix = (statuses: Record<string, number>) =>
  Object.entries(statuses)
    .map(([status, count]) => `${count.toLocaleString('en-US')} × ${status}`)
    .join(', ') || 'none';

/** The RESULTS.md section for the HTTP rows, and the verdicts on its two targets. */
export function httpReport(rows: HttpRow[]): { lines: string[]; verdicts: string[] } {
  const row = (name: string) => rows.find((r) => r.name === name) as HttpRow;
  const [ours, bare, prism] = [row(names.ours), row(names.bare), row(names.prism)];
  const parsing = row(names.parsing);
  const quiet = row(names.prismQuiet);
  const lines = [
    '## Mock server over HTTP: one callback (PUT, EXTEND by key)',
    '',
    `Each server is its own Node process on 127.0.0.1, started and stopped by the benchmark: \`as-lifecycle-mock\` (the built bin, \`--seed\` with the benchmark scenario); Prism twice, as it comes (\`prism mock spec/openapi.yaml --port N ${prismHost.join(' ')}\`, its per-request \`info\` log read and dropped by the benchmark) and with that logging silenced (\`${prismQuiet.join(' ')}\`), its fastest setting; a bare \`node:http\` server answering 204, the limit; and a \`node:http\` server that reads the request as the mock does (collects the body, copies the headers, parses the JSON, splits the target at its query, draws a request id) and answers 204, with no model, validation or journal: the cost every mock pays before its own work. autocannon, a child process too, sends the same callback (PUT, JSON body, EXTEND on the seeded key, so every call succeeds; it carries \`X-Auth-Token\`, which Prism's security check requires) over ${connections} connections without pipelining. All servers are started first, each gets a ${warmupSeconds} s warm-up, then ${rounds} interleaved rounds of ${seconds} s each (one server after the other, round after round); the median round is kept, responses and errors are summed over the rounds.`,
    '',
    `Server CPU per request is the server process's user + system time (from \`/proc\`) over a round divided by the requests answered in it; it depends much less than requests/s on how the 2 cores are shared with autocannon and with other work.`,
    '',
    `| server | requests/s | ÷ ${names.bare} | latency mean | latency p99 | server CPU per request | responses | errors + timeouts |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
    ...rows.map((r) =>
      r.failure
        ? `| ${r.name} | could not run: ${r.failure.replaceAll('|', '/')} | | | | | | |`
        : `| ${r.name} | ${Math.round(r.requestsPerSecond).toLocaleString('en-US')} | ${bare.requestsPerSecond > 0 ? `${(r.requestsPerSecond / bare.requestsPerSecond).toFixed(2)}×` : '–'} | ${r.meanMs.toFixed(2)} ms | ${r.p99Ms} ms | ${r.cpuMicrosPerRequest === undefined ? '–' : `${Math.round(r.cpuMicrosPerRequest)} µs`} | ${mix(r.statuses)} | ${r.errors} |`,
    ),
  ];
  const verdicts: string[] = [];
  for (const [theirs, ratio] of [
    [prism, 10],
    [bare, 0.8],
  ] as const) {
    const measured = !ours.failure && !theirs.failure && theirs.requestsPerSecond > 0;
    const achieved = ours.requestsPerSecond / theirs.requestsPerSecond;
    const allOk = Object.keys(ours.statuses).every((status) => status.startsWith('2'));
    const met = measured && allOk && ours.errors === 0 && achieved >= ratio;
    const against = (other: HttpRow) =>
      other.failure || other.requestsPerSecond <= 0
        ? `; ${other.name} could not run`
        : `; against ${other.name}: ${(ours.requestsPerSecond / other.requestsPerSecond).toFixed(2)}×`;
    const sentence = measured
      ? `${ours.name} serves ${achieved.toFixed(2)}× the requests/s of ${theirs.name} over HTTP (target: at least ${ratio}×${against(theirs === prism ? quiet : parsing)})${allOk && ours.errors === 0 ? '' : '; not every answer of ours was 2xx'}`
      : `${ours.name} over HTTP against ${theirs.name}: not measured, one of them could not run (target: at least ${ratio}×)`;
    const verdict = measured ? (met ? 'met' : '**missed**') : '**not measured**';
    verdicts.push(`- ${verdict}: ${sentence}`);
    lines.push('', `Target ${verdict}: ${sentence}.`);
  }
  return { lines, verdicts };
}
