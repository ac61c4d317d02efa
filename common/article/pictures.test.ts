import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { pendingPictureCount } from './pictures';

function figure(attrs: Record<string, string>): Y.XmlElement {
  const el = new Y.XmlElement('figure');
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  el.insert(0, [new Y.XmlElement('figcaption')]);
  return el;
}

describe('pendingPictureCount', () => {
  it('counts figures that name a source but have no stored image, at any depth', () => {
    const doc = new Y.Doc();
    const body = doc.getXmlFragment('body');
    const quote = new Y.XmlElement('blockquote');
    quote.insert(0, [figure({ source: 'https://ubnd.example.vn/b.jpg' })]);
    body.insert(0, [
      figure({ source: 'https://ubnd.example.vn/a.jpg' }),
      figure({ imageId: 'stored-1' }),
      figure({ imageId: 'stored-2', source: 'https://ubnd.example.vn/c.jpg' }),
      quote,
      new Y.XmlElement('paragraph'),
    ]);
    expect(pendingPictureCount(doc)).toBe(2);
  });

  it('is zero for an article without pasted pictures', () => {
    expect(pendingPictureCount(new Y.Doc())).toBe(0);
  });
});
