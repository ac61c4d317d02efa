// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT, seedArticle } from '../../../common/article/layout';
import { bodyExtensions } from '../extensions';
import { convertLegacyHtml } from './legacy-html';
import type { LegacyConversionNotice } from './legacy-paste';

const FIXTURES = resolve('tests/fixtures/legacy');
const clipboard = readFileSync(resolve(FIXTURES, 'word-clipboard-vntime.html'), 'utf8');
const expected = readFileSync(resolve(FIXTURES, 'word-clipboard-vntime.expected.txt'), 'utf8').trim().split('\n');

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function collaborativeEditor(notices: LegacyConversionNotice[]): Editor {
  const doc = new Y.Doc();
  seedArticle(doc);
  const element = document.createElement('div');
  document.body.append(element);
  return new Editor({
    element,
    extensions: bodyExtensions({ collaboration: { document: doc, field: BODY_FRAGMENT } }).map((ext) =>
      ext.name === 'pasteCleanup' ? ext.configure({ onLegacyConverted: (n: LegacyConversionNotice) => notices.push(n) }) : ext,
    ),
  });
}

const paragraphs = (e: Editor) => {
  const out: string[] = [];
  e.state.doc.forEach((block) => out.push(block.textContent));
  return out;
};

describe('legacy text on paste', () => {
  it('converts the runs of Word clipboard HTML by their font (.VnTime, .VnTimeH, the Normal style) and keeps Unicode runs', () => {
    const result = convertLegacyHtml(clipboard);
    expect(result?.detection.encoding).toBe('tcvn3');
    const body = new DOMParser().parseFromString(result!.html, 'text/html').body;
    const texts = Array.from(body.querySelectorAll('p')).map((p) => p.textContent!.trim());
    expect(texts).toEqual(expected);
  });

  it('returns nothing for HTML that is already Unicode', () => {
    const word = readFileSync(resolve('renderer/editor/paste/fixtures/word.html'), 'utf8');
    expect(convertLegacyHtml(word)).toBeNull();
    expect(convertLegacyHtml(readFileSync(resolve('renderer/editor/paste/fixtures/libreoffice.html'), 'utf8'))).toBeNull();
  });

  it('pastes converted text, tells what it found, and one Undo brings back what was pasted (Yjs undo)', () => {
    const notices: LegacyConversionNotice[] = [];
    editor = collaborativeEditor(notices);
    editor.view.pasteHTML(clipboard);
    expect(paragraphs(editor).filter(Boolean)).toEqual(expected);
    expect(notices).toEqual([{ encoding: 'tcvn3', confidence: 1 }]);
    editor.commands.undo();
    const undone = paragraphs(editor).filter(Boolean);
    expect(undone).toHaveLength(4);
    expect(undone[1]).toBe('S¸ng 12/3, §¶ng ñy x· Hßa TiÕn tæ chøc héi nghÞ tæng kÕt c«ng t¸c x©y dùng §¶ng n¨m 2024.');
    editor.commands.undo();
    expect(paragraphs(editor).filter(Boolean)).toEqual([]);
  });

  it('converts pasted plain text by its pattern, undoable in one step (prosemirror-history)', () => {
    const notices: LegacyConversionNotice[] = [];
    const element = document.createElement('div');
    document.body.append(element);
    editor = new Editor({
      element,
      extensions: bodyExtensions().map((ext) =>
        ext.name === 'pasteCleanup' ? ext.configure({ onLegacyConverted: (n: LegacyConversionNotice) => notices.push(n) }) : ext,
      ),
    });
    editor.view.pasteText('Hoäi nghò ñaïi bieåu Ñaûng boä huyeän laàn thöù XV');
    expect(paragraphs(editor)).toEqual(['Hội nghị đại biểu Đảng bộ huyện lần thứ XV']);
    expect(notices[0]?.encoding).toBe('vni');
    editor.commands.undo();
    expect(paragraphs(editor)).toEqual(['Hoäi nghò ñaïi bieåu Ñaûng boä huyeän laàn thöù XV']);
  });

  it('leaves pasted Unicode alone and says nothing', () => {
    const notices: LegacyConversionNotice[] = [];
    editor = collaborativeEditor(notices);
    editor.view.pasteText('Sáng nay, bà con rất vui');
    expect(paragraphs(editor).filter(Boolean)).toEqual(['Sáng nay, bà con rất vui']);
    expect(notices).toEqual([]);
  });
});
