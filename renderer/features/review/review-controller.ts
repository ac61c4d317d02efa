import { LiveValue } from '../editor/live-value';
import type { SuggestionField } from '../../editor/extensions/suggestions/suggestions';

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
  /** Suggestion mode (đề xuất sửa) is on (in title, sapo and body alike). */
  readonly suggesting = new LiveValue(false);
  /** The suggestion under the reader's click, for the popover: its field, id and where to show it. */
  readonly popover = new LiveValue<{ field: SuggestionField; id: string; left: number; top: number } | null>(null);
  /** The right-click menu ("Góp ý") and where it opens, or null. */
  readonly menu = new LiveValue<{ left: number; top: number } | null>(null);
  /** A change could not be kept as a suggestion (the pane says so). */
  readonly refused = new LiveValue(0);
  /** Set by the article's editor: turns suggestion mode on or off in its three fields. */
  setSuggesting: (on: boolean) => void = () => {};
  /** Set by the pane: asks it to anchor the editor's selection for a new thread. */
  requestComment: () => void = () => {};
}
