import { z } from 'zod';
import { Base64, method } from './contract';
import { ImageMime } from './images.api';

/** A file given to `import.file` larger than this is refused (IMPORT_TOO_LARGE). */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

/**
 * How the body HTML of an imported file refers to its pictures:
 * `<img src="toasoan-picture:N">` is `pictures[N]`. The pictures travel beside
 * the HTML, not inside it as data: addresses, so that a 100-page file with 30
 * photos is not a 14 MB string to parse and clean.
 */
export const IMPORTED_PICTURE_PREFIX = 'toasoan-picture:';

export const LegacyEncodingName = z.enum(['tcvn3', 'vni', 'viqr', 'cp1258']);

/**
 * A Word (.docx) or text (.txt) file read for a new article. Nothing is
 * stored: the UI creates the article from this, through the same clean-up
 * as a paste, and stores the pictures with it as pasted pictures are.
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
  /** The pictures the HTML refers to, in order. */
  pictures: z.array(z.object({ mime: ImageMime, data: Base64 })),
  /** Footnotes and endnotes, HTML each, in order; the body refers to them as [1], [2] … */
  notes: z.array(z.string()),
  /** Legacy Vietnamese text that was converted to Unicode, if any. */
  legacy: z.object({ encoding: LegacyEncodingName, runs: z.number().int().nonnegative() }).nullable(),
  /** Pictures the editor cannot show (EMF, WMF, TIFF …) and so left out. */
  skippedImages: z.number().int().nonnegative(),
});
export type ImportedFile = z.infer<typeof ImportedFile>;

export const importMethods = {
  /**
   * Reads a .docx or .txt (its bytes, base64). Refuses what is not one, with
   * IMPORT_NOT_WORD, IMPORT_OLD_WORD (.doc), IMPORT_ENCRYPTED, IMPORT_DAMAGED
   * (truncated), IMPORT_ZIP_BOMB or IMPORT_TOO_LARGE.
   */
  'import.file': method(
    z.object({ fileName: z.string().min(1).max(300), data: Base64 }).strict(),
    ImportedFile,
  ),
};
