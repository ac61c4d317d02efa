/// <reference lib="webworker" />
import { createSpellchecker, type VietnameseSpellchecker } from '../../common/vietnamese';
import type { SpellRequest, SpellResponse } from './spellcheck-protocol';

/**
 * The Vietnamese spellchecker, off the UI thread. The engine's data loads
 * once; a new configuration (user dictionary, newsroom words, house style)
 * rebuilds the checker, which is cheap next to typing pauses. The ignore list
 * is applied per check, so a new one (another article, "Bỏ qua trong bài")
 * keeps the checker and its caches.
 *
 * The app asks for the engine while it is idle after start (`warm`, see
 * prewarmSpellcheck in use-spellcheck.ts): the data is loaded and the checker
 * compiled by the JIT before the user opens the first article. The warm-up
 * rounds run one per task, so a request that arrives meanwhile waits for one
 * round at most, and they stop at the first real check.
 */
declare const self: DedicatedWorkerGlobalScope;

let checker: VietnameseSpellchecker | null = null;
/** The configuration `checker` was built with (null: the default one, built without a configure). */
let configured: string | null = null;
let ignore: string[] = [];
let checked = false;

function post(message: SpellResponse) {
  self.postMessage(message);
}

function warmRound(left: number, done: number, ms: number): void {
  if (left <= 0 || checked || !checker) {
    post({ type: 'warmed', rounds: done, ms });
    return;
  }
  const started = performance.now();
  checker.warmUp(1);
  const spent = performance.now() - started;
  setTimeout(() => warmRound(left - 1, done + 1, ms + spent), 0);
}

self.onmessage = (event: MessageEvent<SpellRequest>) => {
  const request = event.data;
  if (request.type === 'configure') {
    ignore = request.ignore;
    const key = JSON.stringify([request.userWords, request.style, request.newsroom ?? null]);
    if (checker && key === configured) {
      post({ type: 'ready', loadMs: 0 });
      return;
    }
    const started = performance.now();
    checker = createSpellchecker({ userWords: request.userWords, style: request.style, ...(request.newsroom ? { newsroom: request.newsroom } : {}) });
    configured = key;
    post({ type: 'ready', loadMs: performance.now() - started });
    return;
  }
  if (request.type === 'warm') {
    checker ??= createSpellchecker();
    warmRound(request.rounds, 0, 0);
    return;
  }
  try {
    checked = true;
    checker ??= createSpellchecker();
    // All of a request's paragraphs in one pass (the same issues as one call each; an article's first check is faster).
    const issues = checker.checkParagraphs(request.paragraphs, { ignore });
    post({ type: 'checked', id: request.id, issues });
  } catch (error) {
    post({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
};
