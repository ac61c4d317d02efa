import type { Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { TableKit } from '@tiptap/extension-table';
import TextAlign from '@tiptap/extension-text-align';
import StarterKit from '@tiptap/starter-kit';
import type * as Y from 'yjs';
import { CaretBlock } from './extensions/caret-block/caret-block';
import { EndDelete } from './extensions/end-delete/end-delete';
import { Figcaption, Figure } from './extensions/figure/figure';
import type { ImageImporter } from './extensions/figure/figure-import';
import type { ImageResolver } from './extensions/figure/figure-view';
import { ImeGuard } from './extensions/ime-guard/ime-guard';
import { LineDocument } from './extensions/line-document/line-document';
import { NfdBackspace } from './extensions/nfd-backspace/nfd-backspace';
import { PasteCleanup } from './paste/paste-cleanup';
import { PendingSelection } from './extensions/pending-selection/pending-selection';
import { LineEndCaret } from './extensions/line-end-caret/line-end-caret';
import { StableAttributes } from './extensions/stable-attributes/stable-attributes';
import { PlainCoreKeys } from './extensions/core-keys/core-keys';
import { WordUndo } from './extensions/word-undo/word-undo';
import { RestoredUndo } from './extensions/restored-undo/restored-undo';
import { ListTab } from './extensions/list-tab/list-tab';
import { withListKeysOnlyInLists } from './extensions/list-keys/list-keys';
import { withRulesOnTypedTextOnly } from './extensions/typed-rules/typed-rules';
import { Suggestions, type SuggestionsOptions } from './extensions/suggestions/suggestions';
import type { LegacyConversionNotice } from './paste/legacy-paste';
import { Video, type VideoTexts } from './extensions/media-video/media-video';
import { MediaEmbed } from './extensions/media-embed/media-embed';
import { Gallery, GalleryPhoto } from './extensions/gallery/gallery';
import { Infographic } from './extensions/infographic/infographic';
import { vi } from '../i18n/vi';
import { installDecorationLookup } from './decoration-lookup';

/** Only these schemes become links, typed, pasted or set by command. */
export function isAllowedLink(url: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(url.trim());
}

export interface BodyOptions {
  /** The article's Y.Doc and fragment; without it the editor keeps its own history (tests, preview). */
  collaboration?: { document: Y.Doc; field: string };
  resolveImage?: ImageResolver;
  missingImageText?: string;
  /** Stores a pasted picture (web address or data:image) with the article; gives its imageId. */
  importImage?: ImageImporter;
  importingImageText?: string;
  importFailedImageText?: string;
  retryImageText?: string;
  /** Pictures are fetched when their figure comes near the screen (the app's editor). */
  lazyImages?: boolean;
  onImageFiles?: (files: File[]) => boolean;
  /** Pasted TCVN3/VNI/VIQR text was converted to Unicode (one Undo reverts it). */
  onLegacyConverted?: (notice: LegacyConversionNotice) => void;
  /** Plug-ins such as the spellcheck decorations, added after the schema. */
  extra?: Extensions;
  /** Suggested changes: who suggests, and what to tell the user (the marks are always in the schema). */
  suggestions?: Partial<SuggestionsOptions>;
  /** Videos (docs/media.md): their bytes as object URLs, the texts of the node and of a video link's card. */
  media?: {
    resolveVideo: (hash: string) => Promise<string>;
    texts: VideoTexts;
    embedCard: (provider: string) => string;
    storePoster?: (frame: Blob) => Promise<string>;
    choosePoster?: () => Promise<string>;
  };
  /** Galleries: lets the user choose more pictures for a gallery and stores them; gives their image ids. */
  choosePhotos?: () => Promise<string[]>;
}

/** The body: the blocks and marks a portal article can show, nothing else. */
export function bodyExtensions(options: BodyOptions = {}): Extensions {
  // The view finds each block's decorations by a search, not a scan from the first (decoration-lookup.ts).
  installDecorationLookup();
  return [
    StableAttributes,
    // The core keymap's plain Enter and Backspace without building every command (core-keys.ts).
    PlainCoreKeys,
    ImeGuard,
    PendingSelection,
    LineEndCaret,
    WordUndo,
    RestoredUndo,
    NfdBackspace,
    EndDelete,
    // Its list keys (Enter, Backspace) bail out outside lists without an empty editor update; its input
    // rules run on typed text, not on Enter ("2025." and Enter stays a paragraph: typed-rules.ts).
    withListKeysOnlyInLists(withRulesOnTypedTextOnly(
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        strike: false,
        undoRedo: options.collaboration ? false : undefined,
        link: {
          openOnClick: false,
          autolink: true,
          linkOnPaste: true,
          defaultProtocol: 'https',
          protocols: [],
          HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
          isAllowedUri: (url) => isAllowedLink(url),
        },
      }),
    )),
    TextAlign.configure({ types: ['heading', 'paragraph'], alignments: ['left', 'center', 'right', 'justify'] }),
    TableKit.configure({ table: { resizable: false } }),
    Figure.configure({
      resolveImage: options.resolveImage ?? null,
      missingText: options.missingImageText ?? '',
      importImage: options.importImage ?? null,
      importingText: options.importingImageText ?? '',
      importFailedText: options.importFailedImageText ?? '',
      retryText: options.retryImageText ?? '',
      lazyImages: options.lazyImages ?? false,
    }),
    Figcaption,
    Video.configure({
      resolveVideo: options.media?.resolveVideo ?? null,
      resolveImage: options.resolveImage ?? null,
      texts: options.media?.texts ?? ({} as VideoTexts),
      storePoster: options.media?.storePoster ?? null,
      choosePoster: options.media?.choosePoster ?? null,
    }),
    Gallery.configure({ resolveImage: options.resolveImage ?? null, choosePhotos: options.choosePhotos ?? null, texts: vi.media.gallery }),
    GalleryPhoto.configure({ resolveImage: options.resolveImage ?? null, choosePhotos: null, texts: vi.media.gallery }),
    Infographic.configure({ resolveImage: options.resolveImage ?? null, texts: vi.media.infographic }),
    MediaEmbed.configure(options.media ? { cardText: options.media.embedCard } : {}),
    PasteCleanup.configure({ onImageFiles: options.onImageFiles ?? null, onLegacyConverted: options.onLegacyConverted ?? null }),
    CaretBlock,
    ListTab,
    options.suggestions ? Suggestions.configure(options.suggestions) : Suggestions,
    ...(options.extra ?? []),
    ...(options.collaboration ? [Collaboration.configure(options.collaboration)] : []),
  ];
}

