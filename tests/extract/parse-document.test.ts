import { describe, expect, it } from 'vitest';
import { blockParagraphs } from '../../src/extract/block-text.js';
import { parseDocument } from '../../src/extract/parse-document.js';

function textNodes(root: Node): string[] {
  const found: string[] = [];
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) found.push(child.nodeValue ?? '');
    else found.push(...textNodes(child));
  }
  return found;
}

describe('parseDocument', () => {
  it('builds no text node for indentation around block tags', () => {
    const doc = parseDocument(
      '<html><body>\n  <div class="story">\n    <p>The ferry ran late.</p>\n    <br>\n    <p>Nobody minded.</p>\n  </div>\n</body></html>',
    );
    expect(textNodes(doc.body)).toEqual(['The ferry ran late.', 'Nobody minded.']);
  });

  it('keeps the space between two inline tags, and the text reads the same', () => {
    const html = '<div>\n  <p><a href="/a">Harbour</a> <em>reopens</em>\n  </p>\n  <ul>\n    <li>Boats</li>\n    <li>Nets</li>\n  </ul>\n</div>';
    const doc = parseDocument(html);
    expect(blockParagraphs(doc.body)).toEqual(['Harbour reopens', 'Boats', 'Nets']);
  });

  it('drops <meta> tags that name nothing read from a page, keeping the ones that do', () => {
    const doc = parseDocument(
      '<html><head><meta name="viewport" content="width=device-width"><meta property="og:title" content="Harbour reopens">' +
        '<meta name="author" content="A. Reporter"><meta http-equiv="Content-Language" content="en"></head><body><p>Text.</p></body></html>',
    );
    const kept = Array.from(doc.querySelectorAll('meta')).map((m) => m.getAttribute('content'));
    expect(kept).toEqual(['Harbour reopens', 'A. Reporter', 'en']);
  });
});
