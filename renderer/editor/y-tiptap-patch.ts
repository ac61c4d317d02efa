import type { Plugin } from 'vite';

/**
 * A narrow patch of @tiptap/y-tiptap 3.3.0 (TipTap's y-prosemirror), applied
 * when the renderer is bundled (renderer/vite.config.ts) and when unit tests
 * load it (vitest.config.ts); docs/performance.md.
 *
 * When a block is added or removed (Enter, Backspace joining two paragraphs),
 * `updateYFragment` reconciles the top-level blocks through
 * `reconcileMappedChildren`, which calls `updateMatchingYChild` for every
 * anchor: a deep comparison (`equalYTypePNode`, a `Y.XmlText.toDelta()` per
 * block) of each of the ~1,000 blocks of a long article, on every Enter. The
 * anchors are by construction the blocks whose Yjs type is mapped to this very
 * ProseMirror node (`mappedIdentity`), and y-tiptap's own left/right scan in
 * the same function, like y-prosemirror's `updateYFragment`, skips those
 * without comparing. The patch skips them here too.
 */
const ANCHOR_UPDATE = `		const pChild = pChildren[anchor.pIndex];
		updateMatchingYChild(y, anchor.yChild, pChild, meta, updateFragment);`;
const ANCHOR_UPDATE_PATCHED = `		const pChild = pChildren[anchor.pIndex];
		if (!mappedIdentity(meta.mapping.get(anchor.yChild), pChild)) updateMatchingYChild(y, anchor.yChild, pChild, meta, updateFragment);`;

/** The patched source; throws when the text to patch is not there (a y-tiptap upgrade: check whether it is still needed). */
export function patchYTiptap(code: string): string {
  const at = code.indexOf(ANCHOR_UPDATE);
  if (at < 0 || code.indexOf(ANCHOR_UPDATE, at + 1) >= 0 || !code.includes('const mappedIdentity = ')) {
    throw new Error('y-tiptap-patch: reconcileMappedChildren is not as expected (was @tiptap/y-tiptap upgraded?); see renderer/editor/y-tiptap-patch.ts');
  }
  return code.replace(ANCHOR_UPDATE, ANCHOR_UPDATE_PATCHED);
}

export function yTiptapPatch(): Plugin {
  return {
    name: 'toasoan-y-tiptap-patch',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@tiptap[\\/]y-tiptap[\\/]dist[\\/]index\.js(\?|$)/.test(id)) return null;
      return { code: patchYTiptap(code), map: null };
    },
  };
}
