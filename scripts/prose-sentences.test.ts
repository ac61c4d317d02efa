import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bookHtmlLines, epubLines, sentences } from './prose-sentences';

describe('prose-sentences', () => {
  it('cuts a line into sentences after . ! ? … and drops dialogue dashes', () => {
    expect(sentences('Tôi mời lão hút trước. Nhưng lão không nghe... - Ông giáo hút trước đi.')).toEqual([
      'Tôi mời lão hút trước.',
      'Nhưng lão không nghe...',
      'Ông giáo hút trước đi.',
    ]);
    expect(sentences('-Thôi vẽ đi, Nam! Sao thế? Ừ… thôi')).toEqual(['Thôi vẽ đi, Nam!', 'Sao thế?', 'Ừ…', 'thôi']);
    // A line of dashes is a separator, not a sentence; "3.5" is not cut.
    expect(sentences('-------------')).toEqual([]);
    expect(sentences('Giá 3.5 đồng. Hết.')).toEqual(['Giá 3.5 đồng.', 'Hết.']);
  });

  it('reads blocks as lines: <br>, </p>, headings; drops head, script and style; decodes entities; NFC', () => {
    const decomposed = 'Ho\u0302\u0300'; // "Hồ" with combining marks
    const html =
      '<html><head><title>Bỏ</title><style>p{}</style></head><body><h1>Chương&nbsp;I</h1>' +
      `<p>Lão&#32;Hạc <i>thổi</i>&amp;châm<br/>đóm.</p><script>var x = "<p>không</p>"</script><p>${decomposed}</p>` +
      '<div>   </div></body></html>';
    expect(bookHtmlLines(html)).toEqual(['Chương I', 'Lão Hạc thổi &châm', 'đóm.', 'Hồ']);
  });

  it("reads an EPUB's (X)HTML files in name order and nothing else", () => {
    const epub = zipSync({
      mimetype: strToU8('application/epub+zip'),
      'OEBPS/ch2.xhtml': strToU8('<html><body><p>Hai.</p></body></html>'),
      'OEBPS/ch1.xhtml': strToU8('<html><body><p>Một.</p></body></html>'),
      'OEBPS/toc.ncx': strToU8('<ncx><text>Mục lục</text></ncx>'),
    });
    expect(epubLines(epub)).toEqual(['Một.', 'Hai.']);
  });
});
