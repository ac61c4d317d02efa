import { useEffect, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/core';
import * as Y from 'yjs';
import { META_MAP, metaKeys } from '../../../common/article/layout';
import type { Settings } from '../../../common/api/settings.api';
import type { ParagraphChecker, SpellIssue, SpellTarget } from '../../editor/extensions/spellcheck/spellcheck';
import { call, onEvent } from '../../services/client';
import { SpellcheckWorkerClient } from './spellcheck-worker-client';
import { caseSuggestion } from './suggestion-case';
import { paragraphText } from '../../editor/extensions/spellcheck/paragraph-text';

let sharedWorker: SpellcheckWorkerClient | null = null;
function worker(): SpellcheckWorkerClient {
  sharedWorker ??= new SpellcheckWorkerClient();
  return sharedWorker;
}

/** Warm-up rounds the worker runs at app idle (the engine's own load runs 3). */
const IDLE_WARM_UP_ROUNDS = 30;

/**
 * Called once while the app is idle after start: when spellchecking is on, the worker is
 * created, configured as the first article's editor will configure it (the ignore list is
 * per article and does not rebuild the checker) and warmed up, so that opening the first
 * article does not wait for the engine's load and the JIT. See docs/spellcheck.md.
 */
export async function prewarmSpellcheck(): Promise<void> {
  const [settings, newsroom] = await Promise.all([
    call('settings.get', {}),
    call('spellLearn.lexicon', {}).catch(() => ({ entries: [], words: [] })),
  ]);
  if (!settings.spellcheck) return;
  worker().configure({ userWords: settings.userDictionary, ignore: [], style: settings.toneStyle, newsroom: { entries: newsroom.entries, words: newsroom.words } });
  worker().warm(IDLE_WARM_UP_ROUNDS);
}

export interface SpellcheckController {
  /** Give this to every editor's Spellcheck extension. */
  checker: ParagraphChecker;
  target: (SpellTarget & { editor: Editor }) | null;
  open(editor: Editor, target: SpellTarget): void;
  close(): void;
  apply(suggestion: string): void;
  addToDictionary(): Promise<void>;
  ignoreInArticle(): void;
  /** "Bỏ qua": this occurrence only (while the article is open). */
  ignoreOnce(): void;
  /** Editors to re-check when the dictionary or the settings change. */
  register(editors: Array<Editor | null>): void;
}

function ignoreListOf(doc: Y.Doc): string[] {
  const value = doc.getMap(META_MAP).get(metaKeys.spellIgnore);
  return Array.isArray(value) ? value.filter((w): w is string => typeof w === 'string') : [];
}

/** The suggestions cased for where the word stands (sentence start, a name: suggestion-case.ts). */
function casedSuggestions(editor: Editor, target: SpellTarget): string[] {
  const $from = editor.state.doc.resolve(target.from);
  if (!$from.parent.isTextblock) return target.issue.suggestions;
  const start = target.from - $from.start();
  const text = paragraphText($from.parent);
  return [...new Set(target.issue.suggestions.map((s) => caseSuggestion(s, text, start, start + (target.to - target.from))))];
}

/**
 * Spellchecking for one open article: the shared worker configured with the
 * newsroom's dictionary and house style, the article's ignore list (kept in
 * its Y.Doc, so it travels with the article), and the suggestion menu state.
 */
export function useSpellcheck(doc: Y.Doc): SpellcheckController {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [target, setTarget] = useState<SpellcheckController['target']>(null);
  const [ignore, setIgnore] = useState<string[]>(() => ignoreListOf(doc));
  const editors = useMemo(() => ({ list: [] as Editor[] }), []);

  useEffect(() => {
    void call('settings.get', {}).then(setSettings, () => {});
    return onEvent('settings.changed', setSettings);
  }, []);

  // The newsroom's words learnt from its published articles (Settings › Học từ bài đã đăng).
  const [newsroom, setNewsroom] = useState<{ entries: string[]; words: string[] } | null>(null);
  useEffect(() => {
    void call('spellLearn.lexicon', {}).then(setNewsroom, () => setNewsroom({ entries: [], words: [] }));
    return onEvent('spellLearn.changed', setNewsroom);
  }, []);

  useEffect(() => {
    const meta = doc.getMap(META_MAP);
    const observer = () => setIgnore(ignoreListOf(doc));
    meta.observe(observer);
    return () => meta.unobserve(observer);
  }, [doc]);

  const enabled = settings?.spellcheck ?? false;
  useEffect(() => {
    if (!settings || !newsroom) return;
    worker().configure({ userWords: settings.userDictionary, ignore, style: settings.toneStyle, newsroom: { entries: newsroom.entries, words: newsroom.words } });
    for (const editor of editors.list) if (!editor.isDestroyed) editor.commands.recheckSpelling();
  }, [settings, ignore, editors, newsroom]);

  const enabledRef = useMemo(() => ({ current: false }), []);
  enabledRef.current = enabled;
  const checker = useMemo<ParagraphChecker>(
    () => ({
      check: (paragraphs) =>
        enabledRef.current ? worker().check(paragraphs) : Promise.resolve(paragraphs.map((): SpellIssue[] => [])),
    }),
    [enabledRef],
  );

  return {
    checker,
    target,
    open: (editor, t) => setTarget({ ...t, issue: { ...t.issue, suggestions: casedSuggestions(editor, t) }, editor }),
    close: () => setTarget(null),
    apply(suggestion) {
      if (!target) return;
      target.editor.chain().focus().applySpellSuggestion(target.from, target.to, suggestion).run();
      setTarget(null);
    },
    async addToDictionary() {
      if (!target || !settings) return;
      const word = target.issue.text.normalize('NFC');
      setTarget(null);
      if (settings.userDictionary.includes(word)) return;
      await call('settings.set', { patch: { userDictionary: [...settings.userDictionary, word] } });
    },
    ignoreOnce() {
      if (!target) return;
      target.editor.chain().focus().ignoreSpellingOnce(target.from, target.to).run();
      setTarget(null);
    },
    ignoreInArticle() {
      if (!target) return;
      const word = target.issue.text.normalize('NFC');
      const list = ignoreListOf(doc);
      if (!list.includes(word)) doc.getMap(META_MAP).set(metaKeys.spellIgnore, [...list, word]);
      setTarget(null);
    },
    register(list) {
      editors.list = list.filter((e): e is Editor => e !== null);
    },
  };
}
