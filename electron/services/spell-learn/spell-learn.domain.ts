/**
 * "Học từ bài đã đăng": the spellchecker learns the newsroom's words from its
 * published articles (common/vietnamese/newsroom-words.ts does the learning;
 * this service finds the texts and keeps the counts). Sources:
 * - the portal's published posts (WordPress; other kinds cannot list posts);
 * - the articles approved, sent or published in the app. Those of the
 *   newsroom hub are among them: the sync keeps every article this computer
 *   may see in its own database, and the hub has no route that serves article
 *   text, so there is nothing else to ask it;
 * - a folder of .docx/.txt files (with its sub-folders).
 * Each text is learnt once (its id is remembered), so running it again, or
 * after each publication (`learnArticle`, called when the outbox sent one),
 * only adds what is new. The counts live in the data folder
 * (newsroom-lexicon.json, written atomically); a damaged file is set aside
 * and learning starts again rather than failing every check.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ServiceError, isErrorCode, type ErrorCode } from '../../../common/api/errors';
import type { LearnSource, NewsroomLexiconView, spellLearnMethods } from '../../../common/api/spell-learn.api';
import { deriveArticle } from '../../../common/article/derive';
import { MAX_IMPORT_BYTES } from '../../../common/api/import.api';
import {
  countNewsroomText, createSpellchecker, emptyCounts, pruneCounts, selectNewsroomWords,
  type NewsroomCounts, type NewsroomKnowledge, type NewsroomWords,
} from '../../../common/vietnamese';
import type { Domain, ServiceContext } from '../context';
import type { DraftsService } from '../drafts/drafts.service';
import { writeFileAtomic } from '../fs-atomic';
import { readDocx } from '../import/docx';
import { readTextFile } from '../import/text-file';
import { portalKinds } from '../portal/adapters';
import { PortalSettings } from '../portal/portal-settings';
import { readPublishedTexts } from '../portal/wordpress/published-texts';
import { wordpressPortal } from '../portal/wordpress/wordpress-portal';
import { htmlToText } from './html-text';

export const LEXICON_FILE = 'newsroom-lexicon.json';
const LEARNT_STATUSES = ['approved', 'submitted', 'published'] as const;

const Stored = z.object({
  version: z.literal(1),
  counts: z.object({ names: z.record(z.string(), z.number()), pairs: z.record(z.string(), z.number()), words: z.record(z.string(), z.number()) }),
  /** Ids of the texts learnt: `portal:<site>#<post>`, `article:<id>`, `file:<path>:<size>:<mtime>`. */
  seen: z.array(z.string()),
  learntAt: z.string().nullable(),
});
type Stored = z.infer<typeof Stored>;

export interface SpellLearnOptions {
  drafts: DraftsService;
  /** Per request to the portal. */
  timeoutMs?: number;
}

export interface SpellLearnDomain extends Domain<keyof typeof spellLearnMethods> {
  /** Learn one article of this computer (after the outbox sent it); never throws. */
  learnArticle(articleId: string): Promise<void>;
  /** The words the checker takes now. */
  words(): NewsroomWords;
}

