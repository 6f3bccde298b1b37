// Makes sure Debian's Chromium is there for the browser tests: installs it with apt-get when run as
// root (CI, a fresh machine of this project), otherwise says how. Never downloads a browser build.
// Several packages' browser tests may start at once: one installs, the others wait for it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const lock = join(tmpdir(), 'as-lifecycle-ensure-chromium.lock');
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function install() {
  if (process.env.CHROMIUM_PATH || process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `Failed to find Chromium at ${path} for the browser tests. Install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests (apt-get install -y chromium)...');
  const quiet = {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  };
  execFileSync('apt-get', ['update', '-qq'], quiet);
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], quiet);
}

if (!existsSync(path)) {
  // Ten minutes for another run's install to finish.
  for (let waited = 0; ; waited += 1000) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited >= 600_000) {
        console.error(
          `Failed to install Chromium: ${lock} has been held for 10 minutes. Remove it if no install is running.`,
        );
        process.exit(1);
      }
      sleep(1000);
    }
  }
  try {
    if (!existsSync(path)) install();
  } finally {
    rmdirSync(lock);
  }
}
