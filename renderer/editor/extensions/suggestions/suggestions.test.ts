// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT, SAPO_FRAGMENT, TITLE_FRAGMENT } from '../../../../common/article/layout';
import { deriveArticle } from '../../../../common/article/derive';
import { articleSapoText, articleTitleText } from '../../../../common/article/to-html';
import { countedText } from '../../../features/editor/counts';
import { lineExtensions } from '../../extensions';
import { findText, linkedDocs, makeBodyEditor } from '../../test-editor';
import type { EditorState } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { suggestChanges, suggestChangesKey } from '@handlewithcare/prosemirror-suggest-changes';
import { decideSuggestion, isSuggesting, listSuggestions, setMode, suggestionCounters, textBeforeSuggestions } from './suggestions';
import { makeSuggestionId, parseSuggestionId } from './suggestion-id';

const reviewer = { authorId: 'hub:7', author: 'Trần Thị Bích | Ban biên tập', role: 'reviewer' };
const editors: Editor[] = [];
let refused = 0;

function open(doc: Y.Doc, who = reviewer): Editor {
  const editor = makeBodyEditor('', {
    collaboration: { document: doc, field: BODY_FRAGMENT },
    suggestions: { author: () => who, onRefused: () => (refused += 1) },
  });
  editors.push(editor);
  return editor;
}



const plain = (editor: Editor) => editor.state.doc.textContent.replace(/\u200B/g, '');

afterEach(() => {
  for (const e of editors.splice(0)) e.destroy();
  refused = 0;
});

describe('text before suggestions (word counts)', () => {
  it('leaves out suggested insertions and keeps suggested deletions', () => {
    const editor = open(new Y.Doc());
    editor.commands.setContent('<p>Xã khánh thành cầu mới.</p><p>Đoạn hai.</p>');
    const { schema } = editor.state;
    const id = makeSuggestionId(reviewer, '2026-12-04T10:00:00.000Z', '0a1b');
    const del = findText(editor, 'khánh thành');
    const ins = findText(editor, 'Đoạn').from;
    editor.view.dispatch(
      editor.state.tr
        .addMark(del.from, del.to, schema.marks.deletion!.create({ id }))
        .insert(ins, schema.text('Thêm ba chữ ', [schema.marks.insertion!.create({ id })])),
    );
    expect(editor.state.doc.textContent).toContain('Thêm ba chữ');
    expect(textBeforeSuggestions(editor.state.doc)).toBe('Xã khánh thành cầu mới.\nĐoạn hai.');
  });
});

describe('suggestion ids', () => {
  it('carry author, role and time, whatever the name holds', () => {
    const id = makeSuggestionId(reviewer, '2026-12-04T10:00:00.000Z', '0a1b');
    expect(parseSuggestionId(id)).toEqual({ id, at: '2026-12-04T10:00:00.000Z', role: 'reviewer', authorId: 'hub:7', author: reviewer.author });
  });
});

