/**
 * `pnpm bench`: runs every benchmark in one process, prints the tables and writes bench/RESULTS.md
 * with medians, ratios against the named peer, the targets, and the machine.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { benchCallback, benchList } from './client-bench';
import {
  benchContract,
  type ContractRow,
  contractRounds,
  contractRuns,
  contractSeed,
} from './contract-bench';
import { benchHttp } from './http-bench';
import { httpReport, mix } from './http-report';
import { formatNs, type Measured } from './measure';
import { benchMswInProcess, benchMswScale } from './msw-bench';
import { benchPlaywright } from './playwright-bench';
import { benchRemote } from './remote-bench';
import { benchSigner } from './signer-bench';
import { benchSize, type SizeRow } from './size-bench';
import {
  benchSoak,
  type SoakRow,
  soakConnections,
  soakSeconds,
  soakWarmupSeconds,
} from './soak-bench';

interface Target {
  /** The contender measured. */
  name: string;
  /** The contender it is compared with. */
  against: string;
  /** `max`: our time / theirs must be at most `ratio`; `min`: our throughput / theirs at least. */
  kind: 'max-time' | 'min-throughput';
  ratio: number;
}

const loadAtStart = loadavg()[0] ?? 0;
const sections: string[] = [];
const verdicts: string[] = [];

function table(
  title: string,
  what: string,
  rows: Measured[],
  reference: string,
  targets: Target[],
) {
  const base = rows.find((row) => row.name === reference);
  if (!base) throw new Error(`no reference row ${reference}`);
  const lines = [
    `## ${title}`,
    '',
    what,
    '',
    `| contender | median per op | ops/s | time ÷ ${reference} |`,
    '| --- | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${formatNs(row.medianNs)} | ${Math.round(row.opsPerSecond).toLocaleString('en-US')} | ${(row.medianNs / base.medianNs).toFixed(2)}× |`,
    ),
    '',
    `${rows[0]?.batches} interleaved batches of ${rows[0]?.opsPerBatch} operations each; the median batch is kept.`,
  ];
  for (const target of targets) {
    const ours = rows.find((row) => row.name === target.name);
    const theirs = rows.find((row) => row.name === target.against);
    if (!ours || !theirs) throw new Error(`no rows for target ${target.name}`);
    const ratio =
      target.kind === 'max-time'
        ? ours.medianNs / theirs.medianNs
        : theirs.medianNs / ours.medianNs;
    const met = target.kind === 'max-time' ? ratio <= target.ratio : ratio >= target.ratio;
    const sentence =
      target.kind === 'max-time'
        ? `${target.name} takes ${ratio.toFixed(2)}× the time of ${target.against} (target: at most ${target.ratio}×)`
        : `${target.name} has ${ratio.toFixed(2)}× the throughput of ${target.against} (target: at least ${target.ratio}×)`;
    verdicts.push(`- ${met ? 'met' : '**missed**'}: ${sentence}`);
    lines.push('', `Target ${met ? 'met' : '**missed**'}: ${sentence}.`);
  }
  sections.push(lines.join('\n'));
  console.log(lines.join('\n'), '\n');
}

function sizeTable(rows: SizeRow[]) {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const [ours, theirs] = rows;
  const lines = [
    '## Bundle and install size',
    '',
    "A consumer importing `createAutoScalingClient` (AK/SK signing included) bundled for browsers with esbuild, minified and gzipped, beside the provider's Node SDK core (the client, credentials and signer a call needs) bundled for Node; and what each installs (the package with its runtime dependencies, each counted once; ours as published: `package.json`, README and `dist`).",
    '',
    '| package | minified | min + gzip | installed | packages installed |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${kb(row.minifiedBytes)} | ${kb(row.gzippedBytes)} | ${kb(row.installedBytes)} | ${row.installedPackages} |`,
    ),
  ];
  if (ours && theirs) {
    lines.push(
      '',
      `Ours is ${(theirs.gzippedBytes / ours.gzippedBytes).toFixed(1)}× smaller bundled and ${(theirs.installedBytes / ours.installedBytes).toFixed(1)}× smaller installed. The budget enforced in the test task (size-limit) is 6.5 KB.`,
    );
    verdicts.push(
      `- ${ours.gzippedBytes <= 6.5 * 1024 ? 'met' : '**missed**'}: client bundle ${kb(ours.gzippedBytes)} min+gzip (budget 6.5 KB)`,
    );
  }
  sections.push(lines.join('\n'));
  console.log(lines.join('\n'), '\n');
}

