/**
 * The console in jsdom, with the mock behind MSW's `setupServer`: the key scenarios, and what only
 * a unit sees (the config, the countdown's format).
 */
import { createLifecycleMock } from '@as-lifecycle/msw';
import { cleanup } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { consoleScenario } from '../test/console-scenario';
import { keyScenarios } from '../test/key-scenarios';
import { resolveConfig } from './config';
import { formatLeft, parseLeft } from './countdown';

const mock = createLifecycleMock({ clock: 'virtual' });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  mock.reset();
  mock.seed(consoleScenario());
});
afterEach(() => cleanup());
afterAll(() => server.close());

describe('in jsdom', () => {
  test('this is jsdom', () => {
    expect(navigator.userAgent).toMatch(/jsdom/);
  });
  for (const [name, scenario] of Object.entries(keyScenarios)) {
    test(name, () => scenario(mock));
  }
});

test('the countdown reads h:mm:ss, and reads back', () => {
  expect(formatLeft(3599.9)).toBe('0:59:59');
  expect(formatLeft(7322)).toBe('2:02:02');
  expect(formatLeft(-5)).toBe('0:00:00');
  expect(parseLeft('26:00:01')).toBe(93601);
  expect(() => parseLeft('1:2:3')).toThrow(/h:mm:ss/);
});

test('the config: the file, then the query, over the defaults', () => {
  const origin = 'http://127.0.0.1:5173';
  expect(resolveConfig(origin, undefined, '')).toMatchObject({ endpoint: origin, groups: [] });
  const file = { projectId: 'p', groups: ['a', 7, 'b'], refreshMs: -1, endpoint: 'http://x' };
  expect(resolveConfig(origin, file, '?groups=c,,d&project=q')).toMatchObject({
    endpoint: 'http://x',
    projectId: 'q',
    groups: ['c', 'd'],
    refreshMs: 5000,
  });
});
