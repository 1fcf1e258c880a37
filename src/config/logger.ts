import { pino, type Logger } from 'pino';

import type { Config } from './config.js';
import { humanLine } from './log-format.js';

/**
 * Logs on stderr, so stdout stays free for a command's own output: JSON lines, or at a terminal
 * (LOG_FORMAT=auto, the default) lines a person reads.
 */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'> & Partial<Pick<Config, 'LOG_FORMAT'>>): Logger {
  const options = { level: config.LOG_LEVEL, base: undefined };
  if (!humanLogs(config.LOG_FORMAT ?? 'auto')) return pino(options, pino.destination(2));
  return pino(options, { write: (line: string) => process.stderr.write(humanLine(line)) });
}

export const humanLogs = (format: Config['LOG_FORMAT']): boolean =>
  format === 'human' || (format === 'auto' && process.stderr.isTTY === true);