function contractTable(rows: ContractRow[]) {
  const floor = rows.find((row) => row.name.startsWith('floor'));
  const lines = [
    '## Contract suite: one whole run',
    '',
    `One run of every check of \`@as-lifecycle/contract\` (seed ${contractSeed}, ${contractRuns} generated requests per property), against the mock in process and against \`as-lifecycle-mock\` over HTTP in this process (the stateful checks set up through \`/__mock/\`, whose requests are not counted); and the floor: every request of the HTTP run (its \`/__mock/\` set-up included, so that each meets the same groups and hooks; launched instances get new ids and keys there, so the callbacks replayed are refused) replayed in order with plain \`fetch\` to a fresh server, nothing generated or checked, only the API requests timed (the 8 parallel callbacks go one after another there). No peer runs here (Schemathesis is Python, Pact needs a broker).`,
    '',
    '| contender | median per run | API requests | requests/s | passed / failed / skipped | time ÷ floor |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.medianMs.toFixed(0)} ms | ${row.requests} | ${Math.round((row.requests / row.medianMs) * 1000).toLocaleString('en-US')} | ${row.outcome} | ${floor ? (row.medianMs / floor.medianMs).toFixed(2) : '–'}× |`,
    ),
    '',
    `${contractRounds} interleaved rounds; the median run is kept.`,
  ];
  sections.push(lines.join('\n'));
  console.log(lines.join('\n'), '\n');
}

/** The soak's section: a measurement, with no target and no verdict. */
function soakTable(row: SoakRow) {
  const mb = (bytes: number | undefined) =>
    bytes === undefined ? '–' : `${(bytes / 2 ** 20).toFixed(1)} MB`;
  const { rssStartBytes: start, rssEndBytes: end } = row;
  const ratio = start && end ? `${(end / start).toFixed(2)}×` : '–';
  const lines = [
    '## Soak: as-lifecycle-mock',
    '',
    `The built bin (\`--seed\` with the benchmark scenario, \`--clock virtual\`) in its own process on 127.0.0.1, loaded by autocannon over ${soakConnections} connections for ${soakSeconds} s with the EXTEND callback on the seeded key (accepted every time: the record stays HANGING), after a ${soakWarmupSeconds} s warm-up; the server's resident memory (VmRSS from \`/proc\`) is read after the warm-up and after the load, and the journal (\`GET /__mock/requests\`, which keeps the last 1000 requests) at the end. A measurement, with no target.`,
    '',
    '| server | requests | responses | errors + timeouts | latency p99 | RSS at start | RSS at end | end ÷ start | journal at end |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    row.failure
      ? `| ${row.name} | could not run: ${row.failure.replaceAll('|', '/')} | | | | | | | |`
      : `| ${row.name} | ${row.requests.toLocaleString('en-US')} | ${mix(row.statuses)} | ${row.errors} | ${row.p99Ms} ms | ${mb(start)} | ${mb(end)} | ${ratio} | ${row.journalLength ?? '–'} |`,
  ];
  sections.push(lines.join('\n'));
  console.log(lines.join('\n'), '\n');
}

// Our calls always carry a timeout, whose AbortSignal costs Node's Request more than the rest of
// the call (docs/decisions/005), so the target is against a raw fetch that carries one too; the
// raw fetch without one stays in the table as the reference.
const clientTargets: Target[] = [
  {
    name: '@as-lifecycle/client (token)',
    against: 'raw fetch (token) + timeout signal',
    kind: 'max-time',
    ratio: 1.15,
  },
];

