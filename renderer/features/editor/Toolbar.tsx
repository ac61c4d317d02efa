import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import { vi } from '../../i18n/vi';
import { Icon, LetterIcon } from '../../ui/icons';
import { RovingToolbar, type ToolbarGroup } from '../../ui/RovingToolbar';
import { isLinkKey, LinkDialog, linkDraftOf } from './LinkDialog';

const t = vi.editor.toolbar;
const g = vi.a11y.toolbar.groups;

/** The toolbar's own groups, in the order shown; the lowest priority goes into "Thêm" first. */
const GROUPS = [
  { id: 'history', label: g.history, priority: 100 },
  { id: 'block', label: g.block, priority: 95 },
  { id: 'inline', label: g.inline, priority: 90 },
  { id: 'table', label: g.table, priority: 85 },
  { id: 'insert', label: g.insert, priority: 80 },
  { id: 'lists', label: g.lists, priority: 60 },
  { id: 'align', label: g.align, priority: 40 },
] as const;

/**
 * One button. Adding a button is one entry in TOOLS (or in the `tools` prop):
 * `active` only for real toggles (it gives aria-pressed), `enabled` and `when`
 * are read after the selection settles.
 */
export interface Tool {
  id: string;
  group: string;
  /** Its Vietnamese name: `aria-label` and tooltip. */
  label: string;
  /** What the button shows: an icon, or a short text where no icon says it better. */
  icon: ReactNode;
  run: (editor: Editor, ui: { openLink: () => void; chooseImage: () => void }) => void;
  active?: (editor: Editor) => boolean;
  enabled?: (editor: Editor) => boolean;
  when?: (editor: Editor) => boolean;
}

const chain = (e: Editor) => e.chain().focus();
const inTable = (e: Editor) => e.isActive('table');
const align = (a: 'left' | 'center' | 'right' | 'justify') => (e: Editor) =>
  a === 'left' ? !(['center', 'right', 'justify'] as const).some((x) => e.isActive({ textAlign: x })) : e.isActive({ textAlign: a });

