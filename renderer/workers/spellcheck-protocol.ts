import type { Issue } from '../../common/vietnamese';

/** Messages between the UI and the spellcheck worker. */
export type SpellRequest =
  | { type: 'configure'; userWords: string[]; ignore: string[]; style: 'new' | 'old'; newsroom?: { entries: string[]; words: string[] } }
  | { type: 'check'; id: number; paragraphs: string[] };

export type SpellResponse =
  | { type: 'ready'; loadMs: number }
  | { type: 'checked'; id: number; issues: Issue[][] }
  | { type: 'failed'; id: number; message: string };
