import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { wordTarget } from '../../../common/article/length-limits';
import type { Counts } from '../../../common/article/word-count';
import type { WordTargets } from '../../../common/api/settings.api';
import { call, onEvent } from '../../services/client';
import { vi } from '../../i18n/vi';
import { useLiveText, type LiveValue } from './live-value';
import { useMeta } from './use-meta';

const t = vi.writing.target;

/**
 * The word target of the article's kind (Settings › Chung) as a progress bar
 * in the status bar. The words come from the same live count as the status
 * bar's, written into the DOM without a React commit.
 */
export function WordTargetBar({ doc, counts }: { doc: Y.Doc; counts: LiveValue<Counts | null> }) {
  const [{ kind }] = useMeta(doc);
  const [targets, setTargets] = useState<WordTargets>({});
  useEffect(() => {
    call('settings.get', {}).then((s) => setTargets(s.wordTargets), () => setTargets({}));
    return onEvent('settings.changed', (s) => setTargets(s.wordTargets));
  }, []);
  const target = wordTarget(targets, kind);
  const words = (c: Counts | null) => c?.words ?? 0;
  const barRef = useLiveText(counts, (c) => {
    const n = words(c);
    const percent = target ? Math.min(100, Math.round((n / target) * 100)) : 0;
    return {
      text: '',
      attributes: {
        'aria-valuenow': String(Math.min(n, target ?? 0)),
        'aria-valuetext': target ? t.progress(n, target) : '',
        style: `--progress: ${percent}%`,
        'data-reached': String(target !== null && n >= target),
      },
    };
  });
  const textRef = useLiveText(counts, (c) => ({ text: target ? `${t.progress(words(c), target)}${words(c) >= target ? ` · ${t.reached}` : ''}` : '' }));
  if (target === null) return null;
  return (
    // Keyed by the target: a new target mounts new elements, written at once.
    <span className="word-target" data-testid="word-target" key={target}>
      <span
        ref={barRef}
        role="progressbar"
        className="word-target-bar"
        aria-label={t.label(vi.editor.kinds[kind])}
        aria-valuemin={0}
        aria-valuemax={target}
        data-testid="word-target-bar"
      />
      <span ref={textRef} data-testid="word-target-text" />
    </span>
  );
}
