import { afterEach, describe, expect, it, vi } from 'vitest';

type Codec = typeof import('./base64');

async function codec(withBuffer: boolean): Promise<Codec> {
  vi.resetModules();
  if (!withBuffer) vi.stubGlobal('Buffer', undefined);
  return import('./base64');
}

afterEach(() => vi.unstubAllGlobals());

// Longer than one 0x8000 chunk, with every byte value and a tail of 2.
const bytes = Uint8Array.from({ length: 0x8000 * 2 + 2 }, (_, i) => (i * 7919) & 255);

describe('base64', () => {
  it('encodes and decodes the same with Buffer (services) and with atob/btoa (renderer)', async () => {
    const node = await codec(true);
    const web = await codec(false);
    const text = node.toBase64(bytes);
    expect(web.toBase64(bytes)).toBe(text);
    expect(text).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(node.fromBase64(text)).toEqual(bytes);
    expect(web.fromBase64(text)).toEqual(bytes);
  });

  it('encodes a view into a larger buffer by its own bytes only', async () => {
    for (const { toBase64, fromBase64 } of [await codec(true), await codec(false)]) {
      const view = bytes.subarray(3, 8);
      expect(toBase64(view)).toBe('zbyrmok=');
      expect(fromBase64('zbyrmok=')).toEqual(view);
      expect(toBase64(new Uint8Array())).toBe('');
    }
  });
});
