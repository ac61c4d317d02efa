import type { Node as PMNode } from '@tiptap/pm/model';

/** Stands for an inline node that is not text (an image, a hard break). */
export const OBJECT_CHAR = '\uFFFC';

/**
 * The text of one textblock such that string index i is document position
 * `contentStart + i`: text nodes count in UTF-16 code units, as ProseMirror
 * positions do, and every other inline node is one placeholder character.
 * So the checker's UTF-16 offsets map to positions by a single addition.
 */
export function paragraphText(block: PMNode): string {
  let text = '';
  block.forEach((child) => {
    text += child.isText ? child.text! : OBJECT_CHAR.repeat(child.nodeSize);
  });
  return text;
}

export interface Textblock {
  node: PMNode;
  /** Position of the block's first content character. */
  contentStart: number;
}

/** Every textblock of a document, in order. */
export function textblocks(doc: PMNode): Textblock[] {
  const blocks: Textblock[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      blocks.push({ node, contentStart: pos + 1 });
      return false;
    }
    return true;
  });
  return blocks;
}
