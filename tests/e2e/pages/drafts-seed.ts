import * as Y from 'yjs';
import { hostCall } from './editor-page';

/** A body block for a seeded article. */
export type SeedBlock =
  | { p: string }
  | { h: string; level?: 2 | 3 }
  | { table: string[][] }; // the first row is the header row

export interface SeedArticle {
  title: string;
  sapo?: string;
  body?: SeedBlock[];
  kind?: 'tin' | 'bai' | 'phong_su';
  category?: string;
}

function element(name: string, text: string, attrs: Record<string, unknown> = {}): Y.XmlElement {
  const el = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value as string);
  el.insert(0, [new Y.XmlText(text)]);
  return el;
}

function blockOf(block: SeedBlock): Y.XmlElement {
  if ('p' in block) return element('paragraph', block.p);
  if ('h' in block) return element('heading', block.h, { level: block.level ?? 2 });
  const table = new Y.XmlElement('table');
  table.insert(
    0,
    block.table.map((cells, r) => {
      const row = new Y.XmlElement('tableRow');
      row.insert(
        0,
        cells.map((text) => {
          const cell = new Y.XmlElement(r === 0 ? 'tableHeader' : 'tableCell');
          cell.insert(0, [element('paragraph', text)]);
          return cell;
        }),
      );
      return row;
    }),
  );
  return table;
}

/** Creates an article through the host's contract, as the editor would have written it (one Yjs update). */
export async function seedArticle(hostUrl: string, article: SeedArticle): Promise<string> {
  const { id } = await hostCall<{ id: string }>(hostUrl, 'drafts.create', { kind: article.kind ?? 'tin', category: article.category ?? '' });
  const { state } = await hostCall<{ state: string }>(hostUrl, 'drafts.open', { id });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(state, 'base64'));
  const before = Y.encodeStateVector(doc);
  const put = (fragment: string, blocks: Y.XmlElement[]) => {
    const f = doc.getXmlFragment(fragment);
    f.delete(0, f.length);
    f.insert(0, blocks);
  };
  put('title', [element('paragraph', article.title)]);
  if (article.sapo) put('sapo', [element('paragraph', article.sapo)]);
  if (article.body) put('body', article.body.map(blockOf));
  const update = Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64');
  await hostCall(hostUrl, 'drafts.append', { id, update });
  return id;
}

/** About `words` words of plausible Vietnamese prose, in paragraphs of ~120 words, with a heading every few paragraphs. */
export function longBody(words: number): SeedBlock[] {
  const sentence =
    'Ủy ban nhân dân xã Tân Thạnh tổ chức hội nghị sơ kết công tác sáu tháng đầu năm, đánh giá kết quả thực hiện các chỉ tiêu kinh tế, văn hóa, xã hội và quốc phòng an ninh trên địa bàn.';
  const perSentence = sentence.split(/\s+/).length;
  const blocks: SeedBlock[] = [];
  let count = 0;
  for (let p = 0; count < words; p++) {
    if (p % 5 === 0) blocks.push({ h: `Phần ${p / 5 + 1}: kết quả thực hiện nhiệm vụ` });
    const n = Math.max(1, Math.round(120 / perSentence));
    blocks.push({ p: Array.from({ length: n }, () => sentence).join(' ') });
    count += n * perSentence;
  }
  return blocks;
}
