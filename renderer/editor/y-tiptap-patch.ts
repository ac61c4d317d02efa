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

/**
 * Second part: `findMappedChildAnchors` indexes every child (a Map of all
 * ProseMirror children, a lookup and an object per Yjs child, then a longest
 * increasing subsequence) on every keystroke, although after a keystroke, an
 * Enter or a Backspace almost every block is still mapped to the very node at
 * the same place counted from the start or from the end. The patch first
 * scans both ends for such blocks (one Map lookup each, no allocation). When
 * the blocks between the two ends are few (at most EDGE_MIDDLE on either
 * side) and none of them is mapped to a node of the new children (so none
 * could be an anchor), the anchors `findMappedChildAnchors` would return are
 * exactly the two ends, and `reconcileMappedChildren` is decided without it:
 * no anchor shifted (the same number of children) or fewer than two anchors
 * -> false, as upstream; otherwise only the gap between the two ends is
 * reconciled, which is all that upstream's loop over the anchors does (its
 * other gaps are empty and the anchors themselves are skipped by the first
 * part). Anything else (a block moved, a long paste, an XmlHook) takes
 * upstream's path. renderer/editor/y-tiptap-patch.test.ts checks the two agree.
 */
const EDGE_MIDDLE = 32;

/*
 * Fifth part (inside the second's edge scan): which part of a split paragraph
 * keeps its Yjs element. An Enter turns one block into two; y-tiptap writes it
 * as: the existing Y.XmlElement is updated to one part, the other part is
 * created anew (copies of its letters, items of this client) and its letters
 * are deleted from the old element. Upstream the old element always keeps the
 * part before the caret. With two people typing into one paragraph, A's Enter
 * at the border of A's text and B's words after it turned B's words into A's
 * copies: B's undo no longer reached them, A's undo left them behind (issue
 * 24, two writers). `toasoanSplitKeepOthers` keeps the old element for the
 * part after the caret instead when that is where the others are typing: the
 * latest letter (highest clock) of every other client in the paragraph is in
 * that part; it keeps it for the part before when all their latest letters are
 * there; when they differ (or no other client has a letter here), for the part
 * holding more of other clients' letters. The part created anew is copies; the
 * letters another person types meanwhile after their own letters go where
 * those letters' items are, so the part they are typing in must not be the
 * copied one: with B's caret before A's "a1" (A typing on after it), B's Enter
 * copied "a1" into B's new paragraph and A's "tổ " stayed behind, "a1" then
 * pushed on by every Enter of B's (two-writer fuzz seed 8). Only for
 * a pure split: one element between the anchored ends becomes two blocks of
 * its type, all three hold only Y.XmlTexts / text nodes, and the two parts'
 * text joined is the element's text. Otherwise (or on a tie) upstream's way.
 */
const RECONCILE_HEAD = `const reconcileMappedChildren = (y, yDomFragment, pChildren, yChildren, meta, updateFragment) => {
	const anchors = findMappedChildAnchors(yChildren, pChildren, meta);`;
