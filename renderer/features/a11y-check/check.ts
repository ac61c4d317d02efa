/**
 * The article's accessibility check, as Word's checker does for documents:
 * a pure function over the body's ProseMirror JSON (editor.getJSON()) and a
 * few meta fields. Each finding carries the body position it is about, so
 * the UI can move the caret there or fix it in place.
 */

export interface ArticleJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ArticleJson[];
  text?: string;
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>;
}

export interface CheckInput {
  body: ArticleJson;
  kind?: string;
  featuredImage?: { caption: string } | null;
}

export type Finding =
  | { code: 'image-alt'; pos: number; index: number }
  | { code: 'featured-alt'; pos: -1 }
  | { code: 'heading-skip'; pos: number; from: number; to: number; fixLevel: number }
  | { code: 'link-text'; pos: number; end: number; text: string }
  | { code: 'table-header'; pos: number; index: number }
  | { code: 'color-only'; pos: number; end: number; text: string }
  | { code: 'infographic-text'; pos: number };

/** Nodes without content in the body's schema (one position each). */
const LEAVES = new Set(['hardBreak', 'horizontalRule', 'image']);

/** Link texts that say nothing about where they go (compared lower-case, without punctuation). */
const VAGUE_LINKS = new Set([
  'tại đây', 'ở đây', 'đây', 'vào đây', 'bấm vào đây', 'nhấn vào đây', 'nhấp vào đây', 'bấm đây', 'xem tại đây',
  'xem thêm', 'xem tiếp', 'đọc thêm', 'chi tiết', 'xem chi tiết', 'xem', 'link', 'liên kết', 'đường dẫn',
  'click here', 'here', 'more', 'read more',
]);
const BARE_ADDRESS = /^(https?:\/\/|www\.)\S+$|^\S+\.(vn|com|net|org|gov\.vn)(\/\S*)?$/i;

/** "chữ màu đỏ", "các ô tô màu vàng", "phần in màu xanh"…: meaning carried by colour alone. */
const COLOUR_WORDS = 'đỏ|xanh|vàng|cam|tím|hồng|lục|lam|nâu|xám|ghi';
const COLOUR_ONLY = new RegExp(
  `(?<!\\p{L})(?:chữ|phần|ô|dòng|hàng|cột|mục|đoạn|số liệu|số|tên|nội dung|khu vực|vùng|đường)(?:\\s+(?:được|có|in|tô|ghi|viết|đánh dấu|bôi)){0,2}\\s+(?:bằng\\s+)?màu\\s+(?:${COLOUR_WORDS})(?!\\p{L})`,
  'giu',
);

/** Fewer words than this outside captions and an infographic has no text version. */
const INFOGRAPHIC_MIN_WORDS = 40;

export const nodeSize = (node: ArticleJson): number =>
  node.type === 'text' ? (node.text ?? '').length : LEAVES.has(node.type) ? 1 : 2 + (node.content ?? []).reduce((n, c) => n + nodeSize(c), 0);

const textOf = (node: ArticleJson): string =>
  node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(textOf).join(node.type === 'paragraph' ? '' : ' ');

const normalize = (text: string) =>
  text.normalize('NFC').toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/^[\s.,:;!?«»"'()[\]…-]+|[\s.,:;!?«»"'()[\]…-]+$/g, '');

export function checkArticle(input: CheckInput): Finding[] {
  const findings: Finding[] = [];
  let images = 0;
  let tables = 0;
  let lastHeading = 1; // the title is the article's level 1
  let words = 0;
  let hasFigure = false;

  const visit = (node: ArticleJson, pos: number, inCaption: boolean) => {
    switch (node.type) {
      case 'figure': {
        images += 1;
        hasFigure = true;
        const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt.trim() : '';
        if (!alt && !textOf(node).trim()) findings.push({ code: 'image-alt', pos, index: images });
        break;
      }
      case 'heading': {
        const level = typeof node.attrs?.level === 'number' ? node.attrs.level : 2;
        if (level > lastHeading + 1) findings.push({ code: 'heading-skip', pos, from: lastHeading, to: level, fixLevel: lastHeading + 1 });
        lastHeading = level;
        break;
      }
      case 'table': {
        tables += 1;
        const first = node.content?.[0];
        const headed = first?.content?.length && first.content.every((cell) => cell.type === 'tableHeader');
        if (!headed) findings.push({ code: 'table-header', pos, index: tables });
        break;
      }
    }
    if (node.content) {
      if (node.type !== 'figure' && !inCaption) checkInline(node, pos + 1, findings);
      let child = pos + 1;
      for (const c of node.content) {
        if (c.type !== 'text') visit(c, child, inCaption || node.type === 'figure');
        child += nodeSize(c);
      }
    }
    if (node.content && !inCaption && node.type !== 'figure') {
      for (const c of node.content) if (c.type === 'text') words += (c.text ?? '').split(/\s+/).filter(Boolean).length;
    }
  };

  let pos = 0;
  for (const node of input.body.content ?? []) {
    visit(node, pos, false);
    pos += nodeSize(node);
  }

  if (input.featuredImage && !input.featuredImage.caption.trim()) findings.push({ code: 'featured-alt', pos: -1 });
  if (input.kind === 'do_hoa' && (hasFigure || words === 0) && words < INFOGRAPHIC_MIN_WORDS) {
    findings.push({ code: 'infographic-text', pos: Math.max(0, pos - 1) });
  }
  return findings.sort((a, b) => a.pos - b.pos);
}

/** Links and colour-only wording among one textblock's direct text children. */
function checkInline(block: ArticleJson, start: number, findings: Finding[]): void {
  const children = block.content ?? [];
  if (!children.some((c) => c.type === 'text')) return;
  let pos = start;
  let text = '';
  let link: { href: string; from: number; text: string } | null = null;
  const closeLink = (end: number) => {
    if (!link) return;
    const said = normalize(link.text);
    if (VAGUE_LINKS.has(said) || BARE_ADDRESS.test(said) || said === normalize(link.href)) {
      findings.push({ code: 'link-text', pos: link.from, end, text: link.text.trim() });
    }
    link = null;
  };
  for (const child of children) {
    const size = nodeSize(child);
    if (child.type === 'text') {
      const mark = child.marks?.find((m) => m.type === 'link');
      const href = typeof mark?.attrs?.href === 'string' ? mark.attrs.href : null;
      if (link && href !== link.href) closeLink(pos);
      if (href !== null) {
        link ??= { href, from: pos, text: '' };
        link.text += child.text ?? '';
      }
      const coloured = child.marks?.find((m) => (m.type === 'textStyle' || m.type === 'highlight') && m.attrs?.color);
      if (coloured) findings.push({ code: 'color-only', pos, end: pos + size, text: child.text ?? '' });
    } else closeLink(pos);
    text += child.type === 'text' ? (child.text ?? '') : '\ufffc'.repeat(size);
    pos += size;
  }
  closeLink(pos);
  for (const match of text.matchAll(COLOUR_ONLY)) {
    findings.push({ code: 'color-only', pos: start + match.index, end: start + match.index + match[0].length, text: match[0] });
  }
}
