import { z } from 'zod';
import * as Y from 'yjs';
import { BODY_FRAGMENT, META_MAP, SAPO_FRAGMENT } from './layout';
import { ArticleKind } from './model';

/**
 * Article templates ("Mẫu bài"): what a new article starts with. The built-in
 * ones are in the renderer's catalogue (their text is Vietnamese the user
 * reads); the newsroom's own are kept in Settings.templates.
 */
export const TemplateBlock = z.object({
  type: z.enum(['heading', 'paragraph']),
  text: z.string().max(5000),
});
export type TemplateBlock = z.infer<typeof TemplateBlock>;

/** What a template writes into a new article's Y.Doc. */
export const TemplateContent = z.object({
  /** Shown as the title field's placeholder while the title is empty (the title itself stays empty). */
  titleHint: z.string().max(300).default(''),
  sapo: z.string().max(5000).default(''),
  body: z.array(TemplateBlock).max(300).default([]),
});
export type TemplateContent = z.infer<typeof TemplateContent>;

export const ArticleTemplate = TemplateContent.extend({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  kind: ArticleKind,
});
export type ArticleTemplate = z.infer<typeof ArticleTemplate>;

/** The meta key holding a template's title hint (layout.ts lists the others; this one is only ever added). */
export const TITLE_HINT_KEY = 'titleHint';

/**
 * Writes a template into a new article's document, before the service seeds
 * it (fragments filled here get no extra empty paragraph). Headings are
 * level 2 ("Tiêu đề mục 1"), the article's title being the level above.
 */
export function writeTemplate(doc: Y.Doc, content: TemplateContent): void {
  doc.transact(() => {
    if (content.titleHint) doc.getMap<unknown>(META_MAP).set(TITLE_HINT_KEY, content.titleHint);
    if (content.sapo) doc.getXmlFragment(SAPO_FRAGMENT).insert(0, [textBlock('paragraph', content.sapo)]);
    const blocks = content.body.map((block) => {
      const element = textBlock(block.type, block.text);
      if (block.type === 'heading') element.setAttribute('level', 2 as unknown as string);
      return element;
    });
    if (blocks.length > 0) doc.getXmlFragment(BODY_FRAGMENT).insert(0, blocks);
  });
}

function textBlock(name: string, text: string): Y.XmlElement {
  const element = new Y.XmlElement(name);
  if (text) element.insert(0, [new Y.XmlText(text.normalize('NFC'))]);
  return element;
}

