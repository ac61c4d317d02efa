import { useLayoutEffect, useRef } from 'react';
import type { LiveValue } from './save-state-store';

/**
 * Keeps an element's text (and optional attributes) in step with a live
 * value by writing to the DOM directly, without a React commit (see
 * LiveValue for why that matters while typing). Returns the ref to attach.
 */
export function useLiveText<T, E extends HTMLElement = HTMLSpanElement>(
  live: LiveValue<T>,
  render: (value: T) => { text: string; attributes?: Record<string, string> },
) {
  const ref = useRef<E>(null);
  const renderRef = useRef(render);
  renderRef.current = render;
  useLayoutEffect(() => {
    const write = () => {
      const el = ref.current;
      if (!el) return;
      const { text, attributes } = renderRef.current(live.get());
      if (el.textContent !== text) el.textContent = text;
      for (const [name, value] of Object.entries(attributes ?? {})) {
        if (el.getAttribute(name) !== value) el.setAttribute(name, value);
      }
    };
    write();
    return live.subscribe(write);
  }, [live]);
  return ref;
}
