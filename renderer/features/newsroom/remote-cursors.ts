import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { DecorationSet, type EditorView } from '@tiptap/pm/view';
import { absolutePositionToRelativePosition, createDecorations, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { PresenceCursor, PresencePeer } from '../../../common/api/hub.api';
import { fromBase64, toBase64 } from '../../../common/api/base64';
import { call, onEvent } from '../../services/client';
import './newsroom.css';

/**
 * Other people's carets and selections in the body, with their names, from
 * the presence the sync service carries (Yjs awareness on the hub), and this
 * window's own caret sent the same way. Positions travel as Yjs relative
 * positions, so they point at the same characters in every copy of the
 * article (the window's, the service's, another desktop's).
 */
interface PeerState {
  user: { name: string; color: string };
  cursor: { anchor: unknown; head: unknown };
}

const key = new PluginKey<DecorationSet>('remoteCursors');

/** Distinct, readable colours; a person keeps theirs (by account id) on every desktop. */
const COLOURS = ['#c2410c', '#1d4ed8', '#15803d', '#a21caf', '#b45309', '#0e7490', '#be123c', '#4d7c0f'];
const colourOf = (userId: number) => COLOURS[Math.abs(userId) % COLOURS.length]!;

function toStates(people: PresencePeer[]): Map<number, PeerState> {
  const states = new Map<number, PeerState>();
  for (const p of people) {
    if (!p.cursor) continue;
    try {
      const json = (b64: string) => Y.relativePositionToJSON(Y.decodeRelativePosition(fromBase64(b64)));
      states.set(p.clientId, { user: { name: p.user.name, color: colourOf(p.user.id) }, cursor: { anchor: json(p.cursor.anchor), head: json(p.cursor.head) } });
    } catch {
      // a peer's malformed position: no caret for them
    }
  }
  return states;
}

/** What the carets are drawn from: the people with a caret, their names, colours and positions. */
function peopleKey(people: PresencePeer[]): string {
  return JSON.stringify(people.filter((p) => p.cursor).map((p) => [p.clientId, p.user.id, p.user.name, p.cursor!.anchor, p.cursor!.head]));
}

const NOBODY = peopleKey([]);

function caret(user: { name: string; color: string }): HTMLElement {
  const el = document.createElement('span');
  el.className = 'remote-caret';
  el.contentEditable = 'false';
  el.dataset.testid = 'remote-caret';
  el.style.borderColor = user.color;
  const label = document.createElement('span');
  label.className = 'remote-caret-name';
  label.style.backgroundColor = user.color;
  label.textContent = user.name;
  el.append(label);
  return el;
}

const selection = (user: { color: string }) => ({ class: 'remote-selection', style: `background-color: ${user.color}33` });

/** This window's caret as relative positions, or null when the binding is not ready. */
function ownCursor(state: EditorState): PresenceCursor | null {
  const y = ySyncPluginKey.getState(state) as { type: Y.XmlFragment; binding: { mapping: Map<unknown, unknown> } | null } | undefined;
  if (!y?.binding || y.binding.mapping.size === 0) return null;
  const rel = (pos: number) => toBase64(Y.encodeRelativePosition(absolutePositionToRelativePosition(pos, y.type, y.binding!.mapping as never)));
  return { anchor: rel(state.selection.anchor), head: rel(state.selection.head) };
}

export const RemoteCursors = Extension.create<{ articleId: string | null }>({
  name: 'remoteCursors',
  addOptions: () => ({ articleId: null }),
  addProseMirrorPlugins() {
    const articleId = this.options.articleId;
    if (!articleId) return [];
    let states = new Map<number, PeerState>();
    const awareness = { getStates: () => states };
    const build = (state: EditorState) => createDecorations(state, awareness as never, () => true, caret, selection);
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => build(state),
          apply(tr, previous, _old, state) {
            const y = ySyncPluginKey.getState(state) as { isChangeOrigin?: boolean } | undefined;
            if (tr.getMeta(key) || y?.isChangeOrigin) return build(state);
            return previous.map(tr.mapping, tr.doc);
          },
        },
        props: { decorations: (state) => key.getState(state) },
        view(view: EditorView) {
          let live = true;
          // Every answer to this window's own caret report (every 150 ms while typing) lists the same
          // people, most often nobody, and a transaction costs a whole view update (plugins, y-tiptap's
          // sync, the DOM) in the middle of typing. Redrawing would give the same carets when the same
          // people are listed and either nobody is (no carets whatever the text) or the text is the one
          // they were drawn in: then nothing is dispatched.
          let shown = { people: NOBODY, doc: view.state.doc };
          const show = (people: PresencePeer[]) => {
            if (!live) return;
            const next = peopleKey(people);
            if (next === shown.people && (next === NOBODY || view.state.doc === shown.doc)) return;
            shown = { people: next, doc: view.state.doc };
            states = toStates(people);
            view.dispatch(view.state.tr.setMeta(key, true));
          };
          const off = onEvent('hub.presence.changed', ({ id, people }) => id === articleId && show(people));
          call('hub.presence', { id: articleId, open: true, cursor: null }).then(show, () => {}); // who is here already
          let sent = '';
          let timer: ReturnType<typeof setTimeout> | null = null;
          const report = () => {
            timer = null;
            const cursor = live ? ownCursor(view.state) : null;
            if (!cursor || `${cursor.anchor}|${cursor.head}` === sent) return;
            sent = `${cursor.anchor}|${cursor.head}`;
            call('hub.presence', { id: articleId, open: true, cursor }).then(show, () => {}); // no hub: nobody to tell
          };
          return {
            update(v, before) {
              // At most every 150 ms, not at every keystroke.
              if (v.hasFocus() && !v.state.selection.eq(before.selection) && !timer) timer = setTimeout(report, 150);
            },
            destroy() {
              live = false;
              off();
              if (timer) clearTimeout(timer);
            },
          };
        },
      }),
    ];
  },
});
