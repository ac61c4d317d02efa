import * as Y from 'yjs';
import { BODY_FRAGMENT, SAPO_FRAGMENT, TITLE_FRAGMENT } from './layout';
import { inlineText as suggestedInlineText, suggestionKind } from './derive';
import { embedProvider, formatDuration, GALLERY_NODE, INFOGRAPHIC_NODE, INFOGRAPHIC_TEXT_SUMMARY, PHOTO_NODE, photoAttrs, photoCredit, videoAttrs, videoFileName } from './media';

/**
 * Portal HTML from an article's Yjs document, without a DOM: used by export,
 * print and the portal submission. It reads the XmlFragments exactly as
 * y-prosemirror writes them (one XmlElement per node, named after the node
 * type, attributes = node attrs; XmlText deltas whose attributes are marks).
 *
 * The output is canonical and clean: no classes, no inline style except text
 * alignment, links only to http/https/mailto. A list item or table cell that
 * holds a single plain paragraph is written without the <p>, which is also how
 * the editor parses it back, so HTML → editor → HTML is stable.
 */

export interface ArticleHtmlOptions {
  /** URL of a stored image for <img src>; default `toasoan-image:<id>`. */
  imageSrc?: (imageId: string) => string;
  /** URL of a stored video for <video src>; default `toasoan-video:<hash>`. */
  videoSrc?: (hash: string) => string;
  /**
   * WordPress block markup for media (the video block, the embed block for a
   * YouTube/Facebook link on its own line); `videoId` gives a video's media id.
   */
  wordpress?: {
    videoId: (hash: string) => number | undefined;
    /** A stored picture's media id, for the gallery's and the infographic's image blocks. */
    imageId?: (imageId: string) => number | undefined;
  };
  /**
   * For print (docs/media.md): an infographic shows its alt text under it and
   * its text version open; a video shows its poster frame and a line naming
   * the file (a page cannot play it).
   */
  print?: { altLabel: string; videoLine: (name: string, duration: string) => string };
}

export function articleToHtml(doc: Y.Doc, options: ArticleHtmlOptions = {}): string {
  // The editor keeps an empty paragraph at the end to type into; a portal
  // article does not end with blank lines.
  return fragmentToHtml(doc.getXmlFragment(BODY_FRAGMENT), options).replace(/(<p><\/p>)+$/, '');
}

export function fragmentToHtml(fragment: Y.XmlFragment | Y.XmlElement, options: ArticleHtmlOptions = {}): string {
  const imageSrc = options.imageSrc ?? ((id: string) => `toasoan-image:${id}`);
  const videoSrc = options.videoSrc ?? ((hash: string) => `toasoan-video:${hash}`);
  return childrenHtml(fragment, { imageSrc, videoSrc, wordpress: options.wordpress, print: options.print });
}

/** Plain text of the title (one line, NFC, no markup). */
export function articleTitleText(doc: Y.Doc): string {
  return fragmentText(doc.getXmlFragment(TITLE_FRAGMENT)).replace(/\s+/g, ' ').trim();
}

/** Plain text of the sapo (paragraphs joined by a newline). */
export function articleSapoText(doc: Y.Doc): string {
  return fragmentText(doc.getXmlFragment(SAPO_FRAGMENT)).trim();
}

/** Plain text of the body: one line per block, for counts, search and .txt. */
export function articleBodyText(doc: Y.Doc): string {
  return fragmentText(doc.getXmlFragment(BODY_FRAGMENT)).trim();
}

/** Plain text of any fragment: blocks separated by newlines, NFC. */
export function fragmentText(fragment: Y.XmlFragment | Y.XmlElement): string {
  const blocks: string[] = [];
  collectText(fragment, blocks);
  return blocks.join('\n').normalize('NFC');
}

const textBlocks = new Set(['paragraph', 'heading', 'figcaption', 'tableHeader', 'tableCell']);

function collectText(parent: Y.XmlFragment | Y.XmlElement, blocks: string[]): void {
  let line = '';
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) {
      line += suggestedInlineText([child]);
    } else if (child instanceof Y.XmlElement) {
      if (child.nodeName === 'hardBreak') line += '\n';
      else if (textBlocks.has(child.nodeName) && child.toArray().every((c) => c instanceof Y.XmlText || isInline(c))) {
        blocks.push(inlineText(child));
      } else collectText(child, blocks);
    }
  }
  if (line) blocks.push(line);
}

function isInline(node: unknown): boolean {
  return node instanceof Y.XmlElement && node.nodeName === 'hardBreak';
}

/** A text block's text, pending suggestions read as not yet made (title and sapo take them too; docs/review.md). */
function inlineText(el: Y.XmlElement): string {
  return suggestedInlineText(el.toArray());
}

