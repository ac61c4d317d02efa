import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
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
    const build = (doc: PMNode) => {
      const decorations: Decoration[] = [];
      doc.descendants((node, pos) => {
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
      return DecorationSet.create(doc, decorations);
    };
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => build(state.doc),
          apply: (tr, old) => (tr.docChanged ? build(tr.doc) : old),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});

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
