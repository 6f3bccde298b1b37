/** The CLI's help text, and the error for a command line that cannot run. */

export const usage = `Usage: as-lifecycle <command> [options]

Commands:
  callback --group G (--key K | --instance I --hook H) --result CONTINUE|ABANDON|EXTEND
  instances list --group G [--instance I]
  hooks list --group G
  hooks show --group G --hook H
  hooks create --group G --hook H --type INSTANCE_LAUNCHING|INSTANCE_TERMINATING --topic URN
               [--default-result ABANDON|CONTINUE] [--timeout SECONDS] [--metadata TEXT]
  hooks update --group G --hook H [--type T] [--topic URN] [--default-result R] [--timeout S] [--metadata M]
  hooks delete --group G --hook H

Global options:
  --region R        a region id, e.g. cn-north-4 (or --endpoint)
  --endpoint URL    a base URL instead of a region: a mock server, a proxy
  --project-id P    default: HUAWEICLOUD_SDK_PROJECT_ID
  --timeout-ms N    per attempt, default 30000
  -h, --help        this text

Credentials: HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (with HUAWEICLOUD_SDK_SECURITY_TOKEN for
temporary keys), or HUAWEICLOUD_SDK_TOKEN for an IAM token.

Output: JSON on stdout. Exit 0 on success, 1 when the service answers an error or cannot be
reached (code, message and request id on stderr), 2 when the command line is wrong.`;

/** A command line that cannot run; its message is one line that says how to fix it. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
