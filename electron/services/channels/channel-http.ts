/**
 * One JSON exchange with a channel's API: timeout, and the ways the network
 * itself fails mapped to CHANNEL_* codes. What the API's own error body means
 * is for each adapter to say (`interpret`).
 */
import { ServiceError } from '../../../common/api/errors';

export const DEFAULT_TIMEOUT_MS = 20_000;

export interface ChannelReply {
  status: number;
  body: unknown;
}

export async function channelRequest(
  url: string,
  init: { method: 'GET' | 'POST' | 'DELETE'; headers?: Record<string, string>; json?: unknown; form?: Record<string, string> },
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<ChannelReply> {
  try {
    new URL(url);
  } catch {
    throw new ServiceError('CHANNEL_NOT_CONFIGURED', `channel API address is not a URL: ${url}`);
  }
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  let body: string | undefined;
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json; charset=utf-8';
    body = JSON.stringify(init.json);
  } else if (init.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(init.form).toString();
  }
  let response: Response;
  try {
    response = await fetch(url, { method: init.method, headers, body, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      throw new ServiceError('CHANNEL_TIMEOUT', `${init.method} ${redact(url)}: no reply in ${timeoutMs} ms`);
    }
    throw new ServiceError('CHANNEL_UNREACHABLE', `${init.method} ${redact(url)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    // The reply broke off mid-way: whether the request took effect is unknown.
    throw new ServiceError('CHANNEL_UNREACHABLE', `${init.method} ${redact(url)}: reply cut off (${String(error)})`);
  }
  if (response.status >= 500 && text.trim() === '') {
    throw new ServiceError('CHANNEL_SERVER_ERROR', `${init.method} ${redact(url)}: HTTP ${response.status}`);
  }
  try {
    return { status: response.status, body: JSON.parse(text) as unknown };
  } catch {
    if (response.status >= 500) throw new ServiceError('CHANNEL_SERVER_ERROR', `${init.method} ${redact(url)}: HTTP ${response.status}`);
    throw new ServiceError('CHANNEL_BAD_RESPONSE', `${init.method} ${redact(url)}: HTTP ${response.status}, not JSON`);
  }
}

/** Tokens travel in query strings (Graph API): never into a log or an error message. */
export function redact(url: string): string {
  return url.replace(/(access_token=)[^&]*/g, '$1…');
}

/** `https://x/` → `https://x`. */
export function trimBase(base: string): string {
  return base.trim().replace(/\/+$/, '');
}