const RECONCILE_HEAD_PATCHED = `const toasoanSplitKeepOthers = (y, yDomFragment, yChild, pHead, pTail, index, meta, updateFragment) => {
	if (!toasoanSplitKeepOthers.enabled || !(yChild instanceof Y.XmlElement) || pHead instanceof Array || pTail instanceof Array) return false;
	if (yChild.nodeName !== pHead.type.name || yChild.nodeName !== pTail.type.name || !pHead.inlineContent || !pTail.inlineContent) return false;
	if (!pHead.content.content.every((n) => n.isText) || !pTail.content.content.every((n) => n.isText)) return false;
	const texts = yChild.toArray();
	if (!texts.every((t) => t instanceof Y.XmlText)) return false;
	const head = pHead.textContent;
	let str = "";
	let length = 0;
	for (const t of texts) {
		str += ytextTrans(t).str;
		length += t.length;
	}
	if (length !== str.length || str !== head + pTail.textContent) return false;
	let othersInHead = 0;
	let othersInTail = 0;
	const latest = new Map();
	let at = 0;
	for (const t of texts) for (let item = t._start; item !== null; item = item.right) {
		if (!(item.content instanceof Y.ContentString)) continue;
		if (item.id.client !== y.clientID) {
			const last = item.id.clock + item.length - 1;
			const seen = latest.get(item.id.client);
			if (seen === void 0 || last > seen.clock) latest.set(item.id.client, { clock: last, tail: item.deleted ? at > head.length : at + item.length > head.length });
			if (!item.deleted) {
				const inHead = math.max(0, math.min(item.length, head.length - at));
				othersInHead += inHead;
				othersInTail += item.length - inHead;
			}
		}
		if (!item.deleted) at += item.length;
	}
	let typingInTail = 0;
	for (const { tail } of latest.values()) if (tail) typingInTail++;
	const keepTail = typingInTail === latest.size && typingInTail > 0 ? true : typingInTail === 0 && latest.size > 0 ? false : othersInTail > othersInHead;
	if (toasoanSplitKeepOthers.latestFirst ? !keepTail : othersInTail <= othersInHead) return false;
	toasoanSplitKeepOthers.runs++;
	let remove = head.length;
	while (remove > 0) {
		const t = yChild.get(0);
		if (t.length <= remove) {
			remove -= t.length;
			deleteMapping(meta.mapping, t);
			yChild.delete(0, 1);
		} else {
			t.delete(0, remove);
			remove = 0;
		}
	}
	updateFragment(y, yChild, pTail, meta);
	yDomFragment.insert(index, [createTypeFromTextOrElementNode(pHead, meta)]);
	return true;
};
toasoanSplitKeepOthers.enabled = true;
toasoanSplitKeepOthers.latestFirst = true;
toasoanSplitKeepOthers.runs = 0;
const toasoanEdgeAnchored = (yChild, pChild, meta) => yChild instanceof Y.XmlElement && !(pChild instanceof Array) && meta.mapping.get(yChild) === pChild;
const toasoanReconcileEdges = (y, yDomFragment, pChildren, yChildren, meta, updateFragment) => {
	const yCnt = yChildren.length;
	const pCnt = pChildren.length;
	const minCnt = math.min(yCnt, pCnt);
	let left = 0;
	while (left < minCnt && toasoanEdgeAnchored(yChildren[left], pChildren[left], meta)) left++;
	let right = 0;
	while (left + right < minCnt && toasoanEdgeAnchored(yChildren[yCnt - right - 1], pChildren[pCnt - right - 1], meta)) right++;
	if (yCnt - left - right > ${EDGE_MIDDLE} || pCnt - left - right > ${EDGE_MIDDLE}) return void 0;
	for (let index = left; index < yCnt - right; index++) {
		const mapped = meta.mapping.get(yChildren[index]);
		if (mapped !== void 0 && !(mapped instanceof Array) && pChildren.indexOf(mapped) >= 0) return void 0;
	}
	toasoanReconcileEdges.fast++;
	if (yCnt - left - right === 1 && pCnt - left - right === 2 && toasoanSplitKeepOthers(y, yDomFragment, yChildren[left], pChildren[left], pChildren[left + 1], left, meta, updateFragment)) return true;
	if (left + right < 2 || yCnt === pCnt || right === 0) return false;
	reconcileUnanchoredChildren(y, yDomFragment, pChildren, yChildren, left, yCnt - right, left, pCnt - right, meta, updateFragment);
	return true;
};
toasoanReconcileEdges.fast = 0;
toasoanReconcileEdges.enabled = true;
const reconcileMappedChildren = (y, yDomFragment, pChildren, yChildren, meta, updateFragment) => {
	if (toasoanReconcileEdges.enabled) {
		const decided = toasoanReconcileEdges(y, yDomFragment, pChildren, yChildren, meta, updateFragment);
		if (decided !== void 0) return decided;
	}
	const anchors = findMappedChildAnchors(yChildren, pChildren, meta);`;