/** Title and sapo: one plain paragraph, the same engine (and later spellcheck) as the body. */
export function lineExtensions(
  options: {
    collaboration?: { document: Y.Doc; field: string };
    extra?: Extensions;
    onLegacyConverted?: (notice: LegacyConversionNotice) => void;
    /** Suggested changes in the line, as in the body (the marks are always in the schema). */
    suggestions?: Partial<SuggestionsOptions>;
  } = {},
): Extensions {
  return [
    StableAttributes,
    ImeGuard,
    PendingSelection,
    LineEndCaret,
    WordUndo,
    RestoredUndo,
    NfdBackspace,
    LineDocument,
    // Paragraph and text only: no formatting marks (only the suggestions' below), no lists, no history of its own.
    StarterKit.configure({
      document: false,
      blockquote: false,
      bold: false,
      bulletList: false,
      code: false,
      codeBlock: false,
      dropcursor: false,
      gapcursor: false,
      hardBreak: false,
      heading: false,
      undoRedo: options.collaboration ? false : undefined,
      horizontalRule: false,
      italic: false,
      listItem: false,
      listKeymap: false,
      link: false,
      orderedList: false,
      strike: false,
      underline: false,
      trailingNode: false,
    }),
    PasteCleanup.configure({ singleLine: true, onLegacyConverted: options.onLegacyConverted ?? null }),
    options.suggestions ? Suggestions.configure(options.suggestions) : Suggestions,
    ...(options.extra ?? []),
    ...(options.collaboration ? [Collaboration.configure(options.collaboration)] : []),
  ];
}
