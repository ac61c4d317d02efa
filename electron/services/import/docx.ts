import mammoth from 'mammoth';
import { ServiceError } from '../../../common/api/errors';
import { needsDisplayCopy, type ImageMime } from '../../../common/api/images.api';
import { IMPORTED_PICTURE_PREFIX, type ImportedFile } from '../../../common/api/import.api';
import { convertRuns, isLegacy, type TextRun } from '../../../common/vietnamese/legacy';
import { checkDocx } from './zip-guard';

import { readImageHeader } from '../images/image-header';

/** Keeps a file's pictures until the article takes them (staged-pictures.ts); gives their import id. */
export type StagePictures = (pictures: { mime: ImageMime; bytes: Uint8Array }[]) => Promise<string | null>;

/** Mammoth's document model, as far as we read it (lib/documents.js). */
interface DocNode {
  type: string;
  children?: DocNode[];
  value?: string;
  font?: string | null;
  isBold?: boolean;
  isItalic?: boolean;
  styleName?: string | null;
  styleId?: string | null;
  numbering?: unknown;
  body?: DocNode[];
}

/**
 * A .docx → the parts of a new article, with mammoth (which maps Word's
 * headings, lists, tables, bold/italic, links, pictures and notes to plain
 * HTML). Before that, the file is checked (zip-guard); during it, every text
 * run is converted from TCVN3 or VNI when its font (.VnTime, VNI-Times …) or
 * its words say so, run by run (common/vietnamese/legacy). The pictures the
 * editor can show (JPEG, PNG, GIF, WebP, told by their bytes) are staged once
 * the whole file was read; the HTML names them `toasoan-picture:N`.
 */
export async function readDocx(fileName: string, bytes: Buffer, stage: StagePictures): Promise<ImportedFile> {
  checkDocx(bytes);
  let legacy: ImportedFile['legacy'] = null;
  let title = '';
  let sapo = '';
  let skippedImages = 0;
  const pictures: ImportedFile['pictures'] = [];
  const pictureBytes: { mime: ImageMime; bytes: Uint8Array }[] = [];

  const transformDocument = (document: DocNode & { notes?: { _notes?: Record<string, DocNode> } }) => {
    const texts: { node: DocNode; font: string | null }[] = [];
    const collect = (node: DocNode, font: string | null) => {
      const own = node.type === 'run' ? (node.font ?? null) : font;
      if (node.type === 'text' && node.value) texts.push({ node, font: own });
      for (const child of node.children ?? []) collect(child, own);
      for (const child of node.body ?? []) collect(child, own);
    };
    collect(document, null);
    for (const note of Object.values(document.notes?._notes ?? {})) collect(note, null);
    const runs: TextRun[] = texts.map((t) => ({ text: t.node.value!, font: t.font }));
    const result = convertRuns(runs);
    texts.forEach((t, i) => (t.node.value = result.texts[i]));
    if (result.converted > 0 && isLegacy(result.detection.encoding)) {
      legacy = { encoding: result.detection.encoding, runs: result.converted };
    }
    ({ title, sapo } = takeTitleAndSapo(document));
    return document;
  };

  let result: { value: string };
  try {
    result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        transformDocument,
        ignoreEmptyParagraphs: true,
        convertImage: mammoth.images.imgElement(async (image: { read(): Promise<Buffer> }) => {
          // The bytes as they are in the file (mammoth's readAsBase64String would encode them in JavaScript).
          const data = await image.read();
          const header = readImageHeader(data);
          if (!header) {
            skippedImages++;
            return { src: '' };
          }
          const picture = { ...header, bytes: data.length };
          pictures.push({ ...picture, displayCopy: needsDisplayCopy(picture) });
          pictureBytes.push({ mime: header.mime, bytes: data });
          return { src: `${IMPORTED_PICTURE_PREFIX}${pictures.length - 1}` };
        }),
      },
    );
  } catch (error) {
    throw new ServiceError('IMPORT_DAMAGED', `mammoth could not read ${fileName}: ${String(error)}`);
  }
  const { body, notes } = splitNotes(result.value);
  const importId = await stage(pictureBytes);
  return { kind: 'docx', fileName, title, sapo, html: body, pictures, importId, notes, legacy, skippedImages };
}

const textOf = (node: DocNode): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

function runsOf(node: DocNode): DocNode[] {
  if (node.type === 'run') return [node];
  return (node.children ?? []).flatMap(runsOf);
}

/** Every run with text has the property: the paragraph is all bold (or all italic). */
function allRuns(paragraph: DocNode, has: (run: DocNode) => boolean): boolean {
  const runs = runsOf(paragraph).filter((r) => textOf(r).trim());
  return runs.length > 0 && runs.every(has);
}

const isHeading = (p: DocNode) => /^(heading|title|tiêu đề)/i.test(p.styleName ?? p.styleId ?? '');

/**
 * Title: the first paragraph when it is a heading (or Word's Title style) or
 * all bold. Sapo: the paragraph right after it when all bold or all italic.
 * Both are taken out of the body.
 */
function takeTitleAndSapo(document: DocNode): { title: string; sapo: string } {
  const blocks = document.children ?? [];
  const first = blocks.findIndex((b) => b.type === 'paragraph' && textOf(b).trim());
  if (first < 0 || blocks.slice(0, first).some((b) => b.type !== 'paragraph')) return { title: '', sapo: '' };
  const head = blocks[first]!;
  if (!isHeading(head) && (head.numbering || !allRuns(head, (r) => r.isBold === true))) return { title: '', sapo: '' };
  const title = textOf(head).replace(/\s+/g, ' ').trim();
  blocks.splice(0, first + 1);
  let sapo = '';
  const next = blocks.findIndex((b) => b.type !== 'paragraph' || textOf(b).trim());
  const candidate = next >= 0 ? blocks[next]! : null;
  if (
    candidate?.type === 'paragraph' &&
    !candidate.numbering &&
    !isHeading(candidate) &&
    (allRuns(candidate, (r) => r.isBold === true) || allRuns(candidate, (r) => r.isItalic === true))
  ) {
    sapo = textOf(candidate).replace(/\s+/g, ' ').trim();
    blocks.splice(0, next + 1);
  }
  return { title, sapo };
}

/**
 * Mammoth writes notes as a final `<ol>` of `<li id="footnote-N">…<a href="#footnote-ref-N">↑</a></li>`
 * (or endnote-N). They come back apart, without the back-links, for the UI to put at the end.
 */
function splitNotes(html: string): { body: string; notes: string[] } {
  const match = /<ol>(?:<li id="(?:foot|end)note-[^"]*">[\s\S]*?<\/li>)+<\/ol>\s*$/.exec(html);
  if (!match) return { body: html, notes: [] };
  const notes = [...match[0].matchAll(/<li id="(?:foot|end)note-[^"]*">([\s\S]*?)<\/li>/g)].map((m) =>
    m[1]!.replace(/\s*<a href="#(?:foot|end)note-ref-[^"]*">↑<\/a>/g, '').trim(),
  );
  return { body: html.slice(0, match.index), notes };
}
