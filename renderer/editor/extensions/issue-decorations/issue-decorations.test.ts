// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { makeBodyEditor } from '../../test-editor';
import { issuesIn } from './issue-decorations';

let editor: Editor;
afterEach(() => editor?.destroy());

describe('IssueDecorations', () => {
  it('underlines the ranges it is given and keeps them on their words through edits', () => {
    editor = makeBodyEditor('<p>Xin chào tiéng Việt</p>');
    const from = 1 + 'Xin chào '.length;
    editor.commands.setIssues([{ from, to: from + 'tiéng'.length, kind: 'spelling', message: 'tiếng?' }]);
    expect(editor.view.dom.querySelector('.issue-spelling')?.textContent).toBe('tiéng');
    editor.commands.insertContentAt(1, 'Ồ, ');
    expect(issuesIn(editor.state)).toEqual([{ from: from + 3, to: from + 3 + 5, kind: 'spelling', message: 'tiếng?' }]);
    expect(editor.view.dom.querySelector('.issue-spelling')?.textContent).toBe('tiéng');
  });

  it('replaces only the issues of the range it is told about', () => {
    editor = makeBodyEditor('<p>một hai</p><p>ba bốn</p>');
    editor.commands.setIssues([
      { from: 1, to: 4, kind: 'spelling' },
      { from: 10, to: 12, kind: 'style' },
    ]);
    editor.commands.setIssues([], { from: 0, to: 9 });
    expect(issuesIn(editor.state).map((i) => i.kind)).toEqual(['style']);
  });
});
