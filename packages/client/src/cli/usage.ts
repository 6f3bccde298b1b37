/** The CLI's help text, rendered from the same flag definitions the parser reads. */
import { renderHelp } from '@as-lifecycle/cli-kit';
import { globalOptions } from './parse-command';
import { commandShapes, requestOptions, synopsis } from './request-flags';

export const usage: string = renderHelp({
  usage: 'Usage: as-lifecycle <command> [options]',
  sections: [
    { title: 'Commands', lines: commandShapes.map(synopsis) },
    { title: "Request fields (from the API's spec)", options: requestOptions },
  ],
  optionsTitle: 'Global options',
  options: globalOptions,
  epilogue: `Credentials: HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (with HUAWEICLOUD_SDK_SECURITY_TOKEN for
temporary keys), or HUAWEICLOUD_SDK_TOKEN for an IAM token.

Output: JSON on stdout. Exit 0 on success, 1 when the service answers an error or cannot be
reached (code, message and request id on stderr), 2 when the command line is wrong.`,
});
