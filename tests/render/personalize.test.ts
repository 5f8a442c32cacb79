import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRenderer } from '../../src/render/index.js';
import type { RenderedEdition } from '../../src/render/index.js';
import { hostileDigest, hostileReader } from './fixtures/hostile.js';
import { context, morningBrief, reader } from './fixtures/morning-brief.js';
import { templatesDir } from '../helpers/template-dir.js';

let edition: RenderedEdition;
let hostile: RenderedEdition;
beforeAll(async () => {
  const renderer = await createRenderer({ templatesDir });
  edition = await renderer.renderEdition(morningBrief, context);
  hostile = await renderer.renderEdition(hostileDigest, context);
});

describe('personalize', () => {
  it("puts each reader's own name, address and links in html, text and nowhere else", () => {
    const a = edition.personalize(reader(1, 'Ani'));
    const b = edition.personalize(reader(2, 'Wulan'));
    expect(a.html).toContain('Hello Ani,');
    expect(a.html).toContain('href="https://brief.example.org/u/tok-1-unsub"');
    expect(a.html).toContain('href="https://brief.example.org/p/tok-1-prefs"');
    expect(a.html).toContain('reader1@example.com');
    expect(a.text).toContain('Hello Ani,');
    expect(a.text).toContain('reader1@example.com');
    expect(b.html).toContain('Hello Wulan,');
    for (const other of ['Wulan', 'reader2@', 'tok-2-']) {
      expect(a.html).not.toContain(other);
      expect(a.text).not.toContain(other);
    }
    // Apart from the reader's values the two mails are the same edition.
    const strip = (s: string, n: number, name: string) => s.replaceAll(name, 'NAME').replaceAll(`reader${n}@`, 'EMAIL@').replaceAll(`tok-${n}-`, 'TOK-');
    expect(strip(a.html, 1, 'Ani')).toBe(strip(b.html, 2, 'Wulan'));
  });

  it('greets a reader without a name without a blank or a placeholder', () => {
    const mail = edition.personalize(reader(5, null));
    expect(mail.html).toContain('Hello, here are today');
    expect(mail.text).toContain('Hello, here are today');
    expect(edition.personalize(reader(6, '  \r\n ')).text).toContain('Hello, here are today');
  });

  it('leaves the reader part of the footer out of the web copy, which has no address', () => {
    const web = edition.personalize({ email: '', name: null, unsubscribeUrl: 'https://brief.example.org/', preferencesUrl: 'https://brief.example.org/' });
    for (const out of [web.html, web.text]) {
      expect(out).not.toContain('You receive this because');
      expect(out).not.toContain('Unsubscribe');
      expect(out).toContain('Jl. Contoh No. 1, Jakarta 10110, Indonesia');
    }
    expect(edition.personalize(reader(1)).html).toContain('You receive this because reader1@example.com subscribed to Morning Brief.');
  });

  it('leaves no placeholder behind in any output', () => {
    const mail = edition.personalize(reader(1));
    for (const out of [mail.subject, mail.html, mail.text, edition.subject, edition.preheader]) expect(out).not.toMatch(/rdr[0-9a-f]{16}s\d+e/);
  });

  it('refuses a reader whose unsubscribe or preferences link is not an absolute http(s) URL', () => {
    expect(() => edition.personalize({ ...reader(1), unsubscribeUrl: 'javascript:alert(1)' })).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID', where: { field: 'unsubscribeUrl' } }),
    );
    expect(() => edition.personalize({ ...reader(1), preferencesUrl: '/p/relative' })).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }));
  });
});

describe('hostile input', () => {
  it('cannot inject markup, script, event handlers or unsafe links into the HTML', () => {
    const { html } = hostile.personalize(hostileReader);
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('script, svg, iframe, object')).toHaveLength(0);
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')));
    expect(handlers).toEqual([]);
    const hrefs = [...doc.querySelectorAll('[href]')].map((a) => a.getAttribute('href')!);
    expect(hrefs.filter((h) => !/^(https?:\/\/|mailto:)/.test(h))).toEqual([]);
    expect([...doc.images].map((i) => i.getAttribute('src'))).toEqual([]);
    // The unsafe story link is dropped, the hostile lang tag replaced, quotes in a URL stay inside the attribute.
    expect(doc.querySelector('a[href^="https://brief.example.org/u/tok"]')?.getAttribute('href')).toBe('https://brief.example.org/u/tok?a=1&b=%222%22');
    expect([...doc.querySelectorAll('[lang]')].every((el) => /^[a-z]{2,3}$/.test(el.getAttribute('lang')!))).toBe(true);
    // Feed text is shown as text: the decoded "<script>" of the title is visible, not run.
    expect(doc.body.textContent).toContain('Title with <script>alert(1)</script> and "quotes" & an unclosed tag');
  });

  it('does not evaluate template syntax that arrives in feed text', () => {
    const { html, text } = hostile.personalize(hostileReader);
    expect(html).toContain('{{reader.email}}');
    expect(text).toContain('{{reader.email}}');
  });

  it('keeps subject and text free of CR/LF injected through a name, an address or a title', () => {
    const mail = hostile.personalize(hostileReader);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.text).not.toContain('\r');
    expect(mail.text).not.toMatch(/^(Bcc|Subject):/m);
    expect(mail.text).toContain('reader@example.com Bcc: everyone@example.com');
  });

  it('formats a float figure without its binary noise', () => {
    const { text } = hostile.personalize(hostileReader);
    expect(text).toMatch(/\* 0\.3\b/);
    expect(text).not.toContain('0.30000000000000004');
  });
});
