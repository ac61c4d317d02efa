import { describe, expect, it } from 'vitest';
import { plainLines, poMessages } from './po-corpus';

const SAMPLE = `msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

#: lib/a.c
msgid "cannot open %s"
msgstr "không thể mở tập tin “%s”"

#, fuzzy
msgid "old"
msgstr "bản dịch cũ"

msgid "two\\nlines"
msgstr ""
"dòng một\\n"
"dòng hai trong %s trong"

msgid "one"
msgid_plural "many"
msgstr[0] "%d tập _tin"
`;

describe('gettext catalogues as clean text', () => {
  it('reads translated messages, not the header or fuzzy ones', () => {
    expect(poMessages(SAMPLE)).toEqual(['không thể mở tập tin “%s”', 'dòng một\\ndòng hai trong %s trong', '%d tập _tin']);
  });
  it('turns printf conversions into a break, drops accelerators and splits lines', () => {
    expect(poMessages(SAMPLE).flatMap(plainLines)).toEqual([
      'không thể mở tập tin “ 0 ”', 'dòng một', 'dòng hai trong 0 trong', '0 tập tin',
    ]);
  });
});
