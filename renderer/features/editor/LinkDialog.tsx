import { useId, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { isAllowedLink } from '../../editor/extensions';
import { vi } from '../../i18n/vi';
import { ModalDialog } from '../../ui/ModalDialog';

const t = vi.keys.link;

/** Ctrl+K (Cmd+K): the link dialog, as in Word. */
export function isLinkKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && (event.key.toLowerCase() === 'k' || event.code === 'KeyK');
}

/** The address of the link under the caret, or "https://" to start a new one. */
export function linkDraftOf(editor: Editor): string {
  return (editor.getAttributes('link').href as string | undefined) ?? 'https://';
}

/**
 * Inserts or edits the link on the selection (Ctrl+K or the toolbar's
 * "Liên kết"). Only http(s) and mailto addresses are taken; anything else
 * gets a Vietnamese message in the dialog. With nothing selected, the
 * address itself is inserted as the link's text. Empty removes the link.
 */
export function LinkDialog(props: { editor: Editor; initial: string; onClose: () => void }) {
  const { editor } = props;
  const [href, setHref] = useState(props.initial);
  const [invalid, setInvalid] = useState(false);
  const ids = useId();
  const inLink = editor.isActive('link');

  const close = () => {
    props.onClose();
    editor.commands.focus();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    props.onClose();
  };
  const apply = () => {
    const value = href.trim();
    if (value === '' || value === 'https://') return remove();
    if (!isAllowedLink(value)) return setInvalid(true);
    const { empty } = editor.state.selection;
    const chain = editor.chain().focus();
    if (empty && !inLink) {
      // Nothing selected: the address becomes the text of the link.
      chain.insertContent({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href: value } }] });
    } else {
      chain.extendMarkRange('link').setLink({ href: value });
    }
    // The caret ends up after the link, so typing goes on in plain text.
    chain
      .command(({ tr }) => {
        tr.setSelection(TextSelection.create(tr.doc, tr.selection.to));
        tr.removeStoredMark(editor.schema.marks.link!);
        return true;
      })
      .run();
    props.onClose();
  };

  return (
    <ModalDialog title={t.title} onClose={close} testId="link-dialog">
      <form
        className="link-form"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <label htmlFor={`${ids}-url`}>{t.url}</label>
        <input
          id={`${ids}-url`}
          type="text"
          inputMode="url"
          data-autofocus
          autoFocus
          data-testid="link-input"
          value={href}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${ids}-error` : `${ids}-hint`}
          onChange={(e) => {
            setHref(e.target.value);
            setInvalid(false);
          }}
        />
        <p id={`${ids}-hint`} className="muted">
          {t.hint}
        </p>
        {invalid && (
          <p id={`${ids}-error`} role="alert" className="error-text" data-testid="link-error">
            {vi.editor.toolbar.linkInvalid}
          </p>
        )}
        <div className="modal-buttons">
          {inLink && (
            <button type="button" onClick={remove} data-testid="link-remove">
              {t.remove}
            </button>
          )}
          <button type="button" onClick={close}>
            {t.cancel}
          </button>
          <button type="submit" className="primary" data-testid="link-apply">
            {t.apply}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
