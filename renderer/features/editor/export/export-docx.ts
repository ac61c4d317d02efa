import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import * as Y from 'yjs';
import { BODY_FRAGMENT, SAPO_FRAGMENT, TITLE_FRAGMENT } from '../../../../common/article/layout';
import { fragmentText, safeHref } from '../../../../common/article/to-html';
import { formatDuration, INFOGRAPHIC_TEXT_SUMMARY, PHOTO_NODE, photoAttrs, photoCredit, videoAttrs, videoFileName } from '../../../../common/article/media';
import { vi } from '../../../i18n/vi';
import { articleParts } from './article-parts';
import { documentStyles, sectionLayout, STYLE } from './docx-layout';
import { DEFAULT_PRINT_LAYOUT, twips, type ArticleStamp, type PrintLayout } from './page-layout';
import { DocxComments } from './docx-comments';
import { DocxRevisions } from './docx-suggestions';

/** Bytes and size of an image, ready for Word (JPEG, PNG or GIF). */
export interface DocxImage {
  type: 'jpg' | 'png' | 'gif';
  data: Uint8Array;
  width: number;
  height: number;
}
export type DocxImageLoader = (imageId: string) => Promise<DocxImage | null>;

const MAX_IMAGE_WIDTH = 600;

/** How the file is laid out and what its header says (export-docx.ts's caller knows the article's status). */
export interface DocxOptions {
  stamp?: ArticleStamp | null;
  layout?: PrintLayout;
}

/**
 * The article as a Word document for the board's paper records: title, sapo,
 * featured image, body (headings, marks, links, lists, quotes, tables,
 * figures with captions, rules, alignment), byline, source and keywords, laid
 * out as an administrative document (docx-layout.ts). Pure over the Y.Doc;
 * images come through `loadImage` (null → the caption stays, the picture is
 * left out).
 */
export async function articleToDocx(doc: Y.Doc, loadImage: DocxImageLoader, options: DocxOptions = {}): Promise<Blob> {
  const { title, meta } = articleParts(doc);
  const e = vi.editor.export;
  const children: (Paragraph | Table)[] = [];
  const comments = new DocxComments(doc);
  // Title and sapo run by run, like the body: their suggested changes become
  // tracked changes and their comments Word comments.
  const titleLines = lineBlocks(doc.getXmlFragment(TITLE_FRAGMENT));
  const titleRuns = titleLines.flatMap((el, i) => [...(i > 0 ? [new TextRun({ text: ' ', bold: true })] : []), ...inlines(el, { bold: true }, comments)]);
  children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: titleRuns.length > 0 ? titleRuns : [new TextRun({ text: title, bold: true })] }));
  for (const el of lineBlocks(doc.getXmlFragment(SAPO_FRAGMENT))) {
    if (el.length > 0) children.push(new Paragraph({ style: STYLE.sapo, children: inlines(el, { bold: true }, comments) }));
  }
  if (meta.featuredImage) {
    const image = await loadImage(meta.featuredImage.imageId);
    if (image) children.push(imageParagraph(image));
    if (meta.featuredImage.caption) children.push(captionParagraph([new TextRun({ text: meta.featuredImage.caption, italics: true })]));
  }
  const writer = new BodyWriter(loadImage, comments);
  children.push(...(await writer.blocks(doc.getXmlFragment(BODY_FRAGMENT))));
  if (meta.byline) {
    children.push(new Paragraph({ style: STYLE.byline, children: [new TextRun({ text: e.byline(meta.byline), bold: true })] }));
  }
  if (meta.source) children.push(new Paragraph({ style: STYLE.note, children: [new TextRun({ text: e.source(meta.source), italics: true })] }));
  if (meta.tags.length) children.push(new Paragraph({ style: STYLE.note, children: [new TextRun({ text: e.tags(meta.tags.join(', ')), italics: true })] }));
  const document = new Document({
    creator: 'Tòa Soạn',
    title,
    keywords: meta.tags.join(', ') || undefined,
    comments: comments.empty ? undefined : { children: comments.comments },
    styles: documentStyles(),
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [0, 1, 2, 3].map((level) => ({
            level,
            format: LevelFormat.BULLET,
            text: ['•', '◦', '▪', '–'][level]!,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: listIndent(level) } },
          })),
        },
        {
          reference: 'numbers',
          levels: [0, 1, 2, 3].map((level) => ({
            level,
            format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN, LevelFormat.DECIMAL][level]!,
            text: `%${level + 1}.`,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: listIndent(level) } },
          })),
        },
      ],
    },
    sections: [{ ...sectionLayout(options.layout ?? DEFAULT_PRINT_LAYOUT, options.stamp ?? null), children }],
  });
  return Packer.toBlob(document);
}

