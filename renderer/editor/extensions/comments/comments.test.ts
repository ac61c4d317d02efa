// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../../../common/article/layout';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { addThread, readThreads, resolveNodeAnchor, setResolved } from '../../../../common/article/review-comments';
import { findText, linkedDocs, makeBodyEditor } from '../../test-editor';
import { anchorNode, anchorSelection, commentTarget, Comments, commentsKey, highlightCounters, threadRanges } from './comments';

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

  describe('threads on a whole media node (video, gallery, infographic)', () => {
    const VIDEO = '<figure data-video-hash="ab12" data-video-mime="video/mp4" data-video-duration="187"><figcaption>Lễ khánh thành cầu</figcaption></figure>';
    const GALLERY =
      '<figure data-gallery>' +
      '<figure data-photo><img src="toasoan-image:a1" alt="" data-image-id="a1"><figcaption>Cầu mới</figcaption></figure>' +
      '<figure data-photo><img src="toasoan-image:b2" alt="" data-image-id="b2"><figcaption>Chợ nổi</figcaption></figure>' +
      '</figure>';
    const posOf = (editor: Editor, type: string) => {
      let at = -1;
      editor.state.doc.forEach((node, offset) => {
        if (at < 0 && node.type.name === type) at = offset;
      });
      expect(at).toBeGreaterThanOrEqual(0);
      return at;
    };
    /** Selects the node (as a click on its frame does) and comments on it as the pane does. */
    const commentNode = (editor: Editor, doc: Y.Doc, type: string) => {
      editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, posOf(editor, type))));
      const target = commentTarget(editor.state);
      expect(target).toMatchObject({ kind: 'node', pos: posOf(editor, type) });
      const anchors = anchorNode(editor.state, doc.getXmlFragment(BODY_FRAGMENT), posOf(editor, type))!;
      return addThread(doc, { ...anchors, quote: type, text: 'Xem lại', by, at: new Date().toISOString() });
    };
    const INFOGRAPHIC = '<figure data-infographic><img data-image-id="g1" alt="Sản lượng lúa"><details><summary>x</summary><div data-infographic-text><p>Năm 2024: 52.000 tấn.</p></div></details></figure>';
    const kindOf = (el: Element) => ['video', 'gallery', 'infographic'].find((k) => el.classList.contains(`editor-${k}`)) ?? el.className;
    const highlighted = (editor: Editor) => [...editor.view.dom.querySelectorAll('.comment-node')].map((el) => `${kindOf(el)}:${el.getAttribute('data-thread')}`);

    it('anchors on the node itself, puts the class on its node view, follows edits around it and survives a reload', async () => {
      const doc = new Y.Doc();
      const editor = open(doc);
      editor.commands.setContent(`<p>Mở đầu.</p>${VIDEO}<p>Giữa.</p>${GALLERY}<p>Kết.</p>`);
      await tick();
      const onVideo = commentNode(editor, doc, 'video');
      const onGallery = commentNode(editor, doc, 'gallery');
      await tick();
      expect(highlighted(editor)).toEqual([`video:${onVideo}`, `gallery:${onGallery}`]);
      expect(marked(editor)).toBe('');
      const ranges = () => [...threadRanges(editor.state).entries()].map(([id, r]) => [id, editor.state.doc.nodeAt(r.from)?.type.name, r.to - r.from]);
      expect(ranges()).toEqual([
        [onVideo, 'video', editor.state.doc.nodeAt(posOf(editor, 'video'))!.nodeSize],
        [onGallery, 'gallery', editor.state.doc.nodeAt(posOf(editor, 'gallery'))!.nodeSize],
      ]);
      // The anchors name the Yjs elements.
      const [tv, tg] = [onVideo, onGallery].map((id) => readThreads(doc).find((t) => t.id === id)!);
      expect(resolveNodeAnchor(doc, tv!.start, tv!.end)!.nodeName).toBe('video');
      expect(resolveNodeAnchor(doc, tg!.start, tg!.end)!.nodeName).toBe('gallery');

      // Text typed before the video and in its caption: the thread stays on the whole video.
      editor.chain().insertContentAt(1, 'Thêm ').run();
      editor.chain().insertContentAt(posOf(editor, 'video') + 2, 'Ảnh: ').run();
      editor.view.dispatch(editor.state.tr.setMeta(commentsKey, { recompute: true }));
      await tick();
      expect(highlighted(editor)).toEqual([`video:${onVideo}`, `gallery:${onGallery}`]);
      expect(ranges()[0]).toEqual([onVideo, 'video', editor.state.doc.nodeAt(posOf(editor, 'video'))!.nodeSize]);

      // A reload: a fresh document from the saved state.
      const reloaded = new Y.Doc();
      Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc));
      const again = open(reloaded);
      await tick();
      again.view.dispatch(again.state.tr.setMeta(commentsKey, { recompute: true }));
      expect(highlighted(again)).toEqual([`video:${onVideo}`, `gallery:${onGallery}`]);

      // The video deleted: its thread is orphaned (kept, not highlighted), the gallery's stays.
      const at = posOf(editor, 'video');
      editor.chain().deleteRange({ from: at, to: at + editor.state.doc.nodeAt(at)!.nodeSize }).run();
      await tick();
      editor.view.dispatch(editor.state.tr.setMeta(commentsKey, { recompute: true }));
      expect(highlighted(editor)).toEqual([`gallery:${onGallery}`]);
      expect(resolveNodeAnchor(doc, tv!.start, tv!.end)).toBeNull();
      expect(readThreads(doc).map((t) => t.id).sort()).toEqual([onVideo, onGallery].sort());
    });

    it('an infographic: the thread on the node, not on its text version; the caret in its text version comments on it', async () => {
      const doc = new Y.Doc();
      const editor = open(doc);
      editor.commands.setContent(`<p>Mở đầu.</p>${INFOGRAPHIC}`);
      await tick();
      const at = findText(editor, '52.000');
      editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at.from)));
      expect(commentTarget(editor.state)).toMatchObject({ kind: 'node', pos: posOf(editor, 'infographic') });
      const id = commentNode(editor, doc, 'infographic');
      await tick();
      expect(highlighted(editor)).toEqual([`infographic:${id}`]);
      expect(marked(editor)).toBe('');
    });

    it('the caret in a caption comments on the media; a text selection in it on the passage; a click on the frame selects the node', async () => {
      const doc = new Y.Doc();
      let activated: string | null = 'none';
      const editor = open(doc, (id) => (activated = id));
      editor.commands.setContent(`<p>Mở đầu.</p>${VIDEO}`);
      await tick();
      const caption = findText(editor, 'khánh thành');
      editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, caption.from)));
      expect(commentTarget(editor.state)).toMatchObject({ kind: 'node', pos: posOf(editor, 'video') });
      editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, caption.from, caption.to)));
      expect(commentTarget(editor.state)).toEqual({ kind: 'text', from: caption.from, to: caption.to });
      editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 2)));
      expect(commentTarget(editor.state)).toBeNull();

      const id = commentNode(editor, doc, 'video');
      await tick();
      editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 2)));
      const pos = posOf(editor, 'video');
      const node = editor.state.doc.nodeAt(pos)!;
      const handled = editor.view.someProp('handleClickOn', (f) => f(editor.view, pos, node, pos, new MouseEvent('click'), true));
      expect(handled).toBe(true);
      expect(editor.state.selection).toBeInstanceOf(NodeSelection);
      expect(editor.state.selection.from).toBe(pos);
      expect(activated).toBe(id);
      // Not direct (the click was in the caption's text): left to ProseMirror.
      expect(editor.view.someProp('handleClickOn', (f) => f(editor.view, pos + 2, node, pos, new MouseEvent('click'), false))).toBeFalsy();
    });
  });
});
