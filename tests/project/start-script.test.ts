import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { fromRoot } from '../../src/config/project-root.js';

const scripts = (JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** What the start script's shell gives the server as NODE_ENV, with `env` as the caller's environment. */
function nodeEnvOfStart(env: NodeJS.ProcessEnv): string {
  const command = scripts['start']!.replace(/node dist\/\S+/, 'node -p process.env.NODE_ENV');
  return execFileSync('sh', ['-c', command], { env: { PATH: process.env['PATH'], ...env }, encoding: 'utf8' }).trim();
}

// graphql-js runs development-only checks and Apollo Server puts stack traces in error answers
// unless NODE_ENV is production: `npm start` is the production start.
describe('npm start', () => {
  it('runs with NODE_ENV=production unless the caller sets it', () => {
    expect(nodeEnvOfStart({})).toBe('production');
    expect(nodeEnvOfStart({ NODE_ENV: 'development' })).toBe('development');
  });
});
