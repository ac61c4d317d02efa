import { LiveValue } from '../editor/live-value';

/** A passage chosen for a new thread, already anchored in the Y.Doc (it follows edits while the comment is written). */
export interface PendingThread {
  start: unknown;
  end: unknown;
  quote: string;
}

/**
 * What the editor and the review pane share without a React commit while
 * typing: the thread the reader is on and the passage waiting for a new comment.
 */
export class ReviewController {
  readonly active = new LiveValue<string | null>(null);
  readonly pending = new LiveValue<PendingThread | null>(null);
  /** Set by the pane: asks it to anchor the editor's selection for a new thread. */
  requestComment: () => void = () => {};
}
