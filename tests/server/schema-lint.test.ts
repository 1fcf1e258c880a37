import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

import { fromRoot } from '../../src/config/project-root.js';

const LINTER = fromRoot('node_modules', 'graphql-schema-linter');
const CONFIG = parseYaml(readFileSync(fromRoot('.graphql-schema-linterrc'), 'utf8')) as { rules: string[]; off: Record<string, string> };

interface LintError {
  message: string;
  rule: string;
}

/** The linter's own CLI, as `npm run lint:schema` runs it: it reads .graphql-schema-linterrc from the root. */
function lint(args: string[] = [], input?: string): { status: number | null; errors: LintError[]; stderr: string } {
  const run = spawnSync(process.execPath, [`${LINTER}/lib/cli.js`, '--format', 'json', ...args], {
    cwd: fromRoot(),
    input,
    encoding: 'utf8',
  });
  const errors = run.stdout ? (JSON.parse(run.stdout) as { errors: LintError[] }).errors : [];
  return { status: run.status, errors, stderr: run.stderr };
}

describe('the schema linter (graphql-schema-linter)', () => {
  it('finds nothing in schema/schema.graphql', () => {
    const { status, errors, stderr } = lint();
    expect(errors.map((e) => `${e.rule}: ${e.message}`)).toEqual([]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('runs every built-in rule but the exceptions the config names, each with its reason', () => {
    const builtIn = readdirSync(`${LINTER}/lib/rules`).map((file) => file.replace(/\.js$/, '').replaceAll('_', '-'));
    expect([...CONFIG.rules, ...Object.keys(CONFIG.off)].sort()).toEqual(builtIn.sort());
    for (const reason of Object.values(CONFIG.off)) expect(reason.length).toBeGreaterThan(20);
  });

  it('with that config, reports an undescribed type, field, argument and enum value', () => {
    const sdl = 'type Query { a(b: Int): Kind }\nenum Kind { X }\n';
    const { status, errors } = lint(['--stdin'], sdl);
    expect(status).toBe(1);
    // The control has no PageInfo, which relay-page-info-spec asks for too: only the description rules are in question here.
    expect(new Set(errors.map((e) => e.rule).filter((rule) => rule.endsWith('-have-descriptions')))).toEqual(
      new Set(['types-have-descriptions', 'fields-have-descriptions', 'arguments-have-descriptions', 'enum-values-have-descriptions']),
    );
  });
});