interface Ctx {
  imageSrc: (imageId: string) => string;
  videoSrc: (hash: string) => string;
  wordpress: ArticleHtmlOptions['wordpress'];
  print?: ArticleHtmlOptions['print'];
}

type Attrs = Record<string, unknown>;

function childrenHtml(parent: Y.XmlFragment | Y.XmlElement, ctx: Ctx): string {
  let out = '';
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) out += textHtml(child);
    else if (child instanceof Y.XmlElement) out += elementHtml(child, ctx);
  }
  return out;
}

function elementHtml(el: Y.XmlElement, ctx: Ctx): string {
  const attrs = el.getAttributes() as Attrs;
  switch (el.nodeName) {
    case 'paragraph':
      return (ctx.wordpress && embedHtml(el)) || `<p${alignAttr(attrs)}>${childrenHtml(el, ctx)}</p>`;
    case 'video':
      return videoHtml(el, ctx);
    case 'heading': {
      const level = clampLevel(attrs.level);
      return `<h${level}${alignAttr(attrs)}>${childrenHtml(el, ctx)}</h${level}>`;
    }
    case 'blockquote':
      return `<blockquote>${childrenHtml(el, ctx)}</blockquote>`;
    case 'bulletList':
      return `<ul>${childrenHtml(el, ctx)}</ul>`;
    case 'orderedList': {
      const start = typeof attrs.start === 'number' && attrs.start !== 1 ? ` start="${attrs.start}"` : '';
      return `<ol${start}>${childrenHtml(el, ctx)}</ol>`;
    }
    case 'listItem':
      return `<li>${compactBlockHtml(el, ctx)}</li>`;
    case 'horizontalRule':
      return '<hr>';
    case 'hardBreak':
      return '<br>';
    case 'table':
      return `<table><tbody>${childrenHtml(el, ctx)}</tbody></table>`;
    case 'tableRow':
      return `<tr>${childrenHtml(el, ctx)}</tr>`;
    case 'tableHeader':
    case 'tableCell': {
      const tag = el.nodeName === 'tableHeader' ? 'th' : 'td';
      return `<${tag}${spanAttrs(attrs)}>${compactBlockHtml(el, ctx)}</${tag}>`;
    }
    case 'figure':
      return figureHtml(el, attrs, ctx);
    case GALLERY_NODE:
      return galleryHtml(el, ctx);
    case PHOTO_NODE:
      return photoHtml(el, ctx);
    case INFOGRAPHIC_NODE:
      return infographicHtml(el, ctx);
    case 'figcaption':
      return `<figcaption>${childrenHtml(el, ctx)}</figcaption>`;
    default:
      // A node this version does not know (written by a newer one): keep its text.
      return childrenHtml(el, ctx);
  }
}

/** A container holding one plain paragraph is written without the <p>. */
function compactBlockHtml(el: Y.XmlElement, ctx: Ctx): string {
  const children = el.toArray();
  const only = children[0];
  if (
    children.length === 1 &&
    only instanceof Y.XmlElement &&
    only.nodeName === 'paragraph' &&
    alignAttr(only.getAttributes() as Attrs) === ''
  ) {
    return childrenHtml(only, ctx);
  }
  return childrenHtml(el, ctx);
}

function figureHtml(el: Y.XmlElement, attrs: Attrs, ctx: Ctx): string {
  const imageId = typeof attrs.imageId === 'string' ? attrs.imageId : '';
  // The caption describes the picture when no alt text was written.
  const written = typeof attrs.alt === 'string' ? attrs.alt.trim() : '';
  const alt = written || fragmentText(el).replace(/\s+/g, ' ').trim();
  const img = imageId
    ? `<img src="${escapeAttr(ctx.imageSrc(imageId))}" alt="${escapeAttr(alt)}" data-image-id="${escapeAttr(imageId)}">`
    : '';
  return `<figure>${img}${childrenHtml(el, ctx)}</figure>`;
}

/**
 * A gallery: `<figure data-gallery>` around its photos, or WordPress's
 * gallery block with one image block per photo, in the document's order.
 */
