import * as Y from 'yjs';
import { BODY_FRAGMENT, META_MAP, SAPO_FRAGMENT, TITLE_FRAGMENT, metaKeys } from './layout';
import { articleMeta } from './meta';
import { ArticleKind, ArticleStatus } from './model';
import { countWords } from './word-count';

/**
 * What the drafts service reads out of an article's Y.Doc. Lists, search and
 * the portal use these; they are never taken from a client's word.
 */
export interface DerivedArticle {
  title: string;
  sapo: string;
  byline: string;
  category: string;
  kind: ArticleKind;
  status: ArticleStatus;
  /** Words in sapo and body. */
  wordCount: number;
  /** Body as plain text, one block per line. */
  body: string;
}

export function deriveArticle(doc: Y.Doc): DerivedArticle {
  const map = doc.getMap<unknown>(META_MAP);
  const meta = articleMeta(map);
  const title = singleLine(fragmentText(doc.getXmlFragment(TITLE_FRAGMENT)));
  const sapo = singleLine(fragmentText(doc.getXmlFragment(SAPO_FRAGMENT)));
  const body = fragmentText(doc.getXmlFragment(BODY_FRAGMENT));
  const status = ArticleStatus.safeParse(map.get(metaKeys.status));
  return {
    title,
    sapo,
    byline: meta.byline,
    category: meta.category,
    kind: meta.kind,
    status: status.success ? status.data : 'draft',
    wordCount: countWords(sapo) + countWords(body),
    body,
  };
}

/** The app's one word count (shared with the editor's status bar). */
export { countWords } from './word-count';

/**
 * Plain text of a TipTap fragment: each text block (an element holding text)
 * is one line; containers (lists, tables, quotes) contribute their blocks in
 * order; a hard break is a line break; empty blocks are dropped.
 */
export function fragmentText(fragment: Y.XmlFragment): string {
  const lines: string[] = [];
  collectBlocks(fragment, lines);
  return lines.join('\n');
}

function collectBlocks(node: Y.XmlFragment | Y.XmlElement, lines: string[]): void {
  const children = node.toArray();
  if (children.some((child) => child instanceof Y.XmlText)) {
    const line = inlineText(children).trim();
    if (line) lines.push(line);
    return;
  }
  for (const child of children) {
    if (child instanceof Y.XmlElement) collectBlocks(child, lines);
  }
}

export function inlineText(children: Array<Y.XmlElement | Y.XmlText | Y.XmlHook>): string {
  let text = '';
  for (const child of children) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>) {
        if (typeof op.insert !== 'string') continue;
        // Pending suggested changes (docs/review.md) count as not yet made: an insertion is not
        // there yet, a deletion's text still is (without the zero-width anchors of a joined paragraph).
        const suggestion = suggestionKind(op.attributes);
        if (suggestion === 'insertion') continue;
        text += suggestion === 'deletion' ? op.insert.replace(/\u200B/g, '') : op.insert;
      }
    } else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') {
      text += '\n';
    }
  }
  return text;
}

/** Whether a Yjs text run is a pending suggested insertion or deletion (y-prosemirror names overlapping marks `name--hash`). */
export function suggestionKind(attributes: Record<string, unknown> | undefined): 'insertion' | 'deletion' | null {
  if (!attributes) return null;
  let kind: 'insertion' | 'deletion' | null = null;
  for (const key of Object.keys(attributes)) {
    const name = key.split('--')[0];
    if (name === 'insertion') return 'insertion';
    if (name === 'deletion') kind = 'deletion';
  }
  return kind;
}

function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
