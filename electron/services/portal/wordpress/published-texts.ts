/**
 * The text of the posts a WordPress portal has published, page by page, for
 * the spellchecker to learn the newsroom's words from (spell-learn). Kept
 * apart from the adapter: it reads, never writes, and only what learning needs.
 */
import { z } from 'zod';
import { failureOf, wpRequest, type WordPressConnection } from './wordpress-http';

const PAGE = 50;
const PublishedText = z.object({
  id: z.number().int().positive(),
  title: z.object({ rendered: z.string() }),
  excerpt: z.object({ rendered: z.string() }).optional(),
  content: z.object({ rendered: z.string() }),
});

export interface PublishedText {
  id: number;
  /** HTML, as the site renders it (title, excerpt, content). */
  html: string;
}

/** Every published post, oldest first; `onPage` gets each page as it arrives. */
export async function readPublishedTexts(connection: WordPressConnection, onPage: (posts: PublishedText[]) => void | Promise<void>): Promise<void> {
  for (let page = 1; page < 10_000; page++) {
    let batch: z.output<typeof PublishedText>[];
    try {
      batch = await wpRequest(connection, 'GET', '/wp/v2/posts', z.array(PublishedText), {
        query: { status: 'publish', per_page: PAGE, page, orderby: 'id', order: 'asc', _fields: 'id,title,excerpt,content' },
      });
    } catch (error) {
      // Past the last page WordPress answers 400 rest_post_invalid_page_number.
      if (page > 1 && failureOf(error).wpCode === 'rest_post_invalid_page_number') return;
      throw error;
    }
    await onPage(batch.map((p) => ({ id: p.id, html: `<h1>${p.title.rendered}</h1>${p.excerpt?.rendered ?? ''}${p.content.rendered}` })));
    if (batch.length < PAGE) return;
  }
}
