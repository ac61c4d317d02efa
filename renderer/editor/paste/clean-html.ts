import { PASTE_SOURCE_ATTR, type PictureSources } from './pictures';
import { sanitizePastedHtml } from './sanitize';

/**
 * Pasted HTML (Word, LibreOffice, web pages) → clean HTML the editor's schema
 * understands: structure kept (headings, lists, bold/italic/underline, tables,
 * links, alignment, pictures as figures to fetch), everything a portal cannot
 * show dropped (fonts, colours, classes, style attributes, tracking pixels,
 * scripts). Text is NFC.
 */
export function cleanPastedHtml(html: string, sources: PictureSources = {}): string {
  const body = sanitizePastedHtml(html, sources);
  convertWordLists(body);
  styleToTags(body);
  normaliseBlocks(body);
  stripAttributes(body);
  normaliseText(body);
  return body.innerHTML;
}

const KEEP_ATTRS: Record<string, string[]> = {
  A: ['href'],
  TD: ['colspan', 'rowspan'],
  TH: ['colspan', 'rowspan'],
  OL: ['start'],
  FIGURE: [PASTE_SOURCE_ATTR],
};
const BLOCKS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'TABLE', 'FIGURE', 'FIGCAPTION', 'HR',
]);
const ALIGNABLE = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

function elements(root: HTMLElement, selector: string): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(selector));
}

function styleOf(el: Element): string {
  return (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
}

/**
 * Word writes list items as paragraphs: `<p class=MsoListParagraphCxSpFirst
 * style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>1.</span>Text`.
 * Rebuild real <ol>/<ul> (nested by level), reading the marker for the kind.
 */
function convertWordLists(root: HTMLElement): void {
  const doc = root.ownerDocument;
  let stack: { level: number; list: HTMLElement; item: HTMLElement | null }[] = [];
  for (const p of elements(root, 'p, h1, h2, h3, h4, h5, h6')) {
    const match = /mso-list:l(\d+)level(\d+)/.exec(styleOf(p));
    if (!match || p.tagName !== 'P') {
      if (match === null) stack = [];
      continue;
    }
    // A list continues only while its paragraphs follow each other.
    if (stack.length > 0 && p.previousElementSibling !== stack[0]!.list) stack = [];
    const level = Number(match[2]);
    const markerEl = elements(p, 'span').find((s) => /mso-list:ignore/.test(styleOf(s)));
    const marker = (markerEl?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
    markerEl?.remove();
    const ordered = /^[([]?(\d+|[a-z]|[ivxlcdm]+)[.)\]]/i.test(marker);
    const item = doc.createElement('li');
    while (p.firstChild) item.append(p.firstChild);
    while (stack.length > 0 && stack[stack.length - 1]!.level > level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < level) {
      const list = doc.createElement(ordered ? 'ol' : 'ul');
      if (top?.item) top.item.append(list);
      else p.before(list);
      top = { level, list, item: null };
      stack.push(top);
    }
    top.list.append(item);
    top.item = item;
    p.remove();
  }
}

/** Formatting given by CSS (Google Docs, web pages, LibreOffice spans) becomes tags. */
function styleToTags(root: HTMLElement): void {
  const doc = root.ownerDocument;
  for (const el of elements(root, 'span, font, b, strong, i, em, u, a')) {
    const style = styleOf(el);
    // Google Docs wraps the whole paste in <b style="font-weight:normal">.
    if ((el.tagName === 'B' || el.tagName === 'STRONG') && /(?:^|;)font-weight:(normal|[1-4]00)/.test(style)) {
      el.replaceWith(...Array.from(el.childNodes));
      continue;
    }
    if (el.tagName !== 'SPAN' && el.tagName !== 'FONT') continue;
    const wraps: string[] = [];
    if (/(?:^|;)font-weight:(bold|bolder|[6-9]00)/.test(style)) wraps.push('strong');
    if (/(?:^|;)font-style:italic/.test(style)) wraps.push('em');
    if (/(?:^|;)text-decoration(-line)?:[^;]*underline/.test(style)) wraps.push('u');
    let inner: Node[] = Array.from(el.childNodes);
    for (const tag of wraps) {
      const wrapper = doc.createElement(tag);
      wrapper.append(...inner);
      inner = [wrapper];
    }
    el.replaceWith(...inner);
  }
}

function normaliseBlocks(root: HTMLElement): void {
  const doc = root.ownerDocument;
  const rename = (el: Element, tag: string) => {
    const next = doc.createElement(tag);
    for (const attr of Array.from(el.attributes)) next.setAttribute(attr.name, attr.value);
    next.append(...Array.from(el.childNodes));
    el.replaceWith(next);
    return next;
  };
  // The body has H2–H4: the article title is H1 on the portal.
  for (const el of elements(root, 'h1')) rename(el, 'h2');
  for (const el of elements(root, 'h5, h6')) rename(el, 'h4');
  for (const el of elements(root, 'p')) {
    if (/\bmsotitle\b/i.test(el.className)) rename(el, 'h2');
    else if (/\bmsosubtitle\b/i.test(el.className)) rename(el, 'h3');
  }
  for (const el of elements(root, 'ins')) rename(el, 'u');
  // Innermost first: a <div> of inline content is a paragraph, a <div> of blocks is nothing.
  for (const el of elements(root, 'div').reverse()) {
    if (Array.from(el.children).some((child) => BLOCKS.has(child.tagName))) el.replaceWith(...Array.from(el.childNodes));
    else if (el.textContent?.trim()) rename(el, 'p');
    else el.remove();
  }
  for (const el of elements(root, 'colgroup, col, caption')) el.remove();
  // A link without a usable address is just text.
  for (const el of elements(root, 'a')) if (!el.getAttribute('href')) el.replaceWith(...Array.from(el.childNodes));
}

function stripAttributes(root: HTMLElement): void {
  for (const el of elements(root, '*')) {
    const align = ALIGNABLE.has(el.tagName) ? alignmentOf(el) : null;
    const keep = KEEP_ATTRS[el.tagName] ?? [];
    for (const attr of Array.from(el.attributes)) if (!keep.includes(attr.name)) el.removeAttribute(attr.name);
    if (align) el.setAttribute('style', `text-align: ${align}`);
    if (el.tagName === 'TD' || el.tagName === 'TH') {
      for (const name of ['colspan', 'rowspan']) if (el.getAttribute(name) === '1') el.removeAttribute(name);
    }
  }
}

function alignmentOf(el: Element): string | null {
  const matches = [...styleOf(el).matchAll(/(?:^|;)text-align:(left|center|right|justify)/g)];
  const align = matches[matches.length - 1]?.[1];
  return align === 'center' || align === 'right' || align === 'justify' ? align : null;
}

function normaliseText(root: HTMLElement): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const nfc = text.normalize('NFC');
    if (nfc !== text) node.nodeValue = nfc;
  }
}
