import { closeHistory } from '@tiptap/pm/history';
import type { EditorState, Transaction } from '@tiptap/pm/state';

/**
 * The current undo step ends here: the next change (or `tr`, when given) is a
 * step of its own. Yjs's UndoManager (collaborating editors) joins changes
 * less than 500 ms apart whatever they are, so an edit made by a command —
 * a spelling suggestion, a replacement, a converted paste — right after
 * typing would otherwise be undone together with the typing.
 * prosemirror-history (editors without Yjs) is told through `closeHistory`.
 */
export function cutUndoStep(state: EditorState, tr?: Transaction): void {
  for (const plugin of state.plugins) {
    const value = plugin.getState(state) as { undoManager?: { stopCapturing?: () => void } } | undefined;
    if (value && typeof value === 'object' && typeof value.undoManager?.stopCapturing === 'function') value.undoManager.stopCapturing();
  }
  if (tr) closeHistory(tr);
}
