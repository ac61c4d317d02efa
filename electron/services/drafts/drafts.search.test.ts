import { afterEach, describe, expect, it } from 'vitest';
import { ClientDoc, DraftsHarness } from './testing/harness';
import { matchExpression } from './drafts.search';

let h: DraftsHarness;
afterEach(async () => h?.close());

async function draft(title: string, body: string, byline?: string) {
  const { id } = await h.call('drafts.create', byline ? { byline } : {});
  const client = new ClientDoc((await h.call('drafts.open', { id })).state);
  client.paragraph('title', title);
  client.paragraph('body', body);
  for (const update of client.take()) await h.call('drafts.append', { id, update });
  return { id, client };
}

const titles = (r: { items: Array<{ summary: { title: string } }> }) => r.items.map((i) => i.summary.title);

describe('search', () => {
  it('finds accented text from an accent-free, lower-case query', async () => {
    h = new DraftsHarness();
    await draft('Xã Tân Thạnh ra quân', 'Nội dung');
    await draft('Hội nghị', 'Đảng ủy xã tổ chức hội nghị sơ kết.');
    await draft('Chuyện khác', 'không liên quan');
    expect(titles(await h.call('drafts.search', { query: 'tan thanh' }))).toEqual(['Xã Tân Thạnh ra quân']);
    expect(titles(await h.call('drafts.search', { query: 'DANG UY' }))).toEqual(['Hội nghị']);
    expect(titles(await h.call('drafts.search', { query: 'hoi ngh' }))).toEqual(['Hội nghị']); // last word as prefix
    expect(titles(await h.call('drafts.search', { query: '   ' }))).toEqual([]);
  });

  it('ranks exact accented matches first when the query has accents', async () => {
    h = new DraftsHarness();
    await draft('Tin tan thanh', 'tan thanh tan thanh tan thanh'); // best bm25, but no accents
    await draft('Tăn Thành', 'khác');
    await draft('Một bài', 'về xã Tân Thạnh');
    const accented = titles(await h.call('drafts.search', { query: 'Tân Thạnh' }));
    expect(accented[0]).toBe('Một bài');
    expect(accented).toHaveLength(3);
    expect(titles(await h.call('drafts.search', { query: 'tan thanh' }))).toHaveLength(3);
  });

  it('combines with the list filters: status, category and kind narrow the hits', async () => {
    h = new DraftsHarness();
    const make = async (title: string, args: { kind: 'tin' | 'bai'; category: string }) => {
      const { id } = await h.call('drafts.create', args);
      const client = new ClientDoc((await h.call('drafts.open', { id })).state);
      client.paragraph('title', title);
      for (const update of client.take()) await h.call('drafts.append', { id, update });
      return id;
    };
    await make('Hội nghị nông thôn mới', { kind: 'tin', category: 'Kinh tế' });
    const second = await make('Hội nghị văn hóa', { kind: 'bai', category: 'Văn hóa' });
    await make('Hội nghị đầu năm', { kind: 'bai', category: 'Kinh tế' });
    await make('Chuyện khác', { kind: 'bai', category: 'Kinh tế' });
    await h.call('drafts.setStatus', { id: second, status: 'in_review' });
    const search = async (filters: object) => titles(await h.call('drafts.search', { query: 'hoi nghi', ...filters })).sort();
    const sorted = (xs: string[]) => [...xs].sort();
    expect(await search({})).toEqual(sorted(['Hội nghị đầu năm', 'Hội nghị nông thôn mới', 'Hội nghị văn hóa']));
    expect(await search({ category: 'Kinh tế' })).toEqual(sorted(['Hội nghị đầu năm', 'Hội nghị nông thôn mới']));
    expect(await search({ kind: 'bai' })).toEqual(sorted(['Hội nghị đầu năm', 'Hội nghị văn hóa']));
    expect(await search({ kind: 'bai', category: 'Kinh tế' })).toEqual(sorted(['Hội nghị đầu năm']));
    expect(await search({ status: 'in_review' })).toEqual(sorted(['Hội nghị văn hóa']));
    expect(await search({ status: 'in_review', category: 'Kinh tế' })).toEqual([]);
    await h.call('drafts.trash', { id: second });
    expect(await search({ kind: 'bai' })).toEqual(sorted(['Hội nghị đầu năm']));
    expect(await search({ kind: 'bai', view: 'trash' })).toEqual(sorted(['Hội nghị văn hóa']));
  });

  it('returns a snippet of the original text with the hits marked', async () => {
    h = new DraftsHarness();
    const filler = 'Lorem ipsum dolor sit amet. '.repeat(20);
    await draft('Bài dài', `${filler}Sáng nay Đảng ủy xã Tân Thạnh họp. ${filler}`);
    const [hit] = (await h.call('drafts.search', { query: 'dang uy' })).items;
    expect(hit!.field).toBe('body');
    expect(hit!.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['Đảng', 'ủy']);
    const text = hit!.snippet.map((p) => p.text).join('');
    expect(text.startsWith('…')).toBe(true);
    expect(text.length).toBeLessThan(300);
  });

  it('searches the text as it is before pending suggestions: a suggested insertion is not found, a suggested deletion is', async () => {
    h = new DraftsHarness();
    const { id, client } = await draft('Bản tin đề xuất', 'Xã khánh thành cầu mới.');
    const body = client.doc.getXmlFragment('body');
    const text = (body.get(body.length - 1) as import('yjs').XmlElement).get(0) as import('yjs').XmlText;
    const mark = { id: 's1|2026-12-04T09:00:00.000Z|reviewer|hub:3|Tuấn' };
    text.format(3, 11, { deletion: mark });
    text.insert(text.length, ' Phú Lợi', { insertion: mark });
    for (const update of client.take()) await h.call('drafts.append', { id, update });
    expect(titles(await h.call('drafts.search', { query: 'khanh thanh' }))).toEqual(['Bản tin đề xuất']);
    expect(titles(await h.call('drafts.search', { query: 'phu loi' }))).toEqual([]);
    expect((await h.call('drafts.get', { id })).wordCount).toBe(5);
  });

  it('keeps the index current: edits, trash, restore and delete', async () => {
    h = new DraftsHarness();
    const { id, client } = await draft('Bản tin', 'ban đầu');
    client.type('body', ' Phú Lợi');
    for (const update of client.take()) await h.call('drafts.append', { id, update });
    expect(titles(await h.call('drafts.search', { query: 'phu loi' }))).toEqual(['Bản tin']);
    await h.call('drafts.trash', { id });
    expect(titles(await h.call('drafts.search', { query: 'phu loi' }))).toEqual([]);
    expect(titles(await h.call('drafts.search', { query: 'phu loi', view: 'trash' }))).toEqual(['Bản tin']);
    await h.call('drafts.deleteForever', { id });
    expect(titles(await h.call('drafts.search', { query: 'phu loi', view: 'trash' }))).toEqual([]);
  });

  it('searches the byline', async () => {
    h = new DraftsHarness();
    await draft('Tin ảnh', 'x', 'Ngọc Diệu - Chí Tâm');
    const [hit] = (await h.call('drafts.search', { query: 'chi tam' })).items;
    expect(hit!.field).toBe('byline');
  });

  it('builds safe FTS5 expressions from any input', () => {
    expect(matchExpression('Tân "Thạnh" OR NOT*')).toBe('"tan" "thanh" "or" "not"*');
    expect(matchExpression('…')).toBeNull();
    expect(matchExpression('tan t')).toBe('"tan" "t"');
  });
});
