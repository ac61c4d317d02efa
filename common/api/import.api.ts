import { z } from 'zod';
import { ArticleId } from '../article/model';
import { Base64, method } from './contract';
import { ImageInfo, ImageMime } from './images.api';

/** A file given to `import.file` larger than this is refused (IMPORT_TOO_LARGE). */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

/**
 * How the body HTML of an imported file refers to its pictures:
 * `<img src="toasoan-picture:N">` is `pictures[N]`. The pictures never travel
 * to the UI: `import.file` keeps their bytes in the services (staged under
 * `importId`), and `import.adopt` moves them into the new article's images.
 */
export const IMPORTED_PICTURE_PREFIX = 'toasoan-picture:';

export const LegacyEncodingName = z.enum(['tcvn3', 'vni', 'viqr', 'cp1258']);

/** Bytes the browser host received at `POST /upload`, for one `import.file` (a UUID). */
export const UploadId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/, 'not an upload id');

/** Staged pictures of one `import.file`, until `import.adopt` (a UUID). */
export const ImportId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/, 'not an import id');

/**
 * A Word (.docx) or text (.txt) file read for a new article. No article is
 * touched: the UI creates the article from this, through the same clean-up
 * as a paste; the pictures wait in the services (`importId`) until the UI
 * gives them to the article with `import.adopt`.
 */
export const ImportedFile = z.object({
  kind: z.enum(['docx', 'txt']),
  /** The file's name, kept with the article as where it came from. */
  fileName: z.string(),
  /** The first heading, or the first paragraph when it is all bold; '' when neither. */
  title: z.string(),
  /** The paragraph after the title when it is all bold or all italic; '' otherwise. */
  sapo: z.string(),
  /** Body HTML (headings, lists, tables, bold/italic, links); pictures as `toasoan-picture:N` (see IMPORTED_PICTURE_PREFIX). */
  html: z.string(),
  /** The pictures the HTML refers to, in order (their bytes are staged under `importId`). */
  pictures: z.array(
    z.object({
      mime: ImageMime,
      width: z.number().int().nonnegative(),
      height: z.number().int().nonnegative(),
      bytes: z.number().int().nonnegative(),
      /** Big enough that the editor wants a smaller display copy (made by the UI, as for an inserted picture). */
      displayCopy: z.boolean(),
    }),
  ),
  /** Where the pictures wait for `import.adopt`; null when there are none. */
  importId: ImportId.nullable(),
  /** Footnotes and endnotes, HTML each, in order; the body refers to them as [1], [2] … */
  notes: z.array(z.string()),
  /** Legacy Vietnamese text that was converted to Unicode, if any. */
  legacy: z.object({ encoding: LegacyEncodingName, runs: z.number().int().nonnegative() }).nullable(),
  /** Pictures the editor cannot show (EMF, WMF, TIFF, or not the picture they claim to be) and so left out. */
  skippedImages: z.number().int().nonnegative(),
});
export type ImportedFile = z.infer<typeof ImportedFile>;

export const importMethods = {
  /**
   * Reads a .docx or .txt: its bytes as base64 (`data`), or, in the browser
   * host, the id of the bytes sent as they are to `POST /upload` (`upload`;
   * IMPORT_UPLOAD_GONE when unknown or already read). Refuses what is not
   * one, with IMPORT_NOT_WORD, IMPORT_OLD_WORD (.doc), IMPORT_ENCRYPTED,
   * IMPORT_DAMAGED (truncated), IMPORT_ZIP_BOMB or IMPORT_TOO_LARGE.
   */
  'import.file': method(
    z
      .object({ fileName: z.string().min(1).max(300), data: Base64.optional(), upload: UploadId.optional() })
      .strict()
      .refine((args) => (args.data === undefined) !== (args.upload === undefined), 'give either data or upload'),
    ImportedFile,
  ),
  /**
   * Gives the staged pictures of an `import.file` to an article, as its
   * images (new ids, originals byte for byte), in the order of `pictures`.
   * IMAGE_NOT_FOUND when the import id is unknown (already adopted, or swept).
   */
  'import.adopt': method(z.object({ importId: ImportId, articleId: ArticleId }).strict(), z.object({ images: z.array(ImageInfo) })),
};
