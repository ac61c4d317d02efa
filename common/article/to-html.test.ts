import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { articleBodyText, articleSapoText, articleTitleText, articleToHtml, safeHref } from './to-html';

type Spec = { name: string; attrs: Record<string, unknown>; children: Spec[] } | { parts: [string, Record<string, unknown>?][] };

function el(name: string, attrs: Record<string, unknown>, children: Spec[]): Spec {
  return { name, attrs, children };
}
function text(parts: [string, Record<string, unknown>?][]): Spec {
  return { parts };
}
/** Builds nodes after attaching them, as y-prosemirror does (formatting needs a doc). */
function build(parent: Y.XmlFragment | Y.XmlElement, specs: Spec[]): void {
  specs.forEach((spec, index) => {
    if ('parts' in spec) {
      const t = new Y.XmlText();
      parent.insert(index, [t]);
      let at = 0;
      for (const [s, attrs] of spec.parts) {
        t.insert(at, s, attrs ?? {});
        at += s.length;
      }
    } else {
      const node = new Y.XmlElement(spec.name);
      parent.insert(index, [node]);
      for (const [k, v] of Object.entries(spec.attrs)) node.setAttribute(k, v as string);
      build(node, spec.children);
    }
  });
}
function docWith(fragment: string, nodes: Spec[]): Y.Doc {
  const doc = new Y.Doc();
  build(doc.getXmlFragment(fragment), nodes);
  return doc;
}

describe('articleToHtml', () => {
  it('writes paragraphs, headings and alignment', () => {
    const doc = docWith('body', [
      el('heading', { level: 2 }, [text([['Tiêu đề phụ']])]),
      el('paragraph', { textAlign: 'center' }, [text([['Giữa']])]),
      el('paragraph', {}, []),
      el('paragraph', { textAlign: 'left' }, [text([['Trái']])]),
      el('paragraph', {}, []),
      el('paragraph', {}, []),
    ]);
    // Blank paragraphs inside stay; the editor's trailing ones do not reach the portal.
    expect(articleToHtml(doc)).toBe('<h2>Tiêu đề phụ</h2><p style="text-align: center">Giữa</p><p></p><p>Trái</p>');
  });

  it('nests marks in a fixed order and merges split runs', () => {
    const doc = docWith('body', [
      el('paragraph', {}, [
        text([
          ['a', { bold: {} }],
          ['b', { bold: {}, italic: {} }],
          ['c', { link: { href: 'https://x.vn/?a=1&b=2' }, underline: {} }],
        ]),
      ]),
    ]);
    expect(articleToHtml(doc)).toBe('<p><strong>a<em>b</em></strong><a href="https://x.vn/?a=1&amp;b=2"><u>c</u></a></p>');
  });

  it('drops links that are not http, https or mailto and escapes text', () => {
    const doc = docWith('body', [
      el('paragraph', {}, [text([['<b>x</b> & y', { link: { href: 'javascript:alert(1)' } }]])]),
    ]);
    expect(articleToHtml(doc)).toBe('<p>&lt;b&gt;x&lt;/b&gt; &amp; y</p>');
    expect(safeHref('mailto:a@b.vn')).toBe('mailto:a@b.vn');
    expect(safeHref('data:text/html,x')).toBeNull();
  });

  it('writes lists, quotes, rules, tables and figures', () => {
    const doc = docWith('body', [
      el('bulletList', {}, [el('listItem', {}, [el('paragraph', {}, [text([['một']])])])]),
      el('orderedList', { start: 3 }, [
        el('listItem', {}, [el('paragraph', {}, [text([['hai']])]), el('paragraph', {}, [text([['ba']])])]),
      ]),
      el('blockquote', {}, [el('paragraph', {}, [text([['trích']])])]),
      el('horizontalRule', {}, []),
      el('table', {}, [
        el('tableRow', {}, [
          el('tableHeader', { colspan: 2, rowspan: 1 }, [el('paragraph', {}, [text([['H']])])]),
        ]),
        el('tableRow', {}, [
          el('tableCell', { colspan: 1, rowspan: 1 }, [el('paragraph', {}, [text([['a']])])]),
          el('tableCell', { colspan: 1, rowspan: 1 }, [el('paragraph', {}, [text([['b']])])]),
        ]),
      ]),
      el('figure', { imageId: 'img1', alt: 'Cầu "mới"' }, [el('figcaption', {}, [text([['Ảnh: Chí Tâm']])])]),
    ]);
    expect(articleToHtml(doc, { imageSrc: (id) => `https://cdn.vn/${id}.jpg` })).toBe(
      '<ul><li>một</li></ul><ol start="3"><li><p>hai</p><p>ba</p></li></ol><blockquote><p>trích</p></blockquote><hr>' +
        '<table><tbody><tr><th colspan="2">H</th></tr><tr><td>a</td><td>b</td></tr></tbody></table>' +
        '<figure><img src="https://cdn.vn/img1.jpg" alt="Cầu &quot;mới&quot;" data-image-id="img1"><figcaption>Ảnh: Chí Tâm</figcaption></figure>',
    );
  });

  it('gives the title, sapo and body as plain NFC text', () => {
    const doc = docWith('title', [el('paragraph', {}, [text([['Tie\u0302\u0301ng   Việt']])])]);
    const sapo = doc.getXmlFragment('sapo');
    build(sapo, [el('paragraph', {}, [text([['Sapo ', { bold: {} }], ['đây']])])]);
    expect(articleTitleText(doc)).toBe('Tiếng Việt');
    expect(articleSapoText(doc)).toBe('Sapo đây');
    const body = doc.getXmlFragment('body');
    build(body, [el('paragraph', {}, [text([['A']])]), el('bulletList', {}, [el('listItem', {}, [el('paragraph', {}, [text([['B']])])])])]);
    expect(articleBodyText(doc)).toBe('A\nB');
  });
});