describe('suggestion mode', () => {
  it('turns typing and deleting into marks that reach the other window and survive a reload', () => {
    const [a, b] = linkedDocs();
    const ea = open(a);
    const eb = open(b);
    ea.commands.setContent('<p>Huyện có 12 xã và thị trấn.</p>');
    expect(plain(eb)).toBe('Huyện có 12 xã và thị trấn.');

    ea.view.dispatch(setMode(ea.state, true));
    expect(isSuggesting(ea.state)).toBe(true);
    expect(isSuggesting(eb.state)).toBe(false);
    // Replace "12" with "13": a deletion and an insertion of one suggestion.
    const twelve = findText(ea, '12');
    ea.chain().setTextSelection(twelve).insertContent('13').run();
    // Delete " và thị trấn".
    const tail = findText(ea, ' và thị trấn');
    ea.chain().setTextSelection(tail).deleteSelection().run();

    // Nothing was removed: both the old and the new text are there, marked.
    expect(plain(ea)).toContain('12');
    expect(plain(ea)).toContain('13');
    expect(plain(ea)).toContain(' và thị trấn');
    const list = listSuggestions(ea.state.doc);
    expect(list.map((s) => [s.kind, s.deleted, s.inserted])).toEqual([
      ['both', '12', '13'],
      ['deletion', ' và thị trấn', ''],
    ]);
    expect(list[0]!.author).toBe(reviewer.author);
    expect(list[0]!.role).toBe('reviewer');

    // The other window sees the same suggestions.
    expect(listSuggestions(eb.state.doc).map((s) => s.id)).toEqual(list.map((s) => s.id));
    expect(eb.getHTML()).toContain('<del');
    expect(eb.getHTML()).toContain('<ins');

    // A reload: a fresh document from the saved state.
    const saved = new Y.Doc();
    Y.applyUpdate(saved, Y.encodeStateAsUpdate(a));
    const reopened = open(saved);
    expect(listSuggestions(reopened.state.doc).map((s) => [s.id, s.kind, s.deleted, s.inserted])).toEqual(
      list.map((s) => [s.id, s.kind, s.deleted, s.inserted]),
    );
  });

  it('accepts one suggestion and rejects another, in any window', () => {
    const [a, b] = linkedDocs();
    const ea = open(a);
    const eb = open(b, { authorId: 'hub:3', author: 'Tác giả', role: 'contributor' });
    ea.commands.setContent('<p>Năm nay thu ngân sách đạt 120 tỷ đồng, vượt kế hoạch.</p>');
    ea.view.dispatch(setMode(ea.state, true));
    ea.chain().setTextSelection(findText(ea, '120')).insertContent('125').run();
    ea.chain().setTextSelection(findText(ea, ', vượt kế hoạch')).deleteSelection().run();
    const [first, second] = listSuggestions(eb.state.doc);
    expect(first && second).toBeTruthy();

    // The author, in the other window, accepts the number and rejects the cut.
    expect(decideSuggestion(eb.state, eb.view.dispatch, first!.id, true)).toBe(true);
    expect(decideSuggestion(eb.state, eb.view.dispatch, second!.id, false)).toBe(true);
    expect(plain(eb)).toBe('Năm nay thu ngân sách đạt 125 tỷ đồng, vượt kế hoạch.');
    expect(listSuggestions(eb.state.doc)).toEqual([]);
    expect(plain(ea)).toBe('Năm nay thu ngân sách đạt 125 tỷ đồng, vượt kế hoạch.');
    expect(ea.getHTML()).not.toMatch(/<ins|<del/);
  });

  it('accepts or rejects all at once', () => {
    const doc = new Y.Doc();
    const editor = open(doc);
    editor.commands.setContent('<p>Một hai ba bốn.</p>');
    editor.view.dispatch(setMode(editor.state, true));
    editor.chain().setTextSelection(findText(editor, 'hai')).insertContent('HAI').run();
    editor.chain().setTextSelection(findText(editor, ' bốn')).deleteSelection().run();
    expect(listSuggestions(editor.state.doc)).toHaveLength(2);
    decideSuggestion(editor.state, editor.view.dispatch, null, false);
    expect(plain(editor)).toBe('Một hai ba bốn.');
    editor.chain().setTextSelection(findText(editor, 'hai')).insertContent('HAI').run();
    decideSuggestion(editor.state, editor.view.dispatch, null, true);
    expect(plain(editor)).toBe('Một HAI ba bốn.');
  });

  it('does not track changes that come from the other window, and off means direct edits', () => {
    const [a, b] = linkedDocs();
    const ea = open(a);
    const eb = open(b);
    ea.commands.setContent('<p>Xin chào</p>');
    ea.view.dispatch(setMode(ea.state, true));
    eb.chain().setTextSelection(findText(eb, 'chào')).insertContent('tạm biệt').run();
    expect(listSuggestions(ea.state.doc)).toEqual([]);
    expect(plain(ea)).toBe('Xin tạm biệt');
    ea.view.dispatch(setMode(ea.state, false));
    ea.chain().setTextSelection(findText(ea, 'Xin ')).deleteSelection().run();
    expect(plain(ea)).toBe('tạm biệt');
    expect(listSuggestions(ea.state.doc)).toEqual([]);
  });

  it("typing inside one's own suggestion extends it, and Backspace over it really removes it", () => {
    const doc = new Y.Doc();
    const editor = open(doc);
    editor.commands.setContent('<p>Tin tức</p>');
    editor.view.dispatch(setMode(editor.state, true));
    const end = findText(editor, 'tức').to;
    editor.chain().setTextSelection(end).insertContent(' mới').run();
    editor.commands.insertContent('x');
    editor.commands.deleteRange({ from: editor.state.selection.from - 1, to: editor.state.selection.from });
    expect(plain(editor)).toBe('Tin tức mới');
    const list = listSuggestions(editor.state.doc);
    expect(list.map((s) => [s.kind, s.inserted])).toEqual([['insertion', ' mới']]);
  });

  it('refuses a block-level suggestion (a picture deleted whole) instead of losing it on reload', () => {
    const doc = new Y.Doc();
    const editor = open(doc);
    editor.commands.setContent('<p>Trước</p><hr><p>Sau</p>');
    editor.view.dispatch(setMode(editor.state, true));
    let hr = -1;
    editor.state.doc.forEach((node, offset) => {
      if (node.type.name === 'horizontalRule') hr = offset;
    });
    editor.chain().setNodeSelection(hr).deleteSelection().run();
    expect(refused).toBe(1);
    expect(editor.getHTML()).toContain('<hr>');
  });
});

