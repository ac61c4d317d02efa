import { Node } from '@tiptap/core';

/**
 * The document of a one-block field (title, sapo): exactly one paragraph, so
 * Enter cannot split it and pasted blocks collapse into one line, while
 * spellcheck and review still see an ordinary paragraph.
 */
export const LineDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'paragraph',
});
