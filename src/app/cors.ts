import type { IncomingHttpHeaders } from 'node:http';

/** Request headers a page on an allowed origin may send: JSON bodies, the API key, Apollo's preflight markers, its own request id. */
const ALLOWED_HEADERS = 'content-type, x-api-key, apollo-require-preflight, x-apollo-operation-name, x-request-id';
/** How long a browser may reuse a preflight's answer (Chromium caps it at 2 h). */
const PREFLIGHT_MAX_AGE_S = 600;

/**
 * CORS for the origins of CORS_ORIGINS, and no other: the API key travels in a header, never a
 * cookie, so no credentials are allowed, and a page elsewhere can neither read an answer nor
 * pass a preflight.
 */
export function corsPolicy(origins: readonly string[]) {
  const allows = (origin: string | undefined): origin is string => origin !== undefined && origins.includes(origin);
  /** Headers for any answer: the origin echoed when allowed; `Vary` so a cache keeps answers per origin apart. */
  const responseHeaders = (origin: string | undefined): Record<string, string> =>
    allows(origin)
      ? { vary: 'origin', 'access-control-allow-origin': origin, 'access-control-expose-headers': 'x-request-id' }
      : { vary: 'origin' };
  return {
    allows,
    responseHeaders,
    /** The answer to OPTIONS: 204 with what may be sent to an allowed origin's preflight, 403 to another's. */
    preflight(headers: IncomingHttpHeaders): { status: number; headers: Record<string, string> } {
      const corsPreflight = headers['access-control-request-method'] !== undefined;
      if (!corsPreflight) return { status: 204, headers: { allow: 'GET, POST, OPTIONS' } };
      if (!allows(headers.origin)) return { status: 403, headers: { vary: 'origin' } };
      return {
        status: 204,
        headers: {
          ...responseHeaders(headers.origin),
          'access-control-allow-methods': 'GET, POST',
          'access-control-allow-headers': ALLOWED_HEADERS,
          'access-control-max-age': String(PREFLIGHT_MAX_AGE_S),
        },
      };
    },
  };
}

export type CorsPolicy = ReturnType<typeof corsPolicy>;