describe('suggestions in title and sapo', () => {
  function openLine(doc: Y.Doc, field: string, who = reviewer): Editor {
    const element = document.createElement('div');
    document.body.append(element);
    const editor = new Editor({
      element,
      extensions: lineExtensions({ collaboration: { document: doc, field }, suggestions: { author: () => who, onRefused: () => (refused += 1) } }),
    });
    editors.push(editor);
    return editor;
  }

  it('turn edits of the title and the sapo into marks that reach the other window, survive a reload and are left out of the text sent', () => {
    const [a, b] = linkedDocs();
    const title = openLine(a, TITLE_FRAGMENT);
    const sapo = openLine(a, SAPO_FRAGMENT);
    const otherTitle = openLine(b, TITLE_FRAGMENT);
    title.commands.setContent('<p>Huyện có 12 xã mới</p>');
    sapo.commands.setContent('<p>Sáng nay, huyện tổ chức hội nghị tổng kết.</p>');
    expect(plain(otherTitle)).toBe('Huyện có 12 xã mới');

    title.view.dispatch(setMode(title.state, true));
    sapo.view.dispatch(setMode(sapo.state, true));
    title.chain().setTextSelection(findText(title, '12')).insertContent('13').run();
    sapo.chain().setTextSelection(findText(sapo, 'Sáng nay, ')).deleteSelection().run();

    // Still one line each, both texts there, marked with who suggested them.
    expect(title.state.doc.childCount).toBe(1);
    expect(plain(title)).toBe('Huyện có 1213 xã mới');
    const titleList = listSuggestions(title.state.doc);
    expect(titleList.map((s) => [s.kind, s.deleted, s.inserted, s.author])).toEqual([['both', '12', '13', reviewer.author]]);
    expect(listSuggestions(sapo.state.doc).map((s) => [s.kind, s.deleted])).toEqual([['deletion', 'Sáng nay, ']]);
    expect(parseSuggestionId(titleList[0]!.id).at).toMatch(/^\d{4}-\d\d-\d\dT/);

    // The other window sees the title's suggestion; a reload keeps both.
    expect(listSuggestions(otherTitle.state.doc).map((s) => s.id)).toEqual(titleList.map((s) => s.id));
    const saved = new Y.Doc();
    Y.applyUpdate(saved, Y.encodeStateAsUpdate(a));
    expect(listSuggestions(openLine(saved, TITLE_FRAGMENT).state.doc).map((s) => [s.id, s.deleted, s.inserted])).toEqual([[titleList[0]!.id, '12', '13']]);
    expect(listSuggestions(openLine(saved, SAPO_FRAGMENT).state.doc).map((s) => s.deleted)).toEqual(['Sáng nay, ']);

    // What is sent and listed reads them as not yet made: insertion out, deletion in.
    expect(articleTitleText(saved)).toBe('Huyện có 12 xã mới');
    expect(articleSapoText(saved)).toBe('Sáng nay, huyện tổ chức hội nghị tổng kết.');
    expect(deriveArticle(saved)).toMatchObject({ title: 'Huyện có 12 xã mới', sapo: 'Sáng nay, huyện tổ chức hội nghị tổng kết.' });
    expect(textBeforeSuggestions(title.state.doc)).toBe('Huyện có 12 xã mới');
    expect(countedText(sapo, makeBodyEditor('<p>Một hai</p>'))).toBe('Sáng nay, huyện tổ chức hội nghị tổng kết.\nMột hai');
  });

  it('accepts the title suggestion and rejects the sapo one from the other window; all at once too', () => {
    const [a, b] = linkedDocs();
    const title = openLine(a, TITLE_FRAGMENT);
    const sapo = openLine(a, SAPO_FRAGMENT);
    const author = { authorId: 'hub:3', author: 'Tác giả', role: 'contributor' };
    const otherTitle = openLine(b, TITLE_FRAGMENT, author);
    const otherSapo = openLine(b, SAPO_FRAGMENT, author);
    title.commands.setContent('<p>Thu ngân sách đạt 120 tỷ</p>');
    sapo.commands.setContent('<p>Huyện vượt kế hoạch năm.</p>');
    title.view.dispatch(setMode(title.state, true));
    sapo.view.dispatch(setMode(sapo.state, true));
    title.chain().setTextSelection(findText(title, '120')).insertContent('125').run();
    sapo.chain().setTextSelection(findText(sapo, ' năm')).deleteSelection().run();

    const [inTitle] = listSuggestions(otherTitle.state.doc);
    const [inSapo] = listSuggestions(otherSapo.state.doc);
    expect(decideSuggestion(otherTitle.state, otherTitle.view.dispatch, inTitle!.id, true)).toBe(true);
    expect(decideSuggestion(otherSapo.state, otherSapo.view.dispatch, inSapo!.id, false)).toBe(true);
    expect(plain(title)).toBe('Thu ngân sách đạt 125 tỷ');
    expect(plain(sapo)).toBe('Huyện vượt kế hoạch năm.');
    expect(listSuggestions(title.state.doc)).toEqual([]);
    expect(listSuggestions(sapo.state.doc)).toEqual([]);
    expect(articleTitleText(a)).toBe('Thu ngân sách đạt 125 tỷ');

    title.chain().setTextSelection(findText(title, '125')).insertContent('130').run();
    decideSuggestion(title.state, title.view.dispatch, null, false);
    expect(plain(otherTitle)).toBe('Thu ngân sách đạt 125 tỷ');
  });
});

