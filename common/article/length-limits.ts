import type { ArticleKind } from './model';

/**
 * How long a title and a sapo should be, in characters (spaces included,
 * see countChars). No Vietnamese rule or portal standard fixes these
 * numbers: they follow common search-engine practice, honestly approximate.
 * Search results show about 60–70 characters of a title and cut a description
 * (the portal sends the sapo as one) at about 155–160; Vietnamese news sites
 * keep a sapo to one to three sentences, about 160–300 characters. The
 * counter warns past `max`; nothing is ever cut or refused.
 */
export const lengthLimits = {
  /** Past 70 a search result shows the title cut short; 100 is where the counter warns. */
  title: { recommended: 70, max: 100 },
  /** A sapo that fits a search snippet is ~160; past 300 it is more than a lead. */
  sapo: { recommended: 160, max: 300 },
} as const;

export type LengthField = keyof typeof lengthLimits;

export type LengthState = 'ok' | 'over';

export function lengthState(field: LengthField, chars: number): LengthState {
  return chars > lengthLimits[field].max ? 'over' : 'ok';
}

/** The word target of one kind, or null when none is set (0 or absent). */
export function wordTarget(targets: Partial<Record<ArticleKind, number>>, kind: ArticleKind): number | null {
  const target = targets[kind];
  return target && target > 0 ? target : null;
}
