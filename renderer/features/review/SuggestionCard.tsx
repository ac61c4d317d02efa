import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { may, type Reviewer } from '../../../common/article/review-rights';
import {
  decideSuggestion,
  listSuggestions,
  suggestionFields,
  type SuggestionField,
  type SuggestionRange,
} from '../../editor/extensions/suggestions/suggestions';
import { vi } from '../../i18n/vi';
import type { ReviewController } from './review-controller';
import { formatTime } from '../../ui/format-time';

const t = vi.review.suggestions;

/** The article's three editors that take suggestions. */
export type FieldEditors = Record<SuggestionField, Editor>;

/** A suggestion as the pane lists it: with the field it is in. */
export interface FieldSuggestion extends SuggestionRange {
  field: SuggestionField;
}

/** Accept or reject one suggestion (by id) or all (null), as one undoable change. */
export function decide(editor: Editor, id: string | null, accept: boolean): void {
  decideSuggestion(editor.state, editor.view.dispatch, id, accept);
}

/** Accept or reject every suggestion of the article: title, sapo and body (one undoable change each). */
export function decideAll(editors: FieldEditors, accept: boolean): void {
  for (const field of suggestionFields) {
    const editor = editors[field];
    if (listSuggestions(editor.state.doc).length > 0) decide(editor, null, accept);
  }
}

/** Accepting and rejecting are for the author and the board: whoever may resolve a thread. */
export function mayDecideSuggestions(reviewer: Reviewer | null, readOnly: boolean): boolean {
  return !readOnly && may(reviewer, 'resolve');
}

function Decision(props: { editor: Editor; id: string; onDone?: () => void }) {
  return (
    <div className="review-thread-actions">
      {([true, false] as const).map((accept) => (
        <button
          key={String(accept)}
          type="button"
          data-testid={accept ? 'suggestion-accept' : 'suggestion-reject'}
          onClick={() => {
            decide(props.editor, props.id, accept);
            props.onDone?.();
          }}
        >
          {accept ? t.accept : t.reject}
        </button>
      ))}
    </div>
  );
}

/** One suggestion in the pane: where (title, sapo), who, when, what it adds or removes, and accept/reject. */
export function SuggestionCard(props: { suggestion: FieldSuggestion; editor: Editor; canDecide: boolean }) {
  const { suggestion, editor } = props;
  const show = () => {
    // Where it is now (the pane's list is not refreshed on every keystroke).
    const now = listSuggestions(editor.state.doc).find((s) => s.id === suggestion.id);
    if (!now) return;
    const to = Math.min(now.to, editor.state.doc.content.size);
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, now.from, to)).scrollIntoView());
    editor.view.focus();
  };
  return (
    <article className="review-thread review-suggestion" data-testid="review-suggestion" data-suggestion-id={suggestion.id} data-field={suggestion.field}>
      {suggestion.field !== 'body' && (
        <div className="review-quote-label" data-testid="suggestion-field">
          {vi.review.changes.fields[suggestion.field]}
        </div>
      )}
      <button type="button" className="review-quote review-suggestion-text" onClick={show} data-testid="suggestion-text">
        {suggestion.deleted && (
          <span>
            {t.deleted} <del>{suggestion.deleted}</del>{' '}
          </span>
        )}
        {suggestion.inserted && (
          <span>
            {t.inserted} <ins>{suggestion.inserted}</ins>
          </span>
        )}
      </button>
      <div className="review-post-head">
        <strong data-testid="suggestion-author">{suggestion.author}</strong>
        <span className="review-role">{vi.review.roles[suggestion.role] ?? suggestion.role}</span>
        <time dateTime={suggestion.at}>{formatTime(suggestion.at)}</time>
      </div>
      {props.canDecide && <Decision editor={editor} id={suggestion.id} />}
    </article>
  );
}

/** "Chấp nhận tất cả" / "Từ chối tất cả" above the list: title, sapo and body. */
export function AllSuggestions(props: { editors: FieldEditors }) {
  return (
    <div className="review-thread-actions review-suggestions-all">
      <button type="button" data-testid="suggestions-accept-all" onClick={() => decideAll(props.editors, true)}>
        {t.acceptAll}
      </button>
      <button type="button" data-testid="suggestions-reject-all" onClick={() => decideAll(props.editors, false)}>
        {t.rejectAll}
      </button>
    </div>
  );
}

/** The small box under a clicked suggestion: who, when, accept or reject. */
export function SuggestionPopover(props: { controller: ReviewController; editors: FieldEditors; canDecide: boolean }) {
  const { controller } = props;
  const at = useSyncExternalStore(controller.popover.subscribe, controller.popover.get);
  const editor = props.editors[at?.field ?? 'body'];
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!at) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && controller.popover.set(null);
    const onDown = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node) && !editor.view.dom.contains(e.target as Node)) controller.popover.set(null);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [at, controller, editor]);
  if (!at) return null;
  const suggestion = listSuggestions(editor.state.doc).find((s) => s.id === at.id);
  if (!suggestion) return null;
  return (
    <div
      ref={ref}
      className="suggestion-popover"
      role="dialog"
      aria-label={t.popover}
      data-testid="suggestion-popover"
      style={{ left: at.left, top: at.top }}
    >
      <div className="review-post-head">
        <strong>{suggestion.author}</strong>
        <span className="review-role">{vi.review.roles[suggestion.role] ?? suggestion.role}</span>
        <time dateTime={suggestion.at}>{formatTime(suggestion.at)}</time>
      </div>
      {props.canDecide && <Decision editor={editor} id={suggestion.id} onDone={() => controller.popover.set(null)} />}
    </div>
  );
}
