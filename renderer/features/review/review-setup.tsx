import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/core';
import type * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../../common/article/layout';
import { may, type Reviewer } from '../../../common/article/review-rights';
import { Comments, setActiveThread } from '../../editor/extensions/comments/comments';
import { setMode, type SuggestionField, type SuggestionsOptions } from '../../editor/extensions/suggestions/suggestions';
import { vi } from '../../i18n/vi';
import { Icon } from '../../ui/icons';
import type { ReviewController } from './review-controller';

/** The body's comment highlights, wired to the review pane through the controller. */
export function commentsExtension(doc: Y.Doc, controller: ReviewController, body: () => Editor | null) {
  return Comments.configure({
    document: doc,
    field: BODY_FRAGMENT,
    onActivate: (threadId) => {
      controller.active.set(threadId);
      // Not inside the click handler: ProseMirror is still handling the click.
      setTimeout(() => {
        const view = body()?.view;
        if (view && !view.isDestroyed) setActiveThread(view, threadId, false);
      }, 0);
    },
    onRequest: () => controller.requestComment(),
    onContextMenu: (point) => controller.menu.set(point),
  });
}

/** "Góp ý" in the editor's bar: comments on the selected passage (also Ctrl+Alt+M). */
export function CommentButton(props: { controller: ReviewController; reviewer: Reviewer | null; disabled: boolean }) {
  if (props.disabled || !may(props.reviewer, 'comment')) return null;
  return (
    <button
      type="button"
      className="tb-button review-add"
      aria-label={vi.review.comments.add}
      title={vi.review.comments.addHint}
      data-testid="tb-comment"
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => props.controller.requestComment()}
    >
      <Icon name="comment" />
    </button>
  );
}

/** Suggested changes in one field (title, sapo, body), wired to the controller: who suggests, the shared mode, the popover. */
export function suggestionOptions(
  controller: ReviewController,
  reviewer: () => Reviewer | null,
  field: SuggestionField,
  editor: () => Editor | null,
): Partial<SuggestionsOptions> {
  return {
    author: () => {
      const who = reviewer();
      return who && may(who, 'suggest') ? { authorId: who.id, author: who.name, role: who.role } : null;
    },
    // The body's mode is the one shown (the three fields are switched together).
    onModeChange: (enabled) => field === 'body' && controller.suggesting.set(enabled),
    onRefused: () => controller.refused.set(controller.refused.get() + 1),
    onActivate: (id, pos) => {
      const view = editor()?.view;
      if (!id || !view) return controller.popover.set(null);
      const box = view.coordsAtPos(pos);
      controller.popover.set({ field, id, left: box.left, top: box.bottom + 4 });
    },
    toggle: (on) => controller.setSuggesting(on),
  };
}

/** Turns suggestion mode on or off in each of the article's editors (title, sapo, body) at once. */
export function setSuggestingIn(editors: Array<Editor | null>, on: boolean): void {
  for (const editor of editors) {
    if (editor && !editor.isDestroyed) editor.view.dispatch(setMode(editor.state, on));
  }
}

/** "Đề xuất sửa": the mode toggle in the editor's bar (also Ctrl+Shift+E, as in Word). */
export function SuggestButton(props: { controller: ReviewController; reviewer: Reviewer | null; disabled: boolean }) {
  const on = useSyncExternalStore(props.controller.suggesting.subscribe, props.controller.suggesting.get);
  if (props.disabled || !may(props.reviewer, 'suggest')) return null;
  return (
    <button
      type="button"
      className={on ? 'tb-button review-suggest active' : 'tb-button review-suggest'}
      aria-pressed={on}
      aria-label={vi.review.suggestions.mode}
      title={vi.review.suggestions.modeHint}
      data-testid="tb-suggest"
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => props.controller.setSuggesting(!on)}
    >
      <Icon name="suggest" />
    </button>
  );
}

/** The right-click menu on a selection in the body: "Góp ý". */
export function ReviewContextMenu(props: { controller: ReviewController; reviewer: Reviewer | null; disabled: boolean }) {
  const { controller } = props;
  const at = useSyncExternalStore(controller.menu.subscribe, controller.menu.get);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!at) return;
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !ref.current?.contains(e.target as Node)) controller.menu.set(null);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('mousedown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('mousedown', close);
    };
  }, [at, controller]);
  if (!at || props.disabled || !may(props.reviewer, 'comment')) return null;
  return (
    <div ref={ref} className="suggestion-popover" role="menu" data-testid="review-context-menu" style={{ left: at.left, top: at.top }}>
      <button
        type="button"
        role="menuitem"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          controller.menu.set(null);
          controller.requestComment();
        }}
      >
        {vi.review.comments.add}
      </button>
    </div>
  );
}