export const TOOLS: Tool[] = [
  { id: 'undo', group: 'history', label: t.undo, icon: <Icon name="undo" />, run: (e) => chain(e).undo().run(), enabled: (e) => e.can().undo() },
  { id: 'redo', group: 'history', label: t.redo, icon: <Icon name="redo" />, run: (e) => chain(e).redo().run(), enabled: (e) => e.can().redo() },
  { id: 'bold', group: 'inline', label: t.bold, icon: <LetterIcon letter="B" style="bold" />, run: (e) => chain(e).toggleBold().run(), active: (e) => e.isActive('bold') },
  { id: 'italic', group: 'inline', label: t.italic, icon: <LetterIcon letter="I" style="italic" />, run: (e) => chain(e).toggleItalic().run(), active: (e) => e.isActive('italic') },
  { id: 'underline', group: 'inline', label: t.underline, icon: <LetterIcon letter="U" style="underline" />, run: (e) => chain(e).toggleUnderline().run(), active: (e) => e.isActive('underline') },
  { id: 'link', group: 'inline', label: t.link, icon: <Icon name="link" />, run: (_e, ui) => ui.openLink() },
  { id: 'bullet-list', group: 'lists', label: t.bulletList, icon: <Icon name="bulletList" />, run: (e) => chain(e).toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
  { id: 'ordered-list', group: 'lists', label: t.orderedList, icon: <Icon name="orderedList" />, run: (e) => chain(e).toggleOrderedList().run(), active: (e) => e.isActive('orderedList') },
  { id: 'blockquote', group: 'lists', label: t.blockquote, icon: <Icon name="blockquote" />, run: (e) => chain(e).toggleBlockquote().run(), active: (e) => e.isActive('blockquote') },
  { id: 'hr', group: 'lists', label: t.horizontalRule, icon: <Icon name="hr" />, run: (e) => chain(e).setHorizontalRule().run() },
  { id: 'align-left', group: 'align', label: t.alignLeft, icon: <Icon name="alignLeft" />, run: (e) => chain(e).setTextAlign('left').run(), active: align('left') },
  { id: 'align-center', group: 'align', label: t.alignCenter, icon: <Icon name="alignCenter" />, run: (e) => chain(e).setTextAlign('center').run(), active: align('center') },
  { id: 'align-right', group: 'align', label: t.alignRight, icon: <Icon name="alignRight" />, run: (e) => chain(e).setTextAlign('right').run(), active: align('right') },
  { id: 'align-justify', group: 'align', label: t.alignJustify, icon: <Icon name="alignJustify" />, run: (e) => chain(e).setTextAlign('justify').run(), active: align('justify') },
  { id: 'table', group: 'insert', label: t.table, icon: <Icon name="table" />, run: (e) => chain(e).insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
  { id: 'image', group: 'insert', label: t.image, icon: <Icon name="image" />, run: (_e, ui) => ui.chooseImage() },
  { id: 'add-row', group: 'table', label: t.addRow, icon: t.short.addRow, run: (e) => chain(e).addRowAfter().run(), when: inTable },
  { id: 'add-column', group: 'table', label: t.addColumn, icon: t.short.addColumn, run: (e) => chain(e).addColumnAfter().run(), when: inTable },
  { id: 'delete-row', group: 'table', label: t.deleteRow, icon: t.short.deleteRow, run: (e) => chain(e).deleteRow().run(), when: inTable },
  { id: 'delete-column', group: 'table', label: t.deleteColumn, icon: t.short.deleteColumn, run: (e) => chain(e).deleteColumn().run(), when: inTable },
  { id: 'delete-table', group: 'table', label: t.deleteTable, icon: t.short.deleteTable, run: (e) => chain(e).deleteTable().run(), when: inTable },
];

type Block = 'p' | 'h2' | 'h3' | 'h4';
const blockOf = (e: Editor): Block =>
  e.isActive('heading', { level: 2 }) ? 'h2' : e.isActive('heading', { level: 3 }) ? 'h3' : e.isActive('heading', { level: 4 }) ? 'h4' : 'p';
const blockName = (b: Block) => (b === 'p' ? t.paragraph : t.heading(Number(b.slice(1))));

/**
 * Formatting for the body, as one ARIA toolbar with the editor's other
 * commands (`groups`: comment, convert, export, help). State is read with a
 * cheap selector so typing never re-renders more than this bar.
 */
export function Toolbar(props: {
  editor: Editor;
  onInsertImage: (file: File) => void;
  disabled: boolean;
  /** More buttons (e.g. the review pane's), each one entry. */
  tools?: Tool[];
  /** Whole groups from other features, placed after the formatting. */
  groups?: ToolbarGroup[];
}) {
  const { editor } = props;
  const tools = props.tools ? [...TOOLS, ...props.tools] : TOOLS;
  const fileInput = useRef<HTMLInputElement>(null);
  const [linkDraft, setLinkDraft] = useState<string | null>(null);
  const state = useToolbarState(editor, (e) => ({
    block: blockOf(e),
    tools: Object.fromEntries(
      tools.map((tool) => [tool.id, [tool.active?.(e) ?? null, tool.enabled?.(e) ?? true, tool.when?.(e) ?? true] as const]),
    ),
  }));

  const openLink = () => setLinkDraft(linkDraftOf(editor));
  const ui = { openLink, chooseImage: () => fileInput.current?.click() };
  // Ctrl+K in the body, as in Word.
  useEffect(() => {
    const dom = editor.view.dom;
    const onKey = (event: KeyboardEvent) => {
      if (!isLinkKey(event) || event.isComposing || props.disabled) return;
      event.preventDefault();
      setLinkDraft(linkDraftOf(editor));
    };
    dom.addEventListener('keydown', onKey);
    return () => dom.removeEventListener('keydown', onKey);
  }, [editor, props.disabled]);

  const button = (tool: Tool) => {
    const [active, enabled, shown] = state.tools[tool.id] ?? [null, true, true];
    if (!shown) return null;
    return (
      <button
        key={tool.id}
        type="button"
        className={active ? 'tb-button active' : 'tb-button'}
        title={tool.label}
        aria-label={tool.label}
        aria-pressed={active === null ? undefined : active}
        data-testid={`tb-${tool.id}`}
        disabled={props.disabled || !enabled}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => tool.run(editor, ui)}
      >
        {tool.icon}
      </button>
    );
  };

  const contentOf = (group: string): ReactNode[] => {
    const buttons = tools.filter((tool) => tool.group === group).map(button).filter((b) => b !== null);
    if (group !== 'block') return buttons;
    return [
      <select
        key="block"
        aria-label={vi.a11y.toolbar.blockLabel(blockName(state.block))}
        title={vi.a11y.toolbar.blockLabel(blockName(state.block))}
        data-testid="tb-block"
        value={state.block}
        disabled={props.disabled}
        onChange={(e) => {
          const v = e.target.value;
          if (v === 'p') chain(editor).setParagraph().run();
          else chain(editor).setHeading({ level: Number(v.slice(1)) as 2 | 3 | 4 }).run();
        }}
      >
        {(['p', 'h2', 'h3', 'h4'] as const).map((b) => (
          <option key={b} value={b}>
            {blockName(b)}
          </option>
        ))}
      </select>,
    ];
  };
  const groups: ToolbarGroup[] = [
    ...GROUPS.map((group) => ({ ...group, content: contentOf(group.id) })),
    // A tool from `tools` in a group of its own name (e.g. "suggest") gets a group of its own.
    ...[...new Set(tools.map((tool) => tool.group))]
      .filter((id) => !GROUPS.some((group) => group.id === id))
      .map((id) => ({ id, label: id in g ? g[id as keyof typeof g] : id, priority: 70, content: contentOf(id) })),
    ...(props.groups ?? []),
  ].filter((group) => (group.content as ReactNode[]).length !== 0);

  return (
    <>
      <RovingToolbar label={t.label} moreLabel={vi.a11y.toolbar.more} groups={groups} testId="editor-toolbar" />
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
      {linkDraft !== null && <LinkDialog editor={editor} initial={linkDraft} onClose={() => setLinkDraft(null)} />}
    </>
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
