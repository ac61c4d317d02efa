import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, textOfBytes } from './bytes';

describe('bytes of a text file', () => {
  it('decodes UTF-8 exactly as the platform does, and refuses what it refuses', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }).map((s) => new TextEncoder().encode(s))), (bytes) => {
        let expected: string | null;
        try {
          expected = strict.decode(bytes);
        } catch {
          expected = null;
        }
        expect(decodeUtf8(bytes)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('tells UTF-8, UTF-16 with a BOM and single-byte Windows files apart', () => {
    expect(textOfBytes(new TextEncoder().encode('\uFEFFHội nghị'))).toEqual({ text: 'Hội nghị', encoding: 'utf-8' });
    expect(textOfBytes(Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0xd9, 0x1e]))).toEqual({ text: 'Hộ', encoding: 'utf-16le' });
    expect(textOfBytes(Uint8Array.from([0x48, 0xe9, 0x69]))).toEqual({ text: 'Héi', encoding: 'windows-1252' });
  });
});
