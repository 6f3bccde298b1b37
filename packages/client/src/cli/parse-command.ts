import { parseCommandLine, UsageError } from '@as-lifecycle/cli-kit';
import type { OperationId } from '@as-lifecycle/types';
import { type CommandShape, commandShapes, requestOptions } from './request-flags';

/** The flags every command takes: where to send it and for how long. */
export const globalOptions = {
  region: {
    type: 'string',
    value: 'R',
    description: 'a region id, e.g. cn-north-4 (or --endpoint)',
  },
  endpoint: {
    type: 'string',
    value: 'URL',
    description: 'a base URL instead of a region: a mock server, a proxy',
  },
  'project-id': { type: 'string', value: 'P', description: 'default: HUAWEICLOUD_SDK_PROJECT_ID' },
  'timeout-ms': {
    type: 'integer',
    value: 'N',
    unit: 'milliseconds',
    description: 'per attempt, default 30000',
  },
} as const;

/** A parsed command line: the operation, its parameters, and where to send it. */
export interface Command {
  help: boolean;
  operationId?: OperationId;
  params?: Record<string, unknown>;
  region?: string;
  endpoint?: string;
  projectId?: string;
  timeoutMs?: number;
}

const list = (flags: readonly string[]) => flags.map((flag) => `--${flag}`).join(', ');

/** Refuses a flag the command does not take, a missing one, and a target with no alternative. */
function check(shape: CommandShape, given: ReadonlySet<string>): void {
  const { words } = shape;
  const taken = new Set(shape.flags.map(({ flag }) => flag));
  for (const flag of given) {
    if (!(flag in globalOptions) && !taken.has(flag)) {
      throw new UsageError(`"${words}" does not take --${flag}.`);
    }
  }
  const missing = shape.flags.filter(({ flag, required }) => required && !given.has(flag));
  if (missing.length > 0) {
    throw new UsageError(`"${words}" needs ${list(missing.map(({ flag }) => flag))}.`);
  }
  if (shape.anyOf.length > 0 && !shape.anyOf.some((group) => group.every((f) => given.has(f)))) {
    const groups = shape.anyOf.map((group) => list(group).replaceAll(', ', ' together with '));
    throw new UsageError(`"${words}" needs ${groups.join(', or ')}.`);
  }
  const body = shape.flags.filter((flag) => flag.in === 'body');
  if (body.length > 0 && body.every((flag) => !flag.required && !given.has(flag.flag))) {
    throw new UsageError(`"${words}" needs at least one of ${list(body.map(({ flag }) => flag))}.`);
  }
}

/** The client method's parameters: path and query fields flat, body fields under `body`. */
function paramsOf(shape: CommandShape, values: Readonly<Record<string, unknown>>) {
  const params: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  for (const { flag, field, in: where } of shape.flags) {
    if (values[flag] === undefined) continue;
    (where === 'body' ? body : params)[field] = values[flag];
  }
  return shape.hasBody ? { ...params, body } : params;
}

/**
 * Parses `as-lifecycle` arguments into a command, or throws a one-line `UsageError`. The commands'
 * flags, their values and what each command needs come from the spec (`./request-flags`).
 *
 * @example
 * parseCommand(['hooks', 'show', '--group', 'g', '--hook', 'h1', '--region', 'cn-north-4']);
 * // { help: false, operationId: 'showLifecycleHook', params: { scaling_group_id: 'g', lifecycle_hook_name: 'h1' }, region: 'cn-north-4' }
 */
export function parseCommand(argv: readonly string[]): Command {
  const parsed = parseCommandLine(argv, {
    options: { ...globalOptions, ...requestOptions },
    positionals: true,
  });
  if (parsed.help || parsed.positionals.length === 0) return { help: true };
  const values = parsed.values as Readonly<Record<string, unknown>>;
  const global = parsed.values;
  if (global.region !== undefined && global.endpoint !== undefined) {
    throw new UsageError('--region and --endpoint are both given. Give one.');
  }
  const words = parsed.positionals.join(' ');
  const shape = commandShapes.find((command) => command.words === words);
  if (!shape) {
    throw new UsageError(
      `unknown command "${words}". Use one of: ${commandShapes.map((c) => c.words).join(', ')}.`,
    );
  }
  check(shape, new Set(Object.keys(values)));
  return {
    help: false,
    operationId: shape.operationId,
    params: paramsOf(shape, values),
    ...(global.region === undefined ? {} : { region: global.region }),
    ...(global.endpoint === undefined ? {} : { endpoint: global.endpoint }),
    ...(global['project-id'] === undefined ? {} : { projectId: global['project-id'] }),
    ...(global['timeout-ms'] === undefined ? {} : { timeoutMs: global['timeout-ms'] }),
  };
}
