// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../../../common/article/layout';
import { addThread, readThreads, setResolved } from '../../../../common/article/review-comments';
import { findText, linkedDocs, makeBodyEditor } from '../../test-editor';
import { anchorSelection, Comments, commentsKey, highlightCounters, threadRanges } from './comments';

const by = { authorId: 'u1', author: 'Ban biên tập', role: 'reviewer' };
const editors: Editor[] = [];

function open(doc: Y.Doc, onActivate: (id: string | null) => void = () => {}): Editor {
  const editor = makeBodyEditor('', {
    collaboration: { document: doc, field: BODY_FRAGMENT },
    extra: [Comments.configure({ document: doc, field: BODY_FRAGMENT, onActivate })],
  });
  editors.push(editor);
  return editor;
}


const tick = () => new Promise((r) => setTimeout(r, 5));
const marked = (editor: Editor) =>
  [...editor.view.dom.querySelectorAll('.comment-mark')].map((el) => el.textContent).join('');


function comment(editor: Editor, doc: Y.Doc, text: string): string {
  const { from, to } = findText(editor, text);
  const anchored = anchorSelection(editor.state, doc.getXmlFragment(BODY_FRAGMENT), from, to)!;
  expect(anchored.quote).toBe(text);
  return addThread(doc, { ...anchored, text: 'Kiểm tra số liệu', by, at: new Date().toISOString() });
}

afterEach(() => {
  for (const e of editors.splice(0)) e.destroy();
});

