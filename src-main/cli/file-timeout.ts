// The --file-timeout option of the commands that extract: seconds one file may take before it is stopped.
import { InvalidArgumentError, Option } from 'commander';
import { RendezvousError } from '../common/errors';
import { DEFAULT_FILE_TIMEOUT_S, FILE_TIMEOUT_ENV, parseTimeoutSeconds } from '../core/config/limits';

/** The `--file-timeout S` option; without it, RENDEZVOUS_FILE_TIMEOUT or 30 s applies. */
export function fileTimeoutOption(): Option {
  return new Option(
    '--file-timeout <seconds>',
    `stop extracting a file after this many seconds, report it and go on (default ${DEFAULT_FILE_TIMEOUT_S}, or ${FILE_TIMEOUT_ENV})`,
  ).argParser((value: string) => {
    try {
      return parseTimeoutSeconds(value, '--file-timeout');
    } catch (err) {
      throw new InvalidArgumentError(
        err instanceof RendezvousError ? 'seconds, greater than 0' : String(err),
      );
    }
  });
}
