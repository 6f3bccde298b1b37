import { expect, test } from 'vitest';
import { toCoreRequest } from './fetch';

test("header names reach the emulator in lowercase, whatever case the platform's Headers list them in", async () => {
  // happy-dom's Headers iterate names in the case they were set; the emulator reads lowercase names.
  const listed = [
    ['Content-Type', 'application/json'],
    ['X-Sdk-Date', '20261201T000000Z'],
  ] as const;
  const request = {
    method: 'PUT',
    url: 'https://as.example/autoscaling-api/v1/p/scaling_instance_hook/g/callback',
    headers: {
      forEach: (each: (value: string, name: string) => void) => {
        for (const [name, value] of listed) each(value, name);
      },
    },
    text: async () => '{}',
  } as unknown as Request;
  const core = await toCoreRequest(request);
  expect(core.headers).toEqual({
    'content-type': 'application/json',
    'x-sdk-date': '20261201T000000Z',
  });
});
