import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../src/ingest/index.js';

describe('sanitizeHtml', () => {
  it.each([
    ['<p>ok<script>alert(1)</script></p>', '<p>ok</p>'],
    ['<style>p{color:red}</style><p style="color:red">x</p>', '<p>x</p>'],
    ['<img src="x.png" onerror="alert(1)" alt="a">', '<img src="https://site.example/dir/x.png" alt="a" />'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="  JaVa\tScRiPt:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', '<a>x</a>'],
    ['<a href="../up.html" title="t">x</a>', '<a href="https://site.example/up.html" title="t">x</a>'],
    ['<a href="mailto:a@b.example">m</a>', '<a href="mailto:a@b.example">m</a>'],
    ['<iframe src="https://evil.example/">fallback</iframe><object data="x"><param name="a"></object>after', 'fallbackafter'],
    ['<form action="/x"><input name="q"><button>go</button></form>kept', 'gokept'],
    ['safe<iframe src="https://evil.example/"> description', 'safe description'],
    ['<p>x<script>never closed', '<p>xnever closed</p>'],
    ['<div><p>unclosed <b>bold', '<div><p>unclosed <b>bold</b></p></div>'],
    ['<p>stray </i>close</p>', '<p>stray close</p>'],
    ['a &amp; b &nbsp; c & d < e', 'a &amp; b &nbsp; c &amp; d &lt; e'],
    ['<blink>kept text</blink>', 'kept text'],
    ['<!-- comment --><p>x</p>', '<p>x</p>'],
    ['<svg onload="alert(1)"><circle/></svg>tail', 'tail'],
    ['<img srcset="a.jpg 1x, javascript:x 2x, b.jpg 3x">', '<img srcset="https://site.example/dir/a.jpg 1x, https://site.example/dir/b.jpg 3x" />'],
  ])('%s', (input, expected) => {
    expect(sanitizeHtml(input, 'https://site.example/dir/page.html')).toBe(expected);
  });

  it('leaves relative links alone without a base', () => {
    expect(sanitizeHtml('<a href="/x">x</a>')).toBe('<a href="/x">x</a>');
  });
});