/**
 * Third part: the caret as Yjs relative positions. y-tiptap converts the
 * selection (`getRelativeSelection`, two `absolutePositionToRelativePosition`
 * walks from the body's first block to the caret) about five times per
 * keystroke: at the start of every Yjs transaction on the article's Y.Doc
 * (three per letter in the app), after writing the change, and in the undo
 * plugin for every ProseMirror transaction; in the middle of a long article
 * each walk visits half of its blocks. The result depends only on the
 * position, on the ProseMirror document it is read in, on the mapping and on
 * the body's Yjs content. The patch keeps the last few results per binding
 * and reuses one only while the body's Yjs content cannot have changed since:
 * it is stored and read only when no transaction is running or the one
 * running has changed nothing yet (and no cleanup of an earlier one is
 * pending), and dropped after every transaction that touched the body.
 * A caret (anchor = head) is converted once, not twice (`last`: the result
 * just computed for the anchor). It reads Yjs 13.6's private
 * `_transactionCleanups`; without it (a Yjs upgrade) nothing is reused.
 * The entries (up to four ProseMirror documents) live as long as the Y.Doc.
 */
const RELATIVE_SELECTION = `		anchor: absolutePositionToRelativePosition(state.selection.anchor, pmbinding.type, pmbinding.mapping),
		head: absolutePositionToRelativePosition(state.selection.head, pmbinding.type, pmbinding.mapping),`;
const RELATIVE_SELECTION_PATCHED = `		anchor: toasoanRelative(pmbinding, state.doc, state.selection.anchor),
		head: toasoanRelative.enabled && state.selection.head === state.selection.anchor ? toasoanRelative.last : toasoanRelative(pmbinding, state.doc, state.selection.head),`;
const RELATIVE_HELPERS = `const toasoanRelativeCaches = new WeakMap();
const toasoanYjsQuiet = (ydoc) => {
	const cleanups = ydoc._transactionCleanups;
	if (!(cleanups instanceof Array)) return false;
	if (cleanups.length === 0) return ydoc._transaction === null;
	const t = ydoc._transaction;
	return cleanups.length === 1 && t !== null && cleanups[0] === t && t.changed.size === 0 && t.deleteSet.clients.size === 0;
};
const toasoanRelative = (pmbinding, pdoc, pos) => {
	const ydoc = pmbinding.doc;
	if (!toasoanRelative.enabled || !toasoanYjsQuiet(ydoc)) {
		toasoanRelative.walks++;
		return toasoanRelative.last = absolutePositionToRelativePosition(pos, pmbinding.type, pmbinding.mapping);
	}
	let cache = toasoanRelativeCaches.get(pmbinding);
	if (cache === void 0) {
		const entries = [];
		const type = pmbinding.type;
		cache = entries;
		ydoc.on("afterTransaction", (tr) => {
			if (tr.changed.has(type) || tr.changedParentTypes.has(type)) entries.length = 0;
		});
		toasoanRelativeCaches.set(pmbinding, entries);
	}
	for (const entry of cache) if (entry.pdoc === pdoc && entry.pos === pos && entry.mapping === pmbinding.mapping) {
		toasoanRelative.hits++;
		return toasoanRelative.last = entry.relative;
	}
	const relative = toasoanRelative.last = absolutePositionToRelativePosition(pos, pmbinding.type, pmbinding.mapping);
	toasoanRelative.walks++;
	cache.push({ pdoc, pos, mapping: pmbinding.mapping, relative });
	if (cache.length > 4) cache.shift();
	return relative;
};
toasoanRelative.enabled = true;
toasoanRelative.hits = 0;
toasoanRelative.walks = 0;
toasoanRelative.last = null;
const getRelativeSelection = (pmbinding, state) => {`;

