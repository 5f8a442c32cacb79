import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/extract/parse-document.js';
import { elementsWithTag } from '../../src/extract/readability-on-linkedom.js';

function page(): Document {
  const doc = parseDocument('<html><body><div id="a"><p id="b">One.</p><span id="c">Two.</span></div><p id="d">Three.</p></body></html>');
  // Readability renames tags through createElement("P"), which linkedom keeps in capitals.
  const renamed = doc.createElement('P');
  renamed.id = 'e';
  doc.body.appendChild(renamed);
  return doc;
}

const ids = (els: Element[]): string[] => els.map((el) => el.id);

describe('elementsWithTag', () => {
  it('finds what querySelectorAll finds, in document order, whatever the case of either name', () => {
    const doc = page();
    expect(ids(elementsWithTag(doc, ['SPAN', 'p']))).toEqual(['b', 'c', 'd', 'e']);
    expect(ids(elementsWithTag(doc, ['SPAN', 'p']))).toEqual(ids(Array.from(doc.querySelectorAll('span,p'))));
  });

  it('finds a single tag in either case', () => {
    const doc = page();
    expect(ids(elementsWithTag(doc, ['p']))).toEqual(['b', 'd', 'e']);
    expect(ids(elementsWithTag(doc, ['P']))).toEqual(['b', 'd', 'e']);
  });

  it('leaves out the element it searches under', () => {
    const div = page().getElementById('a')!;
    expect(ids(elementsWithTag(div, ['div', 'p']))).toEqual(['b']);
  });
});
