import { useCallback, useLayoutEffect, useRef, useSyncExternalStore } from 'react';

/**
 * A value that changes while the user types (save state, counts), kept
 * outside React's tree.
 *
 * Why not React state: every React commit, anywhere in the window, first
 * records the selection of the focused element, and for a contenteditable
 * React does it by walking the DOM from the editor's start to the caret. In
 * the middle of a 20,000-word article that walk costs more than the keystroke
 * itself, so nothing may commit while someone types. Text that changes on the
 * typing path is written straight into its element (see useLiveText).
 */
export class LiveValue<T> {
  private readonly listeners = new Set<() => void>();
  constructor(private value: T) {}
  set = (value: T): void => {
    this.value = value;
    for (const listener of this.listeners) listener();
  };
  get = (): T => this.value;
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/**
 * Re-renders only when `select` gives a different primitive (e.g. the save
 * state's kind), not on every change of the value.
 */
export function useLiveSelect<T, S extends string | number | boolean | null>(live: LiveValue<T>, select: (value: T) => S): S {
  return useSyncExternalStore(live.subscribe, () => select(live.get()));
}

/**
 * Keeps an element's text (and optional attributes) in step with a live
 * value by writing to the DOM directly, without a React commit (see
 * LiveValue for why that matters while typing). Returns a callback ref to
 * attach: an element that appears later (moved into a portal, say) is
 * written at once, not only on the value's next change.
 */
export function useLiveText<T, E extends HTMLElement = HTMLSpanElement>(
  live: LiveValue<T>,
  render: (value: T) => { text: string; attributes?: Record<string, string> },
): (element: E | null) => void {
  const ref = useRef<E | null>(null);
  const renderRef = useRef(render);
  renderRef.current = render;
  const write = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const { text, attributes } = renderRef.current(live.get());
    if (el.textContent !== text) el.textContent = text;
    for (const [name, value] of Object.entries(attributes ?? {})) {
      if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    }
  }, [live]);
  useLayoutEffect(() => {
    write();
    return live.subscribe(write);
  }, [live, write]);
  return useCallback(
    (element: E | null) => {
      ref.current = element;
      write();
    },
    [write],
  );
}