/**
 * Fourth part: a block holding several Yjs texts side by side. Two people
 * typing at once into the same empty paragraph (through the hub, where a
 * keystroke takes longer to arrive) each create the paragraph's text, so the
 * paragraph holds two `Y.XmlText`s; ProseMirror joins them into one text
 * node. Upstream then did two harmful things (issue 24, two writers through
 * the hub): when rendering, `mergeNextYText` copied the second text (if this
 * client had created it) into the first as new items of this client and
 * deleted it, the other person's letters in it included, and their
 * concurrent letters typed into it were lost; when writing, `updateYFragment`
 * paired the paragraph's one ProseMirror text run with the first `Y.XmlText`
 * only, so the first got all the text (copies of the other's letters, this
 * client's own) and the second was deleted. Undo then took back the copies
 * (the other's words) and brought back deleted originals as this client's.
 *
 * The patch merges nothing when rendering and, when writing, treats a run of
 * adjacent `Y.XmlText`s as one text: the difference between their joined
 * text and ProseMirror's run is applied where it falls (an insertion at the
 * border of two goes to the end of the first, after the letter the caret
 * follows), then ProseMirror's run is cut at the texts' new borders so each
 * `Y.XmlText` is reconciled with its own part (marks included) by upstream's
 * code. Only when the block's sequence of texts and inline nodes no longer
 * matches ProseMirror's (an inline node added or removed in the same change)
 * does upstream's pairing run. The difference is found at the caret as in
 * the eighth part (`toasoanCaretDiff`): with upstream's longest common prefix
 * a letter typed right before the other's equal letter went after it
 * (two-window fuzz seed 8: B's "1" after A's "1", B's "Thạnh " between them).
 */
const SPLIT_TEXTS = `	const pChildren = normalizePNodeContent(pNode);
	const pChildCnt = pChildren.length;
	const yChildren = yDomFragment.toArray();`;
const SPLIT_TEXTS_PATCHED = `	const pChildren = pNode.inlineContent ? toasoanSplitTexts(yDomFragment, normalizePNodeContent(pNode), meta) : normalizePNodeContent(pNode);
	const pChildCnt = pChildren.length;
	const yChildren = yDomFragment.toArray();`;
const SPLIT_TEXTS_HELPER = `const toasoanSplitTexts = (yDomFragment, pChildren, meta) => {
	if (!toasoanSplitTexts.enabled) return pChildren;
	const groups = [];
	let several = false;
	for (const child of yDomFragment.toArray()) {
		const last = groups[groups.length - 1];
		if (child instanceof Y.XmlText && last instanceof Array) {
			last.push(child);
			several = true;
		} else groups.push(child instanceof Y.XmlText ? [child] : child);
	}
	if (!several || groups.length !== pChildren.length) return pChildren;
	for (let i = 0; i < groups.length; i++) if ((groups[i] instanceof Array) !== (pChildren[i] instanceof Array)) return pChildren;
	toasoanSplitTexts.runs++;
	const out = [];
	for (let i = 0; i < groups.length; i++) {
		const texts = groups[i];
		const ptexts = pChildren[i];
		if (!(texts instanceof Array) || texts.length === 1) {
			out.push(ptexts);
			continue;
		}
		const lengths = texts.map((t) => ytextTrans(t).str.length);
		const before = texts.map((t) => ytextTrans(t).str).join("");
		const after = ptexts.map((n) => n.text).join("");
		const { insert, remove, index } = toasoanCaretDiff(before, after, ptexts, meta);
		let offset = 0;
		for (let k = 0; k < texts.length; k++) {
			const from = math.max(index, offset);
			const to = math.min(index + remove, offset + lengths[k]);
			offset += lengths[k];
			if (to > from) {
				texts[k].delete(from - (offset - lengths[k]), to - from);
				lengths[k] -= to - from;
			}
		}
		if (insert.length > 0) {
			let k = 0;
			let start = 0;
			while (k < texts.length - 1 && index > start + lengths[k]) start += lengths[k++];
			texts[k].insert(index - start, insert);
			lengths[k] += insert.length;
		}
		let node = 0;
		let inNode = 0;
		for (const length of lengths) {
			const part = [];
			let left = length;
			while (left > 0 && node < ptexts.length) {
				const n = ptexts[node];
				const take = math.min(left, n.text.length - inNode);
				part.push(inNode === 0 && take === n.text.length ? n : n.cut(inNode, inNode + take));
				left -= take;
				inNode += take;
				if (inNode === n.text.length) {
					node++;
					inNode = 0;
				}
			}
			out.push(part);
		}
	}
	return out;
};
toasoanSplitTexts.enabled = true;
toasoanSplitTexts.runs = 0;
/** Updates a Yjs XML fragment to match a ProseMirror node while preserving mapped children. */
const updateYFragment = (y, yDomFragment, pNode, meta) => {`;
const MERGE_HEAD = `const mergeNextYText = (text) => {
	var _text$_item;`;
