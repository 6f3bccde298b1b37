/** The control plane's answers (200), described for the JSON Schema and typed as the controller gives them. */
import type { InstanceHangingInfo, LifecycleHook } from '@as-lifecycle/types';
import type { JournalEntry } from '../core/journal';
import { instanceLifecycleStates, resolvedByValues } from '../core/model';
import type { ResolvedHangingInfo } from '../core/snapshot';
import { arrayOf, boolean, described, object, oneOf, string } from './schema';

/** A schema of the spec's `components/schemas/{name}`, copied into the JSON Schema's `$defs`. */
const component = <T>(name: string) => described<T>({ $ref: `#/$defs/${name}` });
export const now = string('The mock clock, an ISO instant with milliseconds.');
const instant = string('`YYYY-MM-DDThh:mm:ssZ`.');

const hanging = arrayOf(component<InstanceHangingInfo>('InstanceHangingInfo'), 'Hanging records.');
const answer = { title: 'the answer', unknown: 'refused' } as const;

export const scaleAnswer = object(
  {
    instances: arrayOf(
      object(
        { instance_id: string('An instance.'), lifecycle_state: string('Its state, or REMOVED.') },
        { ...answer, description: 'An instance the call touched.' },
      ),
      'The instances the call touched.',
    ),
    instance_hanging_info: hanging,
  },
  { ...answer, description: 'What scaling did: the instances and their hanging records.' },
);

export const groupAnswer = object(
  {
    project_id: string('The project.'),
    scaling_group_id: string('The group.'),
    scaling: boolean('Whether an instance waits on a hook (deleting a hook is refused meanwhile).'),
    lifecycle_hooks: arrayOf(component<LifecycleHook>('LifecycleHook'), 'The hooks.'),
    instances: arrayOf(
      object(
        {
          instance_id: string('An instance.'),
          lifecycle_state: oneOf(instanceLifecycleStates, 'Where it is in its lifecycle.'),
        },
        { ...answer, description: 'An instance of the group.' },
      ),
      'The instances in the group.',
    ),
    instance_hanging_info: hanging,
    resolved_hanging_info: arrayOf(
      described<ResolvedHangingInfo>({
        allOf: [
          { $ref: '#/$defs/InstanceHangingInfo' },
          {
            type: 'object',
            required: ['lifecycle_hook_status', 'resolved_by', 'resolved_at'],
            properties: {
              lifecycle_hook_status: { enum: ['CONTINUE', 'ABANDON'] },
              resolved_by: { enum: [...resolvedByValues] },
              resolved_at: instant.json,
            },
          },
        ],
      }),
      'The last 1000 records answered CONTINUE or ABANDON, oldest first.',
    ),
  },
  { ...answer, description: 'One scaling group as the mock holds it.' },
);

export const stateAnswer = object(
  {
    now: instant,
    projects: arrayOf(
      object(
        {
          project_id: string('The project.'),
          scaling_groups: arrayOf(groupAnswer, 'Its groups.'),
        },
        { ...answer, description: 'A seeded project.' },
      ),
      'The seeded projects.',
    ),
  },
  { ...answer, description: 'The whole state.' },
);

export const journalAnswer = described<JournalEntry[]>({
  type: 'array',
  description: 'What the mock was asked, oldest first (the last 1000 requests).',
  items: {
    type: 'object',
    required: ['at', 'operationId', 'method', 'path', 'params', 'status'],
    properties: {
      at: instant.json,
      operationId: { type: 'string' },
      method: { type: 'string' },
      path: { type: 'string', description: 'Path and query as received.' },
      params: { type: 'object', additionalProperties: { type: 'string' } },
      body: { type: 'object', description: 'The validated JSON body, when the operation has one.' },
      status: { type: 'integer', description: '0 when a fault failed it at the network level.' },
      code: { type: 'string', description: 'The provider code answered, for errors.' },
    },
  },
});

export const launchAnswer = component<InstanceHangingInfo>('InstanceHangingInfo');

export const nowAnswer = object({ now }, { ...answer, description: 'The mock clock.' });

export const seedAnswer = object(
  { project_id: string('The project seeded.'), seeded: oneOf([true], 'Always true.') },
  { ...answer, description: 'The scenario was seeded.' },
);

export const failAnswer = object(
  { queued: oneOf([true], 'Always true.') },
  { ...answer, description: 'The fault is queued.' },
);

export const resetAnswer = object(
  { reset: oneOf([true], 'Always true.'), now },
  { ...answer, description: 'The mock is reset.' },
);

export const denyAnswer = object(
  { denied: oneOf([true], 'Always true.') },
  { ...answer, description: 'The operation is refused with AS.0031 until allowed or reset.' },
);

export const allowAnswer = object(
  { allowed: oneOf([true], 'Always true.') },
  { ...answer, description: 'The refusal is lifted.' },
);

export const throttleAnswer = object(
  { throttled: boolean('Whether a limit is now set.') },
  { ...answer, description: 'The rate limit is set, or lifted.' },
);
