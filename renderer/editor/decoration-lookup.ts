import type { Node as PMNode } from '@tiptap/pm/model';
import { DecorationSet } from '@tiptap/pm/view';

/** The fields of a DecorationSet that `forChild` reads (internal to prosemirror-view). */
interface SetInternals {
  /** Decorations local to this level. */
  local: unknown[];
  /** Flat triples [start, end, set] of the child nodes' sets, in document order. */
  children: Array<number | DecorationSet>;
}

type ForChild = (this: DecorationSet, offset: number, node: PMNode) => unknown;

/** prosemirror-view's own `DecorationSet.prototype.forChild`, as loaded. */
export const upstreamForChild = DecorationSet.prototype.forChild as unknown as ForChild;

/** Below this many child sets the linear scan is as cheap as the search. */
const LINEAR_UP_TO = 16;

/**
 * prosemirror-view's `DecorationSet.forChild(offset, node)` gives the view the
 * decorations of one child node. It finds the child's set by scanning the
 * set's child triples from the first, and the view asks it for every
 * top-level block on every update, in order: with the spellcheck underlines
 * of a 20,000-word article (711 of its 1,032 blocks hold one) that is 367,238
 * steps per keystroke. The triples are in document order (the scan's own
 * early exit relies on it), so a binary search finds the same child. Only
 * sets with no decorations of their own at this level take this path (the
 * body's: every underline sits in its paragraph's child set); the rest, and
 * small sets, run upstream's code.
 */
function forChild(this: DecorationSet, offset: number, node: PMNode): unknown {
  const { local, children } = this as unknown as SetInternals;
  if (local.length > 0 || children.length <= LINEAR_UP_TO * 3 || this === DecorationSet.empty) return upstreamForChild.call(this, offset, node);
  if (node.isLeaf) return DecorationSet.empty;
  decorationLookup.searched += 1;
  let low = 0;
  let high = children.length / 3;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((children[middle * 3] as number) < offset) low = middle + 1;
    else high = middle;
  }
  return low * 3 < children.length && children[low * 3] === offset ? children[low * 3 + 2] : DecorationSet.empty;
}

/** Counts for tests: searches made (`searched`), and the switch back to upstream's scan (`enabled`). */
export const decorationLookup = { enabled: true, searched: 0 };

function patchedForChild(this: DecorationSet, offset: number, node: PMNode): unknown {
  if (!decorationLookup.enabled) return upstreamForChild.call(this, offset, node);
  return forChild.call(this, offset, node);
}

/** Installs the search in the page's DecorationSet (once; the editor's extensions module calls it). */
export function installDecorationLookup(): void {
  const proto = DecorationSet.prototype as unknown as { forChild: ForChild };
  if (proto.forChild === (patchedForChild as ForChild)) return;
  proto.forChild = patchedForChild as ForChild;
}