const MERGE_HEAD_PATCHED = `const mergeNextYText = (text) => {
	if (toasoanSplitTexts.enabled) return;
	var _text$_item;`;

/**
 * Sixth part: a caret in an empty block. y-tiptap stores such a caret as "in
 * this paragraph's Y.XmlElement" with Yjs's default association (to the end),
 * so when the other person's first letters arrive in that paragraph the caret
 * is restored after them, and the next letter typed here goes after the
 * other's: with two people starting in the same empty paragraph (the body of
 * a new article) each one's run was cut by the other's letters (issue 24,
 * two-writer fuzz seeds 3 and 8). A caret in a text is already stored
 * associated to the letter before it (assoc -1), so a letter arriving at the
 * caret goes after it; the patch gives the empty block's position the same
 * association: the caret stays at the block's start, before the other's
 * letters. renderer/editor/two-writers-undo.test.ts checks it.
 */
const EMPTY_BLOCK = `if (pos === 1 && n._length === 0 && pNodeSize > 1) return new Y.RelativePosition(n._item === null ? null : n._item.id, n._item === null ? Y.findRootTypeKey(n) : null, null);`;
const EMPTY_BLOCK_PATCHED = `if (pos === 1 && n._length === 0 && pNodeSize > 1) return new Y.RelativePosition(n._item === null ? null : n._item.id, n._item === null ? Y.findRootTypeKey(n) : null, null, toasoanEmptyBlockLeft.enabled ? -1 : 0);`;
const EMPTY_BLOCK_HEAD = `/** Converts a ProseMirror position to a Yjs relative position. */
const absolutePositionToRelativePosition = `;
const EMPTY_BLOCK_HEAD_PATCHED = `const toasoanEmptyBlockLeft = { enabled: true };
/** Converts a ProseMirror position to a Yjs relative position. */
const absolutePositionToRelativePosition = `;

/**
 * Seventh part: where a remote change leaves the caret. After restoring the
 * caret from its Yjs position, y-tiptap 3.3 second-guesses it when the caret's
 * paragraph text changed (`recoverSelectionEndpoint`): it looks for a
 * paragraph whose text starts with the old one (or the reverse) and puts the
 * caret at the old offset there. That is meant for blocks moved or re-created;
 * but when the other person presses Enter before the letters this caret
 * follows (their own words, typed at the end of a paragraph the other had
 * written), the paragraph before the split starts like the old one, and the
 * caret jumped there, away from the letters it follows, so the rest of the
 * run went into the other paragraph (fuzz seed 6 with the fifth part: "qa3nghị
 * 1dân zb2xã …" and "zb0được zb" a paragraph later). The patch keeps the
 * resolved position when it is anchored to a letter still there (a live item
 * in a live Y.XmlText): that position is exact. Otherwise upstream's recovery.
 */
const RECOVER = `				anchor = recoverSelectionEndpoint(tr.doc, oldDoc, relSel.absAnchor, anchor);
				head = recoverSelectionEndpoint(tr.doc, oldDoc, relSel.absHead, head);`;
const RECOVER_PATCHED = `				if (!toasoanLiveLetter(binding.doc, relSel.anchor, anchor)) anchor = recoverSelectionEndpoint(tr.doc, oldDoc, relSel.absAnchor, anchor);
				if (!toasoanLiveLetter(binding.doc, relSel.head, head)) head = recoverSelectionEndpoint(tr.doc, oldDoc, relSel.absHead, head);`;
