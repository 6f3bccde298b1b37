/**
 * The suite against the mock in process, the way a team runs it: MSW's `getResponse` over the
 * mock's handlers as the target's fetch, the mock's controller as the provider. Once open, once
 * enforcing IAM tokens (so that the authentication checks run too).
 */
import { createLifecycleMock } from '@as-lifecycle/msw';
import { getResponse } from 'msw';
import { defineContractSuite, mockProvider } from '../src/index';

const projectId = '0605767a3300d5762fb7c0186d9e1779';
const baseUrl = 'https://as.cn-north-4.myhuaweicloud.com';

const open = createLifecycleMock({ clock: 'virtual' });
defineContractSuite({
  name: 'the mock in process through MSW getResponse, open',
  target: { baseUrl, projectId, fetch: (request) => getResponse(open.handlers, request) },
  provider: mockProvider(open),
  seed: 20261129,
});

const token = 'contract-iam-token';
const guarded = createLifecycleMock({ clock: 'virtual', auth: { tokens: { [token]: projectId } } });
defineContractSuite({
  name: 'the mock in process through mock.fetch, IAM tokens enforced',
  target: {
    baseUrl,
    projectId,
    credentials: { token },
    fetch: (request) => guarded.fetch(request),
  },
  provider: mockProvider(guarded),
  seed: 20261130,
});
