import * as Y from 'yjs';
import { BODY_FRAGMENT, META_MAP, metaKeys } from '../../../common/article/layout';
import { deriveArticle } from '../../../common/article/derive';
import { ArticleKind } from '../../../common/article/model';
import type { ArticleTemplate, TemplateBlock } from '../../../common/article/templates';
import type { ArticleSummary } from '../../../common/api/drafts.api';
import { call } from '../../services/client';
import { vi } from '../../i18n/vi';

/** The templates every newsroom has (tin, bài, thông báo, lịch tiếp công dân), from the catalogue. */
export const builtInTemplates: readonly ArticleTemplate[] = vi.writing.builtIn;

/**
 * A new article from a template, by the same call as "Viết bài mới": the
 * drafts service creates the one Y.Doc with the template already in it, in
 * one transaction (nothing is written afterwards by the editor).
 */
export function createFromTemplate(template: ArticleTemplate): Promise<ArticleSummary> {
  const { kind, titleHint, sapo, body } = template;
  return call('drafts.create', { kind, template: { titleHint, sapo, body } });
}

/**
 * "Lưu làm mẫu": the article's kind, sapo and the headings and paragraphs of
 * its body; its title becomes the new template's title hint. Pictures,
 * tables and lists are left out (a template is a skeleton).
 */
export function templateFromArticle(doc: Y.Doc, name: string, id: string): ArticleTemplate {
  const derived = deriveArticle(doc);
  const kind = ArticleKind.safeParse(doc.getMap<unknown>(META_MAP).get(metaKeys.kind));
  const body: TemplateBlock[] = [];
  for (const node of doc.getXmlFragment(BODY_FRAGMENT).toArray()) {
    if (!(node instanceof Y.XmlElement) || (node.nodeName !== 'heading' && node.nodeName !== 'paragraph')) continue;
    const text = blockText(node).trim();
    if (node.nodeName === 'heading' && !text) continue;
    body.push({ type: node.nodeName, text });
  }
  return {
    id,
    name: name.trim().normalize('NFC'),
    kind: kind.success ? kind.data : 'tin',
    titleHint: derived.title.slice(0, 300),
    sapo: derived.sapo.slice(0, 5000),
    body: body.slice(0, 300).map((b) => ({ ...b, text: b.text.slice(0, 5000) })),
  };
}

function blockText(element: Y.XmlElement): string {
  let text = '';
  for (const child of element.toArray()) {
    if (!(child instanceof Y.XmlText)) continue;
    for (const op of child.toDelta() as Array<{ insert: unknown }>) if (typeof op.insert === 'string') text += op.insert;
  }
  return text;
}
