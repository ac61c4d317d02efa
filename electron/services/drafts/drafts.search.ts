import type { SearchHit, SnippetPart } from '../../../common/api/drafts.api';
import { foldVietnamese, hasDiacritics } from '../../../common/article/fold';
import { foldedQueryWords, markMatches, wordPattern } from '../../../common/article/highlight';
import type { SearchRow } from '../../db/drafts-store';
import { toSummary, type DraftsService } from './drafts.service';

const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 200;
const FIELDS = ['title', 'sapo', 'byline', 'body'] as const;
type Field = (typeof FIELDS)[number];

/** Words of a query, NFC, lower case, in order. */
export function queryWords(query: string): string[] {
  return query
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The FTS5 expression for a query: every folded word must occur; the last
 * one as a prefix (from two letters on), so results follow the typing. A
 * one-letter prefix would match nearly every article and rank them all.
 * Null for an empty query.
 */
export function matchExpression(query: string): string | null {
  const words = foldedQueryWords(query);
  if (words.length === 0) return null;
  const last = words.length - 1;
  return words.map((w, i) => `"${w.replace(/"/g, '""')}"${i === last && w.length >= 2 ? '*' : ''}`).join(' ');
}

export function searchDrafts(
  drafts: DraftsService,
  args: { query: string; view: 'active' | 'trash'; limit: number; status?: string; category?: string; kind?: string },
): { items: SearchHit[] } {
  const match = matchExpression(args.query);
  if (!match) return { items: [] };
  drafts.flushDerived();
  drafts.refreshStale();
  const accented = hasDiacritics(args.query);
  // With accents, fetch more candidates: the exact ones may rank lower in bm25.
  const scope = { trashed: args.view === 'trash', status: args.status, category: args.category, kind: args.kind };
  const candidates = drafts.store.search(match, scope, accented ? args.limit * 2 : args.limit);
  const words = queryWords(args.query);
  const ranked = accented ? rankExactFirst(candidates, words) : candidates;
  const folded = words.map(foldVietnamese);
  return {
    items: ranked.slice(0, args.limit).map((row) => {
      const { field, snippet } = bestSnippet(row, folded);
      return { summary: toSummary(row), field, snippet };
    }),
  };
}

/** Candidates containing every accented word exactly come first; bm25 order within each group. */
function rankExactFirst(rows: SearchRow[], words: string[]): SearchRow[] {
  const exact = (row: SearchRow) => {
    const text = `${row.title}\n${row.sapo}\n${row.byline}\n${row.body_text}`.toLowerCase();
    return words.filter((w) => text.includes(w)).length;
  };
  return rows
    .map((row, order) => ({ row, order, score: exact(row) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((r) => r.row);
}

function fieldText(row: SearchRow, field: Field): string {
  return field === 'body' ? row.body_text : row[field];
}

/**
 * A window of the first field with a hit, in the original (accented) text,
 * every query word in it marked. Folding keeps offsets, so positions found
 * in folded text mark the same characters in the original.
 */
export function bestSnippet(row: SearchRow, foldedWords: string[]): { field: Field; snippet: SnippetPart[] } {
  const pattern = wordPattern(foldedWords);
  for (const field of FIELDS) {
    const text = fieldText(row, field);
    const folded = foldVietnamese(text);
    pattern.lastIndex = 0;
    const first = pattern.exec(folded);
    if (!first) continue;
    const whole = field !== 'body' || text.length <= SNIPPET_LENGTH;
    let start = whole ? 0 : Math.max(0, first.index - SNIPPET_BEFORE);
    let end = whole ? text.length : Math.min(text.length, start + SNIPPET_LENGTH);
    // Do not cut words in half at the window's edges.
    while (start > 0 && /\S/.test(text[start - 1]!)) start--;
    while (end < text.length && /\S/.test(text[end]!)) end++;
    const parts: SnippetPart[] = markMatches(text, pattern, start, end);
    if (start > 0) parts.unshift({ text: '…', hit: false });
    if (end < text.length) parts.push({ text: '…', hit: false });
    return { field, snippet: parts };
  }
  return { field: 'title', snippet: [{ text: row.title, hit: false }] };
}
