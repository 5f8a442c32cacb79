import { describe, expect, it } from 'vitest';
import { formatLabel, formatNumber, loadLabelCatalog, PAGE_KEYS, REPLY_KEYS } from '../../src/i18n/index.js';
import { editedTemplates, templatesDir } from '../helpers/template-dir.js';

const SHIPPED = ['de', 'en', 'es', 'fr', 'id', 'it', 'ms', 'nl', 'pt'];

describe('the shipped language files', () => {
  it('are the nine languages the summarizer reads, each complete: nothing falls back to English', async () => {
    const catalog = await loadLabelCatalog(templatesDir);
    expect(catalog.languages.map((l) => l.lang).sort()).toEqual(SHIPPED);
    expect(catalog.gaps).toEqual([]);
    for (const set of catalog.languages) {
      for (const key of PAGE_KEYS) expect(set.pages[key], `${set.lang} pages.${key}`).toBeDefined();
      for (const key of REPLY_KEYS) expect(set.replies[key], `${set.lang} replies.${key}`).toBeDefined();
    }
  });

  it('are translated, not copies of English, and keep every {placeholder} of the English label', async () => {
    const catalog = await loadLabelCatalog(templatesDir);
    const en = catalog.fallback;
    const marks = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const set of catalog.languages.filter((l) => l !== en)) {
      for (const section of ['labels', 'pages', 'replies'] as const) {
        for (const [key, label] of Object.entries(en[section])) {
          const ours = (set[section] as Record<string, unknown>)[key];
          const texts = (l: unknown) => (typeof l === 'string' ? [l] : Object.values(l as Record<string, string>));
          // Every form of a plural label names the same values as English's "other".
          expect(new Set(texts(ours).flatMap(marks)), `${set.lang} ${section}.${key}`).toEqual(new Set(texts(label).flatMap(marks)));
          if (typeof label === 'string' && label.length > 12 && !/^\{\w+\}/.test(label)) expect(ours, `${set.lang} ${section}.${key}`).not.toBe(label);
        }
      }
    }
  });

  it('print numbers, plurals and dates in each language’s own convention', async () => {
    const catalog = await loadLabelCatalog(templatesDir);
    const number = (lang: string) => formatNumber(catalog.forLang(lang).numberLocale, 1234.5).replace(/[\u00a0\u202f]/g, ' ');
    for (const lang of ['de', 'id', 'es', 'it', 'nl', 'pt']) expect(number(lang), lang).toBe('1.234,5');
    expect(number('fr')).toBe('1 234,5');
    for (const lang of ['en', 'ms']) expect(number(lang), lang).toBe('1,234.5');

    const more = (lang: string, count: number) => formatLabel(catalog.forLang(lang), 'labels', 'moreStories', { count });
    expect(more('en', 1)).toBe('1 more story on the web');
    expect(more('en', 1200)).toBe('1,200 more stories on the web');
    expect(more('de', 1)).toBe('1 weitere Meldung in der Webversion');
    expect(more('de', 2)).toBe('2 weitere Meldungen in der Webversion');
    expect(more('fr', 1)).toBe('Encore 1 article à lire en ligne');
    expect(more('fr', 2)).toBe('Encore 2 articles à lire en ligne');
    expect(more('es', 1001)).toBe('1.001 noticias más en la web');
    // Malay and Indonesian nouns do not change with the count.
    expect(more('ms', 3)).toBe('3 lagi berita di laman web');
    expect(formatLabel(catalog.forLang('pt'), 'labels', 'subject', { name: 'Boletim', count: 0, date: '6 de dez.' })).toBe(
      'Boletim · nada de novo · 6 de dez.',
    );
  });

  it('are found by a reader’s language tag or Accept-Language header, English otherwise', async () => {
    const catalog = await loadLabelCatalog(templatesDir);
    expect(catalog.forLang('pt-BR').lang).toBe('pt');
    expect(catalog.forLang('de_AT').lang).toBe('de');
    expect(catalog.forLang('sv').lang).toBe('en');
    expect(catalog.forLang(null).lang).toBe('en');
    expect(catalog.negotiate('sv-SE,sv;q=0.9,nl;q=0.8,en;q=0.7').lang).toBe('nl');
    expect(catalog.negotiate('en;q=0.3,fr-CA;q=0.9').lang).toBe('fr');
    expect(catalog.negotiate(null, 'xx', 'it-IT').lang).toBe('it');
  });
});

describe('an operator’s language files', () => {
  it('a new language is a new file; what it lacks comes from English and is reported', async () => {
    const dir = await editedTemplates({
      'i18n/sv.json': JSON.stringify({ name: 'Svenska', labels: { greeting: 'Hej,' }, pages: { subscribeButton: 'Prenumerera' } }),
    });
    const catalog = await loadLabelCatalog(dir);
    const sv = catalog.forLang('sv-SE');
    expect(sv.lang).toBe('sv');
    expect(formatLabel(sv, 'pages', 'subscribeButton')).toBe('Prenumerera');
    expect(formatLabel(sv, 'pages', 'saveButton')).toBe('Save preferences');
    expect(formatNumber(sv.numberLocale, 1234.5).replace(/\u00a0/g, ' ')).toBe('1 234,5');
    const gap = catalog.gaps.find((g) => g.lang === 'sv')!;
    expect(gap.file).toBe('i18n/sv.json');
    expect(gap.keys).toContain('labels.moreStories');
    expect(gap.keys).toContain('pages.saveButton');
    expect(gap.keys).toContain('replies.unsubscribeBody');
    expect(gap.keys).not.toContain('labels.greeting');
    expect(gap.keys).not.toContain('pages.subscribeButton');
  });

  it('a page label missing from every file stops start, naming the label and the file', async () => {
    const dir = await editedTemplates({
      'i18n/en.json': (old) => {
        const en = JSON.parse(old) as { pages: Record<string, unknown> };
        delete en.pages['savedNotice'];
        return JSON.stringify(en);
      },
    });
    const err = await loadLabelCatalog(dir).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'TEMPLATE_INVALID', where: { file: 'i18n/en.json', field: 'pages.savedNotice' } });
    expect((err as Error).message).toMatch(/"pages.savedNotice", used by the web pages, is only in i18n\/de.json/);
  });

  it('a misspelt page label or a malformed plural is refused with the file and key', async () => {
    const typo = await editedTemplates({ 'i18n/nl.json': (old) => old.replace('"saveButton"', '"saveButon"') });
    await expect(loadLabelCatalog(typo)).rejects.toMatchObject({ code: 'TEMPLATE_INVALID', where: { file: 'i18n/nl.json', field: 'pages' } });
    await expect(loadLabelCatalog(typo)).rejects.toThrow(/"saveButon"/);
    const plural = await editedTemplates({
      'i18n/it.json': (old) => old.replace('"other": "Altre {count} notizie sul sito"', '"others": "Altre {count} notizie sul sito"'),
    });
    await expect(loadLabelCatalog(plural)).rejects.toMatchObject({ code: 'TEMPLATE_INVALID', where: { file: 'i18n/it.json', field: 'labels.moreStories' } });
  });
});
