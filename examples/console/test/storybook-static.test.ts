/**
 * The static Storybook (`storybook build`, in storybook-static/) as it is deployed: its files served
 * by a plain static server, a story's iframe opened in Debian's Chromium. The mocked data on the
 * page, and the play function's Continue reaching the mock, show that the build registered
 * msw's service worker from its own mockServiceWorker.js and gave the story its scenario.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium';
import { instances } from './console-scenario';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
let server: Server;
let origin = '';
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(root, 'iframe.html'))) {
    throw new Error(
      `No static Storybook in ${root}: run \`storybook build -o storybook-static\` first (pnpm test:storybook does).`,
    );
  }
  // Files under the output folder only; anything else is a 404.
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': types[extname(file)] ?? 'application/octet-stream',
        });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test("a story of the static build shows its scenario's instances through the service worker, and its play function acts on the mock", async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/iframe.html?id=console--three-instances-hanging&viewMode=story`);
    // The mocked list: the scenario's 10 and 2 minute instances (the play function lets the 45
    // minute one go, through the mock: its Activity line says the API answered).
    for (const id of [instances.webLaunchingSoon, instances.webTerminating]) {
      await page.getByRole('row', { name: `instance ${id}` }).waitFor({ timeout: 30_000 });
    }
    await page
      .getByText(`Continued ${instances.webLaunching} (web-bootstrap)`)
      .waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
      `${origin}/mockServiceWorker.js`,
    );
  } finally {
    await page.close();
  }
});

test('switching stories in the static Storybook gives each its own mock: back on a story, its scenario is whole again', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/?path=/story/console--three-instances-hanging`);
    const preview = page.frameLocator('#storybook-preview-iframe');
    const continued = `Continued ${instances.webLaunching} (web-bootstrap)`;
    await preview.getByText(continued).waitFor({ timeout: 60_000 });
    // Another story, in the same page and the same worker: its own scenario (the quiet group), and
    // the hook its play function creates.
    await page.locator('[data-item-id="console--empty-group"]').click();
    await preview.getByRole('row', { name: 'hook quiet-audit' }).waitFor({ timeout: 30_000 });
    // Back: a fresh mock holds the instance the first visit's play function let go, and lets it go again.
    await page.locator('[data-item-id="console--three-instances-hanging"]').click();
    await preview.getByText(continued).waitFor({ timeout: 30_000 });
    expect(await preview.getByText(continued).count()).toBe(1);
    expect(await preview.getByRole('row', { name: /^hook / }).allTextContents()).toEqual([
      expect.stringContaining('web-bootstrap'),
      expect.stringContaining('web-drain'),
    ]);
  } finally {
    await page.close();
  }
});
