/** The control plane's request bodies that take more than a scenario: group, scale, clock, fault. */
import { MAX_DELAY_MS } from '../core/faults';
import { MAX_PER_SECOND } from '../core/throttle';
import { arrayOf, boolean, number, object, optional, string } from './schema';

const projectId = string('The project; default: the first seeded project that has the group.');

export const groupBody = object(
  {
    scaling_group_id: string('The group.', { nonEmpty: true }),
    project_id: optional(projectId),
  },
  {
    title: 'the group request',
    description: 'Names a group, and its project when several seeded projects have it.',
    unknown: 'ignored',
  },
);

export const scaleBody = object(
  {
    scaling_group_id: string('The group to scale.', { nonEmpty: true }),
    project_id: optional(projectId),
    scale_out: optional(number('How many instances to launch, 1 to 1000.')),
    scale_in: optional(arrayOf(string('An INSERVICE instance.'), 'The instances to remove.')),
  },
  {
    title: 'the scale request',
    description: 'Scales a group out (`scale_out`) or in (`scale_in`); give exactly one of them.',
    exactlyOne: {
      keys: ['scale_out', 'scale_in'],
      message: 'give either scale_out (a count) or scale_in (a list of instance ids)',
    },
    unknown: 'ignored',
  },
);

export const clockBody = object(
  {
    advance_seconds: optional(number('Seconds to move a virtual clock forward.'), 'advanceSeconds'),
    now: optional(string('An ISO instant to set a virtual clock to; it may go forward only.')),
  },
  {
    title: 'the clock request',
    description: 'Moves a virtual clock; give exactly one of `advance_seconds` and `now`.',
    exactlyOne: {
      keys: ['advance_seconds', 'now'],
      message: 'give either advance_seconds (a number) or now (an ISO instant)',
    },
    unknown: 'ignored',
  },
);

export const failBody = object(
  {
    operation_id: optional(string("An operation id, or '*' (any). Default: '*'."), 'operationId'),
    times: optional(number('How many calls it applies to, 1 to 1,000,000. Default 1.')),
    code: optional(string("A code of the spec's catalogue, answered with its status.")),
    status: optional(number('An HTTP status to answer, 400 to 599.')),
    delay_ms: optional(
      number('Milliseconds to wait first.', { min: 0, max: MAX_DELAY_MS }),
      'delayMs',
    ),
    network: optional(boolean('Fail at the network level: no response at all.')),
  },
  {
    title: 'the fault',
    description:
      'Makes the next calls of an operation fail, slow down or never arrive; give code, status, delay_ms or network: true.',
    unknown: 'ignored',
  },
);

export const operationBody = object(
  {
    operation_id: string("An operation id, or '*' (every operation).", { nonEmpty: true }),
  },
  {
    title: 'the operation request',
    description: 'Names the operation to deny or allow.',
    unknown: 'ignored',
  },
);

export const throttleBody = object(
  {
    per_second: optional(
      number('Calls per second of the mock clock; leave out to lift the limit.', {
        min: 0,
        max: MAX_PER_SECOND,
      }),
      'perSecond',
    ),
  },
  {
    title: 'the throttle request',
    description:
      "Sets the API gateway's rate limit: past `per_second` calls in one second of the mock clock, a call gets 429 APIG.0308. Without `per_second`, lifts it.",
    unknown: 'ignored',
  },
);