const RECOVER_HELPER = `const toasoanLiveLetter = (ydoc, relPos, resolved) => {
	if (!toasoanLiveLetter.enabled || resolved === null || relPos === null || relPos.item === null) return false;
	if (Y.getState(ydoc.store, relPos.item.client) <= relPos.item.clock) return false;
	let item = Y.getItem(ydoc.store, relPos.item);
	// Tenth part: a letter another window moved, linked to its copy while its update is applied.
	let diff = relPos.item.clock - item.id.clock;
	while (item instanceof Y.Item && item.deleted && item.redone !== null && toasoanMoves.linked.has(item)) {
		const next = Y.createID(item.redone.client, item.redone.clock + diff);
		if (Y.getState(ydoc.store, next.client) <= next.clock) break;
		item = Y.getItem(ydoc.store, next);
		diff = next.clock - item.id.clock;
	}
	const kept = item instanceof Y.Item && !item.deleted && item.parent instanceof Y.XmlText && item.parent._item !== null && !item.parent._item.deleted;
	if (kept) toasoanLiveLetter.kept++;
	return kept;
};
toasoanLiveLetter.enabled = true;
toasoanLiveLetter.kept = 0;
const restoreRelativeSelection = (tr, relSel, binding, oldDoc) => {`;

/**
 * Eighth part: where a typed letter goes among equal letters. `updateYText`
 * writes the difference between a paragraph's Yjs text and ProseMirror's run
 * found by lib0's `simpleDiff`, which takes the longest common prefix: with
 * the other person's "biên" after the caret, typing "z" then "b" gives
 * "zbbiên" against "zbiên", and the common prefix "zb" holds the other's "b",
 * so the letter was written after it (Yjs: z, A's b, B's b, iên), not where
 * the caret was. The text reads the same, but the letter and everything typed
 * after it sit inside the other's run, and the other's undo leaves them
 * scattered (issue 24, two-writer fuzz seed 10); a Backspace likewise deleted
 * the other's "b" rather than one's own. When ProseMirror's selection head is
 * in this very run (its text nodes are the head's paragraph's children), the
 * patch uses lib0's `simpleDiffStringWithCursor`, whose common prefix stops at
 * the cursor; the cursor is where the change starts: the head's offset in the
 * run, less the number of characters the run grew by (typing leaves the head
 * after what it inserted; a deletion leaves it where the deleted range was).
 * Either diff is a valid one (the prefix is never longer than the common
 * one), so only which of equal letters is kept or written can differ.
 * Otherwise (no view, the head elsewhere) upstream's `simpleDiff`. The
 * fourth part's joined texts use it too.
 */
const DIFF_IMPORT = 'import { simpleDiff } from "lib0/diff";';
const DIFF_IMPORT_PATCHED = 'import { simpleDiff, simpleDiffStringWithCursor } from "lib0/diff";';
const UPDATE_YTEXT_DIFF = `	const { insert, remove, index } = simpleDiff(str, content.map((c) => c.insert).join(""));
	ytext.delete(index, remove);`;
const UPDATE_YTEXT_DIFF_PATCHED = `	const { insert, remove, index } = toasoanCaretDiff(str, content.map((c) => c.insert).join(""), ptexts, meta);
	ytext.delete(index, remove);`;