type ListContext = { reference: 'bullets' | 'numbers'; level: number; instance: number } | null;

/** A list item's indent, given on the paragraph too, so the body style's first-line indent never applies to it. */
function listIndent(level: number) {
  return { left: twips(10) * (level + 1), hanging: twips(5) };
}

/** Where a block sits: body text gets the body style; cells, list items and quotes their own shape. */
interface Place {
  list: ListContext;
  quote: boolean;
  /** Inside a table: plain paragraphs (no indent, no justification); header cells in the bold table-header style. */
  cell: null | { header: boolean };
}
const BODY: Place = { list: null, quote: false, cell: null };

class BodyWriter {
  private listInstance = 0;
  constructor(
    private readonly loadImage: DocxImageLoader,
    private readonly comments: DocxComments,
  ) {}

  async blocks(parent: Y.XmlFragment | Y.XmlElement, place: Place = BODY): Promise<(Paragraph | Table)[]> {
    const out: (Paragraph | Table)[] = [];
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      out.push(...(await this.block(child, place)));
    }
    return out;
  }

  private async block(el: Y.XmlElement, place: Place): Promise<(Paragraph | Table)[]> {
    const attrs = el.getAttributes() as Record<string, unknown>;
    const { list, quote, cell } = place;
    switch (el.nodeName) {
      case 'paragraph':
        return [
          new Paragraph({
            style: cell ? (cell.header ? STYLE.tableHeader : undefined) : STYLE.body,
            alignment: alignment(attrs.textAlign),
            children: inlines(el, {}, this.comments),
            numbering: list ? { reference: list.reference, level: list.level, instance: list.instance } : undefined,
            indent: list ? listIndent(list.level) : quote ? { left: twips(12), firstLine: 0 } : undefined,
            border: quote ? { left: { style: BorderStyle.SINGLE, size: 12, color: '0B3D91', space: 8 } } : undefined,
          }),
        ];
      case 'heading': {
        const level = attrs.level === 3 ? HeadingLevel.HEADING_3 : attrs.level === 4 ? HeadingLevel.HEADING_4 : HeadingLevel.HEADING_2;
        return [new Paragraph({ heading: level, alignment: alignment(attrs.textAlign), children: inlines(el, {}, this.comments) })];
      }
      case 'blockquote':
        return this.blocks(el, { ...place, quote: true });
      case 'bulletList':
      case 'orderedList': {
        const reference = el.nodeName === 'bulletList' ? 'bullets' : 'numbers';
        const nested: ListContext = { reference, level: list ? Math.min(list.level + 1, 3) : 0, instance: list?.instance ?? ++this.listInstance };
        const out: (Paragraph | Table)[] = [];
        for (const item of el.toArray()) {
          if (!(item instanceof Y.XmlElement)) continue;
          // The first paragraph of an item carries the bullet; the rest are indented text.
          let first = true;
          for (const child of item.toArray()) {
            if (!(child instanceof Y.XmlElement)) continue;
            if (child.nodeName === 'paragraph' && first) out.push(...(await this.block(child, { ...place, list: nested })));
            else if (child.nodeName === 'paragraph') {
              out.push(new Paragraph({ style: STYLE.body, children: inlines(child, {}, this.comments), indent: { left: listIndent(nested.level).left, firstLine: 0 } }));
            } else out.push(...(await this.block(child, { ...place, list: nested })));
            first = false;
          }
        }
        return out;
      }
      case 'horizontalRule':
        return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }, children: [] })];
      case 'table':
        return [await this.table(el)];
      case 'figure':
        return this.picture(typeof attrs.imageId === 'string' ? attrs.imageId : '', this.caption(el));
      case 'gallery': {
        // Each photo in the gallery's order: the picture, then its caption and credit; a comment on the gallery spans them all.
        const around = this.comments.around(el);
        const photos = el.toArray().filter((photo): photo is Y.XmlElement => photo instanceof Y.XmlElement && photo.nodeName === PHOTO_NODE);
        const out: Paragraph[] = [];
        for (const [i, photo] of photos.entries()) {
          out.push(...(await this.photo(photo, { before: i === 0 ? around?.before : undefined, after: i === photos.length - 1 ? around?.after : undefined })));
        }
        return out;
      }
      case PHOTO_NODE:
        return this.photo(el, {});
      case 'infographic': {
        const { imageId, alt } = photoAttrs(el);
        const out: (Paragraph | Table)[] = await this.picture(
          imageId,
          [new TextRun({ text: `${vi.media.infographic.alt}: ${alt.trim()}`, italics: true })],
          this.comments.around(el) ?? {},
        );
        if (fragmentText(el).trim()) {
          out.push(new Paragraph({ style: STYLE.note, children: [new TextRun({ text: INFOGRAPHIC_TEXT_SUMMARY, bold: true })] }));
          out.push(...(await this.blocks(el, place)));
        }
        return out;
      }
      case 'video': {
        // A page cannot play it: the poster frame, the caption, and the file it goes to the portal as.
        const video = videoAttrs(el);
        const caption = this.caption(el);
        const line = vi.media.videoLine(videoFileName(video), video.duration > 0 ? formatDuration(video.duration) : '');
        caption.push(new TextRun({ text: line, italics: true, break: caption.length ? 1 : undefined }));
        return this.picture(video.poster, caption, this.comments.around(el) ?? {});
      }
      default:
        return this.blocks(el, place);
    }
  }

  private caption(el: Y.XmlElement): ParagraphChild[] {
    const caption = el.toArray().find((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === 'figcaption');
    return caption && caption.length > 0 ? inlines(caption, { italics: true }, this.comments) : [];
  }

  private photo(el: Y.XmlElement, around: Around): Promise<Paragraph[]> {
    const photo = photoAttrs(el);
    const caption = this.caption(el);
    if (photo.credit.trim()) caption.push(new TextRun({ text: `${caption.length ? ' ' : ''}${photoCredit(photo.credit.trim())}`, italics: true }));
    return this.picture(photo.imageId, caption, around);
  }

  /**
   * A stored picture (left out when missing) and its caption line; `around`'s
   * comment marks open in the first paragraph and close in the last.
   */
  private async picture(imageId: string, caption: ParagraphChild[], around: Around = {}): Promise<Paragraph[]> {
    const before = around.before ?? [];
    const after = around.after ?? [];
    const image = imageId ? await this.loadImage(imageId) : null;
    if (!image && caption.length === 0) return before.length || after.length ? [new Paragraph({ children: [...before, ...after] })] : [];
    const out: Paragraph[] = [];
    if (image) out.push(imageParagraph(image, before, caption.length ? [] : after));
    if (caption.length) out.push(captionParagraph([...(image ? [] : before), ...caption, ...after]));
    return out;
  }

  private async table(el: Y.XmlElement): Promise<Table> {
    const rows: TableRow[] = [];
    for (const row of el.toArray()) {
      if (!(row instanceof Y.XmlElement)) continue;
      const cells: TableCell[] = [];
      for (const cell of row.toArray()) {
        if (!(cell instanceof Y.XmlElement)) continue;
        const a = cell.getAttributes() as Record<string, unknown>;
        const header = cell.nodeName === 'tableHeader';
        const content = (await this.blocks(cell, { list: null, quote: false, cell: { header } })).filter((b): b is Paragraph => b instanceof Paragraph);
        cells.push(
          new TableCell({
            children: content.length ? content : [new Paragraph({ children: [] })],
            columnSpan: typeof a.colspan === 'number' ? a.colspan : undefined,
            rowSpan: typeof a.rowspan === 'number' ? a.rowspan : undefined,
            shading: header ? { fill: 'EEF2F8' } : undefined,
          }),
        );
      }
      // A row of header cells is Word's header row (repeated on each page, and read back as <th>).
      const header = row.length > 0 && row.toArray().every((c) => c instanceof Y.XmlElement && c.nodeName === 'tableHeader');
      if (cells.length) rows.push(new TableRow({ children: cells, tableHeader: header || undefined }));
    }
    return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
  }
}

