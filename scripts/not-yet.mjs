// Stands in for a root command whose issue has not landed yet, and says which issue brings it.
const arrivals = {
  demo: 'the mock server and the console arrive with issues 4 and 6',
};
const command = process.argv[2] ?? '';
console.log(`pnpm ${command}: not yet: ${arrivals[command] ?? 'no issue brings it'}.`);
