import { z } from 'zod';
import { ServiceError } from '../../../../common/api/errors';

/**
 * One HTTP exchange with a WordPress REST API: address building, application
 * password, timeout, and the mapping of every way it can go wrong to its own
 * error code. Responses are validated with zod by the caller's schema.
 */
export interface WordPressConnection {
  /** The site's address as the newsroom typed it (with or without /wp-json). */
  url: string;
  username: string;
  applicationPassword: string;
  /** Per request; uploads get `uploadTimeoutMs`. */
  timeoutMs?: number;
  uploadTimeoutMs?: number;
}

export interface RequestOptions {
  query?: Record<string, string | number>;
  json?: unknown;
  body?: Uint8Array;
  headers?: Record<string, string>;
  auth?: boolean;
  timeoutMs?: number;
}

/** Details kept on a ServiceError thrown here, for callers that refine the code. */
export interface HttpFailure {
  status?: number;
  wpCode?: string;
  wpData?: unknown;
}

const WordPressError = z.object({ code: z.string(), message: z.string(), data: z.unknown().optional() });

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_UPLOAD_TIMEOUT_MS = 120_000;

/** `https://x.vn/`, `https://x.vn/wp-json/` → `https://x.vn`. */
export function siteBase(url: string): string {
  let base = url.trim();
  if (!/^https?:\/\//i.test(base)) base = `https://${base}`;
  base = base.replace(/\/+$/, '');
  base = base.replace(/\/wp-json$/i, '');
  base = base.replace(/\/index\.php$/i, '');
  return base;
}

/** `?rest_route=` works whatever the site's permalink settings are. */
export function restUrl(url: string, route: string, query: Record<string, string | number> = {}): string {
  const params = new URLSearchParams({ rest_route: route });
  for (const [key, value] of Object.entries(query)) params.set(key, String(value));
  return `${siteBase(url)}/?${params.toString()}`;
}

export async function wpRequest<S extends z.ZodType>(
  connection: WordPressConnection,
  method: 'GET' | 'POST' | 'DELETE',
  route: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  let target: string;
  try {
    target = restUrl(connection.url, route, options.query);
    new URL(target);
  } catch {
    throw new ServiceError('PORTAL_NOT_CONFIGURED', `portal address is not a URL: ${connection.url}`);
  }
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.auth !== false) {
    headers.authorization =
      'Basic ' + Buffer.from(`${connection.username}:${connection.applicationPassword}`, 'utf8').toString('base64');
  }
  let body: RequestInit['body'];
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json; charset=utf-8';
    body = JSON.stringify(options.json);
  } else if (options.body) {
    // A copy typed over a plain ArrayBuffer satisfies both Node's and the DOM's BodyInit.
    body = new Uint8Array(options.body);
  }
  const timeoutMs = options.timeoutMs ?? connection.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const what = `${method} ${route}`;

  let response: Response;
  let text: string;
  try {
    response = await fetch(target, { method, headers, body, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    text = await response.text();
  } catch (error) {
    throw networkFailure(error, what, timeoutMs);
  }

  const parsed = parseJson(text);
  if (!response.ok) throw statusFailure(response.status, parsed, text, what);
  if (parsed === undefined) {
    throw new ServiceError('PORTAL_BAD_RESPONSE', `${what}: ${response.status} but the body is not JSON: ${snippet(text)}`, {
      status: response.status,
    } satisfies HttpFailure);
  }
  const checked = schema.safeParse(parsed);
  if (!checked.success) {
    const issues = checked.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new ServiceError('PORTAL_BAD_RESPONSE', `${what}: unexpected JSON shape (${issues})`, {
      status: response.status,
    } satisfies HttpFailure);
  }
  return checked.data;
}

export function networkFailure(error: unknown, what: string, timeoutMs: number): ServiceError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new ServiceError('PORTAL_TIMEOUT', `${what}: no answer within ${timeoutMs} ms`);
  }
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const code = cause?.code ?? '';
  const message = `${what}: ${error instanceof Error ? error.message : String(error)}${cause?.message ? ` (${cause.message})` : ''}`;
  // llhttp's parse errors: something answered, but not with HTTP.
  if (code.startsWith('HPE_')) return new ServiceError('PORTAL_BAD_RESPONSE', message);
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') return new ServiceError('PORTAL_TIMEOUT', message);
  return new ServiceError('PORTAL_UNREACHABLE', message);
}

export function statusFailure(status: number, parsed: unknown, text: string, what: string): ServiceError {
  const wp = WordPressError.safeParse(parsed);
  const details: HttpFailure = { status, wpCode: wp.success ? wp.data.code : undefined, wpData: wp.success ? wp.data.data : undefined };
  const reason = wp.success ? `${wp.data.code}: ${wp.data.message}` : snippet(text);
  const message = `${what}: HTTP ${status} ${reason}`;
  if (isAuthFailure(status, details.wpCode)) return new ServiceError('PORTAL_AUTH_FAILED', message, details);
  if (status === 403) return new ServiceError('PORTAL_FORBIDDEN', message, details);
  if (status === 408 || status === 504) return new ServiceError('PORTAL_TIMEOUT', message, details);
  if (status === 502 || status === 503) return new ServiceError('PORTAL_UNREACHABLE', message, details);
  if (status >= 500) return new ServiceError('PORTAL_SERVER_ERROR', message, details);
  // 404 on a route, 400 on a field: the site is not the WordPress we expect,
  // or it refused what we sent. Callers refine this (media → MEDIA_REJECTED).
  return new ServiceError('PORTAL_BAD_RESPONSE', message, details);
}

/**
 * However a site says "not signed in": 401; a 403 that is not WordPress's
 * "signed in, but not allowed" (`rest_cannot_*`: a firewall, a host that
 * drops the credentials); a 400 whose code names sign-in (`rest_forbidden…`,
 * `invalid_username`, `incorrect_password`), as some sites answer a lookup.
 */
export function isAuthFailure(status: number, wpCode: string | undefined): boolean {
  if (status === 401) return true;
  if (status === 403) return !wpCode?.startsWith('rest_cannot_');
  if (status === 400 && wpCode) {
    return /^rest_forbidden|^invalid_username$|^incorrect_password$|^invalid_email$|^rest_not_logged_in$|^application_passwords/.test(wpCode);
  }
  return false;
}

export function parseJson(text: string): unknown {
  // Some hosts prepend a UTF-8 BOM; nothing else is forgiven.
  const trimmed = text.replace(/^\uFEFF/, '');
  if (trimmed === '') return undefined;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return undefined;
  }
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat || '(empty body)';
}

export function failureOf(error: unknown): HttpFailure {
  if (error instanceof ServiceError && error.details && typeof error.details === 'object') return error.details as HttpFailure;
  return {};
}
