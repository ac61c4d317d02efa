import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../common/api/dispatch';
import { defaultSettings } from '../../common/api/settings.api';
import { handleIpcCall, isTrustedSenderUrl } from './ipc-envelope';

const origin = 'app://toasoan';
const handlers = { 'settings.get': () => defaultSettings() } as unknown as Handlers;

describe('the Electron IPC envelope', () => {
  it('accepts calls from the app’s own page only', () => {
    expect(isTrustedSenderUrl('app://toasoan/index.html', origin)).toBe(true);
    expect(isTrustedSenderUrl('app://evil/index.html', origin)).toBe(false);
    expect(isTrustedSenderUrl('https://example.com/', origin)).toBe(false);
    expect(isTrustedSenderUrl('file:///tmp/x.html', origin)).toBe(false);
    expect(isTrustedSenderUrl(undefined, origin)).toBe(false);
    expect(isTrustedSenderUrl('not a url', origin)).toBe(false);
  });

  it('answers a foreign sender with FORBIDDEN_SENDER without calling the service', async () => {
    let called = false;
    const spy = { 'settings.get': () => ((called = true), defaultSettings()) } as unknown as Handlers;
    const result = await handleIpcCall(spy, origin, 'https://example.com/', 'settings.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(called).toBe(false);
  });

  it('dispatches calls from the app with the same typed errors as the host', async () => {
    const url = 'app://toasoan/index.html';
    expect(await handleIpcCall(handlers, origin, url, 'settings.get', {})).toMatchObject({ ok: true });
    expect(await handleIpcCall(handlers, origin, url, 'shell.exec', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await handleIpcCall(handlers, origin, url, 'settings.get', { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENTS' },
    });
  });
});
