// Runs the real `rendezvous` command (bin/rendezvous.mjs) in a child process.
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

/** What a CLI run printed and how it exited. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `rendezvous ...args` with the given environment; never rejects on a non-zero exit. */
export function runCli(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 300_000): Promise<CliRun> {
  return new Promise((resolveRun) => {
    execFile(
      process.execPath,
      [join(root, 'bin', 'rendezvous.mjs'), ...args],
      { env, cwd: root, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolveRun({ code, stdout, stderr });
      },
    );
  });
}

/** Starts `rendezvous ...args` with the given environment and returns the running child, for tests that stop it. */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [join(root, 'bin', 'rendezvous.mjs'), ...args], { cwd: root, env });
}
