// Makes sure Debian's Chromium is there for the browser tests: installs it with apt-get when run as
// root (CI, a fresh machine of this project), otherwise says how. Never downloads a browser build.
// Several packages' browser tests may start at once: one installs, the others wait for it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const lock = join(tmpdir(), 'as-lifecycle-ensure-chromium.lock');
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Exits 1 with one line: what is missing and how to get it. */
function fail(message) {
  console.error(message);
  process.exit(1);
}

const cannotInstall =
  process.env.CHROMIUM_PATH || process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get');
if (!existsSync(path) && cannotInstall) {
  fail(
    `Failed to find Chromium at ${path} for the browser tests. Install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
}

/** Whether the process that holds the lock is still running. */
function holderAlive() {
  try {
    process.kill(Number(readFileSync(join(lock, 'pid'), 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}

if (!existsSync(path)) {
  for (let waited = 0; ; waited += 1000) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      // Left by a run that died: take it over (its pid file is written right after the mkdir).
      if (waited >= 2000 && !holderAlive()) rmSync(lock, { recursive: true, force: true });
      else if (waited >= 600_000)
        fail(`Failed to install Chromium: ${lock} is held for 10 minutes.`);
      else if (waited === 0) console.log('Waiting for another run to install Chromium...');
      sleep(1000);
    }
  }
  try {
    if (!existsSync(path)) {
      console.log(
        'Installing Debian chromium for the browser tests (apt-get install -y chromium)...',
      );
      const quiet = {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      };
      // An install that was killed half-way (a cancelled run) leaves dpkg refusing every other
      // install until it is finished; finishing it is a no-op when nothing is pending.
      execFileSync('dpkg', ['--configure', '-a'], quiet);
      execFileSync('apt-get', ['update', '-qq'], quiet);
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], quiet);
    }
  } catch (error) {
    rmSync(lock, { recursive: true, force: true });
    fail(`Failed to install Chromium with apt-get: ${error.message.split('\n')[0]}`);
  }
  rmSync(lock, { recursive: true, force: true });
}
