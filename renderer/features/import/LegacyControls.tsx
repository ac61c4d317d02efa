import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import { LEGACY_ENCODINGS, type LegacyEncoding } from '../../../common/vietnamese/legacy';
import { vi } from '../../i18n/vi';
import { convertSelection } from './convert-selection';

const t = vi.importing;

/** "Chuyển mã": converts the selection of the editor that last had the focus. */
export function ConvertMenu(props: { editor: () => Editor | null; disabled?: boolean; onDone: (message: string) => void }) {
  const [value, setValue] = useState('');
  const run = (choice: string) => {
    const editor = props.editor();
    if (!editor || !choice) return;
    const result = convertSelection(editor, choice as 'auto' | LegacyEncoding);
    if (result.kind === 'empty') props.onDone(t.convert.noSelection);
    else if (result.kind === 'nothing') props.onDone(t.convert.nothing);
    else props.onDone(t.convert.done(t.encodings[result.encoding]));
    setValue('');
    editor.commands.focus();
  };
  return (
    <select
      className="editor-convert"
      aria-label={t.convert.title}
      title={t.convert.title}
      data-testid="convert-encoding"
      disabled={props.disabled}
      value={value}
      // The selection must survive choosing: keep the focus in the editor until a choice is made.
      onMouseDown={(event) => event.stopPropagation()}
      onChange={(event) => run(event.target.value)}
    >
      <option value="">{t.convert.label}</option>
      <option value="auto">{t.convert.auto}</option>
      {LEGACY_ENCODINGS.map((encoding) => (
        <option key={encoding} value={encoding}>
          {t.convert.from(t.encodings[encoding])}
        </option>
      ))}
    </select>
  );
}

/** What was converted, with the one-click undo. */
export function LegacyNotice(props: { message: string; onUndo?: () => void; onDismiss: () => void }) {
  return (
    <div className="banner banner-warning" role="status" data-testid="legacy-notice">
      <span>{props.message}</span>
      {props.onUndo && (
        <button type="button" data-testid="legacy-undo" onClick={props.onUndo}>
          {t.undoConversion}
        </button>
      )}
      <button type="button" onClick={props.onDismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