/** The text blocks of a one-line field (title, sapo). */
function lineBlocks(fragment: Y.XmlFragment): Y.XmlElement[] {
  return fragment.toArray().filter((child): child is Y.XmlElement => child instanceof Y.XmlElement);
}

interface BaseMarks {
  italics?: boolean | undefined;
  bold?: boolean | undefined;
}

function inlines(el: Y.XmlElement, base: BaseMarks = {}, comments?: DocxComments): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const child of el.toArray()) {
    if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') out.push(new TextRun({ break: 1 }));
    if (!(child instanceof Y.XmlText)) continue;
    const delta = child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[];
    let offset = 0;
    delta.forEach((op, i) => {
      if (typeof op.insert !== 'string') return;
      const text = op.insert;
      const marks = new Map(Object.entries(op.attributes ?? {}).map(([k, v]) => [k.split('--')[0]!, v]));
      const href = safeHref((marks.get('link') as { href?: unknown } | undefined)?.href);
      // Comments start and end between pieces; a link stays whole, its pieces inside it.
      const runs = (piece: string) => textRuns(piece, marks, base);
      const pieces = comments ? comments.split(child, offset, text, i === delta.length - 1, runs) : runs(text);
      offset += text.length;
      if (href) out.push(new ExternalHyperlink({ link: href, children: pieces as TextRun[] }));
      else out.push(...pieces);
    });
  }
  return out;
}

