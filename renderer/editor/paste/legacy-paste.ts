import { closeHistory } from '@tiptap/pm/history';
import type { ResolvedPos, Slice } from '@tiptap/pm/model';
import * as pmView from '@tiptap/pm/view';
import type { EditorView } from '@tiptap/pm/view';
import { convertLegacy, isLegacy, type Detection, type LegacyEncoding } from '../../../common/vietnamese/legacy';
import { convertLegacyHtml } from './legacy-html';
import { cutUndoStep } from '../undo-step';

export interface LegacyConversionNotice {
  encoding: LegacyEncoding;
  confidence: number;
}

/**
 * ProseMirror's own clipboard parser (exported by prosemirror-view for tests,
 * not in its typings): the converted text is parsed exactly as the paste was.
 */
const parseFromClipboard = (pmView as unknown as {
  __parseFromClipboard: (view: EditorView, text: string, html: string | null, plainText: boolean, $context: ResolvedPos) => Slice;
}).__parseFromClipboard;

interface Pending {
  html: string | null;
  text: string | null;
  detection: Detection;
}

/**
 * Legacy text on paste (TCVN3, VNI, VIQR, Windows-1258): the paste goes in
 * as it was copied, then the conversion to Unicode follows as its own step,
 * so one Undo brings back exactly what was pasted and a second removes it.
 * `transformPasted*` only notice the conversion; `handlePaste` does the two
 * steps. One instance per editor.
 */
export class LegacyPaste {
  private pending: Pending | null = null;
  /** Set while the converted version is parsed, so it is not examined again. */
  private parsingConverted = false;

  noticeHtml(html: string): void {
    if (this.parsingConverted) return;
    const found = convertLegacyHtml(html);
    this.pending = found ? { html: found.html, text: null, detection: found.detection } : null;
  }

  noticeText(text: string): void {
    if (this.parsingConverted || this.pending?.html) return;
    const found = convertLegacy(text);
    this.pending = found.converted && isLegacy(found.detection.encoding) ? { html: null, text: found.text, detection: found.detection } : null;
  }

  /** For `handlePaste`: true when it pasted (original, then conversion). */
  paste(view: EditorView, slice: Slice, onConverted: ((notice: LegacyConversionNotice) => void) | null): boolean {
    const pending = this.pending;
    this.pending = null;
    if (!pending || !isLegacy(pending.detection.encoding)) return false;
    const before = view.state;
    let converted: Slice;
    this.parsingConverted = true;
    try {
      converted = parseFromClipboard(view, pending.text ?? '', pending.html, pending.html === null, before.selection.$from);
    } finally {
      this.parsingConverted = false;
    }
    const target = before.tr.replaceSelection(converted).doc;
    view.dispatch(before.tr.replaceSelection(slice).scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'));
    cutUndoStep(view.state);
    const now = view.state.doc;
    const start = now.content.findDiffStart(target.content);
    const end = now.content.findDiffEnd(target.content);
    if (start !== null && end) {
      const tr = view.state.tr.replace(start, Math.max(start, end.a), target.slice(start, Math.max(start, end.b)));
      view.dispatch(closeHistory(tr).scrollIntoView());
    }
    onConverted?.({ encoding: pending.detection.encoding, confidence: pending.detection.confidence });
    return true;
  }
}

