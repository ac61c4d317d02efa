/// <reference lib="dom" />
/**
 * Functions that run in the page (passed to page.evaluate or bundled into the
 * bare page): each is self-contained, with no closure over module scope.
 */

/** A paste as the browser delivers one: a ClipboardEvent carrying plain text and, optionally, HTML. */
export function pasteInto(target: Element, text: string, html?: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  if (html) data.setData('text/html', html);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

/**
 * An editor's content as the reader sees it: block and mark tags and text
 * only (no attributes, decorations, placeholders or trailing breaks), so the
 * app's editor and a bare one can be compared.
 */
export function shapeOf(root: Element): string {
  const keep = new Set(['P', 'H2', 'H3', 'H4', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'U', 'A', 'BLOCKQUOTE', 'HR', 'TABLE', 'TR', 'TD', 'TH', 'FIGURE']);
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element)) return '';
    const inner = Array.from(node.childNodes).map(walk).join('');
    if (!keep.has(node.tagName)) return inner;
    const tag = node.tagName.toLowerCase();
    return `<${tag}>${inner}</${tag}>`;
  };
  return Array.from(root.childNodes).map(walk).join('');
}

/** The text of each textblock. */
export function paragraphsOf(root: Element): string[] {
  return Array.from(root.querySelectorAll('p, h2, h3, h4')).map((p) => p.textContent ?? '');
}
