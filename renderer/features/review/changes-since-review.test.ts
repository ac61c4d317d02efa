import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT, TITLE_FRAGMENT } from '../../../common/article/layout';
import { acceptedText, changesSince } from './changes-since-review';

function article(title: string, paragraphs: Array<Array<{ text: string; attrs?: Record<string, unknown> }>>): Y.Doc {
  const doc = new Y.Doc();
  const heading = new Y.XmlElement('paragraph');
  heading.insert(0, [new Y.XmlText(title)]);
  doc.getXmlFragment(TITLE_FRAGMENT).insert(0, [heading]);
  const body = doc.getXmlFragment(BODY_FRAGMENT);
  for (const runs of paragraphs) {
    const p = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    p.insert(0, [text]);
    body.push([p]);
    let at = 0;
    for (const run of runs) {
      text.insert(at, run.text, run.attrs ?? {});
      at += run.text.length;
    }
  }
  return doc;
}

describe('changes since the last review', () => {
  it('marks the words inserted and deleted, field by field', () => {
    const reviewed = article('Tân Thạnh tổng kết', [[{ text: 'Xã đạt 19 tiêu chí nông thôn mới.' }], [{ text: 'Đoạn hai giữ nguyên.' }]]);
    const now = article('Tân Thạnh tổng kết', [[{ text: 'Xã đạt 20 tiêu chí nông thôn mới nâng cao.' }], [{ text: 'Đoạn hai giữ nguyên.' }]]);
    const [title, , body] = changesSince(reviewed, now);
    expect(title!.changed).toBe(false);
    expect(body!.changed).toBe(true);
    expect(body!.parts.filter((p) => p.kind === 'deleted').map((p) => p.text.trim())).toEqual(['19']);
    expect(body!.parts.filter((p) => p.kind === 'inserted').map((p) => p.text.trim())).toEqual(['20', 'nâng cao']);
    // Everything of the new text is there, in order.
    expect(body!.parts.filter((p) => p.kind !== 'deleted').map((p) => p.text).join('')).toBe(
      'Xã đạt 20 tiêu chí nông thôn mới nâng cao.\nĐoạn hai giữ nguyên.',
    );
  });

  it('reads pending suggestions as accepted', () => {
    const doc = article('T', [
      [
        { text: 'đạt ' },
        { text: '120', attrs: { deletion: { id: 's1' } } },
        { text: '125', attrs: { insertion: { id: 's1' } } },
        { text: ' tỷ\u200B' },
      ],
    ]);
    expect(acceptedText(doc.getXmlFragment(BODY_FRAGMENT))).toBe('đạt 125 tỷ');
  });
});
