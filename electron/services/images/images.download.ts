import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { ServiceError } from '../../../common/api/errors';
import { MAX_IMAGE_BYTES } from '../../../common/api/images.api';

/** Limits of `images.download`. Tests lower them; production keeps these values. */
const defaultLimits = { timeoutMs: 20_000, maxBytes: MAX_IMAGE_BYTES };
const MAX_REDIRECTS = 5;

export interface DownloadOptions {
  /** How long a download may take; tests lower it (default 20 s). */
  timeoutMs?: number;
  /** The most bytes read (default MAX_IMAGE_BYTES). */
  maxBytes?: number;
  /**
   * Addresses allowed although the guard refuses them. For tests only, which
   * serve images from loopback; production never passes it.
   */
  allowAddress?: (address: string) => boolean;
}

/**
 * Addresses a pasted page must never make the app fetch: this machine, the
 * local network (a router's pages), link-local (cloud metadata), carrier-grade
 * NAT, unique-local IPv6, multicast, broadcast, unspecified and every other
 * special-purpose range. Only global unicast is fetched. The ranges come from
 * ipaddr.js, which follows the IANA special-purpose registries, rather than a
 * hand-written table.
 */
function isGlobalUnicast(address: string): boolean {
  return ipaddr.process(address).range() === 'unicast';
}

/** 127.0.0.0/8 and ::1 (IPv4-mapped too): what a test's allowance may let through. */
export function isLoopbackAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/^::ffff:(?=\d+\.)/i, '');
  return bare === '::1' || (isIP(bare) === 4 && bare.startsWith('127.'));
}

/** Whether `address` (an IP literal) is one the guard refuses. IPv4-mapped IPv6 is judged as its IPv4. */
export function isRefusedAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 0) return true; // not an address at all: never connect to it
  try {
    return !isGlobalUnicast(bare);
  } catch {
    return true;
  }
}

function refusal(host: string, address: string): ServiceError {
  return new ServiceError(
    'IMAGE_ADDRESS_REFUSED',
    `refused to download from ${host} (${address}): loopback, private, link-local or unique-local address`,
  );
}

/**
 * GETs an image a pasted page refers to: http(s) only, no cookies, at most
 * `maxBytes` read, redirects followed by hand (at most five). Every hop's
 * host is checked after DNS resolution, inside the connection's own lookup,
 * so the address checked is the address connected to (no DNS rebinding).
 */
export async function downloadImage(url: string, options: DownloadOptions = {}): Promise<{ bytes: Buffer; fileName: string }> {
  const timeoutMs = options.timeoutMs ?? defaultLimits.timeoutMs;
  const maxBytes = options.maxBytes ?? defaultLimits.maxBytes;
  const signal = AbortSignal.timeout(timeoutMs);
  let target = parse(url);
  for (let hop = 0; ; hop++) {
    const response = await get(target, options, signal, timeoutMs);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
      response.resume();
      if (hop >= MAX_REDIRECTS) throw new ServiceError('IMAGE_DOWNLOAD_FAILED', `GET ${target.href}: too many redirects`);
      target = parse(new URL(location, target).href);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new ServiceError('IMAGE_DOWNLOAD_FAILED', `GET ${target.href}: HTTP ${status}`);
    }
    const tooLarge = (size: number) =>
      new ServiceError('IMAGE_TOO_LARGE', `image at ${target.href} has more than ${maxBytes} bytes (${size})`);
    const declared = response.headers['content-length'];
    if (declared !== undefined && Number(declared) > maxBytes) {
      response.destroy();
      throw tooLarge(Number(declared));
    }
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      for await (const chunk of response as AsyncIterable<Buffer>) {
        total += chunk.byteLength;
        if (total > maxBytes) {
          response.destroy();
          throw tooLarge(total);
        }
        chunks.push(chunk);
      }
    } catch (error) {
      if (error instanceof ServiceError) throw error;
      throw downloadFailure(error, target.href, timeoutMs);
    }
    return { bytes: Buffer.concat(chunks, total), fileName: lastSegment(target) };
  }
}

function parse(url: string): URL {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new ServiceError('IMAGE_DOWNLOAD_FAILED', `not a URL: ${url.slice(0, 200)}`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new ServiceError('IMAGE_DOWNLOAD_FAILED', `only http and https images can be downloaded, not ${target.protocol}`);
  }
  return target;
}

function get(target: URL, options: DownloadOptions, signal: AbortSignal, timeoutMs: number): Promise<IncomingMessage> {
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const allowed = (address: string) => !isRefusedAddress(address) || options.allowAddress?.(address) === true;
  // An IP literal is never looked up: check it here.
  if (isIP(host) && !allowed(host)) return Promise.reject(refusal(host, host));
  const lookup = (
    hostname: string,
    opts: { all?: boolean; family?: number },
    callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    dnsLookup(hostname, { all: true, family: opts.family ?? 0 }, (error, addresses) => {
      if (error) return callback(error, '');
      const bad = addresses.find((a) => !allowed(a.address));
      if (bad || addresses.length === 0) {
        return callback(Object.assign(refusal(hostname, bad?.address ?? 'none'), { code: 'IMAGE_ADDRESS_REFUSED' }), '');
      }
      if (opts.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(target, { method: 'GET', headers: { accept: 'image/*' }, lookup: lookup as never, signal }, resolve);
    req.on('error', (error) => {
      const refusedError = error as unknown;
      if (refusedError instanceof ServiceError) return reject(refusedError);
      reject(downloadFailure(error, target.href, timeoutMs));
    });
    req.end();
  });
}

function downloadFailure(error: unknown, href: string, timeoutMs: number): ServiceError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new ServiceError('IMAGE_DOWNLOAD_FAILED', `GET ${href}: no complete answer within ${timeoutMs} ms`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ServiceError('IMAGE_DOWNLOAD_FAILED', `GET ${href}: ${message}`);
}

/** The URL's last path segment, decoded, as a file name (or ''). */
function lastSegment(url: URL): string {
  const segment = url.pathname.split('/').pop() ?? '';
  let name: string;
  try {
    name = decodeURIComponent(segment);
  } catch {
    name = segment;
  }
  return name.slice(0, 300);
}
