import * as Y from 'yjs';
import { BODY_FRAGMENT } from './layout';

/**
 * Pasted pictures not stored with the article yet: figures that still name
 * their `source` (a web address) and have no `imageId` (see the editor's
 * figure-import). An article with some cannot go to the portal as it is: the
 * portal would show a caption under nothing.
 */
export function pendingPictureCount(doc: Y.Doc): number {
  let count = 0;
  const walk = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (child.nodeName === 'figure') {
        if (child.getAttribute('source') && !child.getAttribute('imageId')) count += 1;
      } else {
        walk(child);
      }
    }
  };
  walk(doc.getXmlFragment(BODY_FRAGMENT));
  return count;
}
