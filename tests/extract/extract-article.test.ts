import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DigestError } from '../../src/domain/index.js';
import { extractArticle } from '../../src/extract/index.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const paragraphsOf = (text: string): string[] => text.split('\n\n');

describe('extractArticle on an English news page', () => {
  const article = extractArticle(fixture('en-news.html'), { url: 'https://courier.example/news/sea-wall' });
  const paragraphs = paragraphsOf(article.text);

  it('takes the headline as the title and the language from <html lang>', () => {
    expect(article.title).toBe('Harbour town votes to rebuild its flooded sea wall');
    expect(article.lang).toBe('en');
  });

  it('keeps every article paragraph, in order, each as its own paragraph', () => {
    const expected = [
      /^Councillors in Porthmere voted on Tuesday night/,
      /^The decision came after a three-hour meeting/,
      /^"We cannot ask people to live with that fear every winter,"/,
      /^Work to start in spring$/,
      /^Engineers expect construction to begin in March/,
      /^The money will come from the council's reserves/,
      /^The old wall was built in 1921 and last repaired in 1987\.$/,
      /^Two hundred and twelve homes were flooded in October\.$/,
      /^Opposition councillors supported the plan/,
    ];
    expect(paragraphs).toHaveLength(expected.length);
    expected.forEach((re, i) => expect(paragraphs[i]).toMatch(re));
  });

  it('drops the page around the article', () => {
    for (const junk of ['Skip to content', 'Sign in', 'Weather', 'Most read', 'Ferry timetable', 'Privacy', 'All rights reserved']) {
      expect(article.text).not.toContain(junk);
    }
  });

  it('drops byline, date, share bar, caption, ad label, inline related link, promo and related list', () => {
    for (const junk of [
      'By Mary Holloway',
      'Published 20 November',
      'Facebook',
      'Waves break over the old sea wall',
      'Advertisement',
      'Read more:',
      'Storm damage bill',
      'Morning Briefing newsletter',
      'Fishermen count the cost',
      'Share this article',
      'TIDE TURNS',
      'Lifeboat crew',
    ]) {
      expect(article.text).not.toContain(junk);
    }
  });

  it('does not repeat the headline in the text', () => {
    expect(paragraphs[0]).not.toBe(article.title);
  });

  it("drops the page's own address printed as text, known from the caller or the canonical link", () => {
    expect(article.text).not.toContain('courier.example');
    const canonical = fixture('en-news.html').replace('<head>', '<head><link rel="canonical" href="https://courier.example/news/sea-wall">');
    expect(extractArticle(canonical).text).not.toContain('courier.example');
    expect(extractArticle(fixture('en-news.html')).text).toContain('https://courier.example/news/sea-wall');
  });
});

describe('extractArticle on an Indonesian news page', () => {
  const article = extractArticle(fixture('id-news.html'));

  it('reads the language and title', () => {
    expect(article.lang).toBe('id');
    expect(article.title).toBe('Pemerintah Tambah Kuota Beasiswa untuk Mahasiswa Daerah Terpencil');
  });

  it('keeps the five article paragraphs', () => {
    const paragraphs = paragraphsOf(article.text);
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^JAKARTA - Pemerintah menambah kuota beasiswa/);
    expect(paragraphs[4]).toMatch(/^Selain biaya kuliah/);
  });

  it('drops BACA JUGA, Baca juga, MEMBACA, the newsletter promo, the photo caption and related news', () => {
    for (const junk of [
      'BACA JUGA',
      'Ribuan Guru Honorer',
      'Baca juga',
      'Harga Beras',
      'MEMBACA',
      'newsletter',
      'Foto:',
      'Berita Terkait',
      'Kampus Negeri',
      'Beranda',
      'Hak cipta',
    ]) {
      expect(article.text).not.toContain(junk);
    }
  });
});

describe('extractArticle language', () => {
  const undeclared = fixture('id-news.html').replace('<html lang="id">', '<html>');

  it('detects the language from the text when the page declares none', () => {
    expect(extractArticle(undeclared).lang).toBe('id');
  });

  it('prefers a language given by the caller, reduced to its primary subtag', () => {
    expect(extractArticle(undeclared, { lang: 'ms-MY' }).lang).toBe('ms');
  });

  it('reads a Content-Language meta when there is no lang attribute', () => {
    const html = undeclared.replace('<head>', '<head><meta http-equiv="Content-Language" content="pt-BR">');
    expect(extractArticle(html).lang).toBe('pt');
  });
});

describe('extractArticle on pages without an article', () => {
  it('returns no text for a script-only page', () => {
    const article = extractArticle(fixture('script-only.html'));
    expect(article.text).toBe('');
    expect(article.lang).toBe('en');
  });

  it('returns only the teaser of a paywalled page, without the subscribe prompts', () => {
    const article = extractArticle(fixture('paywall.html'));
    expect(article.text).toMatch(/^The central bank signalled on Wednesday/);
    expect(article.text).not.toMatch(/subscribe|log in/i);
  });

  it('survives an empty document', () => {
    expect(extractArticle('')).toEqual({ title: null, lang: null, text: '', image: null });
  });

  it('reports input it cannot parse as an EXTRACT_FAILED error naming the page', () => {
    const call = (): unknown => extractArticle(null as unknown as string, { url: 'https://courier.example/x' });
    expect(call).toThrow(DigestError);
    try {
      call();
    } catch (e) {
      expect((e as DigestError).code).toBe('EXTRACT_FAILED');
      expect((e as DigestError).describe()).toMatch(/^https:\/\/courier\.example\/x: /);
    }
  });
});

describe('markup cut before parsing', () => {
  const prose = (n: number): string =>
    Array.from(
      { length: n },
      (_, i) =>
        `<p data-block="p${i}">Paragraph ${i + 1} of the council report says the new sea wall will be two metres higher than the old one, and that works start in spring.</p>`,
    ).join('\n');
  const page = `<!DOCTYPE html><html lang="en"><head><title>Sea wall report</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Sea wall report</h1>
${prose(5)}
<p>Writing <code>data-id="7"</code> in a paragraph about markup keeps it.</p>
</article>
<aside><p>Most read: a story about something else entirely, and another one besides.</p></aside>
<footer><p>Copyright Courier Media, all rights reserved, every single one of them.</p></footer>
</body></html>`;
  const article = extractArticle(page);

  it('keeps the article, data attributes gone, and text about them kept', () => {
    expect(
      article.text
        .split('\n\n')
        .slice(0, 5)
        .map((p) => p.slice(0, 12)),
    ).toEqual(['Paragraph 1 ', 'Paragraph 2 ', 'Paragraph 3 ', 'Paragraph 4 ', 'Paragraph 5 ']);
    expect(article.text).toContain('Writing data-id="7" in a paragraph');
  });

  it('leaves out navigation, asides and the footer', () => {
    expect(article.text).not.toMatch(/Sport|Most read|Copyright/);
  });
});
