/** Fields pino puts on every line; the human form shows them its own way. */
const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/**
 * One pino JSON line as a person reads it at a terminal:
 * `14:05:03 INFO  seeding finished loaded=16 failed=0`. An error shows its message, not its
 * stack (LOG_FORMAT=json keeps everything).
 */
export function humanLine(json: string): string {
  const { level, time, msg, ...fields } = JSON.parse(json) as Record<string, unknown>;
  const clock = typeof time === 'number' ? new Date(time).toTimeString().slice(0, 8) : '';
  const rest = Object.entries(fields).map(([key, value]) => ` ${key}=${show(value)}`);
  return `${clock} ${(LEVELS[level as number] ?? String(level)).padEnd(5)} ${String(msg ?? '')}${rest.join('')}\n`;
}

function show(value: unknown): string {
  if (typeof value === 'string') return /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
  if (isSerializedError(value)) return JSON.stringify(value.message);
  return JSON.stringify(value);
}

const isSerializedError = (value: unknown): value is { message: string; stack: string } =>
  typeof value === 'object' && value !== null && 'stack' in value && typeof (value as { message?: unknown }).message === 'string';
