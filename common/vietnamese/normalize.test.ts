import { describe, expect, it } from 'vitest';
import { normalize, originalOffset, toHouseStyle, toneStyleOf } from './normalize';

describe('normalize', () => {
  it('returns NFC text with an identity map when the input is already NFC', () => {
    const n = normalize('Hòa Bình');
    expect(n.text).toBe('Hòa Bình');
    expect(n.origin).toBeNull();
  });

  it('composes NFD text and maps offsets back to the original', () => {
    const nfd = 'Xã Hòa Tiến'.normalize('NFD');
    const n = normalize(nfd);
    expect(n.text).toBe('Xã Hòa Tiến');
    const start = n.text.indexOf('Tiến');
    expect(nfd.slice(originalOffset(n, start), originalOffset(n, start + 4)).normalize('NFC')).toBe('Tiến');
    expect(originalOffset(n, n.text.length)).toBe(nfd.length);
  });
});

describe('toHouseStyle', () => {
  it('writes oa, oe, uy in the new style (hoà, khoẻ, thuý, uỷ)', () => {
    expect(toHouseStyle('Hòa bình, khỏe mạnh, Thúy, ủy ban', 'new')).toBe('Hoà bình, khoẻ mạnh, Thuý, uỷ ban');
  });

  it('writes them in the old style (hòa, khỏe, thúy, ủy)', () => {
    expect(toHouseStyle('Hoà bình, khoẻ mạnh, Thuý, uỷ ban', 'old')).toBe('Hòa bình, khỏe mạnh, Thúy, ủy ban');
  });

  it('fixes misplaced marks and leaves other words alone', () => {
    expect(toHouseStyle('ngừơi dân hòang hôn TP.HCM', 'old')).toBe('người dân hoàng hôn TP.HCM');
  });

  it('tells which style a word shows', () => {
    expect(toneStyleOf('hòa')).toBe('old');
    expect(toneStyleOf('hoà')).toBe('new');
    expect(toneStyleOf('hoàng')).toBeNull();
  });
});
