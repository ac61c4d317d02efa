import DOMPurify from 'dompurify';
import { PASTE_SOURCE_ATTR, markPastedPictures, type PictureSources } from './pictures';

/**
 * The first gate for pasted HTML: DOMPurify with a short allow-list. Scripts,
 * event handlers, frames, SVG, forms, <img> and every URL scheme but
 * http/https/mailto go here. Pictures worth keeping were first turned into
 * figures that only name their source (see pictures.ts): the editor fetches
 * them into the article's image folder, nothing is ever loaded from the page. `class` and `style` survive this step only so
 * that the Word/LibreOffice cleanup can read list and formatting hints; the
 * cleanup then removes them.
 */
const ALLOWED_TAGS = [
  'p', 'div', 'span', 'font', 'br', 'hr',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'b', 'strong', 'i', 'em', 'u', 'ins', 'a', 'sub', 'sup',
  'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'colgroup', 'col',
];
const ALLOWED_ATTR = ['href', 'colspan', 'rowspan', 'style', 'class', 'start', PASTE_SOURCE_ATTR];

export function sanitizePastedHtml(html: string, sources: PictureSources = {}): HTMLElement {
  // The wrapper keeps the first block intact whatever the HTML starts with
  // (a bare leading <p> is otherwise merged away in some DOM implementations);
  // the cleanup unwraps it like any other <div>.
  // Whole documents (Word and LibreOffice put <meta>, <style> and <xml> in
  // <head>) are reduced to their body first, in an inert parsed document.
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  // The old `align` attribute (LibreOffice, Word) becomes CSS, the one form the cleanup reads.
  for (const el of Array.from(parsed.querySelectorAll('[align]'))) {
    el.setAttribute('style', `${el.getAttribute('style') ?? ''};text-align:${el.getAttribute('align')}`);
  }
  markPastedPictures(parsed, sources);
  return DOMPurify.sanitize(`<div>${parsed.innerHTML}</div>`, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    ALLOW_DATA_ATTR: false,
    // A picture's source is never a link or a loaded URL, only data for the
    // images service (which accepts http/https) or the editor (data:image).
    ADD_URI_SAFE_ATTR: [PASTE_SOURCE_ATTR],
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
    RETURN_DOM: true,
  }) as HTMLElement;
}
