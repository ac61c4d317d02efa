import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { isAllowedLink } from '../../editor/extensions';
import { vi } from '../../i18n/vi';

const t = vi.editor.toolbar;

/** Formatting for the body. State is read with a cheap selector so typing never re-renders more than this bar. */
export function Toolbar(props: { editor: Editor; onInsertImage: (file: File) => void; disabled: boolean }) {
  const { editor } = props;
  const fileInput = useRef<HTMLInputElement>(null);
  const [linkDraft, setLinkDraft] = useState<string | null>(null);
  const [linkError, setLinkError] = useState(false);
  const state = useToolbarState(editor, (e) => ({
    block: e.isActive('heading', { level: 2 })
      ? 'h2'
      : e.isActive('heading', { level: 3 })
        ? 'h3'
        : e.isActive('heading', { level: 4 })
          ? 'h4'
          : 'p',
    bold: e.isActive('bold'),
    italic: e.isActive('italic'),
    underline: e.isActive('underline'),
    link: e.isActive('link'),
    bulletList: e.isActive('bulletList'),
    orderedList: e.isActive('orderedList'),
    blockquote: e.isActive('blockquote'),
    table: e.isActive('table'),
    align: (['center', 'right', 'justify'] as const).find((a) => e.isActive({ textAlign: a })) ?? 'left',
    canUndo: e.can().undo(),
    canRedo: e.can().redo(),
  }));
  const chain = () => editor.chain().focus();

  const button = (label: string, testId: string, active: boolean, run: () => void, text: string, disabled = false) => (
    <button
      type="button"
      className={active ? 'tb-button active' : 'tb-button'}
      title={label}
      aria-label={label}
      aria-pressed={active}
      data-testid={`tb-${testId}`}
      disabled={props.disabled || disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {text}
    </button>
  );

  const openLink = () => {
    setLinkError(false);
    setLinkDraft((editor.getAttributes('link').href as string | undefined) ?? 'https://');
  };
  const applyLink = () => {
    const href = (linkDraft ?? '').trim();
    if (href === '' || href === 'https://') {
      chain().extendMarkRange('link').unsetLink().run();
      setLinkDraft(null);
    } else if (!isAllowedLink(href)) {
      setLinkError(true);
    } else {
      // The caret ends up after the link, so typing goes on in plain text.
      chain()
        .extendMarkRange('link')
        .setLink({ href })
        .command(({ tr }) => {
          tr.setSelection(TextSelection.create(tr.doc, tr.selection.to));
          return true;
        })
        .run();
      editor.view.focus();
      setLinkDraft(null);
    }
  };

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t.label}>
      {button(t.undo, 'undo', false, () => chain().undo().run(), '↶', !state.canUndo)}
      {button(t.redo, 'redo', false, () => chain().redo().run(), '↷', !state.canRedo)}
      <select
        aria-label={t.paragraph}
        data-testid="tb-block"
        value={state.block}
        disabled={props.disabled}
        onChange={(e) => {
          const v = e.target.value;
          if (v === 'p') chain().setParagraph().run();
          else chain().setHeading({ level: Number(v.slice(1)) as 2 | 3 | 4 }).run();
        }}
      >
        <option value="p">{t.paragraph}</option>
        <option value="h2">{t.heading(2)}</option>
        <option value="h3">{t.heading(3)}</option>
        <option value="h4">{t.heading(4)}</option>
      </select>
      {button(t.bold, 'bold', state.bold, () => chain().toggleBold().run(), 'B')}
      {button(t.italic, 'italic', state.italic, () => chain().toggleItalic().run(), 'I')}
      {button(t.underline, 'underline', state.underline, () => chain().toggleUnderline().run(), 'U')}
      {button(t.link, 'link', state.link, openLink, t.short.link)}
      {button(t.bulletList, 'bullet-list', state.bulletList, () => chain().toggleBulletList().run(), '•≡')}
      {button(t.orderedList, 'ordered-list', state.orderedList, () => chain().toggleOrderedList().run(), '1≡')}
      {button(t.blockquote, 'blockquote', state.blockquote, () => chain().toggleBlockquote().run(), '❝')}
      {button(t.horizontalRule, 'hr', false, () => chain().setHorizontalRule().run(), '―')}
      {button(t.alignLeft, 'align-left', state.align === 'left', () => chain().setTextAlign('left').run(), t.short.left)}
      {button(t.alignCenter, 'align-center', state.align === 'center', () => chain().setTextAlign('center').run(), t.short.center)}
      {button(t.alignRight, 'align-right', state.align === 'right', () => chain().setTextAlign('right').run(), t.short.right)}
      {button(t.alignJustify, 'align-justify', state.align === 'justify', () => chain().setTextAlign('justify').run(), t.short.justify)}
      {button(t.table, 'table', state.table, () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(), t.short.table)}
      {state.table && (
        <>
          {button(t.addRow, 'add-row', false, () => chain().addRowAfter().run(), t.short.addRow)}
          {button(t.addColumn, 'add-column', false, () => chain().addColumnAfter().run(), t.short.addColumn)}
          {button(t.deleteRow, 'delete-row', false, () => chain().deleteRow().run(), t.short.deleteRow)}
          {button(t.deleteColumn, 'delete-column', false, () => chain().deleteColumn().run(), t.short.deleteColumn)}
          {button(t.deleteTable, 'delete-table', false, () => chain().deleteTable().run(), t.short.deleteTable)}
        </>
      )}
      {button(t.image, 'image', false, () => fileInput.current?.click(), t.short.image)}
      <input
        ref={fileInput}
        type="file"
        accept="image/jpeg,image/png,image/gif,image/webp"
        hidden
        data-testid="image-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) props.onInsertImage(file);
        }}
      />
      {linkDraft !== null && (
        <span className="tb-link" role="group" aria-label={t.link}>
          <input
            autoFocus
            aria-label={t.linkPrompt}
            placeholder="https://"
            data-testid="link-input"
            value={linkDraft}
            onChange={(e) => setLinkDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.nativeEvent.isComposing) return;
              if (e.key === 'Enter') applyLink();
              if (e.key === 'Escape') setLinkDraft(null);
            }}
          />
          <button type="button" onClick={applyLink} data-testid="link-apply">
            {t.linkApply}
          </button>
          {linkError && <span className="error-text">{t.linkInvalid}</span>}
        </span>
      )}
    </div>
  );
}

/**
 * The toolbar's active states, recomputed shortly after the selection or the
 * document stops changing rather than inside every keystroke's transaction:
 * a highlight 80 ms late is invisible, work on the typing path is not.
 */
function useToolbarState<T extends object>(editor: Editor, select: (editor: Editor) => T): T {
  const selectRef = useRef(select);
  selectRef.current = select;
  const [state, setState] = useState(() => select(editor));
  // Compared here, not in a setState updater: even a render that changes
  // nothing ends in a commit, and a commit while the editor has focus walks
  // the article's DOM (see LiveValue).
  const shown = useRef(JSON.stringify(state));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      timer = undefined;
      const next = selectRef.current(editor);
      const key = JSON.stringify(next);
      if (key === shown.current) return;
      shown.current = key;
      setState(next);
    };
    // Trailing: while keys keep coming nothing runs; 80 ms after the last
    // transaction (a click, an arrow key, a pause in typing) the bar is right.
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(update, 80);
    };
    editor.on('transaction', schedule);
    return () => {
      editor.off('transaction', schedule);
      clearTimeout(timer);
    };
  }, [editor]);
  return state;
}
