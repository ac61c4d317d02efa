import { useEffect, useRef, useState } from 'react';
import { call, onEvent } from '../../../services/client';
import { DEFAULT_PRINT_LAYOUT, versionNumber, type ArticleStamp, type PrintLayout } from './page-layout';

/**
 * The reader's choice of line numbers and notes margin, kept in Settings so
 * the next print preview and Word export start with it. A failed save keeps
 * the choice for this session (the paper still comes out as asked).
 */
export function usePrintLayout(): [PrintLayout, (next: PrintLayout) => void] {
  const [layout, setLayout] = useState<PrintLayout>(DEFAULT_PRINT_LAYOUT);
  // Saves of our own still under way: their echoes (settings.changed) would undo a later click.
  const saving = useRef(0);
  useEffect(() => {
    let live = true;
    call('settings.get', {}).then(
      (s) => live && saving.current === 0 && setLayout(s.printLayout),
      () => undefined,
    );
    const off = onEvent('settings.changed', (s) => saving.current === 0 && setLayout(s.printLayout));
    return () => {
      live = false;
      off();
    };
  }, []);
  const change = (next: PrintLayout) => {
    setLayout(next);
    saving.current++;
    call('settings.set', { patch: { printLayout: next } })
      .catch((error: unknown) => console.error('print layout not saved', error))
      .finally(() => saving.current--);
  };
  return [layout, change];
}

/** The current settings' layout, for an export started outside the preview. */
export async function savedPrintLayout(): Promise<PrintLayout> {
  try {
    return (await call('settings.get', {})).printLayout;
  } catch {
    return DEFAULT_PRINT_LAYOUT;
  }
}

/** Status, last change and version number of the article, for the header; null when the service cannot say. */
export async function loadStamp(articleId: string): Promise<ArticleStamp | null> {
  try {
    const [summary, versions] = await Promise.all([call('drafts.get', { id: articleId }), call('drafts.versions', { id: articleId })]);
    return { status: summary.status, updatedAt: summary.updatedAt, version: versionNumber(summary.updatedAt, versions) };
  } catch {
    return null;
  }
}
