import { spawn } from 'node:child_process';

/** What a command-line run left: its exit code, its output and how long it took. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** A built CLI (tests/global-setup.ts builds dist/) as a person or a script meets it: a child process with only the given environment and PATH. */
export function runCli(argv: string[], env: NodeJS.ProcessEnv, command = process.execPath): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, argv, {
      env: { PATH: process.env['PATH'], LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}
