// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSpellchecker } from '../../../../common/vietnamese';
import { bodyExtensions } from '../../extensions';
import { paragraphText } from './paragraph-text';
import { Spellcheck, spellcheckKey, spellIssuesIn, type ParagraphChecker, type SpellTarget } from './spellcheck';

/** The real engine, called in-process instead of through the worker, counting what it is asked. */
function engineChecker() {
  const engine = createSpellchecker();
  const asked: string[][] = [];
  const checker: ParagraphChecker = {
    async check(paragraphs) {
      asked.push(paragraphs);
      return paragraphs.map((p) => engine.checkParagraph(p));
    },
  };
  return { checker, asked };
}

const editors: Editor[] = [];
function makeEditor(html: string, checker: ParagraphChecker, onOpen?: (t: SpellTarget) => void): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    content: html,
    extensions: [...bodyExtensions(), Spellcheck.configure({ checker, delayMs: 5, onOpen: onOpen ?? null })],
  });
  editors.push(editor);
  return editor;
}

afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

async function settle(editor: Editor, predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !predicate(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!predicate()) throw new Error(`spellcheck did not settle: ${JSON.stringify(spellIssuesIn(editor.state))}`);
}

describe('spellcheck extension on a real editor with the real engine', () => {
  it('underlines a real-word error at the right document positions, through bold text', async () => {
    const { checker } = engineChecker();
    const editor = makeEditor('<p>UBND huyện đã <strong>quán triệt</strong> chủ chương của Đảng.</p>', checker);
    await settle(editor, () => spellIssuesIn(editor.state).length > 0);
    const [found] = spellIssuesIn(editor.state);
    // The engine may mark the word or only its wrong syllable; either way the
    // underline sits on the text it reports, and its first fix is right.
    expect(editor.state.doc.textBetween(found!.from, found!.to)).toBe(found!.issue.text);
    expect('chủ chương').toContain(found!.issue.text);
    editor.commands.applySpellSuggestion(found!.from, found!.to, found!.issue.suggestions[0]!);
    expect(editor.getHTML()).toBe('<p>UBND huyện đã <strong>quán triệt</strong> chủ trương của Đảng.</p>');
  });

  it('after an edit sends only the changed paragraph to the checker', async () => {
    const { checker, asked } = engineChecker();
    const paragraphs = Array.from({ length: 30 }, (_, i) => `<p>Đoạn thứ ${i + 1} nói về phát triển kinh tế của huyện.</p>`);
    const editor = makeEditor(paragraphs.join(''), checker);
    await settle(editor, () => asked.length === 1);
    expect(asked[0]).toHaveLength(30);
    const inThird = editor.state.doc.child(2).nodeSize + editor.state.doc.child(0).nodeSize + editor.state.doc.child(1).nodeSize - 2;
    editor.chain().insertContentAt(inThird, ' sản suất').run();
    await settle(editor, () => spellIssuesIn(editor.state).length === 1);
    expect(asked).toHaveLength(2);
    expect(asked[1]).toEqual([paragraphText(editor.state.doc.child(2))]);
    expect(asked[1]![0]).toContain('sản suất');
  });

  it('keeps underlines on their words when Enter and Backspace add and remove paragraphs, and re-checks the touched ones', async () => {
    const { checker } = engineChecker();
    const editor = makeEditor('<p>Một là chủ chương lớn.</p><p>Hai là chủ chương cũ.</p><p>Ba là chủ chương nữa.</p>', checker);
    await settle(editor, () => spellIssuesIn(editor.state).length === 3);
    const texts = () => spellIssuesIn(editor.state).map((i) => editor.state.doc.textBetween(i.from, i.to));
    // Enter at the end of the first paragraph: the other two underlines only shift.
    editor.commands.setTextSelection(editor.state.doc.child(0).nodeSize - 1);
    editor.commands.splitBlock();
    expect(texts().slice(-2)).toEqual(spellIssuesIn(editor.state).slice(-2).map((i) => i.issue.text));
    await settle(editor, () => spellIssuesIn(editor.state).length === 3);
    // Backspace joins the empty paragraph back: same again.
    editor.commands.joinBackward();
    await settle(editor, () => spellIssuesIn(editor.state).length === 3 && editor.state.doc.childCount === 3);
    for (const found of spellIssuesIn(editor.state)) expect(editor.state.doc.textBetween(found.from, found.to)).toBe(found.issue.text);
  });

  it('keeps the underline sets of unchanged paragraphs (same objects) after a pass, and a pass that changes nothing dispatches nothing', async () => {
    const { checker, asked } = engineChecker();
    const paragraphs = Array.from({ length: 20 }, (_, i) => `<p>Đoạn ${i + 1} là chủ chương lớn.</p>`);
    const editor = makeEditor(paragraphs.join(''), checker);
    await settle(editor, () => spellIssuesIn(editor.state).length === 20);
    /** Each paragraph's own set of underlines, as ProseMirror's view asks for it. */
    const perParagraph = () => {
      const set = spellcheckKey.getState(editor.state)!;
      const sets: unknown[] = [];
      editor.state.doc.forEach((node, offset) => sets.push(set.forChild(offset, node)));
      return sets;
    };
    const before = perParagraph();
    let spellTransactions = 0;
    editor.on('transaction', ({ transaction }) => transaction.getMeta(spellcheckKey) && (spellTransactions += 1));
    // A word fixed in the fifth paragraph: only that paragraph is checked again and its underline goes.
    const fifth = editor.state.doc.child(4);
    let at = 0;
    for (let i = 0; i < 4; i++) at += editor.state.doc.child(i).nodeSize;
    const word = fifth.textContent.indexOf('chương');
    editor.commands.insertContentAt({ from: at + 1 + word, to: at + 1 + word + 2 }, 'tr');
    await settle(editor, () => spellIssuesIn(editor.state).length === 19);
    expect(asked.at(-1)).toEqual([paragraphText(editor.state.doc.child(4))]);
    expect(spellTransactions).toBe(1);
    const after = perParagraph();
    // The 19 other paragraphs' sets are the very objects they were (a set built anew held equal copies).
    expect(after.filter((set, i) => i !== 4 && set === before[i])).toHaveLength(19);
    expect(after[4]).not.toBe(before[4]);
    // A paragraph edited and restored gives the same underlines: checked again, no transaction.
    const third = editor.state.doc.child(0).nodeSize + editor.state.doc.child(1).nodeSize + 1;
    editor.commands.insertContentAt(third, 'x');
    editor.commands.deleteRange({ from: third, to: third + 1 });
    const asks = asked.length;
    await settle(editor, () => asked.length > asks);
    await new Promise((r) => setTimeout(r, 30));
    expect(spellTransactions).toBe(1);
    expect(spellIssuesIn(editor.state)).toHaveLength(19);
    for (const found of spellIssuesIn(editor.state)) expect(editor.state.doc.textBetween(found.from, found.to)).toBe(found.issue.text);
  });

  it('applies a suggestion as one edit that undo reverts, keeping marks', async () => {
    const { checker } = engineChecker();
    let target: SpellTarget | undefined;
    const editor = makeEditor('<p>Ông là <em>Phó Chỉ tịch</em> UBND xã.</p>', checker, (t) => (target = t));
    await settle(editor, () => spellIssuesIn(editor.state).length > 0);
    const [found] = spellIssuesIn(editor.state);
    editor.commands.setTextSelection(found!.from + 1);
    editor.commands.keyboardShortcut('Mod-.');
    expect(target?.issue.text).toBe(editor.state.doc.textBetween(target!.from, target!.to));
    editor.commands.applySpellSuggestion(target!.from, target!.to, target!.issue.suggestions[0]!);
    expect(editor.getHTML()).toBe('<p>Ông là <em>Phó Chủ tịch</em> UBND xã.</p>');
    editor.commands.undo();
    expect(editor.getHTML()).toBe('<p>Ông là <em>Phó Chỉ tịch</em> UBND xã.</p>');
  });

  it('makes a suggestion applied right after typing an undo step of its own, with the Yjs undo manager', async () => {
    const { checker } = engineChecker();
    const element = document.createElement('div');
    document.body.append(element);
    const editor = new Editor({
      element,
      extensions: [...bodyExtensions({ collaboration: { document: new Y.Doc(), field: 'body' } }), Spellcheck.configure({ checker, delayMs: 5, onOpen: null })],
    });
    editors.push(editor);
    editor.commands.focus('end');
    for (const word of ['Ông ', 'là ', 'Phó ', 'Chỉ ', 'tịch ', 'xã.']) editor.view.dispatch(editor.state.tr.insertText(word));
    await settle(editor, () => spellIssuesIn(editor.state).length > 0);
    const [found] = spellIssuesIn(editor.state);
    // Well within the undo manager's 500 ms: without a cut the correction joins the typing's step.
    editor.commands.applySpellSuggestion(found!.from, found!.to, 'Chủ');
    expect(editor.state.doc.textContent).toBe('Ông là Phó Chủ tịch xã.');
    editor.commands.undo();
    expect(editor.state.doc.textContent).toBe('Ông là Phó Chỉ tịch xã.');
    editor.commands.redo();
    expect(editor.state.doc.textContent).toBe('Ông là Phó Chủ tịch xã.');
  });

  it('shows nothing for a clean paragraph with names and both tone styles', async () => {
    const { checker, asked } = engineChecker();
    const editor = makeEditor(
      '<p>Sáng 12/3, ông Nguyễn Văn Thủy, Chủ tịch UBND xã Tân Thạnh, chủ trì hội nghị về hoà giải ở cơ sở.</p>',
      checker,
    );
    await settle(editor, () => asked.length === 1);
    await new Promise((r) => setTimeout(r, 30));
    expect(spellIssuesIn(editor.state)).toEqual([]);
  });

  it('checks nothing while an input method is composing', async () => {
    const { checker, asked } = engineChecker();
    const editor = makeEditor('<p>Chủ chương</p>', checker);
    Object.defineProperty(editor.view, 'composing', { configurable: true, get: () => true });
    await new Promise((r) => setTimeout(r, 60));
    expect(asked).toHaveLength(0);
    Object.defineProperty(editor.view, 'composing', { configurable: true, get: () => false });
    await settle(editor, () => asked.length === 1);
  });
});

