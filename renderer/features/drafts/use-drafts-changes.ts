import { useEffect, useState } from 'react';
import { onEvent } from '../../services/client';

/**
 * A number that grows whenever an article changes anywhere (this window,
 * another tab, a restore), at most a few times a second: lists reload on it.
 */
export function useDraftsChanges(articleId?: string): number {
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = onEvent('drafts.changed', (event) => {
      if (articleId && event.id !== articleId) return;
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        setGeneration((g) => g + 1);
      }, 250);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [articleId]);
  return generation;
}
