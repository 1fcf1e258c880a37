import type { Logger } from 'pino';

import { loadConfig, type Config } from './config.js';
import { createLogger } from './logger.js';
import { EXIT, OperatorError } from './operator-error.js';

/**
 * Runs a command with its configuration and logger. An OperatorError (a bad setting, a missing
 * tool, an unreachable Neo4j) is logged as its one line and sets its exit code; anything else is
 * a bug, logged with its stack, exit 1. The body's number, if any, is the exit code; none keeps
 * the process running (a server).
 */
export async function runCommand(
  body: (config: Config, log: Logger) => Promise<number | void>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  // Until the configuration is read: its own format if that much is valid, else the default.
  let log = createLogger({
    LOG_LEVEL: 'info',
    LOG_FORMAT: env['LOG_FORMAT'] === 'json' || env['LOG_FORMAT'] === 'human' ? env['LOG_FORMAT'] : 'auto',
  });
  try {
    const config = loadConfig(env);
    log = createLogger(config);
    const code = await body(config, log);
    if (code !== undefined) process.exitCode = code;
  } catch (error) {
    if (error instanceof OperatorError) {
      log.fatal(error.message);
      process.exitCode = error.exitCode;
    } else {
      log.fatal({ err: error }, `unexpected failure: ${(error as Error).message}`);
      process.exitCode = EXIT.refused;
    }
  }
}
