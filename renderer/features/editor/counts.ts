import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { countText, type Counts } from '../../../common/article/word-count';
import { textBeforeSuggestions } from '../../editor/extensions/suggestions/suggestions';
import { LiveValue } from './live-value';

/**
 * The text the status bar counts: sapo and body, pending suggested insertions
 * left out and suggested deletions still in (docs/review.md), as the drafts
 * service's deriveArticle reads them for the list.
 */
export function countedText(sapo: Editor, body: Editor): string {
  return `${textBeforeSuggestions(sapo.state.doc)}\n${textBeforeSuggestions(body.state.doc)}`.trim();
}

/**
 * Words and characters of sapo and body: counted as soon as the editors
 * exist (the article's opening count), then again when typing pauses (never
 * on the keystroke's path), kept in a LiveValue so no React commit happens.
 */
export function useCounts(sapo: Editor | null, body: Editor | null): LiveValue<Counts | null> {
  const [live] = useState(() => new LiveValue<Counts | null>(null));
  useEffect(() => {
    if (!sapo || !body) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recount = () => live.set(countText(countedText(sapo, body)));
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(recount, 400);
    };
    recount();
    sapo.on('update', schedule);
    body.on('update', schedule);
    return () => {
      clearTimeout(timer);
      sapo.off('update', schedule);
      body.off('update', schedule);
    };
  }, [sapo, body, live]);
  return live;
}

/** Characters of one line field (title, sapo), recounted when typing pauses. */
export function useFieldChars(editor: Editor | null): LiveValue<number> {
  const [live] = useState(() => new LiveValue(0));
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Pending suggested insertions are not counted yet, suggested deletions still are (as in the list).
    const recount = () => live.set(countText(textBeforeSuggestions(editor.state.doc)).chars);
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(recount, 250);
    };
    recount();
    editor.on('update', schedule);
    return () => {
      clearTimeout(timer);
      editor.off('update', schedule);
    };
  }, [editor, live]);
  return live;
}
