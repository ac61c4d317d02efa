import type { Issue } from '../../common/vietnamese';

/** Messages between the UI and the spellcheck worker. */
export type SpellRequest =
  | { type: 'configure'; userWords: string[]; ignore: string[]; style: 'new' | 'old'; newsroom?: { entries: string[]; words: string[] } }
  | { type: 'check'; id: number; paragraphs: string[] }
  /** While the app is idle: load the engine (if not configured yet) and check its warm-up text `rounds` times. */
  | { type: 'warm'; rounds: number };

export type SpellResponse =
  | { type: 'ready'; loadMs: number }
  /** The idle warm-up ended (`rounds` run; fewer when a check came first). */
  | { type: 'warmed'; rounds: number; ms: number }
  | { type: 'checked'; id: number; issues: Issue[][] }
  | { type: 'failed'; id: number; message: string };
