// Stands in for a root command whose issue has not landed yet, and says which issue brings it.
const arrivals = {
  bench: 'the benchmarks arrive with the client (issue 3) and the mock (issue 4)',
  demo: 'the console and the mock server arrive with issues 4 and 6',
};
const command = process.argv[2] ?? '';
console.log(`pnpm ${command}: not yet: ${arrivals[command] ?? 'no issue brings it'}.`);
