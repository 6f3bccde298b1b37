/**
 * The commands' flags, derived from the spec's request fields (`requestFields`, generated into
 * `@as-lifecycle/types`): which flags each command takes, which it needs, the alternatives of the
 * callback's target, each value's type and choices, and their help. Only the command words and the
 * flag names the CLI has always used are written here.
 */
import type { OptionDefinition } from '@as-lifecycle/cli-kit';
import {
  type OperationId,
  type OperationRequestFields,
  type RequestField,
  requestFields,
} from '@as-lifecycle/types';

/** The command words of each operation. */
export const commands = {
  callback: 'callbackLifecycleHook',
  'instances list': 'listHookInstances',
  'hooks list': 'listLifecycleHooks',
  'hooks show': 'showLifecycleHook',
  'hooks create': 'createLifecycleHook',
  'hooks update': 'updateLifecycleHook',
  'hooks delete': 'deleteLifecycleHook',
} as const satisfies Record<string, OperationId>;

/**
 * The fields whose flag is not their name in kebab-case: the short names the CLI has always had,
 * with the value's name in the help (and the unit of a number).
 */
export const renamedFields: Readonly<
  Record<string, { flag: string; value?: string; unit?: string }>
> = {
  scaling_group_id: { flag: 'group', value: 'G' },
  lifecycle_action_key: { flag: 'key', value: 'K' },
  instance_id: { flag: 'instance', value: 'I' },
  lifecycle_hook_name: { flag: 'hook', value: 'H' },
  lifecycle_action_result: { flag: 'result' },
  lifecycle_hook_type: { flag: 'type' },
  notification_topic_urn: { flag: 'topic', value: 'URN' },
  default_timeout: { flag: 'timeout', value: 'SECONDS', unit: 'seconds' },
  notification_metadata: { flag: 'metadata', value: 'TEXT' },
};

/** The project id is the client's `projectId`: the global `--project-id` or the environment. */
const clientOption = 'project_id';

/** The flag of a request field: its renamed flag, or its name in kebab-case. */
export const flagOf = (field: string): string =>
  renamedFields[field]?.flag ?? field.replaceAll('_', '-');

/** One flag of one command, and where its value goes in the request. */
export interface CommandFlag {
  flag: string;
  field: string;
  in: RequestField['in'];
  required: boolean;
}

/** A command: its words, its operation, its flags in the spec's order, its body's alternatives. */
export interface CommandShape {
  words: string;
  operationId: OperationId;
  flags: CommandFlag[];
  /** Groups of flags, one of which the command needs whole. */
  anyOf: string[][];
  hasBody: boolean;
}

const fieldTable = requestFields as Readonly<Record<OperationId, OperationRequestFields>>;

/** Every command's shape, from the spec. */
export const commandShapes: readonly CommandShape[] = Object.entries(commands).map(
  ([words, operationId]) => {
    const { fields, anyOf = [] } = fieldTable[operationId];
    const flags = Object.entries(fields)
      .filter(([field]) => field !== clientOption)
      .map(([field, spec]) => ({
        flag: flagOf(field),
        field,
        in: spec.in,
        required: spec.required,
      }));
    return {
      words,
      operationId,
      flags,
      anyOf: anyOf.map((group) => group.map(flagOf)),
      hasBody: flags.some((flag) => flag.in === 'body'),
    };
  },
);

/** A description for the help: `field` names become their flags, and the default is said. */
function describe(field: RequestField): string {
  const text = field.description.replace(/`([^`]+)`/g, (_, name: string) =>
    Object.values(fieldTable).some(({ fields }) => name in fields) ? `--${flagOf(name)}` : name,
  );
  return field.default === undefined ? text : `${text} Default ${String(field.default)}.`;
}

function optionOf(field: string, spec: RequestField): OptionDefinition {
  const renamed = renamedFields[field];
  const value = renamed?.value === undefined ? {} : { value: renamed.value };
  if (spec.type === 'integer') {
    return {
      type: 'integer',
      ...value,
      ...(renamed?.unit === undefined ? {} : { unit: renamed.unit }),
      description: describe(spec),
    };
  }
  return {
    type: 'string',
    ...value,
    ...(spec.enum ? { choices: spec.enum.map(String) } : {}),
    description: describe(spec),
  };
}

/** The flags of every command, each defined by its field's first appearance in the spec. */
export const requestOptions: Readonly<Record<string, OptionDefinition>> = (() => {
  const options: Record<string, OptionDefinition> = {};
  for (const { fields } of Object.values(fieldTable)) {
    for (const [field, spec] of Object.entries(fields)) {
      if (field !== clientOption) options[flagOf(field)] ??= optionOf(field, spec);
    }
  }
  return options;
})();

const shown = (flag: string) => {
  const option = requestOptions[flag];
  if (option?.type === 'boolean') return `--${flag}`;
  const value = option?.value ?? (option?.type === 'string' && option.choices?.join('|'));
  return `--${flag} ${value || 'VALUE'}`;
};

/**
 * A command's line in the help: the flags it needs, its alternatives in parentheses, then the
 * optional ones in brackets.
 */
export function synopsis(shape: CommandShape): string {
  const grouped = new Set(shape.anyOf.flat());
  const needed: string[] = [];
  const optional: string[] = [];
  for (const { flag, required } of shape.flags) {
    if (grouped.has(flag)) {
      if (flag === shape.anyOf.flat()[0]) {
        needed.push(`(${shape.anyOf.map((group) => group.map(shown).join(' ')).join(' | ')})`);
      }
    } else if (required) needed.push(shown(flag));
    else optional.push(`[${shown(flag)}]`);
  }
  return [shape.words, ...needed, ...optional].join(' ');
}
