import type { IncomingHttpHeaders } from 'node:http';

import type { CorsPolicy } from './cors.js';

/** Content types a browser sends cross-origin without asking first (a form, or text/plain). */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
/** Headers no page may send cross-origin without a preflight, as Apollo's csrfPrevention names them. */
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'] as const;

/** `Application/JSON; charset=utf-8` → `application/json`: media types are case-insensitive. */
export function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]!.trim().toLowerCase();
}

/**
 * Whether a request may be a cross-site request forgery: one a page on another site made the
 * browser send, with its cookies or network position, without the browser asking this server
 * first. Apollo's rule refuses every request a browser sends unasked (no JSON content type, no
 * preflight header); that also refuses urql's plain GET queries. A GET cannot carry a mutation
 * (Apollo answers 405) and this API's queries change nothing, but a cross-site page must not
 * run them in a browser's name either, so a plain GET is let through only when it does not come
 * from another site's page:
 * - its `Origin` is allowed by CORS_ORIGINS or is this server's own host, or
 * - it has no `Origin` (browsers leave it off same-origin GETs, and non-browser clients never
 *   send it) and its `Sec-Fetch-Site`, which every current browser sends, is absent,
 *   `same-origin`, or `none` (the user typed the address).
 * A GET with no `query` runs nothing (the landing page, or a 400), so a link from anywhere opens
 * the UI. Everything else keeps Apollo's rule.
 */
export function mayBeForged(method: string, search: URLSearchParams, headers: IncomingHttpHeaders, cors: CorsPolicy): boolean {
  if (askedFirst(headers)) return false;
  if (method !== 'GET') return true;
  return search.has('query') && !fromOwnOrAllowedPage(headers, cors);
}

/** A browser preflights a request with a non-simple content type or a custom header. */
function askedFirst(headers: IncomingHttpHeaders): boolean {
  const type = mediaType(headers['content-type']);
  if (type !== undefined && !SIMPLE_CONTENT_TYPES.includes(type)) return true;
  return PREFLIGHT_HEADERS.some((name) => (headers[name]?.length ?? 0) > 0);
}

function fromOwnOrAllowedPage(headers: IncomingHttpHeaders, cors: CorsPolicy): boolean {
  const origin = headers.origin;
  if (origin !== undefined) return cors.allows(origin) || (URL.canParse(origin) && new URL(origin).host === headers.host);
  const site = headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}
