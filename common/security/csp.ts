/**
 * The renderer's Content-Security-Policy, one policy for both hosts: the
 * desktop app's app:// protocol and the browser host, which adds its own
 * WebSocket to connect-src. No inline script, no eval, no plugins, no frames.
 */
export function contentSecurityPolicy(extraConnectSrc: string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: toasoan-image:",
    // Videos of the article play from object URLs of their bytes (docs/media.md).
    "media-src 'self' blob:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...extraConnectSrc].join(' '),
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