describe('comment highlights', () => {
  it('highlight a passage in both windows and follow the other window’s edits inside it', async () => {
    const [docA, docB] = linkedDocs();
    const a = open(docA);
    a.commands.setContent('<p>Năm 2025, xã đạt 19 tiêu chí nông thôn mới.</p><p>Đoạn hai.</p>');
    const b = open(docB);
    await tick();
    comment(a, docA, 'đạt 19 tiêu chí');
    await tick();
    expect(marked(a)).toBe('đạt 19 tiêu chí');
    expect(marked(b)).toBe('đạt 19 tiêu chí');

    // The author, in the other window, rewrites inside the passage and types around it.
    const at = findText(b, '19').from;
    b.chain().insertContentAt({ from: at, to: at + 2 }, '20').run();
    b.chain().insertContentAt(findText(b, 'xã').from, 'Tân ').run();
    await tick();
    expect(marked(a)).toBe('đạt 20 tiêu chí');
    expect(marked(b)).toBe('đạt 20 tiêu chí');

    // Local typing at the passage's edges stays outside, inside extends it.
    const end = findText(a, 'đạt 20 tiêu chí').to;
    a.chain().insertContentAt(end, ' đầy đủ').run();
    a.chain().insertContentAt(findText(a, 'tiêu').from, 'các ').run();
    expect(marked(a)).toBe('đạt 20 các tiêu chí');
    await tick();
    expect(marked(b)).toBe('đạt 20 các tiêu chí');
  });

  it('a deleted passage leaves its thread orphaned, not lost; a resolved one is not highlighted', async () => {
    const doc = new Y.Doc();
    const editor = open(doc);
    editor.commands.setContent('<p>Ủy ban nhân dân huyện họp sáng nay.</p>');
    await tick();
    const gone = comment(editor, doc, 'nhân dân');
    const kept = comment(editor, doc, 'họp');
    await tick();
    expect(threadRanges(editor.state).size).toBe(2);
    const { from, to } = findText(editor, 'ban nhân dân huyện');
    editor.chain().deleteRange({ from, to }).run();
    await tick();
    expect([...threadRanges(editor.state).keys()]).toEqual([kept]);
    expect(readThreads(doc).map((t) => t.id).sort()).toEqual([gone, kept].sort());
    setResolved(doc, kept, true, 'x');
    await tick();
    expect(marked(editor)).toBe('');
  });

  it('highlights passages in paragraphs after a heading, a bold run and inside a list', async () => {
    const doc = new Y.Doc();
    const editor = open(doc);
    editor.commands.setContent('<h2>Kết quả</h2><p>Thu <strong>vượt</strong> kế hoạch.</p><ul><li><p>Một hai ba</p></li></ul><p>Cuối bài.</p>');
    await tick();
    comment(editor, doc, 'kế hoạch');
    comment(editor, doc, 'hai');
    comment(editor, doc, 'Cuối');
    // Recomputed from the anchors (as after a change from another window).
    editor.view.dispatch(editor.state.tr.setMeta('comments$', { recompute: true }));
    await tick();
    const texts = [...editor.view.dom.querySelectorAll('.comment-mark')].map((el) => el.textContent);
    expect(texts).toEqual(['kế hoạch', 'hai', 'Cuối']);
  });

  it('a click on a highlighted passage names its thread', async () => {
    const doc = new Y.Doc();
    let activated: string | null = 'none';
    const editor = open(doc, (id) => (activated = id));
    editor.commands.setContent('<p>Khánh thành cầu Rạch Miễu.</p>');
    await tick();
    const id = comment(editor, doc, 'cầu Rạch');
    await tick();
    const pos = findText(editor, 'Rạch').from;
    editor.view.someProp('handleClick', (f) => f(editor.view, pos, new MouseEvent('click')));
    expect(activated).toBe(id);
    editor.view.someProp('handleClick', (f) => f(editor.view, 2, new MouseEvent('click')));
    expect(activated).toBe(null);
  });

  it('remote edits that do not touch a passage shift the highlights without recomputing them; a touched one alone is resolved again', async () => {
    const [docA, docB] = linkedDocs();
    const a = open(docA);
    a.commands.setContent('<p>Mở đầu.</p><p>Năm 2025, xã đạt 19 tiêu chí.</p><p>Đoạn giữa.</p><p>Cầu Tân Hòa dài 120 mét.</p><p>Kết.</p>');
    const b = open(docB);
    await tick();
    comment(a, docA, 'đạt 19 tiêu chí');
    comment(a, docA, 'dài 120 mét');
    await tick();
    const rangesNow = () => [...threadRanges(a.state).values()].map((r) => a.state.doc.textBetween(r.from, r.to));
    /** What a full recompute from the anchors gives, to compare the mapped highlights with. */
    const recomputed = () => {
      a.view.dispatch(a.state.tr.setMeta(commentsKey, { recompute: true }));
      return rangesNow();
    };
    expect(rangesNow()).toEqual(['đạt 19 tiêu chí', 'dài 120 mét']);

    const rebuilds = highlightCounters.rebuilds;
    const reresolved = highlightCounters.reresolved;
    // The other window types before, between and after the passages, in other paragraphs and in theirs.
    for (let i = 0; i < 10; i += 1) {
      b.chain().insertContentAt(findText(b, 'Mở đầu').from, 'x').run();
      b.chain().insertContentAt(findText(b, 'Đoạn giữa').to, 'y').run();
      b.chain().insertContentAt(findText(b, 'Kết').from, 'z').run();
      b.chain().insertContentAt(findText(b, 'Năm').from, 'n').run();
      b.chain().insertContentAt(findText(b, 'Cầu').from, 'c').run();
    }
    b.chain().insertContentAt({ from: findText(b, 'xxxxxxxxxxMở').from, to: findText(b, 'xxxxxxxxxxMở').from + 5 }, '').run();
    await tick();
    expect(highlightCounters.rebuilds).toBe(rebuilds);
    expect(highlightCounters.reresolved).toBe(reresolved);
    expect(rangesNow()).toEqual(['đạt 19 tiêu chí', 'dài 120 mét']);
    expect(marked(a)).toBe('đạt 19 tiêu chídài 120 mét');

    // An edit inside one passage: that thread alone is resolved again, from its anchors.
    const at = findText(b, '120').from;
    b.chain().insertContentAt({ from: at, to: at + 3 }, '125').run();
    await tick();
    expect(highlightCounters.rebuilds).toBe(rebuilds);
    expect(highlightCounters.reresolved - reresolved).toBeGreaterThanOrEqual(1);
    expect(highlightCounters.reresolved - reresolved).toBeLessThanOrEqual(2);
    expect(rangesNow()).toEqual(['đạt 19 tiêu chí', 'dài 125 mét']);
    // Typed right at a passage's edges (where a diff cannot tell the side), the anchors decide: outside.
    b.chain().insertContentAt(findText(b, 'đạt 19').from, '« ').run();
    b.chain().insertContentAt(findText(b, 'tiêu chí').to, ' mới').run();
    await tick();
    expect(rangesNow()).toEqual(['đạt 19 tiêu chí', 'dài 125 mét']);
    expect(highlightCounters.rebuilds).toBe(rebuilds);
    // The same as recomputing everything; a new thread recomputes.
    expect(recomputed()).toEqual(['đạt 19 tiêu chí', 'dài 125 mét']);
    expect(highlightCounters.rebuilds).toBe(rebuilds + 1);
    comment(a, docA, 'Đoạn giữa');
    await tick();
    expect(highlightCounters.rebuilds).toBeGreaterThan(rebuilds + 1);
    expect(marked(b)).toContain('Đoạn giữa');
  });
});