const CARET_DIFF_HELPER = `const toasoanCaretOffset = (ptexts, meta) => {
	const view = meta.prosemirrorView;
	if (!view || ptexts.length === 0) return -1;
	const $head = view.state.selection.$head;
	const parent = $head.parent;
	if (!parent.inlineContent) return -1;
	const children = parent.content.content;
	const first = children.indexOf(ptexts[0]);
	if (first < 0 || first + ptexts.length > children.length) return -1;
	let start = 0;
	for (let i = 0; i < first; i++) start += children[i].nodeSize;
	let length = 0;
	for (let k = 0; k < ptexts.length; k++) {
		if (children[first + k] !== ptexts[k]) return -1;
		length += ptexts[k].nodeSize;
	}
	const offset = $head.parentOffset - start;
	return offset >= 0 && offset <= length ? offset : -1;
};
const toasoanCaretDiff = (a, b, ptexts, meta) => {
	if (!toasoanCaretDiff.enabled) return simpleDiff(a, b);
	const offset = toasoanCaretOffset(ptexts, meta);
	if (offset < 0) return simpleDiff(a, b);
	toasoanCaretDiff.runs++;
	return simpleDiffStringWithCursor(a, b, math.max(0, offset - math.max(0, b.length - a.length)));
};
toasoanCaretDiff.enabled = true;
toasoanCaretDiff.runs = 0;
//#region src/lib/utils/reconciliation/updateYText.ts
const updateYText = (ytext, ptexts, meta) => {`;

/**
 * Ninth part: the selection kept across a change from Yjs. At the start of
 * every Yjs transaction (`beforeAllTransactions`) the binding notes the
 * editor's selection as relative positions, and when the transaction changed
 * its fragment `_typeChanged` sets that selection again in the document it
 * renders. It notes the *state's* selection. A key that moved the caret (Home,
 * an arrow, Shift+End) changes the page's selection at once, but ProseMirror
 * reads it only on the browser's next, asynchronous `selectionchange`; another
 * window's edit arriving in between was rendered with the caret from before the
 * key, and ProseMirror wrote that caret back into the page: the key was lost,
 * and the next letters went where the caret had been (the pending-selection
 * plug-in keeps the page's selection across other transactions, but this one
 * sets the selection itself). `toasoanUnreadSelection.read` (set by
 * renderer/editor/extensions/pending-selection) gives the selection the page
 * shows when the view has not read it yet, in the state's positions; the
 * binding notes that one instead. Not for the binding's own writes (origin
 * `ySyncPluginKey`: a change made from the state), nor when nothing is unread.
 */
const BEFORE_ALL = `this.beforeTransactionSelection = getRelativeSelection(this, this.view.state);
		};
		this.afterAllTransactions = () => {`;
const BEFORE_ALL_PATCHED = `this.beforeTransactionSelection = getRelativeSelection(this, toasoanUnreadSelection(this));
		};
		this.afterAllTransactions = () => {`;
const UNREAD_HELPER = `const toasoanUnreadSelection = (binding) => {
	const state = binding.view.state;
	const transaction = binding.doc._transaction;
	if (!toasoanUnreadSelection.read || transaction === null || transaction.origin === ySyncPluginKey) return state;
	const page = toasoanUnreadSelection.read(binding.view);
	if (page === null) return state;
	toasoanUnreadSelection.used++;
	return { doc: state.doc, selection: TextSelection.between(state.doc.resolve(page.anchor), state.doc.resolve(page.head)) };
};
toasoanUnreadSelection.read = null;
toasoanUnreadSelection.used = 0;`;

/**
 * Tenth part: the caret follows letters another window moved (issue 24, two
 * writers). Yjs has no move: an Enter or a join that re-creates part of a
 * paragraph deletes its letters and writes copies. A caret is noted as a Yjs
 * position tied to the letter before it; when that letter was moved, the
 * caret stayed where the letter had been, and the rest of the run went on
 * there (hub seed 3: "zb" moved by the other's Enter, "0biên " typed in the
 * old paragraph). Two hooks for renderer/editor/extensions/moved-letters:
 * `toasoanMoves.afterWrite(doc)` runs inside the binding's own transaction,
 * after its write, so the moved-letters log goes out in the same update as
 * the move; and `toasoanMoves.linked` holds the deleted letters that module
 * linked (`redone`) to their copies while a remote update is applied, which
 * Yjs follows when it resolves the caret; the caret kept at its letter
 * (seventh part) follows those links too.
 */
const AFTER_WRITE = `			updateYFragment(this.doc, this.type, doc, this);
			this.hasSharedContent || (this.hasSharedContent = this.type.length > 0);`;
