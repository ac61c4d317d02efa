import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deriveArticle } from './derive';
import { articleMeta, storedMeta } from './meta';

function metaOf(values: Record<string, unknown>): Y.Map<unknown> {
  const doc = new Y.Doc();
  const map = doc.getMap<unknown>('meta');
  for (const [key, value] of Object.entries(values)) map.set(key, value);
  return map;
}

// "Ngọc Diệu" typed by an input method that writes decomposed letters.
const decomposed = 'Ngọc Diệu'.normalize('NFD');

describe('article meta', () => {
  it('gives every field its default when the map is empty', () => {
    const empty = { byline: '', category: '', kind: 'tin', tags: [], featuredImage: null, source: '' };
    expect(storedMeta(metaOf({}))).toEqual(empty);
    expect(articleMeta(metaOf({}))).toEqual(empty);
  });

  it('falls back field by field when a value is of the wrong shape', () => {
    const map = metaOf({
      byline: 42,
      category: ['Chính trị'],
      kind: 'phóng sự',
      tags: 'Tân Thạnh',
      featuredImage: { caption: 'no id' },
      source: 'Báo Long An',
    });
    expect(articleMeta(map)).toEqual({
      byline: '',
      category: '',
      kind: 'tin',
      tags: [],
      featuredImage: null,
      source: 'Báo Long An',
    });
  });

  it('keeps what the editor stores exactly as typed, for its own fields', () => {
    const map = metaOf({ byline: `${decomposed} - `, tags: ['a', ' ', 'a', 7], featuredImage: { imageId: 'img-1' } });
    const meta = storedMeta(map);
    expect(meta.byline).toBe(`${decomposed} - `);
    expect(meta.tags).toEqual(['a', ' ', 'a']);
    expect(meta.featuredImage).toEqual({ imageId: 'img-1', caption: '' });
  });

  it('gives every other reader NFC, trimmed text and tags without blanks or repeats', () => {
    const map = metaOf({
      byline: `  ${decomposed} - Chí Tâm `,
      category: ' Chính trị\n',
      kind: 'phong_su',
      tags: [' Tân Thạnh', 'Tân Thạnh'.normalize('NFD'), '', '   ', 7, null, 'dân vận khéo '],
      featuredImage: { imageId: 'img-1', caption: ` ${decomposed} ` },
      source: ' Báo Long An ',
    });
    const meta = articleMeta(map);
    expect(meta).toEqual({
      byline: 'Ngọc Diệu - Chí Tâm',
      category: 'Chính trị',
      kind: 'phong_su',
      tags: ['Tân Thạnh', 'dân vận khéo'],
      featuredImage: { imageId: 'img-1', caption: 'Ngọc Diệu' },
      source: 'Báo Long An',
    });
    expect(meta.byline.normalize('NFC')).toBe(meta.byline);
    // The drafts service's derived fields follow the same rule.
    const derived = deriveArticle(map.doc!);
    expect([derived.byline, derived.category, derived.kind]).toEqual(['Ngọc Diệu - Chí Tâm', 'Chính trị', 'phong_su']);
  });
});
