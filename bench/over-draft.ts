import * as Y from 'yjs';

/**
 * The benches write generated articles into drafts made by `drafts.create`,
 * which already hold one empty paragraph in title, sapo and body
 * (common/article/layout.ts, seedArticle). A document generated apart and
 * merged in is a concurrent edit: Yjs orders its paragraphs and the seeded one
 * by the two documents' random client ids, so "the last paragraph" is the
 * empty one about half the time. Written on top of the draft's own state,
 * replacing the seeded paragraph, the article is the same on every run.
 */
export function replaceFragment(fragment: Y.XmlFragment, blocks: Y.XmlElement[]): void {
  fragment.doc!.transact(() => {
    fragment.delete(0, fragment.length);
    fragment.insert(0, blocks);
  });
}
