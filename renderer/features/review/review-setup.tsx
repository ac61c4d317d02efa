import type { Editor } from '@tiptap/core';
import type * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../../common/article/layout';
import { may, type Reviewer } from '../../../common/article/review-rights';
import { Comments, setActiveThread } from '../../editor/extensions/comments/comments';
import { vi } from '../../i18n/vi';
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
  });
}

/** "Góp ý" in the editor's bar: comments on the selected passage (also Ctrl+Alt+M). */
export function CommentButton(props: { controller: ReviewController; reviewer: Reviewer | null; disabled: boolean }) {
  if (props.disabled || !may(props.reviewer, 'comment')) return null;
  return (
    <button
      type="button"
      className="tb-button review-add"
      title={vi.review.comments.addHint}
      data-testid="tb-comment"
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => props.controller.requestComment()}
    >
      {vi.review.comments.add}
    </button>
  );
}
