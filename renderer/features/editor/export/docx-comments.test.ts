// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../../../common/article/layout';
import { addThread, anchorInText, reply, setResolved } from '../../../../common/article/review-comments';
import { bodyExtensions } from '../../../editor/extensions';
import { articleToDocx } from './export-docx';

const reviewer = { authorId: 'r', author: 'Lê Văn Duyệt', role: 'reviewer' };
const author = { authorId: 'a', author: 'Ngọc Diệu', role: 'contributor' };

function commentedArticle(): Y.Doc {
  const doc = new Y.Doc();
  const editor = new Editor({ extensions: bodyExtensions({ collaboration: { document: doc, field: BODY_FRAGMENT } }) });
  editor.commands.setContent('<p>Xã đạt <strong>19 tiêu chí</strong> nông thôn mới.</p><p>Người dân góp 2 tỉ đồng.</p>');
  editor.destroy();
  const [first, second] = doc.getXmlFragment(BODY_FRAGMENT).toArray() as Y.XmlElement[];
  const a = first!.get(0) as Y.XmlText;
  const b = second!.get(0) as Y.XmlText;
  // "đạt 19 tiêu chí" crosses the bold run.
  const t1 = addThread(doc, { ...anchorInText(a, 3, 18), quote: 'đạt 19 tiêu chí', text: 'Số liệu chưa khớp.', by: reviewer, at: '2026-01-02T03:04:05Z' });
  reply(doc, t1, 'Đã sửa theo báo cáo.', author, '2026-01-02T04:00:00Z');
  const t2 = addThread(doc, { ...anchorInText(b, 14, 23), quote: '2 tỉ đồng', text: 'Ghi nguồn.', by: reviewer, at: '2026-01-02T03:05:00Z' });
  setResolved(doc, t2, true, 'Ngọc Diệu');
  // An orphaned thread: its passage is gone.
  const t3 = addThread(doc, { ...anchorInText(b, 0, 9), quote: 'Người dân', text: 'Ai?', by: reviewer, at: '2026-01-02T03:06:00Z' });
  b.delete(0, 9);
  expect(t3).toBeTruthy();
  return doc;
}

describe('Word export of comment threads', () => {
  it('writes threads as real Word comments (replies threaded, resolved kept) around their passages', async () => {
    const blob = await articleToDocx(commentedArticle(), async () => null);
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const comments = strFromU8(files['word/comments.xml']!);
    const document = strFromU8(files['word/document.xml']!);
    expect(comments).toContain('w:author="Lê Văn Duyệt"');
    expect(comments).toContain('w:author="Ngọc Diệu"');
    expect(comments).toContain('Số liệu chưa khớp.');
    expect(comments).toContain('Đã sửa theo báo cáo.');
    expect(comments).toContain('Ghi nguồn.');
    expect(comments).not.toContain('Ai?');
    expect((comments.match(/<w:comment /g) ?? []).length).toBe(3);
    // The reply hangs under its thread; the resolved thread is marked done.
    const extended = strFromU8(files['word/commentsExtended.xml']!);
    expect(extended).toContain('w15:paraIdParent');
    expect(extended).toContain('w15:done="1"');
    // Each range encloses its passage's text, across the bold run.
    const text = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const range = (id: number) => {
      const start = document.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
      const end = document.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
      expect(start).toBeGreaterThan(-1);
      expect(end).toBeGreaterThan(start);
      return text(document.slice(start, end));
    };
    expect(range(0)).toBe('đạt 19 tiêu chí');
    expect(range(1)).toBe('đạt 19 tiêu chí');
    expect(range(2)).toBe('2 tỉ đồng');
    expect(document).toContain('<w:commentReference w:id="0"/>');
    expect(text(document)).toContain('Xã đạt 19 tiêu chí nông thôn mới.');
  });
});
