import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { yItemsListing } from './y-items';

it('lists a fragment’s items in document order, with deletions and origins', () => {
  const doc = new Y.Doc({ gc: false }); // as the editor's undo manager keeps deleted text
  doc.clientID = 1234;
  const fragment = doc.getXmlFragment('body');
  const p = new Y.XmlElement('paragraph');
  const text = new Y.XmlText('');
  p.insert(0, [text]);
  fragment.insert(0, [p]);
  text.insert(0, 'tổng');
  text.insert(4, ' chiều');
  text.delete(0, 1);
  const listing = yItemsListing(fragment as unknown as Parameters<typeof yItemsListing>[0]).split('\n');
  expect(listing).toEqual([
    '234:0+1   o=- ro=- <type>',
    '  234:1+1   o=- ro=- <type>',
    '    234:2+1 D o=- ro=- "t"',
    '    234:3+9   o=234:2 ro=- "ổng chiều"',
  ]);
  text.insert(0, 'T');
  const collected = new Y.Doc();
  Y.applyUpdate(collected, Y.encodeStateAsUpdate(doc));
  // Another window with garbage collection: the deleted letter's text is gone, its place kept.
  expect(yItemsListing(collected.getXmlFragment('body') as unknown as Parameters<typeof yItemsListing>[0]).split('\n').slice(2)).toEqual([
    '    234:2+1 D o=- ro=- <collected>',
    '    234:12+1   o=234:2 ro=234:3 "T"',
    '    234:3+9   o=234:2 ro=- "ổng chiều"',
  ]);
});
