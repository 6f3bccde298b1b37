import { parseArgs } from 'node:util';
import type { OperationId } from '@as-lifecycle/types';
import {
  lifecycleActionResultValues,
  lifecycleHookDefaultResultValues,
  lifecycleHookTypeValues,
} from '@as-lifecycle/types';
import { UsageError } from './usage';

const optionNames = [
  'region',
  'endpoint',
  'project-id',
  'timeout-ms',
  'group',
  'key',
  'instance',
  'hook',
  'result',
  'type',
  'topic',
  'default-result',
  'timeout',
  'metadata',
] as const;

type Flags = Partial<Record<(typeof optionNames)[number], string>>;

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

const commands: Record<string, OperationId> = {
  callback: 'callbackLifecycleHook',
  'instances list': 'listHookInstances',
  'hooks list': 'listLifecycleHooks',
  'hooks show': 'showLifecycleHook',
  'hooks create': 'createLifecycleHook',
  'hooks update': 'updateLifecycleHook',
  'hooks delete': 'deleteLifecycleHook',
};

/** The flags each command takes besides the global ones; the first group is required. */
const flagsOf: Record<OperationId, { required: string[]; optional: string[] }> = {
  callbackLifecycleHook: { required: ['group', 'result'], optional: ['key', 'instance', 'hook'] },
  listHookInstances: { required: ['group'], optional: ['instance'] },
  listLifecycleHooks: { required: ['group'], optional: [] },
  showLifecycleHook: { required: ['group', 'hook'], optional: [] },
  deleteLifecycleHook: { required: ['group', 'hook'], optional: [] },
  createLifecycleHook: {
    required: ['group', 'hook', 'type', 'topic'],
    optional: ['default-result', 'timeout', 'metadata'],
  },
  updateLifecycleHook: {
    required: ['group', 'hook'],
    optional: ['type', 'topic', 'default-result', 'timeout', 'metadata'],
  },
};

const globalFlags = ['region', 'endpoint', 'project-id', 'timeout-ms'];

function oneOf(flag: string, value: string | undefined, allowed: readonly string[]) {
  if (value !== undefined && !allowed.includes(value)) {
    throw new UsageError(`--${flag} ${JSON.stringify(value)} is not one of ${allowed.join(', ')}.`);
  }
  return value;
}

function wholeNumber(flag: string, value: string | undefined, unit: string) {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new UsageError(
      `--${flag} must be a whole number of ${unit}, got ${JSON.stringify(value)}.`,
    );
  return Number(value);
}

/** Drops the keys whose value is undefined, so that optional body fields stay absent. */
const defined = (entries: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));

/**
 * Parses `as-lifecycle` arguments into a command, or throws a one-line `UsageError`.
 */
export function parseCommand(argv: readonly string[]): Command {
  let parsed: { values: Record<string, unknown>; positionals: string[]; tokens?: unknown[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(optionNames.map((name) => [name, { type: 'string' as const }])),
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}`);
  }
  const flags = parsed.values as Flags & { help?: boolean };
  if (flags.help || parsed.positionals.length === 0) return { help: true };
  const seen = new Set<string>();
  for (const token of (parsed.tokens ?? []) as { kind: string; name?: string; value?: string }[]) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given twice. Give it once.`);
    seen.add(token.name);
    if (token.value === '') throw new UsageError(`--${token.name} is empty. Give it a value.`);
  }
  if (flags.region !== undefined && flags.endpoint !== undefined) {
    throw new UsageError('--region and --endpoint are both given. Give one.');
  }

  const words = parsed.positionals.join(' ');
  const operationId = commands[words];
  if (!operationId) {
    throw new UsageError(
      `unknown command "${words}". Use one of: ${Object.keys(commands).join(', ')}.`,
    );
  }
  const { required, optional } = flagsOf[operationId];
  for (const name of Object.keys(flags)) {
    if (
      name !== 'help' &&
      !globalFlags.includes(name) &&
      !required.includes(name) &&
      !optional.includes(name)
    ) {
      throw new UsageError(`"${words}" does not take --${name}.`);
    }
  }
  const missing = required.filter((name) => flags[name as keyof Flags] === undefined);
  if (missing.length > 0) {
    throw new UsageError(`"${words}" needs ${missing.map((name) => `--${name}`).join(', ')}.`);
  }

  const hookFields = () =>
    defined({
      lifecycle_hook_type: oneOf('type', flags.type, lifecycleHookTypeValues),
      notification_topic_urn: flags.topic,
      default_result: oneOf(
        'default-result',
        flags['default-result'],
        lifecycleHookDefaultResultValues,
      ),
      default_timeout: wholeNumber('timeout', flags.timeout, 'seconds'),
      notification_metadata: flags.metadata,
    });
  const group = { scaling_group_id: flags.group };
  const byCommand: Record<OperationId, () => Record<string, unknown>> = {
    callbackLifecycleHook: () => {
      if (flags.key === undefined && (flags.instance === undefined || flags.hook === undefined)) {
        throw new UsageError('"callback" needs --key, or --instance together with --hook.');
      }
      return {
        ...group,
        body: defined({
          lifecycle_action_key: flags.key,
          instance_id: flags.instance,
          lifecycle_hook_name: flags.hook,
          lifecycle_action_result: oneOf('result', flags.result, lifecycleActionResultValues),
        }),
      };
    },
    listHookInstances: () => defined({ ...group, instance_id: flags.instance }),
    listLifecycleHooks: () => group,
    showLifecycleHook: () => ({ ...group, lifecycle_hook_name: flags.hook }),
    deleteLifecycleHook: () => ({ ...group, lifecycle_hook_name: flags.hook }),
    createLifecycleHook: () => ({
      ...group,
      body: { lifecycle_hook_name: flags.hook, ...hookFields() },
    }),
    updateLifecycleHook: () => {
      const body = hookFields();
      if (Object.keys(body).length === 0) {
        throw new UsageError(
          '"hooks update" needs at least one of --type, --topic, --default-result, --timeout, --metadata.',
        );
      }
      return { ...group, lifecycle_hook_name: flags.hook, body };
    },
  };
  const timeoutMs = wholeNumber('timeout-ms', flags['timeout-ms'], 'milliseconds');
  return {
    help: false,
    operationId,
    params: byCommand[operationId](),
    ...defined({
      region: flags.region,
      endpoint: flags.endpoint,
      projectId: flags['project-id'],
      timeoutMs,
    }),
  };
}
