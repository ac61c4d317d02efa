import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** True for a key event that belongs to an input method's composition. */
export function isComposingKey(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}

/**
 * While an input method composes (Vietnamese IMEs on macOS and Linux, or any
 * key Chromium reports as 229), no shortcut, keymap or input rule may see the
 * key. Returning true from `handleDOMEvents.keydown` makes ProseMirror skip
 * its own keydown handling (keymaps, handleKeyDown) without preventing the
 * browser default, so the IME keeps working. Highest priority: it must run
 * before every other extension's handlers.
 */
export const ImeGuard = Extension.create({
  name: 'imeGuard',
  priority: 10_000,
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('imeGuard'),
        props: {
          handleDOMEvents: {
            keydown: (_view, event) => isComposingKey(event),
            keypress: (_view, event) => isComposingKey(event),
          },
        },
      }),
    ];
  },
});
