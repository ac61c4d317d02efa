import { describe, expect, it } from 'vitest';
import { decodeTelex, decodeVni } from './input-methods';

describe('Telex and VNI leftovers', () => {
  it('replays Telex keys', () => {
    expect(decodeTelex('tuyeen')).toBe('tuyên');
    expect(decodeTelex('ddoàn')).toBe('đoàn');
    expect(decodeTelex('ddaoj')).toBe('đạo');
    expect(decodeTelex('nguowfi')).toBe('người');
    expect(decodeTelex('thanhf')).toBe('thành');
    expect(decodeTelex('Vieejt')).toBe('Việt');
  });

  it('replays VNI digits wherever they were typed', () => {
    expect(decodeVni('vie65t')).toBe('việt');
    expect(decodeVni('viet65')).toBe('việt');
    expect(decodeVni('d9a5o')).toBe('đạo');
    expect(decodeVni('nguo72i')).toBe('người');
  });

  it('returns null when no key acted as a mark', () => {
    expect(decodeTelex('nguoi')).toBeNull();
    expect(decodeVni('2025')).toBeNull();
  });
});
