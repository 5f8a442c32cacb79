import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/extract/parse-document.js';
import { pruneBoilerplate, pruneCaptions } from '../../src/extract/prune-boilerplate.js';

const prose = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the story, long enough to read like real prose for a reader.</p>`).join('');

function pruned(inner: string): string {
  const doc = parseDocument(`<html><body><div id="root">${inner}</div></body></html>`);
  const root = doc.getElementById('root')!;
  pruneBoilerplate(root);
  return root.textContent ?? '';
}

describe('pruneBoilerplate', () => {
  it('removes a list that is mostly links', () => {
    const text = pruned(`${prose(3)}<ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul>`);
    expect(text).toContain('Paragraph 2');
    expect(text).not.toContain('Other story');
  });

  it('keeps a list of prose with an occasional link', () => {
    const text = pruned(`${prose(2)}<ul><li>The council voted for the plan after a <a href="/x">long</a> debate.</li></ul>`);
    expect(text).toContain('The council voted for the plan');
  });

  it('removes a short block that is only a link, but not a long one full of citations', () => {
    const long = Array.from({ length: 60 }, (_, i) => `<a href="/${i}">word${i}</a>`).join(' ');
    const text = pruned(`${prose(2)}<p><a href="/r">Fishermen count the cost</a></p><p>${long}</p>`);
    expect(text).not.toContain('Fishermen');
    expect(text).toContain('word59');
  });

  it('removes blocks whose class names say share, related, byline or newsletter', () => {
    const text = pruned(
      `${prose(4)}<div class="share-tools">Share on X</div><div class="story__related">See these</div>` +
        `<p class="byline">By A. Writer</p><div id="newsletter-signup">Get the brief</div>`,
    );
    expect(text).toContain('Paragraph 3');
    for (const junk of ['Share on X', 'See these', 'A. Writer', 'Get the brief']) expect(text).not.toContain(junk);
  });

  it('keeps a block with a junk-sounding class when it holds most of the text', () => {
    const text = pruned(`<div class="elementor-widget more-content">${prose(6)}</div><p>Short tail.</p>`);
    expect(text).toContain('Paragraph 5');
  });

  it('matches class words whole, not inside longer words', () => {
    const text = pruned(`${prose(4)}<div class="leaderboard-shares-count">Headline inside</div><p class="shared-history">Kept prose.</p>`);
    expect(text).toContain('Headline inside');
    expect(text).toContain('Kept prose.');
  });
});

describe('pruneCaptions', () => {
  it('removes figcaptions and caption or credit blocks but not a large container named so', () => {
    const doc = parseDocument(
      `<html><body><figure><img src="a.jpg"><figcaption>A caption</figcaption></figure>` +
        `<div class="photo__caption">Another caption</div><span class="image-credit">Photo: Agency</span>` +
        `<div class="captioned-story">${prose(8)}</div></body></html>`,
    );
    pruneCaptions(doc.body);
    const text = doc.body.textContent ?? '';
    for (const junk of ['A caption', 'Another caption', 'Agency']) expect(text).not.toContain(junk);
    expect(text).toContain('Paragraph 7');
  });
});
