import { useEffect, useRef } from 'react';
import type { Editor } from '@tiptap/core';
import { lengthLimits, lengthState, type LengthField } from '../../../common/article/length-limits';
import { vi } from '../../i18n/vi';
import { useFieldChars } from './counts';
import { useLiveText } from './live-value';

const t = vi.writing.counters;

/**
 * "45/100 ký tự" under the title or the sapo, in the warning style past the
 * field's limit (common/article/length-limits.ts). Screen readers hear it
 * only when the field goes over the limit or comes back under, politely, not
 * on every keystroke; the count itself is the field's description.
 */
export function LengthCounter({ editor, field }: { editor: Editor | null; field: LengthField }) {
  const chars = useFieldChars(editor);
  const { recommended, max } = lengthLimits[field];
  const counterRef = useLiveText(chars, (n) => ({ text: t.chars(n, max), attributes: { 'data-state': lengthState(field, n) } }));
  const announce = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let last = lengthState(field, chars.get());
    return chars.subscribe(() => {
      const state = lengthState(field, chars.get());
      if (state === last || !announce.current) return;
      last = state;
      if (field === 'title') announce.current.textContent = state === 'over' ? t.titleOver(max) : t.titleBack;
      else announce.current.textContent = state === 'over' ? t.sapoOver(max) : t.sapoBack;
    });
  }, [chars, field, max]);
  return (
    <div className="length-counter">
      <span id={`length-${field}`} ref={counterRef} data-testid={`length-${field}`} title={field === 'title' ? t.titleHint(recommended, max) : t.sapoHint(recommended, max)} />
      <span ref={announce} className="visually-hidden" aria-live="polite" data-testid={`length-${field}-announce`} />
    </div>
  );
}
