import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './toolbar.css';

/** One group of controls in a toolbar; the lowest `priority` goes into "Thêm" first when the row is too narrow. */
export interface ToolbarGroup {
  id: string;
  label: string;
  priority: number;
  content: ReactNode;
}

const ITEMS = 'button, select, input, [tabindex]';
const GAP = 6;
/** Width assumed for a group never measured in the row. */
const UNMEASURED = 120;

/**
 * An ARIA toolbar: one Tab stop (roving tabindex), Left/Right/Home/End move
 * between its controls, and the groups that do not fit on one row go into a
 * "Thêm" panel (Up/Down or Left/Right inside it, Escape back to "Thêm").
 */
export function RovingToolbar(props: {
  label: string;
  moreLabel: string;
  groups: ToolbarGroup[];
  testId?: string;
}) {
  const bar = useRef<HTMLDivElement>(null);
  const row = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);
  const current = useRef<HTMLElement | null>(null);
  const widths = useRef(new Map<string, number>());
  const [available, setAvailable] = useState(Number.POSITIVE_INFINITY);
  const [open, setOpen] = useState(false);
  const [, remeasured] = useState(0);

  const shown = fitting(props.groups, widths.current, available);
  const inRow = props.groups.filter((g) => shown.has(g.id));
  const overflow = props.groups.filter((g) => !shown.has(g.id));

  const items = useCallback((root: HTMLElement | null) => {
    if (!root) return [];
    return [...root.querySelectorAll<HTMLElement>(ITEMS)].filter(
      (el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && el.getAttribute('type') !== 'file' && el.closest('[data-roving-skip]') === null,
    );
  }, []);

  /** Exactly one control of the row is in the Tab order: the last one used, or the first. */
  const sync = useCallback(() => {
    const list = items(row.current);
    if (!current.current || !list.includes(current.current)) current.current = list[0] ?? null;
    for (const el of list) el.tabIndex = el === current.current ? 0 : -1;
    for (const el of items(panel.current)) el.tabIndex = -1;
  }, [items]);

  // After every render: a group's width can change with its content. It settles: only a changed width re-renders.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    let changed = false;
    for (const el of row.current?.querySelectorAll<HTMLElement>('[data-group]') ?? []) {
      const id = el.dataset.group!;
      if (widths.current.get(id) !== el.offsetWidth) {
        widths.current.set(id, el.offsetWidth);
        changed = true;
      }
    }
    if (changed) remeasured((n) => n + 1);
    sync();
  });

  useEffect(() => {
    const el = bar.current!;
    const measure = () => setAvailable(el.clientWidth);
    measure();
    const resize = new ResizeObserver(measure);
    resize.observe(el);
    // Controls that mount later (a component's own state) must not become extra Tab stops.
    const mutations = new MutationObserver(sync);
    mutations.observe(el, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
    return () => {
      resize.disconnect();
      mutations.disconnect();
    };
  }, [sync]);

  useEffect(() => {
    if (open) items(panel.current)[0]?.focus();
  }, [open, items]);
  useEffect(() => {
    if (overflow.length === 0 && open) setOpen(false);
  }, [overflow.length, open]);

  const onRowKey = (event: KeyboardEvent) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    const target = event.target as HTMLElement;
    if (!row.current?.contains(target) || (target instanceof HTMLInputElement && target.type === 'text')) return;
    const list = items(row.current);
    const index = list.indexOf(target);
    if (index < 0) return;
    event.preventDefault();
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? list.length - 1 : (index + (event.key === 'ArrowRight' ? 1 : -1) + list.length) % list.length;
    current.current = list[next]!;
    sync();
    list[next]!.focus();
  };

  const onPanelKey = (event: KeyboardEvent) => {
    const list = items(panel.current);
    const index = list.indexOf(event.target as HTMLElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      moreButton.current?.focus();
    } else if (['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight'].includes(event.key) && index >= 0) {
      // Up and Down choose in a drop-down.
      if (event.target instanceof HTMLSelectElement && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) return;
      event.preventDefault();
      const forward = event.key === 'ArrowDown' || event.key === 'ArrowRight';
      list[(index + (forward ? 1 : -1) + list.length) % list.length]!.focus();
    }
  };

  return (
    <div
      ref={bar}
      className="roving-toolbar"
      role="toolbar"
      aria-label={props.label}
      data-testid={props.testId}
      onFocus={(event) => {
        if (row.current?.contains(event.target) && items(row.current).includes(event.target)) {
          current.current = event.target;
          sync();
        }
      }}
    >
      <div ref={row} className="roving-toolbar-row" onKeyDown={onRowKey}>
        {inRow.map((group) => (
          <div key={group.id} className="tb-group" role="group" aria-label={group.label} data-group={group.id}>
            {group.content}
          </div>
        ))}
        {overflow.length > 0 && (
          <button
            ref={moreButton}
            type="button"
            className="tb-button tb-more"
            aria-haspopup="true"
            aria-expanded={open}
            data-testid="tb-more"
            title={props.moreLabel}
            onClick={() => setOpen((o) => !o)}
          >
            {props.moreLabel} ▾
          </button>
        )}
      </div>
      {open && overflow.length > 0 && (
        <div
          ref={panel}
          className="roving-toolbar-panel"
          role="group"
          aria-label={props.moreLabel}
          data-testid="tb-more-panel"
          onKeyDown={onPanelKey}
          onBlur={(event) => {
            const next = event.relatedTarget as Node | null;
            if (!next || (!panel.current?.contains(next) && next !== moreButton.current)) setOpen(false);
          }}
        >
          {overflow.map((group) => (
            <div key={group.id} className="tb-group" role="group" aria-label={group.label}>
              {group.content}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

/** The groups kept on the row: highest priority first, while they fit (with room for "Thêm" if any is left out). */
function fitting(groups: ToolbarGroup[], widths: Map<string, number>, available: number): Set<string> {
  const width = (g: ToolbarGroup) => (widths.get(g.id) ?? UNMEASURED) + GAP;
  const total = groups.reduce((sum, g) => sum + width(g), 0);
  if (total <= available) return new Set(groups.map((g) => g.id));
  const room = available - 90;
  const kept = new Set<string>();
  let used = 0;
  for (const group of [...groups].sort((a, b) => b.priority - a.priority)) {
    if (used + width(group) > room) break;
    used += width(group);
    kept.add(group.id);
  }
  return kept;
}
