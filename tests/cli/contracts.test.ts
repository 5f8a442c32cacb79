import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const fx = (name: string) => path.join(fixtures, name);
const root = path.resolve(import.meta.dirname, '../..');

describe('command-line contracts that outside tools rely on', () => {
  it('summarize FILE --json prints exactly the contract object', async () => {
    const r = await cli(['summarize', fx('article-id.txt'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(Object.keys(s)).toEqual(['lang', 'title', 'gist', 'quotes', 'figures']);
    expect(s.lang).toBe('id');
    expect(s.title).toBe('Harga beras naik 12 persen dalam sebulan');
    for (const q of s.quotes) expect(Object.keys(q).sort()).toEqual(['key', 'speaker', 'text']);
    for (const f of s.figures) expect(Object.keys(f)).toEqual(['value', 'unit', 'text', 'approx', 'key', 'counts']);
    const quote = s.quotes.find((q: { text: string }) => q.text.startsWith('Kami akan menyalurkan'));
    expect(quote).toMatchObject({ speaker: 'Arief Prasetyo Adi', key: true });
    expect(s.figures.map((f: { value: number }) => f.value)).toEqual(expect.arrayContaining([200000, 14500, 12]));
    expect(r.stdout).not.toMatch(/BACA JUGA/);
  });

  it('summarize reads stdin with "-" and HTML files through extract', async () => {
    const text = readFileSync(fx('article-id.txt'), 'utf8');
    const fromStdin = await cli(['summarize', '-', '--json'], { stdin: text });
    expect(JSON.parse(fromStdin.stdout).title).toBe('Harga beras naik 12 persen dalam sebulan');
    const html = await cli(['summarize', fx('page.html'), '--json']);
    const s = JSON.parse(html.stdout);
    expect(s.lang).toBe('en');
    expect(s.quotes[0]).toMatchObject({ speaker: 'Maria Costa' });
  });

  it('extract FILE --json prints {title, lang, text} with paragraphs and no page chrome', async () => {
    const r = await cli(['extract', fx('page.html'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(Object.keys(a)).toEqual(['title', 'lang', 'text']);
    expect(a.lang).toBe('en');
    expect(a.title).toBe('Bridge reopens after repairs');
    expect(a.text.split('\n\n')).toHaveLength(3);
    expect(a.text).not.toMatch(/All rights reserved|Sport/);
  });

  it('extract and summarize detect the charset of a file: an undeclared windows-1252 page reads as it would from its server', async () => {
    const a = JSON.parse((await cli(['extract', fx('page-windows-1252.html'), '--json'])).stdout);
    expect(a.title).toBe('Le café du port rouvre ses portes');
    expect(a.text).toContain('« Nous sommes très émus de retrouver nos habitués »');
    expect(a.text).toContain('1,2 million d’euros');
    expect(a.text).not.toContain('\uFFFD');
    const s = JSON.parse((await cli(['summarize', fx('page-windows-1252.html'), '--json'])).stdout);
    expect(s.quotes[0]).toMatchObject({ text: 'Nous sommes très émus de retrouver nos habitués', speaker: 'Hélène Bérégovoy' });
  });

  it('parse-feed FILE --json prints the normalized feed with exactly the contract keys', async () => {
    const r = await cli(['parse-feed', fx('feed.rss.xml'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const f = JSON.parse(r.stdout);
    expect(Object.keys(f)).toEqual(['title', 'link', 'lang', 'image', 'items']);
    expect(f).toMatchObject({ title: 'Example & Co', link: 'https://news.example.org/', lang: 'en-gb' });
    expect(Object.keys(f.items[0])).toEqual(['id', 'title', 'link', 'published', 'author', 'html', 'image', 'enclosures']);
    expect(f.items[0]).toMatchObject({ id: 'first-guid', title: 'First story', published: '2026-11-24T06:30:00.000Z' });
    expect(f.items[0].html).toContain('<b>world</b>');
  });

  it('with several files prints one JSON line each, {file, error} for the one that fails, and exits non-zero', async () => {
    const missing = fx('no-such-file.xml');
    const r = await cli(['parse-feed', fx('feed.rss.xml'), missing, fx('page.html'), '--json']);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].title).toBe('Example & Co');
    expect(lines[1]).toEqual({ file: missing, error: expect.stringContaining('no-such-file.xml') });
    expect(Object.keys(lines[2])).toEqual(['file', 'error']);
    expect(r.code).not.toBe(0);
  });

  it('a single bad input exits non-zero with one clear line on stderr', async () => {
    const r = await cli(['parse-feed', fx('page.html'), '--json']);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('page.html');
  });

  it('--version prints the package version', async () => {
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`news-digest ${(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version}\n`);
  });

  it('unknown commands and options are usage errors (exit 2); every command has --help', async () => {
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['send', '--no-such-flag'])).code).toBe(2);
    for (const words of [['send'], ['preview'], ['subscribers', 'add'], ['feeds', 'check'], ['summarize'], ['extract'], ['parse-feed']]) {
      const r = await cli([...words, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: news-digest ${words.join(' ')}`);
    }
  });

  it('the installed bin runs the CLI: compiled dist/ when built, the TypeScript sources otherwise', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'bin/news-digest.js'), 'summarize', fx('article-id.txt'), '--json'], {
      cwd: root,
    });
    expect(JSON.parse(stdout).lang).toBe('id');
  });

  it('a reader that closes the pipe early (`| head`) ends the command quietly with exit 0', async () => {
    const items = Array.from(
      { length: 3000 },
      (_, i) => `<item><title>Story ${i}</title><link>https://example.org/${i}</link><description>Text of story ${i}.</description></item>`,
    );
    const feed = path.join(mkdtempSync(path.join(tmpdir(), 'nd-pipe-')), 'big.rss.xml');
    writeFileSync(
      feed,
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><link>https://example.org/</link>${items.join('')}</channel></rss>`,
    );
    const child = spawn(process.execPath, [path.join(root, 'bin/news-digest.js'), 'parse-feed', feed, '--json'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const [code] = await once(child, 'exit');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
