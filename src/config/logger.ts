import { pino, type Logger } from 'pino';

import type { Config } from './config.js';

/** Structured JSON logs on stderr, so stdout stays free for a command's own output. */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>): Logger {
  return pino({ level: config.LOG_LEVEL, base: undefined }, pino.destination(2));
}