function galleryHtml(el: Y.XmlElement, ctx: Ctx): string {
  const photos = el
    .toArray()
    .filter((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === PHOTO_NODE)
    .map((photo) => photoHtml(photo, ctx))
    .join('');
  if (!photos) return '';
  if (!ctx.wordpress) return `<figure data-gallery>${photos}</figure>`;
  return (
    `\n<!-- wp:gallery {"linkTo":"none"} -->\n` +
    `<figure class="wp-block-gallery has-nested-images columns-default is-cropped">${photos}</figure>\n<!-- /wp:gallery -->\n`
  );
}

/** The caption's inline HTML and the photo's alt text (written, else the caption). */
function pictureText(el: Y.XmlElement, alt: string, ctx: Ctx): { caption: string; alt: string } {
  const figcaption = el.toArray().find((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === 'figcaption');
  const caption = figcaption ? childrenHtml(figcaption, ctx) : '';
  return { caption, alt: alt.trim() || (figcaption ? fragmentText(figcaption).replace(/\s+/g, ' ').trim() : '') };
}

/** One photo of a gallery: picture, caption, then its credit "(Ảnh: …)". */
function photoHtml(el: Y.XmlElement, ctx: Ctx): string {
  const photo = photoAttrs(el);
  if (!photo.imageId) return '';
  const { caption, alt } = pictureText(el, photo.alt, ctx);
  const credit = photo.credit.trim();
  const src = escapeAttr(ctx.imageSrc(photo.imageId));
  if (!ctx.wordpress) {
    const creditHtml = credit ? `<small data-credit> ${escapeText(photoCredit(credit))}</small>` : '';
    const figcaption = caption || creditHtml ? `<figcaption>${caption}${creditHtml}</figcaption>` : '';
    const creditAttr = credit ? ` data-credit="${escapeAttr(credit)}"` : '';
    const altAttr = photo.alt.trim() ? ` data-alt="${escapeAttr(photo.alt.trim())}"` : '';
    return `<figure data-photo${creditAttr}${altAttr}><img src="${src}" alt="${escapeAttr(alt)}" data-image-id="${escapeAttr(photo.imageId)}">${figcaption}</figure>`;
  }
  const text = caption + (credit ? `${caption ? ' ' : ''}${escapeText(photoCredit(credit))}` : '');
  return wpImage(ctx, photo.imageId, src, alt, text, false);
}

/** WordPress's image block (full width for an infographic). */
function wpImage(ctx: Ctx, imageId: string, src: string, alt: string, caption: string, full: boolean): string {
  const id = ctx.wordpress?.imageId?.(imageId);
  const size = full ? 'full' : 'large';
  const meta = { ...(id !== undefined ? { id } : {}), sizeSlug: size, linkDestination: 'none', ...(full ? { align: 'full' } : {}) };
  const figcaption = caption ? `<figcaption class="wp-element-caption">${caption}</figcaption>` : '';
  const cls = id !== undefined ? ` class="wp-image-${id}"` : '';
  return (
    `\n<!-- wp:image ${JSON.stringify(meta)} -->\n` +
    `<figure class="wp-block-image ${full ? 'alignfull ' : ''}size-${size}"><img src="${src}" alt="${escapeAttr(alt)}"${cls}/>${figcaption}</figure>\n<!-- /wp:image -->\n`
  );
}

/**
 * An infographic: the picture with its alt text, then its text version (if
 * any) in a `<details>` whose summary names it, so the portal's search and
 * screen readers reach the content and sighted readers can open it.
 */
function infographicHtml(el: Y.XmlElement, ctx: Ctx): string {
  const attrs = photoAttrs(el);
  const paragraphs = el.toArray().filter((c): c is Y.XmlElement => c instanceof Y.XmlElement);
  const hasText = paragraphs.some((p) => fragmentText(p).trim() !== '');
  const textHtml = hasText ? paragraphs.map((p) => elementHtml(p, ctx)).join('') : '';
  if (!attrs.imageId && !hasText) return '';
  const src = escapeAttr(ctx.imageSrc(attrs.imageId));
  const alt = attrs.alt.trim();
  if (!ctx.wordpress) {
    const img = attrs.imageId ? `<img src="${src}" alt="${escapeAttr(alt)}" data-image-id="${escapeAttr(attrs.imageId)}">` : '';
    if (ctx.print) {
      const described = `<figcaption>${escapeText(ctx.print.altLabel)}: ${escapeText(alt)}</figcaption>`;
      const open = hasText ? `<details open><summary>${INFOGRAPHIC_TEXT_SUMMARY}</summary>${textHtml}</details>` : '';
      return `<figure data-infographic>${img}${described}</figure>${open}`;
    }
    const details = hasText ? `<details><summary>${INFOGRAPHIC_TEXT_SUMMARY}</summary><div data-infographic-text>${textHtml}</div></details>` : '';
    return `<figure data-infographic>${img}${details}</figure>`;
  }
  const image = attrs.imageId ? wpImage(ctx, attrs.imageId, src, alt, '', true) : '';
  const details = hasText ? `<details class="toasoan-infographic-text"><summary>${INFOGRAPHIC_TEXT_SUMMARY}</summary>${textHtml}</details>\n` : '';
  return image + details;
}

/** `<figure><video controls poster src></video><figcaption>caption (Video: credit)</figcaption></figure>`, or WordPress's video block. */
function videoHtml(el: Y.XmlElement, ctx: Ctx): string {
  const video = videoAttrs(el);
  if (!video.hash) return '';
  const poster = video.poster ? ` poster="${escapeAttr(ctx.imageSrc(video.poster))}"` : '';
  const src = escapeAttr(ctx.videoSrc(video.hash));
  const credit = video.credit.trim() ? `${fragmentText(el).trim() ? ' ' : ''}(Video: ${escapeText(video.credit.trim())})` : '';
  const caption = childrenHtml(el, ctx).replace(/^<figcaption>|<\/figcaption>$/g, '') + credit;
  if (ctx.print) {
    const line = escapeText(ctx.print.videoLine(videoFileName(video), video.duration > 0 ? formatDuration(video.duration) : ''));
    const img = video.poster ? `<img src="${escapeAttr(ctx.imageSrc(video.poster))}" alt="">` : '';
    return `<figure data-video>${img}<figcaption>${caption ? `${caption}<br>` : ''}${line}</figcaption></figure>`;
  }
  if (!ctx.wordpress) {
    const figcaption = caption ? `<figcaption>${caption}</figcaption>` : '';
    return `<figure><video controls${poster} src="${src}" data-video-hash="${escapeAttr(video.hash)}"></video>${figcaption}</figure>`;
  }
  const id = ctx.wordpress.videoId(video.hash);
  const figcaption = caption ? `<figcaption class="wp-element-caption">${caption}</figcaption>` : '';
  return (
    `\n<!-- wp:video ${id !== undefined ? JSON.stringify({ id }) : '{}'} -->\n` +
    `<figure class="wp-block-video"><video controls${poster} src="${src}"></video>${figcaption}</figure>\n<!-- /wp:video -->\n`
  );
}

/** A paragraph that is only a YouTube or Facebook video address: WordPress's embed block. */
function embedHtml(el: Y.XmlElement): string | null {
  const children = el.toArray();
  if (children.length !== 1 || !(children[0] instanceof Y.XmlText)) return null;
  const url = inlineText(el).trim();
  const provider = embedProvider(url);
  if (!provider) return null;
  const meta = JSON.stringify({ url, type: 'video', providerNameSlug: provider, responsive: true });
  return (
    `\n<!-- wp:embed ${meta} -->\n` +
    `<figure class="wp-block-embed is-type-video is-provider-${provider} wp-block-embed-${provider}"><div class="wp-block-embed__wrapper">\n${escapeText(url)}\n</div></figure>\n<!-- /wp:embed -->\n`
  );
}

function alignAttr(attrs: Attrs): string {
  const align = attrs.textAlign;
  if (align === 'center' || align === 'right' || align === 'justify') return ` style="text-align: ${align}"`;
  return '';
}

function spanAttrs(attrs: Attrs): string {
  let out = '';
  if (typeof attrs.colspan === 'number' && attrs.colspan > 1) out += ` colspan="${attrs.colspan}"`;
  if (typeof attrs.rowspan === 'number' && attrs.rowspan > 1) out += ` rowspan="${attrs.rowspan}"`;
  return out;
}

function clampLevel(level: unknown): number {
  return typeof level === 'number' && level >= 2 && level <= 4 ? level : 2;
}

/** Marks nest in a fixed order so the same text always gives the same HTML. */
const markOrder = ['link', 'bold', 'italic', 'underline'] as const;
const markTags: Record<string, string> = { bold: 'strong', italic: 'em', underline: 'u' };

function textHtml(text: Y.XmlText): string {
  let out = '';
  for (const op of text.toDelta() as { insert: unknown; attributes?: Attrs }[]) {
    if (typeof op.insert !== 'string') continue;
    // Pending suggested changes (docs/review.md): the portal gets the text as it was before them.
    const suggestion = suggestionKind(op.attributes);
    if (suggestion === 'insertion') continue;
    const marks = new Map<string, Attrs>();
    for (const [key, value] of Object.entries(op.attributes ?? {})) {
      // y-prosemirror names overlapping marks `name--hash`.
      marks.set(key.split('--')[0]!, (value ?? {}) as Attrs);
    }
    let html = escapeText(suggestion === 'deletion' ? op.insert.replace(/\u200B/g, '') : op.insert).replace(/\n/g, '<br>');
    for (const name of [...markOrder].reverse()) {
      const attrs = marks.get(name);
      if (!attrs) continue;
      if (name === 'link') {
        const href = safeHref(attrs.href);
        if (href) html = `<a href="${escapeAttr(href)}">${html}</a>`;
      } else html = `<${markTags[name]}>${html}</${markTags[name]}>`;
    }
    out += html;
  }
  return mergeAdjacent(out);
}

/** Joins `</strong><strong>` left by delta splits of the same mark. */
function mergeAdjacent(html: string): string {
  return html.replace(/<\/(strong|em|u)><\1>/g, '');
}

/** Only http, https and mailto links reach the portal. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : null;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
}

export function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
