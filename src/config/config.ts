import { z } from 'zod';

import { EXIT, OperatorError } from './operator-error.js';
import { fromRoot } from './project-root.js';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** `https://app.example.org` as a browser sends it in `Origin`: scheme, host, port, nothing else. */
const origin = z.string().refine((value) => URL.canParse(value) && new URL(value).origin === value, {
  error: (issue) => `${JSON.stringify(issue.input)} is not an origin (scheme://host[:port], as in https://app.example.org)`,
});
/** Comma-separated origins; empty or unset is none. */
const origins = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  )
  .pipe(z.array(origin));

/** What `/` shows a browser: Apollo Sandbox (from Apollo's CDN), GraphiQL served from this process, or nothing. */
const UI_OF_SANDBOX = { true: 'sandbox', false: 'none', graphiql: 'graphiql' } as const;
const ui = z
  .enum(['true', 'false', 'graphiql'])
  .default('true')
  .transform((value) => UI_OF_SANDBOX[value]);

const envSchema = z.object({
  /** A Neo4j server to use (Aura, a cluster, docker). When absent the project runs its own. */
  NEO4J_URI: z
    .string()
    .refine(
      (uri) => /^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(uri) && URL.canParse(uri) && new URL(uri).hostname !== '',
      'must be a bolt:// or neo4j:// URI with a host, such as bolt://localhost:7687',
    )
    .optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().default('neo4j'),
  /** Store folder of the project's own Neo4j; delete it to start afresh. */
  NEO4J_DATA_DIR: z.string().default(fromRoot('.neo4j', 'data')),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Key that mutations require in the x-api-key header; mutations are refused when unset. */
  API_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Server-side limit on every Cypher transaction. */
  QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  INTROSPECTION: flag.default(true),
  SANDBOX: ui,
  /** Browser origins allowed to call the API cross-origin (CORS); none by default, so only same-origin pages and non-browser clients. */
  CORS_ORIGINS: origins,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `auto`: lines a person reads when stderr is a terminal, JSON lines otherwise. */
  LOG_FORMAT: z.enum(['auto', 'json', 'human']).default('auto'),
});

export type Config = z.infer<typeof envSchema>;

/** Reads the configuration from the environment; a bad value stops start-up with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new OperatorError(`Invalid configuration: ${problems}`, EXIT.usage);
  }
  return parsed.data;
}
