import { Editor } from '@tiptap/core';
import * as Y from 'yjs';
import { IMPORTED_PICTURE_PREFIX, type ImportedFile } from '../../../common/api/import.api';
import { BODY_FRAGMENT, META_MAP, SAPO_FRAGMENT, TITLE_FRAGMENT, metaKeys } from '../../../common/article/layout';
import { bodyExtensions } from '../../editor/extensions';
import { cleanPastedHtml } from '../../editor/paste/clean-html';
import { PASTE_SOURCE_ATTR } from '../../editor/paste/pictures';

/** What opening a file needs from the services (the client in the app, real services in tests). */
export interface ImportServices {
  read(fileName: string, bytes: Uint8Array): Promise<ImportedFile>;
  create(): Promise<{ id: string }>;
  /** The article's merged Yjs state. */
  open(id: string): Promise<Uint8Array>;
  append(id: string, update: Uint8Array): Promise<void>;
  /** Gives the file's staged pictures to the article (`import.adopt`); their imageIds, in order. */
  adopt(importId: string, articleId: string): Promise<string[]>;
  /** Makes and stores the display copy of a big picture, as for an inserted one. */
  addDisplayCopy(articleId: string, imageId: string): Promise<void>;
  /** Removes an article that could not be filled (trash, then delete for good). */
  discard(id: string): Promise<void>;
}

export interface ImportedArticle {
  articleId: string;
  file: ImportedFile;
}

/**
 * A Word or text file → a new article. The file is read first (a bad file is
 * refused before anything is created); the body goes through the paste
 * clean-up, its pictures (kept by the services since the file was read)
 * become the article's images, and title, sapo, body and the file's name are
 * written as one saved change. If anything fails after the article was
 * created, it is removed again.
 */
export async function importArticle(
  file: { name: string; bytes: Uint8Array },
  services: ImportServices,
  notesHeading: string,
): Promise<ImportedArticle> {
  // Marks for bench:import's breakdown of the time to open a file.
  performance.mark('toasoan:import-start');
  const imported = await services.read(file.name, file.bytes);
  performance.mark('toasoan:import-read');
  const { id } = await services.create();
  try {
    const html = cleanPastedHtml(imported.html + notesHtml(imported.notes, notesHeading), { imported: true });
    performance.mark('toasoan:import-cleaned');
    const body = await placePictures(html, imported, id, services);
    performance.mark('toasoan:import-pictures');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await services.open(id));
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    doc.transact(() => {
      setLine(doc.getXmlFragment(TITLE_FRAGMENT), imported.title);
      setLine(doc.getXmlFragment(SAPO_FRAGMENT), imported.sapo);
      doc.getMap<unknown>(META_MAP).set(metaKeys.importedFrom, imported.fileName);
    });
    writeBody(doc, body);
    performance.mark('toasoan:import-written');
    if (updates.length > 0) await services.append(id, Y.mergeUpdates(updates));
    performance.mark('toasoan:import-saved');
    return { articleId: id, file: imported };
  } catch (error) {
    await services.discard(id).catch(() => undefined);
    throw error;
  }
}

function notesHtml(notes: string[], heading: string): string {
  if (notes.length === 0) return '';
  return `<h3>${escapeHtml(heading)}</h3><ol>${notes.map((n) => `<li>${n}</li>`).join('')}</ol>`;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A one-paragraph field (title, sapo) as y-prosemirror writes it. */
function setLine(fragment: Y.XmlFragment, text: string): void {
  fragment.delete(0, fragment.length);
  const paragraph = new Y.XmlElement('paragraph');
  if (text) paragraph.insert(0, [new Y.XmlText(text)]);
  fragment.insert(0, [paragraph]);
}

/** The body through the editor's own schema, into the article's Y.Doc (a headless editor, as a paste would). */
function writeBody(doc: Y.Doc, html: string): void {
  const element = document.createElement('div');
  const editor = new Editor({ element, extensions: bodyExtensions({ collaboration: { document: doc, field: BODY_FRAGMENT } }) });
  try {
    editor.commands.setContent(html);
  } finally {
    editor.destroy();
  }
}

/**
 * The file's pictures (figures naming `toasoan-picture:N`) become the
 * article's images in one call, big ones get their display copy (a few at a
 * time; without one the editor shows the original), and each becomes a
 * figure of the article; a caption Word writes as the italic paragraph under
 * a picture becomes the figure's caption.
 */
async function placePictures(html: string, imported: ImportedFile, articleId: string, services: ImportServices): Promise<string> {
  const root = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  const imageIds = imported.importId ? await services.adopt(imported.importId, articleId) : [];
  const big = imageIds.filter((_, n) => imported.pictures[n]?.displayCopy);
  const copies = async () => {
    for (let imageId = big.shift(); imageId; imageId = big.shift()) await services.addDisplayCopy(articleId, imageId).catch(() => undefined);
  };
  await Promise.all([copies(), copies(), copies()]);
  for (const figure of Array.from(root.querySelectorAll<HTMLElement>(`figure[${PASTE_SOURCE_ATTR}]`))) {
    const source = figure.getAttribute(PASTE_SOURCE_ATTR)!;
    const imageId = source.startsWith(IMPORTED_PICTURE_PREFIX) ? imageIds[Number(source.slice(IMPORTED_PICTURE_PREFIX.length))] : undefined;
    if (!imageId) continue;
    const caption = figure.querySelector('figcaption') ?? figure.ownerDocument.createElement('figcaption');
    // A picture alone in its paragraph: Word's paragraph around it goes (the HTML
    // parser has split it into empty paragraphs); the caption is the paragraph below.
    const holder = figure.parentElement?.tagName === 'P' && figure.parentElement.children.length === 1 ? figure.parentElement : figure;
    const isEmptyParagraph = (el: Element | null) => el?.tagName === 'P' && !el.textContent?.trim() && el.children.length === 0;
    while (isEmptyParagraph(holder.previousElementSibling)) holder.previousElementSibling!.remove();
    while (isEmptyParagraph(holder.nextElementSibling)) holder.nextElementSibling!.remove();
    const below = holder.nextElementSibling;
    if (!caption.textContent?.trim() && below?.tagName === 'P' && below.children.length === 1 && /^(EM|I)$/.test(below.children[0]!.tagName) && below.textContent === below.children[0]!.textContent) {
      caption.textContent = below.textContent;
      below.remove();
    }
    const img = figure.ownerDocument.createElement('img');
    img.setAttribute('data-image-id', imageId);
    figure.removeAttribute(PASTE_SOURCE_ATTR);
    figure.replaceChildren(img, caption);
    if (holder !== figure) holder.replaceWith(figure);
  }
  return root.innerHTML;
}
