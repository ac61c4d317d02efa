import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../../common/article/layout';
import { readThreads, resolveAnchor, resolveNodeAnchor } from '../../../common/article/review-comments';
import { escapeText } from '../../../common/article/to-html';
import { vi } from '../../i18n/vi';

const MARGIN_CSS = `
.portal-article { margin-right: 230px; }
.margin-comment { float: right; clear: right; width: 200px; margin-right: -225px; font-size: 11px; line-height: 1.35;
  border-left: 3px solid #e3a008; padding: 2px 0 2px 6px; background: #fffbe6; break-inside: avoid; }
.margin-comment q { font-style: italic; color: #555; }
.margin-comment p { margin: 2px 0 0; }
`;

/**
 * The print preview's "comments in the margin": each open thread beside the
 * block its passage starts in, with the quoted passage and every post.
 * Orphaned threads (passage deleted) have no place and are left out.
 */
export function withMarginComments(html: string, doc: Y.Doc): string {
  const threads = readThreads(doc).filter((t) => !t.resolved && t.posts.length > 0);
  if (threads.length === 0) return html;
  const fragment = doc.getXmlFragment(BODY_FRAGMENT);
  const blocks = fragment.toArray() as unknown[];
  const page = new DOMParser().parseFromString(html, 'text/html');
  const body = page.querySelector('.portal-body');
  if (!body) return html;
  const targets = blockElements(blocks, [...body.children]);
  for (const thread of threads) {
    // A thread on a whole video, gallery or infographic sits beside it; one on a passage, beside its block.
    const element = resolveNodeAnchor(doc, thread.start, thread.end);
    const anchor = element ? null : resolveAnchor(doc, thread.start);
    if (!element && !anchor) continue;
    let node: Y.AbstractType<unknown> | null = element ? (element as unknown as Y.AbstractType<unknown>) : anchor!.type;
    while (node && node.parent && node.parent !== (fragment as unknown)) node = node.parent as Y.AbstractType<unknown>;
    const target = targets.get(node);
    if (!target) continue;
    const note = page.createElement('aside');
    note.className = 'margin-comment';
    note.setAttribute('data-thread', thread.id);
    note.innerHTML =
      `<q>${escapeText(thread.quote)}</q>` +
      thread.posts.map((p) => `<p><strong>${escapeText(p.author)}:</strong> ${escapeText(p.text)}</p>`).join('');
    body.insertBefore(note, target);
  }
  const style = page.createElement('style');
  style.textContent = MARGIN_CSS;
  page.head.append(style);
  page.title = page.title || vi.review.comments.pane;
  return `<!DOCTYPE html>\n${page.documentElement.outerHTML}`;
}

/**
 * The page element each top-level block of the body became: one each, but an
 * infographic is its figure followed by its open text version (`<details>`),
 * or nothing at all when it has neither picture nor text.
 */
function blockElements(blocks: unknown[], children: Element[]): Map<unknown, Element> {
  const targets = new Map<unknown, Element>();
  let i = 0;
  for (const block of blocks) {
    const element = children[i];
    if (block instanceof Y.XmlElement && block.nodeName === 'infographic') {
      if (!element?.matches('figure[data-infographic]')) continue;
      targets.set(block, element);
      i += children[i + 1]?.tagName === 'DETAILS' ? 2 : 1;
      continue;
    }
    if (element) targets.set(block, element);
    i += 1;
  }
  return targets;
}
