/**
 * Debian's Chromium, as every browser test here launches it: the path (`CHROMIUM_PATH` or
 * /usr/bin/chromium) and the flags a root, offline, headless run needs. Missing, it throws the
 * instruction: the browser tests fail, they are never skipped. `ensure-chromium.mjs` installs it
 * first in the test command.
 */
import { existsSync } from 'node:fs';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Playwright's launch options for Debian's Chromium; throws when it is not installed. */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] } {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Failed to start the browser tests: no Chromium at ${executablePath}. Install it (apt-get install -y chromium, as the test command does when run as root) or set CHROMIUM_PATH.`,
    );
  }
  return { executablePath, args: chromiumArgs };
}
