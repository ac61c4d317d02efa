import { Editor } from '@tiptap/core';
import { bodyExtensions, type BodyOptions } from './extensions';

/** A real body editor in the test DOM (happy-dom), attached to the document so events reach it. */
export function makeBodyEditor(html = '', options: BodyOptions = {}): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  return new Editor({ element, extensions: bodyExtensions(options), content: html });
}

export function keydown(editor: Editor, init: KeyboardEventInit & { keyCode?: number }): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  if (init.keyCode !== undefined) Object.defineProperty(event, 'keyCode', { value: init.keyCode });
  editor.view.dom.dispatchEvent(event);
  return event;
}