export function createSpellLearnDomain(ctx: ServiceContext, options: SpellLearnOptions): SpellLearnDomain {
  const path = join(ctx.dataDir, LEXICON_FILE);
  const portal = new PortalSettings(ctx, portalKinds, options.timeoutMs);
  let state = load(path);
  let selected: NewsroomWords | null = null;
  let knowledge: NewsroomKnowledge | null = null;
  // One learning at a time: a publication during a run waits for it.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => {});
    return next;
  };

  const known = (): NewsroomKnowledge => {
    // The built-in engine only: what was learnt must not hide what it is learnt from.
    if (!knowledge) {
      const checker = createSpellchecker();
      knowledge = { isKnownWord: (w) => checker.isKnownSyllable(w), isKnownPair: (a, b) => checker.isKnownPair(a, b) };
    }
    return knowledge;
  };
  const seen = new Set(state.seen);
  const learn = (id: string, text: string): boolean => {
    if (seen.has(id)) return false;
    countNewsroomText(state.counts, text, known());
    seen.add(id);
    return true;
  };
  const words = (): NewsroomWords => (selected ??= selectNewsroomWords(state.counts));
  const view = (): NewsroomLexiconView => ({ ...words(), articles: seen.size, learntAt: state.learntAt });
  const save = () => {
    pruneCounts(state.counts);
    state = { ...state, seen: [...seen], learntAt: new Date().toISOString() };
    selected = null;
    try {
      writeFileAtomic(path, JSON.stringify(state));
    } catch (error) {
      throw new ServiceError('SETTINGS_WRITE_FAILED', `${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    ctx.emit('spellLearn.changed', view());
  };
  const progress = (source: LearnSource, done: number, total: number | null) => ctx.emit('spellLearn.progress', { source, done, total });

  async function fromPortal(): Promise<{ learnt: number; skipped: number }> {
    const chosen = portal.choose();
    // Only WordPress lists its posts; a folder portal holds what the app sent, which the articles source covers.
    if (chosen.kind !== wordpressPortal) return { learnt: 0, skipped: 0 };
    await portal.ensureChecked(chosen);
    let learnt = 0;
    let skipped = 0;
    const { url, username, password, timeoutMs } = chosen.connection;
    await readPublishedTexts({ url, username, applicationPassword: password, ...(timeoutMs ? { timeoutMs } : {}) }, (posts) => {
      for (const post of posts) {
        if (learn(`portal:${chosen.siteKey}#${post.id}`, htmlToText(post.html))) learnt++;
        else skipped++;
      }
      progress('portal', learnt + skipped, null);
    });
    return { learnt, skipped };
  }

  function articleText(id: string): string {
    const a = deriveArticle(options.drafts.article(id).doc);
    return [a.title, a.sapo, a.body].join('\n');
  }

  function fromArticles(): { learnt: number; skipped: number } {
    const ids: string[] = [];
    for (const status of LEARNT_STATUSES) {
      for (let offset = 0; ; offset += 500) {
        const { rows } = options.drafts.store.list({ trashed: false, status, sort: 'created', direction: 'asc', limit: 500, offset });
        ids.push(...rows.map((r) => r.id));
        if (rows.length < 500) break;
      }
    }
    let learnt = 0;
    let skipped = 0;
    ids.forEach((id, i) => {
      if (learn(`article:${id}`, articleText(id))) learnt++;
      else skipped++;
      if (i % 20 === 19 || i === ids.length - 1) progress('articles', i + 1, ids.length);
    });
    return { learnt, skipped };
  }

  async function fromFolder(folder: string): Promise<{ learnt: number; skipped: number }> {
    let files: string[];
    try {
      if (!statSync(folder).isDirectory()) throw new Error('not a folder');
      files = listFiles(folder);
    } catch (error) {
      throw new ServiceError('FILE_UNREADABLE', `${folder}: ${error instanceof Error ? error.message : String(error)}`);
    }
    let learnt = 0;
    let skipped = 0;
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      const st = statSync(file);
      const id = `file:${file}:${st.size}:${Math.round(st.mtimeMs)}`;
      if (seen.has(id) || st.size > MAX_IMPORT_BYTES) {
        skipped++;
      } else {
        try {
          const bytes = readFileSync(file);
          const read = /\.txt$/i.test(file) ? readTextFile(file, bytes) : await readDocx(file, bytes, async () => null);
          learn(id, [read.title, read.sapo, htmlToText(read.html)].join('\n'));
          learnt++;
        } catch {
          // A damaged or old-format file is skipped; the others are still learnt.
          skipped++;
        }
      }
      progress('folder', i + 1, files.length);
    }
    return { learnt, skipped };
  }

  const problemOf = (error: unknown): ErrorCode => {
    if (error instanceof ServiceError && isErrorCode(error.code)) return error.code;
    console.error('spell-learn: a source failed', error);
    return 'INTERNAL';
  };

  return {
    handlers: {
      'spellLearn.run': (request) =>
        serial(async () => {
          const sources = [];
          const plan: Array<[LearnSource, () => Promise<{ learnt: number; skipped: number }> | { learnt: number; skipped: number }]> = [];
          if (request.portal) plan.push(['portal', fromPortal]);
          if (request.articles) plan.push(['articles', fromArticles]);
          if (request.folder) plan.push(['folder', () => fromFolder(request.folder!)]);
          for (const [source, read] of plan) {
            progress(source, 0, null);
            try {
              sources.push({ source, ...(await read()), problem: null });
            } catch (error) {
              sources.push({ source, learnt: 0, skipped: 0, problem: problemOf(error) });
            }
          }
          save();
          return { sources, lexicon: view() };
        }),
      'spellLearn.lexicon': () => view(),
    },
    learnArticle: (articleId) =>
      serial(async () => {
        try {
          if (learn(`article:${articleId}`, articleText(articleId))) save();
        } catch (error) {
          console.error(`spell-learn: learning ${articleId} failed`, error);
        }
      }),
    words,
    close: () => queue.then(() => {}),
  };
}

function load(path: string): Stored {
  const empty: Stored = { version: 1, counts: emptyCounts() as NewsroomCounts, seen: [], learntAt: null };
  if (!existsSync(path)) return empty;
  try {
    return Stored.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    // Set aside, not deleted: someone may want to look at it.
    console.error(`spell-learn: ${path} is unreadable; starting again`, error);
    try {
      renameSync(path, `${path}.damaged-${Date.now()}`);
    } catch {
      // unreadable and immovable (a read-only folder): start from nothing in memory
    }
    return empty;
  }
}

function listFiles(folder: string, depth = 0): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(folder, entry.name);
    if (entry.isDirectory() && depth < 5) out.push(...listFiles(full, depth + 1));
    else if (entry.isFile() && /\.(docx|txt)$/i.test(entry.name) && !entry.name.startsWith('~$')) out.push(full);
  }
  return out;
}
