import { describe, expect, it } from 'vitest';
import { countNewsroomText, createSpellchecker, emptyCounts, selectNewsroomWords } from './index';

// Articles of the kind a district portal publishes (written for this test).
const ARTICLES = [
  'Xã Hậu Thạnh Đông đạt chuẩn nông thôn mới nâng cao. Sáng 3/12, UBND huyện Tân Thạnh tổ chức lễ công bố xã Hậu Thạnh Đông đạt chuẩn. Người dân Hậu Thạnh Đông phấn khởi; năng suất lúa đạt 7 tấn/ha.',
  'Thạnh Hòa ra quân làm đường giao thông nông thôn. Đoàn viên xã Thạnh Hòa và xã Tân Thạnh cùng bà con nạo vét kênh nội đồng, phát quang bờ kênh.',
  'Huyện Tân Thạnh sơ kết vụ lúa Hè Thu. Các xã Thạnh Hòa, Hậu Thạnh Đông dẫn đầu về diện tích; bà con nạo vét kênh nội đồng trước mùa lũ.',
  'Tân Thạnh: Hội Nông dân huyện hướng dẫn bà con nạo vét kênh nội đồng và chăm sóc lúa.',
];
const FLAGGED_BEFORE = ['Từ khóa: nhân dân thạnh hòa, nông thôn mới.'];
const ELSEWHERE = ['Tân Thạnh - Thạnh Hòa - Hậu Thạnh Đông: ba địa phương dẫn đầu.', 'Người dân xã hậu thạnh đông, thị trấn tân thạnh.'];

function learnt(checker = createSpellchecker()) {
  const counts = emptyCounts();
  for (const a of ARTICLES) countNewsroomText(counts, a, { isKnownWord: (w) => checker.isKnownSyllable(w), isKnownPair: (a, b) => checker.isKnownPair(a, b) });
  return { counts, words: selectNewsroomWords(counts) };
}

describe("learning the newsroom's words", () => {
  it('learns the district\'s place names (capitalised runs seen twice) and frequent collocations, not one-off headlines', () => {
    const { words } = learnt();
    expect(words.entries).toEqual(expect.arrayContaining(['Tân Thạnh', 'Thạnh Hòa', 'Hậu Thạnh Đông']));
    expect(words.entries.some((e) => e.startsWith('Hè Thu'))).toBe(false);
    expect(words.entries.filter((e) => e === e.toLowerCase())).toEqual(expect.arrayContaining(['kênh nội']));
  });

  it('after learning, "Tân Thạnh", "Thạnh Hòa" and "Hậu Thạnh Đông" are not flagged where the built-in engine flagged them, and typos still are', () => {
    const before = createSpellchecker();
    for (const s of FLAGGED_BEFORE) expect(before.checkParagraph(s).length, s).toBeGreaterThan(0);
    const after = createSpellchecker({ newsroom: learnt().words });
    for (const s of [...FLAGGED_BEFORE, ...ELSEWHERE, ...ARTICLES]) expect(after.checkParagraph(s), s).toEqual([]);
    expect(after.checkParagraph('Xã Thạnh Hòa triển khai chủ chương của huyện.').map((i) => i.suggestions[0])).toEqual(['trương']);
  });
});
