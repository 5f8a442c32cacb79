import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/extract/index.js';

describe('htmlToText', () => {
  it('makes each block element its own paragraph', () => {
    expect(htmlToText('<p>One.</p><div>Two.</div><blockquote>Three.</blockquote>')).toBe('One.\n\nTwo.\n\nThree.');
  });

  it('treats a double <br> as a paragraph break and a single one as a line break', () => {
    expect(htmlToText('First line<br>still first.<br><br>Second paragraph.')).toBe('First line\nstill first.\n\nSecond paragraph.');
  });

  it('puts headings and list items in paragraphs of their own', () => {
    expect(htmlToText('<h2>Key points</h2><ul><li>Rates held</li><li>Inflation eased</li></ul>')).toBe('Key points\n\nRates held\n\nInflation eased');
  });

  it('renders a table as one paragraph, a line per row', () => {
    expect(htmlToText('<table><tr><th>Team</th><th>Points</th></tr><tr><td>Ajax</td><td>31</td></tr></table>')).toBe('Team Points\nAjax 31');
  });

  it('collapses whitespace inside a paragraph and decodes entities', () => {
    expect(htmlToText('<p>  Fish &amp; chips\n   cost&nbsp;£5  </p>')).toBe('Fish & chips cost £5');
  });

  it('keeps inline elements inside their paragraph without gluing words', () => {
    expect(htmlToText('<p>The <b>council</b> <a href="/x">voted</a> <em>yes</em>.</p>')).toBe('The council voted yes.');
  });

  it('ignores scripts, styles and forms', () => {
    expect(htmlToText('<p>Text.</p><script>var x = 1;</script><style>p{}</style><button>Go</button>')).toBe('Text.');
  });

  it('drops junk lines in several languages', () => {
    const html = [
      '<p>Real news paragraph.</p>',
      '<p>BACA JUGA: Harga beras turun</p>',
      '<p>Read more: Another story</p>',
      '<p>Lesen Sie auch: Eine andere Geschichte</p>',
      '<p>Lire aussi : Une autre histoire</p>',
      '<p>Lee también: Otra historia</p>',
      '<p>Advertisement</p>',
      '<p>Unlock the Daily Brief newsletter, free for readers.</p>',
      '<p>Another real paragraph.</p>',
    ].join('');
    expect(htmlToText(html)).toBe('Real news paragraph.\n\nAnother real paragraph.');
  });

  it('drops a junk line inside a paragraph but keeps the rest of it', () => {
    expect(htmlToText('<p>The vote passed.<br>Advertisement<br>Work starts in March.</p>')).toBe('The vote passed.\nWork starts in March.');
  });

  it('drops figure captions and the feed footer WordPress appends', () => {
    const html =
      '<figure><img src="a.jpg"><figcaption>The harbour at dawn.</figcaption></figure><p>The vote passed.</p>' +
      '<p>The post <a href="/x">Council votes</a> appeared first on <a href="/">Coastal Courier</a>.</p>';
    expect(htmlToText(html)).toBe('The vote passed.');
  });

  it('drops paragraphs with nothing to read', () => {
    expect(htmlToText('<p>Text.</p><p>\u200b</p><p> | </p><p>More text.</p>')).toBe('Text.\n\nMore text.');
  });

  it('returns an empty string for markup without text', () => {
    expect(htmlToText('<div><img src="x.jpg"><script>1</script></div>')).toBe('');
  });
});