const AFTER_WRITE_PATCHED = `			updateYFragment(this.doc, this.type, doc, this);
			if (toasoanMoves.afterWrite !== null) toasoanMoves.afterWrite(this.doc);
			this.hasSharedContent || (this.hasSharedContent = this.type.length > 0);`;
const MOVES_HELPER = `const toasoanMoves = { afterWrite: null, linked: new WeakSet() };`;

function replaceOnce(code: string, from: string, to: string): string {
  const at = code.indexOf(from);
  if (at < 0 || code.indexOf(from, at + 1) >= 0) {
    throw new Error('y-tiptap-patch: the code to patch is not as expected (was @tiptap/y-tiptap upgraded?); see renderer/editor/y-tiptap-patch.ts');
  }
  return code.replace(from, to);
}

/** The patched source; throws when the text to patch is not there (a y-tiptap upgrade: check whether it is still needed). */
export function patchYTiptap(code: string): string {
  for (const needed of ['const mappedIdentity = ', 'const reconcileUnanchoredChildren = ', 'import * as math from "lib0/math";']) {
    if (!code.includes(needed)) throw new Error(`y-tiptap-patch: ${needed.trim()} is missing (was @tiptap/y-tiptap upgraded?); see renderer/editor/y-tiptap-patch.ts`);
  }
  // Exported for the tests: `fast` counts the reconciliations decided by the edge scan, `walks`/`hits` the
  // relative positions computed/reused; `enabled = false` runs upstream's code.
  let patched = replaceOnce(code, ANCHOR_UPDATE, ANCHOR_UPDATE_PATCHED);
  patched = replaceOnce(patched, RECONCILE_HEAD, RECONCILE_HEAD_PATCHED);
  patched = replaceOnce(patched, RELATIVE_SELECTION, RELATIVE_SELECTION_PATCHED);
  patched = replaceOnce(patched, 'const getRelativeSelection = (pmbinding, state) => {', RELATIVE_HELPERS);
  patched = replaceOnce(patched, SPLIT_TEXTS, SPLIT_TEXTS_PATCHED);
  patched = replaceOnce(patched, '/** Updates a Yjs XML fragment to match a ProseMirror node while preserving mapped children. */\nconst updateYFragment = (y, yDomFragment, pNode, meta) => {', SPLIT_TEXTS_HELPER);
  patched = replaceOnce(patched, MERGE_HEAD, MERGE_HEAD_PATCHED);
  patched = replaceOnce(patched, EMPTY_BLOCK, EMPTY_BLOCK_PATCHED);
  patched = replaceOnce(patched, EMPTY_BLOCK_HEAD, EMPTY_BLOCK_HEAD_PATCHED);
  patched = replaceOnce(patched, RECOVER, RECOVER_PATCHED);
  patched = replaceOnce(patched, 'const restoreRelativeSelection = (tr, relSel, binding, oldDoc) => {', RECOVER_HELPER);
  patched = replaceOnce(patched, DIFF_IMPORT, DIFF_IMPORT_PATCHED);
  patched = replaceOnce(patched, UPDATE_YTEXT_DIFF, UPDATE_YTEXT_DIFF_PATCHED);
  patched = replaceOnce(patched, '//#region src/lib/utils/reconciliation/updateYText.ts\nconst updateYText = (ytext, ptexts, meta) => {', CARET_DIFF_HELPER);
  patched = replaceOnce(patched, BEFORE_ALL, BEFORE_ALL_PATCHED);
  patched = replaceOnce(patched, AFTER_WRITE, AFTER_WRITE_PATCHED);
  return `${patched}\n${UNREAD_HELPER}\n${MOVES_HELPER}\nexport { toasoanMoves, toasoanReconcileEdges, toasoanRelative, toasoanSplitTexts, toasoanSplitKeepOthers, toasoanEmptyBlockLeft, toasoanLiveLetter, toasoanCaretDiff, toasoanUnreadSelection };\n`;
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
