// @vitest-environment happy-dom
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { articleToDocx } from './export-docx';
import { STYLE } from './docx-layout';
import { twips, type ArticleStamp } from './page-layout';
import { longArticle } from './testing/long-article';

const stamp: ArticleStamp = { status: 'in_review', updatedAt: '2026-12-01T12:00:00Z', version: 3 };

async function parts(options: Parameters<typeof articleToDocx>[2]) {
  const blob = await articleToDocx(longArticle(1200), async () => null, options);
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const headers = Object.keys(files).filter((n) => /^word\/header\d+\.xml$/.test(n)).map(text);
  return { document: text('word/document.xml'), styles: text('word/styles.xml'), core: text('docProps/core.xml'), headers };
}

/** The attributes of the first `<w:tag …>` in `xml`, or null. */
function attrs(xml: string, tag: string): Record<string, string> | null {
  const match = new RegExp(`<w:${tag}\\b([^>]*)/?>`).exec(xml);
  if (!match) return null;
  return Object.fromEntries([...match[1]!.matchAll(/w:(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

function styleXml(styles: string, id: string): string {
  const match = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>(.*?)</w:style>`, 's').exec(styles);
  if (!match) throw new Error(`no style ${id}`);
  return match[1]!;
}

describe('the Word export laid out as an administrative document', () => {
  it('uses Times New Roman 14 pt, black, for the whole document', async () => {
    const { styles } = await parts({ stamp });
    const defaults = /<w:docDefaults>(.*?)<\/w:docDefaults>/s.exec(styles)![1]!;
    expect(attrs(defaults, 'rFonts')).toMatchObject({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' });
    expect(attrs(defaults, 'sz')).toEqual({ val: '28' });
    expect(attrs(defaults, 'color')).toEqual({ val: '000000' });
  });

  it('sets A4 and the decree margins in twips (top 25, bottom 20, left 30, right 15 mm)', async () => {
    const { document } = await parts({ stamp });
    expect(attrs(document, 'pgSz')).toMatchObject({ w: '11906', h: '16838' });
    expect(attrs(document, 'pgMar')).toMatchObject({ top: '1417', bottom: '1134', left: '1701', right: '850' });
    expect(twips(30)).toBe(1701);
  });

  it('makes headings bold, black and larger than the body, and body paragraphs justified with a first-line indent and spacing', async () => {
    const { styles, document } = await parts({ stamp });
    for (const [id, size] of [['Heading2', '30'], ['Heading3', '28'], ['Title', '32']] as const) {
      const style = styleXml(styles, id);
      expect(style, id).toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
      expect(attrs(style, 'sz'), id).toEqual({ val: size });
      expect(attrs(style, 'color'), id).toEqual({ val: '000000' });
    }
    const body = styleXml(styles, STYLE.body);
    expect(attrs(body, 'jc')).toEqual({ val: 'both' });
    expect(attrs(body, 'ind')).toMatchObject({ firstLine: '567' });
    expect(attrs(body, 'spacing')).toMatchObject({ after: '120', line: '288' });
    // Body paragraphs use it; headings use theirs.
    expect(document.match(new RegExp(`<w:pStyle w:val="${STYLE.body}"/>`, 'g'))!.length).toBeGreaterThan(10);
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
  });

  it('writes the page number as a PAGE field in the header of pages after the first, and the stamp on every page', async () => {
    const { headers, document } = await parts({ stamp });
    expect(document).toMatch(/<w:titlePg\/>|<w:titlePg w:val="true"\/>/);
    const withPage = headers.filter((h) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(h));
    expect(withPage).toHaveLength(1);
    for (const header of headers) expect(header).toContain('BẢN THẢO – Chờ duyệt – 01/12/2026 – Phiên bản 3');
    expect(headers).toHaveLength(2);
  });

  it('makes table header cells bold and keeps the keywords, in the text and the file properties', async () => {
    const { document, core, styles } = await parts({ stamp });
    const headerRow = /<w:tr>(?:(?!<\/w:tr>).)*?<w:tblHeader\/>.*?<\/w:tr>/s.exec(document)![0];
    expect(headerRow).toContain('Xã');
    // Bold through the paragraph style (so a Word round trip reads no <strong> into <th>).
    for (const paragraph of headerRow.match(/<w:p>.*?<\/w:p>/gs)!) expect(paragraph).toContain('<w:pStyle w:val="ArticleTableHeader"/>');
    const headerStyle = /<w:style [^>]*w:styleId="ArticleTableHeader".*?<\/w:style>/s.exec(styles)![0];
    expect(headerStyle).toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
    expect(document).toContain('Từ khóa: nông thôn mới, Tân Thạnh, tổng kết');
    expect(core).toContain('<cp:keywords>nông thôn mới, Tân Thạnh, tổng kết</cp:keywords>');
  });

  it('numbers lines and widens the right margin for notes only when asked', async () => {
    const plain = await parts({ stamp });
    expect(plain.document).not.toContain('<w:lnNumType');
    const annotated = await parts({ stamp, layout: { lineNumbers: true, notesMargin: true } });
    expect(attrs(annotated.document, 'lnNumType')).toMatchObject({ countBy: '1', restart: 'continuous' });
    expect(attrs(annotated.document, 'pgMar')).toMatchObject({ left: '1701', right: String(twips(60)) });
  });

  it('leaves the header without a stamp when none is given, still numbering pages', async () => {
    const { headers } = await parts({});
    expect(headers.join('')).not.toContain('BẢN THẢO');
    expect(headers.some((h) => h.includes('PAGE'))).toBe(true);
  });
});
