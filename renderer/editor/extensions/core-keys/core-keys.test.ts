// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../extensions';
import { findText, keydown, textInput } from '../../test-editor';
import { coreKeys, PlainKeymap } from './core-keys';

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

/** Counts the objects of every command TipTap builds (`editor.commands`, the `commands` of command props). */
function countCommandObjects(): { built: number; restore: () => void } {
  const counter = { built: 0, restore: () => {} };
  const fromEntries = Object.fromEntries;
  Object.fromEntries = function (entries: Iterable<readonly [PropertyKey, unknown]>) {
    const result = fromEntries(entries);
    if ('splitBlock' in result && 'joinBackward' in result) counter.built += 1;
    return result;
  } as typeof Object.fromEntries;
  counter.restore = () => (Object.fromEntries = fromEntries);
  return counter;
}

/** The body editor; `upstream` leaves out the plain paths (TipTap's core keymap as shipped). */
function make(html: string, upstream: boolean): { editor: Editor; updates: { count: number } } {
  const element = document.createElement('div');
  document.body.append(element);
  const extensions = bodyExtensions().filter((extension) => !upstream || extension.name !== 'plainCoreKeys');
  const editor = new Editor({ element, extensions, content: html });
  editors.push(editor);
  const updates = { count: 0 };
  editor.on('transaction', () => (updates.count += 1));
  return { editor, updates };
}

type Step = { key: string; shift?: boolean } | { text: string } | { at: string; offset?: number } | { select: [string, string] };

interface Counts {
  plain: { updates: number; commandObjects: number };
  upstream: { updates: number; commandObjects: number };
}

/** Runs the steps in both editors; after each, the documents and selections must be the same. Counts per key. */
function compare(html: string, steps: Step[]): Counts {
  const plain = make(html, false);
  const upstream = make(html, true);
  // The swap happened in the plain editor only.
  expect(plain.editor.extensionManager.extensions).toContain(PlainKeymap);
  expect(upstream.editor.extensionManager.extensions).not.toContain(PlainKeymap);
  for (const { editor } of [plain, upstream]) editor.commands.focus();
  const counts: Counts = { plain: { updates: 0, commandObjects: 0 }, upstream: { updates: 0, commandObjects: 0 } };
  for (const step of steps) {
    for (const [name, { editor, updates }] of [['plain', plain], ['upstream', upstream]] as const) {
      const before = updates.count;
      const objects = countCommandObjects();
      try {
        if ('key' in step) keydown(editor, { key: step.key, shiftKey: step.shift ?? false });
        else if ('text' in step) textInput(editor, step.text);
        else if ('at' in step) {
          const pos = findText(editor, step.at).from + (step.offset ?? 0);
          editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, pos)));
        } else {
          const from = findText(editor, step.select[0]).from;
          const to = findText(editor, step.select[1]).to;
          editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)));
        }
      } finally {
        objects.restore();
      }
      if ('key' in step) {
        counts[name].updates += updates.count - before;
        counts[name].commandObjects += objects.built;
      }
    }
    expect(plain.editor.getJSON(), JSON.stringify(step)).toEqual(upstream.editor.getJSON());
    expect(plain.editor.state.selection.toJSON(), JSON.stringify(step)).toEqual(upstream.editor.state.selection.toJSON());
    expect(plain.editor.getHTML(), JSON.stringify(step)).toBe(upstream.editor.getHTML());
  }
  return counts;
}

