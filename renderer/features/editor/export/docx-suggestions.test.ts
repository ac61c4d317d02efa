// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT, SAPO_FRAGMENT, TITLE_FRAGMENT } from '../../../../common/article/layout';
import { bodyExtensions, lineExtensions } from '../../../editor/extensions';
import { setMode } from '../../../editor/extensions/suggestions/suggestions';
import { articleToDocx } from './export-docx';

const reviewer = { authorId: 'hub:7', author: 'Lê Văn Duyệt', role: 'reviewer' };

function suggestedArticle(doc = new Y.Doc(), field = BODY_FRAGMENT): Y.Doc {
  const collaboration = { document: doc, field };
  const suggestions = { author: () => reviewer };
  const editor = new Editor({
    extensions: field === BODY_FRAGMENT ? bodyExtensions({ collaboration, suggestions }) : lineExtensions({ collaboration, suggestions }),
  });
  editor.commands.setContent(
    field === BODY_FRAGMENT ? '<p>Thu ngân sách đạt <strong>120 tỷ</strong> đồng, vượt kế hoạch.</p>' : '<p>Thu ngân sách đạt 120 tỷ đồng, vượt kế hoạch.</p>',
  );
  editor.view.dispatch(setMode(editor.state, true));
  const find = (text: string) => {
    let at = -1;
    editor.state.doc.descendants((node, pos) => {
      if (at < 0 && node.isText && node.text!.includes(text)) at = pos + node.text!.indexOf(text);
    });
    return { from: at, to: at + text.length };
  };
  editor.chain().setTextSelection(find('120')).insertContent('125').run();
  editor.chain().setTextSelection(find(', vượt kế hoạch')).deleteSelection().run();
  editor.destroy();
  return doc;
}

describe('Word export of suggested changes', () => {
  it('writes them as tracked changes with author and time, read back from the file', async () => {
    const blob = await articleToDocx(suggestedArticle(), async () => null);
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const document = strFromU8(files['word/document.xml']!);
    const ins = [...document.matchAll(/<w:ins ([^>]*)>(.*?)<\/w:ins>/g)];
    const del = [...document.matchAll(/<w:del ([^>]*)>(.*?)<\/w:del>/g)];
    const text = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]).join('');
    expect(ins.map((m) => text(m[2]!, 'w:t'))).toEqual(['125']);
    expect(del.map((m) => text(m[2]!, 'w:delText'))).toEqual(['120', ', vượt kế hoạch']);
    for (const m of [...ins, ...del]) {
      expect(m[1]).toContain('w:author="Lê Văn Duyệt"');
      expect(m[1]).toMatch(/w:date="\d{4}-\d\d-\d\dT/);
    }
    // The bold of "120 tỷ" is kept on the inserted number.
    expect(ins[0]![2]).toContain('<w:b/>');
    // Word's accept-all gives the suggested text; reject-all the original.
    const all = document.replace(/<w:delText[^>]*>[^<]*<\/w:delText>/g, '');
    expect(text(all, 'w:t')).toContain('Thu ngân sách đạt 125 tỷ đồng.');
  });

  it('writes those in the title and the sapo as tracked changes in their own paragraphs', async () => {
    const doc = suggestedArticle(suggestedArticle(new Y.Doc(), TITLE_FRAGMENT), SAPO_FRAGMENT);
    const blob = await articleToDocx(doc, async () => null);
    const document = strFromU8(unzipSync(new Uint8Array(await blob.arrayBuffer()))['word/document.xml']!);
    const paragraphs = [...document.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/g)].map((m) => m[1] ?? m[2]!);
    const marked = paragraphs.filter((p) => p.includes('<w:ins ') && p.includes('<w:del '));
    // One paragraph for the title, one for the sapo, each with its insertion and deletions.
    expect(marked).toHaveLength(2);
    expect(marked[0]).toContain('w:val="Title"');
    for (const p of marked) {
      expect(p).toContain('w:author="Lê Văn Duyệt"');
      expect([...p.matchAll(/<w:ins [^>]*>.*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1])).toEqual(['125']);
      expect([...p.matchAll(/<w:delText[^>]*>([^<]*)<\/w:delText>/g)].map((m) => m[1])).toEqual(['120', ', vượt kế hoạch']);
    }
  });
});
