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
    ['<svg onload="alert(1)"><circle/></svg>tail', '<svg xmlns="http://www.w3.org/2000/svg"><circle /></svg>tail'],
    ['<img srcset="a.jpg 1x, javascript:x 2x, b.jpg 3x">', '<img srcset="https://site.example/dir/a.jpg 1x, https://site.example/dir/b.jpg 3x" />'],
  ])('%s', (input, expected) => {
    expect(sanitizeHtml(input, 'https://site.example/dir/page.html')).toBe(expected);
  });

  it('leaves relative links alone without a base', () => {
    expect(sanitizeHtml('<a href="/x">x</a>')).toBe('<a href="/x">x</a>');
  });
});

describe('inline SVG and MathML', () => {
  const base = 'https://site.example/dir/page.html';

  it('keeps a drawing: its shapes, text and title, attributes in name order, the namespace on the root', () => {
    const drawing =
      '<svg:svg width="40" viewBox="0 0 40 40"><svg:title>Sun</svg:title><svg:circle r="8" cx="20" cy="20" fill="gold"></svg:circle><svg:linearGradient id="g"><svg:stop offset="0" /></svg:linearGradient></svg:svg>';
    expect(sanitizeHtml(`<p>Before ${drawing} after</p>`, base)).toBe(
      '<p>Before <svg viewBox="0 0 40 40" width="40" xmlns="http://www.w3.org/2000/svg"><title>Sun</title><circle cx="20" cy="20" fill="gold" r="8"></circle><linearGradient><stop offset="0" /></linearGradient></svg> after</p>',
    );
  });

  it('keeps a formula, with its link declared in the xlink namespace', () => {
    expect(sanitizeHtml('<math display="block"><mfrac xlink:href="/def"><mi>x</mi><mn>2</mn></mfrac></math>', base)).toBe(
      '<math display="block" xmlns="http://www.w3.org/1998/Math/MathML"><mfrac xlink:href="https://site.example/def" xmlns:xlink="http://www.w3.org/1999/xlink"><mi>x</mi><mn>2</mn></mfrac></math>',
    );
  });

  it.each([
    ['script inside a drawing', '<svg><script>alert(1)</script><rect width="1"/></svg>', '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" /></svg>'],
    ['style inside a drawing', '<svg><style>*{x:y}</style></svg>', '<svg xmlns="http://www.w3.org/2000/svg"></svg>'],
    [
      'event handlers',
      '<svg onload="alert(1)"><rect onclick="alert(2)" onmouseover=alert(3) width="1"/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" /></svg>',
    ],
    [
      'a javascript: link',
      '<svg><a xlink:href="java\tscript:alert(1)"><text>x</text></a></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><a><text>x</text></a></svg>',
    ],
    ['a data: link in MathML', '<math><mi href="data:text/html,x">y</mi></math>', '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>y</mi></math>'],
    [
      'use, image and animation that pull in or rewrite links',
      '<svg><use xlink:href="https://evil.example/x.svg#a"/><image href="https://evil.example/p.png"/><a><animate attributeName="href" to="javascript:alert(1)"/><set attributeName="href" to="javascript:x"/>t</a></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><a>t</a></svg>',
    ],
    [
      'a link on a shape, not on a link',
      '<svg><rect xlink:href="https://evil.example/" width="1"/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" /></svg>',
    ],
    [
      'foreignObject and annotation-xml with HTML inside',
      '<svg><foreignObject><iframe src="https://evil.example/"></iframe><p>in</p></foreignObject></svg><math><semantics><mi>a</mi><annotation-xml encoding="text/html"><p>in</p></annotation-xml></semantics></math>',
      '<svg xmlns="http://www.w3.org/2000/svg"></svg><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mi>a</mi></semantics></math>',
    ],
    [
      'style attributes and a forged namespace',
      '<svg xmlns="https://evil.example/" style="background:url(https://evil.example/)"><rect style="x" width="1"/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" /></svg>',
    ],
    ['a drawing never closed', '<p><svg><g><rect width="1">', '<p><svg xmlns="http://www.w3.org/2000/svg"><g><rect width="1"></rect></g></svg></p>'],
  ])('drops %s', (_what, input, expected) => {
    expect(sanitizeHtml(input, base)).toBe(expected);
  });

  it('an SVG element name outside a drawing is not a drawing: <title> and <a> stay HTML', () => {
    expect(sanitizeHtml('<title>page</title><a href="/x">x</a><circle r="1">c</circle>', base)).toBe('<a href="https://site.example/x">x</a>c');
  });
});

describe('declarations', () => {
  it('a "<!" that never ends is text, a whole doctype is dropped', () => {
    expect(sanitizeHtml(' <!DOCTYPE ')).toBe(' &lt;!DOCTYPE ');
    expect(sanitizeHtml('<!DOCTYPE html><p>x</p>')).toBe('<p>x</p>');
  });
});