describe('PlainCoreKeys (the core keymap without building every command for plain Enter and Backspace)', () => {
  it('Enter in text and Backspace inside text: the same documents, no command objects, no empty update', () => {
    const plainBefore = { ...coreKeys };
    const counts = compare('<p>Mưa lớn kéo dài</p><h2>Nước sông dâng</h2><p style="text-align: center">Giữa</p>', [
      { at: 'lớn', offset: 3 },
      { key: 'Enter' },
      { key: 'Enter' }, // in the new paragraph (it has the rest of the text)
      { at: 'dâng', offset: 4 },
      { key: 'Enter' }, // at the end of a heading: a paragraph follows
      { at: 'Giữa', offset: 2 },
      { key: 'Enter' }, // keeps the alignment
      { at: 'sông', offset: 2 },
      { key: 'Backspace' }, // inside text: left to the browser (nothing in this DOM)
      { key: 'Backspace', shift: true },
      { at: 'Nước' },
      { key: 'Backspace' }, // at the start of the heading: joins it with the paragraph before
    ]);
    expect(coreKeys.plainEnter - plainBefore.plainEnter).toBe(4);
    expect(coreKeys.plainBackspace - plainBefore.plainBackspace).toBe(3);
    // Upstream: each key built two objects of every command; a Backspace inside text dispatched an empty transaction.
    expect(counts.upstream).toEqual({ updates: 7, commandObjects: 14 });
    expect(counts.plain).toEqual({ updates: 5, commandObjects: 0 });
  });

  it('leaves every other case to upstream: empty blocks, block starts, selections, lists, quotes, input rules', () => {
    const plainBefore = { ...coreKeys };
    compare(
      '<p>Tin</p><p>xã</p><blockquote><p>trích</p></blockquote><ul><li><p>một</p></li></ul><p>cuối bài</p><table><tbody><tr><td><p>ô</p></td></tr></tbody></table>',
      [
        // Enter at the end of a paragraph, then in the new empty one (liftEmptyBlock does nothing at the top: splitBlock).
        { at: 'Tin', offset: 3 },
        { key: 'Enter' },
        { key: 'Enter' },
        { key: 'Backspace' }, // at the start of an empty paragraph: joins
        { key: 'Backspace' },
        // Backspace at the start of a paragraph joins it with the one before.
        { at: 'xã' },
        { key: 'Backspace' },
        // In a quote: Enter at the end, then Enter in the empty paragraph lifts it out of the quote.
        { at: 'trích', offset: 5 },
        { key: 'Enter' },
        { key: 'Enter' },
        { key: 'Backspace' },
        // A range selection: Enter replaces it, Backspace deletes it.
        { select: ['rích', 'một'] },
        { key: 'Enter' },
        { select: ['cuối', 'bài'] },
        { key: 'Backspace' },
        // An input rule, undone by Backspace right after.
        { at: 'ô', offset: 1 },
        { key: 'Enter' },
        { text: '-' },
        { text: ' ' },
        { key: 'Backspace' },
        { key: 'Backspace' },
        // A mark input rule inside text ("**đậm**" becomes bold), undone by Backspace right after.
        { at: 'Tin', offset: 3 },
        { text: ' ' },
        { text: '*' },
        { text: '*' },
        { text: 'đậm' },
        { text: '*' },
        { text: '*' },
        { key: 'Backspace' },
        // Inside a table cell.
        { at: 'ô', offset: 1 },
        { key: 'Enter' },
        { key: 'Backspace' },
      ],
    );
    // Some of these keys took the plain path (Enter in a non-empty block, Backspace in a textblock), the rest did not.
    expect(coreKeys.plainEnter - plainBefore.plainEnter).toBeGreaterThan(0);
    expect(coreKeys.plainEnter - plainBefore.plainEnter).toBeLessThan(7);
    expect(coreKeys.plainBackspace - plainBefore.plainBackspace).toBeGreaterThan(0);
  });

  it('Backspace at a block start: joins, selects the node before, or clears an empty heading at the start, as upstream', () => {
    const counts = compare('<h2>Tít</h2><p>đoạn một</p><table><tbody><tr><td><p>ô</p></td></tr></tbody></table><p>sau bảng</p><p>cuối</p>', [
      { select: ['Tít', 'Tít'] },
      { key: 'Backspace' }, // deletes the heading's text (a selection: upstream)
      { key: 'Backspace' }, // an empty heading at the start: becomes a paragraph (clearNodes, upstream)
      { key: 'Backspace' }, // an empty paragraph at the start: nothing to join or select
      { at: 'cuối' },
      { key: 'Backspace' }, // joins with "sau bảng"
      { at: 'sau' },
      { key: 'Backspace' }, // after the table
      { key: 'Backspace' },
      { at: 'đoạn' },
      { key: 'Backspace' }, // joins with the empty paragraph before
    ]);
    // The same updates; every plain key built no object of every command.
    expect(counts.plain.updates).toBe(counts.upstream.updates);
    expect(counts.plain.commandObjects).toBeLessThan(counts.upstream.commandObjects);
  });
});
