/// <reference lib="webworker" />
import { createSpellchecker, type VietnameseSpellchecker } from '../../common/vietnamese';
import type { SpellRequest, SpellResponse } from './spellcheck-protocol';

/**
 * The Vietnamese spellchecker, off the UI thread. The engine's data loads
 * once; a new configuration (user dictionary, ignore list, house style)
 * rebuilds the checker, which is cheap next to typing pauses.
 */
declare const self: DedicatedWorkerGlobalScope;

let checker: VietnameseSpellchecker | null = null;
let ignore: string[] = [];

function post(message: SpellResponse) {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<SpellRequest>) => {
  const request = event.data;
  if (request.type === 'configure') {
    const started = performance.now();
    checker = createSpellchecker({ userWords: request.userWords, style: request.style, ...(request.newsroom ? { newsroom: request.newsroom } : {}) });
    ignore = request.ignore;
    post({ type: 'ready', loadMs: performance.now() - started });
    return;
  }
  try {
    checker ??= createSpellchecker();
    // All of a request's paragraphs in one pass (the same issues as one call each; an article's first check is faster).
    const issues = checker.checkParagraphs(request.paragraphs, { ignore });
    post({ type: 'checked', id: request.id, issues });
  } catch (error) {
    post({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
};