describe('"Bỏ qua" for one occurrence', () => {
  const flagged = (editor: Editor) => spellIssuesIn(editor.state).map((i) => ({ at: i.from, text: i.issue.text }));

  it('leaves that occurrence alone through typing elsewhere, and not the other ones', async () => {
    const { checker } = engineChecker();
    const editor = makeEditor('<p>Tiếng vieetj hay.</p><p>Lại vieetj nữa.</p>', checker);
    await settle(editor, () => spellIssuesIn(editor.state).length === 2);
    const [first, second] = spellIssuesIn(editor.state);
    editor.commands.ignoreSpellingOnce(first!.from, first!.to);
    expect(flagged(editor)).toEqual([{ at: second!.from, text: 'vieetj' }]);
    // Typing before it, in the same paragraph (it is checked again) and in the other one.
    editor.commands.insertContentAt(1, 'Học ');
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' Thêm');
    await new Promise((r) => setTimeout(r, 60));
    await settle(editor, () => flagged(editor).length === 1);
    expect(editor.state.doc.textBetween(flagged(editor)[0]!.at - 4, flagged(editor)[0]!.at)).toBe('Lại ');
  });

  it('forgets the occurrence once the word itself is edited', async () => {
    const { checker } = engineChecker();
    const editor = makeEditor('<p>Tiếng vieetj hay.</p>', checker);
    await settle(editor, () => spellIssuesIn(editor.state).length === 1);
    const [issue] = spellIssuesIn(editor.state);
    editor.commands.ignoreSpellingOnce(issue!.from, issue!.to);
    expect(spellIssuesIn(editor.state)).toEqual([]);
    // "vieetj" → "vieetjj": a different word, checked again.
    editor.commands.insertContentAt(issue!.to, 'j');
    await settle(editor, () => spellIssuesIn(editor.state).length === 1);
    expect(spellIssuesIn(editor.state)[0]!.issue.text).toBe('vieetjj');
  });
});