describe('cost per keystroke in suggestion mode', () => {
  const widgets = (editor: Editor) =>
    (suggestChangesKey.getState(editor.state) as unknown as { widgets: DecorationSet }).widgets
      .find()
      .map((d) => [d.from, d.to, JSON.stringify(d.spec.key ?? null), JSON.stringify((d as unknown as { type: { attrs?: unknown } }).type.attrs ?? null)]);
  const fullRecompute = (editor: Editor) =>
    (suggestChanges().props.decorations as (s: EditorState) => DecorationSet)(editor.state)
      .find()
      .map((d) => [d.from, d.to, JSON.stringify(d.spec.key ?? null), JSON.stringify((d as unknown as { type: { attrs?: unknown } }).type.attrs ?? null)]);

  it('typing recomputes the "¶" widgets around the caret only, and they equal a full recompute', () => {
    const doc = new Y.Doc();
    const editor = open(doc);
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Đoạn số ${i} của bài viết dài.</p>`).join('');
    editor.commands.setContent(paragraphs);
    editor.view.dispatch(setMode(editor.state, true));
    // A suggested paragraph join (widgets) near the start, a whole suggested paragraph in the middle.
    editor.chain().setTextSelection({ from: findText(editor, 'dài.').to - 1, to: findText(editor, 'Đoạn số 1 ').from + 2 }).deleteSelection().run();
    editor.chain().setTextSelection(findText(editor, 'Đoạn số 20 của bài viết dài.')).deleteSelection().run();
    expect(widgets(editor)).toEqual(fullRecompute(editor));
    expect(widgets(editor).length).toBeGreaterThan(0);

    const before = { ...suggestionCounters };
    editor.commands.setTextSelection(findText(editor, 'Đoạn số 30').to);
    for (const ch of ' thêm chữ') editor.commands.insertContent(ch);
    editor.commands.setTextSelection(findText(editor, 'Đoạn số 2 ').from);
    editor.commands.insertContent('Mới ');
    editor.commands.setTextSelection(findText(editor, 'Đoạn số 19').to);
    editor.commands.insertContent(' X');
    editor.commands.deleteRange({ from: editor.state.selection.from - 1, to: editor.state.selection.from });
    expect(suggestionCounters.fullWalks - before.fullWalks).toBe(0);
    expect(suggestionCounters.partial - before.partial).toBeGreaterThanOrEqual(10);
    expect(widgets(editor)).toEqual(fullRecompute(editor));
    // And a cut across paragraphs next to the existing ones.
    editor.chain().setTextSelection({ from: findText(editor, 'Đoạn số 21').from + 3, to: findText(editor, 'Đoạn số 22').from + 3 }).deleteSelection().run();
    expect(widgets(editor)).toEqual(fullRecompute(editor));
  });
});
