import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { embedProvider } from '../../../../common/article/media';

export interface MediaEmbedOptions {
  /** The card's text for a provider ("Video YouTube: …"). */
  cardText: (provider: string) => string;
}

const key = new PluginKey<DecorationSet>('mediaEmbed');

/**
 * A YouTube or Facebook video address alone on its line shows a card under
 * it: the portal will show the video there (common/article/to-html.ts writes
 * the embed block). Nothing is fetched: the card holds only the address.
 */
export const MediaEmbed = Extension.create<MediaEmbedOptions>({
  name: 'mediaEmbed',
  addOptions() {
    return { cardText: (provider: string) => provider };
  },
  addProseMirrorPlugins() {
    const cardText = this.options.cardText;
    /** The cards' decorations for the blocks between `from` and `to` (positions in `doc`). */
    const linesIn = (doc: PMNode, from: number, to: number): Decoration[] => {
      const decorations: Decoration[] = [];
      doc.nodesBetween(from, to, (node, pos) => {
        if (node.type.name !== 'paragraph') return node.isBlock;
        const provider = node.childCount > 0 ? embedProvider(node.textContent) : null;
        if (provider) {
          const url = node.textContent.trim();
          decorations.push(Decoration.node(pos, pos + node.nodeSize, { class: 'editor-embed-line', 'data-embed': provider }));
          decorations.push(
            Decoration.widget(pos + node.nodeSize, () => card(provider, url, cardText(provider)), { side: -1, key: `${provider}|${url}`, ignoreSelection: true }),
          );
        }
        return false;
      });
      return decorations;
    };
    /**
     * After an edit only the top-level blocks it touched are looked at again
     * (a keystroke never walks the whole article): their old cards are
     * dropped and their lines read anew.
     */
    const update = (tr: Transaction, old: DecorationSet): DecorationSet => {
      const doc = tr.doc;
      let set = old.map(tr.mapping, doc);
      tr.mapping.maps.forEach((map, i) => {
        const later = tr.mapping.slice(i + 1);
        map.forEach((_a, _b, newFrom, newTo) => {
          const [start, end] = touchedBlocks(doc, later.map(newFrom, -1), later.map(newTo, 1));
          const stale = set.find(start, end).filter((d) => (d.from === d.to ? d.from > start : d.from >= start && d.to <= end));
          set = set.remove(stale).add(doc, linesIn(doc, start, end));
        });
      });
      return set;
    };
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => DecorationSet.create(state.doc, linesIn(state.doc, 0, state.doc.content.size)),
          apply: (tr, old) => (tr.docChanged ? update(tr, old) : old),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});

/** The top-level blocks a changed range [from, to] touches, as [start, end]. */
function touchedBlocks(doc: PMNode, from: number, to: number): [number, number] {
  const size = doc.content.size;
  const $from = doc.resolve(Math.max(0, Math.min(from, size)));
  const $to = doc.resolve(Math.max(0, Math.min(to, size)));
  const start = $from.depth > 0 ? $from.before(1) : $from.pos - ($from.nodeBefore?.nodeSize ?? 0);
  const end = $to.depth > 0 ? $to.after(1) : $to.pos + ($to.nodeAfter?.nodeSize ?? 0);
  return [start, Math.max(start, end)];
}

function card(provider: string, url: string, text: string): HTMLElement {
  const box = document.createElement('div');
  box.className = `editor-embed-card editor-embed-${provider}`;
  box.contentEditable = 'false';
  box.dataset.testid = 'editor-embed-card';
  box.dataset.provider = provider;
  const title = document.createElement('strong');
  title.textContent = text;
  const link = document.createElement('div');
  link.className = 'editor-embed-url';
  link.textContent = url;
  box.append(title, link);
  return box;
}