/** Suggested changes as Word tracked changes (ids only grow, so they stay unique in every file). */
const revisions = new DocxRevisions();

function textRuns(text: string, marks: Map<string, unknown>, base: BaseMarks): ParagraphChild[] {
  return text.split('\n').map((line, i) => {
    const options = {
      text: line,
      break: i > 0 ? 1 : undefined,
      bold: marks.has('bold') || base.bold || undefined,
      italics: marks.has('italic') || base.italics || undefined,
      underline: marks.has('underline') ? {} : undefined,
      style: marks.has('link') ? 'Hyperlink' : undefined,
    };
    return revisions.run(marks, options) ?? new TextRun(options);
  });
}

function alignment(value: unknown) {
  if (value === 'center') return AlignmentType.CENTER;
  if (value === 'right') return AlignmentType.RIGHT;
  if (value === 'justify') return AlignmentType.JUSTIFIED;
  return undefined;
}

/** Comment range marks to open at a paragraph's start and to close at its end. */
interface Around {
  before?: ParagraphChild[] | undefined;
  after?: ParagraphChild[] | undefined;
}

function imageParagraph(image: DocxImage, before: ParagraphChild[] = [], after: ParagraphChild[] = []): Paragraph {
  const scale = Math.min(1, MAX_IMAGE_WIDTH / Math.max(1, image.width));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      ...before,
      new ImageRun({
        type: image.type,
        data: image.data,
        transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
      }),
      ...after,
    ],
  });
}

function captionParagraph(children: ParagraphChild[]): Paragraph {
  return new Paragraph({ style: STYLE.caption, children });
}
