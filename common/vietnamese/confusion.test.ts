import { describe, expect, it } from 'vitest';
import { confusionCost, editKind, shapeOf } from './confusion';

const cost = (written: string, meant: string) => confusionCost(shapeOf(written), shapeOf(meant));

describe('confusion model', () => {
  it('knows the classic confusions and makes them cheap', () => {
    expect(cost('chương', 'trương')).toBeLessThanOrEqual(1.1);
    expect(cost('suất', 'xuất')).toBeLessThanOrEqual(1.1);
    expect(cost('dá', 'giá')).toBeLessThanOrEqual(1.1);
    expect(cost('năm', 'lăm')).toBeLessThanOrEqual(1.1);
    expect(cost('sữa', 'sửa')).toBeLessThanOrEqual(1.1);
    expect(cost('nhâng', 'nhân')).toBeLessThanOrEqual(1.1);
    expect(cost('các', 'cát')).toBeLessThanOrEqual(1.1);
    // gi takes the i of the rhyme: "dia"/"gia", "dữa"/"giữa" differ in one letter.
    expect(cost('dia', 'gia')).toBeLessThanOrEqual(1.1);
    expect(cost('gia', 'dia')).toBeLessThanOrEqual(1.1);
  });

  it('ranks a missing mark below a wrong tone, and loose slips above both', () => {
    expect(cost('của', 'cua')).toBeGreaterThan(cost('cua', 'của'));
    expect(cost('lại', 'loại')).toBeGreaterThan(cost('chương', 'trương'));
    expect(cost('chỉ', 'chủ')).toBeGreaterThan(cost('sữa', 'sửa'));
  });

  it('rejects changes no single confusion explains', () => {
    expect(cost('trương', 'chưởng')).toBe(Infinity);
    expect(cost('huyện', 'xã')).toBe(Infinity);
  });

  it('names single edits by how they happen on a keyboard', () => {
    expect(editKind('lai', 'loai')).toBe('dropped-letter');
    expect(editKind('chi', 'chu')).toBe('keyboard');
    expect(editKind('thanh', 'thnah')).toBe('swap');
    expect(editKind('chi', 'cha')).toBeNull();
  });
});
