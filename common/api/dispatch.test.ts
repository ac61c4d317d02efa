import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from './dispatch';
import { ServiceError } from './errors';
import { defaultSettings } from './settings.api';

function handlersWith(overrides: Partial<Handlers>): Handlers {
  return overrides as Handlers;
}

describe('dispatch (the contract envelope shared by both transports)', () => {
  const settings = defaultSettings();
  const handlers = handlersWith({
    'settings.get': () => settings,
    'settings.set': ({ patch }) => ({ ...settings, ...patch, portal: settings.portal }),
  });

  it('answers a valid call with { ok: true, value }', async () => {
    expect(await dispatch(handlers, 'settings.get', {})).toEqual({ ok: true, value: settings });
  });

  it('refuses a method that is not in the contract', async () => {
    const result = await dispatch(handlers, 'fs.readFile', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('refuses inherited property names as methods', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 42, null]) {
      expect(await dispatch(handlers, name, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('refuses arguments of the wrong type and names the field', async () => {
    const result = await dispatch(handlers, 'settings.set', { patch: { authorName: 5 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
    expect(!result.ok && result.error.message).toContain('patch.authorName');
  });

  it('refuses unknown keys in a strict argument object', async () => {
    const result = await dispatch(handlers, 'settings.set', { patch: { isAdmin: true } });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
  });

  it('passes a ServiceError code through and hides other exceptions behind INTERNAL', async () => {
    const failing = handlersWith({
      'settings.get': () => {
        throw new ServiceError('SETTINGS_WRITE_FAILED', 'disk full');
      },
      'app.info': () => {
        throw new TypeError('boom');
      },
    });
    expect(await dispatch(failing, 'settings.get', {})).toEqual({
      ok: false,
      error: { code: 'SETTINGS_WRITE_FAILED', message: 'disk full' },
    });
    const logged: string[] = [];
    const internal = await dispatch(failing, 'app.info', {}, { error: (m) => logged.push(m) });
    expect(internal).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: 'boom' } });
    expect(logged).toEqual(['app.info failed']);
  });

  it('refuses a result that breaks the contract instead of sending it on', async () => {
    const broken = handlersWith({ 'settings.get': () => ({ authorName: 12 }) as never });
    expect(await dispatch(broken, 'settings.get', {})).toMatchObject({ ok: false, error: { code: 'INVALID_RESULT' } });
  });
});
