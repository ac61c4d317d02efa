import * as Y from 'yjs';
import { suggestionKind } from './derive';
import { BODY_FRAGMENT, SAPO_FRAGMENT, TITLE_FRAGMENT } from './layout';
import type { DecisionKind } from './review-log';

/**
 * The text the board last decided on (approved or returned), kept in the
 * article's Y.Doc so "Thay đổi từ lần duyệt trước" works on any computer,
 * not only on the one that decided (whose named version others lack):
 *   reviewed: Y.Map { title, sapo, body, kind, by, at } (plain strings).
 * Written with the decision: by the drafts service alone, by the hub for
 * an article shared with it. Each decision replaces the previous text.
 * Persisted: never rename, only add.
 */
export const REVIEWED_MAP = 'reviewed';

export type ReviewedField = 'title' | 'sapo' | 'body';

export interface ReviewedText extends Record<ReviewedField, string> {
  kind: DecisionKind;
  by: string;
  at: string;
}

/** A fragment's text with pending suggestions accepted: one line per text block. */
export function acceptedText(fragment: Y.XmlFragment | Y.XmlElement): string {
  const lines: string[] = [];
  const walk = (parent: Y.XmlFragment | Y.XmlElement) => {
    let line: string | null = null;
    for (const child of parent.toArray()) {
      if (child instanceof Y.XmlText) {
        line ??= '';
        for (const op of child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
          if (typeof op.insert === 'string' && suggestionKind(op.attributes) !== 'deletion') line += op.insert;
        }
      } else if (child instanceof Y.XmlElement) {
        if (child.nodeName === 'hardBreak') line = (line ?? '') + '\n';
        else walk(child);
      }
    }
    if (line !== null) lines.push(line.replace(/\u200B/g, ''));
  };
  walk(fragment);
  return lines.join('\n').normalize('NFC').trim();
}

export function articleFields(doc: Y.Doc): Record<ReviewedField, string> {
  return {
    title: acceptedText(doc.getXmlFragment(TITLE_FRAGMENT)),
    sapo: acceptedText(doc.getXmlFragment(SAPO_FRAGMENT)),
    body: acceptedText(doc.getXmlFragment(BODY_FRAGMENT)),
  };
}

/** Keeps the article's text now as the reviewed one (call inside the decision's transaction). */
export function recordReviewed(doc: Y.Doc, decision: { kind: DecisionKind; by: string; at: string }): void {
  if (decision.kind !== 'approved' && decision.kind !== 'returned') return;
  const map = doc.getMap<unknown>(REVIEWED_MAP);
  const value: ReviewedText = { ...articleFields(doc), kind: decision.kind, by: decision.by, at: decision.at };
  doc.transact(() => {
    for (const [key, v] of Object.entries(value)) map.set(key, v);
  });
}

export function readReviewed(doc: Y.Doc): ReviewedText | null {
  const map = doc.getMap<unknown>(REVIEWED_MAP);
  const text = (key: string) => {
    const v = map.get(key);
    return typeof v === 'string' ? v : null;
  };
  const kind = text('kind');
  if (kind !== 'approved' && kind !== 'returned') return null;
  const title = text('title');
  const sapo = text('sapo');
  const body = text('body');
  if (title === null || sapo === null || body === null) return null;
  return { kind, title, sapo, body, by: text('by') ?? '', at: text('at') ?? '' };
}