table(
  'Client: one callback (PUT, 204)',
  'Each contender sends the same callback through the same in-process fetch stub (it builds its own `Request` and reads the body, as Node\'s fetch does, and answers 204). "+ timeout signal" passes `AbortSignal.timeout(30_000)`, the timeout our client always carries.',
  await benchCallback(),
  'raw fetch (token)',
  clientTargets,
);
table(
  'Client: list hanging instances (GET, 200 JSON)',
  'The same, for a read whose JSON answer is parsed.',
  await benchList(),
  'raw fetch (token)',
  clientTargets,
);
table(
  'Signer: whole requests signed, in Node',
  "The same callback request (PUT with a JSON body, `Content-Type`, `Host`, `X-Project-Id`, `X-Sdk-Date`) signed with SDK-HMAC-SHA256 by ours and by the provider's `AKSKSigner.sign`.",
  await benchSigner(),
  'provider AKSKSigner.sign',
  [
    {
      name: '@as-lifecycle/signer sign',
      against: 'provider AKSKSigner.sign',
      kind: 'min-throughput',
      ratio: 1.5,
    },
  ],
);
table(
  'Mock, in-process: one callback through MSW',
  "The same callback (PUT with a JSON body: EXTEND on a seeded HANGING key, which stays HANGING, so every call answers 204) through MSW's `getResponse(handlers, request)`, to `@as-lifecycle/msw`'s stateful handlers (routing, body validation, the model, the journal) and to a trivial `http.put` handler answering 204. Each call builds a fresh `Request`, the same for both.",
  await benchMswInProcess(),
  'MSW handler answering 204',
  [
    {
      name: '@as-lifecycle/msw handlers',
      against: 'MSW handler answering 204',
      kind: 'max-time',
      ratio: 1.5,
    },
  ],
);
table(
  'Mock, in-process: callback cost with 100 vs 100,000 hanging instances',
  "The same EXTEND callback, by key, straight through `mock.handle(request)` (a plain request object, no MSW), on two mocks whose group (one launching hook) was scaled out with `mock.scaleOut(group, n)` to 100 and to 100,000 instances, all HANGING; the key is the middle instance's.",
  await benchMswScale(),
  'mock.handle, 100 hanging',
  [
    {
      name: 'mock.handle, 100,000 hanging',
      against: 'mock.handle, 100 hanging',
      kind: 'max-time',
      ratio: 1.2,
    },
  ],
);
const remote = await benchRemote();
table(
  'Mock controller over HTTP: one control call, remote against in process',
  "`connectLifecycleMock(url)` against an `as-lifecycle-mock` server in the same process on 127.0.0.1 (its `/__mock/` control plane over the platform's `fetch`, each answer read and parsed), beside the in-process controller of the same kind of mock: a write (`clock.advance(1)`, a virtual clock) and a read (`group(id)`, the benchmark scenario's group). A measurement, with no target: what moving a test from the in-process mock to a server costs per control call.",
  remote.advance,
  'in process: mock.clock.advance(1)',
  [],
);
table(
  'Mock controller over HTTP: one read, remote against in process',
  'The same, for `group(id)`.',
  remote.group,
  'in process: mock.group(id)',
  [],
);
const playwright = await benchPlaywright();
table(
  'Playwright fixtures: a worker’s start-up',
  "`@as-lifecycle/msw/playwright`'s fixtures called as the runner calls them, from the built dist: the worker's `lifecycleServer` (an `as-lifecycle-mock` on a free port of 127.0.0.1) with its first test's `lifecycleMock` (a fresh mock seeded with the benchmark scenario and swapped in), one API answer read through the server, then both torn down; beside the same done by hand with `createLifecycleMock` + `createMockServer`. A measurement, with no target: what each Playwright worker pays once.",
  playwright.startup,
  'by hand: createLifecycleMock + createMockServer + first answer + close',
  [],
);
table(
  'Playwright fixtures: each test’s reset',
  "What the fixture does for each test on a running worker server: a fresh mock of the test's clock, seeded with its scenario and served (so no project, journal, fault or clock of an earlier test is left), then dropped; beside `mock.reset()` + `mock.seed(scenario)` on one mock, which is cheaper but keeps every project seeded earlier. A measurement, with no target.",
  playwright.reset,
  'one mock: mock.reset() + mock.seed(scenario)',
  [],
);
sizeTable(await benchSize());
contractTable(await benchContract());
const http = httpReport(await benchHttp());
verdicts.push(...http.verdicts);
sections.push(http.lines.join('\n'));
console.log(http.lines.join('\n'), '\n');
soakTable(await benchSoak());

const cpu = cpus();
const machine = [
  `- CPU: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores`,
  `- Memory: ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  `- Node ${process.versions.node} (V8 ${process.versions.v8}), ${process.platform} ${process.arch}`,
  `- Load average (1 min): ${loadAtStart.toFixed(2)} at the start, ${(loadavg()[0] ?? 0).toFixed(2)} at the end (other work on the machine shares its ${cpu.length} cores)`,
  `- Date: ${new Date().toISOString()}`,
];
const report = [
  '# Benchmark results',
  '',
  'Written by `pnpm bench` (bench/src/run.ts). Every ratio compares contenders measured in the same run on the same machine; re-run to refresh.',
  '',
  "Our packages are measured as a user installs them: their built `dist/` (`pnpm bench` builds them first), not their sources; only the benchmark's own files run through tsx.",
  '',
  '## Machine',
  '',
  ...machine,
  '',
  '## Targets',
  '',
  ...verdicts,
  '',
  ...sections.flatMap((section) => [section, '']),
].join('\n');
writeFileSync(new URL('../RESULTS.md', import.meta.url), report);
console.log('Wrote bench/RESULTS.md');
