import { describe, expect, it } from 'vitest';
import { cleanLine, htmlLines, htmlToText } from './html-text';

describe('htmlToText (an article)', () => {
  it('gives a line per block, captions and cells included, inline tags joined to their letters', () => {
    const html =
      '<h2>Hội&nbsp;nghị</h2><p>Đồng chí <strong>Nguyễn</strong> Văn A<br>phát biểu</p>' +
      '<figure><img src="x.jpg"><figcaption>Quang cảnh</figcaption></figure>' +
      '<table><tr><td>Xã</td><td>Vốn</td></tr></table><blockquote>Trích</blockquote><p>Vi<em>ệ</em>t</p>';
    expect(htmlToText(html).split('\n')).toEqual(['Hội nghị', 'Đồng chí Nguyễn Văn A', 'phát biểu', 'Quang cảnh', 'Xã', 'Vốn', 'Trích', 'Việt']);
  });

  it('decodes named entities as well as numeric ones, and leaves scripts and styles out', () => {
    // WordPress writes numeric references; a pasted or imported page may use named ones.
    const html = '<p>Ngày 1&ndash;3&hellip; &ldquo;Sạch&rdquo; &amp; &#8220;xanh&#8221; &lt;tốt&gt;</p><script>x = "<p>không</p>"</script><style>p{}</style>';
    expect(htmlToText(html)).toBe('Ngày 1–3… “Sạch” & “xanh” <tốt>');
  });

  it('gives NFC lines: a decomposed tone mark is composed', () => {
    expect(htmlToText('<p>Ho\u0302\u0300 Gươm</p>')).toBe('Hồ Gươm');
  });

  it('leaves the head out only when asked (a book chapter file)', () => {
    const html = '<head><title>Tựa</title></head><p>Bài</p>';
    expect(htmlLines(html).join(' ')).toContain('Tựa');
    expect(htmlLines(html, { dropHead: true })).toEqual(['Bài']);
  });
});

describe('cleanLine (a line of a plain-text book)', () => {
  it('makes white space one space, trims and composes', () => {
    expect(cleanLine('\t Ho\u0302\u0300  \u00a0Gươm \r')).toBe('Hồ Gươm');
    expect(cleanLine('   ')).toBe('');
  });
});
