/**
 * A hub address as people type it ("may-chu-toa-soan:8787", "http://…",
 * "wss://…") made into the WebSocket address of the documents and the HTTP
 * base of the API (same host and port).
 */
export interface HubAddress {
  ws: string;
  http: string;
  /** Plain ws:// to another machine: passwords and articles would cross the network unencrypted. */
  insecure: boolean;
}

export function parseHubAddress(text: string): HubAddress | null {
  let raw = text.trim();
  if (!/^[a-z]+:\/\//i.test(raw)) raw = `ws://${raw}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const scheme = { 'ws:': 'ws', 'http:': 'ws', 'wss:': 'wss', 'https:': 'wss' }[url.protocol];
  if (!scheme || !url.hostname || url.username || url.password) return null;
  const host = url.host;
  const secure = scheme === 'wss';
  return {
    ws: `${scheme}://${host}`,
    http: `${secure ? 'https' : 'http'}://${host}`,
    insecure: !secure && !isLoopback(url.hostname),
  };
}

export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}
