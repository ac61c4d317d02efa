import * as Y from 'yjs';
import { deriveArticle, inlineText } from '../../../common/article/derive';
import { fromBase64 } from '../../../common/api/base64';
import type { ArticleText } from '../../../common/api/drafts.api';
import { BODY_FRAGMENT } from '../../../common/article/layout';

/**
 * The body's structure for the read-only preview: headings, paragraphs,
 * lists, quotes, tables and picture captions, as plain text in a tree. The
 * view builds React elements from it (never HTML from the document).
 */
export type PreviewBlock =
  | { type: 'heading'; level: 2 | 3 | 4; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered: boolean; items: PreviewBlock[][] }
  | { type: 'quote'; blocks: PreviewBlock[] }
  | { type: 'table'; rows: Array<{ cells: Array<{ header: boolean; colspan?: number; rowspan?: number; blocks: PreviewBlock[] }> }> }
  | { type: 'figure'; caption: string }
  | { type: 'rule' };

export interface ArticlePreview extends ArticleText {
  blocks: PreviewBlock[];
}

/** Text and structure of an article's Yjs state, for the read-only view. */
export function articleTextOf(state: string): ArticlePreview {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, fromBase64(state));
    const d = deriveArticle(doc);
    return { title: d.title, sapo: d.sapo, byline: d.byline, body: d.body, blocks: previewBlocks(doc.getXmlFragment(BODY_FRAGMENT)) };
  } finally {
    doc.destroy();
  }
}

export function previewBlocks(parent: Y.XmlFragment | Y.XmlElement): PreviewBlock[] {
  const out: PreviewBlock[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlElement) out.push(...block(child));
  }
  return out;
}

function block(el: Y.XmlElement): PreviewBlock[] {
  const attrs = el.getAttributes() as Record<string, unknown>;
  switch (el.nodeName) {
    case 'paragraph': {
      const text = inlineText(el.toArray()).trim();
      return text ? [{ type: 'paragraph', text }] : [];
    }
    case 'heading': {
      const level = attrs.level === 3 || attrs.level === 4 ? attrs.level : 2;
      return [{ type: 'heading', level, text: inlineText(el.toArray()).trim() }];
    }
    case 'bulletList':
    case 'orderedList':
      return [{ type: 'list', ordered: el.nodeName === 'orderedList', items: elements(el).map((item) => previewBlocks(item)) }];
    case 'blockquote':
      return [{ type: 'quote', blocks: previewBlocks(el) }];
    case 'table':
      return [
        {
          type: 'table',
          rows: elements(el).map((row) => ({
            cells: elements(row).map((cell) => {
              const a = cell.getAttributes() as Record<string, unknown>;
              return {
                header: cell.nodeName === 'tableHeader',
                colspan: typeof a.colspan === 'number' && a.colspan > 1 ? a.colspan : undefined,
                rowspan: typeof a.rowspan === 'number' && a.rowspan > 1 ? a.rowspan : undefined,
                blocks: previewBlocks(cell),
              };
            }),
          })),
        },
      ];
    case 'figure': {
      const caption = elements(el).find((c) => c.nodeName === 'figcaption');
      return [{ type: 'figure', caption: caption ? inlineText(caption.toArray()).trim() : '' }];
    }
    case 'horizontalRule':
      return [{ type: 'rule' }];
    default: {
      // Anything else: its text as a paragraph, or its blocks, so nothing written is hidden.
      if (!el.toArray().some((c) => c instanceof Y.XmlText)) return previewBlocks(el);
      const text = inlineText(el.toArray()).trim();
      return text ? [{ type: 'paragraph', text }] : [];
    }
  }
}

function elements(el: Y.XmlElement): Y.XmlElement[] {
  return el.toArray().filter((c): c is Y.XmlElement => c instanceof Y.XmlElement);
}
