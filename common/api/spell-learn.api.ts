import { z } from 'zod';
import { method } from './contract';
import { errorCodes } from './errors';

/**
 * "Học từ bài đã đăng": the spellchecker learns the newsroom's own words
 * (local names, collocations, units) from its published articles and keeps
 * them in the data folder (newsroom-lexicon.json); every editor checks with
 * them. Sources: the portal's published posts, the articles approved or
 * published in the app (which include the hub's, synced to this computer),
 * and a folder of .docx/.txt files. Each article is learnt once.
 */
export const LearnSource = z.enum(['portal', 'articles', 'folder']);
export type LearnSource = z.infer<typeof LearnSource>;

export const LearnRequest = z
  .object({
    portal: z.boolean().default(true),
    articles: z.boolean().default(true),
    /** A folder of .docx/.txt files (read with its sub-folders), or null. */
    folder: z.string().max(1000).nullable().default(null),
  })
  .strict();

export const LearnSourceReport = z.object({
  source: LearnSource,
  /** Texts read now (articles learnt before are skipped). */
  learnt: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  /** Why this source could not be read (the others still were), or null. */
  problem: z.enum(errorCodes).nullable(),
});

export const NewsroomLexiconView = z.object({
  /** Learnt names and collocations, and accepted words. */
  entries: z.array(z.string()),
  words: z.array(z.string()),
  /** Articles learnt from, all sources together. */
  articles: z.number().int().nonnegative(),
  /** When it last learnt, UTC ISO, or null. */
  learntAt: z.string().nullable(),
});
export type NewsroomLexiconView = z.infer<typeof NewsroomLexiconView>;

export const LearnProgress = z.object({
  source: LearnSource,
  /** Texts handled so far in this source, and how many there are (null while not known). */
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().nullable(),
});

export const spellLearnMethods = {
  /** Learns from the chosen sources; progress arrives as `spellLearn.progress`. */
  'spellLearn.run': method(LearnRequest, z.object({ sources: z.array(LearnSourceReport), lexicon: NewsroomLexiconView })),
  /** What the checker uses now. */
  'spellLearn.lexicon': method(z.object({}).strict(), NewsroomLexiconView),
};

export const spellLearnEvents = {
  'spellLearn.progress': LearnProgress,
  /** After learning (by hand or when an article was published): editors check again with these words. */
  'spellLearn.changed': NewsroomLexiconView,
};
