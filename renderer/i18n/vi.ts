import { errors } from './sections/errors';
import { shell } from './sections/shell';
import { settings } from './sections/settings';
import { portal } from './sections/portal';
import { editor } from './sections/editor';
import { spellcheck } from './sections/spellcheck';
import { review } from './sections/review';
import { drafts } from './sections/drafts';
import { newsroom } from './sections/newsroom';
import { importing } from './sections/import';
import { stats } from './sections/stats';
import { a11y } from './sections/a11y';
import { writing } from './sections/writing';
import { find } from './sections/find';
import { keys } from './sections/keys';
import { docExport } from './sections/export';
import { media } from './sections/media';
import { channels } from './sections/channels';

/**
 * The one catalogue of everything the user reads. Each screen keeps its
 * section in ./sections so its wording is reviewed in one place.
 */
export const vi = {
  errors,
  shell,
  settings,
  portal,
  editor,
  spellcheck,
  review,
  drafts,
  newsroom,
  importing,
  stats,
  a11y,
  writing,
  find,
  keys,
  docExport,
  media,
  channels,
};

export type Catalogue = typeof vi;

/** The Vietnamese message for an error thrown by the client. */
export function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code: string }).code;
    if (code in errors) return errors[code as keyof typeof errors];
  }
  return errors.INTERNAL;
}
